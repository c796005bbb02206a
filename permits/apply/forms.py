"""The application form of a permit page.

Three parts in one HTML form: the applicant block every permit asks, the
permit's own questions (staff configure them; built with Wagtail's form-field
machinery), and one upload slot per document requirement.

One rule for dates comes with the field names: a question named `start_date`
may not lie in the past, and one named `end_date` must come after it.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils import timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.signals import page_published

from .. import conditions
from ..answers import readable_answer
from ..constants import TransactionKind, document_kinds, document_rule_text
from . import uploads
from .fields import (
    FullNameField,
    MobilePhoneField,
    MultiLineField,
    NikField,
    OneLineEmailField,
    OneLineField,
    phone_for_display,
    read_nik,
)

START_FIELD = "start_date"
END_FIELD = "end_date"
DATE_RULES_HELP = {
    START_FIELD: _("The start date cannot be in the past."),
    END_FIELD: _("The end date must come after the start date."),
}
QUESTIONS_PREFIX = "q"
MAX_FILES_PER_DOCUMENT = 10


def transaction_kinds_of(page):
    known = dict(TransactionKind.choices)
    return [(kind, known[kind]) for kind in page.transaction_kinds if kind in known]


class ApplicantForm(forms.Form):
    """Who applies: the same questions on every permit."""

    full_name = FullNameField(
        label=_("Full name (as on the ID card)"),
        max_length=150,
        help_text=_(
            "Exactly as on your KTP, in this one field. A one-word name is fine."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    nik = NikField(label="NIK", help_text=_("The 16 digits on your KTP."))
    email = OneLineEmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_(
            "We send the receipt and a secret link to follow your application here."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = MobilePhoneField(
        label=_("Mobile phone number"), help_text=_("E.g. 0812 3456 7890.")
    )
    address = MultiLineField(
        label=_("Address"),
        max_length=500,
        help_text=_("As on your KTP, or where you live now."),
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
    )

    def __init__(self, *args, page, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.kinds = transaction_kinds_of(page)
        if len(self.kinds) > 1:
            values = [kind for kind, _label in self.kinds]
            self.fields["transaction_kind"] = forms.ChoiceField(
                label=_("What are you applying for?"),
                choices=self.kinds,
                initial=TransactionKind.NEW if TransactionKind.NEW in values else None,
                widget=forms.RadioSelect,
            )

    def transaction_kind(self):
        if "transaction_kind" in self.fields:
            return self.cleaned_data["transaction_kind"]
        return self.kinds[0][0] if self.kinds else TransactionKind.NEW


class ApplyFormBuilder(FormBuilder):
    """Wagtail's form builder with inputs that suit phones and clean text."""

    def create_singleline_field(self, field, options):
        return OneLineField(max_length=255, **options)

    def create_multiline_field(self, field, options):
        options.setdefault("widget", forms.Textarea(attrs={"rows": 4}))
        return MultiLineField(max_length=5000, **options)

    def create_email_field(self, field, options):
        return OneLineEmailField(max_length=254, **options)

    def create_date_field(self, field, options):
        options["widget"] = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        rule = DATE_RULES_HELP.get(field.clean_name)
        if rule:
            # The rule checked in `QuestionsForm.clean`, after the editor's text.
            written = options.get("help_text") or ""
            options["help_text"] = (
                format_lazy("{} {}", written, rule) if written else rule
            )
        return forms.DateField(**options)

    def create_datetime_field(self, field, options):
        options["widget"] = forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
        )
        return forms.DateTimeField(**options)

    def create_dropdown_field(self, field, options):
        choice_field = super().create_dropdown_field(field, options)
        # No answer is chosen for the applicant.
        choice_field.choices = [("", gettext("— Choose —")), *choice_field.choices]
        return choice_field

    def get_form_class(self):
        return type("QuestionsForm", (QuestionsForm,), self.formfields)


class QuestionsForm(forms.Form):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("prefix", QUESTIONS_PREFIX)
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        start = cleaned_data.get(START_FIELD)
        end = cleaned_data.get(END_FIELD)
        if isinstance(start, date) and start < timezone.localdate():
            self.add_error(START_FIELD, DATE_RULES_HELP[START_FIELD])
        if isinstance(start, date) and isinstance(end, date) and end <= start:
            self.add_error(END_FIELD, DATE_RULES_HELP[END_FIELD])
        return cleaned_data


