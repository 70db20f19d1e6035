"""Every API error in one shape:

    {"error": {"code": "invalid", "message": "…", "fields": {"status": ["…"]}}}

`code` is a stable machine word, `message` a sentence for a person (in the request's language),
`fields` (only for input errors) the messages per input field."""

import logging

from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from .. import workflow
from ..ingest import DuplicateArticle, ImportRefused

logger = logging.getLogger(__name__)


def error_body(code: str, message: str, fields: dict | None = None) -> dict:
    error = {"code": code, "message": message}
    if fields:
        error["fields"] = fields
    return {"error": error}


def error_response(code: str, message: str, status_code: int, fields: dict | None = None) -> JsonResponse:
    """The same shape from plain Django views and middleware (unknown paths, oversized bodies)."""
    return JsonResponse(error_body(code, message, fields), status=status_code)


def _flatten(detail) -> dict:
    """DRF's nested validation detail as {"field": ["message", …]}; nested fields as "a.b"."""
    if isinstance(detail, list):
        return {"non_field_errors": [str(d) for d in detail]}
    fields = {}
    for name, value in detail.items():
        if isinstance(value, dict):
            fields.update({f"{name}.{k}": v for k, v in _flatten(value).items()})
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for i, item in enumerate(value):
                fields.update({f"{name}.{i}.{k}": v for k, v in _flatten(item).items()})
        else:
            fields[name] = [str(v) for v in (value if isinstance(value, list) else [value])]
    return fields


def handle_exception(exc, context):
    """DRF's EXCEPTION_HANDLER: workflow refusals and every DRF error, reshaped."""
    if isinstance(exc, workflow.StaleVersion):
        return Response(error_body("stale_version", str(exc)), status=status.HTTP_409_CONFLICT)
    if isinstance(exc, DuplicateArticle):
        body = error_body("duplicate", str(exc))
        body["error"]["existing_id"] = exc.existing.pk
        return Response(body, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, workflow.WorkflowError | ImportRefused):
        return Response(error_body("refused", str(exc)), status=status.HTTP_422_UNPROCESSABLE_ENTITY)
    if isinstance(exc, PermissionDenied):
        # Keep the role's refusal message ("that is for a Chief editor"); DRF would drop it.
        exc = exceptions.PermissionDenied(str(exc) or None)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound(str(exc) or None)
    response = exception_handler(exc, context)
    if response is None:
        logger.exception("API request failed", exc_info=exc)
        return Response(
            error_body("server_error", _("Something went wrong on the server; it has been logged.")),
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )
    if isinstance(exc, exceptions.ValidationError):
        fields = _flatten(exc.detail)
        response.data = error_body("invalid", _("The request has errors: see “fields”."), fields)
    elif isinstance(exc, exceptions.Throttled):
        message = _("Too many requests for this token: try again in %(seconds)d seconds.") % {
            "seconds": int(exc.wait or 1)
        }
        response.data = error_body("throttled", message)
    else:
        code = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
        response.data = error_body(code if isinstance(code, str) else "error", str(exc.detail))
    return response
