"""Letters in the Wagtail admin: the list, a letter's page with revocation, the
download of one signed PDF (`sinopen_letters:download`) and of a day's letters as
one ZIP file. Each screen keeps to the user's permit categories (`StaffScope`); a
letter outside them is "not found", as its application is."""

import datetime
import logging
import tempfile
import zipfile

from django import forms
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter, log

from ..backoffice.scope import StaffScope
from ..files import private_file_response
from ..models import Letter
from ..models.letters import LetterState
from . import access
from .dates import indonesian_date

logger = logging.getLogger("sinopen.letters")

PER_PAGE = 50

# Recorded against the letter's application, beside the views of its documents.
LETTER_LOG_ACTION = "sinopen.letter.download"


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for revocation"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=gettext_lazy(
            "Shown to anyone who checks the letter, so write it for the public."
        ),
        error_messages={"required": gettext_lazy("Please write the reason.")},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Please write the reason."))
        return reason


class FilterForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Search"), required=False, max_length=100)
    tanggal = forms.DateField(
        label=gettext_lazy("Issued on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("All"))] + LetterState.choices,
    )


def letter_rows(request):
    letters = (
        StaffScope.of(request)
        .letters(
            Letter.objects.select_related("application__permit_page", "revoked_by")
        )
        .order_by("-issued_on", "-pk")
    )
    form = FilterForm(request.GET or None)
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        if query:
            letters = letters.filter(
                Q(number__icontains=query)
                | Q(application__number__icontains=query)
                | Q(application__full_name__icontains=query)
            )
        if form.cleaned_data["tanggal"]:
            letters = letters.filter(issued_on=form.cleaned_data["tanggal"])
        status = form.cleaned_data["status"]
        today = timezone.localdate()
        if status == LetterState.REVOKED:
            letters = letters.filter(revoked_at__isnull=False)
        elif status == LetterState.PENDING:
            letters = letters.filter(revoked_at__isnull=True, sha256="")
        elif status == LetterState.EXPIRED:
            letters = letters.filter(
                revoked_at__isnull=True, valid_until__lt=today
            ).exclude(sha256="")
        elif status == LetterState.VALID:
            letters = (
                letters.filter(revoked_at__isnull=True)
                .exclude(sha256="")
                .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))
            )
    return form, letters


