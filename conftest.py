import pytest
from django.core.management import call_command


@pytest.fixture
def seeded(db):
    """The database as `seed_demo` leaves it, without printing the passwords."""
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
