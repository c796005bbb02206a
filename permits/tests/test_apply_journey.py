"""Applying online: fill in → check → send → receipt, and nothing lost on the way."""

import threading
import time

import pytest
from django.db import connection, connections
from django.test import Client

from permits.constants import Status
from permits.models import (
    Application,
    ApplicationDocument,
    ApplicationDraft,
    ApplicationEvent,
    PermitPage,
    StagedUpload,
)

from . import applying, files


@pytest.fixture
def permit(db):
    return applying.public_permit_page()


def test_form_has_the_applicant_block_the_questions_and_one_slot_per_document(
    client, permit
):
    response = client.get(applying.apply_url(permit))

    html = response.content.decode()
    assert response.status_code == 200
    for label in ["Nama lengkap", "NIK", "E-mail", "Nomor ponsel", "Alamat"]:
        assert f">{label}" in html
    assert 'name="q-practice_place"' in html
    assert 'name="doc-ktp"' in html and 'name="doc-str"' in html
    assert 'accept=".pdf,application/pdf"' in html
    assert html.count('type="file"') == 2
    assert (
        'name="nik" inputmode="numeric" autocomplete="off" maxlength="32" required'
        in html
    )
    assert response["Cache-Control"] == "private, no-store"


def test_form_route_is_never_served_from_the_page_cache(client, page_cache, db):
    permit = applying.public_permit_page()
    assert client.get(permit.url).status_code == 200
    first = client.get(applying.apply_url(permit))
    second = Client().get(applying.apply_url(permit))

    assert applying.form_key_in(first) != applying.form_key_in(second)
    assert "csrftoken" in second.cookies


def test_applicant_fills_in_checks_sends_and_gets_a_receipt(client, permit):
    response, key = applying.fill_in(client, permit)
    assert response.status_code == 303
    assert response["Location"].endswith("/ajukan/periksa/")

    check = client.get(response["Location"])
    text = check.content.decode()
    assert "Rahmi Oktaviani" in text
    assert "1371024107950002" in text
    assert "1 Juli 1995" in text  # birth date read from the NIK
    assert "Perempuan" in text  # day of birth + 40
    assert "+62 812-6655-4321" in text
    assert "Puskesmas Andalas" in text
    assert "ktp.pdf" in text and "str.pdf" in text
    assert Application.objects.count() == 0

    sent = applying.send(client, permit, key)
    assert sent.status_code == 303
    receipt = client.get(sent["Location"])

    application = Application.objects.get()
    assert receipt.status_code == 200
    assert application.number in receipt.content.decode()
    assert "/lacak/" in receipt.content.decode()
    assert application.submission_key == key
    assert application.status == Status.SUBMITTED
    assert application.phone == "+6281266554321"
    assert application.answers == {"practice_place": "Puskesmas Andalas"}
    assert application.transaction_kind == "new"
    assert sorted(application.documents.values_list("requirement_key", flat=True)) == [
        "ktp",
        "str",
    ]
    event = ApplicationEvent.objects.get(application=application)
    assert (event.action, event.to_status) == ("submit", Status.SUBMITTED)
    assert not ApplicationDraft.objects.exists()
    assert not StagedUpload.objects.exists()


def test_receipt_is_reachable_again_but_not_by_the_number_alone(client, permit):
    receipt, key = applying.apply(client, permit)
    application = Application.objects.get()
    receipt_url = f"{applying.apply_url(permit)}terkirim/{key}/"

    again = Client().get(receipt_url)
    by_number = Client().get(
        f"{applying.apply_url(permit)}terkirim/{application.number}/"
    )

    assert again.status_code == 200
    assert application.number in again.content.decode()
    assert "rahmi@example.com" not in again.content.decode()
    assert by_number.status_code == 404


def test_answers_are_flat_strings_of_the_contract(client, db):
    permit = applying.public_permit_page(
        fields=[
            {"clean_name": "start_date", "label": "Mulai", "field_type": "date"},
            {"clean_name": "team_size", "label": "Jumlah", "field_type": "number"},
            {
                "clean_name": "places",
                "label": "Tempat",
                "field_type": "checkboxes",
                "choices": "Puskesmas\nSekolah\nKantor",
            },
            {
                "clean_name": "agree",
                "label": "Setuju",
                "field_type": "checkbox",
                "required": False,
            },
        ]
    )
    start = applying.future(30)
    data = applying.applicant(
        **{"q-practice_place": None},
        **{"q-start_date": start.isoformat(), "q-team_size": "3"},
    )
    data["q-places"] = ["Puskesmas", "Kantor"]

    applying.apply(client, permit, data)

    assert Application.objects.get().answers == {
        "start_date": start.isoformat(),
        "team_size": "3",
        "places": "Puskesmas, Kantor",
        "agree": "Tidak",
    }


def test_application_keeps_the_page_revision_it_was_made_against(client, permit):
    response, key = applying.fill_in(client, permit)
    permit = PermitPage.objects.get(pk=permit.pk)
    pinned = permit.live_revision

    # Staff rename the question and publish while the applicant checks.
    field = permit.form_fields.get()
    field.label = "Nama fasilitas kesehatan"
    field.save()
    permit.save_revision().publish()
    permit.refresh_from_db()
    assert permit.live_revision != pinned

    applying.send(client, permit, key)

    application = Application.objects.get()
    assert application.page_revision == pinned
    labels = [f.label for f in application.page_revision.as_object().form_fields.all()]
    assert labels == ["Tempat praktik"]


