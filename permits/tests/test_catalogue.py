import json
import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page

from home.tests.seeding import approve_current_task, edit_form_data, post_edit
from permits.constants import Category
from permits.demo.catalogue import PERMITS
from permits.models import Application, PermitIndexPage, PermitPage

API_FIELDS = (
    "category,abbreviation,summary,product,fee,service_days,validity_months,"
    "transaction_kinds,requirements,steps,complaints,legal_basis,recommending_office,"
    "blank_forms"
)


def data_for(slug):
    return next(data for data in PERMITS if data["slug"] == slug)


def staff(username):
    return get_user_model().objects.get(username=username)


def text_of(response):
    return response.content.decode()


@pytest.mark.parametrize("data", PERMITS, ids=[data["slug"] for data in PERMITS])
def test_each_permit_page_shows_its_service_standard(seeded_db, client, data):
    response = client.get(f"/layanan/{data['slug']}/")

    assert response.status_code == 200
    html = text_of(response)
    assert 'lang="id"' in html
    assert escape(data["title"]) in html
    assert escape(data["fee"]) in html
    assert escape(data["product"]) in html
    for requirement in data["requirements"]:
        assert escape(requirement["label"]) in html
    for step in data["steps"]:
        assert escape(step["title"]) in html
    assert escape(data["legal_basis"][0]) in html
    assert "SP4N-LAPOR!" in html  # complaints handling
    assert escape(data["recommending_office"]) in html
    assert f'href="/layanan/{data["slug"]}/ajukan/"' in html
    assert "/panduan/" in html  # related guides


def test_published_requirement_list_is_the_rows_the_form_asks_for(seeded_db, client):
    page = PermitPage.objects.get(slug="sip-perawat")
    requirement = page.requirements.get(key="ktp")
    requirement.label = "KTP elektronik yang masih berlaku"
    requirement.save()

    html = text_of(client.get("/layanan/sip-perawat/"))

    assert "KTP elektronik yang masih berlaku" in html


def test_seeded_permits_have_their_own_text_not_one_copy(seeded_db):
    pages = list(PermitPage.objects.all())

    assert len(pages) == len(PERMITS) == 25
    assert len({page.summary for page in pages}) == len(pages)
    assert len({page.product for page in pages}) == len(pages)
    for page in pages:
        assert page.service_days == sum(step.working_days for step in page.steps.all())
        assert page.requirements.exists()
        assert page.transaction_kinds


def test_catalogue_lists_every_permit_and_filters_by_category(seeded_db, client):
    everything = text_of(client.get("/layanan/"))
    research_only = text_of(client.get("/layanan/?kategori=research"))

    for data in PERMITS:
        assert escape(data["title"]) in everything
    assert "Surat Keterangan Penelitian" in research_only
    assert "Surat Izin Praktik Perawat" not in research_only


def test_catalogue_ignores_an_unknown_category(seeded_db, client):
    response = client.get("/layanan/?kategori=<script>")

    assert response.status_code == 200
    assert "Surat Izin Praktik Perawat" in text_of(response)
    assert "<script>" not in text_of(response)


def test_api_lists_every_permit_with_its_service_standard(seeded_db, client):
    response = client.get(
        f"/api/v2/pages/?type=permits.PermitPage&fields={API_FIELDS}&limit=100"
    )

    assert response.status_code == 200
    payload = response.json()
    assert payload["meta"]["total_count"] == len(PERMITS)
    by_slug = {item["meta"]["slug"]: item for item in payload["items"]}
    nurse = by_slug["sip-perawat"]
    assert nurse["fee"] == "Rp0 (tidak dipungut biaya)"
    assert nurse["service_days"] == sum(s["working_days"] for s in nurse["steps"])
    assert nurse["category"] == Category.HEALTH
    assert "renewal" in nurse["transaction_kinds"]
    assert {r["key"] for r in nurse["requirements"]} >= {"ktp", "str", "pas_foto"}
    assert nurse["blank_forms"][0]["download_url"].startswith("/documents/")
    assert by_slug["izin-penelitian"]["validity_months"] == 12


def test_api_carries_nothing_personal(seeded_db, client):
    page = PermitPage.objects.get(slug="sip-perawat")
    editor = staff("editor")
    page.owner = editor
    page.save()
    Application.objects.create(
        number="SIP-2026-000001",
        permit_page=page,
        transaction_kind="new",
        full_name="Siti Rahmawati Personal",
        nik="1371015208900001",
        email="siti.personal@example.id",
        phone="+6281234567890",
        address="Jl. Rahasia No. 9",
        submitted_at=timezone.now(),
        access_token_hash="a" * 64,
    )

    bodies = [
        client.get("/api/v2/pages/?type=permits.PermitPage&fields=*&limit=100"),
        client.get(f"/api/v2/pages/{page.pk}/"),
        client.get("/api/v2/pages/?fields=*&limit=100"),
        client.get("/api/v2/documents/?fields=*"),
        client.get("/api/v2/images/?fields=*"),
    ]

    for response in bodies:
        assert response.status_code == 200
        body = text_of(response)
        for secret in (
            "Siti Rahmawati",
            "1371015208900001",
            "siti.personal",
            "6281234567890",
            editor.email,
            '"owner"',
            "reviewer_group",
            "access_token",
        ):
            assert secret not in body
    assert "form_fields" not in json.dumps(bodies[1].json())


