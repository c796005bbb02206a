"""The whole journey of the issue, step by step, through the real portal.

The steps share one `journey` (what an earlier step learnt: the registration
number, the applicant's secret link, ...) and run in file order; a step whose
predecessor did not get that far is skipped, never failed twice for one bug.
"""

import re
import time

import pytest

from tests.smtp import first_link, text_body

from .applicant import (
    NURSE,
    REJECTED_NURSE,
    RESEARCHER,
    attach_documents,
    fill_applicant_block,
    fill_remaining_required_fields,
    registration_number_on,
)
from .helpers import (
    assert_no_horizontal_scroll,
    assert_no_serious_axe_violations,
    shot,
)
from .inputs import (
    phone_photo_jpeg,
    proposal_pdf,
    qr_texts_in_pdf,
    with_one_byte_changed,
)
from .staff import button_or_link, log_in_to_admin, open_application, take_action

pytestmark = pytest.mark.browser


PDF_PREVIEW = "iframe[src], embed[src], object[data]"


class Journey(dict):
    def need(self, key):
        if key not in self:
            pytest.skip(f"an earlier step did not get as far as {key!r}")
        return self[key]


@pytest.fixture(scope="module")
def journey():
    return Journey()


def apply_on_phone(phone, applicant, pdf, jpeg, screenshots=True):
    """From the permit page: fill the form, check the answers, submit."""
    button_or_link(phone, r"Ajukan|Apply").click()
    phone.wait_for_url(re.compile(r"/ajukan/"))
    fill_applicant_block(phone, applicant)
    fill_remaining_required_fields(phone)
    attach_documents(phone, pdf=pdf, jpeg=jpeg)
    if screenshots:
        shot(phone, "form")

    phone.get_by_role(
        "button", name=re.compile(r"Periksa|Lanjut|Check|Next|Review", re.I)
    ).click()
    main = phone.locator("main")
    assert applicant.full_name in main.inner_text()
    assert applicant.nik in main.inner_text()
    if screenshots:
        shot(phone, "form-check", full_page=True)

    phone.get_by_role("button", name=re.compile(r"Kirim|Submit", re.I)).click()
    return registration_number_on(phone)


def test_step1_citizen_finds_the_research_permit_and_applies_on_a_phone(phone, journey):
    phone.goto("/")
    search = (
        phone.get_by_role("searchbox")
        .or_(phone.get_by_label(re.compile(r"Cari|Search", re.I)))
        .first
    )
    search.fill("izin penelitian")
    search.press("Enter")
    phone.wait_for_url(re.compile(r"/cari/"))
    assert_no_horizontal_scroll(phone)
    shot(phone, "search")

    phone.locator("main a[href*='/panduan/']").filter(
        has_text=re.compile("penelitian", re.I)
    ).first.click()
    phone.get_by_role("heading", level=1).wait_for()
    assert_no_horizontal_scroll(phone)
    assert_no_serious_axe_violations(phone)
    shot(phone, "guide")

    phone.locator("main a[href*='/layanan/']").filter(
        has_text=re.compile("penelitian", re.I)
    ).first.click()
    phone.wait_for_url(re.compile(r"/layanan/[^/]+/$"))
    assert_no_horizontal_scroll(phone)
    assert_no_serious_axe_violations(phone)
    shot(phone, "permit")
    journey["research_permit_url"] = phone.url

    jpeg = phone_photo_jpeg()
    number = apply_on_phone(phone, RESEARCHER, proposal_pdf(), jpeg)

    assert_no_horizontal_scroll(phone)
    shot(phone, "receipt")
    journey["number"] = number


def test_step2_receipt_email_link_opens_the_applicants_page(phone, smtp_sink, journey):
    number = journey.need("number")

    receipt = smtp_sink.wait_for_message(to=RESEARCHER.email, timeout=60)
    assert number in receipt["Subject"] or number in text_body(receipt)
    link = first_link(receipt, r"/permohonan/[^/]+/")
    phone.goto(link)

    assert number in phone.locator("main").inner_text()
    assert_no_horizontal_scroll(phone)
    shot(phone, "email-link")
    journey["applicant_link"] = link


def test_step2_tracking_by_number_and_nik_shows_the_status_only(phone, journey):
    number = journey.need("number")

    phone.goto("/lacak/")
    assert_no_serious_axe_violations(phone)
    phone.get_by_label(re.compile(r"Nomor|number", re.I)).first.fill(number)
    phone.get_by_label(re.compile(r"\bNIK\b")).fill(RESEARCHER.nik)
    phone.get_by_role(
        "button", name=re.compile(r"Lacak|Cari|Track|Search", re.I)
    ).click()

    text = phone.locator("main").inner_text()
    assert number in text
    assert RESEARCHER.email not in text
    assert RESEARCHER.address not in text
    shot(phone, "tracking")


