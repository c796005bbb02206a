"""Which files wait for whom: "my queue" on the dashboard and in the list."""

from django.db.models import Q

from ..clock import Deadlines
from ..constants import StaffGroup, Status
from ..models.applications import CLOCK_RUNNING_STATUSES

NOTHING = Q(pk__in=[])


def _covered(scope, group_name):
    """Files of the categories `group_name` covers (for this user)."""
    if scope.is_superuser:
        return Q()
    categories = scope.groups.get(group_name)
    if categories is None:
        return Q()
    return Q(permit_page__category__in=sorted(categories))


def next_steps(scope):
    """Unassigned files waiting for a step one of the user's groups takes.

    Rejection is left out: approvers may reject any open file, but a file is in
    their queue only once it awaits approval.
    """
    everyone = scope.is_superuser
    steps = NOTHING
    if everyone or StaffGroup.VERIFIERS in scope.groups:
        steps |= Q(status__in=[Status.SUBMITTED, Status.VERIFYING]) & _covered(
            scope, StaffGroup.VERIFIERS
        )
    if everyone:
        steps |= Q(status=Status.AWAITING_RECOMMENDATION)
    else:
        if StaffGroup.REVIEWERS in scope.groups:
            steps |= Q(
                status=Status.AWAITING_RECOMMENDATION,
                permit_page__reviewer_group__isnull=True,
            ) & _covered(scope, StaffGroup.REVIEWERS)
        for name in scope.groups:
            steps |= Q(
                status=Status.AWAITING_RECOMMENDATION,
                permit_page__reviewer_group__name=name,
            ) & _covered(scope, name)
    if everyone or StaffGroup.APPROVERS in scope.groups:
        steps |= Q(status=Status.AWAITING_APPROVAL) & _covered(
            scope, StaffGroup.APPROVERS
        )
    return Q(assignee__isnull=True) & steps


def assigned_to(user):
    """Files assigned to the user on which the office owes the next step."""
    return Q(assignee_id=user.pk, status__in=CLOCK_RUNNING_STATUSES)


def my_queue(scope):
    return assigned_to(scope.user) | next_steps(scope)


def deadlines_for(request):
    """The day's deadlines, computed once per request."""
    deadlines = getattr(request, "_sinopen_deadlines", None)
    if deadlines is None:
        deadlines = Deadlines.now()
        request._sinopen_deadlines = deadlines
    return deadlines
