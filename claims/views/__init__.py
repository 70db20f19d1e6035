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
    claim_bounds,
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
from .discussion import claim_comment_hide
from .imports import feed_detail, feed_edit, feed_list, feed_new, feed_pause, feed_poll, job_detail, job_list
from .inbox import inbox, inbox_read, inbox_read_all
from .integrations import token_revoke, tokens, webhook_detail, webhook_redeliver, webhook_rotate, webhooks
from .publishing import (
    article_claimreview,
    claim_claimreview,
    claim_confirm,
    claim_publish,
    claims_export_csv,
    claims_export_json,
    published_claim,
)
from .queue import claim_list, claims_bulk
from .reuse import claim_dismiss_match, claim_reuse
from .speakers import speaker_detail, speaker_edit, speaker_list, speaker_merge

__all__ = [
    "article_add_claim",
    "article_cards",
    "article_claimreview",
    "article_detail",
    "article_list",
    "article_new",
    "article_reextract",
    "audit_export",
    "audit_list",
    "claim_assign",
    "claim_bounds",
    "claim_claimreview",
    "claim_comment",
    "claim_comment_hide",
    "claim_confirm",
    "claim_detail",
    "claim_dismiss_match",
    "claim_edit",
    "claim_evidence",
    "claim_list",
    "claim_merge_next",
    "claim_publish",
    "claim_reopen",
    "claim_reuse",
    "claim_split",
    "claim_verdict",
    "claims_bulk",
    "claims_export_csv",
    "claims_export_json",
    "dashboard",
    "feed_detail",
    "feed_edit",
    "feed_list",
    "feed_new",
    "feed_pause",
    "feed_poll",
    "inbox",
    "inbox_read",
    "inbox_read_all",
    "job_detail",
    "job_list",
    "published_claim",
    "speaker_detail",
    "speaker_edit",
    "speaker_list",
    "speaker_merge",
    "token_revoke",
    "tokens",
    "webhook_detail",
    "webhook_redeliver",
    "webhook_rotate",
    "webhooks",
]
