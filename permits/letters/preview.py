"""The editor's "Letter" preview: the page's letter for a sample application."""

from django.http import HttpResponse

from . import document, render


def letter_preview(page, request):
    sample = document.sample_for(page, page.form_fields.all())
    response = HttpResponse(render.letter_html(sample, screen=True))
    response["Cache-Control"] = "private, no-store"
    return response
