"""`seed_demo` for the back office: the demo files, the demo staff taking one to
approval and one to rejection through the admin, and the bulk option."""

import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from stdnum.id import nik as nik_number

from permits.constants import OPEN_STATUSES, Category, Status
from permits.models import (
    Application,
    ApplicationDocument,
    ApplicationEvent,
    Letter,
    ReturnReason,
)
from tests.browser.live import parse_demo_logins

pytestmark = pytest.mark.django_db


def seed(*args):
    output = io.StringIO()
    with override_settings(DEBUG=True):
        call_command("seed_demo", *args, stdout=output)
    return output.getvalue()


def main_text(response):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return " ".join(soup.select_one("main").get_text(" ").split())


def press(client, application, action, note=""):
    """Open the application page, follow the button, confirm with the note."""
    url = reverse("applications:detail", args=[application.pk])
    page = BeautifulSoup(client.get(url).content.decode(), "html.parser")
    link = page.find(id="actions-heading").parent.find(
        "a", string=lambda text: text and text.strip() == action
    )
    assert link is not None, f"no “{action}” button on {application.number}"
    confirmation = client.get(link["href"])
    assert confirmation.status_code == 200
    response = client.post(link["href"], {"note": note}, follow=True)
    assert response.status_code == 200
    return response


def counts():
    return (
        Application.objects.count(),
        ApplicationEvent.objects.count(),
        ApplicationDocument.objects.count(),
        ReturnReason.objects.count(),
    )


def test_seed_demo_adds_files_in_several_statuses_once_and_keeps_the_logins():
    output = seed()
    first = counts()
    again = seed()

    logins = parse_demo_logins(output)
    assert set(logins) == {
        "editor",
        "moderator",
        "verifier",
        "reviewer",
        "approver",
        "admin",
    }
    assert "Demo applications: 7 created." in output
    assert "Demo applications" not in again
    assert counts() == first
    statuses = set(Application.objects.values_list("status", flat=True))
    assert statuses == {
        Status.SUBMITTED,
        Status.VERIFYING,
        Status.REVISION_REQUESTED,
        Status.AWAITING_RECOMMENDATION,
        Status.AWAITING_APPROVAL,
        Status.REJECTED,
    }
    returned = Application.objects.get(status=Status.REVISION_REQUESTED)
    assert returned.clock_days_left is not None
    assert returned.events.last().data["documents"][0]["reason"] == (
        "Dokumen tidak terbaca"
    )
    assert ApplicationDocument.objects.filter(kind="pdf").exists()
    assert ApplicationDocument.objects.filter(kind__in=["jpeg", "png"]).exists()
    assert ReturnReason.objects.filter(text="Dokumen tidak lengkap").exists()


def test_demo_staff_take_one_file_to_approval_and_another_to_rejection(
    client, seeded_db
):
    from django.contrib.auth import get_user_model

    users = {
        user.username: user
        for user in get_user_model().objects.filter(
            username__in=["verifier", "reviewer", "approver"]
        )
    }
    research = Application.objects.get(submission_key="demo:research-submitted")
    nurse = Application.objects.get(submission_key="demo:nurse-submitted")
    assert research.permit_page.category == Category.RESEARCH

    client.force_login(users["verifier"])
    press(client, research, "Terima")
    press(client, research, "Teruskan")
    press(client, nurse, "Terima")
    press(client, nurse, "Teruskan")

    client.force_login(users["reviewer"])
    press(client, research, "Rekomendasikan", note="Tidak ada keberatan.")
    press(client, nurse, "Rekomendasikan", note="Sesuai.")

    client.force_login(users["approver"])
    approved = press(client, research, "Setujui")
    rejected = press(client, nurse, "Tolak", note="STR sudah tidak berlaku.")

    research.refresh_from_db()
    nurse.refresh_from_db()
    assert research.status == Status.APPROVED
    assert "Disetujui" in main_text(approved)
    assert nurse.status == Status.REJECTED
    assert nurse.events.last().note == "STR sudah tidak berlaku."
    assert "Ditolak" in main_text(rejected)
    assert [event.action for event in research.events.all()] == [
        "submit",
        "accept",
        "forward",
        "recommend",
        "approve",
    ]


def test_bulk_demo_applications_are_clearly_demo_and_topped_up_once(seeded_db):
    from permits.backoffice.demo import top_up_bulk_applications

    output = seed("--applications", "300")
    added_again = top_up_bulk_applications(300)

    bulk = Application.objects.filter(number__startswith="DEMO-")
    assert "Bulk demo applications: 300 added." in output
    assert added_again == 0
    assert bulk.count() == 300
    assert all(nik_number.is_valid(nik) for nik in bulk.values_list("nik", flat=True))
    assert all(
        email.endswith("@example.com") for email in bulk.values_list("email", flat=True)
    )
    issued = bulk.filter(status=Status.ISSUED)
    assert issued.count() > 150  # three years of files: most closed with a letter
    assert Letter.objects.filter(application__in=issued).count() == issued.count()
    assert not bulk.filter(
        status__in=OPEN_STATUSES, submitted_at__lt=timezone.now() - timedelta(days=21)
    ).exists()
    first_events = ApplicationEvent.objects.filter(
        application__in=bulk, position=1, action="submit"
    )
    assert first_events.count() == 300


def test_production_never_gets_demo_applications(settings):
    settings.DEBUG = False
    before = Application.objects.count()

    with pytest.raises(CommandError):
        call_command("seed_demo", "--applications", "10", stdout=io.StringIO())
    call_command("seed_demo", stdout=io.StringIO())

    assert Application.objects.count() == before
    assert ReturnReason.objects.exists()
