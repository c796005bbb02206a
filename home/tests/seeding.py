"""Shared helpers for the catalogue and guide tests: the demo content seeded once
per module, and the admin's real edit and workflow views driven as staff do."""

import os

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html


@pytest.fixture(scope="module")
def seeded_module(django_db_setup, django_db_blocker):
    """`seed_demo` once for the module's tests, rolled back afterwards.

    Each test still runs in its own transaction (a savepoint inside this one), so
    what one test changes the next does not see.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        # DEBUG: the demo staff users (editor, moderator, ...) exist only then.
        with override_settings(DEBUG=True), open(os.devnull, "w") as quiet:
            call_command("seed_demo", stdout=quiet)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def seeded_db(seeded_module, db):
    return None


def edit_form_data(client, page):
    """The page's real admin edit form, as the browser would post it unchanged."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="page-edit-form")


def post_edit(client, page, data, action):
    """Post the edit form with one of the admin's submit buttons, e.g.
    `action-submit` (submit for moderation) or `action-publish`."""
    # Every value of a multi-valued field (checkboxes), not only the last one.
    fields = {name: data.getlist(name) for name in data}
    fields[action] = [action]
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), fields)


def approve_current_task(client, page):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    assert task_state is not None, "the page is not in moderation"
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {},
    )


@pytest.fixture
def page_cache(settings, tmp_path):
    """The anonymous page cache switched on, with its generation in a temp file."""
    from home.page_cache import local_pages

    settings.PAGE_CACHE_TIMEOUT = 60
    settings.PAGE_CACHE_GENERATION_FILE = tmp_path / "page-cache-generation"
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "page-cache-test",
        },
    }
    cache.clear()  # the in-memory store outlives the test's rolled-back pages
    local_pages.clear()
    yield
    local_pages.clear()
