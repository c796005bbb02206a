"""The Applications list in the admin: a Wagtail ModelViewSet with no generic
create, edit or delete; its rows open the application page (views.py)."""

import datetime
import re

import django_filters
from django import forms
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from stdnum.id import nik as stdnum_nik
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from ..apply import registration
from ..clock import URGENCY_LABELS, Urgency
from ..constants import Category, Status
from ..letters.dates import indonesian_date, local_moment
from ..models import Application, PermitPage
from . import views
from .queues import assigned_to, deadlines_for, my_queue
from .scope import StaffScope

EXPORT_MOMENT_FORMAT = "%Y-%m-%d %H:%M"
XLSX_MOMENT_FORMAT = "yyyy-mm-dd hh:mm"
XLSX_DATE_FORMAT = "yyyy-mm-dd"
MOMENT_FIELDS = ("submitted_at",)

FULL_NIK = re.compile(r"^\d{16}$")

# A spreadsheet opening a CSV runs a cell that starts with one of these as a
# formula; a leading apostrophe makes it text (OWASP, "CSV Injection").
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ApplicationFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        widget=forms.CheckboxSelectMultiple,
        # One status per row: no DISTINCT (which would make the count slow).
        distinct=False,
    )
    category = django_filters.ChoiceFilter(
        label=_("Category"),
        field_name="permit_page__category",
        choices=Category.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    permit = django_filters.ModelChoiceFilter(
        label=_("Permit"),
        field_name="permit_page",
        queryset=PermitPage.objects.none(),
    )
    deadline = django_filters.ChoiceFilter(
        label=_("Service time"),
        choices=[
            (Urgency.OVERDUE, URGENCY_LABELS[Urgency.OVERDUE]),
            (Urgency.DUE_SOON, URGENCY_LABELS[Urgency.DUE_SOON]),
        ],
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="filter_deadline",
    )
    queue = django_filters.ChoiceFilter(
        label=_("Assignment"),
        choices=[
            ("mine", _("My queue")),
            ("assigned", _("Assigned to me")),
            ("unassigned", _("Not assigned")),
        ],
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="filter_queue",
    )
    submitted = django_filters.DateFromToRangeFilter(
        label=_("Submitted"),
        field_name="submitted_at",
        widget=DateRangePickerWidget,
    )
    due = django_filters.DateFromToRangeFilter(
        label=_("Due date"),
        field_name="due_date",
        widget=DateRangePickerWidget,
    )

    class Meta:
        model = Application
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        pages = PermitPage.objects.order_by("title").only("pk", "title")
        if request is not None:
            pages = StaffScope.of(request).permit_pages(pages)
        self.filters["permit"].queryset = pages

    def filter_deadline(self, queryset, name, value):
        deadlines = deadlines_for(self.request)
        if value == Urgency.OVERDUE:
            return queryset.filter(deadlines.overdue_q())
        if value == Urgency.DUE_SOON:
            return queryset.filter(deadlines.due_soon_q())
        return queryset

    def filter_queue(self, queryset, name, value):
        scope = StaffScope.of(self.request)
        if value == "mine":
            return queryset.filter(my_queue(scope))
        if value == "assigned":
            return queryset.filter(assigned_to(self.request.user))
        if value == "unassigned":
            return queryset.filter(assignee__isnull=True)
        return queryset


class StatusColumn(Column):
    cell_template_name = "permits/backoffice/cells/status.html"


class DueDateColumn(Column):
    cell_template_name = "permits/backoffice/cells/due_date.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        urgency = deadlines_for(parent_context["request"]).urgency(
            instance.status, instance.due_date
        )
        context["urgency"] = urgency
        context["urgency_label"] = URGENCY_LABELS[urgency]
        context["application"] = instance
        return context


def applicant_display(application):
    return f"{application.full_name} · {application.nik_masked}"


def assignee_display(application):
    user = application.assignee
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


