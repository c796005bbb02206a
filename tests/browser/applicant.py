"""A citizen's steps on the public site: the form, the receipt, the secret page."""

import re
from datetime import date, timedelta

REGISTRATION_NUMBER = re.compile(r"SNP-\d{4}-\d{6}")

# Labels are matched in Indonesian and English so the tests hold whichever
# language the page is in while the translation catalogue is being completed.
APPLICANT_LABELS = {
    "full_name": re.compile(r"Nama lengkap|Full name", re.I),
    "nik": re.compile(r"\bNIK\b", re.I),
    "email": re.compile(r"E-?mail|Surel", re.I),
    "phone": re.compile(r"ponsel|Nomor HP|telepon|Mobile|phone", re.I),
    "address": re.compile(r"Alamat|Address", re.I),
}


class Applicant:
    """Who applies, with the answers they type (valid NIKs of Kota Padang)."""

    def __init__(self, full_name, nik, email, phone, address):
        self.full_name = full_name
        self.nik = nik
        self.email = email
        self.phone = phone
        self.address = address


RESEARCHER = Applicant(
    full_name="Rahmi Oktaviani",
    nik="1371024107950002",
    email="rahmi.penelitian@example.com",
    phone="0812 6655 4321",
    address="Jl. Perintis Kemerdekaan No. 77, Kel. Sawahan, Padang Timur, Padang",
)
NURSE = Applicant(
    full_name="Ns. Sukarni, S.Kep.",
    nik="1371025506900003",
    email="sukarni.perawat@example.com",
    phone="+62 813-7000-1122",
    address="Jl. Khatib Sulaiman No. 12, Padang Utara, Padang",
)
REJECTED_NURSE = Applicant(
    full_name="Budi Santoso",
    nik="1371011203880001",
    email="budi.perawat@example.com",
    phone="6281266001234",
    address="Jl. Veteran No. 5, Padang Barat, Padang",
)


def fill_applicant_block(page, applicant):
    for field, label in APPLICANT_LABELS.items():
        page.get_by_label(label).first.fill(getattr(applicant, field))


def fill_remaining_required_fields(page, text="Kualitas pelayanan perizinan"):
    """Answer every still-empty required field of the permit's own questions.

    The questions are content that staff configure per permit page, so the test
    answers them by kind rather than by name: dates a month ahead (end dates two
    months), numbers 1, the first real choice of a list, ticked boxes.
    """
    start = date.today() + timedelta(days=30)
    end = date.today() + timedelta(days=120)
    fields = page.locator(
        "form input[required], form textarea[required], form select[required]"
    )
    for index in range(fields.count()):
        field = fields.nth(index)
        kind = (field.get_attribute("type") or field.evaluate("e => e.tagName")).lower()
        name = (field.get_attribute("name") or "").lower()
        if kind in {"file", "hidden", "submit"}:
            continue
        if kind == "select":
            if not field.input_value():
                values = field.locator("option").evaluate_all(
                    "os => os.map(o => o.value).filter(v => v)"
                )
                field.select_option(values[0])
        elif kind in {"checkbox", "radio"}:
            field.check()
        elif field.input_value():
            continue
        elif kind == "date":
            field.fill((end if "end" in name or "akhir" in name else start).isoformat())
        elif kind == "number":
            field.fill("1")
        elif kind == "email":
            field.fill("kampus@example.com")
        else:
            field.fill(text)


def attach_documents(page, pdf, jpeg, photo_label=r"Foto|Photo|KTP|Identitas"):
    """A PDF in every document slot that takes one, the phone photo in the others
    and in one slot taking JPEG.

    `pdf` and `jpeg` are bytes. The photo goes to the first JPEG slot whose label
    matches `photo_label` (else the first JPEG-only slot).
    """
    slots = page.locator("form input[type=file]")
    photo_slot = None
    for index in range(slots.count()):
        accept = (slots.nth(index).get_attribute("accept") or "").lower()
        label = slots.nth(index).evaluate(
            "e => (e.labels && e.labels[0] ? e.labels[0].innerText : '')"
        )
        takes_jpeg = "jpeg" in accept or "jpg" in accept or "image" in accept
        if takes_jpeg and re.search(photo_label, label, re.I):
            photo_slot = index
            break
        if takes_jpeg and "pdf" not in accept and photo_slot is None:
            photo_slot = index
    assert photo_slot is not None, "no document slot takes a JPEG photo"

    for index in range(slots.count()):
        accept = (slots.nth(index).get_attribute("accept") or "").lower()
        # A slot that takes no PDF (a passport photo) gets the photo as well.
        if index == photo_slot or "pdf" not in accept:
            payload = {
                "name": "IMG_20261120_091500.jpg",
                "mimeType": "image/jpeg",
                "buffer": jpeg,
            }
        else:
            payload = {
                "name": "proposal-penelitian.pdf",
                "mimeType": "application/pdf",
                "buffer": pdf,
            }
        slots.nth(index).set_input_files(payload)


def registration_number_on(page):
    match = REGISTRATION_NUMBER.search(page.locator("main").inner_text())
    assert match, f"no registration number on {page.url}"
    return match.group(0)
