"""Wagtail's API v2: catalogue pages, images and documents. Never personal data."""

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .search import plain_words


class WordSearchFilter(SearchFilter):
    """`?search=` with its punctuation taken out (see sinopen_site/search.py)."""

    def filter_queryset(self, request, queryset, view):
        if "search" in request.GET:
            params = request.GET.copy()
            params["search"] = plain_words(params["search"])
            request._request.GET = params
        return super().filter_queryset(request, queryset, view)


def with_word_search(viewset):
    return type(
        viewset.__name__,
        (viewset,),
        {
            "filter_backends": [
                WordSearchFilter if backend is SearchFilter else backend
                for backend in viewset.filter_backends
            ]
        },
    )


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", with_word_search(PagesAPIViewSet))
api_router.register_endpoint("images", with_word_search(ImagesAPIViewSet))
api_router.register_endpoint("documents", with_word_search(DocumentsAPIViewSet))
