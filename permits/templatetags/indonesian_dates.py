"""`{{ value|id_date }}` → "3 Desember 2026", `{{ value|id_datetime }}` →
"3 Desember 2026 14.05 WIB", whatever the active language."""

from django import template

from ..letters.dates import indonesian_date, indonesian_datetime

register = template.Library()

register.filter("id_date", indonesian_date)
register.filter("id_datetime", indonesian_datetime)
