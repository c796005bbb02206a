"""The back-office screens in the Wagtail admin, through the real views, as
staff members of each group see them."""

import csv
import io
from datetime import date, datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from permits import workflow
from permits.backoffice.views import DOCUMENT_LOG_ACTION
from permits.constants import Category, StaffGroup, Status
from permits.models import Application, PermitPage, ReturnReason
from permits.tests import factories

pytestmark = pytest.mark.django_db

INDEX = "applications:index"


def html(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def main_text(response):
    return " ".join(html(response).select_one("main").get_text(" ").split())


def detail(application):
    return reverse("applications:detail", args=[application.pk])


def action(application, name):
    return reverse("applications:action", args=[application.pk, name])


def button_labels(response):
    """Names of the action buttons of the application page."""
    section = html(response).find(id="actions-heading").parent
    return [
        " ".join(element.get_text(" ").split())
        for element in section.select("a.button, button")
    ]


@pytest.fixture
def verifier(db):
    return factories.staff_in_groups(StaffGroup.VERIFIERS)


@pytest.fixture
def reviewer(db):
    return factories.staff_in_groups(StaffGroup.REVIEWERS)


@pytest.fixture
def approver(db):
    return factories.staff_in_groups(StaffGroup.APPROVERS)


@pytest.fixture
def research_page(db):
    return factories.make_permit_page(
        title="Surat Keterangan Penelitian",
        category=Category.RESEARCH,
        abbreviation="SKP",
        requirements=[
            {
                "key": "surat_permohonan",
                "label": "Surat permohonan",
                "accepted_kinds": ["pdf"],
            },
            {
                "key": "proposal",
                "label": "Proposal penelitian",
                "accepted_kinds": ["pdf"],
            },
            {"key": "pas_foto", "label": "Pas foto", "accepted_kinds": ["png", "jpeg"]},
        ],
        fields=[
            {
                "clean_name": "research_title",
                "label": "Judul penelitian",
                "field_type": "singleline",
                "required": True,
            },
        ],
    )


def seed_reasons():
    for order, text in enumerate(["Dokumen tidak terbaca", "Dokumen tidak lengkap"]):
        ReturnReason.objects.get_or_create(text=text, defaults={"sort_order": order})


# --- Menu and list ---


def editor_with_admin_access():
    from django.contrib.auth.models import Permission

    editor = factories.staff_in_groups(StaffGroup.EDITORS, view_permission=False)
    editor.groups.first().permissions.add(
        Permission.objects.get(codename="access_admin")
    )
    return editor


def test_the_applications_menu_shows_for_back_office_staff_only(client, verifier):
    editor = editor_with_admin_access()

    client.force_login(verifier)
    verifier_home = client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(editor)
    editor_home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert '"label": "Permohonan"' in verifier_home
    assert '"label": "Permohonan"' not in editor_home
    assert client.get(reverse(INDEX)).status_code in (302, 403)


def test_the_list_shows_number_masked_nik_permit_status_due_date_and_assignee(
    client, verifier, frozen_time
):
    frozen_time("2026-10-05 09:00")
    page = factories.make_permit_page(title="SIP Perawat", service_days=2)
    application = factories.submitted(page, nik="1371024107950002")
    workflow.perform(application, "accept", actor=verifier)
    frozen_time("2026-10-07 09:00")  # due today: due soon

    client.force_login(verifier)
    response = client.get(reverse(INDEX))

    assert response.status_code == 200
    row = html(response).select_one("tbody tr")
    text = " ".join(row.get_text(" ").split())
    link = row.select_one("td.title a")
    assert (link.get_text(strip=True), link["href"]) == (
        application.number,
        detail(application),
    )
    assert "Rahmi Oktaviani · 1371********0002" in text
    assert "1371024107950002" not in response.content.decode()
    assert "SIP Perawat" in text
    assert "Sedang diverifikasi" in text
    assert "7 Oktober 2026" in text and "Segera jatuh tempo" in text
    assert verifier.get_full_name() in text


def test_an_overdue_file_is_marked_in_the_list(client, verifier, frozen_time):
    frozen_time("2026-10-01 09:00")
    factories.submitted(factories.make_permit_page(service_days=1))
    frozen_time("2026-10-07 09:00")

    client.force_login(verifier)
    response = client.get(reverse(INDEX))

    assert "sinopen-urgency--overdue" in response.content.decode()
    assert "Terlambat" in main_text(response)


def test_the_list_has_a_search_box_in_a_search_region(client, verifier):
    client.force_login(verifier)

    search = html(client.get(reverse(INDEX))).find(attrs={"role": "search"})

    assert search is not None
    assert search.find("input", attrs={"name": "q"}) is not None


@pytest.mark.parametrize(
    "query",
    ["number", "number's end", "Oktaviani", "rahmi", "1371024107950002"],
    ids=[
        "registration number",
        "end of the number",
        "surname",
        "name in lower case",
        "full NIK",
    ],
)
def test_search_finds_by_number_name_and_full_nik(client, verifier, query):
    wanted = factories.submitted(nik="1371024107950002")
    factories.submitted(full_name="Budi Santoso", nik="1371011203880001")
    if query == "number":
        query = wanted.number.lower()
    elif query == "number's end":
        query = wanted.number[-6:]

    client.force_login(verifier)
    response = client.get(reverse(INDEX), {"q": query})

    numbers = [
        a.get_text(strip=True) for a in html(response).select("tbody td.title a")
    ]
    assert numbers == [wanted.number]


@pytest.mark.parametrize(
    "query",
    [
        "snp-2026-000123",
        " SNP 2026 000123 ",
        "SNP2026000123",
        "2026-000123",
        "2026000123",
        "000123",
        "123",
    ],
)
def test_search_finds_a_number_however_staff_type_it(client, verifier, query):
    wanted = factories.submitted()
    Application.objects.filter(pk=wanted.pk).update(number="SNP-2026-000123")
    # Contains the digits 123 but is another number.
    other = factories.submitted(full_name="Budi Santoso")
    Application.objects.filter(pk=other.pk).update(number="SNP-2026-001234")

    client.force_login(verifier)
    response = client.get(reverse(INDEX), {"q": query})

    numbers = [
        a.get_text(strip=True) for a in html(response).select("tbody td.title a")
    ]
    assert numbers == ["SNP-2026-000123"]


def test_search_finds_a_nik_typed_with_spaces_or_dots(client, verifier):
    wanted = factories.submitted(nik="1371024107950002")

    client.force_login(verifier)
    response = client.get(reverse(INDEX), {"q": "1371.0241.0795.0002"})

    numbers = [
        a.get_text(strip=True) for a in html(response).select("tbody td.title a")
    ]
    assert numbers == [wanted.number]


@pytest.mark.parametrize(
    "query",
    ["!!!", "%", "-", "'\"", "x" * 5000, "1" * 5000, "nobody"],
    ids=[
        "punctuation",
        "percent",
        "hyphen",
        "quotes",
        "long text",
        "long digits",
        "no match",
    ],
)
def test_search_that_finds_nothing_says_what_to_search_by(client, verifier, query):
    factories.submitted()

    client.force_login(verifier)
    response = client.get(reverse(INDEX), {"q": query})

    assert response.status_code == 200
    assert html(response).select("tbody td.title a") == []
    assert "Tidak ada permohonan yang ditemukan" in main_text(response)


def test_an_empty_list_says_whether_filters_or_nothing_hide_it(client, verifier):
    client.force_login(verifier)
    assert "Belum ada permohonan." in main_text(client.get(reverse(INDEX)))

    factories.submitted()
    response = client.get(reverse(INDEX), {"status": Status.APPROVED})

    assert "Tidak ada permohonan yang cocok dengan saringan ini." in main_text(response)


def test_a_partial_nik_finds_nothing(client, verifier):
    factories.submitted(nik="1371024107950002")

    client.force_login(verifier)
    response = client.get(reverse(INDEX), {"q": "13710241"})

    assert html(response).select("tbody td.title a") == []


def test_filters_by_status_category_permit_overdue_queue_and_dates(
    client, verifier, research_page, frozen_time
):
    frozen_time("2026-10-01 09:00")
    health = factories.make_permit_page(title="SIP Bidan", service_days=1)
    late = factories.submitted(health)
    frozen_time("2026-10-06 09:00")
    research = factories.submitted(research_page)
    verifying = factories.application_in(
        Status.VERIFYING, permit_page=health, staff={StaffGroup.VERIFIERS: verifier}
    )
    frozen_time("2026-10-07 09:00")
    client.force_login(verifier)

    def numbers(**params):
        response = client.get(reverse(INDEX), params)
        assert response.status_code == 200
        return {
            a.get_text(strip=True) for a in html(response).select("tbody td.title a")
        }

    assert numbers(status="verifying") == {verifying.number}
    assert numbers(category="research") == {research.number}
    assert numbers(permit=health.pk) == {late.number, verifying.number}
    assert numbers(deadline="overdue") == {late.number}
    assert numbers(queue="assigned") == {verifying.number}
    assert numbers(queue="mine") == {late.number, research.number, verifying.number}
    assert numbers(submitted_from="2026-10-06", submitted_to="2026-10-06") == {
        research.number,
        verifying.number,
    }


def test_no_generic_create_edit_or_delete_of_applications(client, django_user_model):
    admin = django_user_model.objects.create_superuser("chief", "c@x.test", "pw-123")
    application = factories.submitted()
    client.force_login(admin)

    for name in ("add", "edit", "delete", "copy"):
        with pytest.raises(NoReverseMatch):
            reverse(f"applications:{name}", args=[] if name == "add" else [1])
    assert client.get("/admin/applications/new/").status_code == 404
    assert client.get(f"/admin/applications/edit/{application.pk}/").status_code == 404
    assert "Tambah" not in main_text(client.get(reverse(INDEX)))


def test_the_number_of_queries_does_not_grow_with_the_page_size(client, verifier):
    page = factories.make_permit_page()
    factories.submitted(page)
    factories.submitted(page)
    client.force_login(verifier)
    client.get(reverse(INDEX))  # warm caches (content types, settings)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse(INDEX))
        assert response.status_code == 200
        return len(captured), len(html(response).select("tbody tr"))

    few, rows_few = queries()
    for _ in range(20):
        factories.submitted(page)
    many, rows_many = queries()

    assert (rows_few, rows_many) == (2, 22)
    assert many == few


# --- Export ---


def test_the_export_is_the_filtered_list_with_the_nik_masked(client, verifier):
    wanted = factories.application_in(Status.VERIFYING, nik="1371024107950002")
    factories.submitted()
    client.force_login(verifier)

    response = client.get(reverse(INDEX), {"status": "verifying", "export": "csv"})

    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:4] == ["Nomor pendaftaran", "Diajukan (WIB)", "Pemohon", "NIK"]
    assert [row[0] for row in rows[1:]] == [wanted.number]
    assert rows[1][3] == "1371********0002"
    assert "1371024107950002" not in str(rows)


