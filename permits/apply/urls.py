"""Public URLs of applying: tracking and the applicant's secret page.

The form itself is a route of each permit page (see `pages.py`).
"""

from django.urls import path

from . import applicant, tracking

app_name = "apply"

urlpatterns = [
    path("lacak/", tracking.track, name="track"),
    path(
        "permohonan/<str:token>/",
        applicant.application_page_view,
        name="applicant",
    ),
    path(
        "permohonan/<str:token>/dokumen/<int:document_id>/",
        applicant.document_view,
        name="document",
    ),
    path(
        "permohonan/<str:token>/kirim-ulang/",
        applicant.resubmit_view,
        name="resubmit",
    ),
    path("permohonan/<str:token>/tarik/", applicant.withdraw_view, name="withdraw"),
]
