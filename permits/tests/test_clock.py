from datetime import date

import pytest

from permits.clock import Calendar
from permits.models import CalendarException, ServiceClockSettings


def calendar(cuti_bersama=True, exceptions=None):
    return Calendar(cuti_bersama_stops_clock=cuti_bersama, exceptions=exceptions or {})


def test_weekends_are_not_working_days():
    # Friday 4 December 2026 + 1 working day is Monday 7 December.
    assert calendar().add_working_days(date(2026, 12, 4), 1) == date(2026, 12, 7)


def test_clock_skips_a_public_holiday():
    # Independence Day, Monday 17 August 2026.
    assert calendar().add_working_days(date(2026, 8, 14), 1) == date(2026, 8, 18)


def test_cuti_bersama_stops_the_clock_only_when_the_setting_says_so():
    # Thursday 24 December 2026 is cuti bersama, Friday 25 is Christmas.
    wednesday = date(2026, 12, 23)

    assert calendar(cuti_bersama=True).add_working_days(wednesday, 1) == date(
        2026, 12, 28
    )
    assert calendar(cuti_bersama=False).add_working_days(wednesday, 1) == date(
        2026, 12, 24
    )


def test_a_local_closure_is_a_day_off_and_an_open_exception_is_a_working_day():
    closed = {date(2026, 12, 8): False, date(2026, 12, 24): True}

    assert not calendar(exceptions=closed).is_working_day(date(2026, 12, 8))
    assert calendar(exceptions=closed).is_working_day(date(2026, 12, 24))


def test_working_days_between_counts_after_start_up_to_end():
    # Lebaran 2026: 20-24 March are holidays or cuti bersama.
    assert calendar().working_days_between(date(2026, 3, 19), date(2026, 3, 27)) == 3
    assert calendar().working_days_between(date(2026, 3, 27), date(2026, 3, 19)) == 0


@pytest.mark.django_db
def test_calendar_reads_the_exceptions_table_and_the_setting():
    CalendarException.objects.create(date=date(2026, 12, 9), description="Pilkada")
    settings = ServiceClockSettings.load()
    settings.cuti_bersama_stops_clock = False
    settings.save()

    configured = Calendar()

    assert not configured.is_working_day(date(2026, 12, 9))
    assert configured.is_working_day(date(2026, 12, 24))
