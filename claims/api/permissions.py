"""Reading the API needs a role, as reading the desk does; each write is checked again by the
workflow function it calls (claims.roles.require), so the API and the web obey the same rules."""

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import BasePermission


class HasRole(BasePermission):
    message = _("Your account has no role on the desk yet: ask a Chief editor for one.")

    def has_permission(self, request, view):
        user = request.user
        if not (user and user.is_authenticated):
            return False
        return user.has_perm(getattr(view, "read_permission", "claims.view_claim"))


class ManagesWebhooks(HasRole):
    message = _("Webhooks are for a Chief editor.")

    def has_permission(self, request, view):
        return super().has_permission(request, view) and request.user.has_perm("claims.manage_webhooks")
