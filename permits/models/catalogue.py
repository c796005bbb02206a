"""The catalogue: one PermitPage per permit type, under a PermitIndexPage."""

from django.contrib.auth.models import Group
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..constants import Category, DocumentKind


class PermitIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["permits.PermitPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("permit catalogue")


class PermitPage(Page):
    """One permit type: what the public reads and what the application asks."""

    category = models.CharField(
        _("category"), max_length=20, choices=Category.choices, db_index=True
    )
    abbreviation = models.CharField(
        _("abbreviation"),
        max_length=20,
        help_text=_("Short code used in letter numbers, e.g. SIPP."),
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences."))
    product = models.CharField(
        _("product"),
        max_length=200,
        help_text=_("What the applicant receives, e.g. 'Surat Izin Praktik Perawat'."),
    )
    fee = models.CharField(
        _("fee"), max_length=200, default="Rp0 (tidak dipungut biaya)"
    )
    service_days = models.PositiveSmallIntegerField(
        _("service time (working days)"),
        validators=[MinValueValidator(1), MaxValueValidator(120)],
    )
    complaints = RichTextField(_("complaints handling"), blank=True)
    legal_basis = RichTextField(_("legal basis"), blank=True)
    validity_months = models.PositiveSmallIntegerField(
        _("validity (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the letter does not expire."),
    )
    needs_recommendation = models.BooleanField(
        _("needs a recommendation"), default=False
    )
    recommending_office = models.CharField(
        _("recommending office"), max_length=200, blank=True
    )
    reviewer_group = models.ForeignKey(
        Group,
        verbose_name=_("reviewer group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Staff group that gives the recommendation."),
    )
    max_active_permits = models.PositiveSmallIntegerField(
        _("maximum active permits per person"),
        null=True,
        blank=True,
        help_text=_("E.g. 3 for doctors and dentists. Empty: no limit."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("product"),
        index.FilterField("category"),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("abbreviation"),
                FieldPanel("summary"),
                FieldPanel("product"),
                FieldPanel("fee"),
                FieldPanel("service_days"),
                FieldPanel("validity_months"),
            ],
            heading=_("Service standard"),
        ),
        InlinePanel("steps", label=_("Procedure steps")),
        InlinePanel("requirements", label=_("Document requirements")),
        InlinePanel("form_fields", label=_("Application questions")),
        FieldPanel("legal_basis"),
        FieldPanel("complaints"),
        MultiFieldPanel(
            [
                FieldPanel("needs_recommendation"),
                FieldPanel("recommending_office"),
                FieldPanel("reviewer_group"),
                FieldPanel("max_active_permits"),
            ],
            heading=_("Processing"),
        ),
    ]
    parent_page_types = ["permits.PermitIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("permit page")


class ProcedureStep(Orderable):
    page = ParentalKey(PermitPage, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    working_days = models.PositiveSmallIntegerField(_("working days"), default=0)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("working_days"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("procedure step")


class DocumentRequirement(Orderable):
    """A document the applicant uploads; also the public requirement list."""

    page = ParentalKey(
        PermitPage, on_delete=models.CASCADE, related_name="requirements"
    )
    key = models.SlugField(
        _("key"),
        max_length=60,
        help_text=_("Stable name used to file uploads, e.g. 'ktp'."),
    )
    label = models.CharField(_("label"), max_length=200)
    help_text = models.TextField(_("help"), blank=True)
    required = models.BooleanField(_("required"), default=True)
    accepted_kinds = models.JSONField(
        _("accepted kinds"),
        default=list,
        help_text=_("Any of: %(kinds)s") % {"kinds": ", ".join(DocumentKind.values)},
    )
    max_size_mb = models.PositiveSmallIntegerField(
        _("size limit (MB)"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )
    multiple = models.BooleanField(_("several files allowed"), default=False)

    panels = [
        FieldPanel("key"),
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldPanel("required"),
        FieldPanel("accepted_kinds"),
        FieldPanel("max_size_mb"),
        FieldPanel("multiple"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("document requirement")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "key"], name="unique_requirement_key_per_page"
            )
        ]


class PermitFormField(AbstractFormField):
    """A permit's own question, built on Wagtail's form-field machinery."""

    page = ParentalKey(PermitPage, on_delete=models.CASCADE, related_name="form_fields")
