"""A citizen applies for the seeded research permit and a seeded SIP through the
real views, finds the application at /lacak/ and opens it from the secret link."""

import re
from html.parser import HTMLParser

import pytest

from permits.apply import tokens
from permits.models import Application, PermitPage
from tests.browser.inputs import phone_photo_jpeg

from . import applying, files

RESEARCHER = {
    "full_name": "Rahmi Oktaviani",
    "nik": "1371024107950002",
    "email": "rahmi.penelitian@example.com",
    "phone": "0812 6655 4321",
    "address": "Jl. Perintis Kemerdekaan No. 77, Padang Timur, Padang",
}
NURSE = {
    "full_name": "Ns. Sukarni, S.Kep.",
    "nik": "1371025506900003",
    "email": "sukarni.perawat@example.com",
    "phone": "+62 813-7000-1122",
    "address": "Jl. Khatib Sulaiman No. 12, Padang Utara, Padang",
}


class FormReader(HTMLParser):
    """The controls of the application form, as a browser sees them."""

    def __init__(self):
        super().__init__()
        self.controls = []
        self.select = None
        self.in_form = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "apply-form" in (attrs.get("class") or ""):
            self.in_form = True
        if not self.in_form:
            return
        if tag in ("input", "textarea"):
            self.controls.append({"tag": tag, **attrs})
        elif tag == "select":
            self.select = {"tag": "select", "options": [], **attrs}
            self.controls.append(self.select)
        elif tag == "option" and self.select is not None:
            self.select["options"].append(attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        if tag == "form":
            self.in_form = False


def fill_like_a_person(html, person):
    """Answers for every required control: the person's details, plausible
    answers to the permit's questions, a PDF or a phone photo per document."""
    reader = FormReader()
    reader.feed(html)
    data, uploads = {}, {}
    for control in reader.controls:
        name = control.get("name", "")
        kind = control.get("type", control["tag"])
        if name in person:
            data[name] = person[name]
        elif kind == "hidden":
            data[name] = control.get("value", "")
        elif kind == "file" and "required" in control:
            accept = control.get("accept", "")
            if "pdf" in accept:
                uploads[name] = files.upload("dokumen.pdf", files.small_pdf())
            else:
                uploads[name] = files.upload(
                    "IMG_20261120_091500.jpg", phone_photo_jpeg()
                )
        elif "required" not in control:
            continue
        elif kind == "radio":
            data.setdefault(name, control["value"])
        elif kind == "select":
            data[name] = next(value for value in control["options"] if value)
        elif kind == "date":
            end = "end" in name
            data[name] = applying.future(120 if end else 30).isoformat()
        elif kind == "number":
            data[name] = "1"
        else:
            data[name] = "Kualitas pelayanan perizinan"
    return data, uploads


@pytest.mark.parametrize(
    ("slug", "person"),
    [("izin-penelitian", RESEARCHER), ("sip-perawat", NURSE)],
)
def test_citizen_applies_from_the_seeded_page_tracks_it_and_opens_it(
    client, seeded_db, slug, person
):
    page = PermitPage.objects.get(slug=slug)
    permit_html = client.get(page.url).content.decode()
    assert f'href="{page.url}ajukan/"' in permit_html

    form = client.get(f"{page.url}ajukan/")
    data, uploads = fill_like_a_person(form.content.decode(), person)
    assert uploads, "the seeded permit asks for documents"
    filled = client.post(f"{page.url}ajukan/", {**data, **uploads})
    assert filled.status_code == 303, applying.errors_in(filled)

    check = client.get(filled["Location"]).content.decode()
    assert person["full_name"] in check.replace("&#x27;", "'")
    assert person["nik"] in check
    sent = applying.send(client, page, data["form_key"])
    receipt = client.get(sent["Location"]).content.decode()

    number = re.search(r"SNP-\d{4}-\d{6}", receipt.split("<main")[1]).group(0)
    application = Application.objects.get(number=number)
    assert application.full_name == person["full_name"]
    assert application.page_revision == page.live_revision
    assert application.documents.count() == len(uploads)
    assert set(application.answers) == {
        field.clean_name for field in page.form_fields.all()
    }

    tracked = client.post("/lacak/", {"number": number, "nik": person["nik"]})
    assert number in tracked.content.decode()
    assert person["email"] not in tracked.content.decode()

    own_page = client.get(tokens.applicant_path(application))
    assert own_page.status_code == 200
    assert number in own_page.content.decode()
