import re
import threading
from datetime import date

import pytest
from django.db import connection, connections, transaction

from permits.apply import tokens
from permits.apply.registration import next_registration_number
from permits.models import Application

from . import factories


@pytest.mark.django_db
def test_registration_numbers_run_per_year_without_gaps():
    with transaction.atomic():
        first = next_registration_number()
    with transaction.atomic():
        second = next_registration_number()
    # A rolled-back submission gives its number back.
    with pytest.raises(RuntimeError), transaction.atomic():
        next_registration_number()
        raise RuntimeError("the submission failed after taking a number")
    with transaction.atomic():
        third = next_registration_number()

    assert re.fullmatch(r"SNP-\d{4}-000001", first)
    assert [second[-6:], third[-6:]] == ["000002", "000003"]


def take_number(today):
    with transaction.atomic():
        return next_registration_number(today=today)


@pytest.mark.django_db
def test_numbers_restart_at_000001_in_a_new_year_and_the_old_year_runs_on():
    last_day, new_year = date(2026, 12, 31), date(2027, 1, 1)

    taken = [
        take_number(last_day),
        take_number(last_day),
        take_number(new_year),
        # A late submission still counted in the old year (e.g. taken just
        # before midnight, saved just after) continues the old series.
        take_number(last_day),
        take_number(new_year),
    ]

    assert taken == [
        "SNP-2026-000001",
        "SNP-2026-000002",
        "SNP-2027-000001",
        "SNP-2026-000003",
        "SNP-2027-000002",
    ]


@pytest.mark.django_db
def test_a_submission_just_after_midnight_in_padang_is_numbered_in_the_new_year(
    frozen_time,
):
    page = factories.make_permit_page()

    frozen_time("2026-12-31 23:59")
    old_year = factories.submitted(page)
    # 00:01 in Padang is still 31 December in UTC.
    frozen_time("2027-01-01 00:01")
    new_year = factories.submitted(page)

    assert old_year.number == "SNP-2026-000001"
    assert new_year.number == "SNP-2027-000001"


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_submissions_on_postgresql_get_distinct_consecutive_numbers():
    page = factories.make_permit_page()
    count = 8
    start = threading.Barrier(count)
    numbers, errors = [], []

    def submit_in_own_connection():
        try:
            start.wait()
            numbers.append(factories.submitted(page).number)
        except Exception as error:  # noqa: BLE001 -- reported by the test below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit_in_own_connection) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors
    assert len(set(numbers)) == count
    running = sorted(int(number[-6:]) for number in numbers)
    assert running == list(range(running[0], running[0] + count))
    assert len({number[:-6] for number in numbers}) == 1  # one year's series
    assert Application.objects.filter(number__in=numbers).count() == count


@pytest.mark.django_db
def test_secret_link_opens_its_application_and_only_its_hash_is_stored():
    application = factories.submitted()

    assert tokens.find_application(application.token) == application
    stored = Application.objects.filter(pk=application.pk).values().get()
    assert application.token not in {str(value) for value in stored.values()}
    assert tokens.find_application(application.token[:-1] + "x") is None
    assert tokens.find_application("") is None


@pytest.mark.django_db
def test_a_new_link_retires_the_old_one():
    application = factories.submitted()
    old = application.token

    new = tokens.issue(application)
    application.save()

    assert tokens.find_application(old) is None
    assert tokens.find_application(new) == application
