"""The application form's routes are found without Wagtail's tree walk, and
behave as Wagtail would serve them."""

import re

from django.conf import settings
from django.utils import translation
from wagtail.models import PageViewRestriction

from permits.models import PermitPage

from . import applying


def test_the_form_of_a_seeded_permit_opens_in_both_languages(seeded_db, client):
    for prefix in ("", "/en"):
        response = client.get(f"{prefix}/layanan/sip-perawat/ajukan/")

        assert response.status_code == 200
        assert 'name="form_key"' in response.content.decode()


def test_ajukan_under_a_page_that_is_no_permit_is_wagtails_404(seeded_db, client):
    assert client.get("/panduan/ajukan/").status_code == 404
    assert client.get("/layanan/izin-yang-tidak-ada/ajukan/").status_code == 404
    assert client.get("/layanan/sip-perawat/ajukan/tidak-ada/").status_code == 404


def test_an_unpublished_permit_takes_no_applications(seeded_db, client):
    PermitPage.objects.get(slug="sip-bidan").unpublish()

    assert client.get("/layanan/sip-bidan/ajukan/").status_code == 404


def test_a_restricted_permit_page_keeps_its_restriction_on_the_form(seeded_db, client):
    page = PermitPage.objects.get(slug="sip-perawat")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )

    response = client.get("/layanan/sip-perawat/ajukan/")

    assert 'name="form_key"' not in response.content.decode()
    assert 'name="password"' in response.content.decode()


LANGUAGE_LINK = re.compile(r'<a href="([^"]+)" hreflang="(id|en)"')


def language_links(response):
    return {code: url for url, code in LANGUAGE_LINK.findall(response.content.decode())}


def test_the_language_switcher_keeps_the_page_of_a_normal_page(seeded_db, client):
    for path in ("/layanan/sip-perawat/", "/en/layanan/sip-perawat/"):
        assert language_links(client.get(path)) == {
            "id": "/layanan/sip-perawat/",
            "en": "/en/layanan/sip-perawat/",
        }


def test_the_language_switcher_of_the_form_stays_on_the_form(seeded_db, client):
    for path in (
        "/layanan/izin-penelitian/ajukan/",
        "/en/layanan/izin-penelitian/ajukan/",
    ):
        assert language_links(client.get(path)) == {
            "id": "/layanan/izin-penelitian/ajukan/",
            "en": "/en/layanan/izin-penelitian/ajukan/",
        }


def test_the_language_switcher_of_the_check_step_and_receipt_stays_on_them(client, db):
    # The test client leaves the last page's language active in this thread,
    # where the helpers work out `permit.url`: fill in and send in Indonesian.
    permit = applying.public_permit_page()
    with translation.override(settings.LANGUAGE_CODE):
        form = applying.apply_url(permit)
        filled, key = applying.fill_in(client, permit)
    check = filled["Location"]
    check_links = {
        prefix: language_links(client.get(prefix + check)) for prefix in ("", "/en")
    }
    with translation.override(settings.LANGUAGE_CODE):
        receipt = applying.send(client, permit, key)["Location"]
    receipt_links = {
        prefix: language_links(client.get(prefix + receipt)) for prefix in ("", "/en")
    }

    assert check == form + "periksa/" and receipt.startswith(form + "terkirim/")
    for path, links in ((check, check_links), (receipt, receipt_links)):
        for prefix in ("", "/en"):
            assert links[prefix] == {"id": path, "en": "/en" + path}


def permit_page_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, [
        q["sql"] for q in queries if 'FROM "permits_permitpage"' in q["sql"]
    ]


def test_with_the_page_cache_on_the_form_finds_its_page_from_memory_until_a_change(
    seeded_db, client, page_cache
):
    form = "/layanan/sip-perawat/ajukan/"
    _response, first = permit_page_queries(client, form)
    _response, again = permit_page_queries(client, form)
    assert first and again == []

    page = PermitPage.objects.get(slug="sip-perawat")
    page.title = "Surat Izin Praktik Perawat (baru)"
    page.save_revision().publish()

    response, after_publish = permit_page_queries(client, form)
    assert after_publish
    assert "Surat Izin Praktik Perawat (baru)" in response.content.decode()

    page.unpublish()
    assert client.get(form).status_code == 404


def test_a_page_from_memory_is_never_changed_by_a_request(
    seeded_db, client, page_cache
):
    from home.page_cache import remembered_answers

    form = "/layanan/sip-perawat/ajukan/"
    client.get(form)
    (kept,) = [
        value for value in remembered_answers.values() if isinstance(value, PermitPage)
    ]
    fresh = PermitPage.objects.live().get(slug="sip-perawat")

    client.get(form)
    client.post(form, {"full_name": "Rahmi"})

    # The views pin a revision and keep the form's definition on their page:
    # on their own copy, never on the one in memory.
    assert kept.__dict__.keys() == fresh.__dict__.keys()


def restriction_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, [
        q["sql"]
        for q in queries
        if 'FROM "wagtailcore_pageviewrestriction"' in q["sql"]
    ]


def test_with_the_page_cache_on_a_restriction_added_later_still_guards_the_form(
    seeded_db, client, page_cache
):
    form = "/layanan/sip-perawat/ajukan/"
    response, first = restriction_queries(client, form)
    assert 'name="form_key"' in response.content.decode()
    _response, again = restriction_queries(client, form)
    assert first and again == []

    # Made private from above: the catalogue page holding every permit.
    catalogue = PermitPage.objects.get(slug="sip-perawat").get_parent()
    PageViewRestriction.objects.create(
        page=catalogue, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    response = client.get(form)
    assert 'name="form_key"' not in response.content.decode()
    assert 'name="password"' in response.content.decode()
    assert "no-cache" in response["Cache-Control"]
