from django.http import HttpResponse
from django.urls import path

from sinopen_site.urls import urlpatterns as site_urlpatterns


def bare(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("_bench/bare/", bare), *site_urlpatterns]
