"""Publishing verdicts: the four-eyes confirmation and the publication itself.

A verdict whose status is in FACTCHECK_FOUR_EYES (disputed, by default) must be confirmed by a second
person, not the one who set it, before it can be published. Chief editors publish (Reviewers too
while FACTCHECK_REVIEWERS_MAY_PUBLISH is on). A published verdict is locked: `set_verdict` refuses
it until `reopen_verdict` (a Chief editor, with a reason) takes it back, which also unpublishes it.
A changed verdict needs a new confirmation.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit, roles
from ..models import AuditEvent, Claim, Notification
from ..notifications import notify
from ..roles import require
from ..webhooks import events as webhook_events
from .base import Action, WorkflowError, audit_value, locked


def needs_confirmation(claim: Claim) -> bool:
    """Whether this claim's verdict needs a second person's confirmation before publishing."""
    return claim.status in settings.FACTCHECK_FOUR_EYES


def may_publish(user) -> bool:
    """Whether `user` may publish verdicts at all (None is the system, which may)."""
    if user is None or user.has_perm("claims.publish_verdict"):
        return True
    return settings.FACTCHECK_REVIEWERS_MAY_PUBLISH and user.has_perm("claims.set_verdict")


def _require_publisher(actor) -> None:
    if settings.FACTCHECK_REVIEWERS_MAY_PUBLISH:
        if not may_publish(actor):
            raise PermissionDenied(_("You cannot publish verdicts: that is for a Reviewer or Chief editor."))
    else:
        require(actor, "publish_verdict", "publish verdicts")


def _who(user) -> str:
    return user.get_username() if user is not None else _("someone")


def _confirm_problem(claim: Claim, actor) -> str:
    """Why `actor` cannot confirm the claim's verdict as it stands, or "" when they can."""
    if claim.dismissed:
        return _("This claim is dismissed: there is no verdict to confirm.")
    if claim.status not in Claim.VERDICTS:
        return _("This claim has no verdict to confirm yet.")
    if claim.is_published:
        return _("This verdict is already published.")
    if claim.confirmed_at is not None:
        return _("This verdict is already confirmed by %(user)s.") % {"user": _who(claim.confirmed_by)}
    if actor is None:
        return _("A confirmation needs a person: the second pair of eyes.")
    if claim.reviewed_by_id == actor.pk:
        return _("You set this verdict: a second person must confirm it (four eyes).")
    return ""


def _publish_problem(claim: Claim) -> str:
    """Why the claim's verdict cannot be published as it stands, or "" when it can."""
    if claim.dismissed:
        return _("This claim is dismissed (not a claim): it cannot be published.")
    if claim.status not in Claim.VERDICTS:
        return _("This claim has no verdict to publish yet.")
    if claim.is_published:
        return _("This verdict is already published.")
    if needs_confirmation(claim) and claim.confirmed_at is None:
        return _(
            "A %(status)s verdict needs a second person's confirmation before it can be published "
            "(four eyes): ask a Reviewer or Chief editor other than %(user)s to confirm it."
        ) % {"status": claim.get_status_display().lower(), "user": _who(claim.reviewed_by)}
    return ""


def confirm_verdict(claim: Claim, *, actor, expected_version: int | None) -> Claim:
    """A second person confirms the verdict someone else set (four eyes). Audited."""
    require(actor, "set_verdict", "confirm verdicts")
    with transaction.atomic():
        current = locked(claim, expected_version)
        problem = _confirm_problem(current, actor)
        if problem:
            raise WorkflowError(problem)
        current.confirmed_by, current.confirmed_at = actor, timezone.now()
        current.version += 1
        current.save(update_fields=["confirmed_by", "confirmed_at", "version"])
        audit.record(
            Action.VERDICT_CONFIRMED,
            actor=actor,
            claim=current,
            changes={"confirmed_by": [None, audit_value(actor)]},
            note=f"confirms the {current.status} verdict set by {_who(current.reviewed_by)}",
        )
    return current


def publish_verdict(claim: Claim, *, actor, expected_version: int | None) -> Claim:
    """Publish the claim's verdict: from now on it is public (its page and its ClaimReview) and locked.

    Refused for claims without a verdict, dismissed claims, and verdicts that need a confirmation
    they do not have yet. Audited; the reviewer (and the confirmer) are notified.
    """
    _require_publisher(actor)
    with transaction.atomic():
        current = locked(claim, expected_version)
        problem = _publish_problem(current)
        if problem:
            raise WorkflowError(problem)
        again = AuditEvent.objects.filter(claim=current, action=Action.VERDICT_PUBLISHED).exists()
        now = timezone.now()
        current.published_by, current.published_at = actor, now
        current.version += 1
        current.save(update_fields=["published_by", "published_at", "version"])
        note = f"{current.status} verdict published"
        if current.confirmed_at is not None:
            note += f", confirmed by {_who(current.confirmed_by)}"
        if again:
            note += "; published again after a reopen"
        audit.record(
            Action.VERDICT_PUBLISHED,
            actor=actor,
            claim=current,
            changes={"published_at": [None, now.isoformat()], "published_by": [None, audit_value(actor)]},
            note=note,
        )
        webhook_events.verdict_published(current)
        notify(
            [current.reviewed_by, current.confirmed_by],
            Notification.Kind.PUBLISHED,
            _("%(user)s published the verdict “%(status)s” on claim #%(pk)d.")
            % {"user": _who(actor), "status": current.get_status_display(), "pk": current.pk},
            claim=current,
            actor=actor,
        )
    return current


def ask_for_confirmation(claim: Claim, *, actor) -> None:
    """Ask the other Reviewers and Chief editors to confirm a verdict that needs four eyes. Call
    inside the transaction that set the verdict."""
    if not needs_confirmation(claim):
        return
    colleagues = (
        get_user_model()
        .objects.filter(groups__name__in=[roles.REVIEWERS, roles.CHIEF_EDITORS], is_active=True)
        .distinct()
    )
    message = _("%(user)s asks you to confirm a %(status)s verdict (claim #%(pk)d).") % {
        "user": _who(actor),
        "status": claim.get_status_display().lower(),
        "pk": claim.pk,
    }
    notify(colleagues, Notification.Kind.CONFIRM, message, claim=claim, actor=actor)


@dataclass(frozen=True)
class PublicationState:
    """What the claim page's publishing panel shows to one user."""

    needs_confirmation: bool
    can_confirm: bool
    can_publish: bool
    # Why a user who may publish cannot publish this verdict yet ("" when they can, or may not anyway).
    waiting_for: str


def publication_state(claim: Claim, user) -> PublicationState:
    may_confirm = user is not None and user.has_perm("claims.set_verdict")
    publisher = user is not None and may_publish(user)
    publish_problem = _publish_problem(claim)
    return PublicationState(
        needs_confirmation=needs_confirmation(claim),
        can_confirm=may_confirm and not _confirm_problem(claim, user),
        can_publish=publisher and not publish_problem,
        waiting_for=publish_problem if publisher and not claim.is_published else "",
    )
