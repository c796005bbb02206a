"""Public, non-page URLs of the permit domain (tracking, verification, ...)."""

app_name = "permits"
urlpatterns = []
