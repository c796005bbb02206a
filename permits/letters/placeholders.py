"""The words in braces a letter text may use, and filling them in.

A letter text is rich text that staff edit. Besides the fixed placeholders below it
may use the answer keys of its permit's questions, e.g. {research_title}; anything
else is refused when the page is saved, so a letter never goes out with a
placeholder nobody fills.
"""

import re

from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")

FIXED = {
    "holder_name": _("the holder's full name"),
    "nik_masked": _("the holder's NIK, partly hidden"),
    "holder_address": _("the holder's address"),
    "permit_name": _("the permit's name"),
    "registration_number": _("the registration number of the application"),
    "letter_number": _("the letter's number"),
    "issued_on": _("the date of issue"),
    "valid_until": _("the last day the letter is valid"),
    "office_name": _("the office's name"),
    "city": _("the city"),
}

# What an empty or missing value prints as.
EMPTY = "–"


def names_in(html):
    """The placeholder names a text uses, in order of first use."""
    return list(dict.fromkeys(PLACEHOLDER.findall(html or "")))


def unknown_in(html, question_names):
    allowed = set(FIXED) | set(question_names)
    return [name for name in names_in(html) if name not in allowed]


def fill(html, values):
    """`html` with each placeholder replaced by its value, escaped.

    Values are plain text; a value of several lines reads as one line in the
    letter's sentence, its lines separated by commas.
    """

    def value_of(match):
        value = values.get(match.group(1))
        if value is None or not str(value).strip():
            return EMPTY
        lines = [line.strip() for line in str(value).splitlines() if line.strip()]
        return escape(", ".join(lines))

    return PLACEHOLDER.sub(value_of, html or "")