def test_step3_verifier_previews_the_pdf_and_returns_one_document(
    desktop, live_site, journey
):
    number = journey.need("number")

    log_in_to_admin(desktop, "verifier", live_site.logins["verifier"])
    open_application(desktop, number)
    shot(desktop, "admin-application")

    preview = desktop.locator(PDF_PREVIEW).first
    preview.wait_for()
    source = preview.get_attribute("src") or preview.get_attribute("data")
    document = desktop.request.get(source)
    assert document.ok
    assert document.headers["content-type"].startswith("application/pdf")
    assert document.body().startswith(b"%PDF")

    accept = button_or_link(desktop, r"^(Terima|Accept)")
    if accept.is_visible():
        take_action(desktop, r"^(Terima|Accept)")
    button_or_link(
        desktop, r"Kembalikan|Minta perbaikan|Return|Request revision"
    ).click()
    desktop.get_by_label(re.compile(r"Proposal", re.I)).first.check()
    reasons = desktop.get_by_label(re.compile(r"Alasan|Reason", re.I)).first
    if reasons.evaluate("e => e.tagName") == "SELECT":
        reasons.select_option(index=1)
    else:
        reasons.fill("Halaman tanda tangan pembimbing belum ada.")
    desktop.get_by_label(re.compile(r"Catatan|Note", re.I)).first.fill(
        "Mohon unggah ulang proposal dengan lembar pengesahan."
    )
    shot(desktop, "admin-return")
    desktop.get_by_role(
        "button", name=re.compile(r"Kembalikan|Kirim|Return|Send", re.I)
    ).last.click()

    assert re.search(r"perbaikan|revision", desktop.locator("main").inner_text(), re.I)


def test_step4_applicant_replaces_the_returned_document_and_resubmits(
    phone, smtp_sink, journey
):
    journey.need("number")

    notice = smtp_sink.wait_for_message(to=RESEARCHER.email, timeout=60)
    assert "lembar pengesahan" in text_body(notice)
    phone.goto(first_link(notice, r"/permohonan/[^/]+/"))
    assert "lembar pengesahan" in phone.locator("main").inner_text()
    shot(phone, "applicant-returned", full_page=True)

    phone.locator("main input[type=file]").first.set_input_files(
        {
            "name": "proposal-penelitian-revisi.pdf",
            "mimeType": "application/pdf",
            "buffer": proposal_pdf(title="Kualitas Pelayanan Perizinan (revisi)"),
        }
    )
    phone.get_by_role(
        "button", name=re.compile(r"Kirim ulang|Ajukan ulang|Resubmit", re.I)
    ).click()

    assert re.search(
        r"diperiksa|verifikasi|verifying", phone.locator("main").inner_text(), re.I
    )
    assert_no_horizontal_scroll(phone)
    shot(phone, "applicant-resubmitted")
    journey["resubmitted"] = True


def test_step5_forwarded_recommended_and_approved(desktop, live_site, journey):
    number = journey.need("number")
    journey.need("resubmitted")

    log_in_to_admin(desktop, "verifier", live_site.logins["verifier"])
    open_application(desktop, number)
    take_action(desktop, r"Teruskan|Rekomendasi|Forward|recommendation")
    shot(desktop, "admin-forward")
    desktop.context.clear_cookies()

    log_in_to_admin(desktop, "reviewer", live_site.logins["reviewer"])
    open_application(desktop, number)
    take_action(desktop, r"^(Rekomendasikan|Recommend)", note="Tidak ada keberatan.")
    shot(desktop, "reviewer-recommend")
    desktop.context.clear_cookies()

    log_in_to_admin(desktop, "approver", live_site.logins["approver"])
    open_application(desktop, number)
    take_action(desktop, r"^(Setujui|Approve)")
    shot(desktop, "approver-approve")
    assert re.search(
        r"Disetujui|Terbit|Approved|Issued", desktop.locator("main").inner_text(), re.I
    )
    journey["approved"] = True


