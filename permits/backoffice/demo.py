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
    Letter,
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
# Three years of an office's files: the old ones closed (mostly with a letter),
# only those of the last weeks still open, in every open status.
BULK_YEARS = 3
OPEN_WITHIN_DAYS = 20
CLOSED_OUTCOMES = [
    ("issued", 80),
    ("rejected", 12),
    ("withdrawn", 8),
]
OPEN_OUTCOMES = [
    ("submitted", 25),
    ("verifying", 20),
    ("revision_requested", 10),
    ("awaiting_recommendation", 15),
    ("awaiting_approval", 10),
    ("issued", 12),
    ("rejected", 5),
    ("withdrawn", 3),
]
# The steps to each outcome; a permit without a recommendation skips it.
STEPS_TO = {
    "submitted": ["submit"],
    "verifying": ["submit", "accept"],
    "revision_requested": ["submit", "accept", "request_revision"],
    "awaiting_recommendation": ["submit", "accept", "forward"],
    "awaiting_approval": ["submit", "accept", "forward", "recommend"],
    "issued": ["submit", "accept", "forward", "recommend", "approve", "issue"],
    "rejected": ["submit", "accept", "forward", "reject"],
    "withdrawn": ["submit", "withdraw"],
}
STATUS_AFTER = {
    "submit": Status.SUBMITTED,
    "accept": Status.VERIFYING,
    "request_revision": Status.REVISION_REQUESTED,
    "forward": Status.AWAITING_RECOMMENDATION,
    "recommend": Status.AWAITING_APPROVAL,
    "approve": Status.APPROVED,
    "issue": Status.ISSUED,
    "reject": Status.REJECTED,
    "withdraw": Status.WITHDRAWN,
}
ACTOR_OF = {
    "accept": "verifier",
    "request_revision": "verifier",
    "forward": "verifier",
    "recommend": "reviewer",
    "approve": "approver",
    "reject": "approver",
}
NOTES = {
    "request_revision": "Dokumen tidak terbaca.",
    "reject": "Persyaratan tidak terpenuhi.",
}


def demo_nik(rng):
    """A NIK of the right form: Padang, a district, a real birth date, a serial."""
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 365 * 45))
    day = born.day + (40 if rng.random() < 0.5 else 0)
    district = rng.randint(1, 11)
    return f"1371{district:02d}{day:02d}{born:%m%y}{rng.randint(1, 9999):04d}"


def _reserve(series, year, count):
    """Take `count` numbers of a demo series for `year` in one step; the first."""
    Sequence.objects.bulk_create(
        [Sequence(series=series, year=year)], ignore_conflicts=True
    )
    row = Sequence.objects.select_for_update().get(series=series, year=year)
    first = row.last_value + 1
    row.last_value += count
    row.save(update_fields=["last_value"])
    return first


def _plan(count, pages, rng, now):
    """(submitted_at, outcome, steps, page) for each application, oldest first."""
    specs = []
    for _ in range(count):
        age = rng.uniform(0, 365 * BULK_YEARS)
        outcomes = OPEN_OUTCOMES if age <= OPEN_WITHIN_DAYS else CLOSED_OUTCOMES
        outcome = rng.choices(
            [name for name, _ in outcomes], [weight for _, weight in outcomes]
        )[0]
        page = rng.choice(pages)
        steps = list(STEPS_TO[outcome])
        if not page.needs_recommendation:
            if outcome == "awaiting_recommendation":
                outcome = "awaiting_approval"
            if "recommend" in steps:
                steps.remove("recommend")
        specs.append((now - timedelta(days=age), outcome, steps, page))
    specs.sort(key=lambda spec: spec[0])
    return specs


