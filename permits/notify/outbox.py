"""Outbox rows for application events. Written in the event's transaction.

Every message is a `Notification` row created in the same transaction as the
event that causes it, so a message exists if and only if the event does. After
commit, one django-q2 task per row sends it (see `delivery.py`); if that task
never runs (queue down, worker lost), the re-queue schedule finds the row later.
"""

import logging
import os
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from ..backoffice.scope import staff_in_group
from ..constants import StaffGroup, Status
from ..models import Notification
from ..models.notifications import MessageKind
from . import channels, compose
from .placeholders import Value

logger = logging.getLogger("sinopen.notify")

SEND_TASK = "permits.notify.delivery.send_notification"

# What each action tells the applicant.
APPLICANT_MESSAGES = {
    "submit": MessageKind.RECEIVED,
    "request_revision": MessageKind.REVISION_REQUESTED,
    "approve": MessageKind.APPROVED,
    "issue": MessageKind.ISSUED,
    "reject": MessageKind.REJECTED,
    "withdraw": MessageKind.WITHDRAWN,
}

# What staff hear when a file enters their queue, by the status it enters.
STAFF_MESSAGES = {
    Status.SUBMITTED: MessageKind.STAFF_NEW,
    Status.AWAITING_RECOMMENDATION: MessageKind.STAFF_RECOMMENDATION,
    Status.AWAITING_APPROVAL: MessageKind.STAFF_APPROVAL,
}


def queue_for_event(event):
    """Write the notification rows an event causes (same transaction)."""
    with translation.override(settings.LANGUAGE_CODE):
        rows = _rows_for_event(event)
    return save_and_send(rows)


def _rows_for_event(event):
    application = event.application
    layout = compose.Layout()
    rows = []

    kind = APPLICANT_MESSAGES.get(event.action)
    if kind is not None:
        values = compose.application_values(application, event)
        if kind == MessageKind.RECEIVED:
            values["jawaban"] = Value.pairs(compose.answer_pairs(application))
        elif kind == MessageKind.REVISION_REQUESTED:
            values["dokumen"] = compose.returned_documents(event)
        rows += applicant_rows(kind, application, event, values, layout)

    if event.action == "resubmit":
        staff_kind = MessageKind.STAFF_RESUBMITTED
        recipients = _resubmission_recipients(application)
    else:
        staff_kind = STAFF_MESSAGES.get(event.to_status)
        recipients = []
        if staff_kind is not None:
            recipients = staff_in_group(
                queue_group(event.to_status, application.permit_page),
                application.permit_page,
            )
    if staff_kind is not None:
        values = compose.application_values(application, event, for_applicant=False)
        rows += staff_rows(staff_kind, application, event, values, recipients, layout)
    return rows


def queue_group(status, permit_page):
    """The staff group whose queue holds files in `status`."""
    if status == Status.AWAITING_RECOMMENDATION:
        group = permit_page.reviewer_group
        return group.name if group is not None else StaffGroup.REVIEWERS
    if status == Status.AWAITING_APPROVAL:
        return StaffGroup.APPROVERS
    return StaffGroup.VERIFIERS


def _resubmission_recipients(application):
    """The verifier who returned the file, or every verifier if nobody has it."""
    assignee = application.assignee
    if assignee is not None and assignee.is_active and assignee.email:
        return [assignee]
    return staff_in_group(StaffGroup.VERIFIERS, application.permit_page)


def applicant_rows(kind, application, event, values, layout, *, dedup=None):
    """One unsaved row per configured channel for a message to the applicant."""
    rendered = compose.render(kind, values, layout=layout)
    rows = [
        Notification(
            application=application,
            event=event,
            kind=kind,
            channel=Notification.Channel.EMAIL,
            recipient=application.email,
            subject=rendered.subject,
            body_text=rendered.text,
            body_html=rendered.html,
            dedup_key=f"{dedup}:email" if dedup else None,
        )
    ]
    phone = (application.phone or "").strip()
    for channel in channels.configured():
        if channel == Notification.Channel.EMAIL or not phone:
            continue
        rows.append(
            Notification(
                application=application,
                event=event,
                kind=kind,
                channel=channel,
                recipient=phone,
                subject=rendered.subject,
                body_text=compose.short_text(rendered),
                dedup_key=f"{dedup}:{channel}" if dedup else None,
            )
        )
    return rows


def staff_rows(kind, application, event, values, recipients, layout, *, dedup=None):
    """One unsaved e-mail row per staff member, addressed by name."""
    rows = []
    for user in recipients:
        personal = {
            **values,
            "petugas": Value.plain(user.get_full_name() or user.get_username()),
        }
        rendered = compose.render(kind, personal, layout=layout)
        rows.append(
            Notification(
                application=application,
                event=event,
                kind=kind,
                channel=Notification.Channel.EMAIL,
                recipient=user.email,
                subject=rendered.subject,
                body_text=rendered.text,
                body_html=rendered.html,
                dedup_key=f"{dedup}:{user.pk}" if dedup else None,
            )
        )
    return rows


def save_and_send(rows):
    """Store the rows and queue one send task each once the transaction commits.

    Rows with a `dedup_key` that already exists are skipped (each is saved in a
    savepoint of its own); the rows actually stored are returned.
    """
    if not rows:
        return []
    next_attempt_at = timezone.now() + timedelta(
        seconds=settings.NOTIFY_REQUEUE_AFTER_SECONDS
    )
    for row in rows:
        row.next_attempt_at = next_attempt_at

    if not any(row.dedup_key for row in rows):
        saved = Notification.objects.bulk_create(rows)
    else:
        saved = []
        for row in rows:
            try:
                with transaction.atomic():
                    row.save()
            except IntegrityError:
                continue
            saved.append(row)

    ids = [row.pk for row in saved]
    if ids:
        transaction.on_commit(lambda: enqueue(ids))
    return saved


def enqueue(ids):
    """One send task per row. A broker that refuses is logged and forgiven: the
    rows stay waiting and the re-queue schedule sends them later."""
    try:
        # In a transaction: django-q2's ORM broker closes the database
        # connection before every enqueue made in autocommit mode
        # (brokers/orm.py, get_connection), which on SQLite also checkpoints the
        # WAL; one transaction for the batch costs a fraction of that.
        with transaction.atomic():
            _enqueue_each(ids)
    except Exception:
        logger.exception("notification_enqueue_failed", extra={"count": len(ids)})


_brokers = {}


def _broker():
    """The broker of this process, made once: a Redis client keeps its
    connections open for the next submit instead of connecting anew."""
    from django_q.brokers import get_broker

    pid = os.getpid()  # never a client inherited across a fork
    if pid not in _brokers:
        _brokers.clear()
        _brokers[pid] = get_broker()
    return _brokers[pid]


def _enqueue_each(ids):
    from django_q.tasks import async_task

    broker = _broker()
    for notification_id in ids:
        # The outbox row is the record of the send; django-q2 keeps the
        # task's result only when the task itself fails.
        async_task(
            SEND_TASK,
            notification_id,
            broker=broker,
            group="notifications",
            task_name=f"notification-{notification_id}",
            save=False,
        )
