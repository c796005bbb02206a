"""Choices shared across the permit domain."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    HEALTH = "health", _("Health practice permits")
    RESEARCH = "research", _("Research permits")
    OTHER = "other", _("Other permits")


class TransactionKind(models.TextChoices):
    NEW = "new", _("New")
    RENEWAL = "renewal", _("Renewal")
    MOVE = "move", _("Move of practice place")
    REPLACEMENT = "replacement", _("Replacement")
    EXTENSION = "extension", _("Extension")


class DocumentKind(models.TextChoices):
    PDF = "pdf", "PDF"
    JPEG = "jpeg", "JPEG"
    PNG = "png", "PNG"


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Received")
    VERIFYING = "verifying", _("Being verified")
    REVISION_REQUESTED = "revision_requested", _("Needs correction")
    AWAITING_RECOMMENDATION = "awaiting_recommendation", _("Awaiting recommendation")
    AWAITING_APPROVAL = "awaiting_approval", _("Awaiting approval")
    APPROVED = "approved", _("Approved")
    ISSUED = "issued", _("Letter issued")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OPEN_STATUSES = (
    Status.SUBMITTED,
    Status.VERIFYING,
    Status.REVISION_REQUESTED,
    Status.AWAITING_RECOMMENDATION,
    Status.AWAITING_APPROVAL,
)
CLOSED_STATUSES = (Status.ISSUED, Status.REJECTED, Status.WITHDRAWN)


class Recommendation(models.TextChoices):
    NONE = "", _("Not yet given")
    RECOMMENDED = "recommended", _("Recommended")
    NOT_RECOMMENDED = "not_recommended", _("Not recommended")


class ActorKind(models.TextChoices):
    STAFF = "staff", _("Staff")
    APPLICANT = "applicant", _("Applicant")
    SYSTEM = "system", _("System")


class StaffGroup:
    """Names of the Wagtail groups that `seed_demo` creates and the code checks."""

    EDITORS = "Editors"  # created by Wagtail itself
    MODERATORS = "Moderators"  # created by Wagtail itself
    VERIFIERS = "Verifiers"
    REVIEWERS = "Reviewers"
    APPROVERS = "Approvers"


class MonthStyle(models.TextChoices):
    """How a letter number writes the month of issue."""

    ROMAN = "roman", _("Roman numerals (XII)")
    NUMERIC = "numeric", _("Digits (12)")
    NONE = "none", _("No month")
