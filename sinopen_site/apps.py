from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SinopenSiteConfig(AppConfig):
    name = "sinopen_site"
    verbose_name = _("Office")
