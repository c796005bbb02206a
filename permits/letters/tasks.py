"""Queue tasks: render, sign and store a letter, then mark the application issued.

Safe to run any number of times: a letter whose signed PDF is stored is never
made again, and a run that died half-way (after rendering, before storing) leaves
nothing behind that the next run trips over.
"""

import hashlib
import logging
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from .. import workflow
from ..constants import ActorKind, Status
from ..models import Letter
from . import document, render, signing

logger = logging.getLogger("sinopen.letters")

# A letter still unsigned this long after its approval is handed to the queue again.
PENDING_GRACE = timedelta(minutes=10)


def render_and_sign(letter):
    """The signed PDF of a letter, as bytes (nothing stored)."""
    letter_document = document.for_letter(letter)
    rendered = render.render(letter_document)
    return signing.get_signer().sign(
        rendered.pdf,
        reason=f"{letter_document.title} nomor {letter.number}",
        location=letter_document.place,
    )


def storage_name(letter):
    return f"letters/{letter.year}/{letter.public_id}.pdf"


def issue_letter(letter_id):
    letter = (
        Letter.objects.select_related("application__permit_page")
        .filter(pk=letter_id)
        .first()
    )
    if letter is None:
        logger.warning("letter_missing", extra={"letter_id": letter_id})
        return

    if not letter.sha256:
        signed = render_and_sign(letter)
        store(letter_id, signed)

    application = letter.application
    application.refresh_from_db(fields=["status"])
    if application.status == Status.APPROVED:
        try:
            workflow.perform(application, "issue", actor_kind=ActorKind.SYSTEM)
        except workflow.TransitionError:
            # Another run issued it in the meantime.
            logger.info("letter_already_issued", extra={"letter_id": letter_id})


def store(letter_id, signed):
    """Keep the signed PDF, unless another run stored one first."""
    digest = hashlib.sha256(signed).hexdigest()
    with transaction.atomic():
        letter = Letter.objects.select_for_update().get(pk=letter_id)
        if letter.sha256:
            logger.info("letter_already_stored", extra={"letter_id": letter_id})
            return letter
        name = storage_name(letter)
        storage = letter.pdf.storage
        # A file at this name without a stored digest is what a run that died
        # before its commit left: this run's PDF replaces it.
        if storage.exists(name):
            storage.delete(name)
        letter.pdf.name = storage.save(name, ContentFile(signed))
        letter.sha256 = digest
        letter.rendered_at = timezone.now()
        letter.save(update_fields=["pdf", "sha256", "rendered_at"])
    logger.info("letter_signed", extra={"letter_id": letter_id, "size": len(signed)})
    return letter


def issue_pending_letters():
    """Hand every letter still unsigned some time after approval to the queue."""
    from .numbering import enqueue_issue

    cutoff = timezone.now() - PENDING_GRACE
    pending = Letter.objects.filter(
        sha256="",
        revoked_at__isnull=True,
        application__status=Status.APPROVED,
        application__status_changed_at__lt=cutoff,
    ).values_list("pk", flat=True)
    count = 0
    for letter_id in pending:
        enqueue_issue(letter_id)
        count += 1
    if count:
        logger.info("letters_requeued", extra={"count": count})
    return count
