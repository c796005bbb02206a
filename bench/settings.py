"""Settings for benchmark servers: production-like (no DEBUG), on loopback, with
one extra URL, a bare view that is the ceiling every figure is compared to."""

import os

from sinopen_site.settings.base import *  # noqa: F403 -- extends the base by design
from sinopen_site.settings.base import LOGGING

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY") or "bench-only-" + "k" * 50
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.urls"
LOGGING["loggers"]["sinopen"]["level"] = "WARNING"
LOGGING["loggers"]["django.request"]["level"] = "ERROR"
# One benchmark client posts hundreds of forms from one address.
APPLY_RATE_LIMITS = dict.fromkeys(APPLY_RATE_LIMITS, "1000000/h")  # noqa: F405