def test_uploads_survive_an_error_elsewhere_and_are_not_asked_again(client, permit):
    response, key = applying.fill_in(
        client, permit, applying.applicant(nik="137102410795000")
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "16 angka" in html
    assert "ktp.pdf" in html and "str.pdf" in html  # kept and listed
    assert 'name="doc-ktp"' in html and 'id="id_doc-ktp" name="doc-ktp"' in html
    assert 'data-max-bytes="5242880" required' not in html  # no file asked again
    assert 'value="Rahmi Oktaviani"' in html  # everything typed is kept
    assert StagedUpload.objects.count() == 2

    fixed, _key = applying.fill_in(client, permit, key=key, uploads={})

    assert fixed.status_code == 303
    applying.send(client, permit, key)
    assert Application.objects.get().documents.count() == 2


def test_back_and_forth_between_form_and_check_loses_nothing(client, permit):
    response, key = applying.fill_in(client, permit)
    client.get(response["Location"])

    back = client.get(applying.apply_url(permit))

    html = back.content.decode()
    assert applying.form_key_in(back) == key
    assert 'value="Rahmi Oktaviani"' in html
    assert "ktp.pdf" in html and "str.pdf" in html
    again, _key = applying.fill_in(
        client, permit, applying.applicant(full_name="Rahmi Oktaviani Putri"), {}, key
    )
    assert again.status_code == 303
    assert "Rahmi Oktaviani Putri" in client.get(again["Location"]).content.decode()


def test_a_removed_upload_is_asked_for_again(client, permit):
    applying.fill_in(client, permit)
    upload = StagedUpload.objects.get(requirement_key="str")
    key = ApplicationDraft.objects.get().key

    response, _key = applying.fill_in(
        client, permit, {**applying.applicant(), "remove": [upload.pk]}, {}, key
    )

    assert response.status_code == 200
    assert "Unggah dokumen ini" in response.content.decode()
    assert not StagedUpload.objects.filter(requirement_key="str").exists()


def test_a_new_file_replaces_the_one_received_for_a_one_file_slot(client, permit):
    response, key = applying.fill_in(client, permit)
    first = StagedUpload.objects.get(requirement_key="str")

    applying.fill_in(
        client,
        permit,
        key=key,
        uploads={"doc-str": files.upload("str-baru.pdf", files.pdf_bytes(pages=2))},
    )

    assert list(
        StagedUpload.objects.filter(requirement_key="str").values_list(
            "original_name", flat=True
        )
    ) == ["str-baru.pdf"]
    assert not StagedUpload.objects.filter(pk=first.pk).exists()


def test_two_files_for_a_several_files_slot_are_both_stored_with_the_application(
    client, db
):
    permit = applying.public_permit_page(requirements=applying.SEVERAL_FILES)
    ktp = files.upload("ktp.pdf", files.small_pdf())

    applying.apply(
        client,
        permit,
        uploads={"doc-ktp": ktp, "doc-sertifikat": applying.certificates(2)},
    )

    documents = Application.objects.get().documents.filter(requirement_key="sertifikat")
    assert sorted(documents.values_list("original_name", flat=True)) == [
        "sertifikat-1.pdf",
        "sertifikat-2.pdf",
    ]
    assert len({document.sha256 for document in documents}) == 2
    for document in documents:
        assert document.file.read().startswith(b"%PDF")


def test_double_click_on_send_makes_one_application(client, permit):
    response, key = applying.fill_in(client, permit)

    first = applying.send(client, permit, key)
    second = applying.send(client, permit, key)

    assert Application.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_same_form_posted_twice_200_ms_apart_makes_one_application(client, permit):
    response, key = applying.fill_in(client, permit)

    first = applying.send(client, permit, key)
    time.sleep(0.2)
    second = Client().post(applying.apply_url(permit) + "kirim/", {"form_key": key})

    assert Application.objects.count() == 1
    assert second.status_code == 303
    assert first["Location"] == second["Location"]


def test_back_and_resubmit_of_the_form_after_sending_shows_the_receipt(client, permit):
    receipt, key = applying.apply(client, permit)

    # Back to the filled form (restored by the browser) and press "Periksa" again.
    again, _key = applying.fill_in(client, permit, key=key)
    fresh = client.get(applying.apply_url(permit))

    assert Application.objects.count() == 1
    assert again.status_code == 303
    assert again["Location"].endswith(f"/terkirim/{key}/")
    assert applying.form_key_in(fresh) != key  # a new form for a new application


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("delay", [0.0, 0.2])
def test_two_posts_at_once_on_postgresql_make_one_application(delay):
    permit = applying.public_permit_page()
    client = Client()
    response, key = applying.fill_in(client, permit)
    assert response.status_code == 303
    answers = []
    start = threading.Barrier(2)

    def post(wait):
        try:
            start.wait()
            time.sleep(wait)
            answers.append(applying.send(Client(), permit, key))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post, args=(wait,)) for wait in (0, delay)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert Application.objects.count() == 1
    assert [answer.status_code for answer in answers] == [303, 303]
    assert answers[0]["Location"] == answers[1]["Location"]
    assert ApplicationDocument.objects.count() == 2


def test_a_sent_form_can_be_started_afresh_for_another_application(client, permit):
    applying.apply(client, permit)

    second, _key = applying.apply(
        client, permit, applying.applicant(nik="1371025506900003")
    )

    assert Application.objects.count() == 2
