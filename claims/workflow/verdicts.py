"""Verdicts: set, check, reopen. A published verdict is locked until it is reopened (see publishing)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit
from ..models import Claim
from ..roles import require
from ..webhooks import events as webhook_events
from .base import Action, WorkflowError, audit_value, clean_url, locked
from .discussion import add_evidence
from .publishing import ask_for_confirmation

_VERDICT_FIELDS = ("status", "rationale", "reviewed_by", "reviewed_at", "version")


def check_verdict(claim: Claim, status: str, rationale: str, *, evidence_url: str = "") -> None:
    """Raise WorkflowError when this verdict may not be set on the claim as it stands."""
    if claim.is_published:
        raise WorkflowError(_("This verdict is published: reopen it first, with a reason."))
    if status not in Claim.VERDICTS:
        raise WorkflowError(
            _("“%(status)s” is not a verdict: choose verified, disputed or unverifiable.")
            % {"status": status}
        )
    if not (rationale or "").strip():
        raise WorkflowError(_("Every verdict needs a rationale: say why."))
    if evidence_url.strip():
        clean_url(evidence_url)
    elif (
        settings.FACTCHECK_REQUIRE_EVIDENCE
        and status in (Claim.Status.VERIFIED, Claim.Status.DISPUTED)
        and not claim.evidence.exists()
    ):
        label = Claim.Status(status).label.lower()
        raise WorkflowError(_("A %(status)s verdict needs at least one evidence link.") % {"status": label})


def set_verdict(
    claim: Claim,
    status: str,
    *,
    actor,
    rationale: str,
    expected_version: int | None,
    evidence_url: str = "",
    evidence_note: str = "",
) -> Claim:
    """Tag a claim verified, disputed or unverifiable, with a rationale (and optionally a new link).

    Verified and disputed need at least one evidence link while FACTCHECK_REQUIRE_EVIDENCE is on;
    a link given here is added in the same transaction and counts. Changing a verdict that is
    already set, even only its rationale, is reopening it: see `require_may_change`. A published
    verdict is refused (reopen it first); any change clears a four-eyes confirmation, and a
    verdict that needs four eyes asks the other Reviewers and Chief editors to confirm it.
    """
    require(actor, "set_verdict", "set verdicts")
    rationale = (rationale or "").strip()
    with transaction.atomic():
        current = locked(claim, expected_version)
        changes = {}
        for field, value in (("status", status), ("rationale", rationale)):
            if getattr(current, field) != value:
                changes[field] = [getattr(current, field), value]
        if changes and current.status != Claim.Status.UNREVIEWED:
            require_may_change(current, actor)
        check_verdict(current, status, rationale, evidence_url=evidence_url)
        if evidence_url.strip():
            add_evidence(current, actor=actor, url=evidence_url, note=evidence_note)
        if not changes:
            return current
        changes.update(_unconfirmed(current))
        current.status = status
        current.rationale = rationale
        current.reviewed_by = actor
        current.reviewed_at = timezone.now()
        current.version += 1
        current.save(update_fields=[*_VERDICT_FIELDS, "confirmed_by", "confirmed_at"])
        audit.record(Action.VERDICT_SET, actor=actor, claim=current, changes=changes, note=rationale)
        ask_for_confirmation(current, actor=actor)
    return current


def require_may_change(claim: Claim, actor) -> None:
    """Refuse (PermissionDenied) a change to the verdict that is set on `claim`, in its status or
    only its rationale: that is a reopen. Chief editors may; the Reviewer who set the verdict may
    while it is neither confirmed (four eyes) nor published; nobody else may. A published verdict
    is also refused to Chief editors by `check_verdict`: they reopen it first, with a reason."""
    if actor is None or actor.has_perm("claims.reopen_verdict"):
        return
    if claim.is_published:
        raise PermissionDenied(
            _("This verdict is published: you cannot change it; a Chief editor can reopen it, with a reason.")
        )
    if claim.reviewed_by_id != actor.pk:
        raise PermissionDenied(
            _(
                "You cannot change a verdict that is already set by %(user)s: that is for a Chief "
                "editor, or for the Reviewer who set it until it is confirmed or published."
            )
            % {"user": claim.reviewed_by.get_username() if claim.reviewed_by else _("the system")}
        )
    if claim.confirmed_at is not None:
        raise PermissionDenied(
            _(
                "You cannot change your verdict: it was confirmed by %(user)s (four eyes). "
                "Ask a Chief editor to reopen it."
            )
            % {"user": claim.confirmed_by.get_username() if claim.confirmed_by else _("someone")}
        )


def may_change_verdict(claim: Claim, user) -> bool:
    """Whether `user` may set or change the verdict of the claim as it stands (for the page)."""
    if user is None or not user.has_perm("claims.set_verdict") or claim.is_published:
        return user is None
    if claim.status == Claim.Status.UNREVIEWED:
        return True
    try:
        require_may_change(claim, user)
    except PermissionDenied:
        return False
    return True


def _unconfirmed(claim: Claim) -> dict:
    """Clear a four-eyes confirmation (a changed verdict needs a new one); its audit changes."""
    if claim.confirmed_at is None:
        return {}
    changes = {"confirmed_by": [audit_value(claim.confirmed_by), None]}
    claim.confirmed_by, claim.confirmed_at = None, None
    return changes


def _unpublished(claim: Claim) -> dict:
    """Take a verdict off publication; its audit changes, so the trail says it had been published."""
    if claim.published_at is None:
        return {}
    changes = {
        "published_at": [claim.published_at.isoformat(), None],
        "published_by": [audit_value(claim.published_by), None],
    }
    claim.published_by, claim.published_at = None, None
    return changes


def reopen_verdict(claim: Claim, *, actor, reason: str, expected_version: int | None) -> Claim:
    """Take a verdict back to unreviewed, with a reason. The rationale stays in the audit trail.
    A published verdict is unpublished (its public page and ClaimReview disappear) and a
    confirmation cleared; publishing it again takes a new verdict (and confirmation)."""
    require(actor, "reopen_verdict", "reopen verdicts")
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError(_("Reopening a verdict needs a reason."))
    with transaction.atomic():
        current = locked(claim, expected_version)
        if current.status == Claim.Status.UNREVIEWED:
            raise WorkflowError(_("This claim has no verdict to reopen."))
        changes = {"status": [current.status, Claim.Status.UNREVIEWED], "rationale": [current.rationale, ""]}
        was_published, previous_status = current.is_published, current.status
        changes.update(_unpublished(current))
        changes.update(_unconfirmed(current))
        current.status, current.rationale = Claim.Status.UNREVIEWED, ""
        current.reviewed_by, current.reviewed_at = None, None
        current.version += 1
        current.save(
            update_fields=[*_VERDICT_FIELDS, "confirmed_by", "confirmed_at", "published_by", "published_at"]
        )
        audit.record(Action.VERDICT_REOPENED, actor=actor, claim=current, changes=changes, note=reason)
        if was_published:
            webhook_events.verdict_unpublished(current, previous_status=previous_status, reason=reason)
    return current
