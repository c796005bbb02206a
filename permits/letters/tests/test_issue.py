import hashlib
import io
import re
from datetime import timedelta

import pytest
from django.test import TestCase
from django.utils import timezone
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from permits import workflow
from permits.constants import ActorKind, StaffGroup, Status
from permits.letters import dates, signing, tasks
from permits.models import ApplicationEvent, Letter, PermitPage
from permits.tests import factories
from tests.browser.inputs import qr_texts_in_pdf


def squeezed(text):
    return re.sub(r"\s+", "", text)


def pdf_text(pdf):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def signature_status(pdf):
    reader = PdfFileReader(io.BytesIO(pdf))
    [embedded] = reader.embedded_signatures
    trust = ValidationContext(trust_roots=[signing.get_signer().certificate])
    return validate_pdf_signature(embedded, trust)


def stored_pdf(letter):
    with letter.pdf.open("rb") as handle:
        return handle.read()


def test_approved_seeded_application_yields_a_signed_verifiable_letter(
    seeded_db, office
):
    page = PermitPage.objects.get(slug="sip-perawat")
    application = factories.issued_with_letter(
        page,
        answers={
            "str_number": "1371-STR-2025-0042",
            "practice_place_name": "Puskesmas Andalas",
            "practice_place_address": "Jl. Andalas No. 1, Kecamatan Padang Timur",
            "practice_type": "Di fasilitas pelayanan kesehatan",
        },
    )

    letter = application.letter
    assert application.status == Status.ISSUED
    pdf = stored_pdf(letter)
    assert pdf.startswith(b"%PDF")
    assert letter.sha256 == hashlib.sha256(pdf).hexdigest()
    assert re.fullmatch(r"503/\d{4}/SIPP/DPMPTSP/[IVX]+/\d{4}", letter.number)

    status = signature_status(pdf)
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.bottom_line

    text = squeezed(pdf_text(pdf))
    for expected in [
        letter.number,
        "Rahmi Oktaviani",
        "SURAT IZIN PRAKTIK PERAWAT",
        "Puskesmas Andalas",
        "1371-STR-2025-0042",
        dates.indonesian_date(letter.issued_on),
        dates.indonesian_date(letter.valid_until),
    ]:
        assert squeezed(expected) in text
    assert qr_texts_in_pdf(pdf) == [f"http://testserver/verifikasi/{letter.public_id}/"]
    events = application.events.filter(action="issue")
    assert [(event.actor_kind, event.to_status) for event in events] == [
        (ActorKind.SYSTEM, Status.ISSUED)
    ]


def test_signature_is_pades_with_the_office_certificate(letter_page):
    application = factories.issued_with_letter(letter_page)
    pdf = stored_pdf(application.letter)

    reader = PdfFileReader(io.BytesIO(pdf))
    [embedded] = reader.embedded_signatures
    assert embedded.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert embedded.signer_cert.subject == signing.get_signer().certificate.subject


def test_changing_one_byte_of_the_signed_letter_breaks_the_signature(letter_page):
    application = factories.issued_with_letter(letter_page)
    pdf = bytearray(stored_pdf(application.letter))
    text_at = pdf.index(b"/Producer")  # inside the signed range
    pdf[text_at + 1] ^= 0x01

    status = signature_status(bytes(pdf))

    assert not status.intact


def test_running_the_task_again_changes_nothing(letter_page):
    application = factories.issued_with_letter(letter_page)
    letter = application.letter
    before = (letter.sha256, letter.pdf.name, letter.rendered_at)

    tasks.issue_letter(letter.pk)
    tasks.issue_letter(letter.pk)

    letter.refresh_from_db()
    assert (letter.sha256, letter.pdf.name, letter.rendered_at) == before
    assert Letter.objects.filter(application=application).count() == 1
    assert application.events.filter(action="issue").count() == 1


