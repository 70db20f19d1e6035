import re
import uuid

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from . import audit

# Accept a proxy's request id when it looks like one; otherwise make our own.
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def is_api(request) -> bool:
    return request.path.startswith("/api/")


class RequestIdMiddleware:
    """Give every request an id, echo it in `X-Request-ID`, and make it the cause of any audit event
    written while the request is handled."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request.id = incoming if _VALID_ID.match(incoming) else uuid.uuid4().hex
        via = "admin" if request.path.startswith("/admin/") else "api" if is_api(request) else "web"
        with audit.cause(via, request_id=request.id):
            response = self.get_response(request)
        response["X-Request-ID"] = request.id
        return response


class RequestSizeMiddleware:
    """Refuse a request whose declared body is larger than the server takes, before anything reads
    it (the CSRF check would read a whole 50 MB upload first), saying what the limit is."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        # An article file, plus room for the form's other fields (settings.py).
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if length > limit and is_api(request):
            from .api.errors import error_response

            message = _("The request body has %(length)s bytes; the limit is %(limit)s.") % {
                "length": f"{length:,}",
                "limit": f"{limit:,}",
            }
            return error_response("too_large", message, 413)
        if length > limit:
            context = {
                "length": f"{length:,}",
                "limit": f"{limit:,}",
                "file_limit": f"{settings.FACTCHECK_MAX_UPLOAD_BYTES:,}",
                "chars_limit": f"{settings.FACTCHECK_MAX_ARTICLE_CHARS:,}",
            }
            return render(request, "413.html", context, status=413)
        return self.get_response(request)


# Pages a signed-in account without a role may still use.
_ROLELESS_ALLOWED = {"logout", "password_change", "password_change_done", "set_language"}


class NoRoleMiddleware:
    """An account without a role (no group, not a superuser) sees nothing of the desk: the
    dashboard says it has no role yet, every other page is refused (403), the audit log and the
    exports included. Its POSTs reach the views, whose workflow refuses them by permission with
    the specific reason. Pages marked @login_not_required and the admin (staff only, checked by
    model permission) are not affected."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if (
            request.method not in ("GET", "HEAD")
            or not user.is_authenticated
            or user.is_superuser
            or not getattr(view_func, "login_required", True)
        ):
            return None
        match = request.resolver_match
        if match.url_name in _ROLELESS_ALLOWED or match.app_name == "admin":
            return None
        # The permissions a role gives (cached on the user: the top bar asks for them next), not
        # a separate query for the groups
        if user.get_group_permissions():
            return None
        status = 200 if match.view_name == "claims:dashboard" else 403
        return render(request, "no_role.html", status=status)


class LoginThrottleMiddleware:
    """A login POST from an address that has used up its failed logins in the current window is
    refused (429) before the password is checked, saying until when (claims.throttle)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path == reverse("login"):
            from .throttle import throttled_until

            until = throttled_until(request)
            if until is not None:
                context = {"per_address": True, "until": until}
                return render(request, "registration/locked_out.html", context, status=429)
        return self.get_response(request)
