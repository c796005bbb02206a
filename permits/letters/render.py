"""Letter HTML and PDF (WeasyPrint, imported only when a PDF is made).

The renderer fetches nothing from the network or the file system: the HTML is
given a base URL on a reserved host (`.invalid` never resolves), and the URL
fetcher answers only for that host, from our own static files and from the
images handed to it (logo, QR code). Every other URL is refused.
"""

import atexit
import logging
import mimetypes
import posixpath
import threading
from dataclasses import dataclass
from functools import lru_cache

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

logger = logging.getLogger("sinopen.letters")

ORIGIN = "https://letter.invalid/"
STATIC_PREFIX = ORIGIN + "static/"
IMAGE_PREFIX = ORIGIN + "images/"
STYLESHEET = "css/letter.css"
TEMPLATE = "permits/letters/letter.html"


@dataclass(frozen=True)
class RenderedLetter:
    html: str
    pdf: bytes


class RefusedURL(ValueError):
    pass


@lru_cache(maxsize=64)
def static_file(path):
    """Bytes and type of one of our static files; None for anything else."""
    normal = posixpath.normpath(path)
    if normal != path or normal.startswith(("/", "..")) or "\\" in path:
        return None
    found = finders.find(normal)
    if not found:
        return None
    with open(found, "rb") as handle:
        data = handle.read()
    content_type = mimetypes.guess_type(normal)[0] or "application/octet-stream"
    return data, content_type


def make_fetcher(images=None):
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LetterURLFetcher(URLFetcher):
        def __init__(self, images):
            super().__init__(allowed_protocols=["https"])
            self.images = images or {}
            self.refused = []

        def fetch(self, url, headers=None):
            if url.startswith(STATIC_PREFIX):
                found = static_file(url[len(STATIC_PREFIX) :])
                if found is not None:
                    data, content_type = found
                    return URLFetcherResponse(url, data, {"Content-Type": content_type})
            elif url.startswith(IMAGE_PREFIX):
                image = self.images.get(url[len(IMAGE_PREFIX) :])
                if image is not None:
                    return URLFetcherResponse(
                        url, image.data, {"Content-Type": image.content_type}
                    )
            self.refused.append(url)
            logger.warning("letter_fetch_refused", extra={"scheme": url.split(":")[0]})
            raise RefusedURL("only the letter's own files may be fetched")

    return LetterURLFetcher(images)


_print_resources = threading.local()


@atexit.register
def _release_print_resources():
    # The font configuration cleans up its temporary folder when collected; at
    # exit that must happen while the modules it uses are still there.
    _print_resources.__dict__.clear()


def print_resources():
    """The parsed stylesheet and its fonts, made once per worker thread."""
    if not hasattr(_print_resources, "stylesheet"):
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        font_config = FontConfiguration()
        stylesheet = CSS(
            url=STATIC_PREFIX + STYLESHEET,
            url_fetcher=make_fetcher(),
            font_config=font_config,
        )
        _print_resources.font_config = font_config
        _print_resources.stylesheet = stylesheet
    return _print_resources.stylesheet, _print_resources.font_config


def letter_html(document, *, screen=False):
    """The letter's HTML: for WeasyPrint, or (`screen`) for a browser preview."""
    qr = document.qr_code()
    if screen:
        document.qr_src = qr.data_uri()
        document.logo_src = document.logo.data_uri() if document.logo else ""
        document.images = {}
    else:
        document.qr_src = IMAGE_PREFIX + "qr.png"
        document.logo_src = IMAGE_PREFIX + "logo" if document.logo else ""
        document.images = {"qr.png": qr}
        if document.logo:
            document.images["logo"] = document.logo
    return render_to_string(TEMPLATE, {"letter": document, "screen": screen})


def html_to_pdf(html, images=None, fetcher=None):
    """WeasyPrint alone: the HTML (with its images) as PDF bytes."""
    from weasyprint import HTML

    stylesheet, font_config = print_resources()
    fetcher = fetcher or make_fetcher(images)
    return HTML(string=html, base_url=ORIGIN, url_fetcher=fetcher).write_pdf(
        stylesheets=[stylesheet], font_config=font_config
    )


def render(document):
    html = letter_html(document)
    return RenderedLetter(html=html, pdf=html_to_pdf(html, document.images))
