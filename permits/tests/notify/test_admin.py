"""The admin's "Notifications": staff edit a message's wording, preview it and
the next message uses it; the outbox shows failed messages with their error and
sends them again."""

import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from permits.constants import StaffGroup
from permits.models import MessageTemplate, Notification
from permits.models.notifications import MessageKind
from permits.notify import setup
from tests.smtp import first_link, text_body

from .. import factories

pytestmark = pytest.mark.django_db


def staff_with_notification_rights(group_name):
    user = factories.staff_member(group_name)
    group = Group.objects.get(name=group_name)
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    setup.ensure_group_permissions({group_name: group})
    return user


@pytest.fixture
def editor(client):
    user = staff_with_notification_rights(StaffGroup.EDITORS)
    client.force_login(user)
    return user


def edit_url(kind):
    template = MessageTemplate.objects.get(kind=kind)
    return reverse("wagtailsnippets_permits_messagetemplate:edit", args=[template.pk])


def preview_url(kind):
    template = MessageTemplate.objects.get(kind=kind)
    return reverse(
        "wagtailsnippets_permits_messagetemplate:preview_on_edit", args=[template.pk]
    )


@pytest.mark.smtp
def test_staff_edit_a_template_preview_it_and_the_next_message_uses_it(
    client, editor, mailbox, delivered
):
    subject = "Kami terima permohonan {nomor}"
    body = "Halo {nama},\n\nPermohonan {layanan} sedang kami periksa.\n\n{tautan}"

    form = client.get(edit_url(MessageKind.RECEIVED))
    assert form.status_code == 200
    assert "{jawaban}" in form.content.decode()  # the placeholder list

    preview = client.post(
        preview_url(MessageKind.RECEIVED), {"subject": subject, "body": body}
    )
    assert json.loads(preview.content) == {"is_valid": True, "is_available": True}
    shown = client.get(preview_url(MessageKind.RECEIVED)).content.decode()
    assert "Kami terima permohonan SNP-" in shown
    assert "Halo Rahmi Oktaviani," in shown
    assert "contoh-tautan-rahasia" in shown

    saved = client.post(
        edit_url(MessageKind.RECEIVED), {"subject": subject, "body": body}
    )
    assert saved.status_code == 302

    with delivered():
        application = factories.submitted()
    message = mailbox.wait_for_message(to=application.email, timeout=10)
    assert message["Subject"] == f"Kami terima permohonan {application.number}"
    text = text_body(message)
    assert text.startswith(f"Halo {application.full_name},")
    assert f"Permohonan {application.permit_page.title} sedang kami periksa." in text
    assert first_link(message, r"/permohonan/")


