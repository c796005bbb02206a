"""Staff sign-in: locked after repeated wrong passwords, and sessions that end."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from permits.constants import StaffGroup
from permits.tests import factories

pytestmark = pytest.mark.django_db

LOGIN = reverse("wagtailadmin_login")


def sign_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def test_five_wrong_passwords_lock_the_account_with_an_indonesian_page(client):
    staff = factories.staff_in_groups(StaffGroup.VERIFIERS)

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, staff.username, "wrong-password")
        assert response.status_code == 200  # the form again
    locked = sign_in(client, staff.username, "wrong-password")

    assert locked.status_code == 429
    page = locked.content.decode()
    assert '<html lang="id"' in page
    assert "Masuk dikunci" in page
    assert "Setelah 5 kali salah kata sandi" in page
    assert "Tunggu 30 menit" in page
    assert AccessAttempt.objects.filter(username=staff.username).exists()


def test_a_locked_account_stays_locked_even_with_the_right_password(client):
    staff = factories.staff_in_groups(StaffGroup.VERIFIERS)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, staff.username, "wrong-password")

    response = sign_in(client, staff.username, "test-password-123")

    assert response.status_code == 429
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_the_right_password_signs_in_and_clears_earlier_failures(client):
    staff = factories.staff_in_groups(StaffGroup.VERIFIERS)
    sign_in(client, staff.username, "wrong-password")

    response = sign_in(client, staff.username, "test-password-123")

    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert not AccessAttempt.objects.filter(
        username=staff.username, failures_since_start__gt=0
    ).exists()


def test_staff_sessions_expire_after_eight_hours_and_with_the_browser():
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True


def test_an_expired_session_sends_staff_back_to_sign_in(client):
    staff = factories.staff_in_groups(StaffGroup.VERIFIERS)
    assert sign_in(client, staff.username, "test-password-123").status_code == 302
    session = Session.objects.get(session_key=client.session.session_key)
    assert session.expire_date <= timezone.now() + timedelta(
        seconds=settings.SESSION_COOKIE_AGE + 5
    )

    Session.objects.filter(pk=session.pk).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    response = client.get(reverse("applications:index"))

    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
