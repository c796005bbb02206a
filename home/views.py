"""The search page at `/cari/`: permit pages first, then guides."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from guides.models import GuidePage
from permits.models import PermitPage
from sinopen_site.search import plain_words

PERMIT_RESULTS = 20
GUIDE_RESULTS = 10


def search_pages(model, query, limit):
    """Pages holding every word of the query; when none does, those holding any
    word, best matches first (a citizen's words rarely match ours exactly)."""
    pages = model.objects.live().public()
    found = list(pages.search(query)[:limit])
    if not found and len(query.split()) > 1:
        found = list(pages.search(query, operator="or")[:limit])
    return found


def search(request):
    query = plain_words(request.GET.get("q", ""))

    permits = guides = []
    if query:
        # Fixed result counts keep the page's cost independent of the catalogue.
        permits = search_pages(PermitPage, query, PERMIT_RESULTS)
        guides = search_pages(GuidePage, query, GUIDE_RESULTS)

    return render(
        request,
        "home/search.html",
        {
            "query": query,
            "permits": permits,
            "guides": guides,
            "page_title": _("Search"),
        },
    )
