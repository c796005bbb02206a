"""Admin screens for what staff configure: return reasons, calendar exceptions
(local closures), and which permit categories each staff group covers."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from ..constants import Category
from ..models import CalendarException, ReturnReason, StaffGroupScope


class ReturnReasonViewSet(ModelViewSet):
    model = ReturnReason
    name = "return-reasons"
    icon = "list-ul"
    menu_label = _("Return reasons")
    add_to_settings_menu = True
    form_fields = ["text", "active", "sort_order"]
    list_display = ["text", "active", "sort_order"]
    ordering = ["sort_order", "text"]
    copy_view_enabled = False


class CalendarExceptionViewSet(ModelViewSet):
    model = CalendarException
    name = "calendar-exceptions"
    icon = "date"
    menu_label = _("Calendar exceptions")
    add_to_settings_menu = True
    form_fields = ["date", "is_open", "description"]
    list_display = ["date", "description", "is_open"]
    list_filter = ["is_open"]
    ordering = ["-date"]
    copy_view_enabled = False


class StaffGroupScopeViewSet(ModelViewSet):
    model = StaffGroupScope
    name = "staff-group-scopes"
    icon = "group"
    menu_label = _("Staff group scopes")
    add_to_settings_menu = True
    form_fields = ["group", "categories"]
    list_display = ["group", "category_labels"]
    copy_view_enabled = False

    def formfield_for_dbfield(self, db_field, **kwargs):
        if db_field.name == "categories":
            return forms.MultipleChoiceField(
                label=db_field.verbose_name,
                help_text=db_field.help_text,
                choices=Category.choices,
                widget=forms.CheckboxSelectMultiple,
                error_messages={"required": _("Choose at least one category.")},
            )
        return super().formfield_for_dbfield(db_field, **kwargs)
