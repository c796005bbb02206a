"""Upload checks: a file is judged by what its bytes are, never by its name or
the browser's claim.

Accepted: real PDFs (they open, are not encrypted, have pages), JPEG and PNG
images (they decode fully). Images are encoded again, with the camera's
orientation applied, so EXIF (location, camera, time), XMP, comments and text
chunks are gone. Every file is stored under a generated name in private storage;
the applicant's own file name is kept only for display.
"""

import hashlib
import io
import logging
import secrets
import unicodedata
import warnings
from dataclasses import dataclass

from django.core.files.base import ContentFile, File
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader

from ..constants import DocumentKind, document_kinds_text
from ..models.applications import private_storage
from .fields import one_line

logger = logging.getLogger("sinopen.apply")

MEGABYTE = 1024 * 1024
DISPLAY_NAME_LENGTH = 100
EXTENSIONS = {
    DocumentKind.PDF: "pdf",
    DocumentKind.JPEG: "jpg",
    DocumentKind.PNG: "png",
}
# What the `accept` attribute of a file input offers, per kind.
ACCEPT = {
    DocumentKind.PDF: ".pdf,application/pdf",
    DocumentKind.JPEG: ".jpg,.jpeg,image/jpeg",
    DocumentKind.PNG: ".png,image/png",
}
SUFFIXES = {
    DocumentKind.PDF: (".pdf",),
    DocumentKind.JPEG: (".jpg", ".jpeg"),
    DocumentKind.PNG: (".png",),
}
HEAD_SIZE = 2048


class UploadRefused(Exception):
    """The file cannot be accepted; the message says why and what to do."""

    def __init__(self, message, reason):
        super().__init__(message)
        self.message = message
        self.reason = reason


@dataclass
class CheckedFile:
    kind: str
    size: int
    sha256: str
    original_name: str
    # What is stored: the upload itself (PDF) or the cleaned image.
    content: File


def accept_attribute(kinds):
    return ",".join(ACCEPT[kind] for kind in kinds if kind in ACCEPT)


def display_name(name, kind=None):
    """The applicant's file name, safe to show: no folders, no control
    characters, at most 100 characters with its extension kept."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = one_line(name)
    if name in {"", ".", ".."}:
        name = f"{_('document')}.{EXTENSIONS.get(kind, 'pdf')}"
    if len(name) > DISPLAY_NAME_LENGTH:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 5:
            name = f"{stem[: DISPLAY_NAME_LENGTH - len(extension) - 2]}….{extension}"
        else:
            name = name[: DISPLAY_NAME_LENGTH - 1] + "…"
    return name


def download_name(original_name, kind):
    """The name a download carries: the applicant's, with the right extension."""
    if original_name.lower().endswith(SUFFIXES.get(kind, ())):
        return original_name
    return f"{original_name}.{EXTENSIONS.get(kind, 'bin')}"


def sniff(head):
    """What the first bytes say the file is (a kind, or a description)."""
    if head.startswith(b"\xff\xd8\xff"):
        return DocumentKind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return DocumentKind.PNG
    # The PDF header may follow a little junk; readers look in the first 1 KB.
    if b"%PDF-" in head[:1024]:
        return DocumentKind.PDF
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypheif"):
        return "heic"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    return None


def check(uploaded, kinds, max_size_mb):
    """Check one uploaded file against a requirement; a CheckedFile or
    UploadRefused with a message for the applicant."""
    name = display_name(uploaded.name)
    size = uploaded.size or 0
    if size == 0:
        raise UploadRefused(
            _(
                "“%(name)s” is empty (0 bytes): there is nothing in it. Choose the "
                "file again; if it is still empty, save or scan the document again."
            )
            % {"name": name},
            "empty",
        )
    limit = max_size_mb * MEGABYTE
    if size > limit:
        raise UploadRefused(
            _(
                "“%(name)s” is %(size)s MB; this document may be at most "
                "%(limit)d MB. Make it smaller (e.g. scan at a lower resolution or "
                "compress the PDF) and upload it again."
            )
            % {
                "name": name,
                "size": formats.number_format(size / MEGABYTE, 1),
                "limit": max_size_mb,
            },
            "too_large",
        )

    uploaded.seek(0)
    head = uploaded.read(HEAD_SIZE)
    uploaded.seek(0)
    kind = sniff(head)
    if kind not in kinds:
        raise UploadRefused(_wrong_kind_message(name, kind, kinds), "wrong_kind")

    if kind == DocumentKind.PDF:
        _check_pdf(uploaded, name)
        content = uploaded
        sha256 = sha256_of(uploaded)
        checked_size = size
    else:
        data = _clean_image(uploaded, name, kind)
        content = ContentFile(data)
        sha256 = hashlib.sha256(data).hexdigest()
        checked_size = len(data)

    return CheckedFile(
        kind=kind,
        size=checked_size,
        sha256=sha256,
        original_name=display_name(uploaded.name, kind),
        content=content,
    )


