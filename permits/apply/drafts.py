"""Drafts: what an applicant typed and the files already accepted, kept on the
server under an unguessable form key until the form is sent.

The form key travels in a hidden field, and a cookie kept for the form's URLs
remembers it, so coming back to the form (Back, reload, "change my answers")
finds everything again.
"""

import logging
import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import ApplicationDocument, ApplicationDraft, StagedUpload
from ..models.applications import private_storage
from . import uploads
from .forms import MAX_FILES_PER_DOCUMENT, pin_revision

logger = logging.getLogger("sinopen.apply")

COOKIE = "sinopen_form"
KEY_PATTERN = re.compile(r"[A-Za-z0-9_-]{32,64}")
UPLOAD_FOLDER = "uploads"


def new_key():
    return secrets.token_urlsafe(32)


def well_formed(key):
    return bool(key) and KEY_PATTERN.fullmatch(key) is not None


def form_page(draft, live_page):
    """The permit page as it was when the draft began (its pinned revision).

    While that revision is still the live one, the live page is the same thing
    and much cheaper than rebuilding the revision.
    """
    if draft is not None and draft.page_revision_id not in (
        None,
        live_page.live_revision_id,
    ):
        return pin_revision(draft.page_revision.as_object(), draft.page_revision_id)
    return pin_revision(live_page, live_page.live_revision_id)


# The browser's memory of its draft: a cookie holding the form key, sent only to
# the page's form URLs and gone when the browser closes.


def remembered(request, page):
    key = request.COOKIES.get(COOKIE, "")
    if not well_formed(key):
        return None
    return ApplicationDraft.objects.filter(
        key=key, permit_page=page, application=None
    ).first()


def remember(response, form_path, draft):
    response.set_cookie(
        COOKIE,
        draft.key,
        path=form_path,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
    return response


def forget(response, form_path):
    response.delete_cookie(COOKIE, path=form_path, samesite="Lax")
    return response


# Opening drafts


def open_draft(page, key, application=None, sent=None):
    """The draft for this form key, made on the first post of the form.

    A key that is malformed, or that belongs to another page or application,
    is never reused: the post starts a draft of its own. With `sent(page, key)`,
    a key whose draft is gone is first looked up among the applications sent:
    then that application is returned instead of a draft.
    """
    if well_formed(key):
        draft = ApplicationDraft.objects.filter(key=key).first()
        if draft is not None:
            if draft.permit_page_id == page.pk and draft.application_id == (
                application.pk if application else None
            ):
                return draft
            key = new_key()
        elif sent is not None:
            done = sent(page, key)
            if done is not None:
                return done
    else:
        key = new_key()

    draft = ApplicationDraft(
        key=key,
        permit_page=page,
        page_revision_id=(
            application.page_revision_id if application else page.live_revision_id
        ),
        application=application,
    )
    try:
        with transaction.atomic():
            draft.save(force_insert=True)
    except IntegrityError:
        # The same first post, twice at once: the other one made it.
        return ApplicationDraft.objects.get(key=key)
    draft.fresh = True  # nothing staged yet
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


def stage(draft, slots, files, removals=(), typed=None):
    """Check the files of one post and keep those that pass, and what was typed
    (`typed`: the post's data and the names of the form's fields); returns
    `(staged uploads, {requirement key: [messages]})`."""
    accepted, errors = check_files(slots, files)
    with transaction.atomic():
        if typed is not None:
            keep_typed(draft, *typed)
        staged, more_errors = record(draft, accepted, removals)
    for key, messages in more_errors.items():
        errors.setdefault(key, []).extend(messages)
    return staged, errors


def check_files(slots, files):
    """Judge every chosen file (no database work, so no lock is held): returns
    `([(slot, CheckedFile)], {requirement key: [messages]})`."""
    accepted, errors = [], {}
    for slot in slots:
        chosen = files.getlist(slot.input_name)
        if not slot.multiple:
            chosen = chosen[:1]
        for uploaded in chosen:
            try:
                accepted.append(
                    (slot, uploads.check(uploaded, slot.kinds, slot.max_size_mb))
                )
            except uploads.UploadRefused as refused:
                logger.info(
                    "upload_refused",
                    extra={"reason": refused.reason, "requirement": slot.key},
                )
                errors.setdefault(slot.key, []).append(refused.message)
    return accepted, errors


def record(draft, accepted, removals=()):
    """Store the accepted files in the draft; run inside a transaction. Files
    kept earlier stay unless the applicant removed them or chose a new one for
    a one-file slot. Returns `(staged uploads, {requirement key: [messages]})`."""
    errors = {}
    staged = [] if getattr(draft, "fresh", False) else list(draft.uploads.all())
    removals = {str(value) for value in removals}
    removed = [upload for upload in staged if str(upload.pk) in removals]
    if removed:
        _delete(removed)
        staged = [upload for upload in staged if upload not in removed]

    for slot, checked in accepted:
        existing = [upload for upload in staged if upload.requirement_key == slot.key]
        if any(upload.sha256 == checked.sha256 for upload in existing):
            continue  # the same file sent again (a resent form)
        if slot.multiple and len(existing) >= MAX_FILES_PER_DOCUMENT:
            message = _("At most %(count)d files for this document.") % {
                "count": MAX_FILES_PER_DOCUMENT
            }
            if message not in errors.get(slot.key, []):
                errors.setdefault(slot.key, []).append(message)
            continue
        upload = _keep(draft, slot.key, checked)
        if not slot.multiple and existing:
            _delete(existing)
            staged = [item for item in staged if item not in existing]
        staged.append(upload)
    staged.sort(key=lambda upload: (upload.requirement_key, upload.pk))
    return staged, errors


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


def _delete(uploads_to_delete):
    """Delete staged uploads and, once that is committed, their files."""
    names = [upload.file.name for upload in uploads_to_delete]
    StagedUpload.objects.filter(
        pk__in=[upload.pk for upload in uploads_to_delete]
    ).delete()
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
        _delete(list(StagedUpload.objects.filter(draft_id__in=stale_ids)))
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
