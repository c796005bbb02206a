"""Each step of an application produces its message, read back from a real SMTP
server on loopback: to the applicant (number, status, what to do next, the
secret link) and to the staff whose queue the file enters."""

import re

import pytest

from permits import workflow
from permits.apply import tokens
from permits.constants import ActorKind, StaffGroup, Status
from permits.models import Notification
from permits.models.notifications import MessageKind
from permits.notify import compose
from tests.smtp import first_link, text_body

from .. import factories
from .helpers import html_body, make_letter, pdf_bytes, rows

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]


def applicant_link(message):
    return first_link(message, r"/permohonan/[^/]+/")


def test_received_message_carries_number_status_link_and_a_copy_of_the_answers(
    mailbox, delivered
):
    with delivered():
        application = factories.submitted()

    message = mailbox.wait_for_message(to=application.email, timeout=10)
    text = text_body(message)
    assert application.number in message["Subject"]
    assert "Diterima" in text
    assert "Langkah berikutnya" in text
    assert applicant_link(message) == tokens.applicant_url(application)
    # The copy of the answers, under the question's label, without documents.
    assert "Tempat praktik: Puskesmas Andalas" in text
    assert "1371********0002" in text
    assert application.nik not in text
    assert ".pdf" not in text
    assert "Tempat praktik" in html_body(message)


def test_the_copy_of_the_answers_uses_the_labels_of_the_page_revision_answered(
    mailbox, delivered
):
    page = factories.make_permit_page()
    with delivered():
        application = factories.submitted(page)
    field = page.form_fields.get()
    field.label = "Nama fasilitas kesehatan"
    page.save_revision().publish()

    pairs = dict(compose.answer_pairs(application))

    assert pairs["Tempat praktik"] == "Puskesmas Andalas"
    assert "Nama fasilitas kesehatan" not in pairs


def test_the_secret_link_is_put_in_when_sending_and_never_stored(mailbox, delivered):
    with delivered():
        application = factories.submitted()

    message = mailbox.wait_for_message(to=application.email, timeout=10)
    token = tokens.token_of(application)
    assert token in text_body(message)
    assert token in html_body(message)
    for row in rows(application):
        assert token not in row.subject + row.body_text + row.body_html


def test_accepting_a_file_sends_the_applicant_nothing(mailbox, delivered):
    verifier = factories.staff_member(StaffGroup.VERIFIERS)
    with delivered():
        application = factories.submitted()
        workflow.perform(application, "accept", actor=verifier)

    assert [row.kind for row in rows(application, recipient=application.email)] == [
        MessageKind.RECEIVED
    ]


def test_returned_for_correction_lists_each_document_with_its_reason_and_the_note(
    mailbox, delivered
):
    verifier = factories.staff_member(StaffGroup.VERIFIERS)
    application = factories.application_in(
        Status.VERIFYING, staff={"Verifiers": verifier}
    )
    documents = [
        {"key": "ktp", "label": "KTP", "reason": "Foto buram, NIK tidak terbaca."},
        {"key": "str", "label": "STR", "reason": "Masa berlaku sudah habis."},
    ]
    with delivered():
        workflow.perform(
            application,
            "request_revision",
            actor=verifier,
            note="Mohon unggah ulang dengan lembar pengesahan.",
            data={"documents": documents},
        )

    message = mailbox.wait_for_message(
        to=application.email, subject_contains="diperbaiki", timeout=10
    )
    text = text_body(message)
    assert "- KTP: Foto buram, NIK tidak terbaca." in text
    assert "- STR: Masa berlaku sudah habis." in text
    assert "lembar pengesahan" in text
    assert "Kirim ulang" in text
    assert applicant_link(message) == tokens.applicant_url(application)
    assert "<li>KTP: Foto buram, NIK tidak terbaca.</li>" in html_body(message)


