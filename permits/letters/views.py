"""Public letter views: the check of a letter, and the applicant's download."""

import logging

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ..apply import limits, tokens
from ..files import private_file_response
from ..models import Letter
from . import verification
from .forms import FileCheckForm, NumberCheckForm

logger = logging.getLogger("sinopen.letters")

# Room for the form's other fields around the file.
UPLOAD_OVERHEAD = 64 * 1024


def too_large(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return length > settings.LETTER_CHECK_MAX_UPLOAD + UPLOAD_OVERHEAD


# The checks change nothing, so they need no CSRF token: the page works without
# cookies. A huge upload is refused by its declared length before it is read.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def check(request, public_id=None):
    context = {"number_form": NumberCheckForm(), "file_form": FileCheckForm()}
    status = 200

    if public_id is not None:
        letter = verification.by_public_id(public_id)
        if letter is None:
            context["unknown_link"] = True
            status = 404
        else:
            context["letter"] = verification.public_view(letter)

    checking = request.method == "POST" or "nomor" in request.GET
    refusal = limits.over_limit(request, "verify") if checking else None
    if refusal:
        # Letter numbers run in series: a limit keeps anyone from walking them.
        context["limited"] = limits.notice(
            refusal,
            _("Too many checks from this connection"),
            _(
                "This page answers only a limited number of checks from one "
                "connection in an hour. Your check was not carried out."
            ),
        )
        context["number_form"] = NumberCheckForm(
            initial={"nomor": request.GET.get("nomor", "")}
        )
    elif request.method == "POST":
        if too_large(request):
            context["file_error"] = _(
                "The file is too large. A letter is far smaller: choose the "
                "letter's PDF file."
            )
            status = 413
        else:
            form = FileCheckForm(request.POST, request.FILES)
            context["file_form"] = form
            if form.is_valid():
                found = verification.by_file(form.cleaned_data["berkas"])
                context["file_checked"] = True
                context["file_match"] = (
                    verification.public_view(found) if found else None
                )
                logger.info("letter_file_checked", extra={"genuine": bool(found)})
    elif "nomor" in request.GET:
        form = NumberCheckForm(request.GET)
        context["number_form"] = form
        if form.is_valid():
            found = verification.by_number(form.cleaned_data["nomor"])
            context["number_checked"] = True
            context["number_match"] = verification.public_view(found) if found else None

    response = render(request, "permits/letters/check.html", context, status=status)
    return limits.refused(response, refusal) if refusal else response


@never_cache
def applicant_download(request, token):
    """The applicant's signed letter, through their secret link."""
    application = tokens.find_application(token)
    letter = (
        Letter.objects.filter(application=application).first() if application else None
    )
    if letter is None or not letter.is_ready:
        raise Http404
    logger.info("letter_downloaded", extra={"letter_id": letter.pk, "by": "applicant"})
    return private_file_response(letter.pdf, letter.download_name(), "pdf")
