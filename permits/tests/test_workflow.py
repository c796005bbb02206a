"""Every transition of the workflow, and every refusal."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from permits import workflow
from permits.constants import (
    OPEN_STATUSES,
    ActorKind,
    Category,
    Recommendation,
    StaffGroup,
    Status,
)
from permits.models import Application, ApplicationEvent
from permits.models.applications import AppendOnlyError
from permits.tests import factories
from permits.workflow import TransitionError

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english():
    # Refusals are matched on their English source text.
    with translation.override("en"):
        yield


def act(application, action, user, note=""):
    return workflow.perform(application, action, actor=user, note=note)


# --- Each transition ---


def test_submission_opens_the_history_and_starts_the_clock(outbox_calls):
    application = factories.submitted()

    event = application.events.get()
    assert (event.position, event.action, event.from_status, event.to_status) == (
        1,
        "submit",
        "",
        Status.SUBMITTED,
    )
    assert event.actor_kind == ActorKind.APPLICANT
    assert application.due_date is not None
    assert outbox_calls == [event]


def test_accept_starts_verification_and_assigns_the_verifier(verifier, outbox_calls):
    application = factories.submitted()

    event = act(application, "accept", verifier)

    application.refresh_from_db()
    assert application.status == Status.VERIFYING
    assert application.assignee == verifier
    assert (event.actor, event.actor_kind, event.position) == (
        verifier,
        ActorKind.STAFF,
        2,
    )
    assert (event.from_status, event.to_status) == (Status.SUBMITTED, Status.VERIFYING)
    assert outbox_calls[-1] == event


def test_request_revision_records_the_documents_and_stops_the_clock(verifier):
    application = factories.application_in(
        Status.VERIFYING, staff={StaffGroup.VERIFIERS: verifier}
    )
    documents = [{"key": "ktp", "label": "KTP", "reason": "Dokumen tidak terbaca"}]

    event = workflow.perform(
        application,
        "request_revision",
        actor=verifier,
        note="Foto KTP buram.",
        data={"documents": documents},
    )

    application.refresh_from_db()
    assert application.status == Status.REVISION_REQUESTED
    assert event.note == "Foto KTP buram."
    assert event.data == {"documents": documents}
    assert application.due_date is None
    assert application.clock_days_left is not None
    assert application.assignee == verifier


def test_request_revision_without_documents_still_has_the_documents_key(verifier):
    application = factories.application_in(Status.VERIFYING)

    event = act(application, "request_revision", verifier, note="Lengkapi berkas.")

    assert event.data == {"documents": []}


def test_resubmit_goes_back_to_the_verifier_who_returned_the_file(verifier):
    other_verifier = factories.staff_member(StaffGroup.VERIFIERS)
    application = factories.application_in(
        Status.VERIFYING, staff={StaffGroup.VERIFIERS: other_verifier}
    )
    act(application, "request_revision", verifier, note="KTP buram.")

    event = workflow.perform(
        application,
        "resubmit",
        actor_kind=ActorKind.APPLICANT,
        data={"replaced": ["ktp"]},
    )

    application.refresh_from_db()
    assert application.status == Status.VERIFYING
    assert application.assignee == verifier
    assert event.actor is None
    assert event.data == {"replaced": ["ktp"]}
    assert application.due_date is not None
    assert application.clock_days_left is None


def test_forward_goes_to_the_reviewer_when_the_permit_needs_a_recommendation(
    verifier,
):
    application = factories.application_in(Status.VERIFYING)

    act(application, "forward", verifier)

    application.refresh_from_db()
    assert application.status == Status.AWAITING_RECOMMENDATION
    assert application.assignee is None


def test_forward_goes_straight_to_the_approver_when_no_recommendation_is_needed(
    verifier,
):
    page = factories.make_permit_page(needs_recommendation=False)
    application = factories.application_in(Status.VERIFYING, permit_page=page)

    act(application, "forward", verifier)

    application.refresh_from_db()
    assert application.status == Status.AWAITING_APPROVAL


def test_recommend_records_the_recommendation(reviewer):
    application = factories.application_in(Status.AWAITING_RECOMMENDATION)

    act(application, "recommend", reviewer, note="Tidak ada keberatan.")

    application.refresh_from_db()
    assert application.status == Status.AWAITING_APPROVAL
    assert application.recommendation == Recommendation.RECOMMENDED


def test_not_recommend_needs_a_reason_and_goes_to_the_approver(reviewer):
    application = factories.application_in(Status.AWAITING_RECOMMENDATION)

    with pytest.raises(TransitionError):
        act(application, "not_recommend", reviewer)
    act(application, "not_recommend", reviewer, note="STR kedaluwarsa.")

    application.refresh_from_db()
    assert application.status == Status.AWAITING_APPROVAL
    assert application.recommendation == Recommendation.NOT_RECOMMENDED


def test_approve_numbers_the_letter_in_the_same_transaction(approver, monkeypatch):
    from permits.letters import numbering

    numbered = []
    monkeypatch.setattr(
        numbering,
        "assign_number",
        lambda application: numbered.append(application.status),
    )
    application = factories.application_in(Status.AWAITING_APPROVAL)

    act(application, "approve", approver)

    application.refresh_from_db()
    assert application.status == Status.APPROVED
    assert numbered == [Status.APPROVED]
    assert application.assignee is None


@pytest.mark.parametrize("status", OPEN_STATUSES)
def test_approver_rejects_from_every_open_status_with_a_reason(approver, status):
    application = factories.application_in(status)

    event = act(application, "reject", approver, note="Persyaratan tidak terpenuhi.")

    application.refresh_from_db()
    assert application.status == Status.REJECTED
    assert event.note == "Persyaratan tidak terpenuhi."
    assert application.assignee is None
    assert application.clock_days_left is None


def test_applicant_withdraws_and_the_system_closes_a_stale_file():
    mine = factories.application_in(Status.VERIFYING)
    stale = factories.application_in(Status.REVISION_REQUESTED)

    workflow.perform(mine, "withdraw", actor_kind=ActorKind.APPLICANT)
    workflow.perform(
        stale,
        "withdraw",
        actor_kind=ActorKind.SYSTEM,
        note="Tidak ada perbaikan dalam 30 hari.",
    )

    assert Application.objects.get(pk=mine.pk).status == Status.WITHDRAWN
    stale.refresh_from_db()
    assert stale.status == Status.WITHDRAWN
    assert stale.clock_days_left is None


def test_the_system_issues_an_approved_letter():
    application = factories.application_in(Status.APPROVED)

    workflow.perform(application, "issue", actor_kind=ActorKind.SYSTEM)

    application.refresh_from_db()
    assert application.status == Status.ISSUED


def test_the_whole_history_is_numbered_in_order(verifier, reviewer, approver):
    application = factories.submitted()
    for action, user in [
        ("accept", verifier),
        ("forward", verifier),
        ("recommend", reviewer),
        ("approve", approver),
    ]:
        act(application, action, user)

    history = list(application.events.values_list("position", "action"))
    assert history == [
        (1, "submit"),
        (2, "accept"),
        (3, "forward"),
        (4, "recommend"),
        (5, "approve"),
    ]


# --- Refusals ---


@pytest.mark.parametrize(
    ("status", "action", "group"),
    [
        (Status.VERIFYING, "accept", StaffGroup.VERIFIERS),
        (Status.SUBMITTED, "forward", StaffGroup.VERIFIERS),
        (Status.SUBMITTED, "request_revision", StaffGroup.VERIFIERS),
        (Status.VERIFYING, "recommend", StaffGroup.REVIEWERS),
        (Status.AWAITING_RECOMMENDATION, "approve", StaffGroup.APPROVERS),
        (Status.REJECTED, "reject", StaffGroup.APPROVERS),
        (Status.APPROVED, "approve", StaffGroup.APPROVERS),
    ],
)
def test_an_action_from_the_wrong_status_is_refused(status, action, group):
    application = factories.application_in(status)
    user = factories.staff_member(group)
    events_before = application.events.count()

    with pytest.raises(TransitionError, match="no longer possible"):
        act(application, action, user, note="Catatan.")

    application.refresh_from_db()
    assert application.status == status
    assert application.events.count() == events_before


@pytest.mark.parametrize(
    ("status", "action", "group"),
    [
        (Status.SUBMITTED, "accept", StaffGroup.REVIEWERS),
        (Status.SUBMITTED, "accept", StaffGroup.APPROVERS),
        (Status.VERIFYING, "forward", StaffGroup.APPROVERS),
        (Status.AWAITING_RECOMMENDATION, "recommend", StaffGroup.VERIFIERS),
        (Status.AWAITING_RECOMMENDATION, "recommend", StaffGroup.APPROVERS),
        (Status.AWAITING_APPROVAL, "approve", StaffGroup.VERIFIERS),
        (Status.AWAITING_APPROVAL, "approve", StaffGroup.REVIEWERS),
        (Status.VERIFYING, "reject", StaffGroup.VERIFIERS),
        (Status.SUBMITTED, "accept", StaffGroup.EDITORS),
    ],
)
def test_an_action_by_the_wrong_group_is_refused(status, action, group):
    application = factories.application_in(status)
    user = factories.staff_member(group)

    with pytest.raises(TransitionError, match="may not"):
        act(application, action, user, note="Catatan.")

    application.refresh_from_db()
    assert application.status == status


def test_staff_cannot_resubmit_and_the_applicant_cannot_decide(verifier):
    returned = factories.application_in(Status.REVISION_REQUESTED)
    waiting = factories.application_in(Status.AWAITING_APPROVAL)

    with pytest.raises(TransitionError):
        act(returned, "resubmit", verifier)
    with pytest.raises(TransitionError):
        workflow.perform(waiting, "approve", actor_kind=ActorKind.APPLICANT)
    with pytest.raises(TransitionError):
        workflow.perform(waiting, "approve", actor_kind=ActorKind.SYSTEM)
    with pytest.raises(TransitionError):
        workflow.perform(waiting, "issue", actor_kind=ActorKind.APPLICANT)


def test_an_inactive_user_and_an_unknown_action_are_refused(verifier):
    application = factories.submitted()
    verifier.is_active = False
    verifier.save()

    with pytest.raises(TransitionError, match="may not"):
        act(application, "accept", verifier)
    with pytest.raises(TransitionError, match="Unknown"):
        act(application, "publish", verifier)


@pytest.mark.parametrize(
    "action", ["request_revision", "not_recommend", "reject"], ids=str
)
def test_a_note_is_demanded_where_one_is_due(action):
    status = {
        "request_revision": Status.VERIFYING,
        "not_recommend": Status.AWAITING_RECOMMENDATION,
        "reject": Status.AWAITING_APPROVAL,
    }[action]
    group = next(iter(workflow.ACTIONS[action].groups))
    application = factories.application_in(status)

    with pytest.raises(TransitionError, match="reason"):
        act(application, action, factories.staff_member(group), note="   ")


def test_a_superuser_may_take_every_staff_action(django_user_model):
    admin = django_user_model.objects.create_superuser("chief", "c@x.test", "pw-123")
    application = factories.submitted()

    for action in ["accept", "forward", "recommend", "approve"]:
        act(application, action, admin)

    assert Application.objects.get(pk=application.pk).status == Status.APPROVED


def test_a_stale_page_loses_to_the_colleague_who_acted_first(verifier):
    """Two staff opened the same file; the second click finds it moved on."""
    colleague = factories.staff_member(StaffGroup.VERIFIERS)
    application = factories.submitted()
    seen_by_colleague = Application.objects.get(pk=application.pk)

    act(application, "accept", verifier)
    with pytest.raises(TransitionError) as refusal:
        act(seen_by_colleague, "accept", colleague)

    assert "now “Being verified”" in str(refusal.value)
    assert "no longer possible" in str(refusal.value)
    application.refresh_from_db()
    assert application.assignee == verifier
    assert application.events.filter(action="accept").count() == 1


def test_a_failing_outbox_undoes_the_whole_transition(verifier, monkeypatch):
    from permits.notify import outbox

    application = factories.submitted()

    def broken(event):
        raise RuntimeError("outbox down")

    monkeypatch.setattr(outbox, "queue_for_event", broken)
    with pytest.raises(RuntimeError):
        act(application, "accept", verifier)

    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
    assert application.assignee is None
    assert application.events.count() == 1


# --- Reviewer groups and category scope ---


def test_only_the_permit_pages_reviewer_group_may_recommend():
    dinkes = factories.scoped_group("Reviewer Dinkes", [Category.HEALTH])
    page = factories.make_permit_page(reviewer_group=dinkes)
    application = factories.application_in(
        Status.AWAITING_RECOMMENDATION, permit_page=page
    )
    generic_reviewer = factories.staff_member(StaffGroup.REVIEWERS)
    dinkes_reviewer = factories.staff_member("Reviewer Dinkes")

    with pytest.raises(TransitionError, match="may not"):
        act(application, "recommend", generic_reviewer)
    act(application, "recommend", dinkes_reviewer)

    assert Application.objects.get(pk=application.pk).status == Status.AWAITING_APPROVAL


def test_a_group_acts_only_within_the_categories_it_covers():
    factories.scoped_group(StaffGroup.VERIFIERS, [Category.HEALTH])
    research = factories.make_permit_page(category=Category.RESEARCH)
    health = factories.make_permit_page(category=Category.HEALTH)
    verifier = factories.staff_member(StaffGroup.VERIFIERS)

    with pytest.raises(TransitionError, match="may not"):
        act(factories.submitted(research), "accept", verifier)
    act(factories.submitted(health), "accept", verifier)


def test_available_actions_are_exactly_what_the_user_may_do_now(
    verifier, reviewer, approver
):
    submitted = factories.submitted()
    waiting = factories.application_in(Status.AWAITING_RECOMMENDATION)

    def names(application, user):
        return [action.name for action in workflow.available_actions(application, user)]

    assert names(submitted, verifier) == ["accept"]
    assert names(submitted, reviewer) == []
    assert names(submitted, approver) == ["reject"]
    assert names(waiting, reviewer) == ["recommend", "not_recommend"]
    assert names(waiting, verifier) == []
    assert names(waiting, approver) == ["reject"]


# --- Assign to me ---


def test_claim_assigns_the_file_to_a_user_who_may_act_on_it(reviewer, verifier):
    from wagtail.models import ModelLogEntry

    application = factories.application_in(Status.AWAITING_RECOMMENDATION)

    with pytest.raises(TransitionError):
        workflow.claim(application, verifier)
    workflow.claim(application, reviewer)

    application.refresh_from_db()
    assert application.assignee == reviewer
    entry = ModelLogEntry.objects.get(action=workflow.ASSIGN_LOG_ACTION)
    assert entry.user_id == reviewer.pk
    assert entry.object_id == str(application.pk)


def test_a_closed_file_cannot_be_claimed(approver):
    application = factories.application_in(Status.REJECTED)

    with pytest.raises(TransitionError, match="no longer possible"):
        workflow.claim(application, approver)


# --- What the database itself refuses ---


def test_events_are_never_changed_or_deleted():
    application = factories.submitted()
    event = application.events.get()

    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        ApplicationEvent.objects.filter(pk=event.pk).update(note="changed")
    with pytest.raises(AppendOnlyError):
        application.events.all().delete()


def test_two_events_cannot_share_a_place_in_the_history(verifier):
    application = factories.submitted()

    with pytest.raises(IntegrityError), transaction.atomic():
        ApplicationEvent.objects.create(
            application=application,
            position=1,
            actor_kind=ActorKind.STAFF,
            action="accept",
            from_status=Status.SUBMITTED,
            to_status=Status.VERIFYING,
        )


def test_an_event_that_does_not_move_the_status_is_refused():
    application = factories.submitted()

    with pytest.raises(IntegrityError), transaction.atomic():
        ApplicationEvent.objects.create(
            application=application,
            actor_kind=ActorKind.STAFF,
            action="accept",
            from_status=Status.SUBMITTED,
            to_status=Status.SUBMITTED,
        )


@pytest.mark.parametrize(
    ("status", "changes"),
    [
        (Status.VERIFYING, {"due_date": None}),
        (Status.REVISION_REQUESTED, {"clock_days_left": None}),
        (Status.VERIFYING, {"clock_days_left": 3}),
        (Status.VERIFYING, {"recommendation": Recommendation.RECOMMENDED}),
        (Status.REJECTED, {"assignee_id": "staff"}),
        (Status.VERIFYING, {"status": "lost"}),
    ],
    ids=[
        "no due date while the clock runs",
        "paused clock without the days left",
        "days left while the clock runs",
        "recommendation before the review",
        "assignee on a closed file",
        "unknown status",
    ],
)
def test_the_database_refuses_an_application_that_breaks_an_invariant(
    status, changes, verifier
):
    application = factories.application_in(status)
    if changes.get("assignee_id") == "staff":
        changes["assignee_id"] = verifier.pk

    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=application.pk).update(**changes)
