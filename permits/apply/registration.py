"""Registration numbers: `SNP-2026-000123`, one gap-free series per year."""

import re

from django.db.models import Q
from django.utils import timezone

from ..models import Sequence

SERIES = "registration"
PREFIX = "SNP"
PADDING = 6

# What staff type for a number: "SNP-2026-000123", "snp 2026 000123",
# "SNP2026000123", "2026-000123", "000123" or "123".
_SEPARATOR = r"[\s\-_/.]"
_NUMBER_QUERY = re.compile(
    rf"(?:(?P<prefix>[A-Z]{{2,5}}){_SEPARATOR}*)?"
    rf"(?:(?P<year>\d{{4}}){_SEPARATOR}+)?"
    r"(?P<running>\d{1,12})"
)


def next_registration_number(today=None):
    """Take the next number; call inside the transaction that saves the application."""
    year = (today or timezone.localdate()).year
    return format_number(year, Sequence.next_value(SERIES, year))


def format_number(year, running, prefix=PREFIX):
    """`SNP-2026-000123`: the one way a registration number is written."""
    return f"{prefix}-{year}-{str(running).zfill(PADDING)}"


def number_query(text):
    """A filter for the registration numbers `text` stands for, or None when it
    does not read as one.

    The running number alone ("123", "000123") finds that number in any year,
    never a number that merely contains its digits; a year with it
    ("2026-000123", "2026000123") narrows it to that year, a prefix as well to
    the one number. Case, spaces and hyphens do not matter.
    """
    match = _NUMBER_QUERY.fullmatch(text.strip().upper())
    if match is None:
        return None
    prefix, year, running = match.group("prefix", "year", "running")
    if year is None and len(running) == 4 + PADDING:
        # Written without separators: the year comes first.
        year, running = running[:4], running[4:]
    suffix = f"-{int(running):0{PADDING}d}"
    if year is not None:
        suffix = f"-{year}{suffix}"
    if prefix is None:
        return Q(number__endswith=suffix)
    if year is None:
        return Q(number__startswith=f"{prefix}-", number__endswith=suffix)
    return Q(number=prefix + suffix)
