"""The accepted kinds and size of a document are worded by one function, so
the permit page's requirement list, the form and the upload errors say the
same: "PDF, JPEG atau PNG · maks. 2 MB"."""

import re

import pytest
from django.utils import translation

from permits.constants import (
    document_kinds_text,
    document_rule_text,
    document_size_text,
)

from . import applying, files

REQUIREMENTS = [
    {
        "key": "ktp",
        "label": "KTP",
        "accepted_kinds": ["pdf", "jpeg", "png"],
        "max_size_mb": 2,
    },
    {"key": "str", "label": "STR", "accepted_kinds": ["pdf"], "max_size_mb": 5},
    {"key": "foto", "label": "Pas foto", "accepted_kinds": ["jpeg", "png"]},
    # Names no kind: the form takes PDF, and the page must say so too.
    {"key": "lain", "label": "Lampiran", "accepted_kinds": [], "multiple": True},
]


@pytest.mark.parametrize(
    ("kinds", "text"),
    [
        (["pdf"], "PDF"),
        (["jpeg", "png"], "JPEG atau PNG"),
        (["pdf", "jpeg", "png"], "PDF, JPEG atau PNG"),
        ([], "PDF"),
    ],
)
def test_document_kinds_text_in_indonesian(kinds, text):
    with translation.override("id"):
        assert document_kinds_text(kinds) == text


def test_document_rule_text_names_kinds_size_and_several_files():
    with translation.override("id"):
        assert document_size_text(2) == "maks. 2 MB"
        assert document_rule_text(["pdf", "png"], 2) == "PDF atau PNG · maks. 2 MB"
        assert (
            document_rule_text(["pdf"], 5, multiple=True)
            == "PDF · maks. 5 MB · boleh beberapa berkas"
        )


def meta_lines(html):
    return [
        " ".join(line.split())
        for line in re.findall(r'<p class="meta">([^<]*·[^<]*)</p>', html)
    ]


def test_the_permit_page_and_the_form_describe_each_document_alike(client, db):
    permit = applying.public_permit_page(requirements=REQUIREMENTS)

    on_page = meta_lines(client.get(permit.url).content.decode())
    on_form = meta_lines(client.get(applying.apply_url(permit)).content.decode())

    assert on_page == [
        "PDF, JPEG atau PNG · maks. 2 MB",
        "PDF · maks. 5 MB",
        "JPEG atau PNG · maks. 5 MB",
        "PDF · maks. 5 MB · boleh beberapa berkas",
    ]
    assert on_form == on_page


def test_an_upload_of_the_wrong_kind_names_the_kinds_as_the_page_does(client, db):
    permit = applying.public_permit_page(requirements=REQUIREMENTS)
    data = applying.applicant()

    response, _key = applying.fill_in(
        client,
        permit,
        data,
        uploads={
            "doc-ktp": files.upload("ktp.pdf", files.small_pdf(), "application/pdf"),
            "doc-str": files.upload("str.pdf", files.small_pdf(), "application/pdf"),
            "doc-foto": files.upload("foto.pdf", files.small_pdf(), "application/pdf"),
        },
    )

    html = response.content.decode()
    assert "dokumen ini harus berupa JPEG atau PNG" in html
