"""Gap-free counters for registration and letter numbers."""

from django.db import models, transaction


class Sequence(models.Model):
    """The last number handed out in one series for one year.

    Numbers are taken inside the caller's transaction under a row lock, so they
    never repeat, and a rolled-back transaction gives its number back, so they
    never skip.
    """

    series = models.CharField(max_length=80)
    year = models.PositiveSmallIntegerField()
    last_value = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["series", "year"], name="unique_sequence_per_year"
            )
        ]

    def __str__(self):
        return f"{self.series}/{self.year}: {self.last_value}"

    @classmethod
    def next_value(cls, series, year):
        if not transaction.get_connection().in_atomic_block:
            raise RuntimeError("Sequence.next_value must run inside a transaction")
        # Create the row if it is missing without failing when another
        # transaction creates it at the same moment, then lock it.
        cls.objects.bulk_create([cls(series=series, year=year)], ignore_conflicts=True)
        row = cls.objects.select_for_update().get(series=series, year=year)
        row.last_value = models.F("last_value") + 1
        row.save(update_fields=["last_value"])
        row.refresh_from_db(fields=["last_value"])
        return row.last_value
