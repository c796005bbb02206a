"""Back-office part of `seed_demo`.

Always (production too): which categories each back-office group covers, and the
reasons offered when documents are returned. In development only: demo
applications in several statuses, taken there through the workflow so their
history and clock are real, and on request many applications written in bulk
for the benchmark. Every step is idempotent.
"""

import io
import logging
import random
import secrets
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import Image

from .. import workflow
from ..apply import tokens
from ..apply.submit import create_application
from ..clock import Calendar
from ..constants import (
    ActorKind,
    Category,
    Recommendation,
    StaffGroup,
    Status,
)
from ..demo.blank_forms import simple_pdf
from ..models import (
    Application,
    ApplicationDocument,
    ApplicationEvent,
    PermitPage,
    ReturnReason,
    Sequence,
    StaffGroupScope,
)

logger = logging.getLogger("sinopen.backoffice")

GROUP_CATEGORIES = {
    StaffGroup.VERIFIERS: Category.values,
    StaffGroup.APPROVERS: Category.values,
    # One reviewers group gives both recommendations in the demo (the health
    # office's and Kesbangpol's); an office splits it by creating a group per
    # office, giving each its scope here and naming it on the permit pages.
    StaffGroup.REVIEWERS: [Category.HEALTH, Category.RESEARCH],
}

RETURN_REASONS = [
    "Dokumen tidak terbaca",
    "Dokumen tidak lengkap",
    "Dokumen sudah tidak berlaku",
    "Dokumen tidak sesuai persyaratan",
    "Nama atau NIK tidak sesuai dengan KTP",
    "Tanda tangan atau stempel belum ada",
]


def ensure_back_office(groups):
    """Scopes of the back-office groups and the list of return reasons."""
    for name, categories in GROUP_CATEGORIES.items():
        StaffGroupScope.objects.get_or_create(
            group=groups[name], defaults={"categories": list(categories)}
        )
    for order, text in enumerate(RETURN_REASONS):
        ReturnReason.objects.get_or_create(text=text, defaults={"sort_order": order})


# --- Demo applications through the workflow ---

APPLICANTS = [
    # full name, NIK (Kota Padang, valid form), e-mail
    ("Dewi Lestari Putri", "1371046304010002", "dewi.lestari@example.com"),
    ("Rina Marlina", "1371035811950004", "rina.marlina@example.com"),
    ("dr. Fadli Rahman", "1371071505880001", "fadli.rahman@example.com"),
    ("Yusuf Hidayat", "1371022209990003", "yusuf.hidayat@example.com"),
    ("Sri Wahyuni", "1371084702920005", "sri.wahyuni@example.com"),
    ("Andi Saputra", "1371090306870002", "andi.saputra@example.com"),
    ("Nurul Hasanah", "1371015510960006", "nurul.hasanah@example.com"),
]

# (submission key, permit slug, applicant, status the demo leaves it in). The
# first two stay "submitted" for trying the admin: one to approve, one to reject.
DEMO_FILES = [
    ("demo:research-submitted", "izin-penelitian", 0, Status.SUBMITTED),
    ("demo:nurse-submitted", "sip-perawat", 1, Status.SUBMITTED),
    ("demo:doctor-verifying", "sip-dokter", 2, Status.VERIFYING),
    ("demo:research-returned", "izin-penelitian", 3, Status.REVISION_REQUESTED),
    ("demo:midwife-review", "sip-bidan", 4, Status.AWAITING_RECOMMENDATION),
    ("demo:pharmacist-approval", "sip-apoteker", 5, Status.AWAITING_APPROVAL),
    ("demo:nurse-rejected", "sip-perawat", 6, Status.REJECTED),
]

# The staff steps from "submitted" to each status: (action, demo user, note).
STEPS = {
    Status.SUBMITTED: [],
    Status.VERIFYING: [("accept", "verifier", "")],
    Status.REVISION_REQUESTED: [("accept", "verifier", "")],
    Status.AWAITING_RECOMMENDATION: [
        ("accept", "verifier", ""),
        ("forward", "verifier", ""),
    ],
    Status.AWAITING_APPROVAL: [
        ("accept", "verifier", ""),
        ("forward", "verifier", ""),
        ("recommend", "reviewer", "Persyaratan lengkap, tidak ada keberatan."),
    ],
    Status.REJECTED: [
        ("accept", "verifier", ""),
        ("forward", "verifier", ""),
        ("not_recommend", "reviewer", "STR sudah tidak berlaku."),
        (
            "reject",
            "approver",
            "STR yang dilampirkan sudah tidak berlaku. Silakan ajukan kembali "
            "setelah STR diperbarui.",
        ),
    ],
}