def test_the_spreadsheet_export_masks_the_nik_too(client, verifier):
    factories.submitted(nik="1371024107950002")
    client.force_login(verifier)

    response = client.get(reverse(INDEX), {"export": "xlsx"})

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][3] == "1371********0002"
    assert "1371024107950002" not in str(values)


def test_the_csv_export_gives_local_time_not_utc(client, verifier, frozen_time):
    # 06:30 in Padang is still the day before in UTC.
    frozen_time("2026-10-05 06:30")
    application = factories.submitted()
    client.force_login(verifier)

    response = client.get(reverse(INDEX), {"export": "csv"})

    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    assert rows[0]["Diajukan (WIB)"] == "2026-10-05 06:30"
    assert rows[0]["Tenggat"] == application.due_date.isoformat()


def test_the_spreadsheet_export_gives_local_time_not_utc(client, verifier, frozen_time):
    frozen_time("2026-10-05 06:30")
    application = factories.submitted()
    client.force_login(verifier)

    response = client.get(reverse(INDEX), {"export": "xlsx"})

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    heading, row = list(sheet.iter_rows())[:2]
    assert heading[1].value == "Diajukan (WIB)"
    assert row[1].value == datetime(2026, 10, 5, 6, 30)
    assert row[1].number_format == "yyyy-mm-dd hh:mm"
    assert (row[6].value, row[6].number_format) == (
        application.due_date,
        "yyyy-mm-dd",
    )


