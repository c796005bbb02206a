"""Two staff press the same button on one file at the same moment: exactly one
wins, the other is told why. Real threads on their own database connections."""

import threading
import time

import pytest
from django.db import connection, connections

from permits import workflow
from permits.constants import StaffGroup, Status
from permits.models import Application
from permits.notify import outbox
from permits.tests import factories
from permits.workflow import TransitionError

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="row locks are PostgreSQL's; SQLite serialises whole transactions",
    ),
    # Serialized rollback: the flush after the test must give back what the
    # migrations created (the root page, the locale) for the tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def race(application, attempts):
    """Run each (action, user, note) in its own thread, all released together;
    returns [("won", event, seconds) | ("refused", message, seconds)]."""
    start = threading.Barrier(len(attempts))
    results = [None] * len(attempts)

    def attempt(index, action, user, note):
        began = None
        try:
            start.wait()
            began = time.monotonic()
            event = workflow.perform(
                Application.objects.get(pk=application.pk),
                action,
                actor=user,
                note=note,
            )
            results[index] = ("won", event, time.monotonic() - began)
        except TransitionError as refusal:
            results[index] = ("refused", str(refusal), time.monotonic() - began)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=attempt, args=(index, *args))
        for index, args in enumerate(attempts)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.fixture
def slow_outbox(monkeypatch):
    """The winner holds its lock a moment longer, so the other surely waits."""
    real = outbox.queue_for_event

    def slow(event):
        time.sleep(0.5)
        return real(event)

    monkeypatch.setattr(outbox, "queue_for_event", slow)


def test_two_verifiers_accept_one_file_and_exactly_one_wins(slow_outbox):
    first = factories.staff_member(StaffGroup.VERIFIERS)
    second = factories.staff_member(StaffGroup.VERIFIERS)
    application = factories.submitted()

    results = race(application, [("accept", first, ""), ("accept", second, "")])

    outcomes = sorted(kind for kind, *_ in results)
    assert outcomes == ["refused", "won"]
    refusal, waited = next((v, t) for kind, v, t in results if kind == "refused")
    # The loser waited for the winner's lock, then saw the new status.
    assert waited >= 0.4
    assert "Sedang diverifikasi" in refusal
    assert "tidak dapat dilakukan lagi" in refusal
    application.refresh_from_db()
    assert application.status == Status.VERIFYING
    assert application.events.filter(action="accept").count() == 1
    winner = next(value for kind, value, _ in results if kind == "won").actor
    assert application.assignee == winner


def test_approve_and_reject_at_once_leave_one_decision(slow_outbox):
    approver = factories.staff_member(StaffGroup.APPROVERS)
    colleague = factories.staff_member(StaffGroup.APPROVERS)
    application = factories.application_in(Status.AWAITING_APPROVAL)

    results = race(
        application,
        [("approve", approver, ""), ("reject", colleague, "Tidak memenuhi syarat.")],
    )

    assert sorted(kind for kind, *_ in results) == ["refused", "won"]
    application.refresh_from_db()
    decisions = application.events.filter(action__in=["approve", "reject"])
    assert decisions.count() == 1
    decision = decisions.get()
    # After an approval the letter may already be issued (the queue runs tasks
    # in line here); nothing but that follows a decision.
    later = list(application.events.filter(position__gt=decision.position))
    assert [event.action for event in later] in ([], ["issue"])
    assert application.status == (later[-1] if later else decision).to_status
