import datetime
import hashlib
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.html import strip_tags

from permits.letters import verification
from permits.letters.admin import revoke
from permits.models import Letter
from permits.tests import factories
from tests.browser.inputs import proposal_pdf, with_one_byte_changed


def text(response):
    return re.sub(r"\s+", " ", strip_tags(response.content.decode()))


@pytest.fixture
def issued(letter_page):
    return factories.issued_with_letter(letter_page)


def stored_pdf(letter):
    with letter.pdf.open("rb") as handle:
        return handle.read()


def upload(client, url, data, name="surat.pdf"):
    return client.post(
        url,
        {"berkas": SimpleUploadedFile(name, data, content_type="application/pdf")},
    )


def test_name_is_masked_word_by_word():
    assert verification.mask_name("Rahmi Oktaviani") == "Rah** Okt******"
    assert verification.mask_name("Ade Putri") == "A** Put**"


def test_qr_page_says_valid_and_shows_only_what_the_letter_shows(client, issued):
    letter = issued.letter

    response = client.get(f"/verifikasi/{letter.public_id}/")

    assert response.status_code == 200
    page = text(response)
    assert "Sah: surat ini masih berlaku." in page
    assert letter.number in page
    assert issued.permit_page.title in page
    assert "Rah** Okt******" in page
    assert timezone.localdate().strftime("%-d") in page
    for personal in [issued.full_name, issued.nik, issued.address, issued.email]:
        assert personal not in page
    assert response["Cache-Control"].startswith("max-age=0")


def test_qr_page_says_expired_after_the_last_day(client, issued):
    letter = issued.letter
    Letter.objects.filter(pk=letter.pk).update(
        valid_until=timezone.localdate() - datetime.timedelta(days=1)
    )

    page = text(client.get(f"/verifikasi/{letter.public_id}/"))

    assert "Kedaluwarsa: masa berlaku surat ini berakhir pada" in page
    assert "Sah:" not in page


def test_qr_page_says_revoked_with_the_reason(client, issued, approver):
    letter = issued.letter
    revoke(letter, approver, "Tempat praktik ditutup sejak 1 Desember 2026.")

    page = text(client.get(f"/verifikasi/{letter.public_id}/"))

    assert "Dicabut: surat ini tidak berlaku lagi." in page
    assert "Tempat praktik ditutup sejak 1 Desember 2026." in page
    assert "Sah:" not in page


def test_unknown_check_link_is_a_clear_404(client, db):
    response = client.get("/verifikasi/tidak-ada-surat-seperti-ini/")

    assert response.status_code == 404
    assert "Tautan pemeriksaan ini tidak dikenal." in text(response)


def test_check_page_speaks_english_under_en(client, issued):
    page = text(client.get(f"/en/verifikasi/{issued.letter.public_id}/"))

    assert "Valid: this letter is in force." in page


def test_number_check_finds_the_letter(client, issued):
    letter = issued.letter

    response = client.get("/verifikasi/", {"nomor": f"  {letter.number} "})

    page = text(response)
    assert response.status_code == 200
    assert "Sah: surat ini masih berlaku." in page
    assert letter.number in page


@pytest.mark.parametrize("separator", ["-", "\u2013"])
def test_number_check_finds_a_letter_typed_with_dashes_for_slashes(
    client, issued, separator
):
    letter = issued.letter
    typed = letter.number.lower().replace("/", separator)

    page = text(client.get("/verifikasi/", {"nomor": typed}))

    assert "Sah: surat ini masih berlaku." in page
    assert letter.number in page


def test_number_check_of_an_unknown_number_says_so(client, issued):
    page = text(client.get("/verifikasi/", {"nomor": "503/9999/SIPP/DPMPTSP/I/2020"}))

    assert "Kami tidak memiliki surat dengan nomor ini." in page
    assert "Sah:" not in page


def test_number_check_of_a_revoked_letter_says_revoked(client, issued, approver):
    revoke(issued.letter, approver, "Dicabut atas permintaan pemegang.")

    page = text(client.get("/verifikasi/", {"nomor": issued.letter.number}))

    assert "Dicabut: surat ini tidak berlaku lagi." in page


def test_uploaded_letter_is_genuine(client, issued):
    letter = issued.letter

    response = upload(client, f"/verifikasi/{letter.public_id}/", stored_pdf(letter))

    page = text(response)
    assert response.status_code == 200
    assert f"Asli: berkas ini sama persis dengan surat {letter.number}" in page
    assert "Tidak asli" not in page


def test_uploaded_copy_with_one_byte_changed_is_not_genuine(client, issued):
    changed = with_one_byte_changed(stored_pdf(issued.letter))

    page = text(upload(client, "/verifikasi/", changed))

    assert "Tidak asli: berkas ini bukan surat yang kami terbitkan" in page
    assert "Asli: berkas ini" not in page


