"""Steps of the application journey as a browser takes them, for the tests."""

import re
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Page, Site

from . import factories, files

FORM_KEY = re.compile(r'name="form_key" value="([^"]+)"')
NUMBER = re.compile(r"SNP-\d{4}-\d{6}")


def public_permit_page(**kwargs):
    """`factories.make_permit_page`, served by the default site (the factory's
    catalogue hangs under the tree's root, outside Wagtail's welcome site)."""
    page = factories.make_permit_page(**kwargs)
    site = Site.objects.get(is_default_site=True)
    site.root_page = Page.get_first_root_node()
    site.save()  # also clears Wagtail's cached site root paths
    return page


# A permit whose second document takes several files (training certificates).
SEVERAL_FILES = [
    {"key": "ktp", "label": "KTP", "accepted_kinds": ["pdf", "jpeg", "png"]},
    {
        "key": "sertifikat",
        "label": "Sertifikat pelatihan",
        "accepted_kinds": ["pdf"],
        "multiple": True,
    },
]


def certificates(count, start=1):
    """`count` different PDFs for the several-files slot (identical files would
    count as one file sent twice)."""
    return [
        files.upload(f"sertifikat-{n}.pdf", files.pdf_bytes(text=f"Sertifikat {n}"))
        for n in range(start, start + count)
    ]


def apply_url(page):
    return page.url + "ajukan/"


def form_key_in(response):
    match = FORM_KEY.search(response.content.decode())
    assert match, "no form key on the page"
    return match.group(1)


def applicant(**overrides):
    data = {
        "full_name": "Rahmi Oktaviani",
        "nik": "1371024107950002",
        "email": "rahmi@example.com",
        "phone": "0812 6655 4321",
        "address": "Jl. Perintis Kemerdekaan No. 77, Padang",
        "q-practice_place": "Puskesmas Andalas",
        "transaction_kind": "new",
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def documents(**overrides):
    """A file for each slot of the default test permit (KTP and STR)."""
    chosen = {
        "doc-ktp": files.upload("ktp.pdf", files.small_pdf(), "application/pdf"),
        "doc-str": files.upload("str.pdf", files.small_pdf(), "application/pdf"),
    }
    chosen.update(overrides)
    return {name: value for name, value in chosen.items() if value is not None}


def fill_in(client, page, data=None, uploads=None, key=None, **extra):
    """GET the form (for its key) unless given one, then POST it."""
    if key is None:
        key = form_key_in(client.get(apply_url(page)))
    payload = {**(applicant() if data is None else data), "form_key": key}
    payload.update(documents() if uploads is None else uploads)
    return client.post(apply_url(page), payload, **extra), key


def send(client, page, key, **extra):
    return client.post(apply_url(page) + "kirim/", {"form_key": key}, **extra)


def apply(client, page, data=None, uploads=None):
    """The whole journey; returns (receipt response, form key)."""
    response, key = fill_in(client, page, data, uploads)
    assert response.status_code == 303, errors_in(response)
    check = client.get(response["Location"])
    assert check.status_code == 200
    sent = send(client, page, key)
    assert sent.status_code == 303
    return client.get(sent["Location"]), key


def future(days):
    return timezone.localdate() + timedelta(days=days)


def errors_in(response):
    """The error messages a form page shows (for assertion messages)."""
    html = response.content.decode()
    return re.findall(r'<ul class="errorlist"[^>]*>(.*?)</ul>', html, re.S)
