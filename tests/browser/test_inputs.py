"""The upload files the journey makes at test time are what they claim to be."""

import io

from pypdf import PdfReader

from .inputs import (
    gps_of,
    phone_photo_jpeg,
    proposal_pdf,
    qr_texts_in_pdf,
    with_one_byte_changed,
)


def test_proposal_is_a_real_pdf_with_text():
    data = proposal_pdf(title="Judul Uji")

    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert data.startswith(b"%PDF-")
    assert "PROPOSAL PENELITIAN" in text
    assert "Judul Uji" in text


def test_phone_photo_carries_a_gps_position_in_padang():
    data = phone_photo_jpeg()

    gps = gps_of(data)
    assert data[:3] == b"\xff\xd8\xff"
    assert gps[1] == "S"
    assert [float(value) for value in gps[2]] == [0, 56, 51]
    assert [float(value) for value in gps[4]] == [100, 21, 16]


def test_one_byte_changed_copy_differs_in_exactly_one_byte():
    data = proposal_pdf()

    changed = with_one_byte_changed(data)
    assert len(changed) == len(data)
    assert sum(a != b for a, b in zip(data, changed, strict=True)) == 1


def test_qr_code_drawn_as_an_image_in_a_pdf_is_read_back():
    import base64

    import segno
    from weasyprint import HTML

    buffer = io.BytesIO()
    segno.make("http://127.0.0.1:8000/verifikasi/abc/").save(
        buffer, kind="png", scale=4
    )
    image = base64.b64encode(buffer.getvalue()).decode()
    pdf = HTML(string=f'<img src="data:image/png;base64,{image}">').write_pdf()

    assert qr_texts_in_pdf(pdf) == ["http://127.0.0.1:8000/verifikasi/abc/"]
    assert qr_texts_in_pdf(proposal_pdf()) == []
