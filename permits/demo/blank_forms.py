"""Tiny one-page PDFs for the demo's blank forms, written without a renderer so
seeding stays fast. Real offices upload their own forms in the admin."""

import textwrap


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def simple_pdf(title, paragraphs):
    """A4 page, Helvetica: a bold title, then wrapped paragraphs and lines."""
    commands = ["BT", "/F2 13 Tf", "56 780 Td", f"({_escape(title)}) Tj", "/F1 11 Tf"]
    for paragraph in paragraphs:
        commands.append("0 -26 Td")
        for number, line in enumerate(textwrap.wrap(paragraph, 90) or [""]):
            if number:
                commands.append("0 -16 Td")
            commands.append(f"({_escape(line)}) Tj")
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1", "replace")

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


SIGNATURE_LINES = [
    "Padang, ........................ 20....",
    "Yang membuat pernyataan,",
    "(meterai Rp10.000 bila diminta)",
    "",
    "( nama lengkap sesuai KTP )",
]

BLANK_FORMS = {
    "pernyataan-taat-aturan": (
        "Formulir surat pernyataan mematuhi peraturan",
        "SURAT PERNYATAAN MEMATUHI PERATURAN",
        [
            "Yang bertanda tangan di bawah ini:",
            "Nama: ................................................",
            "NIK: ................................................",
            "Alamat: ................................................",
            "Judul penelitian: ........................................",
            "dengan ini menyatakan akan menaati peraturan perundang-undangan serta "
            "tata tertib dan adat istiadat di lokasi penelitian, dan tidak "
            "menggunakan penelitian untuk kepentingan lain di luar tujuan "
            "penelitian.",
            *SIGNATURE_LINES,
        ],
    ),
    "pernyataan-keaslian": (
        "Formulir surat pernyataan keaslian dokumen",
        "SURAT PERNYATAAN KEASLIAN DOKUMEN",
        [
            "Yang bertanda tangan di bawah ini:",
            "Nama: ................................................",
            "NIK: ................................................",
            "dengan ini menyatakan bahwa semua dokumen yang saya unggah untuk "
            "permohonan ini asli dan benar. Bila di kemudian hari terbukti tidak "
            "benar, saya bersedia menerima akibatnya sesuai ketentuan yang berlaku.",
            *SIGNATURE_LINES,
        ],
    ),
    "pernyataan-tempat-praktik": (
        "Formulir surat pernyataan tempat praktik mandiri",
        "SURAT PERNYATAAN TEMPAT PRAKTIK MANDIRI",
        [
            "Yang bertanda tangan di bawah ini:",
            "Nama: ................................................",
            "Profesi: ................................................",
            "Nomor STR: ................................................",
            "Alamat tempat praktik: ........................................",
            "dengan ini menyatakan bahwa tempat praktik tersebut saya gunakan untuk "
            "praktik mandiri dan memenuhi persyaratan tempat praktik sesuai "
            "ketentuan yang berlaku.",
            *SIGNATURE_LINES,
        ],
    ),
}
