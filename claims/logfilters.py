"""Logging filters named in settings.LOGGING."""

import logging

from django.core.exceptions import PermissionDenied


class RefusalsBriefly(logging.Filter):
    """A refused action (PermissionDenied, answered with a 403 page) is an everyday event, not a
    fault: one line, without the traceback Django's request logger attaches."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], PermissionDenied):
            record.exc_info, record.exc_text = None, None
        return True
