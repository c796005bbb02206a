"""Turning a checked application into a stored one, in one transaction."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from .. import workflow
from ..constants import TransactionKind
from ..models import Application
from . import registration, tokens


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
):
    """Store a new application; returns `(application, token, created)`.

    `submission_key` makes a resent form harmless: the second post finds the
    first application and gets `created=False` (and no token: the link went out
    with the first). `add_documents(application)` runs inside the transaction, so
    an application never exists without its documents.
    """
    if submission_key:
        existing = Application.objects.filter(submission_key=submission_key).first()
        if existing is not None:
            return existing, None, False

    try:
        with transaction.atomic():
            application = Application(
                permit_page=permit_page,
                page_revision=permit_page.live_revision,
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
