from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="home")
class OfficeSettings(BaseSiteSetting):
    """The office as it appears on every page, e-mail and letter of one site."""

    government_name = models.CharField(
        _("government"), max_length=120, default="Pemerintah Kota Padang"
    )
    city = models.CharField(_("city"), max_length=80, default="Padang")
    office_name = models.CharField(
        _("office name"),
        max_length=200,
        default="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    )
    office_short_name = models.CharField(
        _("short name"), max_length=40, default="DPMPTSP"
    )
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    whatsapp = models.CharField(_("WhatsApp"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_("One line per day or range, e.g. 'Senin–Kamis 08.00–16.00'."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    head_title = models.CharField(
        _("head of office: title"),
        max_length=200,
        default="Kepala Dinas Penanaman Modal dan PTSP Kota Padang",
    )
    head_name = models.CharField(_("head of office: name"), max_length=120, blank=True)
    head_rank = models.CharField(
        _("head of office: rank"),
        max_length=120,
        blank=True,
        help_text=_("e.g. 'Pembina Utama Muda (IV/c)'"),
    )
    head_nip = models.CharField(_("head of office: NIP"), max_length=30, blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("government_name"),
                FieldPanel("city"),
                FieldPanel("office_name"),
                FieldPanel("office_short_name"),
                FieldPanel("logo"),
            ],
            heading=_("Office"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("whatsapp"),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("head_title"),
                FieldPanel("head_name"),
                FieldPanel("head_rank"),
                FieldPanel("head_nip"),
            ],
            heading=_("Head of office (signs the letters)"),
        ),
    ]

    class Meta:
        verbose_name = _("office")