FORMULA_NAME = '=HYPERLINK("http://evil.example/x","Klik")'


@pytest.mark.parametrize(
    "full_name", [FORMULA_NAME, "+1+1", "-1+1", "@SUM(1,1)", "\t=1+1", "\r=1+1"]
)
def test_a_name_typed_as_a_formula_is_exported_to_csv_as_text(
    client, verifier, full_name
):
    factories.submitted(full_name=full_name)
    client.force_login(verifier)

    response = client.get(reverse(INDEX), {"export": "csv"})

    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    assert rows[0]["Pemohon"] == f"'{full_name}"


def test_an_ordinary_name_is_exported_to_csv_unchanged(client, verifier):
    factories.submitted(full_name="Rahmi Oktaviani")
    client.force_login(verifier)

    response = client.get(reverse(INDEX), {"export": "csv"})

    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    assert rows[0]["Pemohon"] == "Rahmi Oktaviani"


def test_a_name_typed_as_a_formula_is_text_in_the_spreadsheet_export(client, verifier):
    factories.submitted(full_name=FORMULA_NAME)
    client.force_login(verifier)

    response = client.get(reverse(INDEX), {"export": "xlsx"})

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    name = list(sheet.iter_rows())[1][2]
    assert (name.value, name.data_type) == (FORMULA_NAME, "s")


