import datetime
import threading

import pytest
from django.db import connection, connections, transaction
from django.utils import timezone

from permits import workflow
from permits.constants import MonthStyle, StaffGroup, Status
from permits.letters import dates, numbering
from permits.models import Letter, PermitPage
from permits.tests import factories


def page_with(**fields):
    page = PermitPage(
        abbreviation="SIPP",
        letter_archive_code="503",
        letter_unit_code="SIPP/DPMPTSP",
        letter_month_style=MonthStyle.ROMAN,
        letter_number_padding=4,
    )
    for name, value in fields.items():
        setattr(page, name, value)
    return page


DEC_3 = datetime.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, "503/0007/SIPP/DPMPTSP/XII/2026"),
        ({"letter_month_style": MonthStyle.NUMERIC}, "503/0007/SIPP/DPMPTSP/12/2026"),
        ({"letter_month_style": MonthStyle.NONE}, "503/0007/SIPP/DPMPTSP/2026"),
        ({"letter_number_padding": 3}, "503/007/SIPP/DPMPTSP/XII/2026"),
        ({"letter_unit_code": ""}, "503/0007/SIPP/XII/2026"),
        ({"letter_archive_code": "070"}, "070/0007/SIPP/DPMPTSP/XII/2026"),
    ],
)
def test_number_is_made_of_the_pages_format_parts(db, fields, expected):
    assert numbering.format_number(page_with(**fields), 7, DEC_3) == expected


def test_roman_months_run_from_i_to_xii():
    months = [dates.roman_month(datetime.date(2026, m, 1)) for m in range(1, 13)]
    assert months == [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
    ]


def test_validity_of_five_years_ends_the_day_before_the_fifth_anniversary():
    assert dates.valid_until(DEC_3, 60) == datetime.date(2031, 12, 2)
    assert dates.valid_until(datetime.date(2028, 2, 29), 12) == datetime.date(
        2029, 2, 27
    )
    assert dates.valid_until(DEC_3, None) is None


def approve(application, approver):
    workflow.perform(application, "approve", actor=approver)
    application.refresh_from_db()
    return application.letter


@pytest.fixture
def approver(db):
    return factories.staff_member(StaffGroup.APPROVERS)


def test_approval_numbers_the_letter_in_the_same_transaction(db, approver):
    page = factories.make_permit_page(abbreviation="SIPP", validity_months=60)
    application = factories.application_in(Status.AWAITING_APPROVAL, page)

    letter = approve(application, approver)

    today = timezone.localdate()
    assert application.status == Status.APPROVED
    assert letter.sequence == 1
    assert letter.number == f"503/0001/SIPP/{dates.roman_month(today)}/{today.year}"
    assert letter.issued_on == today
    assert letter.valid_until == dates.valid_until(today, 60)
    assert letter.sha256 == ""  # the queue signs it after the commit


def test_consecutive_approvals_take_consecutive_numbers(db, approver):
    page = factories.make_permit_page()
    applications = [
        factories.application_in(Status.AWAITING_APPROVAL, page) for _ in range(3)
    ]

    sequences = [
        approve(application, approver).sequence for application in applications
    ]

    assert sequences == [1, 2, 3]


def test_a_rolled_back_approval_gives_its_number_back(db, approver):
    page = factories.make_permit_page()
    first = factories.application_in(Status.AWAITING_APPROVAL, page)
    second = factories.application_in(Status.AWAITING_APPROVAL, page)

    with pytest.raises(RuntimeError), transaction.atomic():
        workflow.perform(first, "approve", actor=approver)
        raise RuntimeError("the approval fails after the number was taken")

    first.refresh_from_db()
    assert first.status == Status.AWAITING_APPROVAL
    assert not Letter.objects.filter(application=first).exists()
    assert approve(second, approver).sequence == 1


def test_numbering_an_application_again_returns_its_letter(db, approver):
    application = factories.application_in(Status.AWAITING_APPROVAL)
    letter = approve(application, approver)

    with transaction.atomic():
        again = numbering.assign_number(application)

    assert again.pk == letter.pk
    assert Letter.objects.count() == 1


def test_running_number_starts_again_each_year(db, approver, monkeypatch):
    page = factories.make_permit_page()
    last_of_2026 = factories.application_in(Status.AWAITING_APPROVAL, page)
    first_of_2027 = factories.application_in(Status.AWAITING_APPROVAL, page)
    monkeypatch.setattr(
        numbering.timezone, "localdate", lambda *args: datetime.date(2026, 12, 31)
    )
    assert approve(last_of_2026, approver).sequence == 1

    monkeypatch.setattr(
        numbering.timezone, "localdate", lambda *args: datetime.date(2027, 1, 2)
    )
    letter = approve(first_of_2027, approver)

    assert (letter.year, letter.sequence) == (2027, 1)
    assert letter.number.endswith("/0001/SIPP/I/2027")


def test_permit_types_share_a_series_only_when_told(db, approver):
    nurse = factories.make_permit_page(abbreviation="SIPP")
    midwife = factories.make_permit_page(abbreviation="SIPB")
    shared_a = factories.make_permit_page(abbreviation="SIPA")
    shared_b = factories.make_permit_page(abbreviation="SIPTTK")
    for page in (shared_a, shared_b):
        page.letter_series = "farmasi"
        page.save_revision().publish()

    numbers = [
        approve(factories.application_in(Status.AWAITING_APPROVAL, page), approver)
        for page in (nurse, midwife, shared_a, shared_b, nurse)
    ]

    assert [letter.sequence for letter in numbers] == [1, 1, 1, 2, 2]
    assert len({letter.number for letter in numbers}) == 5


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_approvals_on_postgresql_get_distinct_consecutive_numbers(
    monkeypatch,
):
    if connection.vendor != "postgresql":
        pytest.skip("row locks are what is tested; SQLite serialises all writers")
    enqueued = []
    # Only the numbering is under test here; the letters are not rendered.
    monkeypatch.setattr(numbering, "enqueue_issue", enqueued.append)
    page = factories.make_permit_page()
    approver = factories.staff_member(StaffGroup.APPROVERS)
    applications = [
        factories.application_in(Status.AWAITING_APPROVAL, page) for _ in range(8)
    ]
    start = threading.Barrier(len(applications))
    errors = []

    def approve_in_own_connection(application):
        try:
            start.wait()
            workflow.perform(application, "approve", actor=approver)
        except Exception as error:  # noqa: BLE001 -- reported by the test below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=approve_in_own_connection, args=(application,))
        for application in applications
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors
    letters = Letter.objects.filter(application__in=applications)
    assert sorted(letters.values_list("sequence", flat=True)) == list(range(1, 9))
    assert len(set(letters.values_list("number", flat=True))) == 8
    assert sorted(enqueued) == sorted(letters.values_list("pk", flat=True))
