"""Local development and the demo: debug on, a fixed throw-away secret key."""

import os

from .base import *  # noqa: F403 -- settings modules extend the base by design

DEBUG = True
SECRET_KEY = os.environ.get(
    "SECRET_KEY", "django-insecure-dev-only-key-never-used-in-production-0123456789"
)
INTERNAL_IPS = ["127.0.0.1"]
