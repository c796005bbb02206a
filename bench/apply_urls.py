from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from sinopen_site.urls import urlpatterns as site_urlpatterns


@csrf_exempt
def bare_post(request):
    """The ceiling: Django takes the same multipart body apart, nothing else."""
    received = sum(upload.size for upload in request.FILES.values())
    return HttpResponse(str(received), content_type="text/plain")


urlpatterns = [path("_bench/bare-post/", bare_post), *site_urlpatterns]