# --- Scope: each group sees only the categories it covers ---


def test_a_group_sees_only_the_permit_categories_it_covers(client, research_page):
    factories.scoped_group("Reviewer Dinkes", [Category.HEALTH])
    dinkes = factories.staff_in_groups("Reviewer Dinkes")
    health_file = factories.with_documents(factories.submitted())
    research_file = factories.with_documents(factories.submitted(research_page))
    research_document = research_file.documents.first()
    client.force_login(dinkes)

    listed = {
        a.get_text(strip=True)
        for a in html(client.get(reverse(INDEX))).select("tbody td.title a")
    }
    exported = b"".join(client.get(reverse(INDEX), {"export": "csv"}).streaming_content)

    assert listed == {health_file.number}
    assert research_file.number.encode() not in exported
    assert client.get(detail(health_file)).status_code == 200
    assert client.get(detail(research_file)).status_code == 404
    assert (
        client.get(
            reverse("applications:document", args=[research_document.pk])
        ).status_code
        == 404
    )
    assert client.post(action(research_file, "accept")).status_code == 404


def test_staff_without_the_view_permission_are_turned_away(client):
    outsider = factories.staff_in_groups(StaffGroup.VERIFIERS, view_permission=False)
    application = factories.with_documents(factories.submitted())
    client.force_login(outsider)

    assert client.get(detail(application)).status_code in (302, 403)
    document = application.documents.first()
    assert client.get(
        reverse("applications:document", args=[document.pk])
    ).status_code in (302, 403)


# --- The application page ---


