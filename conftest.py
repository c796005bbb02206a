import pytest
from django.core.management import call_command


@pytest.fixture
def seeded(db):
    """The database as `seed_demo` leaves it, without printing the passwords."""
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture(scope="session", autouse=True)
def letter_signing_certificate():
    """A self-signed certificate for the run (test settings put it in a temp dir),
    so any test whose approval reaches the queue gets its letter signed."""
    from permits.letters.signing import ensure_development_certificate

    ensure_development_certificate()


@pytest.fixture(autouse=True)
def fresh_site_root_paths():
    """Wagtail keeps each site's root paths in the cache. The database cache is
    rolled back with the test; Redis is not, and outlives even the run: a test that
    moved a site's root must not leave the next test building URLs from it."""
    from django.core.cache import caches
    from django.core.cache.backends.db import DatabaseCache
    from wagtail.models import Site

    rolled_back_with_the_test = isinstance(caches["default"], DatabaseCache)
    if not rolled_back_with_the_test:
        Site.clear_site_root_paths_cache()
    yield
    if not rolled_back_with_the_test:
        Site.clear_site_root_paths_cache()
