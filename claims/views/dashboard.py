"""The dashboard: where the desk stands."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from ..models import Article, AuditEvent, Claim


@require_GET
def dashboard(request):
    return render(
        request,
        "claims/dashboard.html",
        {
            "counts": Claim.objects.active().status_counts(),
            "articles": Article.objects.with_progress()[:10],
            "my_queue": Claim.objects.active().unreviewed().filter(assignee=request.user).with_related()[:10],
            "events": AuditEvent.objects.with_related()[:10],
        },
    )
