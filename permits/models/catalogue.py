"""The catalogue: one PermitPage per permit type, under a PermitIndexPage."""

from django import forms
from django.contrib.auth.models import Group
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.contrib.forms.utils import get_field_clean_name
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .. import conditions
from ..apply.pages import ApplyRoutesMixin
from ..constants import (
    Category,
    DocumentKind,
    MonthStyle,
    TransactionKind,
    document_rule_text,
)
from ..letters import placeholders
from ..letters.panels import PlaceholderHelpPanel

# What a list of permits needs; keeps the catalogue query narrow.
PERMIT_LIST_FIELDS = (
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "category",
    "abbreviation",
    "summary",
    "service_days",
    "fee",
)


class PermitIndexPage(Page):
    """The catalogue at `/layanan/`: every permit type, grouped by category."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["permits.PermitPage"]
    max_count_per_parent = 1
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("permit catalogue")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        # One query for the whole list, however long it is, and no count query.
        permits = (
            PermitPage.objects.child_of(self)
            .live()
            .public()
            .only(*PERMIT_LIST_FIELDS)
            .order_by("title")
        )
        chosen = request.GET.get("kategori", "")
        if chosen in Category.values:
            permits = permits.filter(category=chosen)
        else:
            chosen = ""

        groups = {value: [] for value in Category.values}
        for permit in permits:
            groups[permit.category].append(permit)
        context["chosen_category"] = chosen
        context["category_choices"] = Category.choices
        context["categories"] = [
            {"value": value, "label": label, "permits": groups[value]}
            for value, label in Category.choices
            if groups[value]
        ]
        return context


class PermitPageForm(WagtailAdminPageForm):
    """Editor form: transaction kinds as checkboxes, steps that add up."""

    transaction_kinds = forms.MultipleChoiceField(
        label=_("transaction kinds offered"),
        choices=TransactionKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def clean(self):
        cleaned_data = super().clean()
        self.check_letter_placeholders(cleaned_data)
        self.check_letter_series(cleaned_data)
        self.check_requirement_conditions(cleaned_data)

        steps = self.formsets.get("steps")
        if steps is None or not steps.is_valid():
            return cleaned_data
        total = sum(
            form.cleaned_data.get("working_days") or 0
            for form in steps.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        )
        service_days = cleaned_data.get("service_days")
        if service_days is not None and total and service_days != total:
            self.add_error(
                "service_days",
                ngettext(
                    "The procedure steps add up to %(total)d working day; the "
                    "service time must say the same.",
                    "The procedure steps add up to %(total)d working days; the "
                    "service time must say the same.",
                    total,
                )
                % {"total": total},
            )
        return cleaned_data

    def questions(self):
        """The questions as they will be saved (None while they have errors)."""
        formset = self.formsets.get("form_fields")
        if formset is None:
            return []
        if not formset.is_valid():
            return None
        return [
            form.instance
            for form in formset.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
        ]

    def check_requirement_conditions(self, cleaned_data):
        formset = self.formsets.get("requirements")
        questions = self.questions()
        if formset is None or questions is None or not formset.is_valid():
            return
        kinds = cleaned_data.get("transaction_kinds") or []
        for form in formset.forms:
            data = form.cleaned_data
            if not data or data.get("DELETE") or not data.get("required_when"):
                continue
            if data.get("required"):
                form.add_error(
                    "required_when",
                    _(
                        "Untick “required” for a document that is needed only "
                        "under a condition."
                    ),
                )
                continue
            try:
                conditions.read(data["required_when"], questions, kinds)
            except conditions.ConditionError as error:
                form.add_error("required_when", str(error))

    def question_names(self):
        """The answer keys of the questions as they will be saved (None while the
        questions themselves have errors)."""
        questions = self.questions()
        if questions is None:
            return None
        return {
            question.clean_name or get_field_clean_name(question.label or "")
            for question in questions
        }

    def check_letter_series(self, cleaned_data):
        """Two permit types whose numbers look alike must count in one series, or
        they would one day hand out the same number twice."""
        page = PermitPage(
            abbreviation=cleaned_data.get("abbreviation") or "",
            letter_archive_code=cleaned_data.get("letter_archive_code") or "",
            letter_unit_code=cleaned_data.get("letter_unit_code") or "",
            letter_month_style=cleaned_data.get("letter_month_style") or "",
            letter_series=cleaned_data.get("letter_series") or "",
        )
        others = PermitPage.objects.exclude(pk=self.instance.pk).filter(
            letter_archive_code=page.letter_archive_code,
            letter_month_style=page.letter_month_style,
        )
        for other in others:
            if (
                other.letter_unit() == page.letter_unit()
                and other.letter_series_key() != page.letter_series_key()
            ):
                self.add_error(
                    "letter_series",
                    _(
                        "“%(other)s” numbers its letters with the same codes in "
                        "another series, so both would give out the same numbers. "
                        "Use its series (%(series)s) or other codes."
                    )
                    % {"other": other.title, "series": other.letter_series_key()},
                )
                return

    def check_letter_placeholders(self, cleaned_data):
        template = cleaned_data.get("letter_template") or ""
        questions = self.question_names()
        if questions is None:
            return
        unknown = placeholders.unknown_in(template, questions)
        if unknown:
            self.add_error(
                "letter_template",
                ngettext(
                    "Unknown placeholder: %(names)s. Use only the placeholders "
                    "listed below the template.",
                    "Unknown placeholders: %(names)s. Use only the placeholders "
                    "listed below the template.",
                    len(unknown),
                )
                % {"names": ", ".join("{" + name + "}" for name in unknown)},
            )


class PermitPage(ApplyRoutesMixin, Page):
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
    who_can_apply = models.TextField(
        _("who can apply"),
        blank=True,
        help_text=_("Plain words: who needs this permit and who does not."),
    )
    keywords = models.TextField(
        _("search keywords"),
        blank=True,
        help_text=_(
            "Words people type when looking for this permit, e.g. other names of "
            "the profession. Not shown on the page."
        ),
    )
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
        help_text=_("Must equal the working days of the procedure steps together."),
    )
    complaints = RichTextField(_("complaints handling"), blank=True)
    legal_basis = RichTextField(_("legal basis"), blank=True)
    validity_months = models.PositiveSmallIntegerField(
        _("validity (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the letter does not expire."),
    )
    transaction_kinds = models.JSONField(
        _("transaction kinds offered"),
        default=list,
        blank=True,
        help_text=format_lazy(
            _("Any of: {kinds}"), kinds=", ".join(TransactionKind.values)
        ),
    )
    popular = models.BooleanField(
        _("most used"),
        default=False,
        help_text=_("Shown among the most used services on the home page."),
    )
    needs_recommendation = models.BooleanField(
        _("needs a recommendation"), default=False
    )
    recommending_office = models.CharField(
        _("recommending office"),
        max_length=200,
        blank=True,
        help_text=_("The office that reviews applications and recommends."),
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

    # The letter: its title, how its number is made, its wording and its copies.
    letter_title = models.CharField(
        _("letter title"),
        max_length=200,
        blank=True,
        help_text=_(
            "As printed, e.g. 'SURAT IZIN PRAKTIK PERAWAT'. Empty: the product "
            "in capitals."
        ),
    )
    # The lengths keep a number within Letter.number and a series within
    # Sequence.series (80 characters each).
    letter_archive_code = models.CharField(
        _("archive code"),
        max_length=10,
        default="503",
        blank=True,
        help_text=_("Classification code that starts the number, e.g. 503."),
    )
    letter_unit_code = models.CharField(
        _("unit code"),
        max_length=40,
        blank=True,
        help_text=_("E.g. 'SIPP/DPMPTSP'. Empty: the abbreviation."),
    )
    letter_month_style = models.CharField(
        _("month in the number"),
        max_length=10,
        choices=MonthStyle.choices,
        default=MonthStyle.ROMAN,
    )
    letter_number_padding = models.PositiveSmallIntegerField(
        _("digits of the running number"),
        default=4,
        validators=[MinValueValidator(1), MaxValueValidator(8)],
        help_text=_("4 gives 0007."),
    )
    letter_series = models.CharField(
        _("number series"),
        max_length=60,
        blank=True,
        help_text=_(
            "Permit types with the same series share one running number, which "
            "starts again at 1 each year. Empty: one series per archive and unit "
            "code."
        ),
    )
    letter_template = RichTextField(
        _("letter text"),
        blank=True,
        features=["bold", "italic", "ol", "ul"],
        help_text=_(
            "The decision, with the holder's particulars and the validity. Words "
            "in braces, such as {holder_name}, are filled in from the application."
        ),
    )
    letter_copies = models.TextField(
        _("copies to (tembusan)"),
        blank=True,
        help_text=_("One recipient per line."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("keywords", boost=4),
        index.SearchField("abbreviation", boost=3),
        index.SearchField("product", boost=2),
        index.SearchField("summary"),
        index.AutocompleteField("keywords"),
        index.FilterField("category"),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("category"), FieldPanel("abbreviation")]),
                FieldPanel("summary"),
                FieldPanel("who_can_apply"),
                FieldPanel("keywords"),
                FieldPanel("popular"),
            ],
            heading=_("About this service"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("product"),
                FieldPanel("fee"),
                FieldRowPanel(
                    [FieldPanel("service_days"), FieldPanel("validity_months")]
                ),
                FieldPanel("transaction_kinds"),
            ],
            heading=_("Service standard"),
        ),
        InlinePanel("steps", label=_("Procedure steps"), min_num=1),
        InlinePanel("requirements", label=_("Document requirements")),
        InlinePanel("form_fields", label=_("Application questions")),
        InlinePanel("blank_forms", label=_("Blank forms to download")),
        InlinePanel("related_guides", label=_("Related guides")),
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
        MultiFieldPanel(
            [
                FieldPanel("letter_title"),
                FieldRowPanel(
                    [
                        FieldPanel("letter_archive_code"),
                        FieldPanel("letter_unit_code"),
                        FieldPanel("letter_month_style"),
                        FieldPanel("letter_number_padding"),
                    ]
                ),
                FieldPanel("letter_series"),
                FieldPanel("letter_template"),
                PlaceholderHelpPanel(),
                FieldPanel("letter_copies"),
            ],
            heading=_("Letter"),
        ),
    ]
    api_fields = [
        APIField("category"),
        APIField("abbreviation"),
        APIField("summary"),
        APIField("who_can_apply"),
        APIField("product"),
        APIField("fee"),
        APIField("service_days"),
        APIField("validity_months"),
        APIField("transaction_kinds"),
        APIField("requirements"),
        APIField("steps"),
        APIField("complaints"),
        APIField("legal_basis"),
        APIField("needs_recommendation"),
        APIField("recommending_office"),
        APIField("blank_forms"),
    ]
    base_form_class = PermitPageForm
    parent_page_types = ["permits.PermitIndexPage"]
    subpage_types = []
    template = "permits/permit_page.html"

    class Meta:
        verbose_name = _("permit page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["apply_url"] = self.get_apply_url(request)
        context["transaction_kind_labels"] = self.transaction_kind_labels()
        context["blank_form_list"] = self.blank_forms.select_related("document")
        context["guide_list"] = [
            link.guide
            for link in self.related_guides.select_related("guide")
            if link.guide.live
        ]
        return context

    @property
    def preview_modes(self):
        return [*super().preview_modes, ("letter", _("Letter"))]

    def serve_preview(self, request, mode_name):
        if mode_name == "letter":
            from ..letters.preview import letter_preview

            return letter_preview(self, request)
        return super().serve_preview(request, mode_name)

    def letter_unit(self):
        return self.letter_unit_code or self.abbreviation

    def letter_series_key(self):
        """Which running number the letters take (see `letter_series`)."""
        return self.letter_series or f"{self.letter_archive_code}/{self.letter_unit()}"

    def letter_copy_list(self):
        return [
            line.strip() for line in self.letter_copies.splitlines() if line.strip()
        ]

    def transaction_kind_labels(self):
        labels = dict(TransactionKind.choices)
        return [labels[kind] for kind in self.transaction_kinds if kind in labels]

    def get_apply_url(self, request=None):
        """Where the "Ajukan permohonan" link points (the form is a route here)."""
        return self.get_url(request) + "ajukan/"


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
    api_fields = [
        APIField("title"),
        APIField("description"),
        APIField("working_days"),
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
    required_when = models.CharField(
        _("required only when"),
        max_length=255,
        blank=True,
        help_text=_(
            "For a document that only some applicants need (leave “required” "
            "unticked): the question, a colon and the answer or answers, separated "
            "by “;”, as the form shows them. E.g. “Jenis praktik: Praktik mandiri” "
            "or “Jenis permohonan: Perpanjangan; Pindah tempat praktik”."
        ),
    )
    accepted_kinds = models.JSONField(
        _("accepted kinds"),
        default=list,
        help_text=format_lazy(
            _("Any of: {kinds}"), kinds=", ".join(DocumentKind.values)
        ),
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
        FieldPanel("required_when"),
        FieldPanel("accepted_kinds"),
        FieldPanel("max_size_mb"),
        FieldPanel("multiple"),
    ]
    api_fields = [
        APIField("key"),
        APIField("label"),
        APIField("help_text"),
        APIField("required"),
        APIField("required_when"),
        APIField("accepted_kinds"),
        APIField("max_size_mb"),
        APIField("multiple"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("document requirement")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "key"], name="unique_requirement_key_per_page"
            )
        ]

    def rule_text(self):
        """What the document may be, as the form says it too."""
        return document_rule_text(self.accepted_kinds, self.max_size_mb, self.multiple)


class PermitFormField(AbstractFormField):
    """A permit's own question, built on Wagtail's form-field machinery."""

    page = ParentalKey(PermitPage, on_delete=models.CASCADE, related_name="form_fields")


class PermitBlankForm(Orderable):
    """A blank form (Wagtail document) the applicant downloads, fills and uploads."""

    page = ParentalKey(PermitPage, on_delete=models.CASCADE, related_name="blank_forms")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the document's own title."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]
    api_fields = [APIField("display_title"), APIField("download_url")]

    class Meta(Orderable.Meta):
        verbose_name = _("blank form")

    @property
    def display_title(self):
        return self.title or self.document.title

    @property
    def download_url(self):
        return self.document.url


class PermitRelatedGuide(Orderable):
    page = ParentalKey(
        PermitPage, on_delete=models.CASCADE, related_name="related_guides"
    )
    guide = models.ForeignKey(
        "guides.GuidePage",
        verbose_name=_("guide"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("guide", page_type="guides.GuidePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related guide")
