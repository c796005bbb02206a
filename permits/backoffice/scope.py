"""Which staff a file concerns: the members of a back-office group who cover the
permit's category."""

from django.contrib.auth import get_user_model


def staff_in_group(group_name, permit_page):
    """Active users of `group_name` who handle files of `permit_page`, with an
    e-mail address (the people to tell when a file enters their queue)."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=group_name)
        .exclude(email="")
        .distinct()
    )
