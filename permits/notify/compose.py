"""Turning an event into the words of a message: the placeholder values, the
staff-edited template, and the e-mail layout around it."""

import datetime
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Site

from ..answers import readable_answer
from ..constants import Status, TransactionKind
from ..letters.dates import indonesian_date
from ..models import Application, MessageTemplate, PermitPage
from ..models.notifications import APPLICANT_KINDS
from .defaults import DEFAULT_TEMPLATES
from .placeholders import (
    LINK_NAMES,
    MARK_RE,
    Value,
    fill_html,
    fill_subject,
    fill_text,
)


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def template_for(kind):
    """(subject, body) as staff last saved them, or the shipped default."""
    row = MessageTemplate.objects.filter(kind=kind).values("subject", "body").first()
    if row is not None:
        return row["subject"], row["body"]
    return DEFAULT_TEMPLATES[kind]


OFFICE_CACHE_SECONDS = 60
_office_cache = {}


def office_details():
    """The default site's office settings, kept for a minute per process: every
    message's footer shows them, and they change a few times a year."""
    from sinopen_site.models import OfficeSettings

    now = time.monotonic()
    cached = _office_cache.get("office")
    if cached is not None and cached[0] > now:
        return cached[1]
    site = Site.objects.filter(is_default_site=True).first()
    office = OfficeSettings.for_site(site) if site is not None else None
    _office_cache["office"] = (now + OFFICE_CACHE_SECONDS, office)
    return office


class Layout:
    """What every message shows besides its own text: the office."""

    def __init__(self):
        self.office = office_details()

    def render(self, subject, body_text, body_html):
        context = {
            "subject": subject,
            "body_text": body_text,
            "body_html": body_html,
            "office": self.office,
            "site_url": settings.SITE_URL,
        }
        return Rendered(
            subject=subject,
            text=plain_text(render_to_string("permits/notify/email.txt", context)),
            html=render_to_string("permits/notify/email.html", context),
        )


BLANK_LINES = re.compile(r"\n{3,}")


def plain_text(text):
    """The plain-text part as a plain mail client shows it well: no line starts
    or ends with spaces (as in the HTML part, where they do not show either),
    never more than one blank line in a row."""
    lines = (line.strip() for line in text.replace("\r\n", "\n").split("\n"))
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip() + "\n"


def render(kind, values, *, layout=None, template=None):
    """The message of `kind` filled with `values`, in the site's language."""
    subject_template, body_template = template or template_for(kind)
    layout = layout or Layout()
    with translation.override(settings.LANGUAGE_CODE):
        subject = fill_subject(subject_template, values)
        return layout.render(
            subject,
            fill_text(body_template, values),
            fill_html(body_template, values),
        )


def short_text(rendered):
    """The SMS / WhatsApp version: the subject and the applicant's link."""
    return f"{rendered.subject}. {Value.secret_link('tautan').text}"


# Placeholder values


def local_date(value):
    """A date as "3 Desember 2026" (of a moment: its local day)."""
    return indonesian_date(value)


def staff_url(application=None):
    """Where staff act on a file: its page in the admin (the admin's home for a
    message about several files, or the unsaved sample of a preview)."""
    if application is None or application.pk is None:
        return settings.SITE_URL + reverse("wagtailadmin_home")
    return settings.SITE_URL + reverse("applications:detail", args=[application.pk])


def application_values(application, event=None, *, for_applicant=True):
    """The placeholders that describe an application (and the event, if any)."""
    status = event.to_status if event is not None else application.status
    values = {
        "nomor": Value.plain(application.number),
        "nama": Value.plain(application.full_name),
        "layanan": Value.plain(application.permit_page.title),
        "status": Value.plain(Status(status).label if status else ""),
        "jatuh_tempo": Value.plain(local_date(application.due_date) or "-"),
        "catatan": Value.plain(event.note if event is not None else ""),
    }
    if for_applicant:
        values["tautan"] = Value.secret_link("tautan")
        values["tautan_surat"] = Value.secret_link("tautan_surat")
    else:
        values["tautan"] = Value.link(staff_url(application))
    return values


