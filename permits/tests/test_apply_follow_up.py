"""After sending: tracking at /lacak/, the secret applicant page, the applicant's
documents, replacing returned documents, withdrawing, the letter link, and the
rate limits."""

import hashlib
import itertools
import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client, override_settings

from permits.apply import tokens
from permits.constants import ActorKind, Status
from permits.models import (
    Application,
    ApplicationDocument,
    ApplicationDraft,
    ApplicationEvent,
    Letter,
)

from . import applying, factories, files

TRY_AGAIN = re.compile(r"Silakan coba lagi dalam \d+ menit\.")
_addresses = (f"10.4.{n // 250}.{n % 250 + 1}" for n in itertools.count())


def track(client, number, nik, **extra):
    return client.post("/lacak/", {"number": number, "nik": nik}, **extra)


@pytest.fixture
def permit(db):
    return applying.public_permit_page()


# tracking


def test_tracking_by_number_and_nik_shows_the_status_history_only(client, permit):
    application = factories.application_in(
        Status.REVISION_REQUESTED, permit, address="Jl. Rahasia No. 9, Padang"
    )

    response = track(client, application.number.lower(), "1371 0241 0795 0002")

    html = response.content.decode()
    assert response.status_code == 200
    assert application.number in html
    assert "Perlu perbaikan" in html and "Sedang diverifikasi" in html
    assert "Diterima" in html
    assert "Buka tautan rahasia" in html  # what happens next
    for private in [
        application.full_name,
        application.email,
        "Jl. Rahasia",
        "KTP tidak terbaca",  # the office's note
        "/permohonan/",
        "+6281266554321",
    ]:
        assert private not in html, private


def test_tracking_with_a_wrong_nik_says_nothing_about_the_number(client, permit):
    application = factories.submitted(permit)

    wrong_nik = track(client, application.number, factories.NIKS[1])
    wrong_number = track(client, "SNP-2000-999999", factories.NIKS[0])

    for response in (wrong_nik, wrong_number):
        assert response.status_code == 200
        assert "Tidak ada permohonan dengan nomor pendaftaran dan NIK ini" in (
            response.content.decode()
        )
    assert application.number not in wrong_nik.content.decode().split("<form")[0]


@pytest.mark.parametrize(
    "spelling",
    [
        "snp-2026-000123",
        "  SNP-2026-000123 ",
        "snp 2026 000123",
        "SNP 2026-000 123",
        "SNP2026000123",
        "SNP\u20132026\u2013000123",  # en dash
        "SNP\u20142026\u2014000123",  # em dash
        "SNP\u00a02026\u00a0000123",  # no-break space
        "SNP-2026-123",
        "2026-000123",
        "2026 123",
    ],
)
def test_tracking_finds_the_number_however_it_is_spelled(client, permit, spelling):
    application = factories.submitted(permit)
    application.number = "SNP-2026-000123"
    application.save(update_fields=["number"])

    response = track(client, spelling, application.nik)

    assert "SNP-2026-000123" in response.content.decode().split("<form")[0]


@pytest.mark.parametrize(
    "nik", ["1371 0241 0795 0002", "1371.0241.0795.0002", " 137102-4107950002 "]
)
def test_tracking_finds_the_nik_with_spaces_dots_or_dashes(client, permit, nik):
    application = factories.submitted(permit)

    response = track(client, application.number, nik)

    assert application.number in response.content.decode().split("<form")[0]


@pytest.mark.parametrize(
    ("nik", "message"),
    [
        ("abc", "NIK hanya berisi angka."),
        ("1371 0241 0795", "NIK terdiri dari 16 angka; yang Anda tulis 12 angka."),
    ],
)
def test_tracking_with_a_nik_that_is_not_16_digits_says_so(
    client, permit, nik, message
):
    application = factories.submitted(permit)

    html = track(client, application.number, nik).content.decode()

    assert message in html
    assert "Tidak ada permohonan dengan nomor pendaftaran dan NIK ini" not in html
    assert f'value="{nik}"' in html


