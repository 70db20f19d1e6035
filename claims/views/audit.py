"""The audit log."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET

from ..models import AuditEvent


@require_GET
def audit_list(request):
    action = request.GET.get("action", "")
    events = AuditEvent.objects.with_related()
    if action in AuditEvent.Action.values:
        events = events.filter(action=action)
    page = Paginator(events, 100).get_page(request.GET.get("page"))
    return render(
        request,
        "claims/audit_list.html",
        {"page": page, "action": action, "actions": AuditEvent.Action.choices},
    )
