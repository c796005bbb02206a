"""Wagtail admin for the permit domain; each part registers its own screens."""

from .backoffice import admin as backoffice_admin  # noqa: F401
from .letters import admin as letters_admin  # noqa: F401
from .notify import admin as notify_admin  # noqa: F401
