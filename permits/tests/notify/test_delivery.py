"""Sending outbox rows: once per message however often its task runs, waiting
(not lost) while the mail server is away, and failing one row alone when its
address is bad. Against a real SMTP server on loopback."""

import logging
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from permits.apply import tokens
from permits.constants import StaffGroup
from permits.models import Notification
from permits.models.notifications import MessageKind
from permits.notify import delivery
from tests.smtp import free_port, text_body

from .. import factories
from .helpers import rows

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]

State = Notification.State


def receipt_row(application):
    return Notification.objects.get(
        application=application, kind=MessageKind.RECEIVED, channel="email"
    )


def make_due(*notifications):
    """As if the row's backoff had passed."""
    Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
        next_attempt_at=timezone.now() - timedelta(seconds=1)
    )


def test_a_send_task_that_runs_twice_sends_the_message_once(controlled_sink):
    application = factories.submitted()  # its task never ran: no commit here
    row = receipt_row(application)

    assert delivery.send_notification(row.pk) == "sent"
    assert delivery.send_notification(row.pk) == "skipped"

    controlled_sink.wait_for_message(to=application.email, timeout=10)
    time.sleep(0.3)
    assert controlled_sink.count_for(application.email) == 1
    row.refresh_from_db()
    assert (row.state, row.attempts, row.last_error) == (State.SENT, 1, "")


def test_only_one_of_two_workers_claims_a_row_until_its_lease_ends():
    application = factories.submitted()
    row = receipt_row(application)

    first = delivery.claim(row.pk)
    assert first
    assert delivery.claim(row.pk) is None

    # The first worker died: once its lease is over another may take the row,
    # and the first one's late outcome is not recorded over the second's claim.
    Notification.objects.filter(pk=row.pk).update(
        lease_until=timezone.now() - timedelta(seconds=1)
    )
    second = delivery.claim(row.pk)
    assert second and second != first
    delivery.mark_sent(row, first)
    row.refresh_from_db()
    assert (row.state, row.claim, row.attempts) == (State.SENDING, second, 2)


def test_a_message_whose_worker_died_mid_send_goes_out_once_after_its_lease(
    controlled_sink,
):
    application = factories.submitted()
    row = receipt_row(application)
    assert delivery.claim(row.pk)  # ...and the worker is killed here

    assert delivery.requeue_unsent() == 0  # still within the lease
    Notification.objects.filter(pk=row.pk).update(
        lease_until=timezone.now() - timedelta(seconds=1)
    )
    assert delivery.requeue_unsent() == 1

    controlled_sink.wait_for_message(to=application.email, timeout=10)
    row.refresh_from_db()
    assert (row.state, row.attempts) == (State.SENT, 2)
    assert delivery.requeue_unsent() == 0
    assert controlled_sink.count_for(application.email) == 1


def test_while_the_mail_server_is_down_messages_wait_and_go_out_once_when_it_returns(
    controlled_sink, delivered, settings
):
    live_port = controlled_sink.port
    settings.EMAIL_PORT = free_port()  # nobody listens: connection refused
    verifier = factories.staff_member(StaffGroup.VERIFIERS)
    with delivered():
        applications = [factories.submitted() for _ in range(3)]

    waiting = list(Notification.objects.all())
    assert len(waiting) == 6
    for row in waiting:
        assert (row.state, row.attempts) == (State.PENDING, 1)
        assert "ConnectionRefusedError" in row.last_error
        assert row.next_attempt_at > timezone.now()
    assert delivery.requeue_unsent() == 0  # not before the backoff

    settings.EMAIL_PORT = live_port  # the server is back
    make_due(*waiting)
    assert delivery.requeue_unsent() == 6

    for application in applications:
        message = controlled_sink.wait_for_message(to=application.email, timeout=10)
        assert tokens.applicant_url(application) in text_body(message)
    for _ in applications:
        controlled_sink.wait_for_message(to=verifier.email, timeout=10)
    assert set(Notification.objects.values_list("state", flat=True)) == {State.SENT}
    assert delivery.requeue_unsent() == 0
    time.sleep(0.3)
    assert len(controlled_sink.received) == 6


