"""Editor help beside the letter text: which placeholders it may use."""

from wagtail.admin.panels import Panel

from . import placeholders


class PlaceholderHelpPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "permits/letters/placeholder_help_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            questions = []
            if page is not None and page.pk:
                questions = [
                    (field.clean_name, field.label)
                    for field in page.form_fields.all()
                    if field.clean_name
                ]
            context["fixed"] = list(placeholders.FIXED.items())
            context["questions"] = questions
            return context