ANSWERS = {
    "research_title": "Kualitas Pelayanan Perizinan Daring di Kota Padang",
    "institution": "Universitas Andalas, Fakultas Ilmu Sosial dan Ilmu Politik",
    "location": "DPMPTSP Kota Padang\nKantor Camat Padang Timur",
    "members": "",
    "supervisor": "Dr. Hendra Gunawan, M.Si.",
    "str_number": "3121100323123456",
    "practice_place_name": "RSUP Dr. M. Djamil",
    "practice_place_address": "Jl. Perintis Kemerdekaan, Sawahan Timur, Padang Timur",
    "schedule": "Senin–Jumat 08.00–14.00",
    "other_practice_places": "",
    "specialty": "Penyakit dalam",
    "work_unit": "Rawat Inap",
    "supervising_pharmacist": "apt. Lina Marlini, S.Farm.",
}


def demo_answers(page, today):
    answers = {}
    for field in page.form_fields.all():
        if field.clean_name in ANSWERS:
            value = ANSWERS[field.clean_name]
        elif field.field_type == "date":
            offset = 30 if field.clean_name == "end_date" else 7
            value = (today + timedelta(days=offset)).isoformat()
        elif field.field_type in ("dropdown", "radio", "checkboxes"):
            choices = [c.strip() for c in field.choices.splitlines() if c.strip()]
            value = choices[min(1, len(choices) - 1)] if choices else ""
        else:
            value = "Contoh" if field.required else ""
        if value:
            answers[field.clean_name] = value
    return answers


def demo_file(requirement):
    """A real file of an accepted kind for one requirement: (bytes, kind)."""
    kinds = requirement.accepted_kinds or ["pdf"]
    if "pdf" in kinds:
        return (
            simple_pdf(
                requirement.label,
                ["Dokumen contoh untuk demo SINOPEN. Bukan dokumen asli."],
            ),
            "pdf",
        )
    buffer = io.BytesIO()
    kind = "jpeg" if "jpeg" in kinds else "png"
    Image.new("RGB", (300, 400), (176, 38, 38)).save(
        buffer, format="JPEG" if kind == "jpeg" else "PNG"
    )
    return buffer.getvalue(), kind


def attach_demo_documents(application):
    import hashlib

    for requirement in application.permit_page.requirements.filter(required=True):
        content, kind = demo_file(requirement)
        document = ApplicationDocument(
            application=application,
            requirement_key=requirement.key,
            requirement_label=requirement.label,
            original_name=f"{requirement.key}.{'jpg' if kind == 'jpeg' else kind}",
            kind=kind,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
        )
        document.file.save(
            f"{requirement.key}-{secrets.token_hex(6)}.{kind}",
            ContentFile(content),
            save=False,
        )
        document.save()


def seed_demo_applications():
    """The demo files; returns how many were created now (0 on a second run)."""
    staff = {
        user.username: user
        for user in get_user_model().objects.filter(
            username__in=["verifier", "reviewer", "approver"]
        )
    }
    pages = {page.slug: page for page in PermitPage.objects.live()}
    created = 0
    for key, slug, applicant, status in DEMO_FILES:
        page = pages.get(slug)
        if page is None or len(staff) < 3:
            continue
        full_name, nik, email = APPLICANTS[applicant]
        with transaction.atomic():
            application, _token, is_new = create_application(
                page,
                full_name=full_name,
                nik=nik,
                email=email,
                phone="+6281234567890",
                address="Jl. Contoh No. 1, Padang",
                answers=demo_answers(page, timezone.localdate()),
                submission_key=key,
                add_documents=attach_demo_documents,
            )
            if not is_new:
                continue
            for action, username, note in STEPS[status]:
                workflow.perform(application, action, actor=staff[username], note=note)
            if status == Status.REVISION_REQUESTED:
                requirement = page.requirements.filter(required=True).first()
                workflow.perform(
                    application,
                    "request_revision",
                    actor=staff["verifier"],
                    note="Mohon unggah ulang dengan hasil pindaian yang lebih jelas.",
                    data={
                        "documents": [
                            {
                                "key": requirement.key,
                                "label": requirement.label,
                                "reason": RETURN_REASONS[0],
                            }
                        ]
                    },
                )
        created += 1
    if created:
        logger.info("demo_applications_seeded", extra={"count": created})
    return created


