import os
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext

from permits.models import PermitPage


def result_links(response):
    return re.findall(r'class="card-title" href="([^"]+)"', response.content.decode())


def test_home_page_has_search_categories_services_guides_tracking_and_office(
    seeded_db, client
):
    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="search"' in html and 'action="/cari/"' in html
    assert '<label for="home-search"' in html
    for category in ("health", "research", "other"):
        assert f"/layanan/?kategori={category}" in html
    popular = PermitPage.objects.filter(popular=True).order_by("title").first()
    assert f'href="{popular.url}"' in html
    assert "/panduan/" in html and 'href="/lacak/"' in html
    assert "(0751) 000000" in html
    assert "Senin–Kamis 08.00–15.30 WIB" in html


def test_search_for_perawat_lists_the_nurse_permit_first(seeded_db, client):
    response = client.get("/cari/", {"q": "perawat"})

    assert response.status_code == 200
    assert 'lang="id"' in response.content.decode()
    assert result_links(response)[0] == "/layanan/sip-perawat/"


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("penelitian", "/layanan/izin-penelitian/"),
        ("bidan", "/layanan/sip-bidan/"),
        ("apoteker", "/layanan/sip-apoteker/"),
    ],
)
def test_search_puts_the_matching_permit_first(seeded_db, client, query, first):
    assert result_links(client.get("/cari/", {"q": query}))[0] == first


def test_search_finds_guides_too(seeded_db, client):
    links = result_links(client.get("/cari/", {"q": "foto"}))

    assert "/panduan/mengecilkan-foto-dari-ponsel/" in links


def test_izin_penelitian_finds_the_research_guide_by_its_keywords(seeded_db, client):
    # The guide's title says "Surat Keterangan Penelitian"; people say "izin".
    links = result_links(client.get("/cari/", {"q": "izin penelitian"}))

    assert links[0] == "/layanan/izin-penelitian/"
    assert "/panduan/cara-mengajukan-izin-penelitian/" in links


def test_words_that_never_occur_together_still_find_pages(seeded_db, client):
    links = result_links(client.get("/cari/", {"q": "perawat zzzqqq"}))

    assert links[0] == "/layanan/sip-perawat/"


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "zzzqqq",
        "perawat' OR 1=1 --",
        "<script>x</script>",
        "a" * 500,
        # Punctuation that SQLite's full-text syntax chokes on.
        '"',
        'izin"',
        'SIP "perawat',
        "'\"<script>alert(1)</script>",
        "\x00",
        "perawat*",
        "NEAR(perawat bidan)",
    ],
)
def test_search_survives_odd_queries(seeded_db, client, query):
    response = client.get("/cari/", {"q": query})

    assert response.status_code == 200
    assert "<script>x</script>" not in response.content.decode()


def test_search_with_an_unmatched_quote_still_finds_the_nurse_permit(seeded_db, client):
    assert result_links(client.get("/cari/", {"q": 'SIP "perawat'}))[0] == (
        "/layanan/sip-perawat/"
    )


@pytest.mark.parametrize("query", ['"', 'izin"', "<script>", "\x00", "a:b"])
def test_api_search_survives_punctuation(seeded_db, client, query):
    response = client.get("/api/v2/pages/", {"search": query})

    assert response.status_code == 200


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_anonymous_repeat_visit_is_served_from_the_page_cache(
    seeded_db, client, page_cache
):
    first, _ = queries_for(client, "/layanan/sip-perawat/")
    second, response = queries_for(client, "/layanan/sip-perawat/")

    assert first > 5
    assert second == 0
    assert "Surat Izin Praktik Perawat" in response.content.decode()


def test_logged_in_staff_never_get_the_anonymous_copy(seeded_db, client, page_cache):
    client.get("/layanan/sip-perawat/")
    client.force_login(get_user_model().objects.get(username="editor"))

    count, response = queries_for(client, "/layanan/sip-perawat/")

    assert count > 0
    assert "wagtail-userbar" in response.content.decode()


def test_a_change_to_office_settings_shows_at_once(seeded_db, client, page_cache):
    from sinopen_site.models import OfficeSettings

    client.get("/")
    office = OfficeSettings.objects.get()
    office.phone = "(0751) 123456"
    office.save()

    assert "(0751) 123456" in client.get("/").content.decode()


def site_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in queries if '"wagtailcore_site"' in q["sql"]]


def test_the_site_of_a_host_is_looked_up_once_per_generation(
    seeded_db, client, page_cache
):
    from wagtail.models import Site

    form = "/layanan/sip-perawat/ajukan/"  # a route: never a cached page
    assert site_queries(client, form)
    assert site_queries(client, form) == []

    site = Site.objects.get(is_default_site=True)
    site.site_name = "Portal baru"
    site.save()

    assert site_queries(client, form)


def test_each_host_keeps_its_own_site_between_requests(seeded_db, page_cache, settings):
    from django.test import Client
    from wagtail.models import Site

    settings.ALLOWED_HOSTS = ["testserver", "portal.example"]
    site = Site.objects.get(is_default_site=True)
    Site.objects.create(
        hostname="portal.example", port=80, root_page=site.root_page, site_name="B"
    )
    for host in ("testserver", "portal.example", "testserver", "portal.example"):
        response = Client(HTTP_HOST=host).get("/layanan/sip-perawat/ajukan/")
        assert response.status_code == 200
        assert response.wsgi_request._wagtail_site.hostname == (
            "portal.example" if host == "portal.example" else site.hostname
        )


def test_search_results_are_not_cached(seeded_db, client, page_cache):
    client.get("/cari/", {"q": "perawat"})
    count, _ = queries_for(client, "/cari/?q=perawat")

    assert count > 0


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs REDIS_URL")
def test_with_redis_the_workers_share_the_generation_through_it(
    seeded_db, client, page_cache, settings
):
    from home.page_cache import GENERATION_KEY, local_pages

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
    client.get("/layanan/sip-perawat/")
    page = PermitPage.objects.get(slug="sip-perawat")
    page.fee = "Rp0 (dibebaskan)"
    page.save_revision().publish()

    assert "dibebaskan" in client.get("/layanan/sip-perawat/").content.decode()
    assert not settings.PAGE_CACHE_GENERATION_FILE.exists()
    from django.core.cache import cache

    assert cache.get(GENERATION_KEY) is not None
    local_pages.clear()


def test_the_generation_file_stays_where_the_setting_says(
    seeded_db, client, page_cache, settings
):
    client.get("/")

    assert settings.PAGE_CACHE_GENERATION_FILE.exists()


def test_pages_name_their_icon_so_browsers_do_not_ask_for_favicon_ico(
    seeded_db, client
):
    html = client.get("/").content.decode()

    icon = re.search(r'<link rel="icon" href="/static/([^"]+)"', html)
    assert icon and finders.find(icon.group(1))


def test_a_page_made_private_is_never_served_from_the_page_cache(
    seeded_db, client, page_cache
):
    from wagtail.models import PageViewRestriction

    assert client.get("/layanan/sip-perawat/").status_code == 200  # now cached
    page = PermitPage.objects.get(slug="sip-perawat")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )

    response = client.get("/layanan/sip-perawat/")

    # Wagtail's password form instead of the page.
    assert 'name="password"' in response.content.decode()
    assert "Persyaratan" not in response.content.decode()
