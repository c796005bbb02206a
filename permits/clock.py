"""Working days: the unit of every service time, and the service clock.

A working day is Monday to Friday, not an Indonesian national holiday, not a day
of *cuti bersama* (when the setting says so), and not a local closure; a calendar
exception marked open turns a day off back into a working day.

The clock of an application starts at submission (the due date is the permit's
service time in working days after the day of submission), stops while the file
waits on the applicant (the working days left are kept, the due date cleared) and
starts again on resubmission from the days that were left.
"""

from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

import holidays
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .constants import Status
from .models.applications import CLOCK_RUNNING_STATUSES
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
        0 gives `start`; a negative number counts back)."""
        step = timedelta(days=1 if days >= 0 else -1)
        day = start
        remaining = abs(days)
        for _step in range(remaining + MAX_SCAN_DAYS):
            if remaining <= 0:
                return day
            day += step
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

    def working_days_until(self, start, end):
        """Signed working days from `start` to `end`: positive when `end` is
        later, negative when it has passed."""
        if end >= start:
            return self.working_days_between(start, end)
        return -self.working_days_between(end, start)

    def days_off(self, start, end):
        """Every non-working day from `start` to `end` inclusive (for display)."""
        day, found = start, []
        while day <= end:
            if not self.is_working_day(day):
                found.append(day)
            day += timedelta(days=1)
        return found


# --- The service clock of an application ---


def start(application, calendar, today=None):
    """First due date: the permit's service time after the day of submission."""
    today = today or timezone.localdate(application.submitted_at)
    application.due_date = calendar.add_working_days(
        today, application.permit_page.service_days
    )
    application.clock_days_left = None


def pause(application, calendar, today=None):
    """The file now waits on the applicant: keep the working days left (negative
    when already late) and clear the due date."""
    today = today or timezone.localdate()
    if application.due_date is None:
        start(application, calendar)
    application.clock_days_left = calendar.working_days_until(
        today, application.due_date
    )
    application.due_date = None


def resume(application, calendar, today=None):
    """The applicant answered: the days left count from today."""
    today = today or timezone.localdate()
    days_left = application.clock_days_left
    if days_left is None:
        days_left = application.permit_page.service_days
    application.due_date = calendar.add_working_days(today, days_left)
    application.clock_days_left = None


class Urgency:
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    ON_TIME = "on_time"
    PAUSED = "paused"
    STOPPED = "stopped"


URGENCY_LABELS = {
    Urgency.OVERDUE: _("Overdue"),
    Urgency.DUE_SOON: _("Due soon"),
    Urgency.ON_TIME: _("On time"),
    Urgency.PAUSED: _("Waiting on the applicant"),
    Urgency.STOPPED: _("Closed"),
}


@dataclass(frozen=True)
class Deadlines:
    """Today and the last due date that still counts as "due soon", computed once
    per request so a list of any length asks the calendar only once."""

    today: object
    due_soon_until: object

    @classmethod
    def now(cls, calendar=None, settings=None):
        calendar = calendar or Calendar()
        settings = settings or ServiceClockSettings.load()
        today = timezone.localdate()
        return cls(
            today=today,
            due_soon_until=calendar.add_working_days(today, settings.due_soon_days),
        )

    def urgency(self, status, due_date):
        if status == Status.REVISION_REQUESTED:
            return Urgency.PAUSED
        if status not in CLOCK_RUNNING_STATUSES:
            return Urgency.STOPPED
        if due_date is None:
            return Urgency.ON_TIME
        if due_date < self.today:
            return Urgency.OVERDUE
        if due_date <= self.due_soon_until:
            return Urgency.DUE_SOON
        return Urgency.ON_TIME

    def overdue_q(self):
        return Q(status__in=CLOCK_RUNNING_STATUSES, due_date__lt=self.today)

    def due_soon_q(self):
        return Q(
            status__in=CLOCK_RUNNING_STATUSES,
            due_date__gte=self.today,
            due_date__lte=self.due_soon_until,
        )
