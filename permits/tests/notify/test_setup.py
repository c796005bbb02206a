"""What the notifications rely on being configured: the queue's timings, the
schedules and the default wording, made by every `migrate`."""

import pydoc
from datetime import timedelta

import pytest
from django.utils import timezone
from django_q.models import Schedule

from permits.models import MessageTemplate, Notification
from permits.models.notifications import MessageKind
from permits.notify import placeholders, setup
from permits.notify.defaults import DEFAULT_TEMPLATES
from permits.tests.notify import queue_settings
from sinopen_site.settings import base

from .. import factories


@pytest.mark.parametrize("config", [base, queue_settings], ids=["site", "queue-tests"])
def test_queue_retry_stays_above_the_timeout_and_the_timeout_above_the_slowest_task(
    config,
):
    timeout = config.Q_CLUSTER["timeout"]

    # django-q2 hands a task that is not acknowledged within `retry` to another
    # worker: that must never happen while the first may still be running.
    assert config.Q_CLUSTER["retry"] > timeout
    # The slowest task is one send: against a silent server it fails after
    # EMAIL_TIMEOUT (see test_notify_delivery), connecting may take as long.
    assert timeout > 2 * config.EMAIL_TIMEOUT
    # A message's lease outlives the task that holds it, so no second worker
    # takes a message while the first one might still be sending it.
    assert timeout < config.NOTIFY_LEASE_SECONDS


@pytest.mark.django_db
def test_every_migrate_leaves_the_three_schedules_pointing_at_real_functions():
    names = set(Schedule.objects.values_list("name", flat=True))

    assert {setup.REQUEUE, setup.DIGEST, setup.FOLLOW_UP} <= names
    for schedule in Schedule.objects.filter(name__in=setup.schedules()):
        assert callable(pydoc.locate(schedule.func)), schedule.func
    requeue = Schedule.objects.get(name=setup.REQUEUE)
    assert (requeue.schedule_type, requeue.minutes) == (Schedule.MINUTES, 1)


@pytest.mark.django_db
def test_setting_up_again_adds_nothing_and_keeps_what_staff_changed():
    Schedule.objects.filter(name=setup.DIGEST).update(schedule_type=Schedule.WEEKLY)
    MessageTemplate.objects.filter(kind=MessageKind.APPROVED).update(
        subject="Disetujui: {nomor}"
    )

    setup.ensure_all()
    setup.ensure_all()

    assert Schedule.objects.filter(name=setup.DIGEST).get().schedule_type == "W"
    assert Schedule.objects.filter(name__in=setup.schedules()).count() == 3
    assert MessageTemplate.objects.count() == len(MessageKind.values)
    assert (
        MessageTemplate.objects.get(kind=MessageKind.APPROVED).subject
        == "Disetujui: {nomor}"
    )


def test_every_kind_has_default_wording_with_known_placeholders_only():
    assert set(DEFAULT_TEMPLATES) == set(MessageKind.values)
    for kind, (subject, body) in DEFAULT_TEMPLATES.items():
        assert placeholders.unknown_names(subject + body) == [], kind


@pytest.mark.django_db
@pytest.mark.smtp
def test_the_django_q_scheduler_runs_the_requeue_and_it_sends_what_waits(
    controlled_sink,
):
    from django_q.scheduler import scheduler

    application = factories.submitted()  # its own task never ran
    row = Notification.objects.get(application=application)
    Notification.objects.filter(pk=row.pk).update(
        next_attempt_at=timezone.now() - timedelta(seconds=1)
    )
    Schedule.objects.filter(name=setup.REQUEUE).update(
        next_run=timezone.now() - timedelta(seconds=1)
    )

    scheduler()

    controlled_sink.wait_for_message(to=application.email, timeout=10)
    row.refresh_from_db()
    assert row.state == Notification.State.SENT


@pytest.mark.django_db
def test_seed_demo_lets_editors_word_messages_and_verifiers_send_again(seeded):
    from django.contrib.auth.models import Group

    def codenames(name):
        return set(
            Group.objects.get(name=name).permissions.values_list("codename", flat=True)
        )

    assert {"view_messagetemplate", "change_messagetemplate"} <= codenames("Editors")
    assert "resend_notification" not in codenames("Editors")
    assert {"view_notification", "resend_notification"} <= codenames("Verifiers")
    assert "change_messagetemplate" not in codenames("Verifiers")
