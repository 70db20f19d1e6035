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

from . import checkpoints
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
    current = _writing_cause("audit.record()")
    prev = _lock_head()
    event = _event(current, action, actor=actor, article=article, claim=claim, changes=changes, note=note)
    event.prev_hash = prev
    event.hash = compute_hash(event)
    event.save()
    checkpoints.after_append(event.pk, event.pk)
    return event


def record_many(entries: Iterable[dict]) -> int:
    """Append many events, in order, chained exactly as `record` would chain them one by one,
    under the same lock and rules, with one multi-row insert; returns how many. For bulk imports:
    each entry holds `record`'s arguments, `action`, `actor` and any of `article`, `claim`,
    `changes`, `note`."""
    current = _writing_cause("audit.record_many()")
    entries = list(entries)
    if not entries:
        return 0
    prev = _lock_head()
    at = timezone.now()  # after the lock, as in `record`: times follow the chain's order
    rows = []
    for entry in entries:
        fields = _canonical(current, at.isoformat(), **entry)
        fields["prev_hash"] = prev
        fields["hash"] = prev = hash_fields(fields)
        fields["at"] = at
        rows.append(fields)
    _insert(rows)
    last_id = AuditEvent.objects.order_by("-id").values_list("id", flat=True).first()
    checkpoints.after_append(last_id - len(rows) + 1, last_id)
    return len(rows)


def _canonical(current: Cause, at: str, action, *, actor, article=None, claim=None, changes=None, note=""):
    """What `canonical_fields` gives for the event `record` would write, without making it."""
    if article is None and claim is not None:
        article = claim.article
    authenticated = actor is not None and actor.is_authenticated
    return {
        "at": at,
        "via": current.via,
        "request_id": current.request_id,
        "actor_id": actor.pk if authenticated else None,
        "actor_name": actor.get_username() if authenticated else "",
        "action": str(action),
        "article_id": article.pk if article is not None else None,
        "claim_id": claim.pk if claim is not None else None,
        "changes": _jsonable(changes or {}),
        "note": note or "",
    }


def _insert(rows: list[dict]) -> None:
    """INSERT the events with one executemany, in list order, so their ids follow the chain.
    Model instances and bulk_create's per-value preparation cost more than the insert itself at
    import volumes; a column no row names gets its field's default, as a model would."""
    fields = [f for f in AuditEvent._meta.concrete_fields if not f.primary_key]
    changes = AuditEvent._meta.get_field("changes")
    at = connection.ops.adapt_datetimefield_value(rows[0]["at"])  # one `at` for all
    values = []
    for f in fields:
        if f.attname not in rows[0]:
            values.append((f.get_db_prep_save(f.get_default(), connection),) * len(rows))
        elif f.attname == "changes":
            values.append([changes.get_db_prep_save(row["changes"], connection) for row in rows])
        elif f.attname == "at":
            values.append((at,) * len(rows))
        else:
            values.append([row[f.attname] for row in rows])
    insert_rows(AuditEvent._meta.db_table, [f.column for f in fields], list(zip(*values, strict=True)))


def insert_rows(table: str, columns: list[str], rows: list[tuple]) -> None:
    """INSERT rows of values ready for the database, in order, the fastest way each database
    offers: sqlite3's executemany loops in C; psycopg's would send the rows one by one, so
    PostgreSQL gets COPY."""
    quote = connection.ops.quote_name
    names = ", ".join(map(quote, columns))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {quote(table)} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})", rows)


def _writing_cause(caller: str) -> Cause:
    if not connection.in_atomic_block:
        raise RuntimeError(f"{caller} must be called inside transaction.atomic().")
    current = _cause.get()
    if current is None:
        raise RuntimeError(f"{caller} needs a cause: wrap the change in `with audit.cause(...)`.")
    return current


def _lock_head() -> str:
    """Take the chain's write lock for the rest of the transaction; the hash of its last event."""
    if connection.vendor == "postgresql":
        # Serialise appends so two writers never chain onto the same previous event.
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_PG_CHAIN_LOCK])
    # On SQLite the transaction is IMMEDIATE (see settings), which already serialises writers.
    head = AuditEvent.objects.order_by("-id").values_list("hash", flat=True).first()
    return head or GENESIS_HASH


def _event(current: Cause, action, *, actor, article=None, claim=None, changes=None, note=""):
    """An unsaved, unchained event."""
    if article is None and claim is not None:
        article = claim.article
    authenticated = actor is not None and actor.is_authenticated
    return AuditEvent(
        at=timezone.now(),
        actor=actor if authenticated else None,
        actor_name=actor.get_username() if authenticated else "",
        via=current.via,
        request_id=current.request_id,
        action=action,
        article=article,
        claim=claim,
        changes=_jsonable(changes or {}),
        note=note or "",
    )


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
