"""Helpers of the notification tests: an SMTP server with switches, letters
with a real PDF, reading rows and parts of messages."""

import asyncio
import hashlib
import io
import threading

from aiosmtpd.controller import Controller
from django.core.files.base import ContentFile
from django.utils import timezone
from pypdf import PdfWriter

from permits.models import Letter, Notification
from tests.smtp import MailSink, free_port


def pdf_bytes(pages=1):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_letter(application, content=None):
    """The signed letter of an approved application, stored as the letter task does."""
    content = content or pdf_bytes()
    year = timezone.localdate().year
    # The approval numbered the letter already; only the stored PDF is missing.
    letter = Letter.objects.filter(application=application).first() or Letter(
        application=application,
        number=f"503/{application.pk}/DPMPTSP/{year}",
        series="test",
        year=year,
        sequence=application.pk,
        issued_on=timezone.localdate(),
    )
    letter.sha256 = hashlib.sha256(content).hexdigest()
    letter.rendered_at = timezone.now()
    letter.pdf.save(f"surat-{application.pk}.pdf", ContentFile(content), save=False)
    letter.save()
    return letter


def rows(application, **filters):
    return list(Notification.objects.filter(application=application, **filters))


def html_body(message):
    part = message.get_body(preferencelist=("html",))
    assert part is not None, f"message {message['Subject']!r} has no HTML part"
    return part.get_content()


class ControlledSink(MailSink):
    """The loopback SMTP server with switches: refuse some recipients, or hold
    the next message in DATA (as a server that stalls) until released. A held
    message is never counted as received: the client never got its answer."""

    def __init__(self):
        super().__init__()
        self.refuse = {}  # address → SMTP reply, e.g. "550 5.1.1 no such user"
        self.hold_next = False
        self.holding = threading.Event()
        self.released = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd hook name)
        reply = self.refuse.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd hook name)
        if self.hold_next:
            self.hold_next = False
            self.holding.set()
            while not self.released.is_set():
                await asyncio.sleep(0.05)
            return "451 4.3.0 stopped before the message was taken"
        return await super().handle_DATA(server, session, envelope)

    def start(self, port=None):
        self.port = port or free_port()
        self.controller = Controller(self, hostname=self.host, port=self.port)
        self.controller.start()
        return self

    def count_for(self, address):
        with self.condition:
            return sum(1 for item in self.received if item.is_for(address))