def _wrong_kind_message(name, kind, kinds):
    wanted = document_kinds_text(kinds)
    if kind == "heic":
        return _(
            "“%(name)s” is an iPhone photo (HEIC). This document must be %(kinds)s: "
            "in the camera settings choose “Most Compatible”, or take a screenshot "
            "of the photo, and upload again."
        ) % {"name": name, "kinds": wanted}
    if kind in DocumentKind.values:
        return _(
            "“%(name)s” is a %(found)s file, whatever its name says; this document "
            "must be %(kinds)s."
        ) % {"name": name, "found": dict(DocumentKind.choices)[kind], "kinds": wanted}
    return _(
        "“%(name)s” is not a %(known)s file, whatever its name says. This "
        "document must be %(kinds)s: save or export it as such (e.g. “Save as PDF”) "
        "and upload it again."
    ) % {
        "name": name,
        "known": document_kinds_text(DocumentKind.values),
        "kinds": wanted,
    }


def _check_pdf(uploaded, name):
    broken = UploadRefused(
        _(
            "“%(name)s” cannot be opened: the file is damaged or incomplete. Save "
            "or scan the document again as a PDF and upload the new file."
        )
        % {"name": name},
        "broken",
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(uploaded)
            if reader.is_encrypted:
                raise UploadRefused(
                    _(
                        "“%(name)s” is protected with a password, so the office "
                        "cannot open it. Remove the password: open the file, "
                        "choose “Print” and then “Save as PDF” (or save a copy "
                        "without a password), and upload the new file."
                    )
                    % {"name": name},
                    "encrypted",
                )
            # The page tree's count, read without loading any page.
            if int(reader.trailer["/Root"]["/Pages"]["/Count"]) < 1:
                raise broken
    except UploadRefused:
        raise
    except Exception as error:  # pypdf raises many kinds of errors on bad input
        raise broken from error
    finally:
        uploaded.seek(0)


def sha256_of(uploaded):
    """The SHA-256 (hex) of an uploaded file, read through once from its start."""
    uploaded.seek(0)
    digest = hashlib.file_digest(uploaded.file, "sha256")
    uploaded.seek(0)
    return digest.hexdigest()


def _clean_image(uploaded, name, kind):
    """The image encoded afresh: orientation applied, metadata gone."""
    broken = UploadRefused(
        _(
            "“%(name)s” cannot be opened: the picture is damaged or incomplete. "
            "Take or save the photo again and upload the new file."
        )
        % {"name": name},
        "broken",
    )
    try:
        with Image.open(uploaded) as probe:
            probe.verify()
        uploaded.seek(0)
        with Image.open(uploaded) as image:
            image.load()
            expected = "PNG" if kind == DocumentKind.PNG else ("JPEG", "MPO")
            if image.format not in expected:
                raise broken
            return _encode_without_metadata(image, kind)
    except UploadRefused:
        raise
    except Image.DecompressionBombError as error:
        raise UploadRefused(
            _(
                "“%(name)s” has too many pixels to be a photo of a document. Send a "
                "smaller picture."
            )
            % {"name": name},
            "too_many_pixels",
        ) from error
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise broken from error
    finally:
        uploaded.seek(0)


def _encode_without_metadata(image, kind):
    icc_profile = image.info.get("icc_profile")
    transparency = image.info.get("transparency")
    orientation = image.getexif().get(0x0112, 1)

    upright = ImageOps.exif_transpose(image) if orientation != 1 else image
    # Pillow copies comments and text chunks from `info` into the new file.
    upright.info = {}
    options = {"icc_profile": icc_profile} if icc_profile else {}
    buffer = io.BytesIO()
    if kind == DocumentKind.PNG:
        if transparency is not None:
            options["transparency"] = transparency
        upright.save(buffer, "PNG", **options)
    else:
        if upright.mode not in ("RGB", "L", "CMYK"):
            upright = upright.convert("RGB")
        try:
            # Same quantisation as the camera's file when nothing was turned.
            upright.save(buffer, "JPEG", quality="keep", subsampling="keep", **options)
        except (ValueError, OSError):
            buffer = io.BytesIO()
            upright.save(buffer, "JPEG", quality=90, **options)
    return buffer.getvalue()


def store(checked):
    """Write a checked file to private storage under a generated name."""
    extension = EXTENSIONS[checked.kind]
    name = f"uploads/{timezone.now():%Y/%m}/{secrets.token_hex(16)}.{extension}"
    checked.content.seek(0)
    return private_storage().save(name, checked.content)
