"""A cache of the public pages that anonymous visitors read.

Anonymous visitors of the catalogue and guides get the same HTML, so each worker
process keeps a rendered copy in memory. Every publish, unpublish, move or delete
of a page, and every change to the office settings, documents or images, starts a
new generation, shared by all workers: the next request renders afresh, so an edit
shows the moment it is published.

The generation lives in Redis when the portal has one (several hosts), otherwise in
a small file under the var folder (one host): reading it costs a `stat`, not a
database round trip.
"""

import logging
import os
import secrets
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.urls import Resolver404, resolve
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

logger = logging.getLogger("sinopen.page_cache")

GENERATION_KEY = "page-cache:generation"
ALLOWED_QUERY_PARAMETERS = {"kategori"}
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary")

# This process's copies; entries of an old generation are never read again and
# fall out as the store culls.
local_pages = LocMemCache("sinopen-page-cache", {"OPTIONS": {"MAX_ENTRIES": 2000}})

# This process's answers to questions about sites and pages ("which site is
# this host?", "which live page has this path?"), for one generation.
remembered_answers = {}
MAX_REMEMBERED = 500
_GENERATION = object()


def timeout():
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 0)


def generation_is_shared():
    return "redis" in settings.CACHES["default"]["BACKEND"].lower()


def generation_file():
    return Path(settings.PAGE_CACHE_GENERATION_FILE)


def current_generation():
    if generation_is_shared():
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            # A lost counter must never meet an older copy again: a fresh value.
            cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
            generation = cache.get(GENERATION_KEY, 0)
        return generation

    try:
        stat = generation_file().stat()
    except FileNotFoundError:
        start_new_generation()
        stat = generation_file().stat()
    return f"{stat.st_ino}-{stat.st_mtime_ns}-{stat.st_size}"


def start_new_generation():
    if generation_is_shared():
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
        return

    # A new file (new inode) replaces the old one atomically.
    path = generation_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{secrets.token_hex(4)}")
    temporary.write_text(f"{time.time_ns()} {secrets.token_hex(4)}\n")
    os.replace(temporary, path)


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

        key = f"{current_generation()}:{request.get_host()}:{request.get_full_path()}"
        stored = local_pages.get(key)
        if stored is not None:
            return self.rebuild(stored)

        response = self.get_response(request)
        if (
            request.method == "GET"
            and getattr(request, "page_cacheable", False)
            and self.storable(response)
        ):
            local_pages.set(key, self.freeze(response), timeout())
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


def remembered(key, compute):
    """`compute()`, asked once per process and generation while the page cache
    is on (every change to sites and pages starts a new generation); what it
    returns is shared by the requests that follow, so they must not change it."""
    if not timeout():
        return compute()
    generation = current_generation()
    if (
        remembered_answers.get(_GENERATION) != generation
        or len(remembered_answers) > MAX_REMEMBERED
    ):
        remembered_answers.clear()
        remembered_answers[_GENERATION] = generation
    if key not in remembered_answers:
        remembered_answers[key] = compute()
    return remembered_answers[key]


class KnownSiteMiddleware:
    """Hands Wagtail the request's site from memory instead of a database query.

    Wagtail looks the site up once per request (and keeps it as
    `request._wagtail_site`, where `Site.find_for_request` reads it). Sites
    change rarely, and every change starts a new generation, so while the page
    cache is on each process keeps the answer per host for the current
    generation. Place it after CommonMiddleware, which refuses hosts that are
    not allowed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if timeout() > 0:
            # The same host and port that Wagtail matches sites by.
            host = (split_domain_port(request._get_raw_host())[0], request.get_port())
            request._wagtail_site = remembered(
                ("site", *host), lambda: Site._find_for_request(request)
            )
        return self.get_response(request)