def test_the_application_page_shows_answers_documents_history_and_warnings(
    client, approver
):
    page = factories.make_permit_page(max_active_permits=1)
    page = PermitPage.objects.get(pk=page.pk)  # with its live revision
    holder_nik = "1371024107950002"
    factories.application_in(Status.APPROVED, permit_page=page, nik=holder_nik)
    application = factories.application_in(
        Status.AWAITING_APPROVAL, permit_page=page, nik=holder_nik
    )
    factories.with_documents(application, kinds={"ktp": "png"})
    # The page changes later; the answers keep the labels the applicant saw.
    page.form_fields.update(label="Nama fasilitas")
    page.save_revision().publish()

    client.force_login(approver)
    response = client.get(detail(application))
    soup = html(response)
    text = main_text(response)

    assert response.status_code == 200
    assert application.page_revision is not None
    assert "Tempat praktik Puskesmas Andalas" in text
    assert "Nama fasilitas" not in text
    assert "1371024107950002" in text  # staff check the NIK against the KTP
    pdf = soup.select_one("iframe[src]")
    assert pdf["src"].startswith("/admin/applications/document/")
    image = soup.select_one("img.sinopen-preview-image")
    assert image["src"].startswith("/admin/applications/document/")
    assert "Periksa sebelum menyetujui" in text
    assert "batasnya 1" in text
    assert "tempat praktik yang sama (Puskesmas Andalas)" in text
    history = soup.select_one(".sinopen-history").get_text(" ")
    assert "Diajukan" in history and "Terima" in history and "Rekomendasikan" in history


def test_the_application_page_lists_documents_in_the_forms_order(
    client, verifier, research_page
):
    application = factories.submitted(research_page)
    for key, label in [
        ("proposal", "Proposal penelitian"),
        ("pas_foto", "Pas foto"),
        ("surat_permohonan", "Surat permohonan"),
    ]:
        factories.add_document(application, key=key, label=label)

    client.force_login(verifier)
    soup = html(client.get(detail(application)))

    assert [heading.get_text() for heading in soup.select(".sinopen-document h3")] == [
        "Surat permohonan",
        "Proposal penelitian",
        "Pas foto",
    ]


@pytest.mark.parametrize(
    ("status", "group", "buttons"),
    [
        (Status.SUBMITTED, StaffGroup.VERIFIERS, ["Terima", "Ambil berkas ini"]),
        (
            Status.VERIFYING,
            StaffGroup.VERIFIERS,
            ["Kembalikan", "Teruskan", "Ambil berkas ini"],
        ),
        (Status.SUBMITTED, StaffGroup.REVIEWERS, []),
        (
            Status.AWAITING_RECOMMENDATION,
            StaffGroup.REVIEWERS,
            ["Rekomendasikan", "Tidak direkomendasikan", "Ambil berkas ini"],
        ),
        (
            Status.AWAITING_APPROVAL,
            StaffGroup.APPROVERS,
            ["Setujui", "Tolak", "Ambil berkas ini"],
        ),
        (Status.SUBMITTED, StaffGroup.APPROVERS, ["Tolak", "Ambil berkas ini"]),
        (Status.REJECTED, StaffGroup.APPROVERS, []),
    ],
)
def test_the_buttons_are_exactly_the_steps_this_user_may_take_now(
    client, status, group, buttons
):
    user = factories.staff_in_groups(group)
    application = factories.application_in(status)
    client.force_login(user)

    response = client.get(detail(application))

    assert button_labels(response) == buttons


def test_accept_through_the_confirmation_page(client, verifier):
    application = factories.submitted()
    client.force_login(verifier)

    confirmation = client.get(action(application, "accept"))
    assert confirmation.status_code == 200
    assert "Konfirmasi: Terima" in main_text(confirmation)
    assert Application.objects.get(pk=application.pk).status == Status.SUBMITTED

    response = client.post(action(application, "accept"), {"note": ""}, follow=True)

    assert response.redirect_chain[-1][0] == detail(application)
    assert "Pemeriksaan dimulai" in main_text(response)
    application.refresh_from_db()
    assert (application.status, application.assignee) == (Status.VERIFYING, verifier)


