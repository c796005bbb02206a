"""Building blocks of `seed_demo`. Each step is idempotent: it creates what is
missing and leaves what exists untouched, so a second run changes nothing."""

import io
import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from home.models import HomePage
from permits.constants import StaffGroup

from .models import OfficeSettings

DEMO_USERS = [
    # username, group, full name
    ("editor", StaffGroup.EDITORS, "Eka Editor"),
    ("moderator", StaffGroup.MODERATORS, "Maya Moderator"),
    ("verifier", StaffGroup.VERIFIERS, "Vina Verifikator"),
    ("reviewer", StaffGroup.REVIEWERS, "Rudi Reviewer"),
    ("approver", StaffGroup.APPROVERS, "Anwar Kepala Dinas"),
]

# Codenames each back-office group needs on top of entering the admin.
# `view_application` opens the Applications list; what each may do to a file is
# the workflow's business (group and category scope). Verifiers and approvers
# extend the list of return reasons; approvers keep the calendar of closures.
BACK_OFFICE_PERMISSIONS = {
    StaffGroup.VERIFIERS: [
        "view_application",
        "change_application",
        "add_returnreason",
        "change_returnreason",
    ],
    StaffGroup.REVIEWERS: ["view_application", "change_application"],
    StaffGroup.APPROVERS: [
        "view_application",
        "change_application",
        "view_letter",
        "add_returnreason",
        "change_returnreason",
        "add_calendarexception",
        "change_calendarexception",
        "delete_calendarexception",
    ],
}


def site_address():
    """Host name and port of SITE_URL, for the Wagtail site record."""
    parts = urlsplit(settings.SITE_URL)
    default_port = 443 if parts.scheme == "https" else 80
    return {
        "hostname": parts.hostname or "localhost",
        "port": parts.port or default_port,
    }


@transaction.atomic
def ensure_site():
    """The default site serves a HomePage at `/`."""
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(
            title="Layanan Perizinan Non-OSS Kota Padang",
            slug="beranda",
            lead="Ajukan izin penelitian dan izin praktik tenaga kesehatan secara "
            "daring, lalu pantau prosesnya dari ponsel Anda.",
            seo_title="SINOPEN – Layanan Perizinan Non-OSS",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    if site is None:
        site = Site.objects.create(
            **site_address(),
            root_page=home,
            is_default_site=True,
            site_name="SINOPEN Kota Padang",
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "SINOPEN Kota Padang"
        # Wagtail's placeholder site says localhost:80; links in the API and in
        # messages should carry the portal's public address.
        for field, value in site_address().items():
            setattr(site, field, value)
        site.save()
        # Wagtail's placeholder welcome page goes once the home page replaces it.
        if old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()
    return site


def ensure_office_settings(site):
    office = OfficeSettings.for_site(site)
    if not office.address:
        office.address = "Jl. Jenderal Sudirman No. 1, Padang, Sumatera Barat"
        office.phone = "(0751) 000000"
        office.whatsapp = "+62 811-0000-0000"
        office.email = "dpmptsp@padang.go.id"
        office.website = "https://sinopen.padang.go.id"
        office.opening_hours = (
            "Senin–Kamis 08.00–15.30 WIB\nJumat 08.00–16.00 WIB\n"
            "Sabtu, Minggu dan hari libur nasional tutup"
        )
        office.head_name = "Nama Kepala Dinas"
        office.head_rank = "Pembina Utama Muda (IV/c)"
        office.head_nip = "197001011995031001"
        office.save()
    if office.logo is None and settings.DEBUG:
        # A drawn stand-in, so the demo's letters show a letterhead with an
        # emblem; a city sets its own in the admin (never made in production).
        logo = get_image_model()(title="Lambang (contoh)")
        logo.file = ImageFile(io.BytesIO(emblem_png()), name="lambang-contoh.png")
        logo.save()
        office.logo = logo
        office.save(update_fields=["logo"])
    return office


def emblem_png():
    """A small drawn emblem standing in for a city's own."""
    image = PILImage.new("RGBA", (240, 280), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon([(20, 10), (220, 10), (220, 170), (120, 270), (20, 170)], fill="#0a5")
    draw.ellipse((70, 50, 170, 150), fill="#fc0")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def ensure_groups():
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups = {}
    for name in (
        StaffGroup.EDITORS,
        StaffGroup.MODERATORS,
        StaffGroup.VERIFIERS,
        StaffGroup.REVIEWERS,
        StaffGroup.APPROVERS,
    ):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access)
        codenames = BACK_OFFICE_PERMISSIONS.get(name, [])
        if codenames:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="permits", codename__in=codenames
                )
            )
        groups[name] = group
    return groups


def ensure_demo_users(groups, reset_passwords=False):
    """Create one user per group. Returns {username: password} for new passwords."""
    User = get_user_model()
    created = {}
    for username, group_name, full_name in DEMO_USERS:
        first, _, last = full_name.partition(" ")
        user, is_new = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@sinopen.localhost",
                "is_staff": False,
            },
        )
        user.groups.add(groups[group_name])
        if is_new or reset_passwords:
            password = secrets.token_urlsafe(9)
            user.set_password(password)
            user.save(update_fields=["password"])
            created[username] = password

    admin, is_new = User.objects.get_or_create(
        username="admin",
        defaults={
            "email": "admin@sinopen.localhost",
            "is_staff": True,
            "is_superuser": True,
        },
    )
    if is_new or reset_passwords:
        password = secrets.token_urlsafe(9)
        admin.set_password(password)
        admin.save(update_fields=["password"])
        created["admin"] = password
    return created
