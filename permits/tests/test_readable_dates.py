"""Dates read "3 Desember 2026" (and moments "3 Desember 2026 14.05 WIB", in
Jakarta time) wherever people see them, whatever the interface language: the
answers of every field type, the check step, the receipt, the applicant's
page, /lacak/, the e-mails and the staff's application page."""

import re
from datetime import UTC, date, datetime

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from permits.answers import readable_answer
from permits.apply import tokens
from permits.constants import StaffGroup, Status
from permits.letters.dates import indonesian_date, indonesian_datetime
from permits.models import Application, Notification, PermitFormField
from permits.models.notifications import MessageKind

from . import applying, factories

ENGLISH_MONTHS = re.compile(
    r"\b(January|February|March|June|July|August|October|December|"
    r"Jan|Feb|Mar|Jun|Jul|Aug|Oct|Dec)\b"
)
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")

QUESTIONS = [
    {"clean_name": "start_date", "label": "Tanggal mulai", "field_type": "date"},
    {
        "clean_name": "interview_at",
        "label": "Jadwal wawancara",
        "field_type": "datetime",
        "required": False,
    },
    {
        "clean_name": "agree",
        "label": "Bersedia dikunjungi",
        "field_type": "checkbox",
        "required": False,
    },
    {"clean_name": "team_size", "label": "Jumlah anggota", "field_type": "number"},
    {
        "clean_name": "place",
        "label": "Tempat",
        "field_type": "dropdown",
        "choices": "Puskesmas\nSekolah",
    },
]
ANSWERS = {
    "start_date": "2026-12-03",
    "interview_at": "2026-12-03T14:05",
    "agree": "Ya",
    "team_size": "12",
    "place": "Sekolah",
}


def field(field_type, **extra):
    return PermitFormField(field_type=field_type, label="Pertanyaan", **extra)


