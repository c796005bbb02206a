"""The applicant's secret link.

The token is an HMAC of a random nonce kept on the application, under a key
derived from SECRET_KEY; the database stores the nonce and the SHA-256 of the
token, never the token. A copy of the database alone opens no application, yet
the portal can put the link into every message it sends later (the outbox stores
messages without it and inserts it when sending).
"""

import base64
import hashlib
import hmac
import secrets

from django.conf import settings
from django.utils.crypto import constant_time_compare

KEY_SALT = b"sinopen.applicant-link"


def new_nonce():
    return secrets.token_hex(16)


def token_for_nonce(nonce):
    key = hashlib.sha256(KEY_SALT + settings.SECRET_KEY.encode()).digest()
    digest = hmac.new(key, nonce.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def issue(application):
    """Give the application a fresh link (any earlier link stops working)."""
    application.access_nonce = new_nonce()
    token = token_for_nonce(application.access_nonce)
    application.access_token_hash = token_hash(token)
    return token


def token_of(application):
    return token_for_nonce(application.access_nonce)


def applicant_path(application):
    return f"/permohonan/{token_of(application)}/"


def applicant_url(application):
    return settings.SITE_URL + applicant_path(application)


def find_application(token):
    """The application this token opens, or None."""
    from ..models import Application

    if not token or len(token) > 64:
        return None
    application = Application.objects.filter(
        access_token_hash=token_hash(token)
    ).first()
    if application is None or not constant_time_compare(token, token_of(application)):
        return None
    return application
