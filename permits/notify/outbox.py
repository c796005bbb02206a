"""Outbox rows for application events. Written in the event's transaction."""


def queue_for_event(event):
    """Write the notification rows an event causes (same transaction)."""
