"""The one place where an application's status changes.

Each action checks the current status and who asks, demands a note where one is
due, and then — in one transaction, under a row lock — moves the status, records
an append-only event and writes the outbox rows. Two staff acting on one file at
once: the second waits for the lock, then finds the status moved and is refused.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .constants import (
    OPEN_STATUSES,
    ActorKind,
    Recommendation,
    StaffGroup,
    Status,
)
from .letters import numbering as letters
from .models import Application, ApplicationEvent
from .notify import outbox


class TransitionError(Exception):
    """The action is not possible now; the message is shown to the person."""


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    sources: tuple
    target: str
    # Staff groups allowed; APPLICANT and SYSTEM are actor kinds, not groups.
    groups: frozenset = field(default_factory=frozenset)
    actor_kinds: frozenset = frozenset({ActorKind.STAFF})
    note_required: bool = False


ACTIONS = {
    action.name: action
    for action in [
        Action(
            "accept",
            _("Start verification"),
            (Status.SUBMITTED,),
            Status.VERIFYING,
            frozenset({StaffGroup.VERIFIERS}),
        ),
        Action(
            "request_revision",
            _("Return for correction"),
            (Status.VERIFYING,),
            Status.REVISION_REQUESTED,
            frozenset({StaffGroup.VERIFIERS}),
            note_required=True,
        ),
        Action(
            "resubmit",
            _("Send corrected documents"),
            (Status.REVISION_REQUESTED,),
            Status.VERIFYING,
            actor_kinds=frozenset({ActorKind.APPLICANT}),
        ),
        Action(
            "forward",
            _("Documents complete: pass on"),
            (Status.VERIFYING,),
            # Resolved per permit page: to the reviewer or straight to the approver.
            Status.AWAITING_RECOMMENDATION,
            frozenset({StaffGroup.VERIFIERS}),
        ),
        Action(
            "recommend",
            _("Recommend"),
            (Status.AWAITING_RECOMMENDATION,),
            Status.AWAITING_APPROVAL,
            frozenset({StaffGroup.REVIEWERS}),
        ),
        Action(
            "not_recommend",
            _("Do not recommend"),
            (Status.AWAITING_RECOMMENDATION,),
            Status.AWAITING_APPROVAL,
            frozenset({StaffGroup.REVIEWERS}),
            note_required=True,
        ),
        Action(
            "approve",
            _("Approve"),
            (Status.AWAITING_APPROVAL,),
            Status.APPROVED,
            frozenset({StaffGroup.APPROVERS}),
        ),
        Action(
            "reject",
            _("Reject"),
            OPEN_STATUSES,
            Status.REJECTED,
            frozenset({StaffGroup.APPROVERS}),
            note_required=True,
        ),
        Action(
            "withdraw",
            _("Withdraw the application"),
            OPEN_STATUSES,
            Status.WITHDRAWN,
            actor_kinds=frozenset({ActorKind.APPLICANT, ActorKind.SYSTEM}),
        ),
        Action(
            "issue",
            _("Issue the letter"),
            (Status.APPROVED,),
            Status.ISSUED,
            actor_kinds=frozenset({ActorKind.SYSTEM}),
        ),
    ]
}


def target_status(action, application):
    if action.name == "forward" and not application.permit_page.needs_recommendation:
        return Status.AWAITING_APPROVAL
    return action.target


def may_act(action, actor, actor_kind):
    """Whether this person (or the applicant, or the system) may take the action."""
    if actor_kind not in action.actor_kinds:
        return False
    if actor_kind != ActorKind.STAFF:
        return True
    if actor is None or not actor.is_active:
        return False
    if actor.is_superuser:
        return True
    return actor.groups.filter(name__in=action.groups).exists()


def available_actions(application, actor):
    """The staff actions this user may take on the application now."""
    return [
        action
        for action in ACTIONS.values()
        if application.status in action.sources
        and may_act(action, actor, ActorKind.STAFF)
    ]


def perform(
    application,
    action_name,
    *,
    actor=None,
    actor_kind=ActorKind.STAFF,
    note="",
    data=None,
):
    """Take one action on an application; returns the recorded event."""
    action = ACTIONS.get(action_name)
    if action is None:
        raise TransitionError(_("Unknown action."))
    note = (note or "").strip()
    if action.note_required and not note:
        raise TransitionError(_("Please write the reason."))
    if not may_act(action, actor, actor_kind):
        raise TransitionError(_("You may not take this action."))

    with transaction.atomic():
        locked = (
            Application.objects.select_for_update()
            .select_related("permit_page")
            .get(pk=application.pk)
        )
        if locked.status not in action.sources:
            raise TransitionError(
                _(
                    "This application is now “%(status)s”; the action is no longer possible."
                )
                % {"status": locked.get_status_display()}
            )
        from_status = locked.status
        locked.status = target_status(action, locked)
        if action.name == "recommend":
            locked.recommendation = Recommendation.RECOMMENDED
        elif action.name == "not_recommend":
            locked.recommendation = Recommendation.NOT_RECOMMENDED
        _apply_side_effects(locked, action, from_status)
        locked.save()

        event = ApplicationEvent.objects.create(
            application=locked,
            actor=actor if actor_kind == ActorKind.STAFF else None,
            actor_kind=actor_kind,
            action=action.name,
            from_status=from_status,
            to_status=locked.status,
            note=note,
            data=data or {},
        )
        _announce(event)

    application.refresh_from_db()
    return event


def record_submission(application):
    """The first event of a new application; call inside the submit transaction."""
    event = ApplicationEvent.objects.create(
        application=application,
        actor_kind=ActorKind.APPLICANT,
        action="submit",
        from_status="",
        to_status=application.status,
    )
    _announce(event)
    return event


def _apply_side_effects(application, action, from_status):
    """Work that must happen in the same transaction as the status change."""
    application.status_changed_at = timezone.now()
    if application.status == Status.APPROVED:
        letters.assign_number(application)


def _announce(event):
    """Write the outbox rows for an event (same transaction)."""
    outbox.queue_for_event(event)
