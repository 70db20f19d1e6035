import re
import uuid

from . import audit

# Accept a proxy's request id when it looks like one; otherwise make our own.
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestIdMiddleware:
    """Give every request an id, echo it in `X-Request-ID`, and make it the cause of any audit event
    written while the request is handled."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request.id = incoming if _VALID_ID.match(incoming) else uuid.uuid4().hex
        via = "admin" if request.path.startswith("/admin/") else "web"
        with audit.cause(via, request_id=request.id):
            response = self.get_response(request)
        response["X-Request-ID"] = request.id
        return response
