"""Settings shared by every environment.

Everything a deployment changes comes from environment variables; the defaults give
a portal that runs on one machine with SQLite, the django-q2 ORM broker and e-mail
written to a folder.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("SINOPEN_VAR_DIR", BASE_DIR / "var"))
# The SQLite file, media, private files and mail of a fresh clone go here.
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "sinopen_site",
    "home",
    "guides",
    "permits",
    "wagtail.contrib.forms",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_q",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "home.page_cache.KnownSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Must stay last: it reads the outcome of the authentication attempt.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "sinopen_site.urls"
WSGI_APPLICATION = "sinopen_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite file by default, anything dj-database-url reads when set.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web process and the queue workers share the file: WAL lets readers go on
    # while one writer writes, IMMEDIATE takes the write lock at BEGIN so a
    # transaction never fails half-way on an upgrade, and busy_timeout makes a
    # writer wait for the lock instead of failing at once. Connections are kept
    # between requests like any other database's: outside a transaction an idle
    # connection holds no lock, and opening one costs a request milliseconds.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL;"
            "PRAGMA synchronous=NORMAL;"
            "PRAGMA busy_timeout=20000;"
            "PRAGMA foreign_keys=ON;"
        ),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language and time
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Files: public media (images, blank forms) and private documents live apart.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
PRIVATE_ROOT = Path(os.environ.get("PRIVATE_ROOT", VAR_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Applicants' documents and signed letters. Never served by URL: only through
    # views that check who asks. Swap for an S3 bucket with PRIVATE_STORAGE_BACKEND.
    "private": {
        "BACKEND": os.environ.get(
            "PRIVATE_STORAGE_BACKEND",
            "django.core.files.storage.FileSystemStorage",
        ),
        "OPTIONS": {"location": str(PRIVATE_ROOT), "base_url": None}
        if "PRIVATE_STORAGE_BACKEND" not in os.environ
        else {},
    },
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}
FILE_UPLOAD_PERMISSIONS = 0o640
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# E-mail: SMTP when EMAIL_HOST is set, otherwise every message is written as a file
# under var/mail so a person trying the demo can open it.
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "SINOPEN <no-reply@sinopen.localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", EMAIL_PORT == 587)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", EMAIL_PORT == 465)
    EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
else:
    EMAIL_BACKEND = "sinopen_site.mail.MessageFileBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"

# Task queue: django-q2 on the ORM broker by default, Redis when REDIS_URL is set.
# `retry` must stay above `timeout`, and `timeout` above the slowest task, or a task
# still running would be handed to a second worker (a test guards this).
REDIS_URL = os.environ.get("REDIS_URL", "")
Q_CLUSTER = {
    "name": "sinopen",
    "workers": int(os.environ.get("Q_WORKERS", "2")),
    "recycle": 200,
    "timeout": 120,
    "retry": 180,
    "max_attempts": 5,
    "ack_failures": True,
    "catch_up": False,
    "save_limit": 1000,
    "label": _("Task queue"),
}
if REDIS_URL:
    Q_CLUSTER["redis"] = REDIS_URL
else:
    Q_CLUSTER["orm"] = "default"
    Q_CLUSTER["poll"] = 0.2

# Wagtail
WAGTAIL_SITE_NAME = "SINOPEN"
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# Staff log-in: lock an account and address out after repeated failures.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
    }
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "sinopen_cache",
    }
}

# Request lines (runserver's django.server, django.request) keep applicants'
# secret links and staff searches out of the log; the server lines keep
# Django's own look.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact_urls": {"()": "sinopen_site.logging.RedactUrls"},
    },
    "formatters": {
        "event": {"()": "sinopen_site.logging.EventFormatter"},
        "server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "event"},
        "server": {"class": "logging.StreamHandler", "formatter": "server"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "sinopen": {"level": os.environ.get("LOG_LEVEL", "INFO"), "propagate": True},
        "django_q": {"level": "WARNING"},
        "django.server": {
            "handlers": ["server"],
            "filters": ["redact_urls"],
            "level": "INFO",
            "propagate": False,
        },
        "django.request": {"filters": ["redact_urls"]},
    },
}

# Public address of the portal, used in e-mails, QR codes and the API.
SITE_URL = WAGTAILADMIN_BASE_URL.rstrip("/")

# Staff avatars: never ask Gravatar, which would send a
# hash of every staff e-mail address to a third party (and shows a broken image
# wherever the portal has no internet access); Wagtail's default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Catalogue and guides ---
# Each worker keeps anonymous visitors' copies of public pages for this many
# seconds; any publish starts afresh at once. 0 switches the cache off. Without
# Redis the workers learn of a publish through this file (one host only).
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
PAGE_CACHE_GENERATION_FILE = VAR_DIR / "page-cache-generation"
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "home.page_cache.AnonymousPageCacheMiddleware",
)
# The whole catalogue fits in one API page.
WAGTAILAPI_LIMIT_MAX = 100

# --- Applying online ---
# How often one client address may post application forms and send applications,
# and look applications up at /lacak/ (also per registration number, from
# anywhere). Mobile carriers put many people behind one address: keep them loose.
APPLY_RATE_LIMITS = {
    "apply": os.environ.get("APPLY_RATE_LIMIT_FORM", "60/h"),
    "submit": os.environ.get("APPLY_RATE_LIMIT_SUBMIT", "20/h"),
    "track": os.environ.get("TRACK_RATE_LIMIT", "30/h"),
    "track_number": os.environ.get("TRACK_RATE_LIMIT_PER_NUMBER", "10/h"),
    "verify": os.environ.get("VERIFY_RATE_LIMIT", "60/h"),
}
# Behind a reverse proxy: the request header holding the visitor's address, e.g.
# HTTP_X_REAL_IP (otherwise every visitor counts as the proxy).
RATELIMIT_IP_META_KEY = os.environ.get("RATELIMIT_IP_META_KEY") or None
# A cache that is down must not shut citizens out.
RATELIMIT_FAIL_OPEN = True
# The counts live in Redis when there is one (shared by every web process and
# host); without Redis each web process counts on its own, in memory, so a limit
# is multiplied by the number of processes (a file or database cache would cost
# every counted request several milliseconds).
CACHES["ratelimit"] = (
    {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "sinopen-ratelimit",
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
)
RATELIMIT_USE_CACHE = "ratelimit"
# Drafts (typed answers and accepted files not yet sent) nobody touched for this
# many days are deleted with their files, hourly by the queue.
APPLY_DRAFT_DAYS = int(os.environ.get("APPLY_DRAFT_DAYS", "7"))

# --- Back office ---
# The page shown when a staff sign-in is locked after repeated wrong passwords
# (AXES_* above): the admin's own layout, in the staff member's language.
AXES_LOCKOUT_CALLABLE = "permits.backoffice.views.lockout"

# --- Notifications ---
# Channels the outbox sends through, by name. E-mail always; SMS and WhatsApp are
# backends a deployment plugs in (README, "Notifications"), e.g.
# NOTIFY_SMS_BACKEND=permits.notify.channels.LogChannel to try them out locally.
NOTIFY_CHANNELS = {"email": "permits.notify.channels.EmailChannel"}
for _channel in ("sms", "whatsapp"):
    if os.environ.get(f"NOTIFY_{_channel.upper()}_BACKEND"):
        NOTIFY_CHANNELS[_channel] = os.environ[f"NOTIFY_{_channel.upper()}_BACKEND"]
# SMTP socket timeout: well below the task timeout, so a silent mail server makes
# a send fail (and wait for a retry) before django-q2 stops the task.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
# A worker owns a message it is sending for this long; past it (the worker must
# be dead: django-q2 stops tasks at `timeout`) the message is sent again.
NOTIFY_LEASE_SECONDS = Q_CLUSTER["timeout"] + 30
# A message still unsent this long after it was written is queued again.
NOTIFY_REQUEUE_AFTER_SECONDS = 120
# After a failed attempt: wait base, 2×base, 4×base ... at most the cap; give up
# (the row shows as failed in the admin, where staff can send it again) after
# NOTIFY_MAX_ATTEMPTS attempts, about four hours with these values.
NOTIFY_RETRY_BASE_SECONDS = 60
NOTIFY_RETRY_MAX_DELAY_SECONDS = 3600
NOTIFY_MAX_ATTEMPTS = 10
# The signed letter is attached to the "letter issued" e-mail up to this size.
NOTIFY_ATTACHMENT_MAX_BYTES = 2 * 1024 * 1024
# Reminders while a file waits on the applicant, after these working days; and
# closing it as withdrawn after this many working days (0: never).
NOTIFY_REMINDER_DAYS = [
    int(day) for day in env_list("NOTIFY_REMINDER_DAYS", "2,5") if day.isdigit()
]
NOTIFY_AUTO_WITHDRAW_DAYS = int(os.environ.get("NOTIFY_AUTO_WITHDRAW_DAYS", "0"))
# Local hours of the daily runs (when the schedules are first created).
NOTIFY_DIGEST_HOUR = 7
NOTIFY_FOLLOW_UP_HOUR = 8

# --- Letters ---
# The office certificate that signs every letter: a PKCS#12 file and its
# passphrase. `manage.py make_signing_certificate` makes a self-signed one for
# development (seed_demo does so in DEBUG); production needs a real one.
LETTER_SIGNING_CERTIFICATE = Path(
    os.environ.get("LETTER_SIGNING_CERTIFICATE", VAR_DIR / "signing" / "office.p12")
)
LETTER_SIGNING_PASSPHRASE = os.environ.get("LETTER_SIGNING_PASSPHRASE", "")
# Another signer (e.g. a government signing service) plugs in here.
LETTER_SIGNER = os.environ.get("LETTER_SIGNER", "permits.letters.signing.Pkcs12Signer")
# The largest file the public check of a letter accepts.
LETTER_CHECK_MAX_UPLOAD = 10 * 1024 * 1024
