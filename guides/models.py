from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import GuideStreamBlock

GUIDE_LIST_FIELDS = (
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "intro",
    "audience",
    "first_published_at",
)


def guide_list(queryset):
    """Live, public guides with only what a list shows (no StreamField)."""
    return queryset.live().public().only(*GUIDE_LIST_FIELDS)


class GuideIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["guides.GuidePage"]
    max_count_per_parent = 1
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("guide index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = guide_list(GuidePage.objects.child_of(self)).order_by(
            "path"
        )
        return context


class GuidePage(Page):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    audience = models.CharField(
        _("for whom"),
        max_length=200,
        blank=True,
        help_text=_("Who this guide is for, e.g. 'Mahasiswa dan dosen'."),
    )
    body = StreamField(GuideStreamBlock(), verbose_name=_("body"), blank=True)
    keywords = models.TextField(
        _("search keywords"),
        blank=True,
        help_text=_(
            "Words people type when looking for this guide, e.g. 'izin penelitian' "
            "for a guide about the Surat Keterangan Penelitian. Not shown on the page."
        ),
    )

    search_fields = Page.search_fields + [
        index.SearchField("keywords", boost=3),
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("audience"),
        FieldPanel("keywords"),
        FieldPanel("body"),
    ]
    api_fields = [APIField("intro"), APIField("audience"), APIField("body")]
    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")
