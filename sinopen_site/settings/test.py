"""Settings for the test suite. DATABASE_URL and REDIS_URL still apply, so the same
suite runs on SQLite and on PostgreSQL + Redis."""

import os
import tempfile

from .base import *  # noqa: F403 -- settings modules extend the base by design
from .base import Q_CLUSTER

DEBUG = False
SECRET_KEY = "test-only-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOP"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

_tmp = tempfile.mkdtemp(prefix="sinopen-test-")
MEDIA_ROOT = os.path.join(_tmp, "media")
PRIVATE_ROOT = os.path.join(_tmp, "private")
STORAGES["private"]["OPTIONS"] = {"location": PRIVATE_ROOT, "base_url": None}  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

# Tests call task bodies directly or run a real cluster on purpose; by default an
# enqueued task runs in-process so a request's side effects are visible at once.
Q_CLUSTER = {**Q_CLUSTER, "sync": True}
AXES_ENABLED = True
WAGTAILADMIN_BASE_URL = SITE_URL = "http://testserver"

# Tests that need the anonymous page cache switch it on themselves, so a
# page cached in one test (Redis outlives the test transaction) never leaks.
PAGE_CACHE_TIMEOUT = 0

# --- Applying online ---
# Rate-limit counts of one test run never meet another run's (Redis outlives
# runs), and no ordinary test comes near a limit; the tests of the limits set
# their own rates.
import secrets  # noqa: E402 -- kept with the block it serves

RATELIMIT_CACHE_PREFIX = f"rl:test-{secrets.token_hex(6)}:"
APPLY_RATE_LIMITS = dict.fromkeys(APPLY_RATE_LIMITS, "100000/h")  # noqa: F405

# Letters: the tests sign letters with a self-signed certificate made for the run.
LETTER_SIGNING_CERTIFICATE = os.path.join(_tmp, "signing", "office.p12")
