"""A direct way to the application form's routes.

Wagtail finds `/layanan/sip-perawat/ajukan/` by walking the page tree from the
site's root, a query and a specific-page lookup per level. The form's posts carry
megabytes of documents and should spend their time on those, so this view finds
the permit page by its URL path in one query, then serves the route exactly as
Wagtail's own serve view would (its `on_serve_page` and `before_serve_page`
hooks, so view restrictions still hold). The page's view restrictions, like the
page itself, are kept in memory while nothing changes: every change to a
restriction, and every page move, starts a new generation of the page cache.
Whatever it does not recognise goes to Wagtail's serve view unchanged.
"""

import copy

from django.http import Http404, HttpResponse
from wagtail import hooks
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve
from wagtail.views import serve_chain

from home.page_cache import remembered

from ..models import PermitPage


def find_permit_page(request, page_path):
    site = Site.find_for_request(request)
    if site is None:
        return None
    # The site comes from memory (home.page_cache.KnownSiteMiddleware), and
    # with it its root page; so does the permit page, while nothing changes.
    root_path = site.root_page.url_path
    url_path = f"{root_path}{page_path}/"
    page = remembered(("permit_page", url_path), lambda: live_permit_page(url_path))
    if page is None:
        return None
    restrictions = remembered(
        ("view_restrictions", url_path), lambda: list(page.get_view_restrictions())
    )
    # Each request gets its own copy: views set attributes on the page.
    page = copy.copy(page)
    page.known_view_restrictions = restrictions
    return page


def live_permit_page(url_path):
    try:
        # A URL path names one page: no ordering needed to pick it.
        return PermitPage.objects.live().order_by().get(url_path=url_path)
    except PermitPage.DoesNotExist:
        return None


def serve_route(request, page_path, route):
    page = find_permit_page(request, page_path)
    try:
        if page is None:
            raise Http404
        match = page.resolve_subpage(f"/{route}")
    except Http404:
        return wagtail_serve(request, f"{page_path}/{route}")
    request.routable_resolver_match = match
    args = (match.func, match.args, match.kwargs)

    on_serve_chain = serve_chain
    for hook in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = hook(on_serve_chain)
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, {})
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, {})
