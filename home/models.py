from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from guides.models import GuidePage, guide_list
from permits.constants import Category
from permits.models import PermitIndexPage, PermitPage
from permits.models.catalogue import PERMIT_LIST_FIELDS

POPULAR_LIMIT = 6
NEWEST_GUIDES_LIMIT = 3


class HomePage(Page):
    """The portal's front door: search, services, guides and tracking."""

    lead = models.CharField(
        _("lead"),
        max_length=255,
        blank=True,
        help_text=_("One sentence under the title, e.g. what the portal is for."),
    )

    content_panels = Page.content_panels + [FieldPanel("lead")]
    max_count = None
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        # Fixed-size slices: the home page costs the same with 25 or 500 permits.
        catalogue = PermitIndexPage.objects.child_of(self).live().first()
        context["catalogue"] = catalogue
        context["categories"] = Category.choices
        context["popular_permits"] = (
            PermitPage.objects.descendant_of(self)
            .live()
            .public()
            .filter(popular=True)
            .only(*PERMIT_LIST_FIELDS)
            .order_by("title")[:POPULAR_LIMIT]
        )
        context["newest_guides"] = guide_list(
            GuidePage.objects.descendant_of(self)
        ).order_by("-first_published_at", "-pk")[:NEWEST_GUIDES_LIMIT]
        return context
