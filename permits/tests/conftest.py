import pytest

from home.tests.seeding import page_cache, seeded_db, seeded_module  # noqa: F401 -- fixtures
from permits.constants import StaffGroup

from . import factories


@pytest.fixture
def sip_page(db):
    """A practice permit that needs the health office's recommendation."""
    return factories.make_permit_page(max_active_permits=3)


@pytest.fixture
def verifier(db):
    return factories.staff_member(StaffGroup.VERIFIERS)


@pytest.fixture
def reviewer(db):
    return factories.staff_member(StaffGroup.REVIEWERS)


@pytest.fixture
def approver(db):
    return factories.staff_member(StaffGroup.APPROVERS)


@pytest.fixture
def public_site(db):
    """For `applying.public_permit_page`: Wagtail's cached site root paths live in
    the cache, which outlives the test's transaction; forget them afterwards."""
    from wagtail.models import Site

    yield
    Site.clear_site_root_paths_cache()
