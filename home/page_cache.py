"""A shared cache of the public pages that anonymous visitors read.

Anonymous visitors of the catalogue and guides get the same HTML, so it is rendered
once and kept in the default cache (Redis or the database). Every publish,
unpublish, move or delete of a page, and every change to the office settings,
documents or images, starts a new generation: the next request renders afresh, so
an edit shows the moment it is published.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

logger = logging.getLogger("sinopen.page_cache")

GENERATION_KEY = "page-cache:generation"
ALLOWED_QUERY_PARAMETERS = {"kategori"}
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary")


def timeout():
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 0)


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # A lost counter must never meet an older entry again: a fresh, unique value.
        generation = time.time_ns()
        cache.add(GENERATION_KEY, generation, timeout=None)
        generation = cache.get(GENERATION_KEY, generation)
    return generation


def start_new_generation():
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def invalidate(**kwargs):
    """Signal receiver: forget every cached page, now and again after commit.

    The second time closes the window in which a request could cache the old
    version between the first bump and the commit of the change.
    """
    if not timeout():
        return
    start_new_generation()
    transaction.on_commit(start_new_generation)


def invalidate_for_page(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        invalidate()


def mark_cacheable(page, request, serve_args, serve_kwargs):
    """`before_serve_page` hook: only a page's own URL is cached, not its routes."""
    if request.method in ("GET", "HEAD") and request.path == page.get_url(request):
        request.page_cacheable = True


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.eligible(request):
            return self.get_response(request)

        key = f"page-cache:{current_generation()}:{request.get_host()}:{request.get_full_path()}"
        stored = cache.get(key)
        if stored is not None:
            return self.rebuild(stored)

        response = self.get_response(request)
        if (
            request.method == "GET"
            and getattr(request, "page_cacheable", False)
            and self.storable(response)
        ):
            cache.set(key, self.freeze(response), timeout())
        return response

    def eligible(self, request):
        return (
            timeout() > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
            and set(request.GET) <= ALLOWED_QUERY_PARAMETERS
            and self.served_by_wagtail(request.path_info)
        )

    def served_by_wagtail(self, path):
        """Only Wagtail pages are cached; other views pay no cache look-up."""
        try:
            return resolve(path).func is wagtail_serve
        except Resolver404:
            return False

    def storable(self, response):
        # A page that used the CSRF token or the session sets a cookie: never
        # shared. Reading the (empty) session only adds "Vary: Cookie", harmless
        # here because only requests without a session cookie are served from it.
        cache_control = response.get("Cache-Control", "").lower()
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in cache_control
            and "no-store" not in cache_control
        )

    def freeze(self, response):
        headers = {name: response[name] for name in KEPT_HEADERS if name in response}
        return {"content": response.content, "headers": headers}

    def rebuild(self, stored):
        response = HttpResponse(stored["content"])
        for name, value in stored["headers"].items():
            response[name] = value
        return response
