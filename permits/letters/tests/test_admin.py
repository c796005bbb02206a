import hashlib
import io
import zipfile

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from permits.constants import Category
from permits.letters.admin import LETTER_LOG_ACTION
from permits.models import PermitPage
from permits.tests import factories


def user(username):
    return get_user_model().objects.get(username=username)


@pytest.fixture
def issued(seeded_db, office):
    page = PermitPage.objects.get(slug="sip-perawat")
    return factories.issued_with_letter(
        page, staff={"Approvers": user("approver")}, answers={}
    )


def test_the_application_page_can_link_to_the_staff_download(issued):
    html = Template(
        "{% url 'sinopen_letters:download' letter.pk as letter_url %}{{ letter_url }}"
    ).render(Context({"letter": issued.letter}))

    assert html == f"/admin/surat/{issued.letter.pk}/unduh/"


def test_approver_downloads_a_signed_letter(client, issued):
    client.force_login(user("approver"))

    response = client.get(reverse("sinopen_letters:download", args=[issued.letter.pk]))

    body = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert hashlib.sha256(body).hexdigest() == issued.letter.sha256
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_verifier_who_sees_applications_may_download_and_preview(client, issued):
    client.force_login(user("verifier"))

    response = client.get(
        reverse("sinopen_letters:download", args=[issued.letter.pk]) + "?inline=1"
    )

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("inline;")


def test_staff_without_access_to_files_cannot_download(client, issued):
    client.force_login(user("editor"))

    response = client.get(reverse("sinopen_letters:download", args=[issued.letter.pk]))

    assert response.status_code in (302, 403)
    assert not response.get("Content-Disposition")


def test_anonymous_visitors_are_sent_to_the_admin_login(client, issued):
    response = client.get(reverse("sinopen_letters:download", args=[issued.letter.pk]))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_letters_list_is_in_the_approvers_admin_menu_and_lists_letters(client, issued):
    client.force_login(user("approver"))

    home = client.get("/admin/").content.decode()
    listing = client.get(reverse("sinopen_letters:index")).content.decode()

    assert reverse("sinopen_letters:index") in home
    assert issued.letter.number in listing
    assert "Rahmi Oktaviani" in listing


def test_letters_list_filters_by_day_and_search(client, issued):
    client.force_login(user("approver"))
    url = reverse("sinopen_letters:index")

    other_day = client.get(url, {"tanggal": "2020-01-01"}).content.decode()
    by_name = client.get(url, {"q": "rahmi"}).content.decode()
    by_other_name = client.get(url, {"q": "Budi Santoso"}).content.decode()

    assert issued.letter.number not in other_day
    assert issued.letter.number in by_name
    assert issued.letter.number not in by_other_name


def test_revoking_needs_a_reason(client, issued):
    client.force_login(user("approver"))
    url = reverse("sinopen_letters:detail", args=[issued.letter.pk])

    response = client.post(url, {"reason": "   "})

    assert response.status_code == 200
    assert "Tuliskan alasannya." in response.content.decode()
    issued.letter.refresh_from_db()
    assert issued.letter.revoked_at is None


def test_approver_revokes_a_letter_and_who_and_when_are_recorded(client, issued):
    client.force_login(user("approver"))
    url = reverse("sinopen_letters:detail", args=[issued.letter.pk])

    response = client.post(url, {"reason": "STR sudah tidak berlaku."})

    assert response.status_code == 302
    letter = issued.letter
    letter.refresh_from_db()
    assert letter.revoked_by == user("approver")
    assert letter.revoked_reason == "STR sudah tidak berlaku."
    assert abs((timezone.now() - letter.revoked_at).total_seconds()) < 60
    public = client.get(f"/verifikasi/{letter.public_id}/").content.decode()
    assert "STR sudah tidak berlaku." in public


def test_a_second_revocation_keeps_the_first(client, issued):
    client.force_login(user("approver"))
    url = reverse("sinopen_letters:detail", args=[issued.letter.pk])
    client.post(url, {"reason": "Alasan pertama."})

    client.post(url, {"reason": "Alasan kedua."})

    issued.letter.refresh_from_db()
    assert issued.letter.revoked_reason == "Alasan pertama."


def test_verifier_cannot_revoke(client, issued):
    client.force_login(user("verifier"))
    url = reverse("sinopen_letters:detail", args=[issued.letter.pk])

    response = client.post(url, {"reason": "Coba-coba."})

    assert response.status_code in (302, 403)  # the admin turns a 403 into a message
    issued.letter.refresh_from_db()
    assert issued.letter.revoked_at is None


