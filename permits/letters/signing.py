"""Signing letters (PAdES, pyHanko).

A signer is anything with `sign(pdf_bytes, *, reason, location) -> bytes`.
`LETTER_SIGNER` names the class; the default, `Pkcs12Signer`, signs with the
office certificate in a PKCS#12 file (`LETTER_SIGNING_CERTIFICATE`, passphrase in
`LETTER_SIGNING_PASSPHRASE`). A government signing service such as BSrE's would
be another class with the same method that sends the PDF (or its digest) to the
service and returns the signed PDF.
"""

import datetime
import io
import logging
import os
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

logger = logging.getLogger("sinopen.letters")

SIGNATURE_FIELD = "TandaTanganElektronik"
# Room for the CMS signature in the PDF: enough for an RSA-4096 chain of three.
SIGNATURE_BYTES = 16384


class Pkcs12Signer:
    """Signs with a key and certificate (and its chain) from a PKCS#12 file."""

    def __init__(self, path=None, passphrase=None):
        path = Path(path or settings.LETTER_SIGNING_CERTIFICATE)
        if passphrase is None:
            passphrase = settings.LETTER_SIGNING_PASSPHRASE
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ImproperlyConfigured(
                f"No signing certificate at {path}: set LETTER_SIGNING_CERTIFICATE "
                "or run `manage.py make_signing_certificate` (development only)."
            ) from error

        from pyhanko.sign import signers

        try:
            loaded = signers.SimpleSigner.load_pkcs12_data(
                data, other_certs=[], passphrase=passphrase.encode() or None
            )
        except ValueError as error:
            raise ImproperlyConfigured(
                f"Cannot open the signing certificate at {path}: wrong passphrase "
                "(LETTER_SIGNING_PASSPHRASE) or not a PKCS#12 file."
            ) from error
        self.signer = _signer_keeping_its_key(loaded)

    @property
    def certificate(self):
        return self.signer.signing_cert

    def sign(self, pdf, *, reason="", location=""):
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers

        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        metadata = signers.PdfSignatureMetadata(
            field_name=SIGNATURE_FIELD,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=reason or None,
            location=location or None,
        )
        output = signers.sign_pdf(
            writer, metadata, signer=self.signer, bytes_reserved=SIGNATURE_BYTES
        )
        return output.getvalue()


def _signer_keeping_its_key(loaded):
    """pyHanko's SimpleSigner, holding the parsed private key.

    SimpleSigner parses its private key again for every signature, and parsing
    an RSA key (with its consistency checks) costs some 40 ms, several times the
    signature itself; parsed once per worker, a signature costs a few ms.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from pyhanko.sign.general import get_pyca_cryptography_hash
    from pyhanko.sign.signers import SimpleSigner

    class KeptKeySigner(SimpleSigner):
        def sign_raw(self, data, digest_algorithm):
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            if mechanism.signature_algo == "rsassa_pkcs1v15" and isinstance(
                self.private_key, RSAPrivateKey
            ):
                return self.private_key.sign(
                    data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm)
                )
            return super().sign_raw(data, digest_algorithm)

    signer = KeptKeySigner(
        signing_cert=loaded.signing_cert,
        signing_key=loaded.signing_key,
        cert_registry=loaded.cert_registry,
    )
    signer.private_key = serialization.load_der_private_key(
        loaded.signing_key.dump(), password=None
    )
    return signer


@lru_cache(maxsize=4)
def _signer(class_path, certificate, mtime):
    return import_string(class_path)()


def get_signer():
    """The configured signer, loaded once per worker (again when the file changes)."""
    certificate = str(settings.LETTER_SIGNING_CERTIFICATE)
    try:
        mtime = os.stat(certificate).st_mtime_ns
    except OSError:
        mtime = None
    return _signer(settings.LETTER_SIGNER, certificate, mtime)


def make_self_signed_certificate(path, *, common_name, organisation, passphrase=""):
    """Write a new key and self-signed certificate as a PKCS#12 file.

    For development and tests only: readers' PDF software shows the signature as
    intact but its signer as unknown, because no certificate authority vouches for
    it.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64]),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64]),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    encryption = (
        serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase
        else serialization.NoEncryption()
    )
    data = pkcs12.serialize_key_and_certificates(
        b"sinopen-letters", key, certificate, None, encryption
    )

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    temporary.chmod(0o600)
    temporary.replace(path)
    logger.info("signing_certificate_created")
    return certificate


def make_development_certificate(path=None):
    from sinopen_site.models import OfficeSettings

    office = OfficeSettings()
    return make_self_signed_certificate(
        path or settings.LETTER_SIGNING_CERTIFICATE,
        common_name=f"{office.office_short_name} {office.city} (pengembangan)",
        organisation=office.government_name,
        passphrase=settings.LETTER_SIGNING_PASSPHRASE,
    )


def ensure_development_certificate():
    """Make the self-signed certificate if none is there yet; True if made."""
    if Path(settings.LETTER_SIGNING_CERTIFICATE).exists():
        return False
    make_development_certificate()
    return True
