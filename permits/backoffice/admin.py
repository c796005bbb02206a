"""Back-office registrations in the Wagtail admin: the Applications menu and
list, the settings screens, the dashboard panel and the audit-log actions."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from ..workflow import ASSIGN_LOG_ACTION
from .dashboard import ApplicationsPanel
from .listing import ApplicationViewSet
from .settings_views import (
    CalendarExceptionViewSet,
    ReturnReasonViewSet,
    StaffGroupScopeViewSet,
)
from .views import DOCUMENT_LOG_ACTION


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [
        ApplicationViewSet(),
        ReturnReasonViewSet(),
        CalendarExceptionViewSet(),
        StaffGroupScopeViewSet(),
    ]


@hooks.register("construct_homepage_panels")
def add_applications_panel(request, panels):
    panels.append(ApplicationsPanel(request))


@hooks.register("register_log_actions")
def register_back_office_log_actions(actions):
    @actions.register_action(DOCUMENT_LOG_ACTION)
    class DocumentViewed(LogFormatter):
        label = _("View an applicant's document")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            values = {
                "document": data.get("label") or data.get("requirement", ""),
                "version": data.get("version", ""),
            }
            if data.get("download"):
                return _("Downloaded “%(document)s”, version %(version)s") % values
            return _("Viewed “%(document)s”, version %(version)s") % values

    @actions.register_action(ASSIGN_LOG_ACTION)
    class Assigned(LogFormatter):
        label = _("Assign an application")

        def format_message(self, log_entry):
            return _("Took the application into their queue")
