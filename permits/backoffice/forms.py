"""Forms of the application page: the confirmation of an action, returning
documents for correction, and the scope of a staff group."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..constants import Category
from ..models import ReturnReason, StaffGroupScope


class ActionForm(forms.Form):
    """The confirmation of one workflow action, with its note."""

    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=4000,
    )

    def __init__(self, *args, action, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        field = self.fields["note"]
        field.label = action.note_label
        field.required = action.note_required
        if action.note_required:
            field.error_messages["required"] = _("Please write the reason.")
        else:
            field.help_text = _("Optional. Kept in the history of the application.")


class ReturnForm(forms.Form):
    """Which documents go back to the applicant, why each, and a note.

    One checkbox per requirement the applicant uploaded (labelled as the permit
    page labels it) and, beside it, the reason for that document.
    """

    note = forms.CharField(
        label=_("Note to the applicant"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        help_text=_("What to fix and how, in plain words. The applicant reads it."),
        error_messages={"required": _("Please write a note to the applicant.")},
    )

    def __init__(self, *args, requirements, **kwargs):
        super().__init__(*args, **kwargs)
        self.requirements = requirements  # [(key, label)]
        reasons = [("", "---------")] + [
            (reason.text, reason.text)
            for reason in ReturnReason.objects.filter(active=True)
        ]
        self.rows = []
        for key, label in requirements:
            self.fields[f"return_{key}"] = forms.BooleanField(
                label=label, required=False
            )
            self.fields[f"reason_{key}"] = forms.ChoiceField(
                label=_("Reason: %(document)s") % {"document": label},
                choices=reasons,
                required=False,
            )
            self.rows.append((self[f"return_{key}"], self[f"reason_{key}"]))
        # The note comes after the documents.
        self.order_fields([name for name in self.fields if name != "note"] + ["note"])

    def clean(self):
        cleaned_data = super().clean()
        documents = []
        for key, label in self.requirements:
            if not cleaned_data.get(f"return_{key}"):
                continue
            reason = cleaned_data.get(f"reason_{key}")
            if not reason:
                self.add_error(
                    f"reason_{key}",
                    _("Choose the reason for “%(document)s”.") % {"document": label},
                )
                continue
            documents.append({"key": key, "label": label, "reason": reason})
        if not documents and not self.errors:
            raise forms.ValidationError(
                _("Tick at least one document to return, with its reason.")
            )
        cleaned_data["documents"] = documents
        return cleaned_data


class StaffGroupScopeForm(forms.ModelForm):
    categories = forms.MultipleChoiceField(
        label=_("Permit categories"),
        choices=Category.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The group sees and handles applications of these categories."),
        error_messages={"required": _("Choose at least one category.")},
    )

    class Meta:
        model = StaffGroupScope
        fields = ["group", "categories"]
