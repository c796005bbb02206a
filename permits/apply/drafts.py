"""Drafts: what an applicant typed and the files already accepted, kept on the
server under an unguessable form key until the form is sent.

The form key travels in a hidden field; the session only remembers which draft
belongs to which permit page, so coming back to the form (Back, reload, "change
my answers") finds everything again.
"""

import logging
import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import ApplicationDocument, ApplicationDraft, StagedUpload
from ..models.applications import private_storage
from . import uploads
from .forms import MAX_FILES_PER_DOCUMENT

logger = logging.getLogger("sinopen.apply")

SESSION_KEY = "apply_drafts"
KEY_PATTERN = re.compile(r"[A-Za-z0-9_-]{32,64}")
UPLOAD_FOLDER = "uploads"


def new_key():
    return secrets.token_urlsafe(32)


def well_formed(key):
    return bool(key) and KEY_PATTERN.fullmatch(key) is not None


def form_page(draft):
    """The permit page as it was when the draft began (its pinned revision)."""
    if draft.page_revision_id:
        return draft.page_revision.as_object()
    return draft.permit_page.specific


# The session's map from permit page to draft


def from_session(request, page):
    key = request.session.get(SESSION_KEY, {}).get(str(page.pk))
    if not well_formed(key):
        return None
    return (
        ApplicationDraft.objects.select_related("page_revision")
        .filter(key=key, permit_page=page, application=None)
        .first()
    )


def remember(request, page, draft):
    drafts = dict(request.session.get(SESSION_KEY, {}))
    if drafts.get(str(page.pk)) != draft.key:
        drafts[str(page.pk)] = draft.key
        request.session[SESSION_KEY] = drafts


def forget(request, page):
    drafts = dict(request.session.get(SESSION_KEY, {}))
    if drafts.pop(str(page.pk), None) is not None:
        request.session[SESSION_KEY] = drafts


# Opening drafts


def open_draft(page, key, application=None):
    """The draft for this form key, made on the first post of the form.

    A key that is malformed, or that belongs to another page or application,
    is never reused: the post starts a draft of its own.
    """
    if well_formed(key):
        draft = ApplicationDraft.objects.filter(key=key).first()
        if draft is not None:
            if draft.permit_page_id == page.pk and draft.application_id == (
                application.pk if application else None
            ):
                return draft
            key = new_key()
    else:
        key = new_key()

    revision = application.page_revision if application else page.live_revision
    draft, _created = ApplicationDraft.objects.get_or_create(
        key=key,
        defaults={
            "permit_page": page,
            "page_revision": revision,
            "application": application,
        },
    )
    return draft


def keep_typed(draft, data, names):
    """Store what was typed, as typed, so nothing is lost on any error."""
    draft.data = {
        **draft.data,
        # PostgreSQL's JSON cannot hold NUL characters; nothing typed needs one.
        "fields": {
            name: [value.replace("\x00", "") for value in data.getlist(name)]
            for name in names
            if name in data
        },
        "posted": True,
    }
    draft.save(update_fields=["data", "updated_at"])


def typed(draft):
    """What was typed, as a QueryDict a form can be bound to (None if nothing)."""
    if not draft.data.get("posted"):
        return None
    data = QueryDict(mutable=True)
    for name, values in draft.data.get("fields", {}).items():
        data.setlist(name, values)
    return data


# Staging uploads


def staged_uploads(draft):
    return list(draft.uploads.all())


def stage(draft, slots, files, removals=()):
    """Check and keep the files of one post; returns `{requirement key:
    [messages]}` for the files refused. Files kept earlier stay unless the
    applicant removed them or chose a new one for a one-file slot."""
    errors = {}
    removals = {str(value) for value in removals}
    if removals:
        _delete(draft.uploads.filter(pk__in=[v for v in removals if v.isdigit()]))

    for slot in slots:
        chosen = files.getlist(slot.input_name)
        if not chosen:
            continue
        if not slot.multiple:
            chosen = chosen[:1]
        existing = list(draft.uploads.filter(requirement_key=slot.key))
        if slot.multiple and len(existing) + len(chosen) > MAX_FILES_PER_DOCUMENT:
            errors.setdefault(slot.key, []).append(
                _("At most %(count)d files for this document.")
                % {"count": MAX_FILES_PER_DOCUMENT}
            )
            chosen = chosen[: max(0, MAX_FILES_PER_DOCUMENT - len(existing))]

        for uploaded in chosen:
            try:
                checked = uploads.check(uploaded, slot.kinds, slot.max_size_mb)
            except uploads.UploadRefused as refused:
                logger.info(
                    "upload_refused",
                    extra={"reason": refused.reason, "requirement": slot.key},
                )
                errors.setdefault(slot.key, []).append(refused.message)
                continue
            if any(upload.sha256 == checked.sha256 for upload in existing):
                continue  # the same file sent again (a resent form)
            upload = _keep(draft, slot.key, checked)
            if not slot.multiple:
                _delete(
                    draft.uploads.filter(requirement_key=slot.key).exclude(pk=upload.pk)
                )
            existing.append(upload)
    return errors


def _keep(draft, requirement_key, checked):
    name = uploads.store(checked)
    try:
        return StagedUpload.objects.create(
            draft=draft,
            requirement_key=requirement_key,
            file=name,
            original_name=checked.original_name,
            kind=checked.kind,
            size=checked.size,
            sha256=checked.sha256,
        )
    except Exception:
        private_storage().delete(name)
        raise


def _delete(queryset):
    """Delete staged uploads and, once that is committed, their files."""
    names = list(queryset.values_list("file", flat=True))
    queryset.delete()
    for name in names:
        transaction.on_commit(lambda name=name: private_storage().delete(name))


# Cleaning up


def clean_up(now=None):
    """Delete drafts nobody touched for APPLY_DRAFT_DAYS, with their files, and
    any stored upload that no draft or application refers to (left by a crash
    between storing a file and recording it). Safe to run twice."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.APPLY_DRAFT_DAYS)
    with transaction.atomic():
        stale = ApplicationDraft.objects.select_for_update().filter(
            updated_at__lt=cutoff
        )
        stale_ids = list(stale.values_list("pk", flat=True))
        _delete(StagedUpload.objects.filter(draft_id__in=stale_ids))
        drafts = ApplicationDraft.objects.filter(pk__in=stale_ids).delete()[0]
    orphans = sweep_orphans(now)
    logger.info("drafts_cleaned", extra={"drafts": drafts, "orphan_files": orphans})
    return drafts, orphans


def sweep_orphans(now):
    """Unreferenced files under uploads/ of this month and the last, a day old."""
    storage = private_storage()
    last_month = (now.replace(day=1) - timedelta(days=1)).strftime("%Y/%m")
    removed = 0
    for month in {last_month, now.strftime("%Y/%m")}:
        folder = f"{UPLOAD_FOLDER}/{month}"
        try:
            _folders, names = storage.listdir(folder)
        except FileNotFoundError:
            continue
        paths = [f"{folder}/{name}" for name in names]
        for start in range(0, len(paths), 500):
            removed += _delete_unreferenced(storage, paths[start : start + 500], now)
    return removed


def _delete_unreferenced(storage, paths, now):
    referenced = set(
        StagedUpload.objects.filter(file__in=paths).values_list("file", flat=True)
    ) | set(
        ApplicationDocument.objects.filter(file__in=paths).values_list(
            "file", flat=True
        )
    )
    removed = 0
    for path in paths:
        if path in referenced:
            continue
        if now - storage.get_modified_time(path) < timedelta(days=1):
            continue
        storage.delete(path)
        removed += 1
    return removed
