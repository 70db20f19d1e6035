"""Verdicts: set, check, reopen."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .. import audit
from ..models import Claim
from ..roles import require
from .base import Action, WorkflowError, clean_url, locked
from .discussion import add_evidence


def check_verdict(claim: Claim, status: str, rationale: str, *, evidence_url: str = "") -> None:
    """Raise WorkflowError when this verdict may not be set on the claim as it stands."""
    if status not in Claim.VERDICTS:
        raise WorkflowError(f"“{status}” is not a verdict: choose verified, disputed or unverifiable.")
    if not (rationale or "").strip():
        raise WorkflowError("Every verdict needs a rationale: say why.")
    if evidence_url.strip():
        clean_url(evidence_url)
    elif (
        settings.FACTCHECK_REQUIRE_EVIDENCE
        and status in (Claim.Status.VERIFIED, Claim.Status.DISPUTED)
        and not claim.evidence.exists()
    ):
        label = Claim.Status(status).label.lower()
        raise WorkflowError(f"A {label} verdict needs at least one evidence link.")


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
    already set is reopening it, which only a Chief editor may do.
    """
    require(actor, "set_verdict", "set verdicts")
    rationale = (rationale or "").strip()
    with transaction.atomic():
        current = locked(claim, expected_version)
        if current.status != Claim.Status.UNREVIEWED and current.status != status:
            require(actor, "reopen_verdict", "change a verdict that is already set")
        check_verdict(current, status, rationale, evidence_url=evidence_url)
        if evidence_url.strip():
            add_evidence(current, actor=actor, url=evidence_url, note=evidence_note)
        changes = {}
        for field, value in (("status", status), ("rationale", rationale)):
            if getattr(current, field) != value:
                changes[field] = [getattr(current, field), value]
        if not changes:
            return current
        current.status = status
        current.rationale = rationale
        current.reviewed_by = actor
        current.reviewed_at = timezone.now()
        current.version += 1
        current.save(update_fields=["status", "rationale", "reviewed_by", "reviewed_at", "version"])
        audit.record(Action.VERDICT_SET, actor=actor, claim=current, changes=changes, note=rationale)
    return current


# Fields an edit may touch; verdict fields go through set_verdict.


def reopen_verdict(claim: Claim, *, actor, reason: str, expected_version: int | None) -> Claim:
    """Take a verdict back to unreviewed, with a reason. The rationale stays in the audit trail."""
    require(actor, "reopen_verdict", "reopen verdicts")
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError("Reopening a verdict needs a reason.")
    with transaction.atomic():
        current = locked(claim, expected_version)
        if current.status == Claim.Status.UNREVIEWED:
            raise WorkflowError("This claim has no verdict to reopen.")
        changes = {"status": [current.status, Claim.Status.UNREVIEWED], "rationale": [current.rationale, ""]}
        current.status, current.rationale = Claim.Status.UNREVIEWED, ""
        current.reviewed_by, current.reviewed_at = None, None
        current.version += 1
        current.save(update_fields=["status", "rationale", "reviewed_by", "reviewed_at", "version"])
        audit.record(Action.VERDICT_REOPENED, actor=actor, claim=current, changes=changes, note=reason)
    return current
