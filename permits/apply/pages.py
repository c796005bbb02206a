"""The application form as routes of a permit page.

`<permit page>/ajukan/` is the form, `ajukan/periksa/` the check step,
`ajukan/kirim/` takes the final post and `ajukan/terkirim/<form key>/` is the
receipt. The anonymous page cache only ever stores a page's own URL, never these.
"""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class ApplyRoutesMixin(RoutablePageMixin):
    @path("ajukan/", name="apply")
    def serve_apply_form(self, request):
        from .views import form_view

        return form_view(self, request)

    @path("ajukan/periksa/", name="apply_check")
    def serve_apply_check(self, request):
        from .views import check_view

        return check_view(self, request)

    @path("ajukan/kirim/", name="apply_submit")
    def serve_apply_submit(self, request):
        from .views import submit_view

        return submit_view(self, request)

    @path("ajukan/terkirim/<str:key>/", name="apply_receipt")
    def serve_apply_receipt(self, request, key):
        from .views import receipt_view

        return receipt_view(self, request, key)

    def get_view_restrictions(self):
        """The restrictions found with the page by `routing.find_permit_page`,
        if it found this page; otherwise Wagtail's query, as everywhere else."""
        known = self.__dict__.get("known_view_restrictions")
        if known is not None:
            return known
        return super().get_view_restrictions()

    def apply_route_url(self, name, request=None, **kwargs):
        return self.get_url(request) + self.reverse_subpage(name, kwargs=kwargs)
