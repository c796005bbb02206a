"""Channels: the one interface every way of reaching a person goes through.

A channel backend is a class with a `send(message)` method taking an
`OutgoingMessage`. It returns when the message has been handed over, raises
`PermanentFailure` when trying again cannot help (a malformed address, a
recipient the server refuses), and raises anything else for a failure that may
pass (server down, timeout): the outbox then tries again later.

`settings.NOTIFY_CHANNELS` maps a channel name ("email", "sms", "whatsapp") to
the dotted path of its backend. E-mail goes through Django's mail backends; SMS
and WhatsApp are plugged in by a deployment. Messages to applicants are written
for every configured channel; those to staff only by e-mail.
"""

import logging
import smtplib
from dataclasses import dataclass, field
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.core.validators import validate_email
from django.utils.module_loading import import_string

logger = logging.getLogger("sinopen.notify")


class PermanentFailure(Exception):
    """Sending this message can never succeed as it stands."""


@dataclass
class OutgoingMessage:
    notification_id: int
    channel: str
    recipient: str
    subject: str
    text: str
    html: str = ""
    # Stable across attempts: "<uuid@host>" for e-mail, the same value elsewhere.
    message_id: str = ""
    # (file name, bytes, MIME type)
    attachments: list = field(default_factory=list)


class EmailChannel:
    """E-mail through Django's configured mail backend (SMTP in production)."""

    def send(self, message):
        try:
            validate_email(message.recipient)
        except ValidationError as error:
            raise PermanentFailure("malformed e-mail address") from error

        email = EmailMultiAlternatives(
            subject=message.subject,
            body=message.text,
            to=[message.recipient],
            headers={
                "Message-ID": message.message_id,
                "Auto-Submitted": "auto-generated",
            },
        )
        if message.html:
            email.attach_alternative(message.html, "text/html")
        for name, content, mimetype in message.attachments:
            email.attach(name, content, mimetype)

        try:
            email.send(fail_silently=False)
        except smtplib.SMTPRecipientsRefused as error:
            codes = [code for code, _reply in error.recipients.values()]
            if codes and all(500 <= code < 600 for code in codes):
                raise PermanentFailure(
                    f"recipient refused by the mail server ({codes[0]})"
                ) from error
            raise
        except smtplib.SMTPDataError as error:
            if 500 <= error.smtp_code < 600:
                raise PermanentFailure(
                    f"message refused by the mail server ({error.smtp_code})"
                ) from error
            raise


class LogChannel:
    """For development: writes that a message would go out, and nothing personal
    (not the number, not the text), to the `sinopen.notify` log."""

    def send(self, message):
        logger.info(
            "notification_logged",
            extra={
                "notification_id": message.notification_id,
                "channel": message.channel,
                "length": len(message.text),
            },
        )


@cache
def _backend(path):
    return import_string(path)()


def backend(channel):
    """The backend instance for a channel name; KeyError if it is not configured."""
    return _backend(settings.NOTIFY_CHANNELS[channel])


def configured():
    return list(settings.NOTIFY_CHANNELS)