def test_step6_letter_downloads_and_verifies_and_a_changed_copy_does_not(
    phone, journey
):
    journey.need("approved")
    link = journey.need("applicant_link")

    # The letter is rendered and signed by the queue after approval: reload the
    # applicant's page until its download link shows (or a minute has passed).
    phone.goto(link)
    download_link = button_or_link(phone, r"Unduh|Download")
    deadline = time.monotonic() + 60
    while not download_link.is_visible() and time.monotonic() < deadline:
        phone.wait_for_timeout(1000)
        phone.reload()
    assert download_link.is_visible(), "no letter to download a minute after approval"
    shot(phone, "applicant-letter")
    with phone.expect_download() as download_info:
        download_link.click()
    pdf = download_info.value.path().read_bytes()
    assert pdf.startswith(b"%PDF")

    urls = [url for url in qr_texts_in_pdf(pdf) if "/verifikasi/" in url]
    assert urls, "the letter has no QR code leading to /verifikasi/"
    phone.goto(urls[0])
    status = phone.locator("main .letter-status")
    assert status.get_attribute("class").split()[-1] == "letter-status-valid"
    assert "Sah: surat ini masih berlaku." in status.inner_text()
    assert_no_serious_axe_violations(phone)
    shot(phone, "verification-valid")

    def check_upload(data, name):
        phone.goto(urls[0])
        phone.locator("main input[type=file]").set_input_files(
            {"name": name, "mimeType": "application/pdf", "buffer": data}
        )
        phone.get_by_role(
            "button", name=re.compile(r"Periksa|Cek|Check|Verify", re.I)
        ).click()
        return phone.locator("main").inner_text()

    assert re.search(
        r"(?<!tidak )asli|(?<!not )genuine", check_upload(pdf, "surat.pdf"), re.I
    )
    shot(phone, "verification-genuine")
    changed = check_upload(with_one_byte_changed(pdf), "surat-ubah.pdf")
    assert re.search(r"tidak asli|not genuine", changed, re.I)
    shot(phone, "verification-not-genuine")


def take_to_the_end(desktop, live_site, number, *, approve, note=""):
    """Verifier accepts and forwards, reviewer recommends, approver decides."""
    log_in_to_admin(desktop, "verifier", live_site.logins["verifier"])
    open_application(desktop, number)
    accept = button_or_link(desktop, r"^(Terima|Accept)")
    if accept.is_visible():
        take_action(desktop, r"^(Terima|Accept)")
    take_action(desktop, r"Teruskan|Rekomendasi|Forward|recommendation")
    desktop.context.clear_cookies()

    log_in_to_admin(desktop, "reviewer", live_site.logins["reviewer"])
    open_application(desktop, number)
    take_action(desktop, r"^(Rekomendasikan|Recommend)", note="Sesuai.")
    desktop.context.clear_cookies()

    log_in_to_admin(desktop, "approver", live_site.logins["approver"])
    open_application(desktop, number)
    if approve:
        take_action(desktop, r"^(Setujui|Approve)")
    else:
        take_action(desktop, r"^(Tolak|Reject)", note=note)
    desktop.context.clear_cookies()


def apply_for_nurse_sip(phone, applicant):
    phone.goto("/cari/?q=perawat")
    phone.locator("main a[href*='/layanan/']").first.click()
    assert re.search(r"Perawat|Nurse", phone.locator("h1").inner_text(), re.I)
    return apply_on_phone(
        phone,
        applicant,
        proposal_pdf(title="STR Perawat"),
        phone_photo_jpeg(),
        screenshots=False,
    )


def test_step7_nurse_sip_taken_to_approval(phone, desktop, live_site, smtp_sink):
    number = apply_for_nurse_sip(phone, NURSE)
    shot(phone, "sip-form")

    take_to_the_end(desktop, live_site, number, approve=True)

    log_in_to_admin(desktop, "approver", live_site.logins["approver"])
    open_application(desktop, number)
    assert re.search(
        r"Disetujui|Terbit|Approved|Issued", desktop.locator("main").inner_text(), re.I
    )
    shot(desktop, "sip-approved")


def test_step7_nurse_sip_rejected_and_the_reason_reaches_the_applicant(
    phone, desktop, live_site, smtp_sink
):
    reason = "STR sudah tidak berlaku sejak Juni 2026."
    number = apply_for_nurse_sip(phone, REJECTED_NURSE)

    take_to_the_end(desktop, live_site, number, approve=False, note=reason)

    rejection = smtp_sink.wait_for_message(to=REJECTED_NURSE.email, timeout=60)
    while reason not in text_body(rejection):
        rejection = smtp_sink.wait_for_message(to=REJECTED_NURSE.email, timeout=60)
    phone.goto(first_link(rejection, r"/permohonan/[^/]+/"))
    assert reason in phone.locator("main").inner_text()
    shot(phone, "sip-rejected")


@pytest.mark.parametrize("path", ["/layanan/", "/panduan/"])
def test_catalogue_pages_have_no_serious_accessibility_problems(phone, path):
    response = phone.goto(path)

    assert response.status == 200
    assert_no_horizontal_scroll(phone)
    assert_no_serious_axe_violations(phone)
    if path == "/layanan/":
        shot(phone, "catalogue")


def test_application_form_has_no_serious_accessibility_problems(phone, journey):
    phone.goto(journey.need("research_permit_url") + "ajukan/")

    assert phone.locator("form input[type=file]").count() >= 1
    assert_no_horizontal_scroll(phone)
    assert_no_serious_axe_violations(phone)
