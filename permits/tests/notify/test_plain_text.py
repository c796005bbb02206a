"""The plain-text part of every message reads well in a plain mail client: no
line starts with spaces, never two blank lines in a row, the answers one
"Label: value" per line."""

import re

import pytest
from wagtail.models import Site

from permits.models import MessageTemplate
from permits.models.notifications import MessageKind
from permits.notify import compose
from permits.notify.placeholders import Value
from sinopen_site.models import OfficeSettings

from .. import factories

pytestmark = pytest.mark.django_db

# What staff and applicants may type: indented lines, runs of blank lines,
# Windows line ends, an address on several lines.
NOTE = "  Foto KTP buram.\r\n\r\n\r\n\r\n   Mohon unggah ulang.  \n\t- halaman 2"
ADDRESS = "Jl. Perintis Kemerdekaan No. 77\n  Kel. Jati\nPadang"


@pytest.fixture
def office(db):
    settings = OfficeSettings.for_site(Site.objects.get(is_default_site=True))
    settings.phone = "(0751) 123456"
    settings.email = "dpmptsp@padang.go.id"
    settings.address = "Jl. Bagindo Aziz Chan\nPadang"
    settings.save()
    compose._office_cache.clear()
    yield settings
    compose._office_cache.clear()


def every_value(application):
    values = compose.application_values(application)
    values.update(
        {
            "catatan": Value.plain(NOTE),
            "dokumen": Value.items(["KTP: buram", "STR:\n  habis"]),
            "jawaban": Value.pairs(compose.answer_pairs(application)),
            "petugas": Value.plain("Vina Verifikator"),
            "penutupan": Value.plain(""),  # automatic closing is off
            "berkas": Value.items([f"{application.number} — terlambat 2 hari"]),
        }
    )
    return values


def assert_plain_text_reads_well(text):
    lines = text.split("\n")
    indented = [line for line in lines if re.match(r"\s", line)]
    assert not indented, indented
    assert "\n\n\n" not in text
    assert not [line for line in lines if line != line.rstrip()]
    assert text.endswith("\n") and not text.endswith("\n\n")


@pytest.mark.parametrize("kind", list(MessageKind))
def test_the_plain_text_of_each_message_has_no_indented_lines_or_blank_runs(
    office, kind
):
    application = factories.submitted(address=ADDRESS)

    rendered = compose.render(kind, every_value(application))

    assert_plain_text_reads_well(rendered.text)
    assert "Telepon: (0751) 123456" in rendered.text


@pytest.mark.parametrize("kind", list(MessageKind))
def test_a_staff_edited_template_with_indents_and_blank_lines_still_reads_well(
    office, kind
):
    MessageTemplate.objects.filter(kind=kind).delete()
    MessageTemplate.objects.create(
        kind=kind,
        subject="Permohonan {nomor}",
        body="Yth. {nama},\n\n\n\n    Catatan: {catatan}\n\n{penutupan}\n\n"
        "   {dokumen}\n\n\n{tautan}\n   ",
    )
    application = factories.submitted(address=ADDRESS)

    rendered = compose.render(kind, every_value(application))

    assert_plain_text_reads_well(rendered.text)
    assert "Catatan: Foto KTP buram.\n\nMohon unggah ulang.\n- halaman 2" in (
        rendered.text
    )


def test_the_copy_of_the_answers_is_one_label_and_value_per_line(office):
    application = factories.submitted(address=ADDRESS)
    values = every_value(application)

    text = compose.render(MessageKind.RECEIVED, values).text

    assert "Nama lengkap: Rahmi Oktaviani\nNIK: 1371********0002\n" in text
    assert "Alamat: Jl. Perintis Kemerdekaan No. 77, Kel. Jati, Padang\n" in text
    assert "Tempat praktik: Puskesmas Andalas\n" in text
