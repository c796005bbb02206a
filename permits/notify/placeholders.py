"""The fixed list of placeholders staff may use in a message, and how a message
template becomes a subject, a plain text and an HTML body.

A placeholder is a name in braces, e.g. ``{nomor}``. Anything else in braces is
refused when the template is saved, so a typo never reaches an applicant.
"""

import re
from dataclasses import dataclass

from django.template.defaultfilters import linebreaksbr
from django.utils.functional import lazy
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

PLACEHOLDERS = {
    "nomor": _("the registration number"),
    "nama": _("the applicant's name"),
    "layanan": _("the permit applied for"),
    "status": _("the application's status"),
    "tautan": _(
        "the link to the applicant's own page (put in when the message is sent; "
        "in messages to staff: the admin)"
    ),
    "tautan_surat": _("the link to download the signed letter"),
    "catatan": _("the officer's note or reason (correction note, reason for refusal)"),
    "dokumen": _("the documents to correct, each with its reason"),
    "jawaban": _("a copy of the applicant's answers (without the documents)"),
    "jatuh_tempo": _("the file's due date"),
    "penutupan": _(
        "when automatic closing is on: the date the file closes if nothing is corrected"
    ),
    "petugas": _("the staff member's name (messages to staff)"),
    "berkas": _("the files due soon or overdue (daily digest)"),
}

PLACEHOLDER_RE = re.compile(r"\{([^{}\n]*)\}")

# The applicant's secret link is never stored: a marker made of two private-use
# characters around the placeholder's name stands in for it until sending.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
MARK_RE = re.compile(f"{MARK_OPEN}(\\w+){MARK_CLOSE}")
LINK_NAMES = ("tautan", "tautan_surat")


def link_mark(name):
    return f"{MARK_OPEN}{name}{MARK_CLOSE}"


def scrub(value):
    """A value from a person, without the marker characters (they cannot forge a
    link marker) and with Windows line ends made plain."""
    value = "" if value is None else str(value)
    return value.replace(MARK_OPEN, "").replace(MARK_CLOSE, "").replace("\r\n", "\n")


def unknown_names(text):
    """Placeholder names in `text` that are not in the fixed list, in order."""
    found = []
    for name in PLACEHOLDER_RE.findall(text or ""):
        if name not in PLACEHOLDERS and name not in found:
            found.append(name)
    return found


def unknown_message(names):
    return format_lazy(
        _("Unknown placeholder {names}. Use only: {allowed}."),
        names=", ".join("{" + name + "}" for name in names),
        allowed=", ".join("{" + name + "}" for name in PLACEHOLDERS),
    )


def _help_html():
    rows = format_html_join(
        "",
        "<li><code>{{{}}}</code> — {}</li>",
        ((name, description) for name, description in PLACEHOLDERS.items()),
    )
    return format_html(
        "<p>{}</p><ul>{}</ul><p>{}</p>",
        _(
            "Write the subject and the text in plain Indonesian; these placeholders "
            "are filled in for each message (empty where they do not apply):"
        ),
        rows,
        _(
            "Any other name in braces is refused when saving. A blank line starts "
            "a new paragraph. The preview shows the message for a sample "
            "application."
        ),
    )


help_html = lazy(_help_html, str)()
subject_help = _("One line; placeholders such as {nomor} are allowed.")
body_help = _("Plain text; the HTML version is made from it.")


@dataclass(frozen=True)
class Value:
    """What one placeholder becomes, in the plain text and in the HTML part."""

    text: str
    html: str
    # A list (documents, answers, files): in HTML it stands on its own lines.
    block: bool = False

    @classmethod
    def plain(cls, text):
        text = scrub(text).strip()
        return cls(text, _multiline(text))

    @classmethod
    def link(cls, url):
        return cls(url, format_html('<a href="{}">{}</a>', url, url))

    @classmethod
    def secret_link(cls, name):
        mark = link_mark(name)
        return cls(mark, f'<a href="{mark}">{mark}</a>')

    @classmethod
    def items(cls, lines):
        """A list: one "- line" per item in text, a <ul> in HTML."""
        lines = [scrub(line) for line in lines]
        if not lines:
            return cls("", "")
        text = "\n".join(f"- {line}" for line in lines)
        html = format_html(
            "<ul>{}</ul>",
            format_html_join(
                "", "<li>{}</li>", ((_multiline(line),) for line in lines)
            ),
        )
        return cls(text, html, block=True)

    @classmethod
    def pairs(cls, pairs):
        """Label and value per line: "Label: value" in text, a table in HTML."""
        pairs = [(scrub(label), scrub(value)) for label, value in pairs]
        if not pairs:
            return cls("", "")
        text = "\n".join(f"{label}: {one_line(value)}" for label, value in pairs)
        html = format_html(
            '<table role="presentation" cellpadding="4" '
            'style="border-collapse:collapse">{}</table>',
            format_html_join(
                "",
                '<tr><th align="left" valign="top" style="padding-right:12px">'
                "{}</th><td>{}</td></tr>",
                ((label, _multiline(value)) for label, value in pairs),
            ),
        )
        return cls(text, html, block=True)


EMPTY = Value("", "")


def one_line(text):
    """A value of several lines (an address) on one line for "Label: value"."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return " ".join(
        line if index == len(lines) - 1 or line[-1] in ".,;:" else line + ","
        for index, line in enumerate(lines)
    )


def _multiline(text):
    """Escaped, with line breaks kept (safe to put in HTML as it is)."""
    return linebreaksbr(text, autoescape=True)


def fill_text(template, values):
    """The template with each placeholder replaced by its text."""

    def replace(match):
        return values.get(match.group(1), EMPTY).text

    return PLACEHOLDER_RE.sub(replace, scrub(template))


def fill_subject(template, values):
    return " ".join(fill_text(template, values).split())[:255]


def fill_html(template, values):
    """The template as HTML: its own words escaped, a blank line between
    paragraphs, and each placeholder replaced by its (escaped) HTML."""
    paragraphs = re.split(r"\n\s*\n", scrub(template).strip())
    blocks = []
    for paragraph in paragraphs:
        pieces = []
        position = 0
        for match in PLACEHOLDER_RE.finditer(paragraph):
            pieces.append(_multiline(paragraph[position : match.start()]))
            pieces.append(values.get(match.group(1), EMPTY).html)
            position = match.end()
        pieces.append(_multiline(paragraph[position:]))
        content = "".join(pieces).strip()
        # A list right after a line break needs no extra break before it.
        content = re.sub(r"(<br>\s*)+(<(ul|table)\b)", r"\2", content)
        if content:
            blocks.append(f'<div style="margin:0 0 16px">{content}</div>')
    return mark_safe("\n".join(blocks))  # noqa: S308 (every piece escaped above)
