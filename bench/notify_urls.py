"""The benchmark URLs plus a stand-in for the public submit view.

`/_bench/submit/` stores an application through `create_application`, the same
function the real submit view calls (with its event and outbox rows), without
the form, the uploads and CSRF. When the public form exists, point
`bench.notify.SUBMIT_PATH` at it and post the form there instead.
"""

import secrets

from django.http import HttpResponse, HttpResponseNotAllowed
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from bench.urls import urlpatterns as bench_urlpatterns
from permits.apply.submit import create_application
from permits.models import PermitPage


@csrf_exempt
def submit_stand_in(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    page = PermitPage.objects.live().order_by("pk").first()
    application, _token, _created = create_application(
        page,
        full_name="Pemohon Uji Beban",
        nik="1371024107950002",
        email=f"bench-{secrets.token_hex(6)}@example.com",
        phone="+6281266554321",
        address="Jl. Perintis Kemerdekaan No. 77, Padang",
        answers={"practice_place": "Puskesmas Andalas"},
    )
    return HttpResponse(application.number, status=201, content_type="text/plain")


urlpatterns = [path("_bench/submit/", submit_stand_in), *bench_urlpatterns]
