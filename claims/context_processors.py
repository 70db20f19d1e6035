"""Template context every page shares."""

from django.utils.functional import SimpleLazyObject

from .models import Notification


def inbox(request):
    """`inbox_unread`: the user's unread notifications, for the nav's "Inbox (N)". Counted only when
    a template shows it (one indexed COUNT), so htmx fragments and anonymous pages pay nothing."""

    def count() -> int:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return 0
        return Notification.objects.for_user(user).unread().count()

    return {"inbox_unread": SimpleLazyObject(count)}
