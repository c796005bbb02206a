"""The application page and what staff do from it.

Every view checks that the user may view applications and that the file's
permit category is within their scope (a file outside it is "not found"). Each
action is a confirmation page (GET) and a POST that goes through the workflow; a
refusal comes back as a message on the application page, never as an error page.
"""

import logging

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail.permissions import policy_registry

from .. import workflow
from ..answers import readable_answer
from ..clock import URGENCY_LABELS
from ..constants import OPEN_STATUSES, ActorKind, Status
from ..files import private_file_response
from ..models import Application, ApplicationDocument, Letter
from ..workflow import TransitionError
from .checks import approval_warnings
from .forms import ActionForm, ReturnForm
from .queues import deadlines_for
from .scope import StaffScope

logger = logging.getLogger("sinopen.backoffice")

DOCUMENT_LOG_ACTION = "sinopen.document.view"


def can_view_applications(user):
    policy = policy_registry.get_by_type(Application)
    return policy.user_has_permission(user, "view")


def application_for(request, pk):
    """The application if this user may see it, else 404 (its existence is not
    revealed to staff outside its category)."""
    if not can_view_applications(request.user):
        raise PermissionDenied
    scope = StaffScope.of(request)
    queryset = scope.applications(
        Application.objects.select_related(
            "permit_page", "permit_page__reviewer_group", "assignee", "page_revision"
        )
    )
    return get_object_or_404(queryset, pk=pk)


def detail_url(application):
    return reverse("applications:detail", args=[application.pk])


class ApplicationMixin(WagtailAdminTemplateMixin):
    header_icon = "doc-full-inverse"

    def dispatch(self, request, pk, *args, **kwargs):
        self.application = application_for(request, pk)
        self.scope = StaffScope.of(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.application.number

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("applications:index"), "label": _("Applications")},
            {"url": detail_url(self.application), "label": self.application.number},
        ]

    @cached_property
    def actions(self):
        return workflow.available_actions(
            self.application, self.request.user, self.scope
        )


class ApplicationView(ApplicationMixin, TemplateView):
    template_name = "permits/backoffice/application.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.application
        deadlines = deadlines_for(self.request)
        urgency = deadlines.urgency(application.status, application.due_date)
        history = [
            {
                "event": event,
                "label": action_label(event.action),
                "actor": actor_display(event),
                "from_label": Status(event.from_status).label
                if event.from_status
                else "",
                "to_label": Status(event.to_status).label,
            }
            for event in application.events.select_related("actor").order_by(
                "position", "id"
            )
        ]
        context.update(
            {
                "application": application,
                "permit_page": application.permit_page,
                "urgency": urgency,
                "urgency_label": URGENCY_LABELS[urgency],
                "answers": answers_with_labels(application),
                "requirements": documents_by_requirement(application),
                "history": history,
                "accesses": ModelLogEntry.objects.filter(
                    content_type__app_label="permits",
                    content_type__model="application",
                    object_id=str(application.pk),
                )
                .select_related("user")
                .order_by("-timestamp")[:20],
                "warnings": approval_warnings(application)
                if application.status in OPEN_STATUSES
                else [],
                "actions": [
                    {
                        "action": action,
                        "url": action_url(application, action),
                        # Confirmed in a dialog on this page (the link opens the
                        # confirmation page without script); returning
                        # documents has a page of its own.
                        "form": None
                        if action.name == "request_revision"
                        else ActionForm(action=action),
                        "target_status": Status(
                            workflow.target_status(action, application)
                        ).label,
                    }
                    for action in self.actions
                ],
                "can_claim": bool(self.actions)
                and application.status in OPEN_STATUSES
                and application.assignee_id != self.request.user.pk,
                "letter": Letter.objects.filter(application=application).first(),
                "open": application.status in OPEN_STATUSES,
            }
        )
        return context


def action_label(name):
    if name == "submit":
        return _("Submitted")
    action = workflow.ACTIONS.get(name)
    return str(action.label) if action else name


def actor_display(event):
    if event.actor_kind == ActorKind.APPLICANT:
        return _("the applicant")
    if event.actor_kind == ActorKind.SYSTEM:
        return _("the system")
    if event.actor is None:
        return _("a former staff member")
    return event.actor.get_full_name() or event.actor.get_username()


def action_url(application, action):
    if action.name == "request_revision":
        return reverse("applications:return", args=[application.pk])
    return reverse("applications:action", args=[application.pk, action.name])


def answers_with_labels(application):
    """[(label, value)] in the order of the form the applicant answered."""
    page = application.permit_page
    if application.page_revision_id:
        try:
            page = application.page_revision.as_object()
        except Exception:  # noqa: BLE001 -- an unreadable old revision falls back to the live page
            logger.warning(
                "page_revision_unreadable",
                extra={"application_id": application.pk},
            )
    answers = dict(application.answers or {})
    rows = [
        (field.label, readable_answer(field, answers.pop(field.clean_name)))
        for field in page.form_fields.all()
        if field.clean_name in answers
    ]
    rows += [(key, readable_answer(None, value)) for key, value in answers.items()]
    return rows


def documents_by_requirement(application):
    """[{key, label, current: [docs], older: [docs]}] in the form's order,
    each group's documents in upload order."""
    documents = application.documents.order_by("requirement_key", "version", "id")
    groups = {}
    for document in application.in_form_order(documents):
        group = groups.setdefault(
            document.requirement_key,
            {
                "key": document.requirement_key,
                "label": document.requirement_label,
                "current": [],
                "older": [],
            },
        )
        group["label"] = document.requirement_label
        (group["older"] if document.superseded else group["current"]).append(document)
    return list(groups.values())


