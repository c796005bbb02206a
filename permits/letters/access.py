"""Who among the staff may see, download and revoke letters."""

from ..constants import StaffGroup


def may_list(user):
    return user.is_active and (
        user.is_superuser or user.has_perm("permits.view_letter")
    )


def may_download(user):
    """Anyone who may see letters or the applications they belong to."""
    return may_list(user) or (
        user.is_active and user.has_perm("permits.view_application")
    )


def may_revoke(user):
    return user.is_active and (
        user.is_superuser
        or user.has_perm("permits.change_letter")
        or user.groups.filter(name=StaffGroup.APPROVERS).exists()
    )
