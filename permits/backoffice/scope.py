"""Who sees and handles which files.

Staff reach applications through their groups. A group covers the permit
categories set in its `StaffGroupScope` (a group without one covers every
category). A user sees the categories covered by those of their groups that may
view applications, and acts for a group only within the categories it covers.
Letters follow their applications: a user sees the letters of the categories
covered by their groups that may view applications or letters. A recommendation
belongs to the permit page's reviewer group, or to the generic Reviewers group
when the page names none.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Exists, OuterRef

from ..constants import Category, StaffGroup

VIEW_PERMISSION = "view_application"
VIEW_LETTER_PERMISSION = "view_letter"


def _covers(categories, category):
    return categories is None or category in categories


class StaffScope:
    """One user's reach, read with one query; build it once per request."""

    def __init__(self, user):
        self.user = user
        self.is_superuser = bool(user and user.is_active and user.is_superuser)
        # {group name: categories (None: every category)}
        self.groups = {}
        self.viewing_groups = set()
        self.letter_groups = set()
        if user is None or not user.is_authenticated or not user.is_active:
            return

        def grants(codename):
            return Exists(
                Group.permissions.through.objects.filter(
                    group_id=OuterRef("pk"),
                    permission__codename=codename,
                    permission__content_type__app_label="permits",
                )
            )

        rows = (
            Group.objects.filter(user=user)
            .annotate(
                can_view=grants(VIEW_PERMISSION),
                can_view_letters=grants(VIEW_LETTER_PERMISSION),
            )
            .values_list(
                "name", "staff_scope__categories", "can_view", "can_view_letters"
            )
        )
        for name, categories, can_view, can_view_letters in rows:
            self.groups[name] = None if categories is None else set(categories)
            if can_view:
                self.viewing_groups.add(name)
            if can_view or can_view_letters:
                self.letter_groups.add(name)

    @classmethod
    def of(cls, request):
        """The scope of the request's user, built once per request."""
        scope = getattr(request, "_sinopen_staff_scope", None)
        if scope is None or scope.user is not request.user:
            scope = cls(request.user)
            request._sinopen_staff_scope = scope
        return scope

    # What the user sees

    def _seen_by(self, group_names):
        if self.is_superuser:
            return None
        seen = set()
        for name in group_names:
            categories = self.groups[name]
            if categories is None:
                return None
            seen |= categories
        # Every category: no filter (and no join) at all.
        return None if seen >= set(Category.values) else seen

    @property
    def categories(self):
        """The categories whose applications the user sees; None: every one."""
        return self._seen_by(self.viewing_groups)

    @property
    def letter_categories(self):
        """The categories whose letters the user sees; None: every one."""
        return self._seen_by(self.letter_groups)

    def applications(self, queryset):
        categories = self.categories
        if categories is None:
            return queryset
        return queryset.filter(permit_page__category__in=sorted(categories))

    def permit_pages(self, queryset):
        categories = self.categories
        if categories is None:
            return queryset
        return queryset.filter(category__in=sorted(categories))

    def can_see(self, application):
        return _covers(self.categories, application.permit_page.category)

    def letters(self, queryset):
        categories = self.letter_categories
        if categories is None:
            return queryset
        return queryset.filter(
            application__permit_page__category__in=sorted(categories)
        )

    # What the user may do

    def acts_for(self, group_names, category):
        """Whether the user belongs to one of `group_names` covering `category`."""
        if self.is_superuser:
            return True
        return any(
            name in self.groups and _covers(self.groups[name], category)
            for name in group_names
        )

    def in_group(self, group_name):
        return self.is_superuser or group_name in self.groups


def reviewer_group_name(permit_page):
    """The group that gives this permit's recommendation."""
    if permit_page.reviewer_group_id:
        return permit_page.reviewer_group.name
    return StaffGroup.REVIEWERS


def group_covers(group, category):
    scope = getattr(group, "staff_scope", None)
    return scope is None or category in scope.categories


def staff_in_group(group_name, permit_page):
    """Active users of `group_name` who handle files of `permit_page`, with an
    e-mail address (the people to tell when a file enters their queue).

    Asked for the Reviewers, it answers with the permit page's own reviewer group
    when the page names one. Nobody, when the group does not cover the permit's
    category.
    """
    User = get_user_model()
    if group_name == StaffGroup.REVIEWERS:
        group_name = reviewer_group_name(permit_page)
    group = Group.objects.filter(name=group_name).select_related("staff_scope").first()
    if group is None or not group_covers(group, permit_page.category):
        return User.objects.none()
    return (
        User.objects.filter(is_active=True, groups=group)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )
