from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from permits.letters import signing


class Command(BaseCommand):
    help = (
        "Make a self-signed certificate for signing letters in development, at "
        "LETTER_SIGNING_CERTIFICATE. Does nothing when the file exists (unless "
        "--force). Never use it in production: letters need the office's real "
        "certificate."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Replace an existing file."
        )

    def handle(self, *args, force=False, **options):
        path = Path(settings.LETTER_SIGNING_CERTIFICATE)
        if path.exists() and not force:
            self.stdout.write(f"A signing certificate exists: {path}")
            return
        signing.make_development_certificate(path)
        self.stdout.write(
            self.style.SUCCESS(f"Self-signed signing certificate written to {path}")
        )