def returned_documents(event):
    """Contract 2: the documents of a request_revision event, with reasons."""
    documents = (event.data or {}).get("documents") or [] if event else []
    lines = []
    for document in documents:
        if not isinstance(document, dict):
            continue
        label = str(document.get("label") or document.get("key") or "").strip()
        reason = str(document.get("reason") or "").strip()
        lines.append(f"{label}: {reason}" if reason else label)
    return Value.items(lines)


def answer_pairs(application):
    """(label, value) for who applied and each answer, with the labels of the
    page revision the applicant answered."""
    page = application.permit_page
    if application.page_revision_id and (
        page is None or page.live_revision_id != application.page_revision_id
    ):
        # The page changed since: its labels as the applicant saw them. (While
        # that revision is the live one, the live page is the same and cheaper.)
        page = application.page_revision.as_object() or page
    fields = list(page.form_fields.all()) if page is not None else []

    nik = application.nik_masked if application.nik else ""
    pairs = [
        (_("Full name"), application.full_name),
        ("NIK", nik),
        (_("E-mail"), application.email),
        (_("Mobile phone"), application.phone),
        (_("Address"), application.address),
        (_("Transaction"), TransactionKind(application.transaction_kind).label),
    ]
    answers = dict(application.answers or {})
    for field in fields:
        if field.clean_name not in answers:
            continue
        pairs.append(
            (field.label, readable_answer(field, answers.pop(field.clean_name)))
        )
    # Answers whose question left the page since stay visible under their key.
    pairs.extend((key, readable_answer(None, value)) for key, value in answers.items())
    return [(label, "" if value is None else str(value)) for label, value in pairs]


# Preview for staff editing a template

SAMPLE_URL = "https://contoh.sinopen.invalid/permohonan/contoh-tautan-rahasia/"


def sample_application():
    page = PermitPage.objects.live().order_by("path").first() or PermitPage(
        title="Izin Praktik Perawat"
    )
    year = timezone.localdate().year
    return Application(
        number=f"SNP-{year}-000123",
        permit_page=page,
        full_name="Rahmi Oktaviani",
        nik="1371024107950002",
        email="rahmi@example.com",
        phone="+6281266554321",
        address="Jl. Perintis Kemerdekaan No. 77, Padang",
        answers={"practice_place": "Puskesmas Andalas"},
        status=Status.REVISION_REQUESTED,
        due_date=timezone.localdate() + datetime.timedelta(days=7),
    )


def preview_message(template):
    """The message a template gives for a made-up application, as a dict for the
    preview page (Wagtail previews only a template that passes validation)."""
    with translation.override(settings.LANGUAGE_CODE):
        return _preview_message(template)


def _preview_message(template):
    application = sample_application()
    staff = template.kind not in APPLICANT_KINDS
    values = application_values(application, for_applicant=not staff)
    values.update(
        {
            "dokumen": Value.items(
                ["KTP: foto buram, nomor tidak terbaca", "STR: masa berlaku habis"]
            ),
            "catatan": Value.plain(
                "Mohon unggah ulang dengan hasil pindaian yang jelas."
            ),
            "jawaban": Value.pairs(answer_pairs(application)),
            "petugas": Value.plain("Vina Verifikator"),
            "penutupan": Value.plain(closing_sentence(timezone.localdate())),
            "berkas": Value.items(
                [
                    f"{application.number} — {application.permit_page.title} — "
                    + _("overdue by %(days)s working days") % {"days": 2}
                ]
            ),
        }
    )
    rendered = render(
        template.kind, values, template=(template.subject or "", template.body or "")
    )
    return {
        "subject": rendered.subject,
        "text": with_links(rendered.text, sample_links()),
        "html": with_links(rendered.html, sample_links(), html=True),
    }


def sample_links():
    return {"tautan": SAMPLE_URL, "tautan_surat": SAMPLE_URL + "surat/"}


def closing_sentence(closing_date):
    if closing_date is None:
        return ""
    return _("If nothing is corrected by %(date)s, the application will be closed.") % {
        "date": local_date(closing_date)
    }


def with_links(text, links, *, html=False):
    """Put the links in place of their markers (at sending, or for a preview)."""

    def replace(match):
        url = links.get(match.group(1), "") if match.group(1) in LINK_NAMES else ""
        return escape(url) if html else url

    return MARK_RE.sub(replace, text)
