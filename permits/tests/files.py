"""Real files for tests: a PDF a viewer opens and a PNG Pillow wrote."""

import io

from PIL import Image

from permits.demo.blank_forms import simple_pdf


def pdf_bytes(title="Dokumen uji"):
    return simple_pdf(title, ["Dokumen ini dibuat untuk pengujian."])


def png_bytes(size=(40, 30), colour=(200, 30, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes(size=(40, 30), colour=(30, 30, 200)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="JPEG")
    return buffer.getvalue()