def test_reject_needs_the_reason_the_applicant_reads(client, approver):
    application = factories.application_in(Status.AWAITING_APPROVAL)
    client.force_login(approver)

    form = html(client.get(action(application, "reject")))
    assert "Alasan" in form.find("label", attrs={"for": "id_note"}).get_text()
    empty = client.post(action(application, "reject"), {"note": "  "})
    assert empty.status_code == 200
    assert "Tuliskan alasannya." in main_text(empty)
    assert Application.objects.get(pk=application.pk).status == Status.AWAITING_APPROVAL

    client.post(action(application, "reject"), {"note": "STR tidak berlaku."})

    application.refresh_from_db()
    assert application.status == Status.REJECTED
    assert application.events.last().note == "STR tidak berlaku."


def test_the_approve_confirmation_repeats_the_warnings(client, approver):
    page = factories.make_permit_page(max_active_permits=1)
    factories.application_in(Status.APPROVED, permit_page=page)
    application = factories.application_in(Status.AWAITING_APPROVAL, permit_page=page)
    client.force_login(approver)

    text = main_text(client.get(action(application, "approve")))

    assert "Periksa sebelum menyetujui" in text
    assert "Konfirmasi: Setujui" in text


def test_the_colleague_who_comes_second_gets_a_message_not_an_error(client, verifier):
    colleague = factories.staff_in_groups(StaffGroup.VERIFIERS)
    application = factories.submitted()
    client.force_login(verifier)
    client.get(action(application, "accept"))  # both open the confirmation
    workflow.perform(application, "accept", actor=colleague)

    response = client.post(action(application, "accept"), {"note": ""}, follow=True)

    assert response.status_code == 200
    # The page says what the status is now, whichever check caught it.
    assert "sudah ditindaklanjuti lebih dulu" in main_text(response) or (
        "Riwayat di bawah menunjukkan apa yang terjadi" in main_text(response)
    )
    assert Application.objects.get(pk=application.pk).assignee == colleague


def test_a_step_of_another_group_is_refused_with_a_message(client, reviewer):
    application = factories.submitted()
    client.force_login(reviewer)

    response = client.post(action(application, "accept"), {"note": ""}, follow=True)

    assert response.status_code == 200
    assert "tidak dapat Anda lakukan" in main_text(response)
    assert Application.objects.get(pk=application.pk).status == Status.SUBMITTED


def test_an_unknown_action_is_a_message_too(client, verifier):
    application = factories.submitted()
    client.force_login(verifier)

    response = client.get(action(application, "publish"), follow=True)

    assert response.status_code == 200
    assert "tidak dapat Anda lakukan" in main_text(response)


def test_actions_need_the_csrf_token(verifier):
    application = factories.submitted()
    client = Client(enforce_csrf_checks=True)
    client.force_login(verifier)

    response = client.post(action(application, "accept"), {"note": ""})

    assert response.status_code == 403
    assert Application.objects.get(pk=application.pk).status == Status.SUBMITTED


# --- Return for correction ---


