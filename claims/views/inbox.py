"""The inbox: what colleagues asked of you (assignments, mentions, four-eyes requests, publications)."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from ..models import Notification

PAGE_SIZE = 50


@require_GET
def inbox(request):
    notifications = Notification.objects.for_user(request.user).select_related(
        "actor", "claim__confirmed_by", "claim__published_by"
    )
    page = Paginator(notifications, PAGE_SIZE).get_page(request.GET.get("page"))
    # Counted here as a number (the page needs it for plurals); the nav shows the same one.
    unread = notifications.unread().count()
    return render(request, "claims/inbox.html", {"page": page, "inbox_unread": unread})


@require_POST
def inbox_read(request, pk):
    """Mark one notification read and go to what it is about."""
    notification = get_object_or_404(Notification.objects.for_user(request.user), pk=pk)
    if notification.read_at is None:
        Notification.objects.filter(pk=notification.pk).update(read_at=timezone.now())
    if notification.claim_id:
        return redirect("claims:claim", pk=notification.claim_id)
    return redirect("claims:inbox")


@require_POST
def inbox_read_all(request):
    Notification.objects.for_user(request.user).unread().update(read_at=timezone.now())
    return redirect("claims:inbox")
