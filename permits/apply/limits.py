"""Rate limits on sending forms and on tracking look-ups (django-ratelimit).

The rates are settings (`APPLY_RATE_LIMITS`); counts live in the default cache,
shared by every web process. Behind a reverse proxy set RATELIMIT_IP_META_KEY so
each visitor is counted by their own address, not the proxy's.

A refused request gets the page it came from again, with status 429, a message
saying what was refused and when to try again, and what the person typed.
"""

import logging
import math
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import ngettext
from django_ratelimit import ALL
from django_ratelimit.core import get_usage

logger = logging.getLogger("sinopen.apply")


@dataclass(frozen=True)
class Refusal:
    """How long until the person may try again."""

    seconds: int

    @property
    def minutes(self):
        return max(1, math.ceil(self.seconds / 60))

    def try_again(self):
        return ngettext(
            "Please try again in %(minutes)d minute.",
            "Please try again in %(minutes)d minutes.",
            self.minutes,
        ) % {"minutes": self.minutes}


def _usage(request, scope, value, increment):
    rate = getattr(settings, "APPLY_RATE_LIMITS", {}).get(scope)
    if not rate:
        return None
    key = "ip" if value is None else (lambda _group, _request: value)
    return get_usage(
        request,
        group=f"sinopen.{scope}",
        key=key,
        rate=rate,
        method=ALL,
        increment=increment,
    )


def _refusal(scope, usage):
    logger.warning("rate_limited", extra={"scope": scope})
    return Refusal(seconds=max(int(usage["time_left"]), 1))


def over_limit(request, scope, value=None):
    """None when the request may go on, else a `Refusal`.

    Counts one request against `scope`, per client address, or per `value`
    (e.g. a registration number) when one is given.
    """
    usage = _usage(request, scope, value, increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    return _refusal(scope, usage)


def used_up(request, scope, value=None):
    """Like `over_limit`, without counting this request: for limits that only
    count failures (see `count_failure`)."""
    usage = _usage(request, scope, value, increment=False)
    if usage is None or usage["count"] < usage["limit"]:
        return None
    return _refusal(scope, usage)


def count_failure(request, scope, value=None):
    _usage(request, scope, value, increment=True)


def refused(response, refusal):
    """Mark a page rendered for a refused request: 429 and when to come back."""
    response.status_code = 429
    response["Retry-After"] = str(refusal.seconds)
    response["Cache-Control"] = "private, no-store"
    return response


def notice(refusal, title, text):
    """What `includes/limited.html` shows above the page's form."""
    return {"title": title, "text": text, "try_again": refusal.try_again()}