def test_approver_downloads_the_days_letters_as_one_zip(client, issued):
    second = factories.issued_with_letter(
        issued.permit_page, staff={"Approvers": user("approver")}
    )
    client.force_login(user("approver"))

    response = client.get(
        reverse("sinopen_letters:day"), {"tanggal": timezone.localdate().isoformat()}
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    digests = {
        hashlib.sha256(archive.read(name)).hexdigest() for name in archive.namelist()
    }
    assert digests == {issued.letter.sha256, second.letter.sha256}
    assert all(name.endswith(".pdf") for name in archive.namelist())


def test_a_day_without_letters_says_so(client, issued):
    client.force_login(user("approver"))

    response = client.get(
        reverse("sinopen_letters:day"), {"tanggal": "2020-01-01"}, follow=True
    )

    assert "Tidak ada surat bertanda tangan yang terbit pada 2020-01-01." in (
        response.content.decode()
    )


def test_letter_permissions_can_be_granted_to_groups_in_the_admin(client, seeded_db):
    from django.contrib.auth.models import Group, Permission

    client.force_login(user("admin"))
    group = Group.objects.get(name="Verifiers")

    html = client.get(reverse("wagtailusers_groups:edit", args=[group.pk]))

    for codename in ("view_letter", "change_letter"):
        permission = Permission.objects.get(codename=codename)
        assert f'value="{permission.pk}"' in html.content.decode()


# --- Scope: a group sees only the letters of the categories it covers ---


def grant_letters(group):
    from django.contrib.auth.models import Permission

    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="permits", codename="view_letter"
        ),
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ),
    )


@pytest.fixture
def research_letter(seeded_db, office):
    page = PermitPage.objects.get(slug="izin-penelitian")
    return factories.issued_with_letter(
        page, staff={"Approvers": user("approver")}, answers={}
    )


@pytest.fixture
def researcher(seeded_db):
    """A member of a group that covers research permits only, and may see letters
    and revoke them."""
    from django.contrib.auth.models import Permission

    group = factories.scoped_group("Tim Penelitian", [Category.RESEARCH])
    member = factories.staff_in_groups("Tim Penelitian")
    grant_letters(group)
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="permits", codename="change_letter"
        )
    )
    return member


def listed_numbers(response):
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return {link.get_text(strip=True) for link in page.select("tbody td:first-child a")}


def test_a_research_group_sees_and_handles_only_research_letters(
    client, issued, research_letter, researcher
):
    health = issued.letter
    client.force_login(researcher)

    listed = listed_numbers(client.get(reverse("sinopen_letters:index")))
    detail = client.get(reverse("sinopen_letters:detail", args=[health.pk]))
    download = client.get(reverse("sinopen_letters:download", args=[health.pk]))
    revoke = client.post(
        reverse("sinopen_letters:detail", args=[health.pk]),
        {"reason": "Bukan urusan kami."},
    )

    assert research_letter.letter.number in listed
    assert health.number not in listed
    assert detail.status_code == 404
    assert download.status_code == 404
    assert not download.get("Content-Disposition")
    assert revoke.status_code == 404
    health.refresh_from_db()
    assert health.revoked_at is None
    own = client.get(
        reverse("sinopen_letters:detail", args=[research_letter.letter.pk])
    )
    assert own.status_code == 200


def test_the_days_zip_holds_only_the_letters_in_scope(
    client, issued, research_letter, researcher
):
    client.force_login(researcher)

    response = client.get(
        reverse("sinopen_letters:day"), {"tanggal": timezone.localdate().isoformat()}
    )

    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    digests = {
        hashlib.sha256(archive.read(name)).hexdigest() for name in archive.namelist()
    }
    assert digests == {research_letter.letter.sha256}


def test_a_group_that_may_only_see_letters_sees_those_of_its_categories(
    client, issued, research_letter
):
    group = factories.scoped_group("Arsip Penelitian", [Category.RESEARCH])
    archivist = factories.staff_in_groups("Arsip Penelitian", view_permission=False)
    grant_letters(group)
    client.force_login(archivist)

    listed = listed_numbers(client.get(reverse("sinopen_letters:index")))
    download = client.get(
        reverse("sinopen_letters:download", args=[research_letter.letter.pk])
    )

    assert listed == {research_letter.letter.number}
    assert download.status_code == 200
    assert (
        client.get(
            reverse("sinopen_letters:download", args=[issued.letter.pk])
        ).status_code
        == 404
    )


# --- Audit log: every staff download is recorded ---


def test_a_staff_download_is_recorded_in_the_audit_log(client, issued):
    letter = issued.letter
    approver = user("approver")
    client.force_login(approver)

    client.get(reverse("sinopen_letters:download", args=[letter.pk]) + "?inline=1")
    client.get(reverse("sinopen_letters:download", args=[letter.pk]))

    entries = ModelLogEntry.objects.filter(action=LETTER_LOG_ACTION).order_by("pk")
    assert [
        (entry.user_id, entry.object_id, entry.data["number"], entry.data["download"])
        for entry in entries
    ] == [
        (approver.pk, str(issued.pk), letter.number, False),
        (approver.pk, str(issued.pk), letter.number, True),
    ]
    assert entries.last().message == f"Mengunduh surat {letter.number}"
    page = client.get(reverse("applications:detail", args=[issued.pk]))
    assert f"Mengunduh surat {letter.number}" in page.content.decode()


def test_each_letter_of_a_days_zip_is_recorded_in_the_audit_log(client, issued):
    today = timezone.localdate()
    approver = user("approver")
    client.force_login(approver)

    client.get(reverse("sinopen_letters:day"), {"tanggal": today.isoformat()})

    entry = ModelLogEntry.objects.get(action=LETTER_LOG_ACTION)
    assert entry.user_id == approver.pk
    assert entry.object_id == str(issued.pk)
    assert entry.data["number"] == issued.letter.number
    assert entry.data["day"] == today.isoformat()
    assert issued.letter.number in entry.message
