"""What the back office needs besides the applications: the reasons staff pick
when they return a document, and which permit categories each staff group covers."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..constants import Category


class ReturnReason(models.Model):
    """A reason offered when a document goes back to the applicant."""

    text = models.CharField(
        _("reason"),
        max_length=200,
        unique=True,
        help_text=_("Written for the applicant, e.g. 'Dokumen tidak terbaca'."),
    )
    active = models.BooleanField(
        _("offered"),
        default=True,
        help_text=_("Untick to stop offering the reason; past returns keep it."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("return reason")
        verbose_name_plural = _("return reasons")
        ordering = ["sort_order", "text"]

    def __str__(self):
        return self.text


class StaffGroupScope(models.Model):
    """The permit categories whose files a staff group sees and handles.

    A group without a scope row is not limited (it covers every category), so a
    new group works at once; the back-office groups are seeded with one.
    """

    group = models.OneToOneField(
        Group,
        verbose_name=_("group"),
        on_delete=models.CASCADE,
        related_name="staff_scope",
    )
    categories = models.JSONField(
        _("permit categories"),
        default=list,
        blank=True,
        help_text=_("The categories whose applications members of the group handle."),
    )

    class Meta:
        verbose_name = _("staff group scope")
        verbose_name_plural = _("staff group scopes")
        ordering = ["group__name"]

    def __str__(self):
        return str(self.group)

    def category_labels(self):
        labels = dict(Category.choices)
        return ", ".join(str(labels.get(value, value)) for value in self.categories)

    category_labels.short_description = _("permit categories")
