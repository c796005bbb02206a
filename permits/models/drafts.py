"""What an applicant has typed and uploaded before sending it.

A draft is keyed by an unguessable form key that also becomes the application's
`submission_key`, so a resent form finds the application the first post made.
Uploads that passed the checks wait here in private storage, so an error
elsewhere on the form never makes anybody upload a file twice.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .applications import private_storage


class ApplicationDraft(models.Model):
    """A form being filled in: a new application, or corrections to one."""

    key = models.CharField(max_length=64, unique=True)
    permit_page = models.ForeignKey(
        "permits.PermitPage", on_delete=models.CASCADE, related_name="+"
    )
    # The version of the permit page the form was built from; the application
    # made from this draft records it.
    page_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Set for corrections to an application the office returned.
    application = models.ForeignKey(
        "permits.Application",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("application draft")
        verbose_name_plural = _("application drafts")

    def __str__(self):
        return f"draft {self.pk}"


class StagedUpload(models.Model):
    """A checked file waiting in a draft; handed to the application on submit."""

    draft = models.ForeignKey(
        ApplicationDraft, on_delete=models.CASCADE, related_name="uploads"
    )
    requirement_key = models.SlugField(max_length=60)
    file = models.FileField(storage=private_storage, max_length=255)
    original_name = models.CharField(max_length=255)
    kind = models.CharField(max_length=10)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("staged upload")
        verbose_name_plural = _("staged uploads")
        ordering = ["requirement_key", "id"]

    def __str__(self):
        return f"{self.requirement_key}: {self.original_name}"