def test_returning_documents_names_each_document_and_its_reason(
    client, verifier, research_page
):
    seed_reasons()
    application = factories.with_documents(
        factories.application_in(
            Status.VERIFYING,
            permit_page=research_page,
            staff={StaffGroup.VERIFIERS: verifier},
        ),
        kinds={"pas_foto": "png"},
    )
    url = reverse("applications:return", args=[application.pk])
    client.force_login(verifier)

    form = html(client.get(url))
    checkbox = form.find("label", attrs={"for": "id_return_proposal"})
    reasons = [option.get_text() for option in form.select("select option")]
    assert "Proposal penelitian" in checkbox.get_text()
    assert "Dokumen tidak terbaca" in reasons and "Dokumen tidak lengkap" in reasons
    assert (
        "Catatan untuk pemohon"
        in form.find("label", attrs={"for": "id_note"}).get_text()
    )

    response = client.post(
        url,
        {
            "return_proposal": "on",
            "reason_proposal": "Dokumen tidak lengkap",
            "reason_surat_permohonan": "Dokumen tidak terbaca",  # not ticked
            "note": "Mohon unggah ulang proposal dengan lembar pengesahan.",
        },
        follow=True,
    )

    assert "Perlu perbaikan" in main_text(response)
    event = application.events.last()
    assert event.action == "request_revision"
    assert event.note == "Mohon unggah ulang proposal dengan lembar pengesahan."
    assert event.data == {
        "documents": [
            {
                "key": "proposal",
                "label": "Proposal penelitian",
                "reason": "Dokumen tidak lengkap",
            }
        ]
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"return_proposal": "on", "note": "Perbaiki."},
            "Pilih alasan untuk “Proposal penelitian”.",
        ),
        ({"note": "Perbaiki."}, "Centang paling sedikit satu dokumen"),
        (
            {"return_proposal": "on", "reason_proposal": "Dokumen tidak terbaca"},
            "Tulis catatan untuk pemohon.",
        ),
    ],
    ids=["ticked without a reason", "nothing ticked", "no note"],
)
def test_an_incomplete_return_keeps_the_form_and_says_why(
    client, verifier, research_page, data, message
):
    seed_reasons()
    application = factories.with_documents(
        factories.application_in(Status.VERIFYING, permit_page=research_page)
    )
    client.force_login(verifier)

    response = client.post(reverse("applications:return", args=[application.pk]), data)

    assert response.status_code == 200
    assert message in main_text(response)
    assert Application.objects.get(pk=application.pk).status == Status.VERIFYING


def test_the_return_form_is_only_for_a_file_being_verified(client, verifier):
    application = factories.submitted()
    client.force_login(verifier)

    response = client.get(
        reverse("applications:return", args=[application.pk]), follow=True
    )

    assert "tidak dapat Anda lakukan" in main_text(response)


# --- Assign to me ---


def test_assign_to_me_takes_the_file_into_my_queue(client, reviewer):
    application = factories.application_in(Status.AWAITING_RECOMMENDATION)
    url = reverse("applications:assign", args=[application.pk])
    client.force_login(reviewer)

    assert client.get(url).status_code == 405
    response = client.post(url, follow=True)

    assert "ditugaskan kepada Anda" in main_text(response)
    assert Application.objects.get(pk=application.pk).assignee == reviewer
    assert "Ambil berkas ini" not in button_labels(response)


# --- Documents ---


def test_a_document_is_served_to_staff_and_every_access_is_recorded(client, verifier):
    application = factories.with_documents(factories.submitted(), kinds={"ktp": "png"})
    pdf = application.documents.get(requirement_key="str")
    png = application.documents.get(requirement_key="ktp")
    client.force_login(verifier)

    preview = client.get(reverse("applications:document", args=[pdf.pk]))
    image = client.get(reverse("applications:document", args=[png.pk]))
    download = client.get(
        reverse("applications:document", args=[pdf.pk]), {"download": "1"}
    )

    assert preview["Content-Type"] == "application/pdf"
    assert b"".join(preview.streaming_content).startswith(b"%PDF")
    assert preview["Content-Disposition"].startswith("inline")
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert preview["X-Content-Type-Options"] == "nosniff"
    assert image["Content-Type"] == "image/png"
    assert "sandbox" in image["Content-Security-Policy"]
    assert download["Content-Disposition"].startswith("attachment")
    entries = ModelLogEntry.objects.filter(action=DOCUMENT_LOG_ACTION).order_by("pk")
    assert [
        (entry.user_id, entry.data["requirement"], entry.data["download"])
        for entry in entries
    ] == [
        (verifier.pk, "str", False),
        (verifier.pk, "ktp", False),
        (verifier.pk, "str", True),
    ]
    assert all(entry.object_id == str(application.pk) for entry in entries)
    page = main_text(client.get(detail(application)))
    assert "Akses petugas" in page and "Mengunduh “STR”, versi 1" in page


