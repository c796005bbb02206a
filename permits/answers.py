"""An applicant's stored answer as the words people read.

The application stores every answer as text (dates as ISO, date and time as
"2026-12-03T14:05" in local time, ticked boxes as "Ya"/"Tidak", several choices
joined by ", "; see `permits.apply.forms.answer_text`). Every place that shows
an answer — the check step, the applicant's page, the e-mails, the admin, the
letter — goes through `readable_answer`, so a date reads "3 Desember 2026"
everywhere, whatever language the page is in.
"""

import re
from datetime import date, datetime

from .letters.dates import indonesian_date, indonesian_datetime

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?")
YES = "Ya"
NO = "Tidak"
YES_WORDS = {"ya", "yes", "true", "on", "1"}
NO_WORDS = {"tidak", "no", "false", "off", "0"}


def readable_answer(field, value):
    """`value` as text for people. `field` is the question (a form field model
    with `field_type`), or None for an answer whose question left the form: then
    an ISO date or moment is still shown in words."""
    field_type = getattr(field, "field_type", None)
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, datetime):
        return indonesian_datetime(value)
    if isinstance(value, date):
        return indonesian_date(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    text = str(value)
    stripped = text.strip()
    if field_type == "checkbox":
        return yes_or_no(stripped)
    if field_type in ("date", None) and ISO_DATE.match(stripped):
        try:
            return indonesian_date(date.fromisoformat(stripped))
        except ValueError:
            return text
    if field_type in ("datetime", "date", None) and ISO_DATETIME.match(stripped):
        try:
            moment = datetime.fromisoformat(stripped)
        except ValueError:
            return text
        if field_type == "date":
            return indonesian_date(moment.date())
        return indonesian_datetime(moment)
    return text


def yes_or_no(text):
    word = text.lower()
    if word in YES_WORDS:
        return YES
    if word in NO_WORDS:
        return NO
    return text
