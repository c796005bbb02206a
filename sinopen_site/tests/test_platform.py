import io
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Site

from home.models import HomePage

MANAGE = [sys.executable, str(settings.BASE_DIR / "manage.py")]


def dump_everything():
    out = io.StringIO()
    call_command(
        "dumpdata",
        exclude=["sessions", "django_q", "axes", "contenttypes", "auth.permission"],
        stdout=out,
    )
    return out.getvalue()


@pytest.mark.django_db
def test_seed_demo_twice_leaves_the_database_as_one_run_does(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    after_one_run = dump_everything()

    second = io.StringIO()
    call_command("seed_demo", stdout=second)

    assert dump_everything() == after_one_run
    assert "Demo logins" not in second.getvalue()


@pytest.mark.django_db
def test_seed_demo_serves_a_home_page_at_the_root(client):
    call_command("seed_demo", stdout=io.StringIO())

    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    response = client.get("/")
    assert response.status_code == 200
    assert b'lang="id"' in response.content


@pytest.mark.django_db
def test_seed_demo_creates_no_demo_users_in_production(settings, django_user_model):
    settings.DEBUG = False
    out = io.StringIO()
    call_command("seed_demo", stdout=out)

    assert not django_user_model.objects.exists()
    assert "no demo users" in out.getvalue()


@pytest.mark.django_db
def test_seed_demo_prints_each_demo_password_once(settings, django_user_model):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("seed_demo", stdout=out)

    for username in ["editor", "moderator", "verifier", "reviewer", "approver"]:
        user = django_user_model.objects.get(username=username)
        password = next(
            line.split()[1]
            for line in out.getvalue().splitlines()
            if line.split()[:1] == [username]
        )
        assert user.check_password(password)
        assert user.groups.exists()


def run_manage(*args, **env):
    return subprocess.run(
        [*MANAGE, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=settings.BASE_DIR,
        timeout=120,
    )


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "sinopen_site.settings.production",
    "SECRET_KEY": "x7Qm-2vR9kLp4sT8wZ1cB6nH3jF5gD0aE_yU7iO2pK9lM4qW8eR1tY6uI3oP5aS0",
    "ALLOWED_HOSTS": "sinopen.padang.go.id",
}


def test_production_settings_pass_check_deploy_with_no_warnings():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stderr


@pytest.mark.parametrize(
    "secret_key", ["", "short", "django-insecure-" + "a1b2c3d4e5" * 6]
)
def test_production_settings_refuse_to_start_without_a_real_secret_key(secret_key):
    result = run_manage("check", **{**PRODUCTION_ENV, "SECRET_KEY": secret_key})

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_queue_retry_stays_above_timeout():
    # A task still running when `retry` passes would be handed to a second worker.
    assert settings.Q_CLUSTER["retry"] > settings.Q_CLUSTER["timeout"]


def test_sqlite_is_set_up_for_a_web_process_and_workers_side_by_side():
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("not on SQLite")
    assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in database["OPTIONS"]["init_command"]


@pytest.mark.django_db
def test_api_links_carry_the_portals_public_address(client, settings):
    settings.SITE_URL = "https://sinopen.padang.go.id"
    call_command("seed_demo", stdout=io.StringIO())

    pages = client.get(
        "/api/v2/pages/", {"type": "permits.PermitPage"}, HTTP_HOST="localhost"
    ).json()["items"]

    assert pages[0]["meta"]["html_url"].startswith("https://sinopen.padang.go.id/")


@pytest.mark.django_db
def test_the_demo_letterhead_has_a_stand_in_emblem_but_production_none(settings):
    from sinopen_site.models import OfficeSettings

    settings.DEBUG = False
    call_command("seed_demo", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    assert OfficeSettings.for_site(site).logo is None

    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    assert OfficeSettings.for_site(site).logo.title == "Lambang (contoh)"
