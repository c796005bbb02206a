"""Fixtures of the notification tests: Django's SMTP backend pointed at a real
SMTP server on loopback, and the after-commit send tasks run in-process."""

from contextlib import contextmanager

import pytest

from tests.smtp import smtp_sink  # noqa: F401 (fixture used by `mailbox`)

from .helpers import ControlledSink


def point_django_at(sink, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = sink.host
    settings.EMAIL_PORT = sink.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5


@pytest.fixture
def mailbox(smtp_sink, settings):  # noqa: F811 (the fixture imported above)
    """The session's loopback SMTP server, with Django's SMTP backend sending to it."""
    point_django_at(smtp_sink, settings)
    return smtp_sink


@pytest.fixture
def controlled_sink(settings):
    """A ControlledSink of the test's own, with Django sending to it."""
    sink = ControlledSink().start()
    point_django_at(sink, settings)
    yield sink
    sink.released.set()
    sink.stop()


@pytest.fixture
def delivered(django_capture_on_commit_callbacks):
    """`with delivered(): ...` runs what commits inside, then its after-commit
    callbacks: the send tasks (django-q2 runs them in-process in the tests)."""

    @contextmanager
    def run():
        with django_capture_on_commit_callbacks(execute=True):
            yield

    return run
