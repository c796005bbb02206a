from django.db import migrations


def number_search_index(apps, schema_editor):
    """PostgreSQL: a trigram index for the staff search by part of a registration
    number (`number LIKE '%-2026-000123'`, which the unique index cannot serve).
    Skipped, with the search still working, where the pg_trgm extension may not
    be created."""
    if schema_editor.connection.vendor != "postgresql":
        return
    from django.db import DatabaseError, transaction

    try:
        with transaction.atomic():
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError:
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS application_number_trgm ON "
        "permits_application USING gin (number gin_trgm_ops)"
    )


def drop_number_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS application_number_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("permits", "0008_letters"),
    ]

    operations = [
        migrations.RunPython(number_search_index, drop_number_search_index),
    ]
