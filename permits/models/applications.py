"""Applications, their documents and their append-only history."""

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..constants import (
    OPEN_STATUSES,
    ActorKind,
    Recommendation,
    Status,
    TransactionKind,
)

# Statuses in which the service clock runs: the office owes the next step.
CLOCK_RUNNING_STATUSES = (
    Status.SUBMITTED,
    Status.VERIFYING,
    Status.AWAITING_RECOMMENDATION,
    Status.AWAITING_APPROVAL,
)
# Statuses that come after a recommendation was asked for and given (or skipped).
AFTER_REVIEW_STATUSES = (
    Status.AWAITING_APPROVAL,
    Status.APPROVED,
    Status.ISSUED,
    Status.REJECTED,
    Status.WITHDRAWN,
)


def private_storage():
    return storages["private"]


class Application(models.Model):
    number = models.CharField(_("registration number"), max_length=32, unique=True)
    permit_page = models.ForeignKey(
        "permits.PermitPage",
        verbose_name=_("permit"),
        on_delete=models.PROTECT,
        related_name="applications",
    )
    page_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("page revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The version of the permit page the applicant answered."),
    )
    transaction_kind = models.CharField(
        _("transaction"),
        max_length=20,
        choices=TransactionKind.choices,
        default=TransactionKind.NEW,
    )

    full_name = models.CharField(_("full name (as on the ID card)"), max_length=150)
    nik = models.CharField("NIK", max_length=16, db_index=True)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("mobile phone"), max_length=20)
    address = models.TextField(_("address"))
    answers = models.JSONField(_("answers"), default=dict, blank=True)

    status = models.CharField(
        _("status"),
        max_length=30,
        choices=Status.choices,
        default=Status.SUBMITTED,
        db_index=True,
    )
    recommendation = models.CharField(
        _("recommendation"),
        max_length=20,
        choices=Recommendation.choices,
        blank=True,
        default=Recommendation.NONE,
    )
    submitted_at = models.DateTimeField(_("submitted"), db_index=True)
    due_date = models.DateField(_("due date"), null=True, blank=True, db_index=True)
    # While the file waits on the applicant the clock stands still: the due date
    # is cleared and the working days that were left are kept here.
    clock_days_left = models.SmallIntegerField(
        _("working days left"), null=True, blank=True, editable=False
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_applications",
    )

    # The secret link is derived from this nonce and SECRET_KEY; only its hash is
    # stored (see permits/apply/tokens.py).
    access_nonce = models.CharField(max_length=32, default="", editable=False)
    access_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    # One submission per form instance, however often it is posted.
    submission_key = models.CharField(
        max_length=64, unique=True, null=True, blank=True, editable=False
    )
    status_changed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submitted_at"]
        indexes = [
            # The staff list: newest first, usually narrowed to some statuses.
            models.Index(
                fields=["status", "-submitted_at"], name="application_status_newest"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=Status.values),
                name="application_status_known",
            ),
            models.CheckConstraint(
                condition=models.Q(nik__regex=r"^[0-9]{16}$"),
                name="application_nik_16_digits",
            ),
            # The submission writes the first due date in its own transaction,
            # right after the row is inserted; every later open status has one.
            models.CheckConstraint(
                condition=models.Q(due_date__isnull=False)
                | ~models.Q(status__in=CLOCK_RUNNING_STATUSES[1:]),
                name="application_due_date_while_clock_runs",
            ),
            models.CheckConstraint(
                condition=models.Q(
                    status=Status.REVISION_REQUESTED,
                    due_date__isnull=True,
                    clock_days_left__isnull=False,
                )
                | (
                    ~models.Q(status=Status.REVISION_REQUESTED)
                    & models.Q(clock_days_left__isnull=True)
                ),
                name="application_clock_paused_only_while_waiting",
            ),
            models.CheckConstraint(
                condition=models.Q(recommendation__in=Recommendation.values),
                name="application_recommendation_known",
            ),
            models.CheckConstraint(
                condition=models.Q(recommendation="")
                | models.Q(status__in=AFTER_REVIEW_STATUSES),
                name="application_recommendation_after_review",
            ),
            models.CheckConstraint(
                condition=models.Q(assignee__isnull=True)
                | models.Q(status__in=OPEN_STATUSES),
                name="application_assignee_only_while_open",
            ),
        ]

    def __str__(self):
        return self.number

    @property
    def nik_masked(self):
        return f"{self.nik[:4]}********{self.nik[-4:]}" if self.nik else ""

    def in_form_order(self, documents):
        """The documents in the order the permit page asks for them (the form's
        order), each requirement's in the order given; a document for a
        requirement no longer on the page comes last."""
        keys = [requirement.key for requirement in self.permit_page.requirements.all()]
        position = {key: index for index, key in enumerate(keys)}
        return sorted(
            documents,
            key=lambda document: position.get(document.requirement_key, len(keys)),
        )


