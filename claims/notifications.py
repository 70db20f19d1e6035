"""The in-app inbox, and e-mail through Django's e-mail backend for users with an address."""

import contextlib
import contextvars
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils.translation import gettext, ngettext

from .models import Notification

log = logging.getLogger(__name__)

# A digest's list of claims names at most this many (a notification holds 500 characters).
DIGEST_CLAIMS_SHOWN = 10


def notify(recipients, kind: str, message: str, *, claim=None, actor=None) -> None:
    """Put `message` in each recipient's inbox (never the actor's own) and e-mail those with an
    address. Call inside the transaction of the change it reports, so a refused change notifies
    nobody; the e-mail goes out only after that transaction commits. Within `gathered()` the
    notifications wait for the end of the batch instead."""
    digest = _DIGEST.get()
    for user in {u.pk: u for u in recipients if u is not None}.values():
        if (actor is not None and user.pk == actor.pk) or not user.is_active:
            continue
        if digest is not None:
            digest.pending.append((user, kind, message, claim, actor))
        else:
            _deliver(user, kind, message, claim, actor)


def _deliver(user, kind, message, claim, actor) -> None:
    Notification.objects.create(recipient=user, kind=kind, message=message, claim=claim, actor=actor)
    if user.email:
        link = claim.get_absolute_url() if claim is not None else ""
        transaction.on_commit(lambda: _mail(user, message, link))


@dataclass
class Digest:
    """The notifications of a batch of changes (a bulk action): those of a change that went through
    are kept, those of a refused one dropped; at the end each recipient gets one per kind."""

    kept: list = field(default_factory=list)
    pending: list = field(default_factory=list)

    def keep(self):
        self.kept += self.pending
        self.pending = []

    def drop(self):
        self.pending = []


_DIGEST: contextvars.ContextVar[Digest | None] = contextvars.ContextVar("notification_digest", default=None)


@contextlib.contextmanager
def gathered():
    """Within it, notify() gathers; the caller says after each change whether it went through
    (`keep()`) or was refused (`drop()`). At the end a recipient with one notification of a kind
    gets it as it was; with several, one that counts them and names the claims (a bulk verdict that
    needs four eyes asks each colleague once, not once per claim)."""
    digest = Digest()
    token = _DIGEST.set(digest)
    try:
        yield digest
    finally:
        _DIGEST.reset(token)
        _deliver_digest(digest.kept)


def _deliver_digest(kept: list) -> None:
    groups: dict[tuple, list] = {}
    for user, kind, message, claim, actor in kept:
        groups.setdefault((user.pk, kind), []).append((user, kind, message, claim, actor))
    with transaction.atomic():
        for (_pk, kind), items in groups.items():
            user, actor = items[0][0], items[0][4]
            summary = _summary(kind, actor, [item[3] for item in items if item[3] is not None])
            if len(items) > 1 and summary is not None:
                _deliver(user, kind, summary, None, actor)
            else:
                for item in items:
                    _deliver(*item)


def _summary(kind: str, actor, claims: list) -> str | None:
    """One notification for several of `kind` by `actor`, or None for a kind not summed up."""
    shown = ", ".join(f"#{claim.pk}" for claim in claims[:DIGEST_CLAIMS_SHOWN])
    if len(claims) > DIGEST_CLAIMS_SHOWN:
        shown = gettext("%(claims)s and %(count)d more") % {
            "claims": shown,
            "count": len(claims) - DIGEST_CLAIMS_SHOWN,
        }
    values = {
        "user": actor.get_username() if actor else gettext("someone"),
        "count": len(claims),
        "claims": shown,
    }
    if kind == Notification.Kind.ASSIGNED:
        return (
            ngettext(
                "%(user)s assigned you %(count)d claim: %(claims)s.",
                "%(user)s assigned you %(count)d claims: %(claims)s.",
                len(claims),
            )
            % values
        )
    if kind == Notification.Kind.CONFIRM:
        return (
            ngettext(
                "%(user)s asks you to confirm %(count)d verdict: %(claims)s.",
                "%(user)s asks you to confirm %(count)d verdicts: %(claims)s.",
                len(claims),
            )
            % values
        )
    return None


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
