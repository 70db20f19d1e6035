"""Thin function views by topic: they parse the request, call one ingest or workflow function, and
render or redirect."""

from .articles import (
    article_add_claim,
    article_cards,
    article_detail,
    article_list,
    article_new,
    article_reextract,
)
from .audit import audit_export, audit_list
from .claims import (
    claim_assign,
    claim_comment,
    claim_detail,
    claim_edit,
    claim_evidence,
    claim_merge_next,
    claim_reopen,
    claim_split,
    claim_verdict,
)
from .dashboard import dashboard
from .queue import claim_list, claims_bulk
from .speakers import speaker_detail, speaker_list, speaker_merge

__all__ = [
    "article_add_claim",
    "article_cards",
    "article_detail",
    "article_list",
    "article_new",
    "article_reextract",
    "audit_export",
    "audit_list",
    "claim_assign",
    "claim_comment",
    "claim_detail",
    "claim_edit",
    "claim_evidence",
    "claim_list",
    "claim_merge_next",
    "claim_reopen",
    "claim_split",
    "claim_verdict",
    "claims_bulk",
    "dashboard",
    "speaker_detail",
    "speaker_list",
    "speaker_merge",
]
