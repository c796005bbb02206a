"""Log events, not sentences: `event_name key=value ...` with ids as fields.

Request logs (runserver's, Django's, gunicorn's access log) name no secret links
and no searches: see `redact_urls`.
"""

import logging
import re

_RESERVED = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}

# What in a URL opens someone's application or says what staff looked for. The
# applicant's link is the key to their page, letter and documents; the receipt
# shows what they sent; a query string may hold a NIK or a name (admin searches).
_SECRETS = [
    (re.compile(r"(/permohonan/)[^/\s?#\"'<>]+"), r"\1…"),
    (re.compile(r"(/ajukan/terkirim/)[^/\s?#\"'<>]+"), r"\1…"),
    (re.compile(r"(/[^\s?\"'<>]*)\?[^\s#\"'<>]*"), r"\1?…"),
]


def redact_urls(text):
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class RedactUrls(logging.Filter):
    """For loggers whose messages carry request URLs."""

    def filter(self, record):
        record.msg = redact_urls(record.getMessage())
        record.args = None
        return True


class EventFormatter(logging.Formatter):
    def format(self, record):
        fields = {
            key: value for key, value in vars(record).items() if key not in _RESERVED
        }
        parts = [
            self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            record.levelname.lower(),
            record.name,
            record.getMessage(),
        ]
        # A `request` field shows its URL.
        parts += [
            f"{key}={redact_urls(repr(value))}" for key, value in sorted(fields.items())
        ]
        text = " ".join(parts)
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return text
