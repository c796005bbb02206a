"""The application form's routes are found without Wagtail's tree walk, and
behave as Wagtail would serve them."""

from wagtail.models import PageViewRestriction

from permits.models import PermitPage


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
