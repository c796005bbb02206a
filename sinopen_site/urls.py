from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from permits.apply import routing as apply_routing

from .api import api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Indonesian at the bare paths, English under /en/.
urlpatterns += i18n_patterns(
    path("cari/", home_views.search, name="search"),
    path("", include("permits.urls")),
    # The application form's routes, found without walking the page tree. Named
    # so that translate_url (the language switcher) can reverse it.
    re_path(
        r"^(?P<page_path>.+)/(?P<route>ajukan/.*)$",
        apply_routing.serve_route,
        name="apply_route",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
