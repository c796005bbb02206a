from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from permits.letters.signing import ensure_development_certificate
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

    def handle(self, *args, reset_passwords=False, **options):
        site = demo.ensure_site()
        demo.ensure_office_settings(site)
        groups = demo.ensure_groups()
        self.seed_content(site)

        if not settings.DEBUG:
            if reset_passwords:
                raise CommandError("Demo users never exist in production.")
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
                "Forgot them? python manage.py seed_demo --reset-passwords"
            )

    def seed_content(self, site):
        """Catalogue, guides and demo applications, added by their apps."""
        from home.demo import seed_site_content

        seed_site_content(site)
