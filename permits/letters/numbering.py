"""Letter numbers, assigned inside the approval transaction."""


def assign_number(application):
    """Create the application's Letter with its number (same transaction)."""