def test_tracking_page_has_one_nik_field_and_a_lacak_button(client, db):
    html = client.get("/lacak/").content.decode()

    assert html.count('for="id_nik"') == 1
    assert ">Nomor pendaftaran" in html
    assert ">Lacak</button>" in html


# the secret page


def test_secret_link_opens_the_applicants_page(client, permit):
    application = factories.submitted_with_documents(permit)

    response = client.get(tokens.applicant_path(application))

    html = response.content.decode()
    assert response.status_code == 200
    assert application.number in html
    assert "Diterima" in html
    assert "Rahmi Oktaviani" in html and "1371********0002" in html
    assert "Puskesmas Andalas" in html and "Tempat praktik" in html
    assert "ktp.pdf" in html and "str.pdf" in html
    assert "Unduh surat izin" not in html
    assert "/tarik/" in html
    assert response["Cache-Control"] == "private, no-store"


def test_applicants_page_shows_the_transaction_kind_under_the_permit_name(
    client, permit
):
    application = factories.submitted(permit, transaction_kind="renewal")

    html = client.get(tokens.applicant_path(application)).content.decode()

    lead = f'<p class="lead">{permit.title}</p>'
    kind = "<div><dt>Jenis permohonan</dt><dd>Perpanjangan</dd></div>"
    assert lead in html and kind in html
    assert html.index(lead) < html.index(kind) < html.index("<dt>Status</dt>")


@pytest.mark.parametrize("token", ["x" * 43, "", "a" * 80, "../../etc/passwd"])
def test_a_wrong_token_gets_a_friendly_404(client, db, token):
    response = client.get(f"/permohonan/{token}/")

    assert response.status_code == 404
    if token and "/" not in token:
        assert (
            "Tautan ini tidak membuka permohonan apa pun" in response.content.decode()
        )


def test_an_old_token_stops_working_after_a_new_link(client, permit):
    application = factories.submitted(permit)
    old = application.token
    tokens.issue(application)
    application.save()

    assert client.get(f"/permohonan/{old}/").status_code == 404
    assert client.get(tokens.applicant_path(application)).status_code == 200


# the applicant's documents


