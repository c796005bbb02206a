"""What already works on the portal, seen through a real browser."""

import re

import pytest

from tests.smtp import first_link

from .helpers import (
    assert_no_horizontal_scroll,
    assert_no_serious_axe_violations,
    shot,
)
from .staff import log_in_to_admin

pytestmark = pytest.mark.browser


def test_home_page_on_a_phone_is_indonesian_and_fits_the_screen(phone):
    response = phone.goto("/")

    assert response.status == 200
    assert phone.locator("html").get_attribute("lang") == "id"
    assert phone.locator("h1").first.is_visible()
    assert phone.locator("h1").first.inner_text().strip()
    assert_no_horizontal_scroll(phone)
    shot(phone, "home")


def test_home_page_has_no_serious_accessibility_problems(phone, live_site):
    phone.goto("/")

    assert_no_serious_axe_violations(phone)


def test_verifier_logs_in_to_the_admin_with_the_seeded_password(desktop, live_site):
    dashboard = log_in_to_admin(desktop, "verifier", live_site.logins["verifier"])

    assert re.search(r"/admin/$", dashboard.url)
    assert desktop.get_by_role("heading", level=1, name="SINOPEN").is_visible()
    assert desktop.get_by_role("search").first.is_visible()
    shot(desktop, "admin-dashboard")


def test_admin_refuses_a_wrong_password(desktop, live_site):
    desktop.goto("/admin/login/")
    desktop.locator("#id_username").fill("verifier")
    desktop.locator("#id_password").fill(live_site.logins["verifier"] + "x")
    desktop.locator("form button[type=submit], form input[type=submit]").first.click()

    assert "/admin/login/" in desktop.url
    desktop.goto("/admin/")
    assert "/admin/login/" in desktop.url
    assert desktop.locator("#id_password").is_visible()


def test_a_task_queued_on_the_live_site_is_run_by_the_cluster_and_mailed(
    live_site, smtp_sink
):
    # Through the real queue (django-q2 cluster subprocess) and the real SMTP
    # client of the server's settings, to the loopback SMTP server.
    live_site.manage(
        "shell",
        "-c",
        "from django_q.tasks import async_task; "
        "async_task('django.core.mail.send_mail', 'Uji antrean', "
        "'Buka http://127.0.0.1/lacak/ untuk melihat status.', None, "
        "['antrean@example.com'])",
    )

    message = smtp_sink.wait_for_message(
        to="antrean@example.com", subject_contains="uji antrean", timeout=60
    )
    assert first_link(message, r"/lacak/") == "http://127.0.0.1/lacak/"
    assert "SINOPEN" in message["From"]
