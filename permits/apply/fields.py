"""Form fields for what applicants type: clean text, NIK, mobile numbers.

Every message here is shown beside the field, in the applicant's language.
"""

import re
from dataclasses import dataclass
from datetime import date

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from stdnum.exceptions import ValidationError as NumberError
from stdnum.id import nik as stdnum_nik

# C0 and C1 control characters, and the bidirectional overrides and isolates that
# can make a name read differently from what is stored.
_INVISIBLE = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_ONE_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
_CONTROL = re.compile(f"[{_INVISIBLE}]")


def one_line(value):
    """A one-line answer: line breaks and tabs become a space, other control
    characters go; surrounding spaces are trimmed."""
    value = _ONE_LINE_BREAKS.sub(" ", value or "")
    return _CONTROL.sub("", value).strip()


def multi_line(value):
    """A longer answer keeps its lines and tabs, nothing else invisible."""
    value = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", value).strip()


class OneLineField(forms.CharField):
    def to_python(self, value):
        return one_line(super().to_python(value))


class MultiLineField(forms.CharField):
    widget = forms.Textarea

    def to_python(self, value):
        return multi_line(super().to_python(value))


class OneLineEmailField(forms.EmailField):
    def to_python(self, value):
        return one_line(super().to_python(value))


class FullNameField(OneLineField):
    """The name as on the ID card: stored exactly as typed, only trimmed."""

    default_error_messages = {
        "markup": _("A name cannot contain the characters < or >."),
        "no_letters": _("Write your name in letters."),
    }

    def validate(self, value):
        super().validate(value)
        if not value:
            return
        if "<" in value or ">" in value:
            raise ValidationError(self.error_messages["markup"], code="markup")
        if not any(character.isalpha() for character in value):
            raise ValidationError(self.error_messages["no_letters"], code="no_letters")


# Spaces of every kind, dots and dashes people type or paste between digits.
_NIK_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015\u2212]+")


def compact_nik(value):
    """The NIK as 16 digits, without what people put between them."""
    return _NIK_SEPARATORS.sub("", value or "")


def check_nik_digits(compact):
    """`compact` if it is 16 digits, else a ValidationError saying what is wrong."""
    if not compact.isdigit():
        raise ValidationError(NikField.default_error_messages["digits"], code="digits")
    if len(compact) != 16:
        raise ValidationError(
            ngettext_lazy(
                "A NIK has 16 digits; you typed %(count)d digit.",
                "A NIK has 16 digits; you typed %(count)d digits.",
                "count",
            ),
            code="length",
            params={"count": len(compact)},
        )
    return compact


@dataclass(frozen=True)
class Nik:
    """A valid NIK and what it tells: the birth date and the sex."""

    number: str
    birth_date: date
    female: bool


def read_nik(number, today=None):
    """The facts in a NIK that python-stdnum accepts.

    stdnum reads the two-digit year as 19xx whenever that date exists; a person
    born in 2005 is more likely than one born in 1905, so the century here is
    the latest one that does not lie in the future.
    """
    day = int(number[6:8])
    month = int(number[8:10])
    short_year = int(number[10:12])
    today = today or timezone.localdate()
    year = 2000 + short_year if 2000 + short_year <= today.year else 1900 + short_year
    try:
        birth_date = date(year, month, day % 40)
    except ValueError:
        birth_date = stdnum_nik.get_birth_date(number)
    return Nik(number=number, birth_date=birth_date, female=day > 40)


class NikField(OneLineField):
    """16 digits with a valid region and birth date; spaces and dots allowed
    while typing, stored as 16 digits of text."""

    default_error_messages = {
        "digits": _("A NIK has only digits."),
        "birth_day": _(
            "This NIK is not valid: digits 7 and 8 are the day of birth, 01 to 31 "
            "for men and 41 to 71 for women (the day plus 40). Check the number on "
            "your ID card (KTP)."
        ),
        "birth_date": _(
            "This NIK is not valid: the birth date in digits 7 to 12 does not "
            "exist. Check the number on your ID card (KTP)."
        ),
        "region": _(
            "This NIK is not valid: its region code (the first digits) does not "
            "exist. Check the number on your ID card (KTP)."
        ),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 32)
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        )
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value
        compact = check_nik_digits(compact_nik(value))
        # stdnum reads the day modulo 40 and would take 81 to 99 as well.
        day = int(compact[6:8])
        if not (1 <= day <= 31 or 41 <= day <= 71):
            raise ValidationError(self.error_messages["birth_day"], code="birth_day")
        try:
            stdnum_nik.get_birth_date(compact)
        except NumberError as error:
            raise ValidationError(
                self.error_messages["birth_date"], code="birth_date"
            ) from error
        try:
            return stdnum_nik.validate(compact)
        except NumberError as error:
            raise ValidationError(
                self.error_messages["region"], code="region"
            ) from error


# What people put in a phone number besides digits. Anything else is refused
# rather than read: phonenumbers would take letters as keypad digits (ABCD is
# 2223) and drop an extension ("ext 9", "#9") without a word.
_PHONE_CHARACTERS = re.compile(r"\+?[\d\s().\-\u2010-\u2015\u2212]+")


class MobilePhoneField(OneLineField):
    """An Indonesian mobile number as people write it (0812..., +62 812...,
    62812...), stored as E.164 (+62812...)."""

    default_error_messages = {
        "invalid": _(
            "This is not a valid Indonesian phone number. Write it as on your "
            "phone, e.g. 0812 3456 7890."
        ),
        "characters": _(
            "A mobile number may contain only digits, spaces, dashes, and a + at "
            "the start."
        ),
        "not_mobile": _(
            "This looks like a landline number. Please give a mobile number, "
            "e.g. 0812 3456 7890."
        ),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 32)
        kwargs.setdefault(
            "widget",
            forms.TextInput(
                attrs={"type": "tel", "inputmode": "tel", "autocomplete": "tel"}
            ),
        )
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value
        if not _PHONE_CHARACTERS.fullmatch(value):
            raise ValidationError(self.error_messages["characters"], code="characters")
        try:
            number = phonenumbers.parse(value, "ID")
        except phonenumbers.NumberParseException as error:
            raise ValidationError(self.error_messages["invalid"], "invalid") from error
        if number.country_code != 62 or not phonenumbers.is_valid_number(number):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if phonenumbers.number_type(number) not in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            raise ValidationError(self.error_messages["not_mobile"], code="not_mobile")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_for_display(e164):
    """+6281266554321 → +62 812-6655-4321"""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(
        number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
