"""The journey on a permit page: fill in → check your answers → send → receipt.

These views are routes of the permit page (see `pages.py`): `ajukan/`,
`ajukan/periksa/`, `ajukan/kirim/` and `ajukan/terkirim/<form key>/`. Nothing
here is ever cached: the form carries a CSRF token and personal data.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ..models import Application, ApplicationDraft
from . import drafts, limits
from .forms import ApplicationForm
from .next_steps import what_happens_next
from .submit import DraftGone, submit_draft


def personal(response):
    """Headers for every page that shows what one applicant typed."""
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def not_found(request, link=False):
    """A friendly 404; `link` when a secret link is wrong or retired."""
    return personal(
        render(request, "permits/apply/not_found.html", {"link": link}, status=404)
    )


def sent_application(page, key):
    if not drafts.well_formed(key):
        return None
    return Application.objects.filter(submission_key=key, permit_page=page).first()


def see_other(url):
    response = redirect(url)
    response.status_code = 303
    return response


# fill in


def form_view(page, request):
    if request.method == "POST":
        return post_form(page, request)

    draft = drafts.remembered(request, page)
    if draft is None:
        form = ApplicationForm(drafts.form_page(None, page))
        return render_form(request, page, form, drafts.new_key())
    form = ApplicationForm(
        drafts.form_page(draft, page),
        data=drafts.typed(draft),
        staged=drafts.staged_uploads(draft),
    )
    if form.applicant.is_bound:
        form.is_valid()
    return render_form(request, page, form, draft.key)


def post_form(page, request):
    key = request.POST.get("form_key", "")
    refusal = limits.over_limit(request, "apply")
    if refusal:
        return refused_form(page, request, key, refusal)
    draft = drafts.open_draft(page, key, sent=sent_application)
    if not isinstance(draft, ApplicationDraft):
        # Back to a form already sent, and "Periksa" again: its receipt.
        messages.info(request, _("This form was already sent; here is its receipt."))
        return see_other(receipt_url(page, request, draft))
    form_page = drafts.form_page(draft, page)

    # Keep what was typed and every file that passes, whatever else is wrong.
    blank = ApplicationForm(form_page)
    staged, upload_errors = drafts.stage(
        draft,
        blank.slots,
        request.FILES,
        request.POST.getlist("remove"),
        typed=(request.POST, blank.field_names()),
    )

    form = ApplicationForm(
        form_page, data=request.POST, staged=staged, upload_errors=upload_errors
    )
    if form.is_valid():
        # This view answers at `…/ajukan/` only, so the check step is
        # `…/ajukan/periksa/` (no site look-up needed to build it).
        response = see_other(f"{request.path}periksa/")
    else:
        response = render_form(request, page, form, draft.key)
    return drafts.remember(response, request.path, draft)


def refused_form(page, request, key, refusal):
    """The form again as it was sent, with the files kept so far; nothing of
    this post is checked or stored."""
    draft = None
    if drafts.well_formed(key):
        draft = ApplicationDraft.objects.filter(
            key=key, permit_page=page, application=None
        ).first()
    if draft is None:
        key = drafts.new_key()
    form = ApplicationForm(
        drafts.form_page(draft, page),
        data=request.POST,
        staged=drafts.staged_uploads(draft) if draft else (),
    )
    limited = limits.notice(
        refusal,
        _("This form was sent too often from this connection"),
        _(
            "To protect applicants' data, a form can be sent only a limited number "
            "of times from one connection in an hour, so this time it was not "
            "checked or saved. What you typed is still in the form below; files "
            "you chose this time were not received, so choose them again."
        ),
    )
    response = render_form(request, page, form, key, limited=limited)
    return limits.refused(response, refusal)


def render_form(request, page, form, key, limited=None):
    return personal(
        render(
            request,
            "permits/apply/form.html",
            {
                "page": page,
                "form": form,
                "form_key": key,
                "error_summary": form.error_summary()
                if form.applicant.is_bound and not limited
                else [],
                "limited": limited,
                "action": page.apply_route_url("apply", request),
            },
        )
    )


# check your answers


def check_view(page, request):
    draft = drafts.remembered(request, page)
    if draft is None:
        return see_other(page.apply_route_url("apply", request))
    form = ApplicationForm(
        drafts.form_page(draft, page),
        data=drafts.typed(draft),
        staged=drafts.staged_uploads(draft),
    )
    if not form.applicant.is_bound or not form.is_valid():
        return see_other(page.apply_route_url("apply", request))
    return render_check(request, page, draft, form)


def render_check(request, page, draft, form, limited=None):
    return personal(
        render(
            request,
            "permits/apply/check.html",
            {
                "page": page,
                "review": form.review(),
                "form_key": draft.key,
                "limited": limited,
                "edit_url": page.apply_route_url("apply", request),
                "action": page.apply_route_url("apply_submit", request),
            },
        )
    )


# send


def submit_view(page, request):
    if request.method != "POST":
        return see_other(page.apply_route_url("apply", request))
    refusal = limits.over_limit(request, "submit")

    key = request.POST.get("form_key", "")
    application = sent_application(page, key)
    if application is not None:
        return see_other(receipt_url(page, request, application))

    draft = None
    if drafts.well_formed(key):
        draft = ApplicationDraft.objects.filter(
            key=key, permit_page=page, application=None
        ).first()
    if refusal:
        return refused_submit(page, request, draft, refusal)
    if draft is None:
        messages.warning(
            request,
            _(
                "This form is no longer open (it was left unused for several days). "
                "Please fill it in again."
            ),
        )
        return see_other(page.apply_route_url("apply", request))

    form = ApplicationForm(
        drafts.form_page(draft, page),
        data=drafts.typed(draft),
        staged=drafts.staged_uploads(draft),
    )
    try:
        if not form.applicant.is_bound or not form.is_valid():
            # Perhaps because a post of the same form was sent a moment ago and
            # took the files with it.
            raise DraftGone
        application, _created = submit_draft(draft, form)
    except DraftGone:
        application = sent_application(page, key)
        if application is None:
            return see_other(page.apply_route_url("apply", request))

    response = see_other(receipt_url(page, request, application))
    return drafts.forget(response, page.apply_route_url("apply", request))


def refused_submit(page, request, draft, refusal):
    """The check page again (or the form, if there is nothing to check), saying
    that nothing was sent and when to send."""
    text = _(
        "To protect applicants' data, only a limited number of applications can "
        "be sent from one connection in an hour, so this application has not been "
        "sent yet."
    )
    title = _("Too many applications sent from this connection")
    if draft is None:
        limited = limits.notice(refusal, title, text)
        form = ApplicationForm(drafts.form_page(None, page))
        response = render_form(request, page, form, drafts.new_key(), limited)
        return limits.refused(response, refusal)

    kept = _(
        "Your answers and documents are kept: press “Send the application” again "
        "when the time has passed."
    )
    limited = limits.notice(refusal, title, f"{text} {kept}")
    form = ApplicationForm(
        drafts.form_page(draft, page),
        data=drafts.typed(draft),
        staged=drafts.staged_uploads(draft),
    )
    if form.applicant.is_bound and form.is_valid():
        response = render_check(request, page, draft, form, limited=limited)
    else:
        response = render_form(request, page, form, draft.key, limited=limited)
    return limits.refused(response, refusal)


def receipt_url(page, request, application):
    return page.apply_route_url(
        "apply_receipt", request, key=application.submission_key
    )


# receipt


def receipt_view(page, request, key):
    application = sent_application(page, key)
    if application is None:
        return not_found(request)
    return personal(
        render(
            request,
            "permits/apply/receipt.html",
            {
                "page": page,
                "application": application,
                "email_masked": mask_email(application.email),
                "next_step": what_happens_next(application),
            },
        )
    )


def mask_email(address):
    """r•••@example.com: enough to recognise, not to read off a shared screen."""
    local, _at, domain = address.partition("@")
    return f"{local[:1]}•••@{domain}" if domain else "•••"