def visible_text(response):
    """The page's text without tags (an ISO date may sit in a `datetime`
    attribute, for machines)."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def assert_no_iso_or_english_dates(text):
    assert not ISO_DAY.search(text), ISO_DAY.search(text).group()
    assert not ENGLISH_MONTHS.search(text), ENGLISH_MONTHS.search(text).group()


# The one place that turns an answer into words


@pytest.mark.parametrize(
    ("field_type", "extra", "stored", "shown"),
    [
        ("date", {}, "2026-12-03", "3 Desember 2026"),
        ("datetime", {}, "2026-12-03T14:05", "3 Desember 2026 14.05 WIB"),
        ("checkbox", {}, "Ya", "Ya"),
        ("checkbox", {}, "Tidak", "Tidak"),
        ("checkbox", {}, "Yes", "Ya"),
        ("checkbox", {}, True, "Ya"),
        ("number", {}, "2.50", "2.50"),
        ("dropdown", {"choices": "Puskesmas\nSekolah"}, "Sekolah", "Sekolah"),
        ("radio", {"choices": "Baru\nLama"}, "Baru", "Baru"),
        ("checkboxes", {"choices": "A\nB\nC"}, "A, C", "A, C"),
        ("singleline", {}, "2026-12-03", "2026-12-03"),  # as typed
        ("date", {}, "", ""),
        ("date", {}, "not a date", "not a date"),
        ("date", {}, "2026-02-30", "2026-02-30"),
    ],
)
def test_readable_answer_shows_each_field_type_in_words(
    field_type, extra, stored, shown
):
    assert readable_answer(field(field_type, **extra), stored) == shown


def test_an_answer_whose_question_left_the_form_still_reads_as_a_date():
    assert readable_answer(None, "2026-12-03") == "3 Desember 2026"
    assert readable_answer(None, "2026-12-03T14:05") == "3 Desember 2026 14.05 WIB"
    assert readable_answer(None, "Puskesmas Andalas") == "Puskesmas Andalas"


def test_a_moment_is_shown_in_jakarta_time_not_utc():
    moment = datetime(2026, 12, 3, 20, 30, tzinfo=UTC)

    assert indonesian_datetime(moment) == "4 Desember 2026 03.30 WIB"
    assert indonesian_date(moment) == "4 Desember 2026"
    assert indonesian_datetime(date(2026, 12, 3)) == "3 Desember 2026"


# The applicant's pages, also under the English interface


@pytest.fixture
def permit(db):
    return applying.public_permit_page(fields=QUESTIONS)


def english(path):
    return "/en" + path


def answers_data():
    data = applying.applicant(**{"q-practice_place": None})
    data.update(
        {
            "q-start_date": "2026-12-03",
            "q-interview_at": "2026-12-03T14:05",
            "q-agree": "on",
            "q-team_size": "12",
            "q-place": "Sekolah",
        }
    )
    return data


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_check_step_and_receipt_show_dates_in_indonesian_words(
    client, permit, frozen_time, prefix
):
    frozen_time("2026-10-05 09:07")
    url = prefix + applying.apply_url(permit)
    key = applying.form_key_in(client.get(url))
    payload = {**answers_data(), "form_key": key, **applying.documents()}
    response = client.post(url, payload)
    assert response.status_code == 303, applying.errors_in(response)

    check = visible_text(client.get(response["Location"]))
    assert "Tanggal mulai 3 Desember 2026" in check
    assert "Jadwal wawancara 3 Desember 2026 14.05 WIB" in check
    assert "Bersedia dikunjungi Ya" in check
    assert "Jumlah anggota 12" in check
    assert "Tempat Sekolah" in check
    assert "1 Juli 1995" in check  # birth date read from the NIK
    assert_no_iso_or_english_dates(check)

    sent = client.post(url + "kirim/", {"form_key": key})
    receipt = visible_text(client.get(sent["Location"]))
    assert "5 Oktober 2026 09.07 WIB" in receipt
    assert_no_iso_or_english_dates(receipt)


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_applicant_page_and_tracking_show_dates_in_indonesian_words(
    client, permit, frozen_time, prefix
):
    frozen_time("2026-10-05 09:07")
    application = factories.submitted(permit, answers=ANSWERS)

    page = visible_text(client.get(prefix + tokens.applicant_path(application)))
    assert "Received 5 Oktober 2026" in page or "Diterima 5 Oktober 2026" in page
    assert "5 Oktober 2026 09.07 WIB" in page  # history
    assert "Tanggal mulai 3 Desember 2026" in page
    assert "Jadwal wawancara 3 Desember 2026 14.05 WIB" in page
    assert "Bersedia dikunjungi Ya" in page
    assert_no_iso_or_english_dates(page)

    tracked = visible_text(
        client.post(
            prefix + "/lacak/",
            {"number": application.number, "nik": application.nik},
        )
    )
    assert "5 Oktober 2026 09.07 WIB" in tracked
    assert indonesian_date(application.due_date) in tracked
    assert_no_iso_or_english_dates(tracked)


# The e-mails


def test_the_receipt_e_mail_copies_the_answers_with_dates_in_words(permit, frozen_time):
    frozen_time("2026-10-05 09:07")
    verifier = factories.staff_member(StaffGroup.VERIFIERS)
    application = factories.submitted(permit, answers=ANSWERS)

    received = Notification.objects.get(
        application=application, kind=MessageKind.RECEIVED, channel="email"
    )
    for body in (received.body_text, received.body_html):
        assert "3 Desember 2026" in body
        assert "3 Desember 2026 14.05 WIB" in body
        assert "2026-12-03" not in body
    assert "Tanggal mulai: 3 Desember 2026\n" in received.body_text
    assert "Jadwal wawancara: 3 Desember 2026 14.05 WIB\n" in received.body_text
    assert "Bersedia dikunjungi: Ya\n" in received.body_text

    staff = Notification.objects.get(
        application=application, kind=MessageKind.STAFF_NEW, recipient=verifier.email
    )
    assert f"Jatuh tempo: {indonesian_date(application.due_date)}" in staff.body_text
    assert_no_iso_or_english_dates(staff.body_text)


# The staff's application page


@pytest.mark.parametrize("admin_language", ["id", "en"])
def test_the_staff_application_page_shows_dates_in_indonesian_words(
    client, db, frozen_time, admin_language
):
    frozen_time("2026-10-05 09:07")
    page = factories.make_permit_page(fields=QUESTIONS)
    application = factories.submitted(page, answers=ANSWERS)
    verifier = factories.staff_in_groups(StaffGroup.VERIFIERS)
    profile = UserProfile.get_for_user(verifier)
    profile.preferred_language = admin_language
    profile.save()
    client.force_login(verifier)

    response = client.get(reverse("applications:detail", args=[application.pk]))

    assert response.status_code == 200
    text = visible_text(response)
    assert "5 Oktober 2026 09.07 WIB" in text  # received, and in the history
    assert indonesian_date(application.due_date) in text
    assert "3 Desember 2026 14.05 WIB" in text
    assert "Tanggal mulai 3 Desember 2026" in text
    assert "Bersedia dikunjungi Ya" in text
    assert_no_iso_or_english_dates(text)
    assert Application.objects.get().status == Status.SUBMITTED
