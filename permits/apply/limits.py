"""Rate limits on sending forms and on tracking look-ups (django-ratelimit).

The rates are settings (`APPLY_RATE_LIMITS`); counts live in the default cache,
shared by every web process. Behind a reverse proxy set RATELIMIT_IP_META_KEY so
each visitor is counted by their own address, not the proxy's.
"""

import logging
import math

from django.conf import settings
from django.shortcuts import render
from django_ratelimit import ALL
from django_ratelimit.core import get_usage

logger = logging.getLogger("sinopen.apply")


def over_limit(request, scope, value=None):
    """None when the request may go on, else the 429 page to answer with.

    Counts one request against `scope`, per client address, or per `value`
    (e.g. a registration number) when one is given.
    """
    rate = getattr(settings, "APPLY_RATE_LIMITS", {}).get(scope)
    if not rate:
        return None
    key = "ip" if value is None else (lambda _group, _request: value)
    usage = get_usage(
        request,
        group=f"sinopen.{scope}",
        key=key,
        rate=rate,
        method=ALL,
        increment=True,
    )
    if usage is None or not usage["should_limit"]:
        return None
    logger.warning("rate_limited", extra={"scope": scope})
    return too_many_requests(request, usage["time_left"])


def too_many_requests(request, seconds_left):
    seconds = max(int(seconds_left), 1)
    response = render(
        request,
        "permits/apply/too_many.html",
        {"minutes": max(1, math.ceil(seconds / 60))},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "private, no-store"
    return response