def test_an_unknown_placeholder_is_refused_when_saving_with_a_clear_message(
    client, editor
):
    before = MessageTemplate.objects.get(kind=MessageKind.REJECTED)

    response = client.post(
        edit_url(MessageKind.REJECTED),
        {"subject": "Permohonan {nomer} ditolak", "body": "Alasan: {alasan_tolak}"},
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Penanda isian tidak dikenal: {nomer}" in page
    assert "Penanda isian tidak dikenal: {alasan_tolak}" in page
    assert "{catatan}" in page  # what is allowed instead
    after = MessageTemplate.objects.get(kind=MessageKind.REJECTED)
    assert (after.subject, after.body) == (before.subject, before.body)


def test_the_preview_of_a_staff_message_shows_the_admin_not_an_applicant_link(
    client, editor
):
    client.post(
        preview_url(MessageKind.STAFF_DIGEST),
        {"subject": "Ringkasan", "body": "Yth. {petugas}\n\n{berkas}\n\n{tautan}"},
    )
    shown = client.get(preview_url(MessageKind.STAFF_DIGEST)).content.decode()

    assert "Vina Verifikator" in shown
    assert "/admin/" in shown
    assert "contoh-tautan-rahasia" not in shown


def test_message_templates_are_edited_never_added_or_deleted(client, editor):
    template = MessageTemplate.objects.get(kind=MessageKind.APPROVED)

    add = client.get(reverse("wagtailsnippets_permits_messagetemplate:add"))
    delete = client.get(
        reverse("wagtailsnippets_permits_messagetemplate:delete", args=[template.pk])
    )

    assert add.status_code in (302, 403)
    assert delete.status_code in (302, 403)
    assert MessageTemplate.objects.filter(pk=template.pk).exists()


@pytest.mark.smtp
def test_the_outbox_shows_a_failed_message_with_its_error_and_sends_it_again(
    client, controlled_sink, delivered
):
    verifier = staff_with_notification_rights(StaffGroup.VERIFIERS)
    client.force_login(verifier)
    controlled_sink.refuse["moved@example.com"] = "550 5.1.1 mailbox unavailable"
    with delivered():
        application = factories.submitted(email="moved@example.com")
    row = Notification.objects.get(recipient="moved@example.com")
    assert row.state == Notification.State.FAILED

    listing = client.get(reverse("notifications:index"), {"state": "failed"})
    assert listing.status_code == 200
    page = listing.content.decode()
    assert "moved@example.com" in page
    assert "550" in page
    assert reverse("notifications:resend", args=[row.pk]) in page

    inspect = client.get(reverse("notifications:inspect", args=[row.pk]))
    assert "550" in inspect.content.decode()
    assert application.number in inspect.content.decode()

    confirm = client.get(reverse("notifications:resend", args=[row.pk]))
    assert confirm.status_code == 200
    del controlled_sink.refuse["moved@example.com"]
    with delivered():
        done = client.post(reverse("notifications:resend", args=[row.pk]))
    assert done.status_code == 302

    controlled_sink.wait_for_message(to="moved@example.com", timeout=10)
    row.refresh_from_db()
    assert row.state == Notification.State.SENT


@pytest.mark.smtp
def test_send_all_failed_again(client, controlled_sink, delivered):
    verifier = staff_with_notification_rights(StaffGroup.VERIFIERS)
    client.force_login(verifier)
    for address in ("a@example.com", "b@example.com"):
        controlled_sink.refuse[address] = "550 5.1.1 mailbox unavailable"
    with delivered():
        factories.submitted(email="a@example.com")
        factories.submitted(email="b@example.com")
    controlled_sink.refuse.clear()

    assert (
        reverse("notifications:resend_failed")
        in client.get(reverse("notifications:index")).content.decode()
    )
    with delivered():
        client.post(reverse("notifications:resend_failed"))

    controlled_sink.wait_for_message(to="a@example.com", timeout=10)
    controlled_sink.wait_for_message(to="b@example.com", timeout=10)


def test_outbox_rows_cannot_be_added_edited_or_deleted_even_by_a_superuser(client):
    admin = factories.staff_member(StaffGroup.EDITORS, username="root")
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    application = factories.submitted()
    row = Notification.objects.get(application=application)

    for name, args in (("add", []), ("edit", [row.pk]), ("delete", [row.pk])):
        response = client.get(reverse(f"notifications:{name}", args=args))
        assert response.status_code in (302, 403), name
    assert client.post(reverse("notifications:delete", args=[row.pk])).status_code in (
        302,
        403,
    )
    assert Notification.objects.filter(pk=row.pk).exists()
    assert client.get(reverse("notifications:index")).status_code == 200


def test_staff_without_the_right_cannot_send_again(client, editor):
    application = factories.submitted(email="bad@")
    row = Notification.objects.get(application=application)

    response = client.post(reverse("notifications:resend", args=[row.pk]))

    assert response.status_code in (302, 403)
    row.refresh_from_db()
    assert row.attempts == 0


def test_the_notifications_menu_holds_the_outbox_and_the_templates(client):
    admin = factories.staff_member(StaffGroup.EDITORS, username="root")
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)

    page = client.get(reverse("wagtailadmin_home")).content.decode()

    for label in ("Notifikasi", "Kotak keluar", "Templat pesan"):
        assert label in page
