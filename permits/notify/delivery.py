"""Sending outbox rows: once, as the person receiving them sees it.

Each row goes through three steps, by id, in a django-q2 task:

1. Claim. One conditional UPDATE moves the row from "pending" (or from "sending"
   whose lease has run out) to "sending", with a fresh claim token and a lease
   longer than the task timeout. Of two workers running the same task at once,
   exactly one UPDATE matches; the other finds nothing to do.
2. Send through the row's channel. The applicant's secret link is put in now;
   the database never holds it.
3. Record the outcome with another UPDATE that only matches our claim token:
   sent; back to "pending" with an exponential backoff; or failed for good
   (a malformed or refused address, or too many attempts).

A worker killed in step 2 leaves its row in "sending". When the lease ends, the
re-queue schedule (`requeue_unsent`, every minute) puts the row back and it is
sent again. One window remains: a worker that dies after the mail server has
accepted the message but before step 3 is recorded. Its message then goes out a
second time, with the same Message-ID header, so mail clients and servers that
recognise duplicates show it once. Nothing in SMTP closes that window fully.
"""

import logging
import secrets
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_q.exceptions import TimeoutException

from ..apply import tokens
from ..models import Letter, Notification
from ..models.notifications import MessageKind
from . import channels
from .compose import with_links
from .outbox import enqueue
from .placeholders import MARK_OPEN

logger = logging.getLogger("sinopen.notify")

State = Notification.State

# What sending needs; the application only for its secret link and number.
SEND_FIELDS = (
    "kind",
    "channel",
    "recipient",
    "subject",
    "body_text",
    "body_html",
    "uuid",
    "application__number",
    "application__access_nonce",
)


def send_notification(notification_id):
    """The task queued for every row (safe to run twice, or by two workers)."""
    token = claim(notification_id)
    if token is None:
        logger.info(
            "notification_not_claimed", extra={"notification_id": notification_id}
        )
        return "skipped"

    notification = (
        Notification.objects.select_related("application")
        .only(*SEND_FIELDS)
        .get(pk=notification_id)
    )
    try:
        message = outgoing(notification)
        channels.backend(notification.channel).send(message)
    except channels.PermanentFailure as error:
        give_up(notification, token, error)
        return "failed"
    except TimeoutException:
        # django-q2 stops a task at its timeout; the row waits for a retry.
        retry_later(notification, token, _("the send did not finish in time"))
        raise
    except Exception as error:
        retry_later(notification, token, f"{type(error).__name__}: {error}")
        return "retry"

    mark_sent(notification, token)
    return "sent"


def claim(notification_id):
    """Take the row for this worker; the claim token, or None if another has it
    (or it is sent, or failed)."""
    now = timezone.now()
    token = secrets.token_hex(16)
    claimable = Q(state=State.PENDING) | Q(state=State.SENDING, lease_until__lt=now)
    taken = Notification.objects.filter(claimable, pk=notification_id).update(
        state=State.SENDING,
        claim=token,
        lease_until=now + timedelta(seconds=settings.NOTIFY_LEASE_SECONDS),
        attempts=F("attempts") + 1,
    )
    return token if taken else None


def _ours(notification, token):
    return Notification.objects.filter(
        pk=notification.pk, state=State.SENDING, claim=token
    )


def mark_sent(notification, token):
    done = _ours(notification, token).update(
        state=State.SENT, sent_at=timezone.now(), last_error="", lease_until=None
    )
    if done:
        logger.info(
            "notification_sent",
            extra={"notification_id": notification.pk, "channel": notification.channel},
        )
    else:
        # The lease ran out while sending and another worker took the row over.
        logger.warning(
            "notification_lease_lost", extra={"notification_id": notification.pk}
        )


def retry_delay(attempts):
    """Exponential backoff: base, 2×base, 4×base ... up to the cap."""
    delay = settings.NOTIFY_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0)
    return timedelta(seconds=min(delay, settings.NOTIFY_RETRY_MAX_DELAY_SECONDS))


def _error_text(error):
    # Staff read it in the admin: our own sentences in the site's language.
    with translation.override(settings.LANGUAGE_CODE):
        return str(error)[:2000]


