"""Letter numbers, assigned inside the approval transaction.

`503/0007/SIPP/DPMPTSP/XII/2026`: archive code, running number, unit code, month
of issue, year. The running number comes from `Sequence` (one row per series and
year, taken under a row lock), so approvals landing at once wait for each other
and get consecutive numbers; a rolled-back approval gives its number back.
"""

import logging

from django.db import transaction
from django.utils import timezone

from ..constants import MonthStyle
from ..models import Letter, Sequence
from . import dates

logger = logging.getLogger("sinopen.letters")

SERIES_PREFIX = "letter:"


def format_number(page, sequence, issued_on):
    month = {
        MonthStyle.ROMAN: dates.roman_month(issued_on),
        MonthStyle.NUMERIC: f"{issued_on.month:02d}",
    }.get(page.letter_month_style, "")
    parts = [
        page.letter_archive_code.strip(),
        f"{sequence:0{page.letter_number_padding or 1}d}",
        page.letter_unit().strip().strip("/"),
        month,
        str(issued_on.year),
    ]
    return "/".join(part for part in parts if part)


def next_number_preview(page, today=None):
    """The number the next letter would get, without taking it (for previews)."""
    today = today or timezone.localdate()
    current = (
        Sequence.objects.filter(
            series=SERIES_PREFIX + page.letter_series_key(), year=today.year
        )
        .values_list("last_value", flat=True)
        .first()
    )
    return format_number(page, (current or 0) + 1, today)


def assign_number(application):
    """Create the application's Letter with its number (same transaction).

    After the approval commits, a queue task renders, signs and stores the PDF.
    An application has one letter: calling this again returns the one it has.
    """
    existing = Letter.objects.filter(application=application).first()
    if existing is not None:
        return existing

    page = application.permit_page
    issued_on = timezone.localdate()
    series = page.letter_series_key()
    sequence = Sequence.next_value(SERIES_PREFIX + series, issued_on.year)
    letter = Letter.objects.create(
        application=application,
        number=format_number(page, sequence, issued_on),
        series=series,
        year=issued_on.year,
        sequence=sequence,
        issued_on=issued_on,
        valid_until=dates.valid_until(issued_on, page.validity_months),
    )
    logger.info(
        "letter_numbered",
        extra={"letter_id": letter.pk, "application_id": application.pk},
    )
    transaction.on_commit(lambda: enqueue_issue(letter.pk))
    return letter


def enqueue_issue(letter_id):
    """Hand the letter to the queue: render, sign, store, then mark it issued."""
    from django_q.tasks import async_task

    async_task(
        "permits.letters.tasks.issue_letter",
        letter_id,
        task_name=f"letter-{letter_id}",
    )
