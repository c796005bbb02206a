"""Turn the demo catalogue data into Wagtail pages. Idempotent: a permit page
whose slug exists is left as it is."""

import logging
from html import escape

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from permits.constants import MonthStyle, StaffGroup
from permits.models import (
    DocumentRequirement,
    PermitBlankForm,
    PermitFormField,
    PermitIndexPage,
    PermitPage,
    PermitRelatedGuide,
    ProcedureStep,
)

from .blank_forms import BLANK_FORMS, simple_pdf
from .catalogue import PERMITS

logger = logging.getLogger("sinopen.catalogue")

# Which blank forms each permit offers, by slug; the rest offer none.
PERMIT_BLANK_FORMS = {
    "izin-penelitian": ["pernyataan-taat-aturan", "pernyataan-keaslian"],
}
SIP_BLANK_FORMS = ["pernyataan-tempat-praktik"]

# Guides shown beside every permit, after the permit's own how-to guide.
COMMON_GUIDES = [
    "mengecilkan-foto-dari-ponsel",
    "melacak-permohonan",
    "memperbaiki-dokumen",
]
HOW_TO_GUIDE = {"research": "cara-mengajukan-izin-penelitian"}
DEFAULT_HOW_TO_GUIDE = "cara-mengajukan-sip"


def ensure_permit_index(home):
    index = PermitIndexPage.objects.child_of(home).first()
    if index is None:
        index = PermitIndexPage(
            title="Layanan perizinan",
            slug="layanan",
            intro="<p>Pilih jenis izin untuk melihat persyaratan, alur, waktu "
            "penyelesaian, dan biayanya. Semua layanan di sini dapat diajukan "
            "secara daring.</p>",
            search_description="Daftar layanan izin penelitian dan izin praktik "
            "tenaga kesehatan di Kota Padang.",
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def ensure_blank_form(key):
    Document = get_document_model()
    title, heading, paragraphs = BLANK_FORMS[key]
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(f"{key}.pdf", ContentFile(simple_pdf(heading, paragraphs)))
        document.save()
    return document


def html_paragraphs(text):
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part)


def html_list(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def letter_fields(data):
    """The letter settings of a demo permit: its title, number and wording."""
    return {
        "letter_title": data["letter_title"],
        "letter_archive_code": data["archive_code"],
        "letter_unit_code": f"{data['abbreviation']}/DPMPTSP",
        "letter_month_style": MonthStyle.ROMAN,
        "letter_number_padding": 4,
        "letter_template": data["letter_body"],
        "letter_copies": "\n".join(data["copies"]),
    }


def fill_missing_letter_fields(index):
    """Give demo permit pages made before letters existed their letter settings.

    Only pages with no letter text are touched; a newer draft gets them too and
    stays a draft.
    """
    data_by_slug = {data["slug"]: data for data in PERMITS}
    filled = 0
    for page in PermitPage.objects.child_of(index).filter(letter_template=""):
        data = data_by_slug.get(page.slug)
        if data is None:
            continue
        publish = page.live and not page.has_unpublished_changes
        target = page if publish else page.get_latest_revision_as_object()
        for name, value in letter_fields(data).items():
            setattr(target, name, value)
        revision = target.save_revision()
        if publish:
            revision.publish()
        filled += 1
    if filled:
        logger.info("letter_settings_seeded", extra={"permit_pages": filled})


def build_permit_page(data, reviewer_group):
    page = PermitPage(
        title=data["title"],
        slug=data["slug"],
        category=data["category"],
        abbreviation=data["abbreviation"],
        summary=data["summary"],
        who_can_apply=data.get("who_can_apply", ""),
        keywords=data.get("search_keywords", ""),
        product=data["product"],
        fee=data["fee"],
        service_days=data["service_days"],
        complaints=html_paragraphs(data["complaints"]),
        legal_basis=html_list(data["legal_basis"]),
        validity_months=data.get("validity_months"),
        transaction_kinds=list(data.get("transaction_kinds", [])),
        popular=data.get("popular", False),
        needs_recommendation=data.get("needs_recommendation", False),
        recommending_office=data.get("recommending_office", ""),
        reviewer_group=reviewer_group if data.get("needs_recommendation") else None,
        max_active_permits=data.get("max_active_permits"),
        search_description=data["summary"][:255],
        **letter_fields(data),
    )
    page.steps = [
        ProcedureStep(
            sort_order=order,
            title=step["title"],
            description=step["description"],
            working_days=step["working_days"],
        )
        for order, step in enumerate(data["steps"])
    ]
    page.requirements = [
        DocumentRequirement(
            sort_order=order,
            key=doc["key"],
            label=doc["label"],
            help_text=doc["help"],
            required=doc["required"],
            required_when=doc["required_when"],
            accepted_kinds=list(doc["kinds"]),
            max_size_mb=doc["max_mb"],
            multiple=doc["multiple"],
        )
        for order, doc in enumerate(data["requirements"])
    ]
    page.form_fields = [
        PermitFormField(
            sort_order=order,
            clean_name=field["key"],
            label=field["label"],
            field_type=field["type"],
            required=field["required"],
            choices="\n".join(field["choices"]),
            help_text=field["help"],
        )
        for order, field in enumerate(data.get("fields", []))
    ]
    return page


def seed_catalogue(home):
    """Create the catalogue and the permit pages that are missing.

    Returns the new pages, still unpublished-as-revision: `publish_new_permits`
    gives them their related guides and publishes them, once the guides exist.
    """
    index = ensure_permit_index(home)
    fill_missing_letter_fields(index)
    reviewer_group = Group.objects.filter(name=StaffGroup.REVIEWERS).first()
    existing = set(PermitPage.objects.child_of(index).values_list("slug", flat=True))

    created = []
    for data in PERMITS:
        if data["slug"] in existing:
            continue
        page = build_permit_page(data, reviewer_group)
        keys = PERMIT_BLANK_FORMS.get(
            data["slug"], SIP_BLANK_FORMS if data["category"] == "health" else []
        )
        page.blank_forms = [
            PermitBlankForm(sort_order=order, document=ensure_blank_form(key))
            for order, key in enumerate(keys)
        ]
        index.add_child(instance=page)
        created.append(page)
    return index, created


def publish_new_permits(pages, guides_by_slug):
    for page in pages:
        how_to = HOW_TO_GUIDE.get(page.category, DEFAULT_HOW_TO_GUIDE)
        guides = [
            guides_by_slug[slug]
            for slug in [how_to, *COMMON_GUIDES]
            if slug in guides_by_slug
        ]
        page.related_guides = [
            PermitRelatedGuide(sort_order=order, guide=guide)
            for order, guide in enumerate(guides)
        ]
        page.save_revision().publish()
    if pages:
        logger.info("catalogue_seeded", extra={"permit_pages": len(pages)})