# --- Many applications at once, for the benchmark ---

BULK_PREFIX = "DEMO"
BULK_SERIES = "demo-registration"
FIRST_NAMES = [
    "Rahmi",
    "Dewi",
    "Siti",
    "Nurul",
    "Fitri",
    "Yulia",
    "Rina",
    "Sri",
    "Ayu",
    "Putri",
    "Andi",
    "Budi",
    "Rizky",
    "Fadli",
    "Hendra",
    "Yusuf",
    "Ahmad",
    "Fajar",
    "Reza",
    "Dimas",
    "Aulia",
    "Intan",
    "Maya",
    "Wahyu",
    "Irfan",
]
LAST_NAMES = [
    "Oktaviani",
    "Lestari",
    "Hasanah",
    "Rahmawati",
    "Saputra",
    "Hidayat",
    "Pratama",
    "Syahputra",
    "Wahyuni",
    "Marlina",
    "Gunawan",
    "Rahman",
    "Putra",
    "Sari",
    "Yanti",
    "Fauzi",
    "Ramadhan",
    "Kurniawan",
    "Zulkifli",
    "Chaniago",
    "Piliang",
    "Tanjung",
    "Caniago",
    "Koto",
    "Sikumbang",
]
# Share of each status among bulk applications, and the events that lead there.
BULK_STATUSES = [
    (Status.SUBMITTED, 25, ["submit"]),
    (Status.VERIFYING, 20, ["submit", "accept"]),
    (Status.REVISION_REQUESTED, 10, ["submit", "accept", "request_revision"]),
    (Status.AWAITING_RECOMMENDATION, 12, ["submit", "accept", "forward"]),
    (Status.AWAITING_APPROVAL, 8, ["submit", "accept", "forward", "recommend"]),
    (Status.REJECTED, 15, ["submit", "accept", "reject"]),
    (Status.WITHDRAWN, 10, ["submit", "withdraw"]),
]
STATUS_AFTER = {
    "submit": Status.SUBMITTED,
    "accept": Status.VERIFYING,
    "request_revision": Status.REVISION_REQUESTED,
    "forward": Status.AWAITING_RECOMMENDATION,
    "recommend": Status.AWAITING_APPROVAL,
    "reject": Status.REJECTED,
    "withdraw": Status.WITHDRAWN,
}


def demo_nik(rng):
    """A NIK of the right form: Padang, a district, a real birth date, a serial."""
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 365 * 45))
    day = born.day + (40 if rng.random() < 0.5 else 0)
    district = rng.randint(1, 11)
    return f"1371{district:02d}{day:02d}{born:%m%y}{rng.randint(1, 9999):04d}"


def _reserve_numbers(year, count):
    """Take `count` numbers of the demo series for `year` in one step."""
    Sequence.objects.bulk_create(
        [Sequence(series=BULK_SERIES, year=year)], ignore_conflicts=True
    )
    row = Sequence.objects.select_for_update().get(series=BULK_SERIES, year=year)
    first = row.last_value + 1
    row.last_value += count
    row.save(update_fields=["last_value"])
    return first