def sorted_children(manager):
    return sorted(manager.all(), key=lambda child: child.sort_order or 0)


# A revision never changes, so what the form needs from one is read once per
# process: {revision id: (requirements, questions)}.
_definitions = {}
DEFINITIONS_KEPT = 500


def forget_definitions(**kwargs):
    """Signal receiver. Not needed for correctness in a running site (revision
    ids are never reused) but a rolled-back test transaction can reuse one."""
    _definitions.clear()


page_published.connect(forget_definitions, dispatch_uid="apply_forget_definitions")


def pin_revision(page, revision_id):
    """Say which revision `page` shows (its requirements and questions are then
    read once per process)."""
    page._apply_revision_id = revision_id
    return page


def _definition(page):
    cached = getattr(page, "_apply_definition", None)
    if cached is not None:
        return cached
    revision_id = getattr(page, "_apply_revision_id", None)
    definition = _definitions.get(revision_id) if revision_id else None
    if definition is None:
        definition = (
            sorted_children(page.requirements),
            sorted_children(page.form_fields),
        )
        if revision_id:
            if len(_definitions) >= DEFINITIONS_KEPT:
                _definitions.clear()
            _definitions[revision_id] = definition
    page._apply_definition = definition
    return definition


def requirements_of(page):
    """The page's document requirements, in order."""
    return _definition(page)[0]


def questions_of(page):
    """The page's own questions, in order."""
    return _definition(page)[1]


def questions_form_class(page):
    return ApplyFormBuilder(questions_of(page)).get_form_class()


@dataclass
class UploadSlot:
    """One document requirement on the form, with the files it already holds."""

    key: str
    label: str
    help_text: str
    required: bool
    kinds: list
    max_size_mb: int
    multiple: bool
    staged: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    reason: str = ""
    # Needed only for some answers: the condition as staff wrote it, and read.
    required_when: str = ""
    condition: conditions.Condition | None = None

    @classmethod
    def for_requirement(cls, requirement, **kwargs):
        return cls(
            key=requirement.key,
            label=requirement.label,
            help_text=requirement.help_text,
            required=requirement.required,
            required_when=requirement.required_when,
            kinds=document_kinds(requirement.accepted_kinds),
            max_size_mb=requirement.max_size_mb,
            multiple=requirement.multiple,
            **kwargs,
        )

    @property
    def input_name(self):
        return f"doc-{self.key}"

    @property
    def input_id(self):
        return f"id_doc-{self.key}"

    @property
    def accept(self):
        return uploads.accept_attribute(self.kinds)

    @property
    def rule_text(self):
        return document_rule_text(self.kinds, self.max_size_mb, self.multiple)

    @property
    def max_bytes(self):
        return self.max_size_mb * uploads.MEGABYTE

    @property
    def needs_file(self):
        return self.required and not self.staged

    @property
    def describedby(self):
        ids = [f"{self.input_id}_helptext"]
        if self.errors:
            ids.append(f"{self.input_id}_error")
        return " ".join(ids)


def condition_of(page, requirement):
    """When `requirement` is needed, if only sometimes. A condition that no
    longer matches the form (the admin refuses such edits) makes it optional."""
    if requirement.required or not requirement.required_when:
        return None
    kinds = [kind for kind, _label in transaction_kinds_of(page)]
    try:
        return conditions.read(requirement.required_when, questions_of(page), kinds)
    except conditions.ConditionError:
        return None


def build_slots(page, staged=(), errors=None, bound=False):
    errors = errors or {}
    by_key = {}
    for upload in staged:
        by_key.setdefault(upload.requirement_key, []).append(upload)
    slots = []
    for requirement in requirements_of(page):
        slot = UploadSlot.for_requirement(
            requirement,
            staged=by_key.get(requirement.key, []),
            errors=list(errors.get(requirement.key, [])),
            condition=condition_of(page, requirement),
        )
        if bound and slot.needs_file and not slot.errors:
            slot.errors.append(gettext("Upload this document."))
        slots.append(slot)
    return slots


