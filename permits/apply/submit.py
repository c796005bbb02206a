"""Turning a checked application into a stored one, in one transaction."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from .. import workflow
from ..constants import TransactionKind
from ..models import Application, ApplicationDocument, ApplicationDraft
from . import registration, tokens

logger = logging.getLogger("sinopen.apply")


def create_application(
    permit_page,
    *,
    full_name,
    nik,
    email,
    phone,
    address,
    answers=None,
    transaction_kind=TransactionKind.NEW,
    submission_key=None,
    add_documents=None,
    page_revision=None,
):
    """Store a new application; returns `(application, token, created)`.

    `submission_key` makes a resent form harmless: the second post finds the
    first application and gets `created=False` (and no token: the link went out
    with the first). `add_documents(application)` runs inside the transaction, so
    an application never exists without its documents. `page_revision` is the
    version of the page the applicant answered (by default the live one).
    """
    if submission_key:
        existing = Application.objects.filter(submission_key=submission_key).first()
        if existing is not None:
            return existing, None, False

    try:
        with transaction.atomic():
            application = Application(
                permit_page=permit_page,
                page_revision=page_revision or permit_page.live_revision,
                transaction_kind=transaction_kind,
                full_name=full_name,
                nik=nik,
                email=email,
                phone=phone,
                address=address,
                answers=answers or {},
                submitted_at=timezone.now(),
                submission_key=submission_key or None,
                number=registration.next_registration_number(),
            )
            token = tokens.issue(application)
            application.save()
            if add_documents is not None:
                add_documents(application)
            workflow.record_submission(application)
    except IntegrityError:
        # Two posts of one form at the same moment: the other one won.
        if submission_key:
            existing = Application.objects.filter(submission_key=submission_key).first()
            if existing is not None:
                return existing, None, False
        raise
    return application, token, True


class DraftGone(Exception):
    """The draft was sent by another post or cleaned up in the meantime, or it
    lost a required document."""


def submit_draft(draft, form):
    """Turn a valid draft into an application; returns `(application, created)`.

    The draft is locked, its files are handed over as the application's
    documents and it is deleted, all in the submit transaction. A second post
    of the same form finds the application through the form key.
    """
    values = form.applicant_values()
    labels = {slot.key: slot.label for slot in form.slots}
    required = {slot.key for slot in form.slots if slot.required}

    def add_documents(application):
        locked = (
            ApplicationDraft.objects.select_for_update()
            .filter(pk=draft.pk, application=None)
            .first()
        )
        if locked is None:
            raise DraftGone
        staged = [
            upload
            for upload in locked.uploads.all()
            if upload.requirement_key in labels
        ]
        if required - {upload.requirement_key for upload in staged}:
            raise DraftGone
        ApplicationDocument.objects.bulk_create(
            ApplicationDocument(
                application=application,
                requirement_key=upload.requirement_key,
                requirement_label=labels[upload.requirement_key],
                file=upload.file.name,
                original_name=upload.original_name,
                kind=upload.kind,
                size=upload.size,
                sha256=upload.sha256,
            )
            for upload in staged
        )
        # The files now belong to the documents: delete the rows, not the files.
        locked.delete()

    application, _token, created = create_application(
        draft.permit_page,
        full_name=values["full_name"],
        nik=values["nik"],
        email=values["email"],
        phone=values["phone"],
        address=values["address"],
        transaction_kind=values["transaction_kind"],
        answers=form.answers(),
        submission_key=draft.key,
        page_revision=draft.page_revision,
        add_documents=add_documents,
    )
    if created:
        logger.info(
            "application_submitted",
            extra={
                "application_id": application.pk,
                "permit_page_id": draft.permit_page_id,
            },
        )
    return application, created