def test_the_backoff_doubles_up_to_its_cap(settings):
    settings.NOTIFY_RETRY_BASE_SECONDS = 60
    settings.NOTIFY_RETRY_MAX_DELAY_SECONDS = 3600

    delays = [delivery.retry_delay(n).total_seconds() for n in range(1, 9)]

    assert delays == [60, 120, 240, 480, 960, 1920, 3600, 3600]


def test_a_message_that_keeps_failing_is_given_up_with_its_error(delivered, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.NOTIFY_MAX_ATTEMPTS = 3
    with delivered():
        application = factories.submitted()
    row = receipt_row(application)

    for _ in range(2):
        make_due(row)
        delivery.requeue_unsent()
    row.refresh_from_db()

    assert (row.state, row.attempts) == (State.FAILED, 3)
    assert "ConnectionRefusedError" in row.last_error
    assert delivery.requeue_unsent() == 0


def test_one_malformed_address_fails_that_row_alone(controlled_sink, delivered):
    verifier = factories.staff_member(StaffGroup.VERIFIERS)
    with delivered():
        broken = factories.submitted(email="rahmi@@example..com")
        fine = factories.submitted()

    controlled_sink.wait_for_message(to=fine.email, timeout=10)
    controlled_sink.wait_for_message(to=verifier.email, timeout=10)
    controlled_sink.wait_for_message(to=verifier.email, timeout=10)
    failed = receipt_row(broken)
    assert (failed.state, failed.attempts) == (State.FAILED, 1)
    assert failed.last_error == "alamat e-mail tidak sah"
    assert receipt_row(fine).state == State.SENT
    assert Notification.objects.filter(state=State.SENT).count() == 3


def test_a_recipient_the_server_refuses_fails_that_row_alone(
    controlled_sink, delivered
):
    controlled_sink.refuse["gone@example.com"] = "550 5.1.1 mailbox unavailable"
    with delivered():
        refused = factories.submitted(email="gone@example.com")
        fine = factories.submitted()

    controlled_sink.wait_for_message(to=fine.email, timeout=10)
    row = receipt_row(refused)
    assert row.state == State.FAILED
    assert "550" in row.last_error
    assert receipt_row(fine).state == State.SENT


def test_a_temporary_refusal_is_tried_again_later(controlled_sink, delivered):
    controlled_sink.refuse["busy@example.com"] = "451 4.2.1 try again later"
    with delivered():
        application = factories.submitted(email="busy@example.com")
    row = receipt_row(application)
    assert (row.state, row.attempts) == (State.PENDING, 1)

    del controlled_sink.refuse["busy@example.com"]
    make_due(row)
    delivery.requeue_unsent()

    controlled_sink.wait_for_message(to="busy@example.com", timeout=10)
    row.refresh_from_db()
    assert (row.state, row.attempts) == (State.SENT, 2)


def test_a_mail_server_that_stalls_fails_the_attempt_within_the_smtp_timeout(
    controlled_sink, settings
):
    settings.EMAIL_TIMEOUT = 1
    application = factories.submitted()
    row = receipt_row(application)
    controlled_sink.hold_next = True

    started = time.monotonic()
    outcome = delivery.send_notification(row.pk)
    elapsed = time.monotonic() - started

    assert outcome == "retry"
    assert elapsed < 4
    row.refresh_from_db()
    assert row.state == State.PENDING
    assert "timed out" in row.last_error


def test_a_broker_that_refuses_the_task_loses_no_message(
    controlled_sink, delivered, monkeypatch
):
    def broker_down():
        raise ConnectionError("broker unreachable")

    monkeypatch.setattr("permits.notify.outbox._broker", broker_down)
    with delivered():
        application = factories.submitted()
    row = receipt_row(application)
    assert (row.state, row.attempts) == (State.PENDING, 0)

    monkeypatch.undo()
    make_due(row)
    delivery.requeue_unsent()

    controlled_sink.wait_for_message(to=application.email, timeout=10)
    row.refresh_from_db()
    assert row.state == State.SENT


class CollectingChannel:
    """A WhatsApp backend as a deployment would plug in, keeping what it got."""

    sent = []

    def send(self, message):
        self.sent.append(message)


def test_sms_and_whatsapp_backends_get_the_short_message_with_the_link(
    mailbox, delivered, settings, caplog
):
    CollectingChannel.sent = []
    settings.NOTIFY_CHANNELS = {
        "email": "permits.notify.channels.EmailChannel",
        "sms": "permits.notify.channels.LogChannel",
        "whatsapp": f"{__name__}.CollectingChannel",
    }
    caplog.set_level(logging.INFO, logger="sinopen.notify")
    with delivered():
        application = factories.submitted()

    by_channel = {row.channel: row for row in rows(application)}
    assert set(by_channel) == {"email", "sms", "whatsapp"}
    assert by_channel["sms"].recipient == application.phone
    assert {row.state for row in by_channel.values()} == {State.SENT}

    (whatsapp,) = CollectingChannel.sent
    assert whatsapp.recipient == application.phone
    assert application.number in whatsapp.text
    assert tokens.applicant_url(application) in whatsapp.text

    logged = [r for r in caplog.records if r.getMessage() == "notification_logged"]
    assert [(r.notification_id, r.channel) for r in logged] == [
        (by_channel["sms"].pk, "sms")
    ]
    everything = " ".join(str(value) for value in vars(logged[0]).values())
    for personal in (application.phone, application.full_name, application.number):
        assert personal not in everything


def test_staff_get_only_e_mail(delivered, settings, mailbox):
    settings.NOTIFY_CHANNELS = {
        "email": "permits.notify.channels.EmailChannel",
        "sms": "permits.notify.channels.LogChannel",
    }
    verifier = factories.staff_member(StaffGroup.VERIFIERS)
    with delivered():
        factories.submitted()

    assert list(
        Notification.objects.filter(recipient=verifier.email).values_list(
            "channel", flat=True
        )
    ) == ["email"]


def test_staff_send_again_starts_a_failed_row_afresh(controlled_sink, delivered):
    with delivered():
        application = factories.submitted(email="typo@example")
    row = receipt_row(application)
    assert row.state == State.FAILED

    Notification.objects.filter(pk=row.pk).update(recipient="fixed@example.com")
    with delivered():
        assert delivery.resend(Notification.objects.filter(pk=row.pk)) == 1

    controlled_sink.wait_for_message(to="fixed@example.com", timeout=10)
    row.refresh_from_db()
    assert (row.state, row.attempts) == (State.SENT, 1)


def test_rows_and_their_tasks_exist_only_if_the_event_commits(
    controlled_sink, django_capture_on_commit_callbacks
):
    from django.db import transaction

    from permits.apply.submit import create_application

    page = factories.make_permit_page()
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        create_application(
            page,
            full_name="Rahmi Oktaviani",
            nik=factories.NIKS[0],
            email="rolled-back@example.com",
            phone="+6281266554321",
            address="Padang",
        )
        assert Notification.objects.exists()
        raise RuntimeError("the submit failed after its event")

    assert callbacks == []
    assert not Notification.objects.exists()
    assert controlled_sink.count_for("rolled-back@example.com") == 0


def test_a_connection_the_mail_server_dropped_is_replaced_before_the_next_message(
    controlled_sink, monkeypatch
):
    from permits.notify.channels import EmailChannel

    monkeypatch.setattr(EmailChannel, "TRUSTED_SECONDS", 0)
    first, second = factories.submitted(), factories.submitted()
    assert delivery.send_notification(receipt_row(first).pk) == "sent"
    port = controlled_sink.port
    controlled_sink.stop()  # the server restarts: the kept connection is dead
    controlled_sink.start(port)

    assert delivery.send_notification(receipt_row(second).pk) == "sent"
    controlled_sink.wait_for_message(to=second.email, timeout=10)


def test_with_the_file_backend_each_message_is_a_file_of_its_own(settings, tmp_path):
    settings.EMAIL_BACKEND = "sinopen_site.mail.MessageFileBackend"
    settings.EMAIL_FILE_PATH = tmp_path
    # Many messages within one second: Django's own file backend named two of them
    # alike when a freed connection's id() was reused, and appended one to the other.
    applications = [factories.submitted() for _ in range(12)]

    for application in applications:
        assert delivery.send_notification(receipt_row(application).pk) == "sent"

    files = list(tmp_path.iterdir())
    assert len(files) == len(applications)
    for application in applications:
        assert sum(application.email in f.read_text() for f in files) == 1
