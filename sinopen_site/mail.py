"""The mail backend used when no SMTP server is configured."""

import os
import uuid

from django.core.mail.backends.filebased import EmailBackend
from django.utils import timezone


class MessageFileBackend(EmailBackend):
    """Write each connection's messages to a file whose name is never reused.

    Django names the file after the second and the backend object's ``id()``;
    a backend freed and another made within the same second can get the same
    ``id()``, and the second message is then appended to the first one's file.
    A random part in the name keeps one file per message, as the README says.
    """

    def _get_filename(self):
        if self._fname is None:
            stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
            name = f"{stamp}-{uuid.uuid4().hex[:12]}.log"
            self._fname = os.path.join(self.file_path, name)
        return self._fname
