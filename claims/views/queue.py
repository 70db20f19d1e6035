"""The claim queue: find, filter and sort claims; act on several at once."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET

from ..models import Claim


@require_GET
def claim_list(request):
    status = request.GET.get("status", "")
    claims = Claim.objects.active().with_status(status if status in Claim.Status.values else "")
    article_id = request.GET.get("article", "")
    if article_id.isdigit():
        claims = claims.filter(article_id=int(article_id))
    page = Paginator(claims.with_related().by_worthiness(), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "claims/claim_list.html",
        {"page": page, "status": status, "statuses": Claim.Status.choices, "article_id": article_id},
    )
