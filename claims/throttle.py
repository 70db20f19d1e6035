"""Failed logins per address, in fixed windows.

django-axes locks a username tried from one address (FACTCHECK settings: AXES_*); this limits
an address however many usernames it tries, so one machine cannot guess its way through a list of
accounts. Windows are fixed (every FACTCHECK_LOGIN_ADDRESS_WINDOW_MINUTES from midnight UTC):
attempts refused while throttled are not counted, so retrying does not push the end further away.
Counted in the database, so every app server sees the same numbers.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import LoginFailureWindow


def _window(now: datetime.datetime) -> tuple[datetime.datetime, datetime.datetime]:
    minutes = max(1, settings.FACTCHECK_LOGIN_ADDRESS_WINDOW_MINUTES)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    n = int((now - midnight).total_seconds() // (minutes * 60))
    start = midnight + datetime.timedelta(minutes=n * minutes)
    return start, start + datetime.timedelta(minutes=minutes)


def address_of(request) -> str:
    """The client's address as django-axes sees it (PROXY_COUNT honoured)."""
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request) or ""


def throttled_until(request) -> datetime.datetime | None:
    """When the current window ends, if this address has used up its failures in it; else None."""
    limit = settings.FACTCHECK_LOGIN_FAILURES_PER_ADDRESS
    if not limit:
        return None
    start, end = _window(timezone.now())
    failures = (
        LoginFailureWindow.objects.filter(address=address_of(request), window_start=start)
        .values_list("failures", flat=True)
        .first()
    )
    return end if failures is not None and failures >= limit else None


def record_failure(sender, credentials=None, request=None, **kwargs) -> None:
    """user_login_failed: count one failure for the request's address in the current window."""
    if request is None:
        return
    now = timezone.now()
    start, _end = _window(now)
    address = address_of(request)
    for _attempt in range(2):  # a concurrent first failure may create the row first
        try:
            with transaction.atomic():
                row, created = LoginFailureWindow.objects.get_or_create(
                    address=address, window_start=start, defaults={"failures": 1}
                )
                if not created:
                    LoginFailureWindow.objects.filter(pk=row.pk).update(failures=F("failures") + 1)
            break
        except IntegrityError:
            continue
    # Old windows tell nothing any more.
    LoginFailureWindow.objects.filter(window_start__lt=now - datetime.timedelta(days=1)).delete()
