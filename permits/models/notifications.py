"""The outbox: one row per message, written with the event that causes it; and the
wording of each kind of message, which staff edit."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.models import PreviewableMixin

from ..notify import placeholders


class MessageKind(models.TextChoices):
    # To the applicant
    RECEIVED = "received", _("Application received")
    REVISION_REQUESTED = "revision_requested", _("Returned for correction")
    REMINDER = "reminder", _("Reminder: correction still awaited")
    APPROVED = "approved", _("Application approved")
    ISSUED = "issued", _("Letter issued")
    REJECTED = "rejected", _("Application rejected")
    WITHDRAWN = "withdrawn", _("Application withdrawn or closed")
    # To staff
    STAFF_NEW = "staff_new", _("Staff: new file to verify")
    STAFF_RESUBMITTED = "staff_resubmitted", _("Staff: corrected documents received")
    STAFF_RECOMMENDATION = (
        "staff_recommendation",
        _("Staff: file awaiting recommendation"),
    )
    STAFF_APPROVAL = "staff_approval", _("Staff: file awaiting approval")
    STAFF_DIGEST = "staff_digest", _("Staff: daily digest of due files")


APPLICANT_KINDS = frozenset(
    {
        MessageKind.RECEIVED,
        MessageKind.REVISION_REQUESTED,
        MessageKind.REMINDER,
        MessageKind.APPROVED,
        MessageKind.ISSUED,
        MessageKind.REJECTED,
        MessageKind.WITHDRAWN,
    }
)


class Notification(models.Model):
    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", "SMS"
        WHATSAPP = "whatsapp", "WhatsApp"

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    application = models.ForeignKey(
        "permits.Application",
        verbose_name=_("application"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    event = models.ForeignKey(
        "permits.ApplicationEvent",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="notifications",
    )
    kind = models.CharField(_("message"), max_length=40, choices=MessageKind.choices)
    channel = models.CharField(
        _("channel"), max_length=12, choices=Channel.choices, default=Channel.EMAIL
    )
    recipient = models.CharField(_("recipient"), max_length=254)
    subject = models.CharField(_("subject"), max_length=255)
    # Stored without the applicant's secret link: a marker stands in its place
    # and the link is put in when the message is sent (see notify/delivery.py).
    body_text = models.TextField(_("text"))
    body_html = models.TextField(_("HTML"), blank=True)
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=State.choices,
        default=State.PENDING,
        db_index=True,
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # When the re-queue schedule should pick the row up if it is still unsent.
    next_attempt_at = models.DateTimeField(
        _("next attempt"), null=True, blank=True, db_index=True
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    # The message's identity: the Message-ID header, the same on every attempt, so
    # a rare second delivery after an ambiguous failure is recognisably the same.
    uuid = models.UUIDField(default=uuid.uuid4, editable=False)
    # A worker owns a row in "sending" until its lease ends; `claim` tells whose
    # attempt it is, so a worker that lost its lease cannot record the outcome.
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)
    claim = models.CharField(max_length=32, blank=True, editable=False)
    # Messages that must exist once (a reminder per waiting period, a digest per
    # person and day) carry a key; the unique index makes a second one impossible.
    dedup_key = models.CharField(
        max_length=120, null=True, blank=True, unique=True, editable=False
    )

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-id"]
        permissions = [("resend_notification", _("Can send a notification again"))]
        indexes = [
            models.Index(
                fields=["state", "next_attempt_at"], name="notification_due_idx"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.get_channel_display()}"


class MessageTemplate(PreviewableMixin, models.Model):
    """The subject and body of one kind of message, as staff wrote them."""

    kind = models.CharField(
        _("message"), max_length=40, choices=MessageKind.choices, unique=True
    )
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("body"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        HelpPanel(content=placeholders.help_html, heading=_("Placeholders")),
        FieldPanel("subject", help_text=placeholders.subject_help),
        FieldPanel("body", help_text=placeholders.body_help),
    ]

    class Meta:
        verbose_name = _("message template")
        verbose_name_plural = _("message templates")
        ordering = ["kind"]

    def __str__(self):
        return self.get_kind_display()

    def clean(self):
        errors = {}
        for field in ("subject", "body"):
            unknown = placeholders.unknown_names(getattr(self, field) or "")
            if unknown:
                errors[field] = placeholders.unknown_message(unknown)
        if errors:
            raise ValidationError(errors)

    # Preview: the message as the next applicant or staff member would get it,
    # filled in for a made-up application.

    def get_preview_template(self, request, mode_name, **kwargs):
        return "permits/notify/preview.html"

    def get_preview_context(self, request, mode_name, **kwargs):
        from ..notify.compose import preview_message

        context = super().get_preview_context(request, mode_name, **kwargs)
        context["preview"] = preview_message(self)
        return context


def _set_up_notifications(
    sender, app_config=None, using="default", plan=None, **kwargs
):
    # `flush` sends the signal without a migration plan: the tests' flush between
    # transactional tests must not make rows that their serialized copy of the
    # database brings back (and the messages fall back to the default wording).
    if plan is None:
        return
    if app_config is not None and app_config.label == "permits":
        from ..notify import setup

        setup.ensure_all(using=using)


# After every migrate: the default wording and the schedules exist.
post_migrate.connect(_set_up_notifications, dispatch_uid="permits.notify.setup")
