"""The append-only, hash-chained audit trail: the only code that writes AuditEvent rows.

Each event's hash is SHA-256 over a canonical JSON of its fields and the previous event's hash,
so altering or removing a row breaks the chain from that row on; `verify_chain` finds where.
"""

import contextvars
import hashlib
import json
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

from .models import AuditEvent

GENESIS_HASH = "0" * 64
# Arbitrary constant key for PostgreSQL's transaction-level advisory lock on the chain's head.
_PG_CHAIN_LOCK = 727_001


@dataclass(frozen=True)
class Cause:
    via: str  # "web", "admin", "command:load_seeds", …
    request_id: str = ""


_cause: contextvars.ContextVar[Cause | None] = contextvars.ContextVar("audit_cause", default=None)


@contextmanager
def cause(via: str, *, request_id: str = ""):
    """Every audit event written inside this block records where it came from."""
    token = _cause.set(Cause(via, request_id))
    try:
        yield
    finally:
        _cause.reset(token)


def canonical_fields(event: AuditEvent) -> dict:
    """The fields an event's hash covers, as plain JSON values (the export writes exactly these)."""
    return {
        "at": event.at.isoformat(),
        "via": event.via,
        "request_id": event.request_id,
        "actor_id": event.actor_id,
        "actor_name": event.actor_name,
        "action": event.action,
        "article_id": event.article_id,
        "claim_id": event.claim_id,
        "changes": event.changes,
        "note": event.note,
        "prev_hash": event.prev_hash,
    }


HASHED_KEYS = (
    "at",
    "via",
    "request_id",
    "actor_id",
    "actor_name",
    "action",
    "article_id",
    "claim_id",
    "changes",
    "note",
    "prev_hash",
)


def hash_fields(fields: dict) -> str:
    """SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8) of the hashed fields."""
    data = {key: fields[key] for key in HASHED_KEYS}
    encoded = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    return hashlib.sha256(encoded).hexdigest()


def compute_hash(event: AuditEvent) -> str:
    return hash_fields(canonical_fields(event))


def record(action, *, actor, article=None, claim=None, changes=None, note="") -> AuditEvent:
    """Append one event. Must run inside the transaction that makes the change it records, and
    inside an `audit.cause(...)` block (the request middleware and the commands open one)."""
    if not connection.in_atomic_block:
        raise RuntimeError("audit.record() must be called inside transaction.atomic().")
    current = _cause.get()
    if current is None:
        raise RuntimeError("audit.record() needs a cause: wrap the change in `with audit.cause(...)`.")
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
        via=current.via,
        request_id=current.request_id,
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


def export_record(event: AuditEvent) -> dict:
    """One event as archived: its id, the hashed fields and its hash."""
    return {"id": event.pk, **canonical_fields(event), "hash": event.hash}


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken: dict | None = None  # the first bad record, as export_record() gives it
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify_records(records: Iterable[dict], *, expected_prev: str | None = GENESIS_HASH) -> ChainReport:
    """Check a sequence of exported records: each hash matches its fields and links to the one before.
    `expected_prev=None` trusts the first record's link (an export that starts mid-chain)."""
    checked = 0
    for record in records:
        if expected_prev is not None and record["prev_hash"] != expected_prev:
            return ChainReport(checked, record, "its prev_hash does not match the event before it")
        if hash_fields(record) != record["hash"]:
            return ChainReport(checked, record, "its content does not match its hash")
        expected_prev = record["hash"]
        checked += 1
    return ChainReport(checked)


def verify_chain(batch_size: int = 2000) -> ChainReport:
    """Recompute every stored hash in order; report the first event whose hash or link is wrong."""
    with transaction.atomic():
        events = AuditEvent.objects.order_by("id").iterator(chunk_size=batch_size)
        return verify_records(export_record(event) for event in events)
