"""Choices shared across the permit domain."""

from django.db import models
from django.utils.translation import gettext
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


# A requirement that names no kind takes PDF.
DEFAULT_DOCUMENT_KINDS = (DocumentKind.PDF,)


def document_kinds(accepted_kinds):
    """The kinds a requirement accepts (PDF when it names none)."""
    return list(accepted_kinds or DEFAULT_DOCUMENT_KINDS)


def document_kinds_text(kinds):
    """The kinds as people read them: "PDF", "PDF atau JPEG", "PDF, JPEG atau
    PNG". The form, the permit page and the upload errors all say it this way."""
    labels = dict(DocumentKind.choices)
    names = [labels.get(kind, str(kind).upper()) for kind in document_kinds(kinds)]
    if len(names) == 1:
        return names[0]
    return gettext("%(list)s or %(last)s") % {
        "list": ", ".join(names[:-1]),
        "last": names[-1],
    }


def document_size_text(max_size_mb):
    """The size limit as people read it: "maks. 2 MB"."""
    return gettext("max. %(size)s MB") % {"size": max_size_mb}


def document_rule_text(kinds, max_size_mb, multiple=False):
    """What a document may be, in one line: "PDF, JPEG atau PNG · maks. 2 MB"
    (and "· boleh beberapa berkas"), the same on the permit page and the form."""
    parts = [document_kinds_text(kinds), document_size_text(max_size_mb)]
    if multiple:
        parts.append(gettext("several files allowed"))
    return " · ".join(parts)


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
