"""A document needed only for some answers is asked for exactly then; staff
write the condition in the words of the form, and the editor refuses one that
does not match it."""

import pytest
from django.contrib.auth import get_user_model

from home.tests.seeding import edit_form_data, post_edit
from permits import conditions
from permits.apply.forms import questions_of, transaction_kinds_of
from permits.demo.catalogue import PRACTICE_AT_FACILITY, PRACTICE_OWN
from permits.models import Application, PermitPage

from . import applying, files
from .test_apply_seeded import NURSE, fill_like_a_person

NEEDED = "Unggah dokumen ini: jawaban Anda menyatakan dokumen ini diperlukan."


def staff(username):
    return get_user_model().objects.get(username=username)


def own_practice_form(client, page):
    form = client.get(f"{page.url}ajukan/")
    data, uploads = fill_like_a_person(form.content.decode(), NURSE)
    data["q-practice_type"] = PRACTICE_OWN
    return data, uploads


def test_every_seeded_condition_names_a_question_and_answer_of_its_form(seeded_db):
    checked = 0
    for page in PermitPage.objects.all():
        kinds = [kind for kind, _label in transaction_kinds_of(page)]
        for requirement in page.requirements.exclude(required_when=""):
            assert not requirement.required
            conditions.read(requirement.required_when, questions_of(page), kinds)
            checked += 1
    assert checked > 40


def test_own_practice_without_a_floor_plan_asks_for_it_and_keeps_the_rest(
    seeded_db, client
):
    page = PermitPage.objects.get(slug="sip-perawat")
    data, uploads = own_practice_form(client, page)
    applications = Application.objects.count()

    response = client.post(f"{page.url}ajukan/", {**data, **uploads})

    assert response.status_code == 200
    html = response.content.decode()
    # The floor plan and the list of equipment: beside each, and in the summary.
    assert html.count(NEEDED) == 4
    assert "Jl. Khatib Sulaiman No. 12" in html  # typed answers kept
    assert "sudah diterima" in html  # and the files already sent
    assert Application.objects.count() == applications

    data["form_key"] = applying.form_key_in(response)
    more = {
        "doc-denah_ruang": files.upload("denah.pdf", files.small_pdf()),
        "doc-daftar_peralatan": files.upload("alat.pdf", files.small_pdf()),
    }
    response = client.post(f"{page.url}ajukan/", {**data, **more})
    assert response.status_code == 303, applying.errors_in(response)


def test_practice_at_a_facility_needs_no_floor_plan(seeded_db, client):
    page = PermitPage.objects.get(slug="sip-perawat")
    data, uploads = own_practice_form(client, page)
    data["q-practice_type"] = PRACTICE_AT_FACILITY

    response = client.post(f"{page.url}ajukan/", {**data, **uploads})

    assert response.status_code == 303, applying.errors_in(response)


OLD_PERMIT = {
    "key": "sip_lama",
    "label": "SIP lama",
    "required": False,
    "required_when": "Jenis permohonan: Perpanjangan",
    "accepted_kinds": ["pdf"],
}


@pytest.mark.django_db
def test_a_renewal_needs_the_old_permit_and_a_new_application_does_not(client):
    page = applying.public_permit_page(
        requirements=[{"key": "ktp", "label": "KTP", "accepted_kinds": ["pdf"]}]
        + [OLD_PERMIT]
    )
    ktp = {"doc-ktp": files.upload("ktp.pdf", files.small_pdf())}

    renewal, _key = applying.fill_in(
        client, page, applying.applicant(transaction_kind="renewal"), ktp
    )
    assert renewal.status_code == 200
    assert NEEDED in renewal.content.decode()

    ktp = {"doc-ktp": files.upload("ktp.pdf", files.small_pdf())}
    new, _key = applying.fill_in(client, page, applying.applicant(), ktp)
    assert new.status_code == 303, applying.errors_in(new)


def test_the_permit_page_and_the_form_say_when_the_document_is_needed(
    seeded_db, client
):
    page = PermitPage.objects.get(slug="sip-perawat")
    wanted = "wajib jika Jenis praktik: Praktik mandiri"

    assert wanted in client.get(page.url).content.decode()
    assert wanted in client.get(f"{page.url}ajukan/").content.decode()


def requirement_index(data, key):
    for name in data:
        if (
            name.startswith("requirements-")
            and name.endswith("-key")
            and data[name] == key
        ):
            return name.split("-")[1]
    raise AssertionError(f"no requirement {key} in the edit form")


@pytest.mark.parametrize(
    ("condition", "required", "message"),
    [
        (
            "Jenis tempat: Praktik mandiri",
            False,
            "Formulir tidak punya pertanyaan “Jenis tempat”.",
        ),
        (
            "Jenis praktik: Praktik bersama",
            False,
            "“Praktik bersama” bukan salah satu jawaban: "
            f"{PRACTICE_AT_FACILITY}; {PRACTICE_OWN}.",
        ),
        ("Praktik mandiri", False, "Tulis pertanyaan, titik dua"),
        (f"Jenis praktik: {PRACTICE_OWN}", True, "Hapus centang “wajib”"),
    ],
    ids=["unknown question", "unknown answer", "no colon", "also required"],
)
def test_a_condition_that_does_not_match_the_form_is_refused_when_saving(
    seeded_db, client, condition, required, message
):
    page = PermitPage.objects.get(slug="sip-perawat")
    revisions = page.revisions.count()
    client.force_login(staff("moderator"))
    data = edit_form_data(client, page)
    index = requirement_index(data, "denah_ruang")
    data[f"requirements-{index}-required_when"] = condition
    if required:
        data[f"requirements-{index}-required"] = "on"

    response = post_edit(client, page, data, "action-publish")

    assert response.status_code == 200
    assert message in response.content.decode()
    assert page.revisions.count() == revisions


def test_a_condition_in_other_words_of_the_form_is_saved(seeded_db, client):
    page = PermitPage.objects.get(slug="sip-perawat")
    client.force_login(staff("moderator"))
    data = edit_form_data(client, page)
    index = requirement_index(data, "sip_lama")
    # The key of the question and the English name of the kinds do as well.
    data[f"requirements-{index}-required_when"] = "transaction_kind: renewal; Move"

    response = post_edit(client, page, data, "action-publish")

    assert response.status_code == 302
    requirement = page.requirements.get(key="sip_lama")
    assert requirement.required_when == "transaction_kind: renewal; Move"