def retry_later(notification, token, error):
    attempts = Notification.objects.values_list("attempts", flat=True).get(
        pk=notification.pk
    )
    if attempts >= settings.NOTIFY_MAX_ATTEMPTS:
        give_up(notification, token, error)
        return
    _ours(notification, token).update(
        state=State.PENDING,
        next_attempt_at=timezone.now() + retry_delay(attempts),
        last_error=_error_text(error),
        lease_until=None,
    )
    logger.warning(
        "notification_retry_later",
        extra={"notification_id": notification.pk, "attempts": attempts},
    )


def give_up(notification, token, error):
    _ours(notification, token).update(
        state=State.FAILED, last_error=_error_text(error), lease_until=None
    )
    logger.error(
        "notification_failed",
        extra={"notification_id": notification.pk, "channel": notification.channel},
    )


# The message as it leaves


def message_id(notification):
    host = urlsplit(settings.SITE_URL).hostname or "sinopen.localhost"
    return f"<{notification.uuid}@{host}>"


def applicant_links(application):
    url = tokens.applicant_url(application)
    return {"tautan": url, "tautan_surat": url + "surat/"}


def outgoing(notification):
    """The row as a channel sends it: links put in, the letter attached."""
    links = {}
    stored = notification.subject + notification.body_text + notification.body_html
    if notification.application_id and MARK_OPEN in stored:
        links = applicant_links(notification.application)
    attachments = []
    if (
        notification.kind == MessageKind.ISSUED
        and notification.channel == Notification.Channel.EMAIL
    ):
        attachments = letter_attachment(notification.application)
    return channels.OutgoingMessage(
        notification_id=notification.pk,
        channel=notification.channel,
        recipient=notification.recipient.strip(),
        subject=with_links(notification.subject, links),
        text=with_links(notification.body_text, links),
        html=with_links(notification.body_html, links, html=True),
        message_id=message_id(notification),
        attachments=attachments,
    )


def letter_attachment(application):
    """The signed letter as an attachment, when it exists and is small."""
    letter = Letter.objects.filter(application=application).first()
    if letter is None or not letter.pdf or not letter.sha256:
        return []
    if letter.pdf.size > settings.NOTIFY_ATTACHMENT_MAX_BYTES:
        return []
    with letter.pdf.open("rb") as stream:
        content = stream.read()
    name = f"surat-izin-{slugify(application.number) or application.pk}.pdf"
    return [(name, content, "application/pdf")]


# The re-queue schedule and staff's "send again"


def requeue_unsent(limit=500):
    """Queue again the rows that should have gone out by now: those waiting past
    their next attempt, and those whose sender stopped (lease ended)."""
    now = timezone.now()
    later = now + timedelta(seconds=settings.NOTIFY_REQUEUE_AFTER_SECONDS)

    stalled = Notification.objects.filter(state=State.SENDING, lease_until__lt=now)
    exhausted = stalled.filter(attempts__gte=settings.NOTIFY_MAX_ATTEMPTS).update(
        state=State.FAILED,
        lease_until=None,
        last_error=_error_text(_("the last attempts did not finish (worker stopped)")),
    )
    stalled.update(
        state=State.PENDING,
        claim="",
        lease_until=None,
        next_attempt_at=now,
        last_error=_error_text(_("the last attempt did not finish (worker stopped)")),
    )

    due = list(
        Notification.objects.filter(state=State.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    # Not queued again by the next run while these wait in the queue.
    Notification.objects.filter(pk__in=due, state=State.PENDING).update(
        next_attempt_at=later
    )
    enqueue(due)
    if due or exhausted:
        logger.info(
            "notifications_requeued", extra={"count": len(due), "failed": exhausted}
        )
    return len(due)


def resend(queryset):
    """Staff's "send again": failed (or waiting) rows start afresh, now."""
    now = timezone.now()
    later = now + timedelta(seconds=settings.NOTIFY_REQUEUE_AFTER_SECONDS)
    with transaction.atomic():
        ids = list(
            queryset.filter(state__in=[State.FAILED, State.PENDING]).values_list(
                "pk", flat=True
            )
        )
        Notification.objects.filter(pk__in=ids).update(
            state=State.PENDING, attempts=0, next_attempt_at=later, lease_until=None
        )
        transaction.on_commit(lambda: enqueue(ids))
    logger.info("notifications_resent", extra={"count": len(ids)})
    return len(ids)
