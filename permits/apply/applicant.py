"""The applicant's own page behind the secret link, `/permohonan/<token>/`.

The history, the documents (the applicant may download their own), what the
office returned and one slot to replace each, withdrawing, and the letter once
it is signed. A wrong or retired link gets a friendly 404 that tells nothing.
"""

import logging

from django.contrib import messages
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from .. import workflow
from ..answers import readable_answer
from ..constants import OPEN_STATUSES, ActorKind, Status
from ..files import private_file_response
from ..models import ApplicationDraft, Letter
from . import drafts, limits, tokens, uploads
from .corrections import (
    application_page,
    correction_slots,
    latest_return,
    ready_to_send,
    resubmit,
)
from .fields import phone_for_display
from .forms import questions_of
from .next_steps import history, what_happens_next
from .submit import DraftGone
from .views import not_found, personal, see_other

logger = logging.getLogger("sinopen.apply")

# Events whose note is written to the applicant (the rest are the office's own).
NOTES_FOR_APPLICANT = {"request_revision", "reject", "withdraw"}


def application_page_view(request, token):
    application = tokens.find_application(token)
    if application is None:
        return not_found(request, link=True)
    return render_page(request, token, application)


def render_page(request, token, application, correction=None, limited=None):
    page_url = reverse("apply:applicant", args=[token])
    context = {
        "application": application,
        "phone": phone_for_display(application.phone),
        "page_url": page_url,
        "history": [
            {
                **item,
                "note": item["event"].note
                if item["event"].action in NOTES_FOR_APPLICANT
                else "",
                "returned": (item["event"].data or {}).get("documents", [])
                if item["event"].action == "request_revision"
                else [],
            }
            for item in history(application)
        ],
        "next_step": what_happens_next(application, on_applicant_page=True),
        "answers": answer_rows(application),
        "documents": current_documents(application, token),
        "can_withdraw": application.status in OPEN_STATUSES,
        "letter_url": letter_url(application, page_url),
        "limited": limited,
    }
    if application.status == Status.REVISION_REQUESTED:
        context["correction"] = correction or open_correction(application)
    return personal(render(request, "permits/apply/applicant.html", context))


def answer_rows(application):
    """(label, answer) with the labels of the page version the applicant saw."""
    page = application_page(application)
    rows = []
    for field in questions_of(page):
        if field.field_type == "hidden":
            continue
        value = application.answers.get(field.clean_name, "")
        rows.append((field.label, readable_answer(field, value)))
    return rows


def current_documents(application, token):
    documents = application.documents.filter(superseded=False).order_by(
        "requirement_key", "id"
    )
    return [
        {
            "document": document,
            "url": reverse("apply:document", args=[token, document.pk]),
        }
        for document in application.in_form_order(documents)
    ]


def letter_url(application, page_url):
    letter = Letter.objects.filter(application=application).exclude(sha256="").first()
    if letter is None or not letter.pdf:
        return None
    return page_url + "surat/"


def open_correction(application, draft=None, errors=None):
    """The replacement form: the latest draft of corrections, if any, so a
    file accepted earlier is still there after a reload."""
    if draft is None:
        draft = (
            ApplicationDraft.objects.filter(application=application)
            .order_by("-updated_at")
            .first()
        )
    staged = drafts.staged_uploads(draft) if draft else []
    event, _returned = latest_return(application)
    return {
        "event": event,
        "slots": correction_slots(application, staged, errors),
        "form_key": draft.key if draft else drafts.new_key(),
    }


def document_view(request, token, document_id):
    application = tokens.find_application(token)
    if application is None:
        return not_found(request, link=True)
    document = application.documents.filter(pk=document_id).first()
    if document is None:
        return not_found(request)
    try:
        return private_file_response(
            document.file,
            uploads.download_name(document.original_name, document.kind),
            document.kind,
        )
    except FileNotFoundError:
        logger.error("document_file_missing", extra={"document_id": document.pk})
        return not_found(request)


def resubmit_view(request, token):
    application = tokens.find_application(token)
    if application is None:
        return not_found(request, link=True)
    page_url = reverse("apply:applicant", args=[token])
    if request.method != "POST":
        return see_other(page_url)
    refusal = limits.over_limit(request, "apply")
    if refusal:
        limited = limits.notice(
            refusal,
            _("Corrections were sent too often from this connection"),
            _(
                "To protect applicants' data, documents can be sent only a limited "
                "number of times from one connection in an hour, so the files you "
                "chose this time were not received. Files accepted earlier are "
                "kept. Choose the new files again and send them when the time has "
                "passed."
            ),
        )
        response = render_page(request, token, application, limited=limited)
        return limits.refused(response, refusal)
    if application.status != Status.REVISION_REQUESTED:
        messages.info(request, _("Your corrections were already sent."))
        return see_other(page_url)

    draft = drafts.open_draft(
        application.permit_page, request.POST.get("form_key", ""), application
    )
    staged, errors = drafts.stage(
        draft,
        correction_slots(application),
        request.FILES,
        request.POST.getlist("remove"),
    )
    slots = correction_slots(application, staged, errors)
    if not ready_to_send(slots):
        for slot in slots:
            if slot.needs_file and not slot.errors:
                slot.errors.append(_("Upload the new version of this document."))
        if not any(slot.errors for slot in slots) and slots:
            slots[0].errors.append(_("Choose at least one file to send."))
        correction = open_correction(application, draft, errors)
        correction["slots"] = slots
        return render_page(request, token, application, correction)

    try:
        resubmit(application, draft, slots)
    except (DraftGone, workflow.TransitionError):
        messages.info(request, _("Your corrections were already sent."))
        return see_other(page_url)
    messages.success(
        request,
        _("Thank you. Your corrected documents were sent and will be checked again."),
    )
    return see_other(page_url)


def withdraw_view(request, token):
    application = tokens.find_application(token)
    if application is None:
        return not_found(request, link=True)
    page_url = reverse("apply:applicant", args=[token])
    if application.status not in OPEN_STATUSES:
        messages.info(request, _("This application is closed; it cannot be withdrawn."))
        return see_other(page_url)
    if request.method != "POST":
        return personal(
            render(
                request,
                "permits/apply/withdraw.html",
                {"application": application, "page_url": page_url},
            )
        )
    try:
        workflow.perform(application, "withdraw", actor_kind=ActorKind.APPLICANT)
    except workflow.TransitionError as error:
        messages.error(request, str(error))
        return see_other(page_url)
    logger.info("application_withdrawn", extra={"application_id": application.pk})
    messages.success(request, _("Your application has been withdrawn."))
    return see_other(page_url)
