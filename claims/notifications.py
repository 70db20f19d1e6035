"""The in-app inbox, and e-mail through Django's e-mail backend for users with an address."""

import logging

from django.conf import settings
from django.core.mail import send_mail

from .models import Notification

log = logging.getLogger(__name__)


def notify(recipients, kind: str, message: str, *, claim=None, actor=None) -> list[Notification]:
    """Put `message` in each recipient's inbox (never the actor's own) and e-mail those with an
    address. Call inside the transaction of the change it reports, so a refused change notifies
    nobody; the e-mail goes out only after that transaction commits."""
    from django.db import transaction

    made = []
    for user in {u.pk: u for u in recipients if u is not None}.values():
        if (actor is not None and user.pk == actor.pk) or not user.is_active:
            continue
        made.append(
            Notification.objects.create(recipient=user, kind=kind, message=message, claim=claim, actor=actor)
        )
        if user.email:
            link = claim.get_absolute_url() if claim is not None else ""
            transaction.on_commit(lambda u=user, link=link: _mail(u, message, link))
    return made


def _mail(user, message: str, link: str) -> None:
    try:
        send_mail(
            subject=f"[{settings.FACTCHECK_ORGANISATION}] {message[:120]}",
            message=f"{message}\n\n{link}".strip(),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[user.email],
        )
    except OSError:
        # The change itself is committed; a mail server that is down must not undo it.
        log.exception("Could not e-mail %s", user.get_username())