def test_uploaded_revoked_letter_is_genuine_but_revoked(client, issued, approver):
    revoke(issued.letter, approver, "Dicabut atas permintaan pemegang.")

    page = text(upload(client, "/verifikasi/", stored_pdf(issued.letter)))

    assert "Asli: berkas ini sama persis" in page
    assert "Dicabut: surat ini tidak berlaku lagi." in page
    assert "Dicabut atas permintaan pemegang." in page


def test_any_other_pdf_is_not_genuine(client, issued):
    page = text(upload(client, "/verifikasi/", proposal_pdf()))

    assert "Tidak asli" in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Berkas kosong."),
        (b"GIF89a not a letter", "Ini bukan berkas PDF."),
        (b"<html>%PDF-</html>" + b" " * 2000, "Ini bukan berkas PDF."),
    ],
)
def test_bad_uploads_get_a_clear_message(client, db, data, message):
    response = upload(client, "/verifikasi/", data)

    assert response.status_code == 200
    assert message in text(response)
    assert "asli" not in text(response).lower().replace("keaslian", "")


def test_missing_file_gets_a_clear_message(client, db):
    response = client.post("/verifikasi/", {})

    assert response.status_code == 200
    assert "Pilih berkas PDF surat Anda." in text(response)


def test_a_file_over_the_limit_is_refused_before_it_is_read(client, db, settings):
    settings.LETTER_CHECK_MAX_UPLOAD = 1024

    response = upload(client, "/verifikasi/", b"%PDF-1.7\n" + b"0" * 200_000)

    assert response.status_code == 413
    assert "Berkas terlalu besar." in text(response)


def test_a_file_just_over_the_limit_is_refused_by_the_form(client, db, settings):
    settings.LETTER_CHECK_MAX_UPLOAD = 1024

    response = upload(client, "/verifikasi/", b"%PDF-1.7\n" + b"0" * 2000)

    assert response.status_code == 200
    assert "Berkas terlalu besar" in text(response)


def test_check_page_has_the_file_form_the_browser_test_uses(client, issued):
    html = client.get(f"/verifikasi/{issued.letter.public_id}/").content.decode()

    main = html[html.index("<main") : html.index("</main>")]
    assert 'type="file"' in main
    buttons = re.findall(r"<button[^>]*>(.*?)</button>", main, re.S)
    matching = [b for b in buttons if re.search(r"Periksa|Cek|Check|Verify", b, re.I)]
    assert len(matching) == 1


def test_applicant_downloads_the_signed_letter_through_the_secret_link(client, issued):
    letter = issued.letter

    response = client.get(f"/permohonan/{issued.token}/surat/")

    body = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert hashlib.sha256(body).hexdigest() == letter.sha256
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment;")
    assert ".pdf" in response["Content-Disposition"]


def test_no_download_before_the_letter_is_signed(client, letter_page):
    from permits.constants import Status

    application = factories.application_in(Status.APPROVED, letter_page)

    assert client.get(f"/permohonan/{application.token}/surat/").status_code == 404


def test_no_download_with_a_wrong_link(client, issued):
    assert client.get("/permohonan/bukan-token-yang-benar/surat/").status_code == 404


def test_checks_by_number_and_file_are_limited_per_connection(client, issued, settings):
    settings.APPLY_RATE_LIMITS = {**settings.APPLY_RATE_LIMITS, "verify": "2/h"}
    letter = issued.letter
    address = {"REMOTE_ADDR": "203.0.113.41"}

    by_number = client.get("/verifikasi/", {"nomor": letter.number}, **address)
    by_file = client.post(
        "/verifikasi/",
        {"berkas": SimpleUploadedFile("surat.pdf", stored_pdf(letter))},
        **address,
    )
    refused = client.get("/verifikasi/", {"nomor": letter.number}, **address)

    assert [by_number.status_code, by_file.status_code] == [200, 200]
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    page = text(refused)
    assert "Terlalu banyak pemeriksaan dari sambungan internet ini" in page
    assert "Sah:" not in page  # the check was not carried out
    assert f'value="{letter.number}"' in refused.content.decode()
    elsewhere = client.get(
        "/verifikasi/", {"nomor": letter.number}, REMOTE_ADDR="203.0.113.42"
    )
    assert elsewhere.status_code == 200


def test_opening_a_letters_qr_link_is_not_counted_as_a_check(client, issued, settings):
    settings.APPLY_RATE_LIMITS = {**settings.APPLY_RATE_LIMITS, "verify": "1/h"}
    address = {"REMOTE_ADDR": "203.0.113.43"}
    url = f"/verifikasi/{issued.letter.public_id}/"

    answers = [client.get(url, **address).status_code for _ in range(3)]

    assert answers == [200, 200, 200]