def bulk_applications(count, *, rng=None, batch_size=2000, progress=None):
    """Write `count` demo applications with their history (and the letters of the
    issued ones) straight into the tables: no documents, no notifications.
    Numbers start with DEMO."""
    rng = rng or random.Random(20261204)  # noqa: S311 -- demo data, not secrets
    pages = list(
        PermitPage.objects.live().only(
            "pk",
            "title",
            "abbreviation",
            "service_days",
            "validity_months",
            "needs_recommendation",
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
    specs = _plan(count, pages, rng, timezone.now())
    due_cache = {}

    def due(day, days):
        if (day, days) not in due_cache:
            due_cache[(day, days)] = calendar.add_working_days(day, days)
        return due_cache[(day, days)]

    created = 0
    with transaction.atomic():
        per_year = {}
        for submitted_at, *_rest in specs:
            year = timezone.localtime(submitted_at).year
            per_year[year] = per_year.get(year, 0) + 1
        next_number = {
            year: _reserve(BULK_SERIES, year, n) for year, n in per_year.items()
        }
        per_series = {}
        for submitted_at, _outcome, steps, page in specs:
            if steps[-1] == "issue":
                key = _letter_series(page, _decided_on(submitted_at, steps))
                per_series[key] = per_series.get(key, 0) + 1
        letter_numbers = {
            key: _reserve(f"letter-{key[0]}", key[1], n)
            for key, n in per_series.items()
        }

        for start in range(0, len(specs), batch_size):
            batch = specs[start : start + batch_size]
            applications = []
            for submitted_at, outcome, steps, page in batch:
                year = timezone.localtime(submitted_at).year
                number = f"{BULK_PREFIX}-{year}-{next_number[year]:06d}"
                next_number[year] += 1
                nonce = tokens.new_nonce()
                status = STATUS_AFTER[steps[-1]]
                if outcome == "awaiting_approval":
                    status = Status.AWAITING_APPROVAL
                application = Application(
                    number=number,
                    permit_page_id=page.pk,
                    full_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                    nik=demo_nik(rng),
                    email=f"contoh.{number.lower()}@example.com",
                    phone="+6281200000000",
                    address="Alamat contoh, Padang",
                    answers={"practice_place_name": "Puskesmas Contoh"},
                    status=status,
                    submitted_at=submitted_at,
                    status_changed_at=submitted_at + timedelta(hours=len(steps) - 1),
                    due_date=due(timezone.localdate(submitted_at), page.service_days),
                    access_nonce=nonce,
                    access_token_hash=tokens.token_hash(tokens.token_for_nonce(nonce)),
                )
                if status == Status.REVISION_REQUESTED:
                    application.clock_days_left = max(1, page.service_days // 2)
                    application.due_date = None
                if status in (Status.VERIFYING, Status.REVISION_REQUESTED):
                    application.assignee = staff.get("verifier")
                if "recommend" in steps and status != Status.AWAITING_RECOMMENDATION:
                    application.recommendation = Recommendation.RECOMMENDED
                application._demo = (steps, page)
                applications.append(application)
            Application.objects.bulk_create(applications, batch_size=batch_size)
            if applications[0].pk is None:
                saved = dict(
                    Application.objects.filter(
                        number__in=[a.number for a in applications]
                    ).values_list("number", "pk")
                )
                for application in applications:
                    application.pk = saved[application.number]

            events, letters = [], []
            for application in applications:
                steps, page = application._demo
                events += _history(application, steps, page, staff)
                if application.status == Status.ISSUED:
                    letters.append(_letter(application, page, letter_numbers))
            ApplicationEvent.objects.bulk_create(events, batch_size=batch_size * 3)
            Letter.objects.bulk_create(letters, batch_size=batch_size)
            created += len(applications)
            if progress:
                progress(created)
    _refresh_statistics()
    logger.info("demo_bulk_applications_written", extra={"count": created})
    return created


def _refresh_statistics():
    """After a bulk load PostgreSQL's planner still believes the tables empty
    (autovacuum catches up later); tell it now."""
    from django.db import connection

    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    with connection.cursor() as cursor:
        for table in (
            "permits_application",
            "permits_applicationevent",
            "permits_letter",
        ):
            cursor.execute(f"VACUUM ANALYZE {table}")


def _history(application, steps, page, staff):
    events, previous = [], ""
    for position, action in enumerate(steps, start=1):
        to_status = STATUS_AFTER[action]
        if action == "forward" and not page.needs_recommendation:
            to_status = Status.AWAITING_APPROVAL
        actor = ACTOR_OF.get(action)
        events.append(
            ApplicationEvent(
                application_id=application.pk,
                position=position,
                created_at=application.submitted_at + timedelta(hours=position - 1),
                actor=staff.get(actor) if actor else None,
                actor_kind=ActorKind.STAFF
                if actor
                else ActorKind.SYSTEM
                if action == "issue"
                else ActorKind.APPLICANT,
                action=action,
                from_status=previous,
                to_status=to_status,
                note=NOTES.get(action, ""),
                data={"documents": []} if action == "request_revision" else {},
            )
        )
        previous = to_status
    return events


def _decided_at(submitted_at, steps):
    # One hour per step: the history reads in order.
    return submitted_at + timedelta(hours=len(steps) - 1)


def _decided_on(submitted_at, steps):
    return timezone.localdate(_decided_at(submitted_at, steps))


def _letter_series(page, issued_on):
    return (f"{BULK_PREFIX}-{page.abbreviation}", issued_on.year)


def _letter(application, page, numbers):
    """The letter of an issued demo application (numbered in a demo series)."""
    issued_on = timezone.localdate(application.status_changed_at)
    key = _letter_series(page, issued_on)
    sequence = numbers[key]
    numbers[key] += 1
    valid_until = None
    if page.validity_months:
        valid_until = issued_on + timedelta(days=round(page.validity_months * 30.44))
    return Letter(
        application_id=application.pk,
        number=f"{key[0]}/{sequence:05d}/{key[1]}",
        series=key[0],
        year=key[1],
        sequence=sequence,
        issued_on=issued_on,
        valid_until=valid_until,
    )


def top_up_bulk_applications(total, **kwargs):
    """Make sure `total` bulk demo applications exist; returns how many were added."""
    existing = Application.objects.filter(number__startswith=f"{BULK_PREFIX}-").count()
    return bulk_applications(max(0, total - existing), **kwargs)
