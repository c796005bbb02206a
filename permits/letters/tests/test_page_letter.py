import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from home.tests.seeding import edit_form_data, post_edit
from permits.demo.catalogue import PERMITS
from permits.demo.seed import fill_missing_letter_fields
from permits.letters import placeholders
from permits.models import PermitIndexPage, PermitPage


def user(username):
    return get_user_model().objects.get(username=username)


def with_extra_paragraph(contentstate_json, text):
    """The Draftail value of a rich text field with one more paragraph."""
    state = json.loads(contentstate_json)
    state["blocks"].append(
        {
            "key": "extra",
            "type": "unstyled",
            "depth": 0,
            "text": text,
            "inlineStyleRanges": [],
            "entityRanges": [],
            "data": {},
        }
    )
    return json.dumps(state)


@pytest.mark.parametrize("data", PERMITS, ids=[data["slug"] for data in PERMITS])
def test_every_demo_letter_uses_only_known_placeholders(data):
    questions = [field["key"] for field in data.get("fields", [])]

    assert placeholders.unknown_in(data["letter_body"], questions) == []


def test_seeded_permits_carry_their_letter_settings(seeded_db):
    research = PermitPage.objects.get(slug="izin-penelitian")
    nurse = PermitPage.objects.get(slug="sip-perawat")

    assert research.letter_title == "SURAT KETERANGAN PENELITIAN"
    assert research.letter_archive_code == "070"
    assert "{research_title}" in research.letter_template
    assert nurse.letter_unit_code == "SIPP/DPMPTSP"
    assert nurse.validity_months == 60
    assert "Yang bersangkutan" in nurse.letter_copy_list()
    assert all(page.letter_template for page in PermitPage.objects.all())


def test_seeding_gives_older_pages_their_letter_settings_once(seeded_db):
    index = PermitIndexPage.objects.get()
    page = PermitPage.objects.get(slug="sip-bidan")
    for name in (
        "letter_title",
        "letter_unit_code",
        "letter_template",
        "letter_copies",
    ):
        setattr(page, name, "")
    page.save_revision().publish()

    fill_missing_letter_fields(index)
    fill_missing_letter_fields(index)

    page = PermitPage.objects.get(slug="sip-bidan")
    assert page.letter_title == "SURAT IZIN PRAKTIK BIDAN"
    assert "{practice_place_name}" in page.letter_template
    assert not page.has_unpublished_changes
    assert page.get_latest_revision_as_object().letter_title == page.letter_title


def test_an_unknown_placeholder_is_refused_when_the_page_is_saved(seeded_db, client):
    page = PermitPage.objects.get(slug="sip-perawat")
    revisions = page.revisions.count()
    client.force_login(user("moderator"))
    data = edit_form_data(client, page)
    data["letter_template"] = with_extra_paragraph(
        data["letter_template"], "Berlaku di {kota_praktik} dan {city}."
    )

    response = post_edit(client, page, data, "action-publish")

    assert response.status_code == 200
    assert "Isian tidak dikenal: {kota_praktik}." in response.content.decode()
    assert page.revisions.count() == revisions


def test_a_question_name_is_a_known_placeholder(seeded_db, client):
    page = PermitPage.objects.get(slug="sip-perawat")
    client.force_login(user("moderator"))
    data = edit_form_data(client, page)
    data["letter_template"] = with_extra_paragraph(
        data["letter_template"], "Jadwal praktik: {schedule}."
    )

    response = post_edit(client, page, data, "action-publish")

    assert response.status_code == 302
    page.refresh_from_db()
    assert "Jadwal praktik: {schedule}." in page.letter_template


def test_editor_previews_the_letter_with_a_sample_application(seeded_db, client):
    page = PermitPage.objects.get(slug="izin-penelitian")
    client.force_login(user("moderator"))
    data = edit_form_data(client, page)
    data["letter_title"] = "SURAT KETERANGAN PENELITIAN (UJI)"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    posted = client.post(preview_url, {name: data.getlist(name) for name in data})
    response = client.get(preview_url, {"mode": "letter"})

    assert posted.json()["is_valid"]
    html = response.content.decode()
    assert response.status_code == 200
    assert "SURAT KETERANGAN PENELITIAN (UJI)" in html
    assert "CONTOH" in html
    assert "Rahmi Oktaviani" in html
    assert "[Judul penelitian]" in html  # a sample answer where the real one goes
    assert "070/0001/SKP/DPMPTSP/" in html
    assert 'src="data:image/png;base64,' in html  # the QR code, inline
    assert "/static/css/letter.css" in html


def test_the_letter_panel_lists_the_placeholders(seeded_db, client):
    page = PermitPage.objects.get(slug="izin-penelitian")
    client.force_login(user("moderator"))

    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
    html = html.decode()

    assert "{holder_name}" in html
    assert "{research_title}" in html


def test_same_number_codes_in_another_series_are_refused(seeded_db, client):
    page = PermitPage.objects.get(slug="sip-bidan")
    client.force_login(user("moderator"))
    data = edit_form_data(client, page)
    data["letter_unit_code"] = "SIPP/DPMPTSP"  # the nurses' codes
    data["letter_series"] = "bidan"

    response = post_edit(client, page, data, "action-publish")

    assert response.status_code == 200
    assert "dengan kode yang sama dalam seri lain" in response.content.decode()


def test_same_number_codes_share_the_series_by_default(seeded_db, client):
    page = PermitPage.objects.get(slug="sip-bidan")
    client.force_login(user("moderator"))
    data = edit_form_data(client, page)
    data["letter_unit_code"] = "SIPP/DPMPTSP"

    response = post_edit(client, page, data, "action-publish")

    assert response.status_code == 302
    nurse = PermitPage.objects.get(slug="sip-perawat")
    midwife = PermitPage.objects.get(slug="sip-bidan")
    assert midwife.letter_series_key() == nurse.letter_series_key()


def test_a_new_permit_page_form_offers_the_letter_panel(seeded_db, client):
    index = PermitIndexPage.objects.get()
    client.force_login(user("admin"))

    response = client.get(
        reverse("wagtailadmin_pages:add", args=["permits", "permitpage", index.pk])
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "{holder_name}" in html
    assert 'name="letter_archive_code"' in html
