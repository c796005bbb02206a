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

import contextlib
import logging
import smtplib
import time
from dataclasses import dataclass, field
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.validators import validate_email
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

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
    """E-mail through Django's configured mail backend (SMTP in production).

    A worker process keeps its connection to the mail server for the next
    messages while it is fresh (connecting and greeting cost more than sending
    one short message), checks it with NOOP before reuse unless it was used a
    moment ago, and drops it after any error, so a failure never spills into the
    next message.
    """

    MAX_MESSAGES_PER_CONNECTION = 100
    MAX_IDLE_SECONDS = 20
    TRUSTED_SECONDS = 1

    def __init__(self):
        self._connection = None
        self._signature = None
        self._sent = 0
        self._last_used = 0.0

    def send(self, message):
        try:
            validate_email(message.recipient)
        except ValidationError as error:
            raise PermanentFailure(_("malformed e-mail address")) from error

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
            email.connection = self._open()
            email.send(fail_silently=False)
        except smtplib.SMTPRecipientsRefused as error:
            self.close()
            codes = [code for code, _reply in error.recipients.values()]
            if codes and all(500 <= code < 600 for code in codes):
                raise PermanentFailure(
                    _("recipient refused by the mail server (%(code)s)")
                    % {"code": codes[0]}
                ) from error
            raise
        except smtplib.SMTPDataError as error:
            self.close()
            if 500 <= error.smtp_code < 600:
                raise PermanentFailure(
                    _("message refused by the mail server (%(code)s)")
                    % {"code": error.smtp_code}
                ) from error
            raise
        except BaseException:
            self.close()
            raise
        self._sent += 1
        self._last_used = time.monotonic()

    def _open(self):
        signature = _mail_settings()
        if self._connection is not None and not self._still_good(signature):
            self.close()
        if self._connection is None:
            connection = get_connection(fail_silently=False)
            if not isinstance(connection, SMTPBackend):
                return connection  # files, memory: one per message, as Django does
            connection.open()
            self._connection = connection
            self._signature = signature
            self._sent = 0
        return self._connection

    def _still_good(self, signature):
        if signature != self._signature:
            return False
        if self._sent >= self.MAX_MESSAGES_PER_CONNECTION:
            return False
        if time.monotonic() - self._last_used > self.MAX_IDLE_SECONDS:
            return False
        smtp = self._connection.connection
        if smtp is None:
            return False
        if time.monotonic() - self._last_used < self.TRUSTED_SECONDS:
            return True  # in steady use: a server seldom drops it in between
        try:
            return smtp.noop()[0] == 250
        except (smtplib.SMTPException, OSError):
            return False

    def close(self):
        if self._connection is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._connection.close()
        self._connection = None


def _mail_settings():
    return tuple(
        getattr(settings, name, None)
        for name in (
            "EMAIL_BACKEND",
            "EMAIL_HOST",
            "EMAIL_PORT",
            "EMAIL_HOST_USER",
            "EMAIL_USE_TLS",
            "EMAIL_USE_SSL",
            "EMAIL_TIMEOUT",
        )
    )


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
