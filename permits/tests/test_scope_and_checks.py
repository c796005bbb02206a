"""Who a file concerns (the staff to tell, the categories each group covers) and
the checks shown before approval."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from permits.backoffice.checks import approval_warnings
from permits.backoffice.scope import StaffScope, staff_in_group
from permits.constants import Category, StaffGroup, Status
from permits.tests import factories

pytestmark = pytest.mark.django_db


def usernames(users):
    return sorted(user.username for user in users)


# --- staff_in_group ---


def test_staff_in_group_are_the_active_members_with_an_e_mail():
    page = factories.make_permit_page()
    factories.staff_member(StaffGroup.VERIFIERS, username="vina")
    gone = factories.staff_member(StaffGroup.VERIFIERS, username="old")
    gone.is_active = False
    gone.save()
    mute = factories.staff_member(StaffGroup.VERIFIERS, username="mute")
    mute.email = ""
    mute.save()

    assert usernames(staff_in_group(StaffGroup.VERIFIERS, page)) == ["vina"]


def test_staff_in_group_leaves_out_a_group_that_does_not_cover_the_permit():
    factories.scoped_group(StaffGroup.VERIFIERS, [Category.RESEARCH])
    factories.staff_member(StaffGroup.VERIFIERS, username="vina")
    health = factories.make_permit_page(category=Category.HEALTH)
    research = factories.make_permit_page(category=Category.RESEARCH)

    assert usernames(staff_in_group(StaffGroup.VERIFIERS, health)) == []
    assert usernames(staff_in_group(StaffGroup.VERIFIERS, research)) == ["vina"]


def test_the_reviewers_of_a_permit_are_its_own_reviewer_group():
    dinkes = factories.scoped_group("Reviewer Dinkes", [Category.HEALTH])
    factories.staff_member("Reviewer Dinkes", username="dinkes")
    factories.staff_member(StaffGroup.REVIEWERS, username="generic")
    with_group = factories.make_permit_page(reviewer_group=dinkes)
    without = factories.make_permit_page()

    assert usernames(staff_in_group(StaffGroup.REVIEWERS, with_group)) == ["dinkes"]
    assert usernames(staff_in_group(StaffGroup.REVIEWERS, without)) == ["generic"]


def test_an_unknown_group_concerns_nobody():
    assert list(staff_in_group("Nobody", factories.make_permit_page())) == []


# --- What a user sees ---


def test_a_user_sees_the_union_of_the_categories_of_their_viewing_groups():
    factories.scoped_group("Reviewer Dinkes", [Category.HEALTH])
    factories.scoped_group("Reviewer Kesbangpol", [Category.RESEARCH])
    both = factories.staff_in_groups("Reviewer Dinkes", "Reviewer Kesbangpol")
    one = factories.staff_in_groups("Reviewer Dinkes")
    unlimited = factories.staff_in_groups(StaffGroup.VERIFIERS)

    assert StaffScope(both).categories == {Category.HEALTH, Category.RESEARCH}
    assert StaffScope(one).categories == {Category.HEALTH}
    assert StaffScope(unlimited).categories is None


def test_a_group_without_the_view_permission_widens_nothing():
    factories.scoped_group("Reviewer Dinkes", [Category.HEALTH])
    user = factories.staff_in_groups("Reviewer Dinkes")
    user.groups.add(Group.objects.get_or_create(name=StaffGroup.EDITORS)[0])

    assert StaffScope(user).categories == {Category.HEALTH}


def test_seed_demo_scopes_the_back_office_groups(seeded):
    scopes = {
        group.name: sorted(group.staff_scope.categories)
        for group in Group.objects.filter(staff_scope__isnull=False)
    }

    assert scopes == {
        StaffGroup.APPROVERS: sorted(Category.values),
        StaffGroup.REVIEWERS: sorted([Category.HEALTH, Category.RESEARCH]),
        StaffGroup.VERIFIERS: sorted(Category.values),
    }


# --- Checks before approval ---


def issue_letter(application, valid_until=None, revoked=False):
    from permits import workflow
    from permits.constants import ActorKind

    factories.letter_for(
        application,
        valid_until=valid_until,
        revoked_at=timezone.now() if revoked else None,
    )
    workflow.perform(application, "issue", actor_kind=ActorKind.SYSTEM)


def test_no_warning_below_the_cap():
    page = factories.make_permit_page(max_active_permits=3)
    factories.application_in(
        Status.APPROVED, permit_page=page, answers={"practice_place": "Klinik A"}
    )
    candidate = factories.application_in(
        Status.AWAITING_APPROVAL, permit_page=page, answers={"practice_place": "RS B"}
    )

    assert approval_warnings(candidate) == []


def test_a_nik_at_the_cap_of_active_permits_is_warned_about():
    page = factories.make_permit_page(max_active_permits=3)
    held = []
    for place in ["Klinik A", "RS B", "Puskesmas C"]:
        held.append(
            factories.application_in(
                Status.APPROVED, permit_page=page, answers={"practice_place": place}
            )
        )
    candidate = factories.application_in(
        Status.AWAITING_APPROVAL,
        permit_page=page,
        answers={"practice_place": "Klinik D"},
    )

    [warning] = approval_warnings(candidate)

    assert "3" in warning and all(permit.number in warning for permit in held)


def test_expired_revoked_and_closed_permits_do_not_count():
    page = factories.make_permit_page(max_active_permits=1)
    today = timezone.localdate()
    expired = factories.application_in(Status.APPROVED, permit_page=page)
    issue_letter(expired, valid_until=today - timedelta(days=1))
    revoked = factories.application_in(Status.APPROVED, permit_page=page)
    issue_letter(revoked, valid_until=today + timedelta(days=30), revoked=True)
    factories.application_in(Status.REJECTED, permit_page=page)
    factories.application_in(Status.APPROVED, nik=factories.NIKS[1], permit_page=page)
    candidate = factories.application_in(Status.AWAITING_APPROVAL, permit_page=page)

    assert approval_warnings(candidate) == []

    valid = factories.application_in(Status.APPROVED, permit_page=page)
    issue_letter(valid, valid_until=today + timedelta(days=30))
    assert len(approval_warnings(candidate)) == 2  # the cap and the same place


def test_the_same_practice_place_is_warned_about_whatever_the_spelling():
    page = factories.make_permit_page()
    factories.application_in(
        Status.APPROVED,
        permit_page=page,
        answers={"practice_place_name": "RSUP Dr. M. Djamil"},
    )
    candidate = factories.application_in(
        Status.AWAITING_APPROVAL,
        permit_page=page,
        answers={"practice_place_name": "rsup dr m  djamil"},
    )
    elsewhere = factories.application_in(
        Status.AWAITING_APPROVAL,
        permit_page=page,
        answers={"practice_place_name": "Klinik Sehat"},
    )

    [warning] = approval_warnings(candidate)
    assert "tempat praktik yang sama" in warning or "same practice place" in warning
    assert approval_warnings(elsewhere) == []


def test_a_permit_of_another_kind_does_not_count():
    doctor = factories.make_permit_page(max_active_permits=1)
    nurse = factories.make_permit_page(max_active_permits=1)
    factories.application_in(Status.APPROVED, permit_page=nurse)
    candidate = factories.application_in(Status.AWAITING_APPROVAL, permit_page=doctor)

    assert approval_warnings(candidate) == []
