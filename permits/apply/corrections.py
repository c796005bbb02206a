"""Documents the office returned, and sending their replacements.

The office's `request_revision` event lists the documents to replace, each with
its reason. A replacement is a new version of that requirement's documents; the
old ones are marked superseded, never deleted or overwritten. Then the
application goes back to the office through the workflow's `resubmit`.
"""

import logging

from django.db import transaction
from django.db.models import Max

from .. import workflow
from ..constants import ActorKind, DocumentKind, Status
from ..models import ApplicationDocument, ApplicationDraft
from .forms import UploadSlot, pin_revision, requirements_of
from .submit import DraftGone

logger = logging.getLogger("sinopen.apply")


def latest_return(application):
    """The office's latest request for corrections: `(event, documents)`."""
    event = (
        application.events.filter(action="request_revision")
        .order_by("-created_at", "-id")
        .first()
    )
    if event is None:
        return None, []
    documents = (event.data or {}).get("documents") or []
    return event, [
        item for item in documents if isinstance(item, dict) and item.get("key")
    ]


def application_page(application):
    """The permit page as the applicant answered it."""
    page = application.permit_page
    if application.page_revision_id in (None, page.live_revision_id):
        return pin_revision(page, page.live_revision_id)
    return pin_revision(
        application.page_revision.as_object(), application.page_revision_id
    )


def correction_slots(application, staged=(), errors=None):
    """One upload slot per returned document (each one required); when the
    office listed none, one optional slot per requirement."""
    errors = errors or {}
    by_key = {}
    for upload in staged:
        by_key.setdefault(upload.requirement_key, []).append(upload)
    requirements = {
        requirement.key: requirement
        for requirement in requirements_of(application_page(application))
    }
    _event, returned = latest_return(application)

    slots = []
    if returned:
        for item in returned:
            requirement = requirements.get(item["key"])
            if requirement is not None:
                slot = UploadSlot.for_requirement(requirement)
            else:
                slot = UploadSlot(
                    key=item["key"],
                    label=item.get("label") or item["key"],
                    help_text="",
                    required=True,
                    kinds=list(DocumentKind.values),
                    max_size_mb=5,
                    multiple=False,
                )
            slot.required = True
            slot.label = item.get("label") or slot.label
            slot.reason = item.get("reason") or ""
            slots.append(slot)
    else:
        for requirement in requirements.values():
            slot = UploadSlot.for_requirement(requirement)
            slot.required = False
            slots.append(slot)

    for slot in slots:
        slot.staged = by_key.get(slot.key, [])
        slot.errors = list(errors.get(slot.key, []))
    return slots


def ready_to_send(slots):
    if any(slot.errors for slot in slots):
        return False
    if any(slot.needs_file for slot in slots):
        return False
    return any(slot.staged for slot in slots)


def resubmit(application, draft, slots):
    """Store the replacements as new versions and hand the file back to the
    office, in one transaction; returns the workflow event."""
    labels = {slot.key: slot.label for slot in slots}
    with transaction.atomic():
        locked = (
            ApplicationDraft.objects.select_for_update()
            .filter(pk=draft.pk, application=application)
            .first()
        )
        if locked is None:
            raise DraftGone
        staged = [
            upload
            for upload in locked.uploads.all()
            if upload.requirement_key in labels
        ]
        replaced = sorted({upload.requirement_key for upload in staged})
        if not replaced or application.status != Status.REVISION_REQUESTED:
            raise DraftGone

        for key in replaced:
            previous = ApplicationDocument.objects.filter(
                application=application, requirement_key=key
            )
            version = (previous.aggregate(Max("version"))["version__max"] or 0) + 1
            previous.filter(superseded=False).update(superseded=True)
            ApplicationDocument.objects.bulk_create(
                ApplicationDocument(
                    application=application,
                    requirement_key=key,
                    requirement_label=labels[key],
                    version=version,
                    file=upload.file.name,
                    original_name=upload.original_name,
                    kind=upload.kind,
                    size=upload.size,
                    sha256=upload.sha256,
                )
                for upload in staged
                if upload.requirement_key == key
            )
        locked.delete()
        event = workflow.perform(
            application,
            "resubmit",
            actor_kind=ActorKind.APPLICANT,
            data={"replaced": replaced},
        )
    logger.info(
        "documents_resubmitted",
        extra={"application_id": application.pk, "documents": len(staged)},
    )
    return event
