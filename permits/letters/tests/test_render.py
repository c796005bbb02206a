import datetime
import http.server
import io
import re
import threading

import pytest
from django.utils import translation
from pypdf import PdfReader

from permits.constants import Status
from permits.letters import dates, document, placeholders, render
from permits.letters.sanitize import clean_html
from permits.tests import factories
from tests.browser.inputs import qr_texts_in_pdf


def pdf_text(pdf):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squeezed(text):
    """Text without white space, so words wrapped onto new lines still compare."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def approved(letter_page):
    return factories.application_in(
        Status.APPROVED,
        letter_page,
        answers={"practice_place": "Puskesmas Andalas"},
    )


def test_dates_are_written_the_indonesian_way_whatever_the_language():
    with translation.override("en"):
        assert dates.indonesian_date(datetime.date(2026, 12, 3)) == "3 Desember 2026"
        assert dates.indonesian_date(datetime.date(2027, 1, 31)) == "31 Januari 2027"


def test_letter_html_holds_every_part_of_an_official_letter(approved, office):
    letter = approved.letter

    html = render.render(document.for_letter(letter)).html

    for part in [
        "PEMERINTAH KOTA PADANG",
        "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
        "Jl. Jenderal Sudirman No. 1, Padang",
        "Telepon (0751) 000000",
        'class="logo" src="https://letter.invalid/images/logo"',
        '<h1 class="title">SURAT IZIN PRAKTIK PERAWAT</h1>',
        f"Nomor : {letter.number}",
        "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
        "Nama: <b>Rahmi Oktaviani</b>",
        "NIK: 1371********0002",
        "untuk berpraktik di <b>Puskesmas Andalas</b>, Padang.",
        dates.indonesian_date(letter.valid_until),
        "Ditetapkan di Padang<br>pada tanggal "
        + dates.indonesian_date(letter.issued_on),
        "Kepala Dinas Penanaman Modal dan PTSP Kota Padang",
        "Dr. Ir. Andi Pratama, M.Si.",
        "Pembina Utama Muda (IV/c)",
        "NIP 197001011995031001",
        "<li>Kepala Dinas Kesehatan Kota Padang</li>",
        'src="https://letter.invalid/images/qr.png"',
        f"/verifikasi/{letter.public_id}/",
    ]:
        assert part in html
    assert approved.nik not in html  # only the masked NIK


def test_pdf_is_a4_with_the_text_and_a_qr_code_to_the_check_page(approved):
    letter = approved.letter

    pdf = render.render(document.for_letter(letter)).pdf

    reader = PdfReader(io.BytesIO(pdf))
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == (
        210,
        297,
    )
    text = squeezed(pdf_text(pdf))
    for expected in [
        letter.number,
        "Rahmi Oktaviani",
        dates.indonesian_date(letter.issued_on),
        dates.indonesian_date(letter.valid_until),
    ]:
        assert squeezed(expected) in text
    assert qr_texts_in_pdf(pdf) == [f"http://testserver/verifikasi/{letter.public_id}/"]


def text_beyond_the_margins(html, images):
    """Text laid out (at least partly) outside the page's printable area."""
    from weasyprint import HTML
    from weasyprint.formatting_structure.boxes import TextBox

    stylesheet, font_config = render.print_resources()
    laid_out = HTML(
        string=html, base_url=render.ORIGIN, url_fetcher=render.make_fetcher(images)
    ).render(stylesheets=[stylesheet], font_config=font_config)
    outside = []
    for page in laid_out.pages:
        box = page._page_box
        left, right = box.margin_left, box.margin_left + box.width
        for text in box.descendants():
            if isinstance(text, TextBox) and (
                text.position_x < left - 0.5
                or text.position_x + text.width > right + 0.5
            ):
                outside.append(text.text)
    return outside


def text_over_images(html, images):
    """Text laid out on top of an image (the QR code, the logo)."""
    from weasyprint import HTML
    from weasyprint.formatting_structure.boxes import ReplacedBox, TextBox

    stylesheet, font_config = render.print_resources()
    laid_out = HTML(
        string=html, base_url=render.ORIGIN, url_fetcher=render.make_fetcher(images)
    ).render(stylesheets=[stylesheet], font_config=font_config)
    covered = []
    for page in laid_out.pages:
        boxes = list(page._page_box.descendants())
        pictures = [
            (box.position_x, box.position_y, box.width, box.height)
            for box in boxes
            if isinstance(box, ReplacedBox)
        ]
        for text in boxes:
            if not isinstance(text, TextBox):
                continue
            for x, y, width, height in pictures:
                if (
                    text.position_x < x + width
                    and x < text.position_x + text.width
                    and text.position_y < y + height
                    and y < text.position_y + text.height
                ):
                    covered.append(text.text)
    return covered


def test_the_qr_code_never_covers_the_copies_or_the_signature(letter_page):
    application = factories.application_in(Status.APPROVED, letter_page)

    rendered = render.render(document.for_letter(application.letter))

    assert text_over_images(rendered.html, rendered_images(application)) == []