def test_resubmitted_documents_go_to_the_verifier_who_has_the_file(mailbox, delivered):
    verifier = factories.staff_member(StaffGroup.VERIFIERS)
    other = factories.staff_member(StaffGroup.VERIFIERS)
    application = factories.application_in(
        Status.REVISION_REQUESTED, staff={"Verifiers": verifier}
    )
    application.assignee = verifier
    application.save(update_fields=["assignee"])
    with delivered():
        workflow.perform(
            application,
            "resubmit",
            actor_kind=ActorKind.APPLICANT,
            data={"replaced": ["ktp"]},
        )

    message = mailbox.wait_for_message(to=verifier.email, timeout=10)
    assert application.number in message["Subject"]
    assert "Perbaikan" in message["Subject"]
    assert not rows(
        application, kind=MessageKind.STAFF_RESUBMITTED, recipient=other.email
    )


def test_resubmitted_documents_go_to_every_verifier_when_nobody_has_the_file(
    mailbox, delivered
):
    verifiers = [factories.staff_member(StaffGroup.VERIFIERS) for _ in range(2)]
    returning = factories.staff_member(StaffGroup.VERIFIERS)
    application = factories.application_in(
        Status.REVISION_REQUESTED, staff={"Verifiers": returning}
    )
    # The verifier who returned the file has left the office since.
    returning.is_active = False
    returning.save(update_fields=["is_active"])
    with delivered():
        workflow.perform(application, "resubmit", actor_kind=ActorKind.APPLICANT)

    for verifier in verifiers:
        message = mailbox.wait_for_message(
            to=verifier.email, subject_contains="Perbaikan", timeout=10
        )
        assert application.number in message["Subject"]
        # Staff get the admin, never the applicant's secret link.
        assert "/permohonan/" not in text_body(message)
        assert f"/admin/applications/{application.pk}/" in text_body(message)


def test_a_new_file_is_announced_to_the_verifiers(mailbox, delivered):
    verifier = factories.staff_member(StaffGroup.VERIFIERS)
    factories.staff_member(StaffGroup.APPROVERS, username="approver-not-told")
    with delivered():
        application = factories.submitted()

    message = mailbox.wait_for_message(to=verifier.email, timeout=10)
    assert application.number in message["Subject"]
    assert verifier.first_name in text_body(message)
    assert not Notification.objects.filter(
        recipient="approver-not-told@sinopen.test"
    ).exists()


def test_sent_for_recommendation_goes_to_the_permits_reviewer_group(mailbox, delivered):
    from django.contrib.auth.models import Group

    dinkes = Group.objects.create(name="Reviewers Dinkes")
    page = factories.make_permit_page(reviewer_group=dinkes)
    health_reviewer = factories.staff_member("Reviewers Dinkes", "dinkes-reviewer")
    general_reviewer = factories.staff_member(StaffGroup.REVIEWERS)
    verifier = factories.staff_member(StaffGroup.VERIFIERS)
    application = factories.application_in(
        Status.VERIFYING, permit_page=page, staff={"Verifiers": verifier}
    )
    with delivered():
        workflow.perform(application, "forward", actor=verifier)

    message = mailbox.wait_for_message(to=health_reviewer.email, timeout=10)
    assert "rekomendasi" in message["Subject"].lower()
    assert application.number in message["Subject"]
    assert not Notification.objects.filter(recipient=general_reviewer.email).exists()


def test_sent_for_recommendation_goes_to_reviewers_when_the_permit_names_no_group(
    mailbox, delivered
):
    reviewer = factories.staff_member(StaffGroup.REVIEWERS)
    with delivered():
        application = factories.application_in(Status.AWAITING_RECOMMENDATION)

    message = mailbox.wait_for_message(to=reviewer.email, timeout=10)
    assert application.number in message["Subject"]


@pytest.mark.parametrize("needs_recommendation", [True, False])
def test_a_file_awaiting_approval_is_announced_to_the_approvers(
    mailbox, delivered, needs_recommendation
):
    approver = factories.staff_member(StaffGroup.APPROVERS)
    page = factories.make_permit_page(needs_recommendation=needs_recommendation)
    with delivered():
        application = factories.application_in(
            Status.AWAITING_APPROVAL,
            permit_page=page,
            staff={"Approvers": approver},
        )

    message = mailbox.wait_for_message(to=approver.email, timeout=10)
    assert "persetujuan" in message["Subject"].lower()
    assert application.number in message["Subject"]


