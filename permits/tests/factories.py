"""Test factories that speak the domain: a permit page, staff of each group, and
applications in each status, reached through the real workflow."""

import hashlib
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.models import Page

from permits import workflow
from permits.apply.submit import create_application
from permits.constants import ActorKind, Category, StaffGroup, Status
from permits.models import (
    ApplicationDocument,
    DocumentRequirement,
    PermitFormField,
    PermitIndexPage,
    PermitPage,
    ProcedureStep,
)

_serial = itertools.count(1)

# Valid NIKs of Kota Padang (1371...), one per test applicant as needed.
NIKS = [
    "1371024107950002",  # a woman born 1 July 1995
    "1371025506900003",
    "1371011203880001",  # a man born 12 March 1988
]


def catalogue():
    index = PermitIndexPage.objects.first()
    if index is None:
        root = Page.get_first_root_node()
        index = PermitIndexPage(title="Layanan perizinan", slug="layanan")
        root.add_child(instance=index)
        index.save_revision().publish()
    return index


def make_permit_page(
    *,
    title=None,
    abbreviation="SIPP",
    category=Category.HEALTH,
    needs_recommendation=True,
    service_days=9,
    validity_months=60,
    max_active_permits=None,
    reviewer_group=None,
    requirements=None,
    fields=None,
):
    """A published permit page with steps, two document slots and one question."""
    n = next(_serial)
    page = PermitPage(
        title=title or f"Izin uji {n}",
        slug=f"izin-uji-{n}",
        category=category,
        abbreviation=abbreviation,
        summary="Izin untuk pengujian.",
        product="Surat Izin Uji",
        service_days=service_days,
        validity_months=validity_months,
        transaction_kinds=["new", "renewal"],
        needs_recommendation=needs_recommendation,
        recommending_office="Dinas Kesehatan Kota Padang"
        if needs_recommendation
        else "",
        reviewer_group=reviewer_group,
        max_active_permits=max_active_permits,
    )
    page.steps = [
        ProcedureStep(sort_order=0, title="Daftar", working_days=0),
        ProcedureStep(sort_order=1, title="Periksa", working_days=service_days),
    ]
    page.requirements = [
        DocumentRequirement(sort_order=order, **requirement)
        for order, requirement in enumerate(
            requirements
            or [
                {
                    "key": "ktp",
                    "label": "KTP",
                    "accepted_kinds": ["pdf", "jpeg", "png"],
                },
                {"key": "str", "label": "STR", "accepted_kinds": ["pdf"]},
            ]
        )
    ]
    page.form_fields = [
        PermitFormField(sort_order=order, **field)
        for order, field in enumerate(
            fields
            or [
                {
                    "clean_name": "practice_place",
                    "label": "Tempat praktik",
                    "field_type": "singleline",
                    "required": True,
                }
            ]
        )
    ]
    catalogue().add_child(instance=page)
    page.save_revision().publish()
    return page


def staff_member(group_name, username=None):
    """An active staff user in one of the back-office groups."""
    group, _ = Group.objects.get_or_create(name=group_name)
    username = username or f"{group_name.lower()}-{next(_serial)}"
    user = get_user_model().objects.create_user(
        username=username,
        password="test-password-123",
        email=f"{username}@sinopen.test",
        first_name=username.title(),
    )
    user.groups.add(group)
    return user