def document_path(instance, filename):
    # The stored name is generated; the applicant's file name is kept for display.
    return f"applications/{instance.application_id}/{filename}"


class ApplicationDocument(models.Model):
    """One uploaded file for one requirement. Corrections add versions."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="documents"
    )
    requirement_key = models.SlugField(max_length=60)
    requirement_label = models.CharField(max_length=200)
    version = models.PositiveSmallIntegerField(default=1)
    file = models.FileField(storage=private_storage, upload_to=document_path)
    original_name = models.CharField(max_length=255)
    kind = models.CharField(max_length=10)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)
    superseded = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["requirement_key", "version", "id"]

    def __str__(self):
        return f"{self.requirement_label} v{self.version}"


def _now():
    # Looked up at call time, so a bulk import can still give its own moment.
    return timezone.now()


class AppendOnlyError(Exception):
    pass


class EventQuerySet(models.QuerySet):
    """History is written once: bulk changes and deletions are refused too."""

    def update(self, **kwargs):
        raise AppendOnlyError("application events are never changed")

    def delete(self):
        raise AppendOnlyError("application events are never deleted")


class ApplicationEvent(models.Model):
    """One step in an application's history. Written once, never changed."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="events"
    )
    # 1 for the submission, then 2, 3, ...: unique per application, so two
    # transitions written from the same state cannot both be stored.
    position = models.PositiveIntegerField(editable=False)
    created_at = models.DateTimeField(default=_now, editable=False, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_kind = models.CharField(max_length=12, choices=ActorKind.choices)
    action = models.CharField(max_length=40)
    from_status = models.CharField(max_length=30, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=30, choices=Status.choices)
    note = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("history")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "position"],
                name="event_position_unique_per_application",
            ),
            # Exactly one submission, always first; every later event moves the
            # status somewhere else.
            models.CheckConstraint(
                condition=models.Q(position=1, action="submit", from_status="")
                | (
                    models.Q(position__gt=1)
                    & ~models.Q(action="submit")
                    & ~models.Q(from_status="")
                ),
                name="event_submission_opens_history",
            ),
            models.CheckConstraint(
                condition=~models.Q(from_status=models.F("to_status")),
                name="event_changes_status",
            ),
            models.CheckConstraint(
                condition=models.Q(to_status__in=Status.values),
                name="event_to_status_known",
            ),
            models.CheckConstraint(
                condition=models.Q(actor_kind__in=ActorKind.values),
                name="event_actor_kind_known",
            ),
        ]

    def __str__(self):
        return f"{self.application_id}: {self.from_status} → {self.to_status}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("application events are never changed")
        if self.position is None:
            last = (
                ApplicationEvent.objects.filter(application_id=self.application_id)
                .order_by("-position")
                .values_list("position", flat=True)
                .first()
            )
            self.position = (last or 0) + 1
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("application events are never deleted")
