"""Admin screens; see permits/wagtail_hooks.py."""
