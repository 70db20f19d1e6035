"""The append-only, hash-chained audit trail: the only code that writes AuditEvent rows.

Each event's hash is SHA-256 over a canonical JSON of its fields and the previous event's hash,
so altering or removing a row breaks the chain from that row on; `verify_chain` finds where.
"""

import hashlib
import json
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

from .models import AuditEvent

GENESIS_HASH = "0" * 64
# Arbitrary constant key for PostgreSQL's transaction-level advisory lock on the chain's head.
_PG_CHAIN_LOCK = 727_001


def _canonical(event: AuditEvent) -> bytes:
    fields = {
        "at": event.at.isoformat(),
        "actor_id": event.actor_id,
        "actor_name": event.actor_name,
        "action": event.action,
        "article_id": event.article_id,
        "claim_id": event.claim_id,
        "changes": event.changes,
        "note": event.note,
        "prev_hash": event.prev_hash,
    }
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def compute_hash(event: AuditEvent) -> str:
    return hashlib.sha256(_canonical(event)).hexdigest()


def record(action, *, actor, article=None, claim=None, changes=None, note="") -> AuditEvent:
    """Append one event. Must run inside the transaction that makes the change it records."""
    if not connection.in_atomic_block:
        raise RuntimeError("audit.record() must be called inside transaction.atomic().")
    if connection.vendor == "postgresql":
        # Serialise appends so two writers never chain onto the same previous event.
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_PG_CHAIN_LOCK])
    # On SQLite the transaction is IMMEDIATE (see settings), which already serialises writers.
    head = AuditEvent.objects.order_by("-id").values_list("hash", flat=True).first()
    if article is None and claim is not None:
        article = claim.article
    event = AuditEvent(
        at=timezone.now(),
        actor=actor if actor is not None and actor.is_authenticated else None,
        actor_name=actor.get_username() if actor is not None and actor.is_authenticated else "",
        action=action,
        article=article,
        claim=claim,
        changes=_jsonable(changes or {}),
        note=note or "",
        prev_hash=head or GENESIS_HASH,
    )
    event.hash = compute_hash(event)
    event.save()
    return event


def _jsonable(changes: dict) -> dict:
    # Round-trip through JSON so the hash is computed over exactly what the database stores.
    return json.loads(json.dumps(changes, default=str))


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken: AuditEvent | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify_chain(batch_size: int = 2000) -> ChainReport:
    """Recompute every hash in order; report the first event whose hash or link is wrong."""
    expected_prev = GENESIS_HASH
    checked = 0
    with transaction.atomic():
        for event in AuditEvent.objects.order_by("id").iterator(chunk_size=batch_size):
            if event.prev_hash != expected_prev:
                return ChainReport(checked, event, "its prev_hash does not match the event before it")
            if compute_hash(event) != event.hash:
                return ChainReport(checked, event, "its content does not match its hash")
            expected_prev = event.hash
            checked += 1
    return ChainReport(checked)
