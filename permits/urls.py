"""Public, non-page URLs of the permit domain: tracking, the applicant's page,
documents, letter verification."""

from django.urls import include, path

urlpatterns = [
    path("", include("permits.apply.urls")),
    path("", include("permits.letters.urls")),
]
