from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _


class NumberCheckForm(forms.Form):
    nomor = forms.CharField(
        label=_("Letter number"),
        max_length=100,
        help_text=_("As printed after “Nomor”, e.g. 503/0007/SIPP/DPMPTSP/XII/2026."),
    )


class FileCheckForm(forms.Form):
    berkas = forms.FileField(
        label=_("The letter as a PDF file"),
        help_text=_("The PDF file you received or downloaded, unchanged."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
        error_messages={
            "required": _("Choose the PDF file of the letter."),
            "empty": _("The file is empty. Choose the letter's PDF file."),
            "invalid": _("No file arrived. Choose the letter's PDF file again."),
        },
    )

    def clean_berkas(self):
        uploaded = self.cleaned_data["berkas"]
        limit = settings.LETTER_CHECK_MAX_UPLOAD
        if uploaded.size > limit:
            raise forms.ValidationError(
                _(
                    "The file is too large (at most %(limit)s). A letter is far smaller."
                ),
                params={"limit": filesizeformat(limit)},
            )
        uploaded.seek(0)
        head = uploaded.read(64)
        uploaded.seek(0)
        if not head.lstrip().startswith(b"%PDF-"):
            raise forms.ValidationError(
                _("This is not a PDF file. Choose the letter's PDF file.")
            )
        return uploaded
