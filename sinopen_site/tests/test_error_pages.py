"""Error pages speak Indonesian and keep the site's look, even the ones Django
renders without the site's context."""

import pytest
from django.test import Client, RequestFactory
from django.utils import translation
from django.views.defaults import server_error


def test_an_unknown_address_gets_the_indonesian_not_found_page(seeded, client):
    response = client.get("/halaman-yang-tidak-ada/")

    assert response.status_code == 404
    html = response.content.decode()
    assert 'lang="id"' in html
    assert "Halaman tidak ditemukan" in html
    assert 'href="/lacak/"' in html


def test_a_form_sent_without_its_security_token_gets_an_indonesian_page(seeded):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/lacak/", {"number": "SNP-2026-000001"})

    assert response.status_code == 403
    html = response.content.decode()
    assert "Formulir sudah kedaluwarsa" in html
    assert "Reason given" not in html


@pytest.mark.django_db
def test_a_server_error_page_needs_neither_request_context_nor_database(
    django_assert_num_queries,
):
    request = RequestFactory().get("/")
    with translation.override("id"), django_assert_num_queries(0):
        response = server_error(request)

    assert response.status_code == 500
    assert "Terjadi kesalahan di pihak kami" in response.content.decode()
