"""The loopback SMTP server the end-to-end tests read e-mail from."""

import smtplib
from email.message import EmailMessage

import pytest

from tests.smtp import first_link, smtp_sink, text_body  # noqa: F401 (fixture)

pytestmark = pytest.mark.smtp


def send(sink, to, subject, body):
    message = EmailMessage()
    message["From"] = "SINOPEN <no-reply@sinopen.localhost>"
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    message.add_alternative(f"<p>{body}</p>", subtype="html")
    with smtplib.SMTP(sink.host, sink.port, timeout=10) as client:
        client.send_message(message)


def test_each_matching_message_is_handed_out_once_in_arrival_order(smtp_sink):  # noqa: F811
    send(smtp_sink, "a@example.com", "Permohonan diterima", "pertama")
    send(smtp_sink, "b@example.com", "Permohonan diterima", "untuk orang lain")
    send(smtp_sink, "a@example.com", "Pengingat", "kedua")

    first = smtp_sink.wait_for_message(to="a@example.com", timeout=5)
    second = smtp_sink.wait_for_message(to="a@example.com", timeout=5)

    assert text_body(first).strip() == "pertama"
    assert text_body(second).strip() == "kedua"
    other = smtp_sink.wait_for_message(subject_contains="DITERIMA", timeout=5)
    assert other["To"] == "b@example.com"


def test_waiting_for_a_message_that_never_comes_fails_naming_what_arrived(smtp_sink):  # noqa: F811
    send(smtp_sink, "c@example.com", "Surat terbit", "isi")

    with pytest.raises(AssertionError, match="Surat terbit"):
        smtp_sink.wait_for_message(to="nobody@example.com", timeout=0.5)


def test_first_link_takes_the_first_matching_url_from_the_text_part(smtp_sink):  # noqa: F811
    send(
        smtp_sink,
        "d@example.com",
        "Perbaikan dokumen",
        "Lihat https://portal.example/lacak/. Buka https://portal.example/permohonan/abc123/.",
    )
    message = smtp_sink.wait_for_message(to="d@example.com", timeout=5)

    assert (
        first_link(message, r"/permohonan/")
        == "https://portal.example/permohonan/abc123/"
    )
    assert first_link(message) == "https://portal.example/lacak/"
    with pytest.raises(AssertionError):
        first_link(message, r"/verifikasi/")
