"""Admin screens under "Notifications": the outbox (what went out, what waits,
what failed and why, with "send again") and the message templates staff edit.
Registered from permits/wagtail_hooks.py."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views import View
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, HeaderButton, ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import MessageTemplate, Notification
from . import delivery
from .placeholders import MARK_RE


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """Only the outbox writes rows: staff look at them and may send them again."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)


class FixedSetPermissionPolicy(ModelPermissionPolicy):
    """One template per kind of message, made by the code: edited, never added or
    deleted."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Notification, OutboxPermissionPolicy(Notification))
register_permission_policy(MessageTemplate, FixedSetPermissionPolicy(MessageTemplate))

STATE_COLOURS = {
    Notification.State.PENDING: "warning",
    Notification.State.SENDING: "info",
    Notification.State.SENT: "success",
    Notification.State.FAILED: "critical",
}


def may_resend(user):
    return user.has_perm("permits.resend_notification")


class OutboxIndexView(generic.IndexView):
    page_title = _("Outbox")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.state == Notification.State.FAILED and may_resend(
            self.request.user
        ):
            buttons.append(
                ListingButton(
                    _("Send again"),
                    url=reverse("notifications:resend", args=[instance.pk]),
                    icon_name="resubmit",
                    priority=5,
                )
            )
        return buttons

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if may_resend(self.request.user) and (
            Notification.objects.filter(state=Notification.State.FAILED).exists()
        ):
            buttons.append(
                HeaderButton(
                    _("Send all failed again"),
                    url=reverse("notifications:resend_failed"),
                    icon_name="resubmit",
                )
            )
        return buttons


def _without_link_marks(text):
    # The applicant's link is never stored; show where it goes.
    return MARK_RE.sub(lambda match: f"[{match.group(1)}]", text or "")


class OutboxInspectView(generic.InspectView):
    def get_body_text_display_value(self):
        return format_html(
            '<pre style="white-space: pre-wrap; font-family: inherit">{}</pre>',
            _without_link_marks(self.object.body_text),
        )

    def get_subject_display_value(self):
        return _without_link_marks(self.object.subject)

    def get_application_display_value(self):
        return self.object.application.number if self.object.application else "-"

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.state == Notification.State.FAILED and may_resend(
            self.request.user
        ):
            buttons.append(
                Button(
                    _("Send again"),
                    url=reverse("notifications:resend", args=[self.object.pk]),
                    icon_name="resubmit",
                )
            )
        return buttons


class ResendView(WagtailAdminTemplateMixin, View):
    """Asks, then sends again one failed message, or every failed one."""

    template_name = "permits/notify/admin/confirm_resend.html"
    page_title = _("Send again")
    header_icon = "mail"

    def dispatch(self, request, *args, pk=None, **kwargs):
        if not may_resend(request.user):
            raise PermissionDenied
        self.notification = (
            get_object_or_404(Notification, pk=pk) if pk is not None else None
        )
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        if self.notification is not None:
            return Notification.objects.filter(
                pk=self.notification.pk,
                state__in=[Notification.State.FAILED, Notification.State.PENDING],
            )
        return Notification.objects.filter(state=Notification.State.FAILED)

    def get_page_subtitle(self):
        if self.notification is not None:
            return _without_link_marks(self.notification.subject)
        return _("every failed message")

    def get(self, request, *args, **kwargs):
        return self.render_to_response(
            self.get_context_data(
                notification=self.notification,
                count=self.get_queryset().count(),
                index_url=reverse("notifications:index"),
            )
        )

    def post(self, request, *args, **kwargs):
        count = delivery.resend(self.get_queryset())
        if count:
            messages.success(
                request,
                ngettext(
                    "%(count)d message is queued to be sent again.",
                    "%(count)d messages are queued to be sent again.",
                    count,
                )
                % {"count": count},
            )
        else:
            messages.warning(request, _("Nothing to send again: already sent."))
        return redirect("notifications:index")


class OutboxViewSet(ModelViewSet):
    model = Notification
    name = "notifications"
    icon = "mail"
    menu_label = _("Outbox")
    index_view_class = OutboxIndexView
    inspect_view_class = OutboxInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    # Never shown: the policy allows no adding or editing.
    form_fields = ["subject"]
    list_display = [
        "subject",
        Column("recipient", label=_("recipient")),
        Column("channel", label=_("channel"), accessor="get_channel_display"),
        StatusTagColumn(
            "state",
            label=_("state"),
            accessor="get_state_display",
            primary=lambda row: row.state == Notification.State.SENT,
        ),
        Column("attempts", label=_("attempts")),
        DateColumn("created_at", label=_("created")),
        Column("last_error", label=_("last error")),
    ]
    list_filter = ["state", "channel", "kind"]
    search_fields = ["recipient", "subject"]
    inspect_view_fields = [
        "kind",
        "application",
        "channel",
        "recipient",
        "state",
        "attempts",
        "last_error",
        "created_at",
        "next_attempt_at",
        "sent_at",
        "subject",
        "body_text",
    ]
    list_per_page = 50

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/resend/", ResendView.as_view(), name="resend"),
            path("resend-failed/", ResendView.as_view(), name="resend_failed"),
        ]


class MessageTemplateViewSet(SnippetViewSet):
    model = MessageTemplate
    icon = "doc-full"
    menu_label = _("Message templates")
    url_prefix = "notifications/templates"
    copy_view_enabled = False
    list_display = ["__str__", "subject", "updated_at"]


class NotificationsGroup(ViewSetGroup):
    menu_label = _("Notifications")
    menu_icon = "mail"
    menu_order = 320
    items = (OutboxViewSet, MessageTemplateViewSet)


register_snippet(NotificationsGroup)
