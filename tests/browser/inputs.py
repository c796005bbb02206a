"""Files a real applicant would upload, made at test time (nothing binary committed).

- `proposal_pdf()`: a small, real multi-paragraph PDF made by WeasyPrint.
- `phone_photo_jpeg()`: a JPEG as a phone camera writes it, with make, model, time
  and a GPS position in its EXIF, so the portal's metadata removal has work to do.
"""

import io
from datetime import datetime
from fractions import Fraction

from PIL import ExifTags, Image, ImageDraw

# Padang, Jalan Jenderal Sudirman: 0°56'51"S 100°21'16"E.
PADANG_GPS = {
    ExifTags.GPS.GPSVersionID: b"\x02\x02\x00\x00",
    ExifTags.GPS.GPSLatitudeRef: "S",
    ExifTags.GPS.GPSLatitude: (Fraction(0), Fraction(56), Fraction(51)),
    ExifTags.GPS.GPSLongitudeRef: "E",
    ExifTags.GPS.GPSLongitude: (Fraction(100), Fraction(21), Fraction(16)),
}

PROPOSAL_HTML = """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2.5cm; }}
body {{ font-family: "DejaVu Serif", serif; font-size: 12pt; line-height: 1.5; }}
h1 {{ font-size: 16pt; text-align: center; }}
</style></head><body>
<h1>PROPOSAL PENELITIAN</h1>
<p style="text-align:center">{title}</p>
<h2>BAB I. Pendahuluan</h2>
<p>Penelitian ini mengkaji pelayanan perizinan satu pintu di Kota Padang, dengan
wawancara kepada pemohon dan petugas di kantor pelayanan.</p>
<h2>BAB II. Metode</h2>
<p>Metode kualitatif; lokasi penelitian di Kecamatan Padang Barat dan Padang Timur,
selama tiga bulan.</p>
</body></html>
"""


def proposal_pdf(title="Kualitas Pelayanan Perizinan di Kota Padang"):
    from weasyprint import HTML

    return HTML(string=PROPOSAL_HTML.format(title=title)).write_pdf()


def phone_photo_jpeg(width=1200, height=1600, taken=datetime(2026, 11, 20, 9, 15)):
    """A portrait JPEG with camera EXIF and a GPS position (about 100-200 KB)."""
    image = Image.new("RGB", (width, height), (214, 220, 228))
    draw = ImageDraw.Draw(image)
    draw.rectangle(
        (width // 8, height // 6, width * 7 // 8, height * 5 // 6), fill=(250, 250, 245)
    )
    for row in range(12):
        top = height // 6 + 80 + row * 70
        draw.rectangle(
            (width // 8 + 60, top, width * 6 // 8, top + 24), fill=(60, 60, 70)
        )

    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "samsung"
    exif[ExifTags.Base.Model] = "SM-A155F"
    exif[ExifTags.Base.Orientation] = 1
    exif[ExifTags.Base.DateTime] = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(PADANG_GPS)

    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, exif=exif)
    return buffer.getvalue()


def gps_of(jpeg_bytes):
    """The GPS IFD of a JPEG ({} when it has none)."""
    with Image.open(io.BytesIO(jpeg_bytes)) as image:
        return dict(image.getexif().get_ifd(ExifTags.IFD.GPSInfo))


def with_one_byte_changed(data, offset=None):
    """A copy of `data` with one byte flipped, in the middle unless told where."""
    copy = bytearray(data)
    index = len(copy) // 2 if offset is None else offset
    copy[index] ^= 0x01
    return bytes(copy)


def qr_texts_in_pdf(pdf_bytes):
    """The text of every QR code found in the images embedded in a PDF."""
    import zxingcpp
    from pypdf import PdfReader

    texts = []
    for page in PdfReader(io.BytesIO(pdf_bytes)).pages:
        for embedded in page.images:
            with Image.open(io.BytesIO(embedded.data)) as image:
                found = zxingcpp.read_barcodes(image.convert("RGB"))
            texts.extend(result.text for result in found if result.text)
    return texts