def test_long_names_and_addresses_wrap_and_nothing_is_cut_off(letter_page):
    name = "Rahmi Oktaviani " + " ".join(["Puspitasari"] * 8) + " S.Kep., Ns."
    unbroken = "Kelurahan" + "Sawahan" * 12  # one word wider than the page
    address = (
        "Jl. Perintis Kemerdekaan No. 77 RT 001 RW 002, "
        + unbroken
        + ", Kecamatan Padang Timur, Kota Padang, Sumatera Barat 25121 — "
        + "dekat simpang empat, rumah bercat hijau di belakang masjid raya, " * 5
    )
    application = factories.application_in(
        Status.APPROVED, letter_page, full_name=name[:150], address=address
    )

    rendered = render.render(document.for_letter(application.letter))

    assert text_beyond_the_margins(rendered.html, rendered_images(application)) == []
    text = squeezed(pdf_text(rendered.pdf))
    assert squeezed(name[:150]) in text
    assert squeezed(address) in text
    assert squeezed(application.letter.number) in text


def rendered_images(application):
    letter_document = document.for_letter(application.letter)
    render.letter_html(letter_document)
    return letter_document.images


def test_answers_are_text_never_markup(letter_page):
    application = factories.application_in(
        Status.APPROVED,
        letter_page,
        answers={"practice_place": '<img src="http://example.com/x.png"> & <b>b</b>'},
    )

    html = render.letter_html(document.for_letter(application.letter))

    assert (
        "&lt;img src=&quot;http://example.com/x.png&quot;&gt; &amp; &lt;b&gt;" in html
    )
    assert '<img src="http://example.com' not in html


def test_several_lines_and_dates_in_answers_read_as_one_line_and_indonesian(db):
    html = placeholders.fill(
        "<p>{location} from {start_date} to {end}</p>",
        {
            "location": "SMA 1 Padang\nPuskesmas Andalas\n",
            "start_date": document.answer_text("2027-01-05"),
            "end": "",
        },
    )
    assert html == "<p>SMA 1 Padang, Puskesmas Andalas from 5 Januari 2027 to –</p>"


def test_letter_text_keeps_only_plain_typography():
    dirty = (
        '<p class="x" style="color:red">Izin <a href="https://evil.example">'
        "diberikan</a></p><script>alert(1)</script>"
        '<img src="file:///etc/passwd"><style>@import url(http://evil)</style>'
        '<link rel="stylesheet" href="http://evil/x.css"><ol><li>satu</li></ol>'
    )
    assert clean_html(dirty) == "<p>Izin diberikan</p><ol><li>satu</li></ol>"


class CountingHandler(http.server.BaseHTTPRequestHandler):
    requests = []

    def do_GET(self):  # noqa: N802 -- the http.server API
        CountingHandler.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def loopback_server():
    CountingHandler.requests = []
    server = http.server.HTTPServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_letter_wording_makes_the_renderer_fetch_nothing(letter_page, loopback_server):
    letter_page.letter_template = (
        f'<p>Nama: {{holder_name}}<img src="{loopback_server}/tracker.png"></p>'
        '<p><img src="file:///etc/passwd"></p>'
        f'<link rel="stylesheet" href="{loopback_server}/x.css">'
        '<style>@import url("file:///etc/passwd");</style>'
    )
    letter_page.save_revision().publish()
    application = factories.application_in(Status.APPROVED, letter_page)
    fetcher = render.make_fetcher()

    letter_doc = document.for_letter(application.letter)
    html = render.letter_html(letter_doc)
    fetcher.images = letter_doc.images
    pdf = render.html_to_pdf(html, fetcher=fetcher)

    assert CountingHandler.requests == []
    assert fetcher.refused == []
    assert "root:" not in pdf_text(pdf)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://127.0.0.1:9/x.png",
        "https://example.com/logo.png",
        "https://letter.invalid/static/../../settings.py",
        "https://letter.invalid/static/css/../../../etc/passwd",
        "https://letter.invalid/images/unknown.png",
        "data:image/png;base64,iVBORw0KGgo=",
    ],
)
def test_url_fetcher_refuses_everything_but_our_files(url):
    fetcher = render.make_fetcher()

    with pytest.raises(render.RefusedURL):
        fetcher.fetch(url)

    assert fetcher.refused == [url]


def test_url_fetcher_serves_our_fonts_and_the_images_it_was_given():
    qr = document.Image(b"\x89PNG fake", "image/png")
    fetcher = render.make_fetcher({"qr.png": qr})

    font = fetcher.fetch(render.STATIC_PREFIX + "fonts/dejavu/DejaVuSerif.ttf")
    image = fetcher.fetch(render.IMAGE_PREFIX + "qr.png")

    assert font.read()[:4] == b"\x00\x01\x00\x00"  # a TrueType font
    assert image.read() == b"\x89PNG fake"


def test_a_refused_fetch_is_an_error_the_render_test_fixture_catches(
    fail_on_render_errors,
):
    html = '<p>x</p><img src="file:///etc/passwd">'

    render.html_to_pdf(html)

    assert any("passwd" in r.getMessage() for r in fail_on_render_errors.records)
    fail_on_render_errors.records.clear()


def test_every_demo_letter_fits_on_one_a4_page(seeded_db, office):
    from permits.models import PermitPage

    for page in PermitPage.objects.all():
        pdf = render.render(document.sample_for(page)).pdf
        assert len(PdfReader(io.BytesIO(pdf)).pages) == 1, page.slug
