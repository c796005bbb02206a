"""Working days: the unit of every service time.

A working day is Monday to Friday, not an Indonesian national holiday, not a day
of *cuti bersama* (when the setting says so), and not a local closure; a calendar
exception marked open turns a day off back into a working day.
"""

from datetime import timedelta
from functools import lru_cache

import holidays

from .models.calendar import CalendarException, ServiceClockSettings

# More than a year of days off in a row never happens; a guard against a
# calendar that closes every day.
MAX_SCAN_DAYS = 400


@lru_cache(maxsize=32)
def _national_days_off(year, with_cuti_bersama):
    categories = (holidays.PUBLIC, holidays.GOVERNMENT)
    if not with_cuti_bersama:
        categories = (holidays.PUBLIC,)
    return frozenset(holidays.country_holidays("ID", years=year, categories=categories))


class Calendar:
    """The working-day calendar as configured now. Build one per request or task
    (it reads the settings and the exceptions once) and ask it many times."""

    def __init__(self, cuti_bersama_stops_clock=None, exceptions=None):
        if cuti_bersama_stops_clock is None:
            cuti_bersama_stops_clock = (
                ServiceClockSettings.load().cuti_bersama_stops_clock
            )
        if exceptions is None:
            exceptions = dict(CalendarException.objects.values_list("date", "is_open"))
        self.cuti_bersama_stops_clock = cuti_bersama_stops_clock
        self.exceptions = exceptions

    def is_working_day(self, day):
        if day in self.exceptions:
            return self.exceptions[day]
        if day.weekday() >= 5:
            return False
        return day not in _national_days_off(day.year, self.cuti_bersama_stops_clock)

    def add_working_days(self, start, days):
        """The date `days` working days after `start` (`start` itself not counted;
        0 gives `start`)."""
        day = start
        remaining = days
        for _ in range(days + MAX_SCAN_DAYS):
            if remaining <= 0:
                return day
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        raise ValueError("no working days found in the calendar")

    def working_days_between(self, start, end):
        """Working days after `start` up to and including `end` (0 if end <= start)."""
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count

    def days_off(self, start, end):
        """Every non-working day from `start` to `end` inclusive (for display)."""
        day, found = start, []
        while day <= end:
            if not self.is_working_day(day):
                found.append(day)
            day += timedelta(days=1)
        return found
