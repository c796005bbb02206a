"""The service clock of an application, through the real workflow: set at
submission, across a public holiday, cuti bersama and a local closure, stopped
while the file waits on the applicant, and "due soon" / "overdue"."""

from datetime import date

import pytest

from permits import workflow
from permits.clock import Calendar, Deadlines, Urgency
from permits.constants import ActorKind, Status
from permits.models import Application, CalendarException, ServiceClockSettings
from permits.tests import factories

pytestmark = pytest.mark.django_db


def cuti_bersama_stops_clock(value):
    settings = ServiceClockSettings.load()
    settings.cuti_bersama_stops_clock = value
    settings.save()


def test_due_date_counts_working_days_after_the_day_of_submission(frozen_time):
    frozen_time("2026-10-05 09:00")  # a Monday, no holiday for two weeks
    application = factories.submitted(factories.make_permit_page(service_days=9))

    # 6, 7, 8, 9, 12, 13, 14, 15, 16 October.
    assert application.due_date == date(2026, 10, 16)


def test_due_date_skips_a_public_holiday(frozen_time):
    frozen_time("2026-08-14 10:00")  # Friday before Independence Day (Mon 17)
    application = factories.submitted(factories.make_permit_page(service_days=2))

    assert application.due_date == date(2026, 8, 19)


@pytest.mark.parametrize(
    ("stops", "due"), [(True, date(2026, 12, 28)), (False, date(2026, 12, 24))]
)
def test_cuti_bersama_counts_only_when_the_setting_says_so(frozen_time, stops, due):
    cuti_bersama_stops_clock(stops)
    frozen_time("2026-12-23 10:00")  # Thursday 24 is cuti bersama, Friday 25 Christmas
    application = factories.submitted(factories.make_permit_page(service_days=1))

    assert application.due_date == due


def test_a_local_closure_is_skipped(frozen_time):
    CalendarException.objects.create(date=date(2026, 10, 6), description="Pilkada")
    frozen_time("2026-10-05 09:00")
    application = factories.submitted(factories.make_permit_page(service_days=1))

    assert application.due_date == date(2026, 10, 7)


def test_days_waiting_on_the_applicant_do_not_count(frozen_time, verifier):
    frozen_time("2026-10-05 09:00")
    application = factories.submitted(factories.make_permit_page(service_days=9))
    workflow.perform(application, "accept", actor=verifier)

    frozen_time("2026-10-07 11:00")  # Wednesday: 7 working days left (8..16 Oct)
    workflow.perform(application, "request_revision", actor=verifier, note="KTP buram.")
    application.refresh_from_db()
    assert (application.due_date, application.clock_days_left) == (None, 7)

    frozen_time("2026-10-19 08:30")  # the applicant answers twelve days later
    workflow.perform(application, "resubmit", actor_kind=ActorKind.APPLICANT)
    application.refresh_from_db()

    # 20, 21, 22, 23, 26, 27, 28 October: the eight working days in between
    # (8-9 and 12-16 and 19 October) were the applicant's.
    assert application.due_date == date(2026, 10, 28)
    assert application.clock_days_left is None


def test_a_pause_that_spans_a_holiday_resumes_on_working_days(frozen_time, verifier):
    frozen_time("2026-08-10 09:00")  # Monday
    application = factories.submitted(factories.make_permit_page(service_days=5))
    workflow.perform(application, "accept", actor=verifier)
    # Due Mon 17 is a holiday: 11, 12, 13, 14, 18 August.
    assert Application.objects.get(pk=application.pk).due_date == date(2026, 8, 18)

    frozen_time("2026-08-12 09:00")  # 13, 14, 18 left
    workflow.perform(application, "request_revision", actor=verifier, note="Ulang.")
    frozen_time("2026-08-14 09:00")  # Friday; 17 is Independence Day
    workflow.perform(application, "resubmit", actor_kind=ActorKind.APPLICANT)

    assert Application.objects.get(pk=application.pk).due_date == date(2026, 8, 20)


def test_a_file_returned_when_already_late_stays_late(frozen_time, verifier):
    frozen_time("2026-10-05 09:00")
    application = factories.submitted(factories.make_permit_page(service_days=1))
    workflow.perform(application, "accept", actor=verifier)

    frozen_time("2026-10-08 09:00")  # due on the 6th: two working days late
    workflow.perform(application, "request_revision", actor=verifier, note="Ulang.")
    assert Application.objects.get(pk=application.pk).clock_days_left == -2

    frozen_time("2026-10-12 09:00")
    workflow.perform(application, "resubmit", actor_kind=ActorKind.APPLICANT)

    assert Application.objects.get(pk=application.pk).due_date == date(2026, 10, 8)


def test_working_days_count_back_as_well_as_forward():
    calendar = Calendar(cuti_bersama_stops_clock=True, exceptions={})

    assert calendar.add_working_days(date(2026, 8, 18), -1) == date(2026, 8, 14)
    assert calendar.working_days_until(date(2026, 8, 18), date(2026, 8, 14)) == -1
    assert calendar.working_days_until(date(2026, 8, 14), date(2026, 8, 18)) == 1


def test_due_soon_and_overdue(frozen_time):
    frozen_time("2026-10-07 09:00")  # Wednesday; "due soon" is two working days
    deadlines = Deadlines.now()

    assert deadlines.due_soon_until == date(2026, 10, 9)
    assert deadlines.urgency(Status.VERIFYING, date(2026, 10, 6)) == Urgency.OVERDUE
    assert deadlines.urgency(Status.VERIFYING, date(2026, 10, 7)) == Urgency.DUE_SOON
    assert deadlines.urgency(Status.SUBMITTED, date(2026, 10, 9)) == Urgency.DUE_SOON
    assert deadlines.urgency(Status.VERIFYING, date(2026, 10, 12)) == Urgency.ON_TIME
    assert deadlines.urgency(Status.REVISION_REQUESTED, None) == Urgency.PAUSED
    assert deadlines.urgency(Status.REJECTED, date(2026, 10, 1)) == Urgency.STOPPED


def test_overdue_and_due_soon_select_the_same_files_in_the_database(
    frozen_time, verifier
):
    page = factories.make_permit_page(service_days=1)
    frozen_time("2026-10-01 09:00")
    late = factories.submitted(page)  # due Friday 2 October
    frozen_time("2026-10-06 09:00")
    soon = factories.submitted(page)  # due Wednesday 7 October
    paused = factories.application_in(Status.REVISION_REQUESTED, permit_page=page)
    frozen_time("2026-10-07 09:00")
    deadlines = Deadlines.now()

    overdue = set(Application.objects.filter(deadlines.overdue_q()))
    due_soon = set(Application.objects.filter(deadlines.due_soon_q()))

    assert overdue == {late}
    assert due_soon == {soon}
    assert paused not in overdue | due_soon
