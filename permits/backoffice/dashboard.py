"""The back-office panel on the admin home page: my queue, the counts per
status, what is due soon and what is late, within what the user may see."""

from django.db.models import Count
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component

from ..clock import URGENCY_LABELS, Urgency
from ..constants import Status
from ..models import Application
from .queues import deadlines_for, my_queue
from .scope import StaffScope
from .views import can_view_applications

QUEUE_LENGTH = 10


def list_url(**filters):
    url = reverse("applications:index")
    return f"{url}?{urlencode(filters, doseq=True)}" if filters else url


class ApplicationsPanel(Component):
    name = "sinopen_applications"
    template_name = "permits/backoffice/dashboard_panel.html"
    order = 50

    def __init__(self, request):
        self.request = request

    def is_shown(self, parent_context=None):
        return can_view_applications(self.request.user)

    def render_html(self, parent_context=None):
        if not self.is_shown(parent_context):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        scope = StaffScope.of(self.request)
        deadlines = deadlines_for(self.request)
        visible = scope.applications(Application.objects.all())

        per_status = dict(
            visible.order_by()
            .values_list("status")
            .annotate(count=Count("pk"))
            .values_list("status", "count")
        )
        urgent = visible.aggregate(
            overdue=Count("pk", filter=deadlines.overdue_q()),
            due_soon=Count("pk", filter=deadlines.due_soon_q()),
        )
        queue = visible.filter(my_queue(scope))
        queue_items = list(
            queue.select_related("permit_page")
            .only(
                "pk",
                "number",
                "status",
                "due_date",
                "clock_days_left",
                "permit_page__title",
            )
            .order_by("due_date", "submitted_at")[:QUEUE_LENGTH]
        )
        context.update(
            {
                "request": self.request,
                "queue": [
                    {
                        "application": application,
                        "url": reverse("applications:detail", args=[application.pk]),
                        "urgency": deadlines.urgency(
                            application.status, application.due_date
                        ),
                    }
                    for application in queue_items
                ],
                "urgency_labels": URGENCY_LABELS,
                "queue_count": queue.count()
                if len(queue_items) == QUEUE_LENGTH
                else len(queue_items),
                "queue_url": list_url(queue="mine"),
                "statuses": [
                    {
                        "label": label,
                        "count": per_status.get(value, 0),
                        "url": list_url(status=value),
                    }
                    for value, label in Status.choices
                ],
                "overdue": urgent["overdue"],
                "overdue_url": list_url(deadline=Urgency.OVERDUE),
                "due_soon": urgent["due_soon"],
                "due_soon_url": list_url(deadline=Urgency.DUE_SOON),
            }
        )
        return context
