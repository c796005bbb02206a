import pytest

from home.tests.seeding import page_cache, seeded_db, seeded_module  # noqa: F401 -- fixtures
from permits.constants import StaffGroup

from . import factories


@pytest.fixture
def sip_page(db):
    """A practice permit that needs the health office's recommendation."""
    return factories.make_permit_page(max_active_permits=3)


@pytest.fixture
def verifier(db):
    return factories.staff_member(StaffGroup.VERIFIERS)


@pytest.fixture
def reviewer(db):
    return factories.staff_member(StaffGroup.REVIEWERS)


@pytest.fixture
def approver(db):
    return factories.staff_member(StaffGroup.APPROVERS)


@pytest.fixture
def frozen_time():
    """Set the clock: `frozen_time("2026-10-05 09:00")` (Jakarta time) makes
    `timezone.now()` answer that moment until the next call or the test's end."""
    from datetime import datetime
    from unittest import mock
    from zoneinfo import ZoneInfo

    moment = {}
    patcher = mock.patch("django.utils.timezone.now", lambda: moment["now"])

    def set_time(text):
        moment["now"] = datetime.fromisoformat(text).replace(
            tzinfo=ZoneInfo("Asia/Jakarta")
        )
        return moment["now"]

    patcher.start()
    set_time("2026-10-05 09:00")
    yield set_time
    patcher.stop()


@pytest.fixture
def outbox_calls(monkeypatch):
    """The events the workflow handed to the outbox, in order."""
    from permits.notify import outbox

    events = []
    monkeypatch.setattr(outbox, "queue_for_event", events.append)
    return events