def add_document(application, key="ktp", label="KTP", content=None, kind="pdf"):
    content = content or b"%PDF-1.4\n% test document\n%%EOF\n"
    document = ApplicationDocument(
        application=application,
        requirement_key=key,
        requirement_label=label,
        original_name=f"{key}.{kind}",
        kind=kind,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
    document.file.save(
        f"{key}-{next(_serial)}.{kind}", ContentFile(content), save=False
    )
    document.save()
    return document


def submitted(permit_page=None, nik=None, **fields):
    """A freshly submitted application; `.token` holds its secret link token."""
    permit_page = permit_page or make_permit_page()
    n = next(_serial)
    values = {
        "full_name": "Rahmi Oktaviani",
        "nik": nik or NIKS[0],
        "email": f"pemohon{n}@example.com",
        "phone": "+6281266554321",
        "address": "Jl. Perintis Kemerdekaan No. 77, Padang",
        "answers": {"practice_place": "Puskesmas Andalas"},
    }
    values.update(fields)
    application, token, _created = create_application(permit_page, **values)
    application.token = token
    return application


# The staff path from `submitted` to each status, as (action, group, note).
PATHS = {
    Status.SUBMITTED: [],
    Status.VERIFYING: [("accept", StaffGroup.VERIFIERS, "")],
    Status.REVISION_REQUESTED: [
        ("accept", StaffGroup.VERIFIERS, ""),
        ("request_revision", StaffGroup.VERIFIERS, "KTP tidak terbaca."),
    ],
    Status.AWAITING_RECOMMENDATION: [
        ("accept", StaffGroup.VERIFIERS, ""),
        ("forward", StaffGroup.VERIFIERS, ""),
    ],
    Status.AWAITING_APPROVAL: [
        ("accept", StaffGroup.VERIFIERS, ""),
        ("forward", StaffGroup.VERIFIERS, ""),
        ("recommend", StaffGroup.REVIEWERS, ""),
    ],
    Status.APPROVED: [
        ("accept", StaffGroup.VERIFIERS, ""),
        ("forward", StaffGroup.VERIFIERS, ""),
        ("recommend", StaffGroup.REVIEWERS, ""),
        ("approve", StaffGroup.APPROVERS, ""),
    ],
    Status.REJECTED: [
        ("accept", StaffGroup.VERIFIERS, ""),
        ("reject", StaffGroup.APPROVERS, "Persyaratan tidak terpenuhi."),
    ],
}


def application_in(status, permit_page=None, staff=None, **fields):
    """An application taken through the real workflow to `status`.

    `staff` maps group names to the users who act; missing ones are created.
    """
    application = submitted(permit_page, **fields)
    staff = dict(staff or {})
    if status == Status.WITHDRAWN:
        workflow.perform(application, "withdraw", actor_kind=ActorKind.APPLICANT)
        return application
    path = PATHS[Status.APPROVED] if status == Status.ISSUED else PATHS[status]
    for action, group, note in path:
        if action == "recommend" and not application.permit_page.needs_recommendation:
            continue
        if group not in staff:
            staff[group] = staff_member(group)
        workflow.perform(application, action, actor=staff[group], note=note)
    if status == Status.ISSUED and application.status != Status.ISSUED:
        workflow.perform(application, "issue", actor_kind=ActorKind.SYSTEM)
    return application


def submitted_with_documents(permit_page=None, **fields):
    """A submitted application with one stored PDF per document requirement."""
    return with_documents(submitted(permit_page, **fields))


def returned_for_correction(
    permit_page=None,
    documents=None,
    note="Mohon unggah ulang dokumen yang ditandai.",
    verifier=None,
    **fields,
):
    """An application the verifier returned, recording the documents to replace
    in the shape the applicant page reads: `event.data = {"documents": [{"key",
    "label", "reason"}]}`. `documents` lists (key, reason); by default the first
    requirement. `.token` holds the secret link token."""
    application = submitted_with_documents(permit_page, **fields)
    token = application.token
    requirements = {r.key: r for r in application.permit_page.requirements.all()}
    documents = documents or [(next(iter(requirements)), "Dokumen tidak terbaca.")]
    verifier = verifier or staff_member(StaffGroup.VERIFIERS)

    workflow.perform(application, "accept", actor=verifier)
    workflow.perform(
        application,
        "request_revision",
        actor=verifier,
        note=note,
        data={
            "documents": [
                {"key": key, "label": requirements[key].label, "reason": reason}
                for key, reason in documents
            ]
        },
    )
    application.token = token
    return application


# --- Back office ---


def scoped_group(name, categories):
    """A staff group that covers only `categories` (see StaffGroupScope)."""
    from permits.models import StaffGroupScope

    group, _ = Group.objects.get_or_create(name=name)
    StaffGroupScope.objects.update_or_create(
        group=group, defaults={"categories": list(categories)}
    )
    return group


def staff_in_groups(*group_names, username=None, view_permission=True):
    """An active staff user in several groups, each able to view applications
    (as `seed_demo` sets the back-office groups up)."""
    from django.contrib.auth.models import Permission

    user = staff_member(group_names[0], username=username)
    for name in group_names[1:]:
        group, _ = Group.objects.get_or_create(name=name)
        user.groups.add(group)
    if view_permission:
        permissions = Permission.objects.filter(
            content_type__app_label="permits",
            codename__in=["view_application", "change_application"],
        )
        admin_access = Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
        for group in user.groups.all():
            group.permissions.add(admin_access, *permissions)
    return user


def with_documents(application, kinds=None):
    """One current document for each requirement of the application's permit."""
    from permits.tests.files import pdf_bytes, png_bytes

    kinds = kinds or {}
    for requirement in application.permit_page.requirements.all():
        kind = kinds.get(requirement.key, "pdf")
        content = pdf_bytes(text=requirement.label) if kind == "pdf" else png_bytes()
        add_document(
            application,
            key=requirement.key,
            label=requirement.label,
            content=content,
            kind=kind,
        )
    return application


def letter_for(application, **fields):
    """The application's Letter with `fields` (valid_until, revoked_at, ...); made
    here when the approval did not number one."""
    from datetime import date

    from permits.models import Letter

    letter, _ = Letter.objects.update_or_create(
        application=application,
        defaults=fields,
        create_defaults={
            "number": f"503/{application.pk:04d}/UJI/DPM-PTSP/2026",
            "series": "UJI",
            "year": 2026,
            "sequence": application.pk,
            "issued_on": date(2026, 1, 5),
            **fields,
        },
    )
    return letter


def issued_with_letter(permit_page=None, staff=None, **fields):
    """An application approved, whose letter the queue rendered, signed and stored
    and which the queue then marked issued, all as after a real approval."""
    from django.test import TestCase

    staff = dict(staff or {})
    application = application_in(
        Status.AWAITING_APPROVAL, permit_page, staff=staff, **fields
    )
    approver = staff.get(StaffGroup.APPROVERS) or staff_member(StaffGroup.APPROVERS)
    # The approval's after-commit work (the queue task) runs as it would in a
    # committed transaction; the queue runs tasks in-process in the tests.
    with TestCase.captureOnCommitCallbacks(execute=True):
        workflow.perform(application, "approve", actor=approver)
    application.refresh_from_db()
    return application
