"""Fixtures of the browser tests: the live portal, the SMTP sink and Chromium.

These tests never touch the test database: the portal under test runs in
subprocesses on its own database (see live.py), and the tests only speak HTTP and
SMTP to it, as a citizen's phone and a staff member's desktop would.
"""

import os
import shutil
from contextlib import contextmanager

import pytest

from tests.smtp import free_port, smtp_sink  # noqa: F401 (fixture used by live_site)

from .live import LiveSite

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

PHONE = {
    "viewport": {"width": 360, "height": 740},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
    "locale": "id-ID",
    "timezone_id": "Asia/Jakarta",
    "user_agent": (
        "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"
    ),
}
DESKTOP = {
    "viewport": {"width": 1366, "height": 900},
    "locale": "id-ID",
    "timezone_id": "Asia/Jakarta",
}
TIMEOUT_MS = 20_000


@pytest.fixture(scope="session")
def live_site(smtp_sink, tmp_path_factory):  # noqa: F811 (the fixture imported above)
    """The real server and django-q2 cluster, seeded, mailing to `smtp_sink`."""
    site = LiveSite(
        var_dir=tmp_path_factory.mktemp("live-site"),
        port=free_port(),
        smtp_host=smtp_sink.host,
        smtp_port=smtp_sink.port,
    )
    try:
        site.start()
        yield site
    finally:
        site.stop()


@pytest.fixture(scope="session")
def chromium_browser():
    """Debian's Chromium driven by Playwright; no browser is ever downloaded."""
    executable = shutil.which("chromium")
    if executable is None:
        message = "chromium is not installed (bin/install-system-packages adds it)"
        if os.environ.get("SINOPEN_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)

    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop marked as running in this thread
    # while the browser is open, and Django refuses ORM calls from such a thread
    # (SynchronousOnlyOperation). The browser tests make no ORM calls, and
    # pytest-django runs the database tests before them, but any other order (a
    # plugin shuffling tests, a database test picked after a browser test) would
    # make the next database test fail for no fault of its own. Allowed only while
    # the browser is open, and only in this test process: the server subprocesses
    # never get it.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        # launch() gives Chromium a fresh temporary profile (user-data dir) and
        # removes it on close; --user-data-dir in the args is refused by Playwright.
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class Watched:
    """What a browser context did that a page should never make it do."""

    def __init__(self, site_url):
        self.site_url = site_url
        self.outside_requests = []
        self.page_errors = []

    def on_request(self, request):
        # chrome-extension: and chrome: are the browser's own PDF viewer, which an
        # inline PDF preview in the admin loads; no third party sees them.
        if not request.url.startswith(
            (self.site_url, "data:", "blob:", "about:", "chrome-extension:", "chrome:")
        ):
            self.outside_requests.append(request.url)

    def on_page(self, page):
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))

    def check(self):
        # A request to another host leaks the visitor to a third party (and
        # breaks the portal offline); an uncaught script error breaks a page.
        assert not self.outside_requests, (
            f"pages fetched from outside the portal: {self.outside_requests}"
        )
        assert not self.page_errors, f"script errors: {self.page_errors}"


@contextmanager
def _new_context(browser, site, options):
    context = browser.new_context(base_url=site.url, **options)
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    watched = Watched(site.url)
    context.on("request", watched.on_request)
    context.on("page", watched.on_page)
    try:
        yield context
    finally:
        context.close()
    watched.check()


@pytest.fixture
def phone_context(chromium_browser, live_site):
    """A citizen's phone: 360x740, touch, Indonesian locale, Jakarta time."""
    with _new_context(chromium_browser, live_site, PHONE) as context:
        yield context


@pytest.fixture
def desktop_context(chromium_browser, live_site):
    """A staff member's desktop browser."""
    with _new_context(chromium_browser, live_site, DESKTOP) as context:
        yield context


@pytest.fixture
def phone(phone_context):
    return phone_context.new_page()


@pytest.fixture
def desktop(desktop_context):
    return desktop_context.new_page()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failing browser test, show what the server and the workers logged."""
    report = yield
    site = item.funcargs.get("live_site") if hasattr(item, "funcargs") else None
    if report.failed and site is not None and site.logs:
        for name in site.logs:
            report.sections.append((f"live {name} log (tail)", site.log_tail(name)))
    return report
