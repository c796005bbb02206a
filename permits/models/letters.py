"""Issued permits: the numbered, signed letter and its public check."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .applications import private_storage


class LetterState(models.TextChoices):
    PENDING = "pending", _("Being prepared")
    VALID = "valid", _("Valid")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


def new_public_id():
    return secrets.token_urlsafe(18)


class Letter(models.Model):
    application = models.OneToOneField(
        "permits.Application", on_delete=models.PROTECT, related_name="letter"
    )
    number = models.CharField(_("number"), max_length=80, unique=True)
    series = models.CharField(max_length=80)
    year = models.PositiveSmallIntegerField()
    sequence = models.PositiveIntegerField()
    issued_on = models.DateField(_("issued on"), db_index=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    public_id = models.CharField(
        max_length=32, unique=True, default=new_public_id, editable=False
    )
    pdf = models.FileField(storage=private_storage, upload_to="letters/", blank=True)
    sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    rendered_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revocation"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("letter")
        verbose_name_plural = _("letters")
        constraints = [
            models.UniqueConstraint(
                fields=["series", "year", "sequence"], name="unique_letter_sequence"
            )
        ]

    def __str__(self):
        return self.number

    @property
    def is_ready(self):
        """Signed and stored: the PDF can be handed out."""
        return bool(self.sha256 and self.pdf)

    def state(self, today=None):
        """One of LetterState: revoked, pending, expired or valid, in that order."""
        if self.revoked_at is not None:
            return LetterState.REVOKED
        if not self.sha256:
            return LetterState.PENDING
        today = today or timezone.localdate()
        if self.valid_until is not None and today > self.valid_until:
            return LetterState.EXPIRED
        return LetterState.VALID

    def download_name(self):
        return "surat-izin-" + slugify(self.number.replace("/", "-")) + ".pdf"
