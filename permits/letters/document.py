"""What the letter template needs, and nothing else.

`for_letter(letter)` gathers it from the letter, its application, its permit page
and the office settings; `sample_for(page)` makes the same from a sample
application for the editor's preview.
"""

import base64
import io
import logging
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from wagtail.contrib.forms.utils import get_field_clean_name
from wagtail.models import Site
from wagtail.rich_text import expand_db_html

from sinopen_site.models import OfficeSettings

from ..answers import readable_answer
from . import dates, placeholders
from .sanitize import clean_html

logger = logging.getLogger("sinopen.letters")


@dataclass(frozen=True)
class Signatory:
    title: str
    name: str
    rank: str
    nip: str


@dataclass(frozen=True)
class Image:
    data: bytes
    content_type: str

    def data_uri(self):
        encoded = base64.b64encode(self.data).decode()
        return f"data:{self.content_type};base64,{encoded}"


@dataclass
class LetterDocument:
    government_name: str
    office_name: str
    office_address: str
    office_contacts: list
    title: str
    number: str
    legal_basis: str  # sanitised HTML
    decision: str  # sanitised HTML with the placeholders filled in
    place: str
    date_text: str
    signatory: Signatory
    copies: list
    verification_url: str
    holder_name: str
    logo: Image | None = None
    sample: bool = False
    # Where the template finds the images: set by the renderer for print or screen.
    logo_src: str = ""
    qr_src: str = ""
    images: dict = field(default_factory=dict)

    def qr_code(self):
        return Image(qr_png(self.verification_url), "image/png")


def qr_png(text):
    import segno

    buffer = io.BytesIO()
    # Any of the eight masks makes a valid code that readers scan; choosing the
    # "best" one tries all eight and cost more than the rest of the code.
    code = segno.make(text, error="m", micro=False, mask=2)
    code.save(buffer, kind="png", scale=5, border=2)
    return buffer.getvalue()


def office_for(page):
    site = page.get_site() if page is not None and page.pk else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return OfficeSettings.for_site(site) if site else OfficeSettings()


def logo_of(office):
    """The office logo as a small PNG rendition (the original if that fails)."""
    image = office.logo
    if image is None:
        return None
    try:
        rendition = image.get_rendition("max-400x400|format-png")
        with rendition.file.open("rb") as handle:
            return Image(handle.read(), "image/png")
    except (OSError, ValueError):
        logger.warning("letter_logo_rendition_failed", extra={"image_id": image.pk})
    try:
        with image.file.open("rb") as handle:
            data = handle.read()
    except OSError:
        logger.warning("letter_logo_missing", extra={"image_id": image.pk})
        return None
    kind = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
    return Image(data, kind)


def contacts_of(office):
    contacts = []
    if office.phone:
        contacts.append(f"Telepon {office.phone}")
    if office.whatsapp:
        contacts.append(f"WhatsApp {office.whatsapp}")
    if office.email:
        contacts.append(f"Pos-el {office.email}")
    if office.website:
        contacts.append(f"Laman {office.website}")
    return contacts


@lru_cache(maxsize=128)
def clean_rich_text(html):
    """Stored rich text as the letter's plain HTML; the same text for every letter
    of a permit type, so each worker cleans it once."""
    return clean_html(expand_db_html(html or ""))


def rich_text(html):
    return mark_safe(clean_rich_text(html))  # noqa: S308 -- cleaned


def answer_text(value):
    return readable_answer(None, value)


def verification_url(public_id):
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("letters:verify", args=[public_id])
    return settings.SITE_URL + path


def build(
    *,
    page,
    office,
    holder_name,
    nik_masked,
    holder_address,
    answers,
    registration_number,
    number,
    issued_on,
    valid_until,
    public_id,
    sample=False,
):
    values = {key: answer_text(value) for key, value in (answers or {}).items()}
    values.update(
        {
            "holder_name": holder_name,
            "nik_masked": nik_masked,
            "holder_address": holder_address,
            "permit_name": page.product or page.title,
            "registration_number": registration_number,
            "letter_number": number,
            "issued_on": dates.indonesian_date(issued_on),
            "valid_until": dates.indonesian_date(valid_until),
            "office_name": office.office_name,
            "city": office.city,
        }
    )
    template = page.letter_template or DEFAULT_TEMPLATE
    unknown = placeholders.unknown_in(template, values)
    if unknown:
        logger.warning(
            "letter_placeholder_unknown", extra={"page_id": page.pk, "names": unknown}
        )
    decision = placeholders.fill(clean_rich_text(template), values)

    return LetterDocument(
        government_name=office.government_name,
        office_name=office.office_name,
        office_address=" ".join(office.address.split()),
        office_contacts=contacts_of(office),
        title=page.letter_title or (page.product or page.title).upper(),
        number=number,
        legal_basis=rich_text(page.legal_basis),
        decision=mark_safe(decision),  # noqa: S308 -- cleaned, values escaped
        place=office.city,
        date_text=dates.indonesian_date(issued_on),
        signatory=Signatory(
            title=office.head_title,
            name=office.head_name,
            rank=office.head_rank,
            nip=office.head_nip,
        ),
        copies=page.letter_copy_list(),
        verification_url=verification_url(public_id),
        holder_name=holder_name,
        logo=logo_of(office),
        sample=sample,
    )


def for_letter(letter):
    application = letter.application
    page = application.permit_page
    return build(
        page=page,
        office=office_for(page),
        holder_name=application.full_name,
        nik_masked=application.nik_masked,
        holder_address=application.address,
        answers=application.answers,
        registration_number=application.number,
        number=letter.number,
        issued_on=letter.issued_on,
        valid_until=letter.valid_until,
        public_id=letter.public_id,
    )


SAMPLE_HOLDER = {
    "holder_name": "Rahmi Oktaviani, S.Kep., Ns.",
    "nik_masked": "1371********0002",
    "holder_address": "Jl. Perintis Kemerdekaan No. 77, Kelurahan Sawahan, "
    "Kecamatan Padang Timur, Kota Padang",
}


def sample_answer(field):
    """A plausible answer to show in the preview where a real one will be."""
    if field.field_type == "date":
        return timezone.localdate().isoformat()
    choices = [line.strip() for line in (field.choices or "").splitlines() if line]
    if choices:
        return choices[0]
    return f"[{field.label}]"


def sample_for(page, form_fields=None):
    """The letter of `page` for an invented application (the editor's preview)."""
    from .numbering import next_number_preview

    fields = form_fields if form_fields is not None else page.form_fields.all()
    issued_on = timezone.localdate()
    return build(
        page=page,
        office=office_for(page),
        # Questions added in the editor get their name when the page is saved.
        answers={
            field.clean_name or get_field_clean_name(field.label): sample_answer(field)
            for field in fields
        },
        registration_number="SNP-0000-000000",
        number=next_number_preview(page, issued_on),
        issued_on=issued_on,
        valid_until=dates.valid_until(issued_on, page.validity_months),
        public_id="contoh",
        sample=True,
        **SAMPLE_HOLDER,
    )


# Used when a permit page has no letter text of its own yet.
DEFAULT_TEMPLATE = (
    "<p>Kepala {office_name} memberikan {permit_name} kepada:</p>"
    "<p>Nama: <b>{holder_name}</b></p>"
    "<p>NIK: {nik_masked}</p>"
    "<p>Alamat: {holder_address}</p>"
    "<p>Surat ini berlaku sampai dengan tanggal <b>{valid_until}</b>.</p>"
)