def test_a_run_that_died_after_rendering_is_redone_cleanly(letter_page, monkeypatch):
    application = factories.application_in(Status.AWAITING_APPROVAL, letter_page)
    approver = factories.staff_member(StaffGroup.APPROVERS)
    workflow.perform(application, "approve", actor=approver)
    letter = Letter.objects.get(application=application)

    def die(*args):
        raise OSError("the worker lost its disk")

    monkeypatch.setattr(tasks, "store", die)
    with pytest.raises(OSError):
        tasks.issue_letter(letter.pk)
    letter.refresh_from_db()
    application.refresh_from_db()
    assert (letter.sha256, letter.pdf.name) == ("", "")
    assert application.status == Status.APPROVED

    monkeypatch.undo()
    tasks.issue_letter(letter.pk)

    letter.refresh_from_db()
    application.refresh_from_db()
    assert letter.sha256 == hashlib.sha256(stored_pdf(letter)).hexdigest()
    assert application.status == Status.ISSUED


def test_a_file_left_by_a_run_that_died_before_its_commit_is_replaced(letter_page):
    application = factories.application_in(Status.AWAITING_APPROVAL, letter_page)
    workflow.perform(
        application, "approve", actor=factories.staff_member(StaffGroup.APPROVERS)
    )
    letter = Letter.objects.get(application=application)
    storage = letter.pdf.storage
    storage.save(tasks.storage_name(letter), io.BytesIO(b"half a PDF"))

    tasks.issue_letter(letter.pk)

    letter.refresh_from_db()
    assert letter.pdf.name == tasks.storage_name(letter)
    assert stored_pdf(letter).startswith(b"%PDF")
    files = storage.listdir(f"letters/{letter.year}")[1]
    assert [name for name in files if name.startswith(letter.public_id)] == [
        f"{letter.public_id}.pdf"
    ]


def test_a_second_run_finding_the_pdf_stored_keeps_the_first(letter_page):
    application = factories.issued_with_letter(letter_page)
    letter = application.letter
    first = stored_pdf(letter)

    tasks.store(letter.pk, b"%PDF- another rendering")

    letter.refresh_from_db()
    assert stored_pdf(letter) == first


def test_unsigned_letters_are_handed_to_the_queue_again_after_a_while(
    letter_page, monkeypatch
):
    stuck = factories.application_in(Status.AWAITING_APPROVAL, letter_page)
    fresh = factories.application_in(Status.AWAITING_APPROVAL, letter_page)
    approver = factories.staff_member(StaffGroup.APPROVERS)
    for application in (stuck, fresh):
        workflow.perform(application, "approve", actor=approver)
    type(stuck).objects.filter(pk=stuck.pk).update(
        status_changed_at=timezone.now() - timedelta(hours=1)
    )

    with TestCase.captureOnCommitCallbacks(execute=True):
        assert tasks.issue_pending_letters() == 1

    stuck.refresh_from_db()
    fresh.refresh_from_db()
    assert stuck.status == Status.ISSUED and stuck.letter.sha256
    assert fresh.status == Status.APPROVED and not fresh.letter.sha256


def test_the_queue_schedule_for_unsigned_letters_exists(db):
    from django_q.models import Schedule

    schedule = Schedule.objects.get(func="permits.letters.tasks.issue_pending_letters")
    assert (schedule.schedule_type, schedule.minutes) == (Schedule.MINUTES, 10)


def test_issuing_waits_for_the_approval_to_commit(letter_page):
    application = factories.application_in(Status.AWAITING_APPROVAL, letter_page)
    approver = factories.staff_member(StaffGroup.APPROVERS)

    with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
        workflow.perform(application, "approve", actor=approver)
        application.refresh_from_db()
        assert application.status == Status.APPROVED
        assert not application.letter.sha256

    # The letter task is queued only once the approval is committed.
    assert not ApplicationEvent.objects.filter(action="issue").exists()
    for callback in callbacks:
        callback()
    application.refresh_from_db()
    assert application.status == Status.ISSUED
    assert application.letter.sha256
