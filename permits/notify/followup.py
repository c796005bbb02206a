"""Following files up: reminders while a file waits on the applicant, closing it
after a long wait (when switched on), and the staff's daily digest.

Both run from django-q2 schedules (see setup.py) and are safe to run as often as
one likes: every message they write carries a key that the database keeps
unique (one reminder per step of a waiting period, one digest per person and
day).
"""

import logging
from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .. import workflow
from ..backoffice.scope import staff_in_group
from ..clock import Calendar
from ..constants import ActorKind, Status
from ..models import Application, ApplicationEvent, ServiceClockSettings
from ..models.notifications import MessageKind
from . import compose, outbox
from .placeholders import Value

logger = logging.getLogger("sinopen.notify")

# Statuses in which a file sits in a staff queue, and so can be due.
QUEUE_STATUSES = (
    Status.SUBMITTED,
    Status.VERIFYING,
    Status.AWAITING_RECOMMENDATION,
    Status.AWAITING_APPROVAL,
)


def waiting_since(application):
    """The event that sent the file back to the applicant (the latest one)."""
    return (
        ApplicationEvent.objects.filter(
            application=application, action="request_revision"
        )
        .order_by("-created_at", "-id")
        .first()
    )


def follow_up_waiting(today=None):
    """Remind applicants whose file waits on them; close files waited on too long.

    Reminders go after each number of working days in NOTIFY_REMINDER_DAYS, once
    per waiting period; if several are due at once (the schedule did not run for
    a while) only the latest goes. With NOTIFY_AUTO_WITHDRAW_DAYS set, a file
    still waiting after that many working days is withdrawn by the system, and
    the applicant gets the withdrawal message with the reason.
    """
    today = today or timezone.localdate()
    steps = sorted(set(settings.NOTIFY_REMINDER_DAYS))
    close_after = settings.NOTIFY_AUTO_WITHDRAW_DAYS
    calendar = Calendar()
    reminded = closed = 0

    waiting = Application.objects.filter(
        status=Status.REVISION_REQUESTED
    ).select_related("permit_page")
    for application in waiting.iterator():
        event = waiting_since(application)
        if event is None:
            continue
        started = timezone.localdate(event.created_at)
        waited = calendar.working_days_between(started, today)

        if close_after and waited >= close_after:
            if _close(application, close_after):
                closed += 1
            continue

        due = [step for step in steps if waited >= step]
        if not due:
            continue
        closing = (
            calendar.add_working_days(started, close_after) if close_after else None
        )
        if _remind(application, event, due[-1], closing):
            reminded += 1

    logger.info("follow_up_done", extra={"reminded": reminded, "closed": closed})
    return reminded, closed


def _remind(application, event, step, closing_date):
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        values = compose.application_values(application, event)
        values["dokumen"] = compose.returned_documents(event)
        values["penutupan"] = Value.plain(compose.closing_sentence(closing_date))
        rows = outbox.applicant_rows(
            MessageKind.REMINDER,
            application,
            event,
            values,
            compose.Layout(),
            dedup=f"reminder:{event.pk}:{step}",
        )
        # Once per step and waiting period: if this step's e-mail exists, the
        # whole reminder exists.
        return bool(outbox.save_and_send(rows))


def _close(application, days):
    with translation.override(settings.LANGUAGE_CODE):
        note = _(
            "Closed automatically: the corrected documents did not arrive within "
            "%(days)s working days."
        ) % {"days": days}
    try:
        workflow.perform(
            application, "withdraw", actor_kind=ActorKind.SYSTEM, note=note
        )
    except workflow.TransitionError:
        return False  # the applicant acted in the meantime
    logger.info(
        "application_closed_unanswered", extra={"application_id": application.pk}
    )
    return True


def send_daily_digest(today=None):
    """One message per staff member listing the files in their queue that are
    due soon or overdue; nobody gets an empty digest."""
    today = today or timezone.localdate()
    calendar = Calendar()
    soon = ServiceClockSettings.load().due_soon_days
    horizon = calendar.add_working_days(today, soon)

    due = (
        Application.objects.filter(
            status__in=QUEUE_STATUSES, due_date__isnull=False, due_date__lte=horizon
        )
        .select_related("permit_page", "permit_page__reviewer_group")
        .order_by("due_date", "number")
    )
    files_for = defaultdict(list)
    people = {}
    staff_cache = {}
    for application in due:
        group = outbox.queue_group(application.status, application.permit_page)
        key = (group, application.permit_page_id)
        if key not in staff_cache:
            staff_cache[key] = list(staff_in_group(group, application.permit_page))
        for user in staff_cache[key]:
            people[user.pk] = user
            files_for[user.pk].append(application)

    with translation.override(settings.LANGUAGE_CODE):
        layout = compose.Layout()
        rows = []
        for user_id, applications in files_for.items():
            values = {
                "berkas": Value.items(
                    _digest_line(application, today, calendar)
                    for application in applications
                ),
                "tautan": Value.link(compose.staff_url()),
            }
            rows += outbox.staff_rows(
                MessageKind.STAFF_DIGEST,
                None,
                None,
                values,
                [people[user_id]],
                layout,
                dedup=f"digest:{today.isoformat()}",
            )
    with transaction.atomic():
        saved = outbox.save_and_send(rows)
    logger.info("digest_queued", extra={"count": len(saved)})
    return len(saved)


def _digest_line(application, today, calendar):
    if application.due_date < today:
        days = calendar.working_days_between(application.due_date, today)
        when = (
            _("overdue by %(days)s working days") % {"days": days}
            if days
            else _("overdue")
        )
    elif application.due_date == today:
        when = _("due today")
    else:
        days = calendar.working_days_between(today, application.due_date)
        when = _("due in %(days)s working days") % {"days": days}
    return (
        f"{application.number} — {application.permit_page.title} — "
        f"{application.get_status_display()} — {compose.local_date(application.due_date)} "
        f"({when})"
    )
