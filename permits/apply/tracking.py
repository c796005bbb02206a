"""`/lacak/`: registration number and NIK show where an application stands.

Only the status history and what happens next: no name, no contact details, no
notes, no documents. The answer to a wrong pair never says which half was wrong.
"""

import re

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from ..models import Application
from . import limits, registration
from .fields import OneLineField, check_nik_digits, compact_nik
from .next_steps import history, what_happens_next
from .views import personal

# Anything people put between the parts of a number: spaces of every kind, dots,
# slashes, hyphens and the dashes word processors and phones turn them into.
_SEPARATORS = re.compile(r"[\s.,/_\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]+")
_NUMBER = re.compile(r"([A-Z]*)(\d{4})(\d+)")


def normalise_number(typed):
    """`snp 2026 000123`, `SNP2026000123`, `SNP–2026–123`, `2026-000123` →
    `SNP-2026-000123`.

    A number of another shape is only upper-cased, with its parts joined by
    hyphens, so it simply finds nothing.
    """
    parts = [part for part in _SEPARATORS.split(typed.upper()) if part]
    match = _NUMBER.fullmatch("".join(parts))
    if match is None:
        return "-".join(parts)
    prefix, year, serial = match.groups()
    return registration.format_number(year, serial, prefix or registration.PREFIX)


class TrackForm(forms.Form):
    number = OneLineField(
        label=_("Registration number"),
        max_length=40,
        help_text=_("On your receipt and in our e-mail, e.g. SNP-2026-000123."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    nik = OneLineField(
        label="NIK",
        max_length=32,
        help_text=_("The NIK you applied with (16 digits)."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_number(self):
        return normalise_number(self.cleaned_data["number"])

    def clean_nik(self):
        return check_nik_digits(compact_nik(self.cleaned_data["nik"]))


def track(request):
    application = None
    searched = False
    limited = None
    if request.method == "POST":
        form = TrackForm(request.POST)
        refusal = limits.over_limit(request, "track")
        if refusal:
            limited = limits.notice(
                refusal,
                _("Too many look-ups from this connection"),
                _(
                    "To protect applicants' data, this page answers only a limited "
                    "number of look-ups from one connection in an hour. Your "
                    "look-up was not carried out."
                ),
            )
        elif form.is_valid():
            number = form.cleaned_data["number"]
            # Only look-ups that find nothing count against the number, so the
            # applicant checking their own file is never held up by it.
            refusal = limits.used_up(request, "track_number", value=number)
            if refusal:
                limited = limits.notice(
                    refusal,
                    _("This registration number is locked for a while"),
                    _(
                        "It was looked up too many times with a NIK that does not "
                        "match, so to protect the applicant it cannot be looked up "
                        "for now. If it is your application, you can also open the "
                        "secret link from your e-mail."
                    ),
                )
            else:
                application = (
                    Application.objects.select_related("permit_page")
                    .filter(number=number, nik=form.cleaned_data["nik"])
                    .first()
                )
                if application is None:
                    limits.count_failure(request, "track_number", value=number)
                searched = True
        if limited:
            # The page again with what was typed, without error marks.
            form = TrackForm(
                initial={
                    name: request.POST.get(name, "") for name in TrackForm.base_fields
                }
            )
    else:
        form = TrackForm()

    context = {
        "form": form,
        "searched": searched,
        "application": application,
        "limited": limited,
    }
    if application is not None:
        context["history"] = history(application)
        context["next_step"] = what_happens_next(application)
    response = personal(render(request, "permits/apply/track.html", context))
    return limits.refused(response, refusal) if limited else response
