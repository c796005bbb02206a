"""Checks shown to staff before approval.

They warn, they do not block: the approver sees what the office rules say (a
person may hold at most so many practice permits of one profession; one permit
covers one practice place) and decides, e.g. for a renewal of the same place.
"""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..constants import Status
from ..models import Application

# Answer keys that name the practice place: the seeded SIP pages ask for
# `practice_place_name`; older or simpler pages ask for `practice_place`.
PRACTICE_PLACE_KEYS = ("practice_place_name", "practice_place")


def practice_place(application):
    for key in PRACTICE_PLACE_KEYS:
        value = (application.answers or {}).get(key)
        if value:
            return str(value)
    return ""


def _same_place(first, second):
    def normal(text):
        return " ".join(text.casefold().replace(".", " ").replace(",", " ").split())

    return bool(first) and normal(first) == normal(second)


def active_permits(nik, permit_page, today=None, exclude=None):
    """The person's active permits of this kind: approved (letter on its way), or
    issued with a letter neither expired nor revoked."""
    today = today or timezone.localdate()
    issued_and_valid = (
        Q(status=Status.ISSUED)
        & Q(letter__revoked_at__isnull=True)
        & (Q(letter__valid_until__isnull=True) | Q(letter__valid_until__gte=today))
    )
    permits = Application.objects.filter(nik=nik, permit_page=permit_page).filter(
        Q(status=Status.APPROVED) | issued_and_valid
    )
    if exclude is not None:
        permits = permits.exclude(pk=exclude.pk)
    return permits.only("pk", "number", "answers", "status").order_by("submitted_at")


def approval_warnings(application, today=None):
    """What the approver should know before approving; a list of sentences."""
    page = application.permit_page
    held = list(active_permits(application.nik, page, today, exclude=application))
    warnings = []

    limit = page.max_active_permits
    if limit and len(held) >= limit:
        warnings.append(
            ngettext(
                "This NIK already holds %(count)d active permit of this kind "
                "(%(numbers)s); the maximum is %(limit)d.",
                "This NIK already holds %(count)d active permits of this kind "
                "(%(numbers)s); the maximum is %(limit)d.",
                len(held),
            )
            % {
                "count": len(held),
                "numbers": ", ".join(permit.number for permit in held),
                "limit": limit,
            }
        )

    place = practice_place(application)
    for permit in held:
        if _same_place(place, practice_place(permit)):
            warnings.append(
                _(
                    "This NIK already holds an active permit of this kind for the "
                    "same practice place (%(place)s): %(number)s."
                )
                % {"place": place, "number": permit.number}
            )
    return warnings