class ApplicationForm:
    """The applicant block, the questions and the upload slots together."""

    def __init__(self, page, data=None, staged=(), upload_errors=None):
        self.page = page
        self.applicant = ApplicantForm(data, page=page)
        self.questions = questions_form_class(page)(data)
        self.slots = build_slots(page, staged, upload_errors, bound=data is not None)

    def field_names(self):
        return [
            *(self.applicant.add_prefix(name) for name in self.applicant.fields),
            *(self.questions.add_prefix(name) for name in self.questions.fields),
        ]

    def is_valid(self):
        applicant_valid = self.applicant.is_valid()
        questions_valid = self.questions.is_valid()
        self.ask_for_conditional_documents()
        return (
            applicant_valid
            and questions_valid
            and not any(slot.errors for slot in self.slots)
        )

    def ask_for_conditional_documents(self):
        """A document needed for the answers given, and not uploaded, is an error
        on its slot (an answer with an error of its own decides nothing yet)."""
        for slot in self.slots:
            if slot.condition is None or slot.staged or slot.errors:
                continue
            if slot.condition.holds(self.given_answer(slot.condition.key)):
                slot.errors.append(
                    gettext("Upload this document: your answers say it is needed.")
                )

    def given_answer(self, key):
        if key == conditions.TRANSACTION_KIND:
            if "transaction_kind" not in self.applicant.fields:
                return self.applicant.transaction_kind()
            return self.applicant.cleaned_data.get("transaction_kind")
        value = self.questions.cleaned_data.get(key)
        if isinstance(value, list | tuple):
            return [str(item) for item in value]
        with translation.override(settings.LANGUAGE_CODE):
            return answer_text(value) if value is not None else None

    def error_summary(self):
        """(link target, label, message) for the list at the top of the form."""
        summary = []
        for form in (self.applicant, self.questions):
            if not form.is_bound:
                continue
            for message in form.non_field_errors():
                summary.append(("", "", message))
            for bound_field in form:
                for message in bound_field.errors:
                    target = bound_field.id_for_label or bound_field.auto_id
                    if bound_field.field.widget.use_fieldset:
                        target = f"{bound_field.auto_id}_0"
                    summary.append((target, bound_field.label, message))
        for slot in self.slots:
            for message in slot.errors:
                summary.append((slot.input_id, slot.label, message))
        return summary

    # After a successful is_valid()

    def applicant_values(self):
        data = self.applicant.cleaned_data
        return {
            "full_name": data["full_name"],
            "nik": data["nik"],
            "email": data["email"],
            "phone": data["phone"],
            "address": data["address"],
            "transaction_kind": self.applicant.transaction_kind(),
        }

    def answers(self):
        """The flat `{clean_name: text}` the application stores."""
        with translation.override(settings.LANGUAGE_CODE):
            return {
                name: answer_text(self.questions.cleaned_data.get(name))
                for name in self.questions.fields
            }

    def review(self):
        """What the check step shows: the applicant, the answers, the files."""
        values = self.applicant_values()
        nik = read_nik(values["nik"])
        kinds = dict(TransactionKind.choices)
        applicant = [
            (self.applicant.fields["full_name"].label, values["full_name"]),
            ("NIK", values["nik"]),
            (
                gettext("Birth date (from the NIK)"),
                readable_answer(None, nik.birth_date),
            ),
            (
                gettext("Sex (from the NIK)"),
                gettext("Female") if nik.female else gettext("Male"),
            ),
            (self.applicant.fields["email"].label, values["email"]),
            (self.applicant.fields["phone"].label, phone_for_display(values["phone"])),
            (self.applicant.fields["address"].label, values["address"]),
        ]
        if "transaction_kind" in self.applicant.fields:
            applicant.append(
                (
                    self.applicant.fields["transaction_kind"].label,
                    kinds.get(values["transaction_kind"], ""),
                )
            )
        questions = {field.clean_name: field for field in questions_of(self.page)}
        stored = self.answers()
        answers = [
            (
                field.label,
                readable_answer(questions.get(field.name), stored[field.name]),
            )
            for field in self.questions
            if not field.is_hidden
        ]
        return {"applicant": applicant, "answers": answers, "slots": self.slots}


def answer_text(value):
    """An answer as the text the application stores (contract: strings only,
    dates as ISO, several choices joined by ", ")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(_("Yes") if value else _("No"))
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, Decimal):
        return (
            format(value.normalize(), "f")
            if value == value.to_integral()
            else str(value)
        )
    return str(value)
