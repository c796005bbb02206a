from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from permits.letters.signing import ensure_development_certificate
from permits.notify.setup import (
    ensure_group_permissions as ensure_notification_permissions,
)
from sinopen_site import demo


class Command(BaseCommand):
    help = (
        "Create the site, home page, staff groups and, in development, one demo "
        "user per group. Safe to run again: it only adds what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give the demo users new passwords and print them.",
        )
        parser.add_argument(
            "--applications",
            type=int,
            default=0,
            metavar="N",
            help="Also make sure N bulk demo applications (numbers DEMO-...) exist, "
            "e.g. 100000 for the back-office benchmark.",
        )

    def handle(self, *args, reset_passwords=False, applications=0, **options):
        from permits.backoffice import demo as back_office

        site = demo.ensure_site()
        demo.ensure_office_settings(site)
        groups = demo.ensure_groups()
        back_office.ensure_back_office(groups)
        ensure_notification_permissions(groups)
        self.seed_content(site)

        if not settings.DEBUG:
            if reset_passwords or applications:
                raise CommandError(
                    "Demo users and applications never exist in production."
                )
            self.stdout.write("Production settings: no demo users created.")
            return
        # Development: letters need a certificate to be signed with.
        if ensure_development_certificate():
            self.stdout.write(
                "Letters will be signed with a self-signed development certificate: "
                f"{settings.LETTER_SIGNING_CERTIFICATE}"
            )
        passwords = demo.ensure_demo_users(groups, reset_passwords=reset_passwords)
        if passwords:
            self.stdout.write(self.style.SUCCESS("Demo logins (shown only now):"))
            for username, password in passwords.items():
                self.stdout.write(f"  {username:<10} {password}")
            self.stdout.write(
                "Forgot them? .venv/bin/python manage.py seed_demo --reset-passwords"
            )
        self.seed_applications(applications)

    def seed_content(self, site):
        """Catalogue, guides and demo applications, added by their apps."""
        from home.demo import seed_site_content

        seed_site_content(site)

    def seed_applications(self, bulk_total):
        """Demo files in several statuses, and the bulk ones when asked for."""
        from permits.backoffice import demo as back_office

        created = back_office.seed_demo_applications()
        if created:
            self.stdout.write(f"Demo applications: {created} created.")
        if bulk_total:
            added = back_office.top_up_bulk_applications(bulk_total)
            self.stdout.write(f"Bulk demo applications: {added} added.")
