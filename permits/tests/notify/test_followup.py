"""Following files up: reminders while a file waits on the applicant, closing it
after a long wait when switched on, and the staff's daily digest."""

import datetime

import pytest

from permits.constants import ActorKind, StaffGroup, Status
from permits.models import Notification
from permits.models.notifications import MessageKind
from permits.notify import followup
from tests.smtp import first_link, text_body

from .. import factories

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]

# Monday 2 November 2026 and the working days after it (no holidays that week).
MONDAY = datetime.date(2026, 11, 2)


@pytest.fixture
def returned_on(frozen_time):
    """`returned_on(day)`: a file sent back to the applicant on `day` (10:00 in
    Padang); the clock stays there until a test moves it."""

    def make(day, **fields):
        frozen_time(f"{day.isoformat()} 10:00")
        return factories.application_in(Status.REVISION_REQUESTED, **fields)

    return make


def due_on(day, application=None):
    application = application or factories.submitted()
    application.due_date = day
    application.save(update_fields=["due_date"])
    return application


def reminders(application):
    return Notification.objects.filter(
        application=application, kind=MessageKind.REMINDER
    )


def test_reminders_go_after_two_and_five_working_days_once_each(
    returned_on, mailbox, delivered
):
    application = returned_on(MONDAY)

    with delivered():
        followup.follow_up_waiting(today=MONDAY + datetime.timedelta(days=1))
    assert not reminders(application).exists()

    for day in (2, 2, 3):  # Wednesday, again, Thursday: the first reminder once
        with delivered():
            followup.follow_up_waiting(today=MONDAY + datetime.timedelta(days=day))
    first = mailbox.wait_for_message(to=application.email, subject_contains="Pengingat")
    assert application.number in first["Subject"]
    assert "KTP tidak terbaca." in text_body(first)
    assert first_link(first, r"/permohonan/[^/]+/")
    assert reminders(application).count() == 1

    # Five working days: Monday 9 November (the weekend does not count).
    with delivered():
        followup.follow_up_waiting(today=MONDAY + datetime.timedelta(days=6))
    assert reminders(application).count() == 1
    with delivered():
        followup.follow_up_waiting(today=MONDAY + datetime.timedelta(days=7))
        followup.follow_up_waiting(today=MONDAY + datetime.timedelta(days=8))
    mailbox.wait_for_message(to=application.email, subject_contains="Pengingat")
    assert reminders(application).count() == 2
    assert set(reminders(application).values_list("state", flat=True)) == {"sent"}


def test_a_new_waiting_period_gets_its_own_reminders(
    returned_on, frozen_time, mailbox, delivered
):
    from permits import workflow

    verifier = factories.staff_member(StaffGroup.VERIFIERS)
    application = returned_on(MONDAY, staff={"Verifiers": verifier})
    followup.follow_up_waiting(today=MONDAY + datetime.timedelta(days=2))
    frozen_time("2026-11-09 10:00")
    workflow.perform(application, "resubmit", actor_kind=ActorKind.APPLICANT)
    workflow.perform(application, "request_revision", actor=verifier, note="Lagi.")

    followup.follow_up_waiting(today=datetime.date(2026, 11, 11))

    assert reminders(application).count() == 2
    assert reminders(application).values("event").distinct().count() == 2


def test_files_that_no_longer_wait_get_no_reminder(returned_on, delivered):
    application = returned_on(MONDAY)
    from permits import workflow

    workflow.perform(application, "resubmit", actor_kind=ActorKind.APPLICANT)

    followup.follow_up_waiting(today=MONDAY + datetime.timedelta(days=10))

    assert not reminders(application).exists()


def test_closing_unanswered_files_is_off_by_default(returned_on, settings):
    assert settings.NOTIFY_AUTO_WITHDRAW_DAYS == 0
    application = returned_on(MONDAY)

    followup.follow_up_waiting(today=MONDAY + datetime.timedelta(days=60))

    application.refresh_from_db()
    assert application.status == Status.REVISION_REQUESTED


def test_when_switched_on_an_unanswered_file_is_closed_with_a_last_notice(
    returned_on, mailbox, delivered, settings
):
    settings.NOTIFY_AUTO_WITHDRAW_DAYS = 10
    application = returned_on(MONDAY)

    # The last reminder names the closing date: ten working days on, 16 November.
    with delivered():
        followup.follow_up_waiting(today=MONDAY + datetime.timedelta(days=7))
    reminder = mailbox.wait_for_message(
        to=application.email, subject_contains="Pengingat"
    )
    assert "16 November 2026" in text_body(reminder)

    with delivered():
        followup.follow_up_waiting(today=datetime.date(2026, 11, 16))

    application.refresh_from_db()
    assert application.status == Status.WITHDRAWN
    event = application.events.last()
    assert (event.action, event.actor_kind) == ("withdraw", ActorKind.SYSTEM)
    notice = mailbox.wait_for_message(to=application.email, subject_contains="ditutup")
    assert "Ditutup otomatis" in text_body(notice)
    assert "10 hari kerja" in text_body(notice)


def test_the_daily_digest_lists_due_and_overdue_files_once_per_staff_member(
    mailbox, delivered
):
    verifiers = [factories.staff_member(StaffGroup.VERIFIERS) for _ in range(2)]
    approver = factories.staff_member(StaffGroup.APPROVERS)
    idle_reviewer = factories.staff_member(StaffGroup.REVIEWERS)
    today = MONDAY
    overdue = due_on(datetime.date(2026, 10, 29))
    due_soon = due_on(MONDAY + datetime.timedelta(days=2))
    later = due_on(MONDAY + datetime.timedelta(days=20))
    awaiting = due_on(
        today,
        factories.application_in(
            Status.AWAITING_APPROVAL,
            staff={
                "Verifiers": verifiers[0],
                "Reviewers": idle_reviewer,
                "Approvers": approver,
            },
        ),
    )

    with delivered():
        assert followup.send_daily_digest(today=today) == 3
        assert followup.send_daily_digest(today=today) == 0  # once a day

    for verifier in verifiers:
        digest = mailbox.wait_for_message(to=verifier.email, subject_contains="harian")
        text = text_body(digest)
        assert overdue.number in text
        assert "terlambat 2 hari kerja" in text
        assert due_soon.number in text
        assert "jatuh tempo dalam 2 hari kerja" in text
        assert later.number not in text
        assert awaiting.number not in text
        assert text.index(overdue.number) < text.index(due_soon.number)
    approver_digest = mailbox.wait_for_message(
        to=approver.email, subject_contains="harian"
    )
    assert awaiting.number in text_body(approver_digest)
    assert "jatuh tempo hari ini" in text_body(approver_digest)
    assert not Notification.objects.filter(
        recipient=idle_reviewer.email, kind=MessageKind.STAFF_DIGEST
    ).exists()


def test_nobody_gets_an_empty_digest(delivered):
    factories.staff_member(StaffGroup.VERIFIERS)
    due_on(MONDAY + datetime.timedelta(days=30))

    assert followup.send_daily_digest(today=MONDAY) == 0
    assert not Notification.objects.filter(kind=MessageKind.STAFF_DIGEST).exists()
