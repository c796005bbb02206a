"""What the notifications need in the database, made idempotently after every
`migrate` (and so in production too): the default wording of each message and
the django-q2 schedules."""

import datetime

from django.conf import settings
from django.utils import timezone

from ..models import MessageTemplate
from .defaults import DEFAULT_TEMPLATES

REQUEUE = "notifications: send what is still waiting"
DIGEST = "notifications: staff daily digest"
FOLLOW_UP = "notifications: remind applicants, close unanswered files"


def schedules():
    """name → (function, type, minutes, local hour of the first run or None)."""
    from django_q.models import Schedule

    return {
        REQUEUE: ("permits.notify.delivery.requeue_unsent", Schedule.MINUTES, 1, None),
        DIGEST: (
            "permits.notify.followup.send_daily_digest",
            Schedule.DAILY,
            None,
            settings.NOTIFY_DIGEST_HOUR,
        ),
        FOLLOW_UP: (
            "permits.notify.followup.follow_up_waiting",
            Schedule.DAILY,
            None,
            settings.NOTIFY_FOLLOW_UP_HOUR,
        ),
    }


def ensure_all(using="default"):
    """Called after every migrate; does nothing for tables not (or no longer)
    there, e.g. after migrating one app alone or back to an older state."""
    from django.db import connections
    from django_q.models import Schedule

    tables = set(connections[using].introspection.table_names())
    if MessageTemplate._meta.db_table in tables:
        ensure_templates(using)
    if Schedule._meta.db_table in tables:
        ensure_schedules(using)


def ensure_templates(using="default"):
    existing = set(MessageTemplate.objects.using(using).values_list("kind", flat=True))
    MessageTemplate.objects.using(using).bulk_create(
        [
            MessageTemplate(kind=kind, subject=subject, body=body)
            for kind, (subject, body) in DEFAULT_TEMPLATES.items()
            if kind not in existing
        ]
    )


def next_local_hour(hour, now=None):
    now = timezone.localtime(now)
    run = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    if run <= now:
        run += datetime.timedelta(days=1)
    return run


def ensure_schedules(using="default"):
    """Create each schedule that is missing; leave existing ones as staff set them
    (their times can be changed in the admin's task queue section)."""
    from django_q.models import Schedule

    for name, (func, kind, minutes, hour) in schedules().items():
        if Schedule.objects.using(using).filter(name=name).exists():
            continue
        Schedule.objects.using(using).create(
            name=name,
            func=func,
            schedule_type=kind,
            minutes=minutes,
            repeats=-1,
            next_run=timezone.now() if hour is None else next_local_hour(hour),
        )


# Who may do what under "Notifications" (granted by seed_demo, which creates the
# groups): editors and moderators word the messages; the front office watches
# the outbox and sends failed messages again.
GROUP_PERMISSIONS = {
    "Editors": ["view_messagetemplate", "change_messagetemplate"],
    "Moderators": ["view_messagetemplate", "change_messagetemplate"],
    "Verifiers": ["view_notification", "resend_notification"],
}


def ensure_group_permissions(groups):
    """Add the permissions above to the groups given by name ({name: Group})."""
    from django.contrib.auth.models import Permission

    for name, codenames in GROUP_PERMISSIONS.items():
        group = groups.get(name)
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="permits", codename__in=codenames
                )
            )
