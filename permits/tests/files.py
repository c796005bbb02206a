"""Files applicants upload, good and bad, made at test time (nothing binary is
committed): real PDFs, phone photos with location data, and impostors."""

import io
import zipfile
from functools import cache

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from tests.browser.inputs import phone_photo_jpeg

__all__ = ["phone_photo_jpeg"]


def pdf_bytes(pages=1, padding=0, text="Dokumen uji SINOPEN"):
    """A real PDF with `pages` pages; `padding` bytes of page content make it
    as large as needed."""
    writer = PdfWriter()
    for number in range(pages):
        page = writer.add_blank_page(595, 842)
        content = f"BT /F1 12 Tf 72 770 Td ({text} {number + 1}) Tj ET\n".encode()
        if padding and number == 0:
            # A comment line in the content stream: valid, and it fills bytes.
            content += b"% " + b"x" * padding + b"\n"
        stream = DecodedStreamObject()
        stream.set_data(content)
        page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@cache
def small_pdf():
    return pdf_bytes()


def big_pdf(megabytes):
    return pdf_bytes(padding=int(megabytes * 1024 * 1024))


def encrypted_pdf():
    writer = PdfWriter(clone_from=io.BytesIO(small_pdf()))
    writer.encrypt(user_password="rahasia", owner_password="rahasia")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def broken_pdf():
    """The first bytes of a PDF with the rest lost, as an interrupted download."""
    return b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<<"


def png_bytes(size=(40, 30), with_metadata=False):
    image = Image.new("RGB", size, (200, 30, 30))
    buffer = io.BytesIO()
    options = {}
    if with_metadata:
        from PIL import PngImagePlugin

        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", "lokasi rahasia")
        exif = Image.Exif()
        exif[ExifTags.Base.Make] = "samsung"
        options = {"pnginfo": info, "exif": exif}
    image.save(buffer, "PNG", **options)
    return buffer.getvalue()


def rotated_photo_jpeg():
    """A landscape picture stored sideways, with EXIF orientation 6 (turn 90°)."""
    image = Image.new("RGB", (60, 40), (10, 120, 10))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "samsung"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


HTML_PAGE = (
    b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
)
SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(document.domain)</script><rect width='10' height='10'/></svg>"
)


def zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("foto.jpg", b"not really")
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    """An upload as Django's test client sends it (the browser's claimed type
    is what a browser would claim from the name)."""
    return SimpleUploadedFile(name, content, content_type=content_type)
