from django.core.management.base import BaseCommand

from permits.apply.drafts import clean_up


class Command(BaseCommand):
    help = (
        "Delete application drafts nobody touched for APPLY_DRAFT_DAYS, with their "
        "files, and uploads no draft or application refers to. The queue runs "
        "this every hour."
    )

    def handle(self, *args, **options):
        drafts, orphans = clean_up()
        self.stdout.write(f"{drafts} drafts and {orphans} stray files deleted.")
