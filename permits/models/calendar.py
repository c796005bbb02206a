"""What the service clock needs to know besides the national calendar."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class CalendarException(models.Model):
    """A local closure, or a late change to the national calendar.

    The joint ministerial decree on holidays and *cuti bersama* is sometimes
    changed mid-year, faster than the `holidays` package follows; the city also
    closes the office on days of its own.
    """

    date = models.DateField(_("date"), unique=True)
    is_open = models.BooleanField(
        _("office open"),
        default=False,
        help_text=_(
            "Tick when the office works on a day the national calendar marks as a "
            "holiday (a holiday moved or cancelled). Leave unticked for a closure."
        ),
    )
    description = models.CharField(_("description"), max_length=200)

    class Meta:
        verbose_name = _("calendar exception")
        verbose_name_plural = _("calendar exceptions")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.description}"


@register_setting(icon="time")
class ServiceClockSettings(BaseGenericSetting):
    cuti_bersama_stops_clock = models.BooleanField(
        _("cuti bersama stops the clock"),
        default=True,
        help_text=_(
            "Whether the joint leave days (cuti bersama) count as days off for the "
            "service time."
        ),
    )
    due_soon_days = models.PositiveSmallIntegerField(
        _("due soon (working days)"),
        default=2,
        help_text=_("A file is 'due soon' this many working days before its due date."),
    )

    class Meta:
        verbose_name = _("service clock")