def bulk_applications(count, *, rng=None, batch_size=2000, progress=None):
    """Write `count` demo applications with their history, quickly, straight into
    the tables (no documents, no notifications). Their numbers start with DEMO."""
    rng = rng or random.Random(20261204)  # noqa: S311 -- demo data, not secrets
    pages = list(
        PermitPage.objects.live().only(
            "pk", "title", "service_days", "needs_recommendation"
        )
    )
    if not pages or count <= 0:
        return 0
    calendar = Calendar()
    staff = {
        user.username: user
        for user in get_user_model().objects.filter(
            username__in=["verifier", "reviewer", "approver"]
        )
    }
    weights = [weight for _status, weight, _steps in BULK_STATUSES]
    now = timezone.now()
    due_cache = {}

    def due(day, days):
        if (day, days) not in due_cache:
            due_cache[(day, days)] = calendar.add_working_days(day, days)
        return due_cache[(day, days)]

    specs = []
    for _ in range(count):
        status, _weight, steps = rng.choices(BULK_STATUSES, weights)[0]
        page = rng.choice(pages)
        if status in (Status.AWAITING_RECOMMENDATION, Status.AWAITING_APPROVAL) and (
            not page.needs_recommendation
        ):
            steps = ["submit", "accept", "forward"]
            status = Status.AWAITING_APPROVAL
        # Open files are recent; closed ones spread over the past year.
        age_days = rng.uniform(
            0, 30 if status not in (Status.REJECTED, Status.WITHDRAWN) else 365
        )
        specs.append((now - timedelta(days=age_days), status, steps, page))
    specs.sort(key=lambda spec: spec[0])

    created = 0
    with transaction.atomic():
        years = {}
        for submitted_at, *_rest in specs:
            year = timezone.localtime(submitted_at).year
            years[year] = years.get(year, 0) + 1
        next_number = {year: _reserve_numbers(year, n) for year, n in years.items()}

        for start in range(0, len(specs), batch_size):
            batch = specs[start : start + batch_size]
            applications, histories = [], []
            for submitted_at, status, steps, page in batch:
                year = timezone.localtime(submitted_at).year
                number = f"{BULK_PREFIX}-{year}-{next_number[year]:06d}"
                next_number[year] += 1
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                nonce = tokens.new_nonce()
                submitted_on = timezone.localdate(submitted_at)
                due_date = due(submitted_on, page.service_days)
                application = Application(
                    number=number,
                    permit_page_id=page.pk,
                    full_name=f"{first} {last}",
                    nik=demo_nik(rng),
                    email=f"contoh.{number.lower()}@example.com",
                    phone="+6281200000000",
                    address="Alamat contoh, Padang",
                    answers={"practice_place_name": "Puskesmas Contoh"},
                    status=status,
                    submitted_at=submitted_at,
                    status_changed_at=submitted_at,
                    due_date=due_date,
                    access_nonce=nonce,
                    access_token_hash=tokens.token_hash(tokens.token_for_nonce(nonce)),
                )
                if status == Status.REVISION_REQUESTED:
                    application.clock_days_left = max(1, page.service_days // 2)
                    application.due_date = None
                if status in (Status.VERIFYING, Status.REVISION_REQUESTED):
                    application.assignee = staff.get("verifier")
                if status == Status.AWAITING_APPROVAL and "recommend" in steps:
                    application.recommendation = Recommendation.RECOMMENDED
                applications.append(application)
                histories.append((submitted_at, steps))
            Application.objects.bulk_create(applications, batch_size=batch_size)
            if applications[0].pk is None:
                saved = dict(
                    Application.objects.filter(
                        number__in=[a.number for a in applications]
                    ).values_list("number", "pk")
                )
                for application in applications:
                    application.pk = saved[application.number]

            events = []
            for application, (submitted_at, steps) in zip(
                applications, histories, strict=True
            ):
                previous = ""
                for position, action in enumerate(steps, start=1):
                    to_status = STATUS_AFTER[action]
                    if (
                        action == "forward"
                        and application.status == Status.AWAITING_APPROVAL
                        and "recommend" not in steps
                    ):
                        to_status = Status.AWAITING_APPROVAL
                    actor = {
                        "accept": "verifier",
                        "request_revision": "verifier",
                        "forward": "verifier",
                        "recommend": "reviewer",
                        "reject": "approver",
                    }.get(action)
                    events.append(
                        ApplicationEvent(
                            application_id=application.pk,
                            position=position,
                            created_at=submitted_at + timedelta(hours=position - 1),
                            actor=staff.get(actor) if actor else None,
                            actor_kind=ActorKind.STAFF
                            if actor
                            else ActorKind.APPLICANT,
                            action=action,
                            from_status=previous,
                            to_status=to_status,
                            note="Dokumen tidak terbaca."
                            if action in ("request_revision", "reject")
                            else "",
                            data={"documents": []}
                            if action == "request_revision"
                            else {},
                        )
                    )
                    previous = to_status
            ApplicationEvent.objects.bulk_create(events, batch_size=batch_size * 2)
            created += len(applications)
            if progress:
                progress(created)
    logger.info("demo_bulk_applications_written", extra={"count": created})
    return created


def top_up_bulk_applications(total, **kwargs):
    """Make sure `total` bulk demo applications exist; returns how many were added."""
    existing = Application.objects.filter(number__startswith=f"{BULK_PREFIX}-").count()
    return bulk_applications(max(0, total - existing), **kwargs)
