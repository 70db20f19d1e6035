"""Every change to a claim, its evidence, its discussion or its speaker: guarded, saved and audited in
one transaction.

Each function takes a keyword-only `actor` (a user, or None for the system), checks the actor's
role (claims.roles), and raises a WorkflowError whose message can be shown to that person as it is.
"""

from .base import StaleVersion, WorkflowError
from .discussion import add_comment, add_evidence, hide_comment
from .edits import (
    EDITABLE_FIELDS,
    add_claim,
    check_edit,
    edit_claim,
    fix_claim,
    merge_claims,
    move_bounds,
    split_claim,
)
from .integrations import (
    add_webhook,
    create_token,
    edit_webhook,
    redeliver,
    revoke_token,
    rotate_webhook_secret,
)
from .people import edit_article, edit_speaker, find_or_create_speaker, merge_speakers
from .publishing import PublicationState, confirm_verdict, publication_state, publish_verdict
from .reuse import Suggestion, dismiss_match, find_checked_before, reuse_verdict
from .verdicts import check_verdict, may_change_verdict, reopen_verdict, set_verdict

__all__ = [
    "EDITABLE_FIELDS",
    "PublicationState",
    "StaleVersion",
    "Suggestion",
    "WorkflowError",
    "add_claim",
    "add_comment",
    "add_evidence",
    "add_webhook",
    "check_edit",
    "check_verdict",
    "confirm_verdict",
    "create_token",
    "dismiss_match",
    "edit_article",
    "edit_claim",
    "edit_speaker",
    "edit_webhook",
    "find_checked_before",
    "find_or_create_speaker",
    "fix_claim",
    "hide_comment",
    "may_change_verdict",
    "merge_claims",
    "merge_speakers",
    "move_bounds",
    "publication_state",
    "publish_verdict",
    "redeliver",
    "reopen_verdict",
    "reuse_verdict",
    "revoke_token",
    "rotate_webhook_secret",
    "set_verdict",
    "split_claim",
]
