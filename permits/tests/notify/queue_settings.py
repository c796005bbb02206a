"""Settings of the django-q2 cluster the notification tests start in a
subprocess: the site's own settings with short timings, so that a message whose
worker was killed is sent again within seconds rather than minutes. The
database, Redis, the SMTP port and the queue's name come from the environment
(see queue_cluster.py)."""

import os

from sinopen_site.settings.base import *  # noqa: F403 -- extends the base by design
from sinopen_site.settings.base import LOGGING, Q_CLUSTER

DEBUG = False
SECRET_KEY = "queue-tests-only-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

# A queue of its own per test run: nothing left over from another run is ever
# picked up, on the ORM broker or on a shared Redis database.
Q_CLUSTER = {
    **Q_CLUSTER,
    "name": os.environ.get("SINOPEN_QUEUE_NAME", "sinopen-queue-tests"),
    "timeout": 10,
    "retry": 15,
}
if "poll" in Q_CLUSTER:
    Q_CLUSTER["poll"] = 0.1
EMAIL_TIMEOUT = 3
NOTIFY_LEASE_SECONDS = Q_CLUSTER["timeout"] + 5
NOTIFY_RETRY_BASE_SECONDS = 1
NOTIFY_REQUEUE_AFTER_SECONDS = 5

LOGGING = {**LOGGING, "loggers": {**LOGGING["loggers"], "django_q": {"level": "INFO"}}}