def test_a_missing_file_is_not_found_not_an_error(client, verifier):
    application = factories.with_documents(factories.submitted())
    document = application.documents.first()
    document.file.storage.delete(document.file.name)
    client.force_login(verifier)

    response = client.get(reverse("applications:document", args=[document.pk]))

    assert response.status_code == 404


def test_the_page_names_the_letter_once_there_is_one(client, approver):
    application = factories.application_in(Status.APPROVED)
    letter = factories.letter_for(application)
    client.force_login(approver)

    assert f"Surat {letter.number}" in main_text(client.get(detail(application)))


# --- Dashboard ---


def test_the_dashboard_panel_shows_my_queue_counts_and_deadlines(
    client, verifier, frozen_time
):
    frozen_time("2026-10-01 09:00")
    page = factories.make_permit_page(service_days=1)
    late = factories.submitted(page)
    frozen_time("2026-10-07 09:00")
    factories.application_in(Status.AWAITING_RECOMMENDATION, permit_page=page)
    client.force_login(verifier)

    panel = html(client.get(reverse("wagtailadmin_home"))).find(
        id="sinopen-applications-section"
    )
    text = " ".join(panel.get_text(" ").split())

    assert late.number in [a.get_text(strip=True) for a in panel.select("ol a")]
    assert "Terlambat 1" in text
    assert "Diterima: 1" in text and "Menunggu rekomendasi: 1" in text
    assert panel.find("a", href="/admin/applications/?deadline=overdue") is not None


def test_the_dashboard_panel_is_not_shown_without_access(client):
    client.force_login(editor_with_admin_access())

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    assert html(response).find(id="sinopen-applications-section") is None


# --- Settings screens ---


def test_verifiers_extend_the_list_of_return_reasons(client, verifier):
    from sinopen_site.demo import ensure_groups

    ensure_groups()
    client.force_login(verifier)

    response = client.post(
        reverse("return-reasons:add"),
        {"text": "Foto tidak sesuai ketentuan", "active": "on", "sort_order": "9"},
    )

    assert response.status_code == 302
    assert ReturnReason.objects.filter(text="Foto tidak sesuai ketentuan").exists()


def test_approvers_keep_the_calendar_of_local_closures(client, approver):
    from permits.models import CalendarException
    from sinopen_site.demo import ensure_groups

    ensure_groups()
    client.force_login(approver)

    response = client.post(
        reverse("calendar-exceptions:add"),
        {"date": "2026-12-09", "description": "Pilkada serentak"},
    )

    assert response.status_code == 302
    assert CalendarException.objects.get(date=date(2026, 12, 9)).is_open is False


def test_a_superuser_sets_which_categories_a_group_covers(client, django_user_model):
    from django.contrib.auth.models import Group

    from permits.models import StaffGroupScope

    admin = django_user_model.objects.create_superuser("chief", "c@x.test", "pw-123")
    group = Group.objects.create(name="Reviewer Kesbangpol")
    client.force_login(admin)

    response = client.post(
        reverse("staff-group-scopes:add"),
        {"group": group.pk, "categories": ["research"]},
    )

    assert response.status_code == 302
    assert StaffGroupScope.objects.get(group=group).categories == ["research"]


def test_the_search_box_fetches_its_results_fragment(client, verifier):
    wanted = factories.submitted()
    client.force_login(verifier)

    response = client.get(reverse("applications:index_results"), {"q": wanted.number})

    assert response.status_code == 200
    assert [a.get_text(strip=True) for a in html(response).select("td.title a")] == [
        wanted.number
    ]
