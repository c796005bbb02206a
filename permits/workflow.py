"""The one place where an application's status changes.

Each action checks the current status and who asks (their group, and that the
group covers the permit's category), demands a note where one is due, and then —
in one transaction, under a row lock — moves the status, updates the service
clock and the assignee, records an append-only event and writes the outbox rows.
Two staff acting on one file at once: the second waits for the lock, then finds
the status moved and is refused. (SQLite has no row locks; its transactions
start IMMEDIATE, which serialises writers the same way.)
"""

import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.log_actions import log

from . import clock
from .backoffice.scope import StaffScope, reviewer_group_name
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

logger = logging.getLogger("sinopen.workflow")

ASSIGN_LOG_ACTION = "sinopen.application.assign"


class TransitionError(Exception):
    """The action is not possible now; the message is shown to the person."""


@dataclass(frozen=True)
class Action:
    name: str
    # The button, short (Indonesian: "Terima", "Kembalikan", ...).
    label: str
    sources: tuple
    target: str
    # Staff groups allowed; APPLICANT and SYSTEM are actor kinds, not groups.
    groups: frozenset = field(default_factory=frozenset)
    actor_kinds: frozenset = frozenset({ActorKind.STAFF})
    note_required: bool = False
    # What the confirmation page says the action does.
    description: str = ""
    # How the note is called on the confirmation page.
    note_label: str = _("Note")
    success_message: str = ""
    # Buttons of irreversible or negative decisions are drawn as such.
    serious: bool = False


NOTE_TO_APPLICANT = _("Note to the applicant")
REASON = _("Reason")

