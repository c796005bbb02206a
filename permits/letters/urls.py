from django.urls import path

from . import views

app_name = "letters"

urlpatterns = [
    path("verifikasi/", views.check, name="check"),
    path("verifikasi/<str:public_id>/", views.check, name="verify"),
    path(
        "permohonan/<str:token>/surat/",
        views.applicant_download,
        name="applicant_download",
    ),
]
