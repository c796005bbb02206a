import re

import pytest
from django.db import transaction

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