def not_possible(request, application):
    """Back to the application with why nothing happened: often another staff
    member, or a second click, took the step first."""
    messages.error(
        request,
        _(
            "This action is not possible for you on this application now; its "
            "status is “%(status)s”. Its history below shows what happened."
        )
        % {"status": application.get_status_display()},
    )
    return redirect(detail_url(application))


class ActionView(ApplicationMixin, TemplateView):
    """Confirm one action (GET) and take it (POST)."""

    template_name = "permits/backoffice/confirm.html"

    def dispatch(self, request, pk, action_name, *args, **kwargs):
        self.action_name = action_name
        return super().dispatch(request, pk, *args, **kwargs)

    @cached_property
    def action(self):
        for action in self.actions:
            if action.name == self.action_name:
                return action
        return None

    def refuse(self):
        return not_possible(self.request, self.application)

    def get(self, request, *args, **kwargs):
        if self.action is None or self.action.name == "request_revision":
            return self.refuse()
        return self.render_to_response(
            self.get_context_data(form=ActionForm(action=self.action))
        )

    def post(self, request, *args, **kwargs):
        if self.action is None or self.action.name == "request_revision":
            return self.refuse()
        form = ActionForm(request.POST, action=self.action)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            workflow.perform(
                self.application,
                self.action.name,
                actor=request.user,
                note=form.cleaned_data["note"],
            )
        except TransitionError as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, str(self.action.success_message))
        return redirect(detail_url(self.application))

    def get_page_subtitle(self):
        return self.action.label if self.action else ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "application": self.application,
                "action": self.action,
                "target_status": Status(
                    workflow.target_status(self.action, self.application)
                ).label,
                "warnings": approval_warnings(self.application)
                if self.action.name == "approve"
                else [],
                "cancel_url": detail_url(self.application),
            }
        )
        return context


class ReturnView(ApplicationMixin, TemplateView):
    """Return documents for correction: which, why, and a note."""

    template_name = "permits/backoffice/return.html"
    page_subtitle = gettext_lazy("Return for correction")

    def allowed(self):
        return any(action.name == "request_revision" for action in self.actions)

    def requirements(self):
        return [
            (group["key"], group["label"])
            for group in documents_by_requirement(self.application)
            if group["current"]
        ]

    def get(self, request, *args, **kwargs):
        if not self.allowed():
            return not_possible(request, self.application)
        form = ReturnForm(requirements=self.requirements())
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        if not self.allowed():
            return not_possible(request, self.application)
        form = ReturnForm(request.POST, requirements=self.requirements())
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            workflow.perform(
                self.application,
                "request_revision",
                actor=request.user,
                note=form.cleaned_data["note"],
                data={"documents": form.cleaned_data["documents"]},
            )
        except TransitionError as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request, str(workflow.ACTIONS["request_revision"].success_message)
            )
        return redirect(detail_url(self.application))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["application"] = self.application
        context["action"] = workflow.ACTIONS["request_revision"]
        context["cancel_url"] = detail_url(self.application)
        return context


@require_POST
@login_required
def claim(request, pk):
    application = application_for(request, pk)
    try:
        workflow.claim(application, request.user)
    except TransitionError as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("The application is assigned to you."))
    return redirect(detail_url(application))


@login_required
def document(request, pk):
    """One uploaded document, inline for the preview or as a download; every
    access is recorded in the admin's audit log."""
    if not can_view_applications(request.user):
        raise PermissionDenied
    scope = StaffScope.of(request)
    document = get_object_or_404(
        ApplicationDocument.objects.select_related(
            "application", "application__permit_page"
        ),
        pk=pk,
    )
    application = document.application
    if not scope.can_see(application):
        raise Http404
    download = request.GET.get("download") == "1"

    log(
        application,
        DOCUMENT_LOG_ACTION,
        user=request.user,
        data={
            "document": document.pk,
            "requirement": document.requirement_key,
            "label": document.requirement_label,
            "version": document.version,
            "download": download,
        },
    )
    logger.info(
        "document_viewed",
        extra={
            "application_id": application.pk,
            "document_id": document.pk,
            "user_id": request.user.pk,
        },
    )

    name = f"{application.number}-{document.requirement_key}-v{document.version}"
    extension = {"jpeg": "jpg"}.get(document.kind, document.kind)
    try:
        response = private_file_response(
            document.file,
            f"{name}.{extension}",
            document.kind,
            inline=not download,
        )
    except FileNotFoundError as missing:
        raise Http404 from missing
    if not download:
        # The preview is framed by our own application page.
        response["X-Frame-Options"] = "SAMEORIGIN"
        if document.kind == "pdf":
            # A sandboxed response keeps browsers from showing a PDF at all; the
            # viewer runs apart from our pages, and `nosniff` with the type we
            # determined on upload stays.
            response["Content-Security-Policy"] = (
                "default-src 'none'; object-src 'self'; frame-ancestors 'self'"
            )
        else:
            response["Content-Security-Policy"] = (
                "sandbox; default-src 'none'; frame-ancestors 'self'"
            )
    return response


def lockout(request, original_response=None, credentials=None):
    """The page of a locked staff sign-in (AXES_LOCKOUT_CALLABLE)."""
    from axes.conf import settings as axes_settings
    from axes.helpers import get_cool_off, get_failure_limit

    cool_off = get_cool_off(request)
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "minutes": round(cool_off.total_seconds() / 60) if cool_off else 30,
    }
    return render(
        request,
        "permits/backoffice/lockout.html",
        context,
        status=axes_settings.AXES_HTTP_RESPONSE_CODE,
    )
