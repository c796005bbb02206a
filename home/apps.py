from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import CollectionViewRestriction, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from sinopen_site.models import OfficeSettings

        from . import page_cache

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(page_cache.invalidate, dispatch_uid=f"page_cache_{signal}")
        # Privacy settings too: a page made private must stop being served from
        # the anonymous copies at once.
        for model in (
            OfficeSettings,
            Site,
            get_document_model(),
            get_image_model(),
            PageViewRestriction,
            CollectionViewRestriction,
        ):
            post_save.connect(page_cache.invalidate, sender=model, weak=False)
            post_delete.connect(page_cache.invalidate, sender=model, weak=False)
        for model in (PageViewRestriction, CollectionViewRestriction):
            m2m_changed.connect(
                page_cache.invalidate, sender=model.groups.through, weak=False
            )
        # Any saved or deleted page (of any type): live content may have changed.
        post_save.connect(page_cache.invalidate_for_page, weak=False)
        post_delete.connect(page_cache.invalidate_for_page, weak=False)