def test_approved_tells_the_applicant_the_letter_is_being_prepared(mailbox, delivered):
    with delivered():
        application = factories.application_in(Status.APPROVED)

    message = mailbox.wait_for_message(
        to=application.email, subject_contains="disetujui", timeout=10
    )
    assert application.number in message["Subject"]
    assert "surat izin Anda sedang disiapkan" in text_body(message)
    assert applicant_link(message) == tokens.applicant_url(application)


def test_letter_issued_carries_the_download_link_and_the_signed_pdf(mailbox, delivered):
    application = factories.application_in(Status.APPROVED)
    content = pdf_bytes()
    make_letter(application, content)
    with delivered():
        workflow.perform(application, "issue", actor_kind=ActorKind.SYSTEM)

    message = mailbox.wait_for_message(
        to=application.email, subject_contains="terbit", timeout=10
    )
    assert (
        first_link(message, r"/surat/$") == tokens.applicant_url(application) + "surat/"
    )
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_filename().endswith(".pdf")
    assert attachments[0].get_content() == content


def test_a_large_letter_is_linked_but_not_attached(mailbox, delivered, settings):
    settings.NOTIFY_ATTACHMENT_MAX_BYTES = 100
    application = factories.application_in(Status.APPROVED)
    make_letter(application, pdf_bytes(pages=3))
    with delivered():
        workflow.perform(application, "issue", actor_kind=ActorKind.SYSTEM)

    message = mailbox.wait_for_message(
        to=application.email, subject_contains="terbit", timeout=10
    )
    assert list(message.iter_attachments()) == []
    assert first_link(message, r"/surat/$")


def test_rejected_gives_the_reason(mailbox, delivered):
    approver = factories.staff_member(StaffGroup.APPROVERS)
    application = factories.application_in(Status.VERIFYING)
    reason = "STR sudah tidak berlaku sejak Juni 2026."
    with delivered():
        workflow.perform(application, "reject", actor=approver, note=reason)

    message = mailbox.wait_for_message(
        to=application.email, subject_contains="ditolak", timeout=10
    )
    assert f"Alasan: {reason}" in text_body(message)
    assert applicant_link(message) == tokens.applicant_url(application)


def test_withdrawn_by_the_applicant_is_confirmed(mailbox, delivered):
    with delivered():
        application = factories.application_in(Status.WITHDRAWN)

    message = mailbox.wait_for_message(
        to=application.email, subject_contains="ditutup", timeout=10
    )
    assert application.number in message["Subject"]
    assert "ditarik" in text_body(message)


def test_applicant_values_are_escaped_in_the_html_part(mailbox, delivered):
    with delivered():
        application = factories.submitted(
            full_name='Rahmi <script>alert("x")</script> & Co',
            answers={"practice_place": '<img src=x onerror="alert(1)">'},
        )

    message = mailbox.wait_for_message(to=application.email, timeout=10)
    html = html_body(message)
    assert "<script>" not in html
    assert "<img" not in html
    assert "Rahmi &lt;script&gt;" in html
    assert "&amp; Co" in html
    # The text part is plain text: the name as written.
    assert 'Rahmi <script>alert("x")</script> & Co' in text_body(message)


def test_an_applicant_cannot_forge_a_link_marker(mailbox, delivered):
    with delivered():
        application = factories.submitted(
            answers={"practice_place": "\ue000tautan\ue001"}
        )

    message = mailbox.wait_for_message(to=application.email, timeout=10)
    assert text_body(message).count(tokens.token_of(application)) == 1


def test_every_message_has_a_stable_message_id_and_a_plain_text_part(
    mailbox, delivered
):
    with delivered():
        application = factories.submitted()

    message = mailbox.wait_for_message(to=application.email, timeout=10)
    row = rows(application, recipient=application.email)[0]
    assert message["Message-ID"] == f"<{row.uuid}@testserver>"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_body(preferencelist=("plain",)) is not None
    assert re.search(r"<html", html_body(message))