def test_applicant_downloads_their_own_document_as_an_attachment(client, permit):
    application = factories.submitted_with_documents(permit)
    document = application.documents.get(requirement_key="str")

    response = client.get(f"{tokens.applicant_path(application)}dokumen/{document.pk}/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_documents_are_listed_in_the_forms_order_not_by_their_keys(client, db):
    # Keys in the form's order are not alphabetical; uploads in a third order.
    page = applying.public_permit_page(
        requirements=[
            {"key": "surat_permohonan", "label": "Surat permohonan"},
            {"key": "proposal", "label": "Proposal penelitian"},
            {"key": "pas_foto", "label": "Pas foto"},
        ]
    )
    application = factories.submitted(page)
    factories.add_document(application, key="proposal", label="Proposal penelitian")
    factories.add_document(application, key="pas_foto", label="Pas foto")
    factories.add_document(
        application, key="surat_permohonan", label="Surat permohonan"
    )

    html = client.get(tokens.applicant_path(application)).content.decode()

    section = BeautifulSoup(html, "html.parser").find(
        "section", attrs={"aria-labelledby": "documents-title"}
    )
    assert [item.select_one(".meta").get_text() for item in section.select("li")] == [
        "Surat permohonan",
        "Proposal penelitian",
        "Pas foto",
    ]


def test_another_applicants_link_cannot_fetch_a_document(client, permit):
    owner = factories.submitted_with_documents(permit)
    other = factories.submitted(permit, nik=factories.NIKS[1])
    document = owner.documents.first()

    response = client.get(f"{tokens.applicant_path(other)}dokumen/{document.pk}/")

    assert response.status_code == 404


def test_an_anonymous_request_for_a_stored_documents_path_gets_no_file(client, permit):
    receipt, _key = applying.apply(client, permit)
    document = ApplicationDocument.objects.first()
    name = document.file.name
    anonymous = Client()

    for path in [
        f"/media/{name}",
        f"/{name}",
        f"/private/{name}",
        f"/media/../private/{name}",
        f"/documents/{name}",
    ]:
        assert anonymous.get(path).status_code in (403, 404), path
    # Outside the public media folder, whatever serves that folder.
    assert not document.file.path.startswith(str(settings.MEDIA_ROOT))


# returned documents and resubmission


def test_returned_documents_are_listed_with_reasons_and_one_slot_each(client, permit):
    application = factories.returned_for_correction(
        permit,
        documents=[("ktp", "Foto KTP buram."), ("str", "STR sudah tidak berlaku.")],
        note="Mohon unggah ulang KTP dan STR.",
    )

    html = client.get(tokens.applicant_path(application)).content.decode()

    assert "Mohon unggah ulang KTP dan STR." in html
    assert "Foto KTP buram." in html and "STR sudah tidak berlaku." in html
    assert html.count('type="file"') == 2
    assert 'name="doc-ktp"' in html and 'name="doc-str"' in html
    assert ">Kirim ulang</button>" in html


def test_replacing_a_returned_document_adds_a_version_and_resubmits(client, permit):
    application = factories.returned_for_correction(
        permit, documents=[("str", "Lembar pengesahan belum ada.")]
    )
    path = tokens.applicant_path(application)
    old = application.documents.get(requirement_key="str")

    response = client.post(
        f"{path}kirim-ulang/",
        {
            "form_key": applying.form_key_in(client.get(path)),
            "doc-str": files.upload("str-revisi.pdf", files.pdf_bytes(pages=2)),
        },
    )

    assert response.status_code == 303
    application.refresh_from_db()
    assert application.status == Status.VERIFYING
    versions = application.documents.filter(requirement_key="str").order_by("version")
    assert [(d.version, d.superseded) for d in versions] == [(1, True), (2, False)]
    assert versions[0].pk == old.pk and versions[0].file.name == old.file.name
    assert versions[1].original_name == "str-revisi.pdf"
    assert not application.documents.get(requirement_key="ktp").superseded
    event = application.events.order_by("-id").first()
    assert (event.action, event.actor_kind, event.data) == (
        "resubmit",
        ActorKind.APPLICANT,
        {"replaced": ["str"]},
    )
    page = client.get(response["Location"]).content.decode()
    assert "Sedang diverifikasi" in page
    assert "Dokumen perbaikan Anda sudah terkirim" in page
    assert not ApplicationDraft.objects.exists()


def test_a_bad_replacement_is_refused_and_nothing_changes(client, permit):
    application = factories.returned_for_correction(
        permit, documents=[("ktp", "Buram."), ("str", "Kedaluwarsa.")]
    )
    path = tokens.applicant_path(application)
    key = applying.form_key_in(client.get(path))

    response = client.post(
        f"{path}kirim-ulang/",
        {
            "form_key": key,
            "doc-ktp": files.upload("ktp.jpg", files.phone_photo_jpeg()),
            "doc-str": files.upload("str.pdf", files.HTML_PAGE),
        },
    )

    html = response.content.decode()
    application.refresh_from_db()
    assert response.status_code == 200
    assert application.status == Status.REVISION_REQUESTED
    assert application.documents.count() == 2
    assert "bukan file PDF, JPEG atau PNG" in html
    assert "ktp.jpg" in html  # the good file is kept for the next try

    # A reload of the page still shows it; only the STR is asked again.
    reloaded = client.get(path).content.decode()
    assert "ktp.jpg" in reloaded
    fixed = client.post(
        f"{path}kirim-ulang/",
        {"form_key": key, "doc-str": files.upload("str.pdf", files.small_pdf())},
    )
    assert fixed.status_code == 303
    application.refresh_from_db()
    assert application.status == Status.VERIFYING
    assert application.documents.filter(superseded=False, version=2).count() == 2


def test_resubmitting_twice_makes_one_resubmission(client, permit):
    application = factories.returned_for_correction(permit)
    path = tokens.applicant_path(application)
    key = applying.form_key_in(client.get(path))
    payload = {"form_key": key, "doc-ktp": files.upload("ktp.pdf", files.small_pdf())}

    first = client.post(f"{path}kirim-ulang/", payload)
    payload["doc-ktp"] = files.upload("ktp.pdf", files.small_pdf())
    second = client.post(f"{path}kirim-ulang/", payload)

    assert (first.status_code, second.status_code) == (303, 303)
    assert application.events.filter(action="resubmit").count() == 1
    assert application.documents.filter(requirement_key="ktp").count() == 2


def test_resubmitting_nothing_asks_for_the_returned_document(client, permit):
    application = factories.returned_for_correction(permit)
    path = tokens.applicant_path(application)

    response = client.post(
        f"{path}kirim-ulang/", {"form_key": applying.form_key_in(client.get(path))}
    )

    assert response.status_code == 200
    assert "Unggah versi baru dokumen ini." in response.content.decode()
    application.refresh_from_db()
    assert application.status == Status.REVISION_REQUESTED


# withdrawing


def test_withdrawing_asks_for_confirmation_first(client, permit):
    application = factories.submitted(permit)
    path = tokens.applicant_path(application)

    confirm = client.get(f"{path}tarik/")
    assert confirm.status_code == 200
    assert ">Tarik permohonan</button>" in confirm.content.decode()
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED

    done = client.post(f"{path}tarik/")
    application.refresh_from_db()
    assert done.status_code == 303
    assert application.status == Status.WITHDRAWN
    event = application.events.order_by("-id").first()
    assert (event.action, event.actor_kind) == ("withdraw", ActorKind.APPLICANT)
    page = client.get(path).content.decode()
    assert "Permohonan Anda sudah ditarik." in page
    assert "/tarik/" not in page

    again = client.post(f"{path}tarik/")
    assert again.status_code == 303
    assert application.events.filter(action="withdraw").count() == 1


def test_withdraw_link_confirmation_and_message_use_the_same_words(client, permit):
    application = factories.submitted(permit)
    path = tokens.applicant_path(application)

    page = client.get(path).content.decode()
    confirm = client.get(f"{path}tarik/").content.decode()
    client.post(f"{path}tarik/")
    done = client.get(path).content.decode()

    assert f'<a href="{path}tarik/">Tarik permohonan</a>' in page
    assert "<h1>Tarik permohonan?</h1>" in confirm
    assert 'class="button-danger">Tarik permohonan</button>' in confirm
    assert "Permohonan Anda sudah ditarik." in done
    for html in (page, confirm, done):
        assert "batalkan permohonan" not in html.lower()


def test_a_withdrawal_posted_without_the_confirmation_form_is_refused(permit):
    application = factories.submitted(permit)
    browser = Client(enforce_csrf_checks=True)

    response = browser.post(f"{tokens.applicant_path(application)}tarik/")

    assert response.status_code == 403
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
    assert not application.events.filter(action="withdraw").exists()


# the letter


def test_letter_link_shows_once_a_signed_letter_is_stored(client, permit):
    application = factories.application_in(Status.APPROVED, permit)
    path = tokens.applicant_path(application)
    assert "Unduh" not in client.get(path).content.decode()

    pdf = files.small_pdf()
    letter = Letter.objects.get(application=application)  # numbered at approval
    letter.sha256 = hashlib.sha256(pdf).hexdigest()
    letter.pdf.save("surat.pdf", ContentFile(pdf), save=False)
    letter.save()

    html = client.get(path).content.decode()
    assert f'href="{path}surat/">Unduh surat izin</a>' in html


def with_signed_letter(application):
    """The application's letter (numbered at approval) with a stored signed PDF."""
    pdf = files.pdf_bytes(text="Surat izin bertanda tangan")
    letter = Letter.objects.get(application=application)
    letter.sha256 = hashlib.sha256(pdf).hexdigest()
    letter.pdf.save("surat.pdf", ContentFile(pdf), save=False)
    letter.save()
    return letter


def gets_no_file(response):
    assert response.status_code in (403, 404), response.status_code
    assert not response.get("Content-Disposition")
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    assert b"%PDF" not in body


def test_the_letter_link_hands_the_signed_pdf_to_its_applicant(client, permit):
    application = factories.application_in(Status.APPROVED, permit)
    letter = with_signed_letter(application)

    response = client.get(f"{tokens.applicant_path(application)}surat/")

    body = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert hashlib.sha256(body).hexdigest() == letter.sha256


def test_a_wrong_or_forged_letter_link_gets_no_letter(client, permit):
    application = factories.application_in(Status.APPROVED, permit)
    with_signed_letter(application)
    token = tokens.token_of(application)
    other = factories.application_in(Status.APPROVED, permit, nik=factories.NIKS[1])
    with override_settings(SECRET_KEY="a-key-someone-guessed-" + "x" * 40):
        signed_with_another_key = tokens.token_for_nonce(application.access_nonce)

    for wrong in [
        token[:-1] + ("A" if token[-1] != "A" else "B"),
        token[:-1],
        signed_with_another_key,
        application.access_nonce,  # what a copy of the database holds
        application.access_token_hash,
        tokens.token_of(other),  # another applicant's own link
    ]:
        assert wrong != token
        gets_no_file(client.get(f"/permohonan/{wrong}/surat/"))


def test_a_retired_letter_link_gets_no_letter(client, permit):
    application = factories.application_in(Status.APPROVED, permit)
    with_signed_letter(application)
    old = f"{tokens.applicant_path(application)}surat/"

    tokens.issue(application)
    application.save()

    gets_no_file(client.get(old))


def test_a_stored_letters_path_gets_no_file_anonymous_or_signed_in_without_rights(
    permit,
):
    application = factories.application_in(Status.APPROVED, permit)
    letter = with_signed_letter(application)
    name = letter.pdf.name
    signed_in = Client()
    signed_in.force_login(
        get_user_model().objects.create_user("warga", password="rahasia-123")
    )

    for visitor in (Client(), signed_in):
        for path in [
            f"/media/{name}",
            f"/{name}",
            f"/private/{name}",
            f"/media/../private/{name}",
            f"/permohonan/{name}",
            f"/permohonan/{letter.public_id}/surat/",
        ]:
            gets_no_file(visitor.get(path))
        # The staff download sends whoever may not use the admin to its login.
        staff_download = visitor.get(f"/admin/surat/{letter.pk}/unduh/")
        assert staff_download.status_code == 302
        assert staff_download["Location"].startswith("/admin/login/")
    # Outside the public media folder, whatever serves that folder.
    assert not letter.pdf.path.startswith(str(settings.MEDIA_ROOT))
    assert letter.pdf.path.startswith(str(settings.PRIVATE_ROOT))


def test_rejection_reason_reaches_the_applicant_page(client, permit):
    application = factories.application_in(Status.REJECTED, permit)

    html = client.get(tokens.applicant_path(application)).content.decode()

    assert "Persyaratan tidak terpenuhi." in html
    assert "Ditolak" in html


# rate limits


def test_tracking_look_ups_are_limited_on_the_tracking_page_with_what_was_typed(
    client, permit, settings
):
    settings.APPLY_RATE_LIMITS = {**settings.APPLY_RATE_LIMITS, "track": "3/h"}
    address = next(_addresses)

    answers = [
        track(client, "SNP-2026-000001", "1371 0241 0795 0002", REMOTE_ADDR=address)
        for _ in range(4)
    ]

    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    assert int(answers[-1]["Retry-After"]) > 0
    html = answers[-1].content.decode()
    assert "Terlalu banyak pencarian dari sambungan internet ini" in html
    assert TRY_AGAIN.search(html)
    assert 'value="SNP-2026-000001"' in html and 'value="1371 0241 0795 0002"' in html
    assert ">Lacak</button>" in html  # the tracking page itself
    assert 'class="site-footer"' in html or "<footer" in html  # the site layout
    assert "errorlist" not in html
    other = track(
        client, "SNP-2026-000001", factories.NIKS[0], REMOTE_ADDR=next(_addresses)
    )
    assert other.status_code == 200


def test_failed_look_ups_of_one_number_are_limited_from_any_address(
    client, permit, settings
):
    settings.APPLY_RATE_LIMITS = {**settings.APPLY_RATE_LIMITS, "track_number": "2/h"}
    application = factories.submitted(permit)

    answers = [
        track(
            client, application.number, factories.NIKS[1], REMOTE_ADDR=next(_addresses)
        )
        for _ in range(3)
    ]

    assert [answer.status_code for answer in answers] == [200, 200, 429]
    html = answers[-1].content.decode()
    assert "Nomor pendaftaran ini dikunci untuk sementara" in html
    assert "tautan rahasia" in html
    assert int(answers[-1]["Retry-After"]) > 0


def test_applicant_tracking_their_own_file_often_is_never_locked_out(
    client, permit, settings
):
    settings.APPLY_RATE_LIMITS = {**settings.APPLY_RATE_LIMITS, "track_number": "2/h"}
    application = factories.submitted(permit)
    application.number = "SNP-2026-424242"  # counted by no other test
    application.save(update_fields=["number"])

    answers = [
        track(
            client,
            application.number.lower(),
            application.nik,
            REMOTE_ADDR=next(_addresses),
        )
        for _ in range(5)
    ]

    assert [answer.status_code for answer in answers] == [200] * 5
    assert application.number in answers[-1].content.decode().split("<form")[0]


def test_sending_applications_is_limited_on_the_check_page(client, permit, settings):
    settings.APPLY_RATE_LIMITS = {**settings.APPLY_RATE_LIMITS, "submit": "1/h"}
    address = next(_addresses)
    first_key = applying.fill_in(client, permit, REMOTE_ADDR=address)[1]
    first = applying.send(client, permit, first_key, REMOTE_ADDR=address)
    assert first.status_code == 303
    response, key = applying.fill_in(
        client, permit, applying.applicant(full_name="Siti Aminah"), REMOTE_ADDR=address
    )

    second = applying.send(client, permit, key, REMOTE_ADDR=address)

    assert second.status_code == 429
    assert int(second["Retry-After"]) > 0
    html = second.content.decode()
    assert "Terlalu banyak permohonan dikirim dari sambungan internet ini" in html
    assert "permohonan ini belum terkirim" in html
    assert TRY_AGAIN.search(html)
    assert "Siti Aminah" in html  # the check page, with the answers
    assert f'name="form_key" value="{key}"' in html
    assert Application.objects.count() == 1
    assert ApplicationDraft.objects.filter(key=key).exists()


def test_posting_forms_is_limited_and_what_was_typed_is_kept(client, permit, settings):
    settings.APPLY_RATE_LIMITS = {**settings.APPLY_RATE_LIMITS, "apply": "1/h"}
    address = next(_addresses)
    first, key = applying.fill_in(
        client, permit, applying.applicant(nik="123"), REMOTE_ADDR=address
    )

    second, _key = applying.fill_in(
        client,
        permit,
        applying.applicant(full_name="Siti Aminah", address="Jl. Sawahan No. 3"),
        key=key,
        REMOTE_ADDR=address,
    )

    assert first.status_code == 200
    assert second.status_code == 429
    assert int(second["Retry-After"]) > 0
    html = second.content.decode()
    assert "Formulir ini terlalu sering dikirim dari sambungan internet ini" in html
    assert TRY_AGAIN.search(html)
    assert 'value="Siti Aminah"' in html and "Jl. Sawahan No. 3" in html
    assert f'name="form_key" value="{key}"' in html
    assert 'class="error-summary"' not in html
    assert ApplicationDraft.objects.get(key=key).data["fields"]["full_name"] == [
        "Rahmi Oktaviani"
    ]
    assert not ApplicationEvent.objects.exists()


def test_sending_corrections_is_limited_on_the_applicants_page(
    client, permit, settings
):
    settings.APPLY_RATE_LIMITS = {**settings.APPLY_RATE_LIMITS, "apply": "0/h"}
    application = factories.application_in(Status.REVISION_REQUESTED, permit)
    path = tokens.applicant_path(application)

    response = client.post(
        path + "kirim-ulang/",
        {"form_key": "", "doc-ktp": files.upload("ktp.pdf", files.small_pdf())},
    )

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "Perbaikan terlalu sering dikirim dari sambungan internet ini" in html
    assert TRY_AGAIN.search(html)
    assert application.number in html  # the applicant's own page
    application.refresh_from_db()
    assert application.status == Status.REVISION_REQUESTED
