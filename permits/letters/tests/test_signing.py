import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from permits.letters import render, signing


def a_pdf():
    return render.html_to_pdf("<p>Surat uji</p>")


def test_make_signing_certificate_makes_one_and_then_leaves_it(settings, tmp_path):
    settings.LETTER_SIGNING_CERTIFICATE = tmp_path / "office.p12"
    out = io.StringIO()

    call_command("make_signing_certificate", stdout=out)
    first = settings.LETTER_SIGNING_CERTIFICATE.read_bytes()
    call_command("make_signing_certificate", stdout=out)

    assert settings.LETTER_SIGNING_CERTIFICATE.read_bytes() == first
    assert "exists" in out.getvalue()
    assert oct(settings.LETTER_SIGNING_CERTIFICATE.stat().st_mode)[-3:] == "600"

    call_command("make_signing_certificate", "--force", stdout=out)
    assert settings.LETTER_SIGNING_CERTIFICATE.read_bytes() != first


def test_a_certificate_with_a_passphrase_signs_verifiably(settings, tmp_path):
    settings.LETTER_SIGNING_CERTIFICATE = tmp_path / "office.p12"
    settings.LETTER_SIGNING_PASSPHRASE = "rahasia-kantor"
    signing.make_development_certificate()
    signer = signing.get_signer()

    signed = signer.sign(a_pdf(), reason="Uji", location="Padang")

    [embedded] = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    status = validate_pdf_signature(
        embedded, ValidationContext(trust_roots=[signer.certificate])
    )
    assert status.bottom_line
    assert embedded.sig_object["/Location"] == "Padang"


def test_a_missing_certificate_is_a_clear_configuration_error(settings, tmp_path):
    settings.LETTER_SIGNING_CERTIFICATE = tmp_path / "none.p12"

    with pytest.raises(ImproperlyConfigured, match="make_signing_certificate"):
        signing.get_signer()


def test_a_wrong_passphrase_is_a_clear_configuration_error(settings, tmp_path):
    settings.LETTER_SIGNING_CERTIFICATE = tmp_path / "office.p12"
    settings.LETTER_SIGNING_PASSPHRASE = "benar"
    signing.make_development_certificate()
    settings.LETTER_SIGNING_PASSPHRASE = "salah"

    with pytest.raises(ImproperlyConfigured, match="LETTER_SIGNING_PASSPHRASE"):
        signing.Pkcs12Signer()


class RecordingSigner:
    """Another signer, as a signing service's would plug in."""

    signed = []

    def sign(self, pdf, *, reason="", location=""):
        RecordingSigner.signed.append(reason)
        return pdf + b"%signed-elsewhere\n"


def test_another_signer_plugs_in_through_the_setting(settings, letter_page):
    from permits.tests import factories

    settings.LETTER_SIGNER = f"{__name__}.RecordingSigner"

    application = factories.issued_with_letter(letter_page)

    with application.letter.pdf.open("rb") as handle:
        assert handle.read().endswith(b"%signed-elsewhere\n")
    assert RecordingSigner.signed == [
        f"SURAT IZIN PRAKTIK PERAWAT nomor {application.letter.number}"
    ]
