"""Log events, not sentences: `event_name key=value ...` with ids as fields."""

import logging

_RESERVED = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


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
        parts += [f"{key}={value!r}" for key, value in sorted(fields.items())]
        text = " ".join(parts)
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return text
