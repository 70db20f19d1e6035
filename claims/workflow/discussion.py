"""Evidence and comments on a claim."""

from django.db import transaction

from .. import audit
from ..models import Claim, Comment, Evidence
from ..roles import require
from .base import Action, WorkflowError, clean_url


def add_evidence(claim: Claim, *, actor, url: str, note: str = "") -> Evidence:
    """Attach an evidence link to a claim."""
    require(actor, "add_evidence", "add evidence")
    url = clean_url(url)
    with transaction.atomic():
        evidence = Evidence.objects.create(claim=claim, url=url, note=note.strip(), added_by=actor)
        audit.record(
            Action.EVIDENCE_ADDED,
            actor=actor,
            claim=claim,
            changes={"evidence": [None, {"url": url, "note": evidence.note}]},
        )
    return evidence


def add_comment(claim: Claim, *, actor, body: str) -> Comment:
    """Add a comment to the claim's discussion. Comments are never edited or deleted."""
    require(actor, "add_comment", "comment on claims")
    body = (body or "").strip()
    if not body:
        raise WorkflowError("A comment needs some text.")
    if actor is None:
        raise WorkflowError("A comment needs an author.")
    with transaction.atomic():
        comment = Comment.objects.create(claim=claim, author=actor, body=body)
        audit.record(Action.COMMENT_ADDED, actor=actor, claim=claim, changes={"comment": [None, body]})
    return comment
