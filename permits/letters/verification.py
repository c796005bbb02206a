"""The public check of a letter: by its QR code, by its number, or by the file.

It tells whether a letter is genuine and still valid and shows only what the
letter itself says about it: the permit, the number, the dates, and the holder's
name with most of its letters hidden. Nothing else personal.
"""

import re
from dataclasses import dataclass

from django.utils import timezone

from ..apply.uploads import sha256_of
from ..models import Letter
from ..models.letters import LetterState


@dataclass(frozen=True)
class PublicLetter:
    """What anyone holding the letter may learn about it."""

    state: str
    permit: str
    number: str
    issued_on: object
    valid_until: object
    holder: str
    revoked_on: object = None
    revoked_reason: str = ""
    public_id: str = ""


def mask_word(word):
    keep = 3 if len(word) >= 4 else 1
    return word[:keep] + "*" * (len(word) - keep)


def mask_name(name):
    """'Rahmi Oktaviani' -> 'Rah** Okt******'."""
    return " ".join(mask_word(word) for word in name.split())


def public_view(letter, today=None):
    application = letter.application
    state = letter.state(today)
    return PublicLetter(
        state=state,
        permit=application.permit_page.title,
        number=letter.number,
        issued_on=letter.issued_on,
        valid_until=letter.valid_until,
        holder=mask_name(application.full_name),
        revoked_on=timezone.localdate(letter.revoked_at)
        if state == LetterState.REVOKED
        else None,
        revoked_reason=letter.revoked_reason if state == LetterState.REVOKED else "",
        public_id=letter.public_id,
    )


def letters():
    return Letter.objects.select_related("application__permit_page")


def by_public_id(public_id):
    if not public_id or len(public_id) > 64:
        return None
    return letters().filter(public_id=public_id).first()


_DASHES = re.compile(r"[\-\u2010-\u2015\u2212]")


def normal_number(text):
    return re.sub(r"\s+", "", text or "")


def by_number(text):
    number = normal_number(text)
    if not number or len(number) > 80:
        return None
    found = (
        letters().filter(number=number).first()
        or letters().filter(number__iexact=number).first()
    )
    if found is None and "/" not in number:
        # Typed with hyphens or dashes where the letter has slashes.
        slashed = _DASHES.sub("/", number)
        if slashed != number:
            found = letters().filter(number__iexact=slashed).first()
    return found


def by_file(uploaded):
    """The issued letter whose signed PDF is exactly this file, or None."""
    digest = sha256_of(uploaded)
    return letters().filter(sha256=digest).first()