def test_service_time_that_disagrees_with_the_steps_is_refused_in_the_editor(
    seeded_db, client
):
    page = PermitPage.objects.get(slug="sip-perawat")
    revisions_before = page.revisions.count()
    client.force_login(staff("moderator"))
    data = edit_form_data(client, page)
    data["service_days"] = "12"  # the steps add up to 9

    response = post_edit(client, page, data, "action-publish")

    assert response.status_code == 200  # the form again, with the message
    assert "berjumlah 9 hari kerja" in text_of(response)  # the admin speaks Indonesian
    page.refresh_from_db()
    assert page.service_days == 9
    assert page.revisions.count() == revisions_before


def test_editor_changes_the_fee_moderator_approves_and_the_page_shows_it_at_once(
    seeded_db, client, page_cache
):
    # The public page is served from the anonymous page cache during this test,
    # so it also shows that publishing makes the cached copy go.
    page = PermitPage.objects.get(slug="sip-perawat")
    anonymous = client.__class__()
    assert "Rp0 (tidak dipungut biaya)" in text_of(anonymous.get(page.url))

    client.force_login(staff("editor"))
    data = edit_form_data(client, page)
    data["fee"] = "Rp0 (gratis, tanpa pungutan apa pun)"
    response = post_edit(client, page, data, "action-submit")
    assert response.status_code == 302
    assert "gratis, tanpa pungutan" not in text_of(anonymous.get(page.url))

    client.force_login(staff("moderator"))
    response = approve_current_task(client, page)
    assert response.status_code in (200, 302)

    assert "gratis, tanpa pungutan" in text_of(anonymous.get(page.url))
    api = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert api["fee"] == "Rp0 (gratis, tanpa pungutan apa pun)"
    # The round trip through the admin form lost nothing else.
    page = PermitPage.objects.get(pk=page.pk)
    assert page.transaction_kinds == ["new", "renewal", "move", "replacement"]
    assert page.requirements.count() == len(data_for("sip-perawat")["requirements"])
    assert page.service_days == 9 and page.steps.count() == 6


def test_editors_cannot_publish_the_catalogue_without_a_moderator(seeded_db, client):
    page = PermitPage.objects.get(slug="izin-penelitian")
    client.force_login(staff("editor"))
    data = edit_form_data(client, page)
    data["fee"] = "Rp1"

    post_edit(client, page, data, "action-publish")

    page.refresh_from_db()
    assert page.fee != "Rp1"


def test_scheduled_publishing_shows_the_change_when_its_time_comes(seeded_db, client):
    page = PermitPage.objects.get(slug="sip-bidan")
    page.fee = "Rp0 (berlaku mulai bulan depan)"
    revision = page.save_revision(user=staff("moderator"))
    revision.approved_go_live_at = timezone.now() - timezone.timedelta(minutes=1)
    revision.save()
    assert "berlaku mulai bulan depan" not in text_of(client.get(page.url))

    with open(os.devnull, "w") as quiet:
        call_command("publish_scheduled", stdout=quiet)

    assert "berlaku mulai bulan depan" in text_of(client.get(page.url))


def test_moderation_workflow_guards_the_catalogue_and_the_guides(seeded_db):
    for page in (
        PermitIndexPage.objects.get(),
        Page.objects.get(slug="panduan"),
        PermitPage.objects.get(slug="sip-dokter"),
    ):
        workflow = page.get_workflow()
        assert workflow is not None and workflow.name == "Moderators approval"
        task = workflow.tasks.get().specific
        assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]


def add_filler_permits(count):
    index = PermitIndexPage.objects.get()
    for number in range(count):
        index.add_child(
            instance=PermitPage(
                title=f"Izin contoh {number}",
                slug=f"izin-contoh-{number}",
                category=Category.OTHER,
                abbreviation="IC",
                summary="Izin contoh untuk menguji ukuran katalog.",
                product="Surat contoh",
                service_days=1,
                popular=number % 2 == 0,
            )
        )


QUERY_COUNT_URLS = [
    "/",
    "/layanan/",
    "/layanan/sip-perawat/",
    "/panduan/",
    "/panduan/cara-mengajukan-sip/",
    "/cari/?q=perawat",
]


def count_queries(client, url):
    client.get(url)  # warm Wagtail's cached site root paths
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_queries_per_page_do_not_grow_with_the_catalogue(seeded_db, client):
    with_25 = {url: count_queries(client, url) for url in QUERY_COUNT_URLS}

    add_filler_permits(475)
    assert PermitPage.objects.count() == 500
    with_500 = {url: count_queries(client, url) for url in QUERY_COUNT_URLS}

    assert with_500 == with_25


def test_permit_page_weighs_under_100_kb_before_images(seeded_db, client):
    html = client.get("/layanan/sip-dokter-spesialis/").content
    assets = re.findall(rb'<link rel="stylesheet" href="/static/([^"]+)"', html)
    assets += re.findall(rb'<script[^>]+src="/static/([^"]+)"', html)
    weight = len(html) + sum(
        Path(finders.find(asset.decode())).stat().st_size for asset in assets
    )

    assert assets  # the stylesheet was found and counted
    assert weight < 100 * 1024


def test_permit_page_has_landmarks_skip_link_and_one_h1(seeded_db, client):
    html = text_of(client.get("/layanan/sip-perawat/"))

    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html
    assert html.count("<h1") == 1


def test_english_is_served_under_en(seeded_db, client):
    response = client.get("/en/layanan/sip-perawat/")

    assert response.status_code == 200
    assert 'lang="en"' in text_of(response)


def test_admin_edit_view_of_a_permit_page_opens_for_editors(seeded_db, client):
    client.force_login(staff("editor"))
    page = PermitPage.objects.get(slug="sip-perawat")

    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200
