"""Dates the Indonesian way, as official letters write them: "3 Desember 2026",
and moments with the local time: "3 Desember 2026 14.05 WIB".

Letters, answers, messages and the portal's pages show dates this way whatever
language the reader's browser asks for, so the month names do not go through
the translation catalogue.
"""

import calendar
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings

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
    """A date (or the local day of a moment) as "3 Desember 2026"."""
    if not day:
        return ""
    if isinstance(day, datetime):
        day = local_moment(day)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def local_moment(moment):
    """`moment` in the office's time zone; a naive one is taken as local already."""
    zone = ZoneInfo(settings.TIME_ZONE)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def indonesian_datetime(moment):
    """A moment in local time as "3 Desember 2026 14.05 WIB" (a bare date as
    `indonesian_date`)."""
    if not moment:
        return ""
    if not isinstance(moment, datetime):
        return indonesian_date(moment) if isinstance(moment, date) else ""
    moment = local_moment(moment)
    return (
        f"{indonesian_date(moment.date())} {moment.hour:02d}.{moment.minute:02d} "
        f"{moment.tzname()}"
    )


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
