"""The search page at `/cari/`: permit pages first, then guides."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from guides.models import GuidePage
from permits.models import PermitPage

MAX_QUERY_LENGTH = 100
PERMIT_RESULTS = 20
GUIDE_RESULTS = 10


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]

    permits = guides = []
    if query:
        # Fixed result counts keep the page's cost independent of the catalogue.
        permits = list(
            PermitPage.objects.live().public().search(query)[:PERMIT_RESULTS]
        )
        guides = list(GuidePage.objects.live().public().search(query)[:GUIDE_RESULTS])

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
