import logging
import os

from django.core.wsgi import get_wsgi_application

from .logging import RedactUrls

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sinopen_site.settings.dev")

application = get_wsgi_application()

# gunicorn sets up its access log (off unless --access-logfile) itself, outside
# LOGGING; its lines are redacted like runserver's.
logging.getLogger("gunicorn.access").addFilter(RedactUrls())
