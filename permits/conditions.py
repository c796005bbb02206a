"""Documents needed only for some applications.

A document requirement may say when it is needed, in the words the form shows:
the question, a colon, then the answer or answers (separated by “;”) that make
the document needed. For example “Jenis praktik: Praktik mandiri”, or “Jenis
permohonan: Perpanjangan; Pindah tempat praktik”. The question is one of the
permit's own questions (by its label or its key) or the kind of application.

Staff write it once; the admin refuses what does not match the form, the form
asks for the document exactly when the answers say so, and the permit page
says when it is needed.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.utils import get_field_clean_name

from .constants import TransactionKind

TRANSACTION_KIND = "transaction_kind"
CHOICE_FIELD_TYPES = {"radio", "dropdown", "checkboxes", "multiselect"}


class ConditionError(ValueError):
    """A condition that does not match the form; the message is for staff."""


@dataclass(frozen=True)
class Condition:
    key: str  # what the form's answer is filed under
    values: frozenset  # the answers that make the document needed, normalised

    def holds(self, given):
        """`given`: the answer as text, or a list of them (several choices)."""
        if given is None:
            return False
        items = given if isinstance(given, list | tuple) else [given]
        return any(normalise(item) in self.values for item in items)


def normalise(text):
    return " ".join(str(text).split()).casefold()


def split(text):
    """(question, [answers]) as written; ConditionError when it is no condition."""
    question, colon, answers = (text or "").partition(":")
    answers = [answer.strip() for answer in answers.split(";") if answer.strip()]
    if not colon or not question.strip() or not answers:
        raise ConditionError(
            gettext(
                "Write the question, a colon and the answer that makes the "
                "document needed, e.g. “Jenis praktik: Praktik mandiri”."
            )
        )
    return question.strip(), answers


def _kind_names():
    names = {normalise(TRANSACTION_KIND)}
    for language in (settings.LANGUAGE_CODE, "en"):
        with translation.override(language):
            names.add(normalise(gettext("What are you applying for?")))
    return names


def _kind_labels(kinds):
    """{normalised value or label: value} for the kinds the page offers."""
    labels = {}
    for kind in kinds:
        labels[normalise(kind)] = kind
        for language in (settings.LANGUAGE_CODE, "en"):
            with translation.override(language):
                labels[normalise(TransactionKind(kind).label)] = kind
    return labels


def read(text, questions, kinds):
    """The condition `text` names, checked against the form it belongs to.

    `questions`: the permit's form fields (objects with `label`, `clean_name`,
    `field_type` and `choices`); `kinds`: the transaction kinds it offers.
    """
    question, answers = split(text)
    wanted = normalise(question)
    if wanted in _kind_names():
        if len(kinds) < 2:
            raise ConditionError(
                gettext(
                    "This permit offers one kind of application only, so the form "
                    "does not ask for it."
                )
            )
        known = _kind_labels(kinds)
        with translation.override(settings.LANGUAGE_CODE):
            offered = [str(TransactionKind(kind).label) for kind in kinds]
        return Condition(TRANSACTION_KIND, _match(answers, known, offered))

    for field in questions:
        key = field.clean_name or get_field_clean_name(field.label)
        if wanted not in (normalise(field.label), normalise(key)):
            continue
        if field.field_type in CHOICE_FIELD_TYPES:
            choices = [
                choice
                for choice, _ in FormBuilder([]).get_formatted_field_choices(field)
            ]
            known = {normalise(choice): choice for choice in choices}
            return Condition(key, _match(answers, known, choices))
        return Condition(key, frozenset(normalise(answer) for answer in answers))
    raise ConditionError(
        gettext("The form has no question “%(question)s”.") % {"question": question}
    )


def _match(answers, known, offered):
    values = set()
    for answer in answers:
        value = known.get(normalise(answer))
        if value is None:
            raise ConditionError(
                gettext("“%(answer)s” is not one of the answers: %(choices)s.")
                % {"answer": answer, "choices": "; ".join(offered)}
            )
        values.add(normalise(value))
    return frozenset(values)