ACTIONS = {
    action.name: action
    for action in [
        Action(
            "accept",
            pgettext_lazy("application action", "Accept"),
            (Status.SUBMITTED,),
            Status.VERIFYING,
            frozenset({StaffGroup.VERIFIERS}),
            description=_(
                "Start checking the documents of this application. You become "
                "its assignee."
            ),
            success_message=_("Verification started. The file is assigned to you."),
        ),
        Action(
            "request_revision",
            pgettext_lazy("application action", "Return"),
            (Status.VERIFYING,),
            Status.REVISION_REQUESTED,
            frozenset({StaffGroup.VERIFIERS}),
            note_required=True,
            description=_(
                "Return documents to the applicant for correction. The service "
                "clock stops until the applicant sends the corrections."
            ),
            note_label=NOTE_TO_APPLICANT,
            success_message=_(
                "The application was returned to the applicant for correction."
            ),
        ),
        Action(
            "resubmit",
            pgettext_lazy("application action", "Send the corrections"),
            (Status.REVISION_REQUESTED,),
            Status.VERIFYING,
            actor_kinds=frozenset({ActorKind.APPLICANT}),
        ),
        Action(
            "forward",
            pgettext_lazy("application action", "Forward"),
            (Status.VERIFYING,),
            # Resolved per permit page: to the reviewer or straight to the approver.
            Status.AWAITING_RECOMMENDATION,
            frozenset({StaffGroup.VERIFIERS}),
            description=_(
                "The documents are complete: pass the application on for the "
                "recommendation, or for approval when this permit needs none."
            ),
            success_message=_("The application was passed on."),
        ),
        Action(
            "recommend",
            pgettext_lazy("application action", "Recommend"),
            (Status.AWAITING_RECOMMENDATION,),
            Status.AWAITING_APPROVAL,
            frozenset({StaffGroup.REVIEWERS}),
            description=_(
                "Give the recommendation: the application goes to the approver."
            ),
            success_message=_("Recommended. The application awaits approval."),
        ),
        Action(
            "not_recommend",
            pgettext_lazy("application action", "Do not recommend"),
            (Status.AWAITING_RECOMMENDATION,),
            Status.AWAITING_APPROVAL,
            frozenset({StaffGroup.REVIEWERS}),
            note_required=True,
            description=_(
                "Advise against the permit. The application goes to the approver "
                "with your reason, who decides."
            ),
            note_label=REASON,
            success_message=_("Not recommended. The application awaits a decision."),
            serious=True,
        ),
        Action(
            "approve",
            pgettext_lazy("application action", "Approve"),
            (Status.AWAITING_APPROVAL,),
            Status.APPROVED,
            frozenset({StaffGroup.APPROVERS}),
            description=_(
                "Approve the permit. The letter is numbered now and signed and "
                "sent to the applicant shortly after."
            ),
            success_message=_("Approved. The letter is being prepared."),
        ),
        Action(
            "reject",
            pgettext_lazy("application action", "Reject"),
            OPEN_STATUSES,
            Status.REJECTED,
            frozenset({StaffGroup.APPROVERS}),
            note_required=True,
            description=_(
                "Refuse the permit. The applicant reads the reason you write here."
            ),
            note_label=REASON,
            success_message=_("The application was rejected."),
            serious=True,
        ),
        Action(
            "withdraw",
            pgettext_lazy("application action", "Withdraw application"),
            OPEN_STATUSES,
            Status.WITHDRAWN,
            actor_kinds=frozenset({ActorKind.APPLICANT, ActorKind.SYSTEM}),
        ),
        Action(
            "issue",
            pgettext_lazy("application action", "Issue the letter"),
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


def groups_for(action, permit_page):
    """The staff groups that may take the action on files of this permit."""
    if action.name in ("recommend", "not_recommend"):
        return frozenset({reviewer_group_name(permit_page)})
    return action.groups


def may_act(action, actor, actor_kind, application=None, scope=None):
    """Whether this person (or the applicant, or the system) may take the action;
    with `application`, also whether their group covers its permit."""
    if actor_kind not in action.actor_kinds:
        return False
    if actor_kind != ActorKind.STAFF:
        return True
    if actor is None or not actor.is_active:
        return False
    scope = scope or StaffScope(actor)
    if application is None:
        return scope.is_superuser or any(scope.in_group(g) for g in action.groups)
    page = application.permit_page
    return scope.acts_for(groups_for(action, page), page.category)


def available_actions(application, actor, scope=None):
    """The staff actions this user may take on the application now."""
    scope = scope or StaffScope(actor)
    return [
        action
        for action in ACTIONS.values()
        if application.status in action.sources
        and may_act(action, actor, ActorKind.STAFF, application, scope)
    ]


def _locked(application):
    # `of=("self",)`: lock the application row only, not its permit page.
    return (
        Application.objects.select_for_update(of=("self",))
        .select_related("permit_page", "permit_page__reviewer_group")
        .get(pk=application.pk)
    )


def _stale(locked):
    return TransitionError(
        _(
            "This application is now “%(status)s”: someone acted on it in the "
            "meantime, so this action is no longer possible."
        )
        % {"status": locked.get_status_display()}
    )


def perform(
    application,
    action_name,
    *,
    actor=None,
    actor_kind=ActorKind.STAFF,
    note="",
    data=None,
    today=None,
):
    """Take one action on an application; returns the recorded event."""
    action = ACTIONS.get(action_name)
    if action is None:
        raise TransitionError(_("Unknown action."))
    note = (note or "").strip()
    if action.note_required and not note:
        raise TransitionError(_("Please write the reason."))
    if actor_kind not in action.actor_kinds or (
        actor_kind == ActorKind.STAFF and (actor is None or not actor.is_active)
    ):
        raise TransitionError(_("You may not take this action."))
    data = dict(data or {})
    if action.name == "request_revision":
        data.setdefault("documents", [])

    with transaction.atomic():
        locked = _locked(application)
        if not may_act(action, actor, actor_kind, locked):
            raise TransitionError(_("You may not take this action."))
        if locked.status not in action.sources:
            raise _stale(locked)

        from_status = locked.status
        locked.status = target_status(action, locked)
        if action.name == "recommend":
            locked.recommendation = Recommendation.RECOMMENDED
        elif action.name == "not_recommend":
            locked.recommendation = Recommendation.NOT_RECOMMENDED
        staff_actor = actor if actor_kind == ActorKind.STAFF else None
        _apply_side_effects(locked, action, from_status, staff_actor, today)
        locked.save()

        event = ApplicationEvent.objects.create(
            application=locked,
            actor=staff_actor,
            actor_kind=actor_kind,
            action=action.name,
            from_status=from_status,
            to_status=locked.status,
            note=note,
            data=data,
        )
        _announce(event)

    logger.info(
        "application_transition",
        extra={
            "application_id": locked.pk,
            "action": action.name,
            "from_status": str(from_status),
            "to_status": str(locked.status),
            "actor_id": getattr(staff_actor, "pk", None),
        },
    )
    application.refresh_from_db()
    return event


def record_submission(application):
    """The first event of a new application; call inside the submit transaction.
    Starts the service clock."""
    clock.start(application, clock.Calendar())
    application.status_changed_at = application.submitted_at
    application.save(
        update_fields=["due_date", "clock_days_left", "status_changed_at", "updated_at"]
    )
    event = ApplicationEvent.objects.create(
        application=application,
        position=1,
        actor_kind=ActorKind.APPLICANT,
        action="submit",
        from_status="",
        to_status=application.status,
    )
    _announce(event)
    return event


def claim(application, actor):
    """Assign to me: the file goes to the queue of a staff member who may act
    on it now. Recorded in the admin's audit log (not the applicant's history)."""
    with transaction.atomic():
        locked = _locked(application)
        if locked.status not in OPEN_STATUSES:
            raise _stale(locked)
        if not available_actions(locked, actor):
            raise TransitionError(
                _("Only staff who can act on this application now can take it.")
            )
        if locked.assignee_id != actor.pk:
            previous = locked.assignee_id
            locked.assignee = actor
            locked.save(update_fields=["assignee", "updated_at"])
            log(
                locked,
                ASSIGN_LOG_ACTION,
                user=actor,
                data={"previous_assignee": previous, "status": locked.status},
            )
    application.refresh_from_db()
    return application


def returning_verifier(application):
    """The verifier who last returned the file for correction, if still active."""
    event = (
        application.events.filter(action="request_revision")
        .select_related("actor")
        .order_by("-position")
        .first()
    )
    if event is None or event.actor is None or not event.actor.is_active:
        return None
    return event.actor


def _apply_side_effects(application, action, from_status, actor=None, today=None):
    """Work that must happen in the same transaction as the status change."""
    application.status_changed_at = timezone.now()
    _move_clock(application, from_status, today)
    _reassign(application, action, actor)
    if application.status == Status.APPROVED:
        letters.assign_number(application)


def _move_clock(application, from_status, today):
    to_status = application.status
    if to_status == Status.REVISION_REQUESTED:
        clock.pause(application, clock.Calendar(), today)
    elif from_status == Status.REVISION_REQUESTED and to_status == Status.VERIFYING:
        clock.resume(application, clock.Calendar(), today)
    elif from_status == Status.REVISION_REQUESTED:
        # Closed while waiting on the applicant: the clock stays stopped.
        application.clock_days_left = None


def _reassign(application, action, actor):
    if action.name == "accept":
        application.assignee = actor
    elif action.name == "request_revision":
        # The verifier who returns the file gets it back with the corrections.
        application.assignee = actor
    elif action.name == "resubmit":
        application.assignee = returning_verifier(application)
    else:
        # The file enters the next group's queue (or is closed).
        application.assignee = None


def _announce(event):
    """Write the outbox rows for an event (same transaction)."""
    outbox.queue_for_event(event)
