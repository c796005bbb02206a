"""Drafts nobody sends are deleted with their files; so are stray uploads."""

import os
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_q.models import Schedule

from permits.apply import drafts
from permits.models import ApplicationDraft, StagedUpload
from permits.models.applications import private_storage

from . import applying, files


@pytest.fixture
def permit(db):
    return applying.public_permit_page()


def age(path, days):
    stamp = (timezone.now() - timedelta(days=days)).timestamp()
    os.utime(private_storage().path(path), (stamp, stamp))


def test_unsent_drafts_are_deleted_with_their_files_after_some_days(
    client, permit, settings, django_capture_on_commit_callbacks
):
    settings.APPLY_DRAFT_DAYS = 7
    applying.fill_in(client, permit)
    old = ApplicationDraft.objects.get()
    old_files = list(old.uploads.values_list("file", flat=True))
    ApplicationDraft.objects.filter(pk=old.pk).update(
        updated_at=timezone.now() - timedelta(days=8)
    )
    applying.fill_in(client.__class__(), permit)  # another person's fresh draft
    fresh = ApplicationDraft.objects.exclude(pk=old.pk).get()

    output = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("clean_drafts", stdout=output)

    assert list(ApplicationDraft.objects.all()) == [fresh]
    assert not StagedUpload.objects.filter(draft_id=old.pk).exists()
    assert StagedUpload.objects.filter(draft=fresh).count() == 2
    for name in old_files:
        assert not private_storage().exists(name)
    assert "1 drafts" in output.getvalue()


def test_stray_uploads_are_swept_once_a_day_old(client, permit):
    applying.fill_in(client, permit)
    kept = StagedUpload.objects.first().file.name
    stray_old = private_storage().save(
        f"uploads/{timezone.now():%Y/%m}/stray-old.pdf", files.upload("x", b"%PDF-")
    )
    stray_new = private_storage().save(
        f"uploads/{timezone.now():%Y/%m}/stray-new.pdf", files.upload("y", b"%PDF-")
    )
    age(stray_old, 2)
    age(kept, 2)

    _drafts, orphans = drafts.clean_up()

    assert orphans == 1
    assert not private_storage().exists(stray_old)
    assert private_storage().exists(stray_new)
    assert private_storage().exists(kept)


def test_the_queue_cleans_up_every_hour(db):
    schedule = Schedule.objects.get(func="permits.apply.drafts.clean_up")

    assert schedule.schedule_type == Schedule.HOURLY
    assert schedule.repeats == -1
