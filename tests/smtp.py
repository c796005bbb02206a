"""A real SMTP server on loopback that keeps every message it receives.

Tests point Django (or a server subprocess) at `sink.host`/`sink.port` and then wait
for the message a person would receive, parsed as `email.message.EmailMessage`.
"""

import email
import re
import socket
import threading
import time
from email import policy

import pytest
from aiosmtpd.controller import Controller


def free_port():
    """A TCP port nobody listens on right now, on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ReceivedMessage:
    """One delivered message: the envelope recipients and the parsed e-mail."""

    def __init__(self, envelope_to, message):
        self.envelope_to = envelope_to
        self.message = message

    def is_for(self, address):
        wanted = address.lower()
        header_to = str(self.message.get("To", "")).lower()
        return wanted in header_to or any(
            wanted == rcpt.lower() for rcpt in self.envelope_to
        )


class MailSink:
    """aiosmtpd handler and the list of messages it has received."""

    def __init__(self):
        self.received = []
        self.taken = set()
        self.condition = threading.Condition()
        self.host = "127.0.0.1"
        self.port = None
        self.controller = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd hook name)
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        with self.condition:
            self.received.append(ReceivedMessage(list(envelope.rcpt_tos), message))
            self.condition.notify_all()
        return "250 Message accepted for delivery"

    def start(self):
        self.port = free_port()
        self.controller = Controller(self, hostname=self.host, port=self.port)
        self.controller.start()
        return self

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def messages(self):
        with self.condition:
            return [item.message for item in self.received]

    def wait_for_message(self, to=None, subject_contains=None, timeout=30):
        """The oldest message not returned before that matches; waits for it.

        Each message is handed out once, so waiting twice for "the same kind" of
        message (two reminders, say) returns the first and then the second.
        """
        deadline = time.monotonic() + timeout
        with self.condition:
            while True:
                for index, item in enumerate(self.received):
                    if index in self.taken:
                        continue
                    if to is not None and not item.is_for(to):
                        continue
                    subject = str(item.message.get("Subject", ""))
                    if subject_contains is not None and (
                        subject_contains.lower() not in subject.lower()
                    ):
                        continue
                    self.taken.add(index)
                    return item.message

                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [
                        (item.envelope_to, str(item.message.get("Subject", "")))
                        for item in self.received
                    ]
                    raise AssertionError(
                        f"no e-mail to={to!r} subject~{subject_contains!r} within "
                        f"{timeout}s; received: {seen!r}"
                    )
                self.condition.wait(remaining)


def text_body(message):
    """The plain-text part of a message (the whole body when it has only one)."""
    part = message.get_body(preferencelist=("plain",))
    if part is None:
        raise AssertionError(f"message {message['Subject']!r} has no text part")
    return part.get_content()


URL_RE = re.compile(r"https?://[^\s<>\"')\]]+")


def first_link(message, pattern=""):
    """The first URL in the text part whose text matches the regex `pattern`."""
    for url in URL_RE.findall(text_body(message)):
        url = url.rstrip(".,;")
        if re.search(pattern, url):
            return url
    raise AssertionError(
        f"no link matching {pattern!r} in message {message['Subject']!r}"
    )


@pytest.fixture(scope="session")
def smtp_sink():
    """A session-wide SMTP server on 127.0.0.1; stopped at the end of the run."""
    sink = MailSink().start()
    yield sink
    sink.stop()
