"""Dates the Indonesian way, as official letters write them: "3 Desember 2026".

Letters are Indonesian documents whatever language the reader's browser asks
for, so the month names do not go through the translation catalogue.
"""

import calendar
from datetime import timedelta

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

ROMAN_MONTHS = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
)


def indonesian_date(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


def roman_month(day):
    return ROMAN_MONTHS[day.month - 1]


def add_months(day, months):
    """The same day `months` later, or the month's last day if it is shorter."""
    years, month_index = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month_index + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def valid_until(issued_on, months):
    """The last day of validity: `months` later, the day before (None: no end)."""
    if not months:
        return None
    return add_months(issued_on, months) - timedelta(days=1)