def index(request):
    if not access.may_list(request.user):
        raise PermissionDenied
    form, letters = letter_rows(request)
    page = Paginator(letters, PER_PAGE).get_page(request.GET.get("p"))
    return render(
        request,
        "permits/letters/admin/index.html",
        {
            "page_title": _("Letters"),
            "header_icon": "doc-full",
            "filter_form": form,
            "letters": page,
            "today": timezone.localdate(),
            "may_revoke": access.may_revoke(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
def detail(request, pk):
    if not access.may_download(request.user):
        raise PermissionDenied
    letter = get_object_or_404(
        StaffScope.of(request).letters(
            Letter.objects.select_related("application__permit_page", "revoked_by")
        ),
        pk=pk,
    )
    may_revoke = access.may_revoke(request.user)
    form = RevokeForm()
    if request.method == "POST":
        if not may_revoke:
            raise PermissionDenied
        form = RevokeForm(request.POST)
        if form.is_valid():
            if revoke(letter, request.user, form.cleaned_data["reason"]):
                messages.success(
                    request,
                    _("Letter %(number)s is revoked.") % {"number": letter.number},
                )
            else:
                messages.warning(request, _("This letter was already revoked."))
            return redirect("sinopen_letters:detail", letter.pk)
    return render(
        request,
        "permits/letters/admin/detail.html",
        {
            "page_title": letter.number,
            "header_icon": "doc-full",
            "letter": letter,
            "state": letter.state(),
            "form": form,
            "may_revoke": may_revoke and letter.revoked_at is None,
        },
    )


def revoke(letter, user, reason):
    """Revoke once; returns False when it already was."""
    with transaction.atomic():
        locked = Letter.objects.select_for_update().get(pk=letter.pk)
        if locked.revoked_at is not None:
            return False
        locked.revoked_at = timezone.now()
        locked.revoked_by = user
        locked.revoked_reason = reason
        locked.save(update_fields=["revoked_at", "revoked_by", "revoked_reason"])
    logger.info("letter_revoked", extra={"letter_id": letter.pk, "user_id": user.pk})
    return True


def record_download(letter, user, *, download=True, day=None):
    """An entry in the admin's audit log: who took which letter, and how."""
    log(
        letter.application,
        LETTER_LOG_ACTION,
        user=user,
        data={
            "letter": letter.pk,
            "number": letter.number,
            "download": download,
            "day": day.isoformat() if day else None,
        },
    )


def download(request, pk):
    if not access.may_download(request.user):
        raise PermissionDenied
    letter = get_object_or_404(
        StaffScope.of(request).letters(Letter.objects.select_related("application")),
        pk=pk,
    )
    if not letter.is_ready:
        raise Http404
    inline = request.GET.get("inline") == "1"

    record_download(letter, request.user, download=not inline)
    logger.info(
        "letter_downloaded",
        extra={"letter_id": letter.pk, "by": "staff", "user_id": request.user.pk},
    )
    return private_file_response(
        letter.pdf, letter.download_name(), "pdf", inline=inline
    )


def day(request):
    """Every signed letter of one day in one ZIP file, for the approver (those of
    the categories the user sees)."""
    if not access.may_list(request.user):
        raise PermissionDenied
    try:
        date = datetime.date.fromisoformat(request.GET.get("tanggal", ""))
    except ValueError:
        date = timezone.localdate()
    letters = (
        StaffScope.of(request)
        .letters(Letter.objects.filter(issued_on=date).select_related("application"))
        .exclude(sha256="")
        .order_by("pk")
    )
    if not letters.exists():
        messages.warning(
            request,
            _("No signed letters were issued on %(date)s.")
            % {"date": date.isoformat()},
        )
        return redirect(reverse("sinopen_letters:index") + f"?tanggal={date}")

    # PDFs are compressed already: stored as they are. Large days spill to disk.
    archive = tempfile.SpooledTemporaryFile(max_size=20 * 1024 * 1024)  # noqa: SIM115 -- the response closes it
    count = 0
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as bundle:
        for letter in letters.iterator():
            with letter.pdf.open("rb") as pdf:
                bundle.writestr(letter.download_name(), pdf.read())
            record_download(letter, request.user, day=date)
            count += 1
    archive.seek(0)
    logger.info(
        "letters_day_downloaded",
        extra={"date": date.isoformat(), "count": count, "user_id": request.user.pk},
    )
    response = FileResponse(
        archive,
        as_attachment=True,
        filename=f"surat-izin-{date.isoformat()}.zip",
        content_type="application/zip",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


urlpatterns = [
    path("", index, name="index"),
    path("hari/", day, name="day"),
    path("<int:pk>/", detail, name="detail"),
    path("<int:pk>/unduh/", download, name="download"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("surat/", include((urlpatterns, "sinopen_letters")))]


class LettersMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_list(request.user)


@hooks.register("register_admin_menu_item")
def register_letters_menu_item():
    return LettersMenuItem(
        gettext_lazy("Letters"),
        reverse("sinopen_letters:index"),
        icon_name="doc-full",
        order=210,
    )


@hooks.register("register_permissions")
def register_letter_permissions():
    """Seeing letters and revoking them, to grant to groups in the admin."""
    return Permission.objects.filter(
        content_type__app_label="permits",
        codename__in=["view_letter", "change_letter"],
    )


@hooks.register("register_log_actions")
def register_letter_log_actions(actions):
    @actions.register_action(LETTER_LOG_ACTION)
    class LetterDownloaded(LogFormatter):
        label = gettext_lazy("Download a letter")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            values = {"number": data.get("number", "")}
            if data.get("day"):
                day = datetime.date.fromisoformat(data["day"])
                values["day"] = indonesian_date(day)
                return (
                    _("Downloaded letter %(number)s with the letters of %(day)s")
                    % values
                )
            if data.get("download"):
                return _("Downloaded letter %(number)s") % values
            return _("Viewed letter %(number)s") % values