class ApplicationIndexView(IndexView):
    any_permission_required = ["view"]
    # Search is ours (see search_queryset): number, name or the full NIK.
    is_searchable = True
    search_backend_name = None

    def get_base_queryset(self):
        queryset = Application.objects.select_related("permit_page", "assignee").defer(
            "answers", "address", "access_nonce", "access_token_hash"
        )
        return StaffScope.of(self.request).applications(queryset)

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = " ".join(self.search_query.split())
        nik = stdnum_nik.compact(query)
        if FULL_NIK.match(nik):
            return queryset.filter(nik=nik)
        if any(character.isdigit() for character in query):
            # Part of a registration number; never part of a NIK (a partial NIK
            # would let anyone enumerate people). On PostgreSQL a trigram index
            # serves the number's end (see the migrations).
            number = registration.number_query(query)
            if number is None:
                number = Q(number__contains="".join(query.split()).upper())
            return queryset.filter(number)
        if (
            not any(character.isalpha() for character in query)
            or len(query) > Application._meta.get_field("full_name").max_length
        ):
            # Nothing a name could contain.
            return queryset.none()
        # On PostgreSQL a trigram index serves this (see the migration).
        return queryset.filter(full_name__icontains=query)

    @cached_property
    def no_results_message(self):
        if self.is_searching:
            return _(
                "No application found. Search by registration number (all of it "
                "or only its last digits, e.g. 123), the applicant's name or the "
                "full 16-digit NIK."
            )
        if self.is_filtering:
            return _("No application matches these filters.")
        return _("There are no applications yet.")

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "number",
                label=_("Registration number"),
                get_url=lambda application: reverse(
                    "applications:detail", args=[application.pk]
                ),
                sort_key="number",
            ),
            Column("applicant", label=_("Applicant"), accessor=applicant_display),
            Column("permit", label=_("Permit"), accessor="permit_page.title"),
            StatusColumn("status", label=_("Status"), accessor="get_status_display"),
            Column(
                "submitted_at",
                label=_("Submitted"),
                accessor=lambda application: indonesian_date(application.submitted_at),
                sort_key="submitted_at",
            ),
            DueDateColumn("due_date", label=_("Due date"), sort_key="due_date"),
            Column("assignee", label=_("Assignee"), accessor=assignee_display),
        ]

    def get_list_more_buttons(self, instance):
        return []

    def get_edit_url(self, instance):
        return None

    def get_delete_url(self, instance):
        return None

    def get_copy_url(self, instance):
        return None

    def get_add_url(self):
        return None

    # The export gives moments in the office's local time, written one way
    # whatever the reader's spreadsheet settings: 2026-10-05 09:07 (the heading
    # names the zone, e.g. "Diajukan (WIB)"); dates as 2026-10-14.
    custom_value_preprocess = {
        datetime.datetime: {
            IndexView.FORMAT_CSV: lambda value: local_moment(value).strftime(
                EXPORT_MOMENT_FORMAT
            ),
            IndexView.FORMAT_XLSX: lambda value: local_moment(value).replace(
                tzinfo=None
            ),
        },
        datetime.date: {IndexView.FORMAT_XLSX: None},
        list: IndexView.custom_value_preprocess[list],
    }

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # Names and the like are typed by applicants. Numbers stay numbers (a
        # negative day count is no formula); XLSX already stores text as text.
        if (
            export_format == self.FORMAT_CSV
            and isinstance(value, str)
            and value.startswith(CSV_FORMULA_STARTS)
        ):
            value = f"'{value}"
        return value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict):
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = XLSX_MOMENT_FORMAT
            elif isinstance(cell.value, datetime.date):
                cell.number_format = XLSX_DATE_FORMAT
            yield cell

    def get_heading(self, queryset, field):
        heading = super().get_heading(queryset, field)
        if field in MOMENT_FIELDS:
            zone = local_moment(timezone.now()).tzname()
            heading = f"{heading} ({zone})"
        return heading

    def to_row_dict(self, item):
        values = {
            "number": item.number,
            "submitted_at": item.submitted_at,
            "full_name": item.full_name,
            "nik_masked": item.nik_masked,
            "permit": item.permit_page.title,
            "status": item.get_status_display(),
            "due_date": item.due_date,
            "clock_days_left": item.clock_days_left,
            "assignee": assignee_display(item),
        }
        return {field: values[field] for field in self.list_export}


class ApplicationViewSet(ModelViewSet):
    model = Application
    name = "applications"
    icon = "doc-full-inverse"
    menu_label = _("Applications")
    menu_name = "applications"
    menu_order = 150
    add_to_admin_menu = True
    index_view_class = ApplicationIndexView
    filterset_class = ApplicationFilterSet
    list_per_page = 25
    ordering = "-submitted_at"
    copy_view_enabled = False
    add_to_reference_index = False
    # The export never carries the full NIK, only its masked form.
    list_export = [
        "number",
        "submitted_at",
        "full_name",
        "nik_masked",
        "permit",
        "status",
        "due_date",
        "clock_days_left",
        "assignee",
    ]
    export_headings = {
        "number": _("Registration number"),
        "submitted_at": _("Submitted"),
        "full_name": _("Applicant"),
        "nik_masked": "NIK",
        "permit": _("Permit"),
        "status": _("Status"),
        "due_date": _("Due date"),
        "clock_days_left": _("Working days left (paused clock)"),
        "assignee": _("Assignee"),
    }
    export_filename = "permohonan"

    @property
    def index_template_name(self):
        return "permits/backoffice/index.html"

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add_url_name", "edit_url_name", "delete_url_name"):
            view_kwargs[name] = None
        return view_kwargs

    @property
    def url_finder_class(self):
        return ApplicationURLFinder

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(Application),
            codename="view_application",
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", views.ApplicationView.as_view(), name="detail"),
            path(
                "<int:pk>/action/<slug:action_name>/",
                views.ActionView.as_view(),
                name="action",
            ),
            path("<int:pk>/return/", views.ReturnView.as_view(), name="return"),
            path("<int:pk>/assign/", views.claim, name="assign"),
            path("document/<int:pk>/", views.document, name="document"),
        ]


class ApplicationURLFinder:
    """Where the admin links an application (e.g. from the site history)."""

    def __init__(self, user=None):
        self.user = user

    def get_edit_url(self, instance):
        return reverse("applications:detail", args=[instance.pk])
