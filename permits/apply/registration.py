"""Registration numbers: `SNP-2026-000123`, one gap-free series per year."""

from django.utils import timezone

from ..models import Sequence

SERIES = "registration"
PREFIX = "SNP"


def next_registration_number(today=None):
    """Take the next number; call inside the transaction that saves the application."""
    year = (today or timezone.localdate()).year
    value = Sequence.next_value(SERIES, year)
    return f"{PREFIX}-{year}-{value:06d}"
