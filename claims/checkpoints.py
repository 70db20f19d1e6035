"""Signed checkpoints of the audit trail, kept outside the database.

The hash chain shows an event changed in place, but not a trail cut short (the last events deleted,
the table truncated) or rewritten and re-chained from some event on: whoever can write the database
can recompute every later hash. As in Certificate Transparency (RFC 6962/9162), a log is trusted
because its signed heads leave the log's own storage: a checkpoint is the event count, the last
event's id and its hash, signed with HMAC-SHA256 under a key the database never holds, written as a
small JSON file into FACTCHECK_AUDIT_CHECKPOINT_DIR. `verify_audit` compares the database with every
checkpoint there and names what is missing or changed; events newer than the last checkpoint can
only be chain-checked, and it says how many there are.

The app writes one every FACTCHECK_AUDIT_CHECKPOINT_EVERY events, when an event commits more than
FACTCHECK_AUDIT_CHECKPOINT_MINUTES after the last one, on every `export_audit`, and whenever
`manage.py audit_checkpoint` runs (from cron, say).
"""

import datetime
import hashlib
import hmac
import json
import logging
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction

from .models import AuditEvent

FORMAT = "factcheck-audit-checkpoint/1"
SIGNED_KEYS = ("format", "count", "last_id", "head_hash", "at", "key_id")
log = logging.getLogger(__name__)


class CheckpointError(Exception):
    """No key, or the directory cannot be written: the message says which and where."""


def directory() -> Path:
    return Path(settings.FACTCHECK_AUDIT_CHECKPOINT_DIR)


def signing_key(*, create: bool = False) -> bytes:
    """The key from FACTCHECK_AUDIT_KEY, else the file FACTCHECK_AUDIT_KEY_FILE. With `create`, a
    missing file is made (a random key, readable by its owner only): fine on a developer's machine;
    production sets the key outside the app's data (DEPLOY.md)."""
    if settings.FACTCHECK_AUDIT_KEY:
        return settings.FACTCHECK_AUDIT_KEY.encode()
    path = Path(settings.FACTCHECK_AUDIT_KEY_FILE)
    try:
        key = path.read_bytes().strip()
    except FileNotFoundError:
        if not create:
            raise CheckpointError(
                "No checkpoint key: set FACTCHECK_AUDIT_KEY, or FACTCHECK_AUDIT_KEY_FILE "
                f"({path} does not exist)."
            ) from None
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32).encode()
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key + b"\n")
    except OSError as exc:
        raise CheckpointError(f"Checkpoint key {path}: {exc.strerror}.") from None
    if not key:
        raise CheckpointError(f"Checkpoint key {path} is empty.")
    return key


def key_id(key: bytes) -> str:
    """A short public fingerprint of the key, so a checkpoint names the key it was signed with."""
    return hashlib.sha256(b"factcheck-audit-key:" + key).hexdigest()[:16]


def _signature(key: bytes, data: dict) -> str:
    signed = {k: data[k] for k in SIGNED_KEYS}
    message = json.dumps(signed, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Checkpoint:
    path: Path
    count: int
    last_id: int
    head_hash: str
    at: str

    @property
    def name(self) -> str:
        return self.path.name


def head() -> tuple[int, int, str]:
    """(number of events, id of the last one, its hash), read in one statement so they agree."""
    table = connection.ops.quote_name(AuditEvent._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*), MAX(id) FROM {table}")
        count, last_id = cursor.fetchone()
    if not last_id:
        return 0, 0, ""
    return count, last_id, AuditEvent.objects.values_list("hash", flat=True).get(pk=last_id)


def write_checkpoint(path_dir: Path | None = None) -> Checkpoint:
    """Sign the trail's head as it is now and write it as a new file; returns it."""
    key = signing_key(create=True)
    count, last_id, head_hash = head()
    now = datetime.datetime.now(datetime.UTC)
    data = {
        "format": FORMAT,
        "count": count,
        "last_id": last_id,
        "head_hash": head_hash,
        "at": now.isoformat(timespec="microseconds"),
        "key_id": key_id(key),
    }
    data["signature"] = _signature(key, data)
    folder = path_dir or directory()
    path = folder / f"checkpoint-{now:%Y%m%dT%H%M%S%fZ}-{last_id:010d}.json"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        temporary.replace(path)  # never a half-written checkpoint under the final name
    except OSError as exc:
        raise CheckpointError(f"Cannot write the checkpoint into {folder}: {exc.strerror}.") from None
    _last_written[str(folder)] = time.time()
    return Checkpoint(path, count, last_id, head_hash, data["at"])


def read_checkpoints(path_dir: Path | None = None) -> tuple[list[Checkpoint], list[str]]:
    """The checkpoints whose signature holds, oldest head first, and a problem line for every file
    that is not a valid checkpoint (unreadable, altered, forged, or signed with another key)."""
    folder = path_dir or directory()
    paths = sorted(folder.glob("checkpoint-*.json")) if folder.is_dir() else []
    if not paths:
        return [], []
    key = signing_key()
    ours = key_id(key)
    good, problems = [], []
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            valid = data.get("format") == FORMAT and hmac.compare_digest(
                _signature(key, data), str(data.get("signature", ""))
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            problems.append(f"checkpoint {path.name} cannot be read as a checkpoint.")
            continue
        if not valid:
            other = data.get("key_id") != ours
            problems.append(
                f"checkpoint {path.name}: its signature does not match"
                + (f" (signed with key {data.get('key_id')}, ours is {ours})" if other else "")
                + ": the file was altered or forged."
            )
            continue
        good.append(Checkpoint(path, data["count"], data["last_id"], data["head_hash"], data["at"]))
    good.sort(key=lambda c: (c.last_id, c.at))
    return good, problems


@dataclass(frozen=True)
class Comparison:
    problems: list[str]
    checked: int  # checkpoints compared
    newer: int  # events after the last checkpoint's head: chain-checked only
    latest: Checkpoint | None


def compare(checkpoints: list[Checkpoint]) -> Comparison:
    """Compare the stored trail with each checkpoint, in one pass over the events' ids and hashes."""
    seen: dict[int, tuple[int, str | None]] = {}  # last_id -> (events up to it, its hash or None)
    heads = sorted({c.last_id for c in checkpoints})
    index, count = 0, 0
    with transaction.atomic():
        rows = AuditEvent.objects.order_by("id").values_list("id", "hash").iterator(chunk_size=5000)
        for pk, digest in rows:
            while index < len(heads) and heads[index] < pk:
                seen[heads[index]] = (count, None)
                index += 1
            count += 1
            if index < len(heads) and heads[index] == pk:
                seen[pk] = (count, digest)
                index += 1
    for rest in heads[index:]:
        seen[rest] = (count, None)
    problems, agreed_up_to, told = [], 0, set()
    for checkpoint in checkpoints:
        up_to, digest = seen[checkpoint.last_id]
        found = _disagreements(checkpoint, up_to, digest, agreed_up_to)
        # Several checkpoints of the same head (the app's and an export's) say the same: once.
        same = (checkpoint.last_id, checkpoint.count, checkpoint.head_hash)
        if found and same not in told:
            problems.extend(found)
        told.add(same)
        if not found:
            agreed_up_to = max(agreed_up_to, checkpoint.last_id)
    latest = checkpoints[-1] if checkpoints else None
    newer = count - seen[latest.last_id][0] if latest else count
    return Comparison(problems, len(checkpoints), max(newer, 0), latest)


def _disagreements(checkpoint: Checkpoint, up_to: int, digest: str | None, agreed_up_to: int) -> list[str]:
    if checkpoint.count == 0:
        return []
    head = f"#{checkpoint.last_id}"
    where = f"checkpoint {checkpoint.name} ({_events(checkpoint.count)} up to {head})"
    problems = []
    if up_to < checkpoint.count:
        gone = f"{checkpoint.count - up_to} of them" if up_to else "all of them"
        problems.append(
            f"{where}: {gone} missing from the database, which holds {_events(up_to)} up to {head}"
            + (f", {head} itself among the missing" if digest is None else "")
            + ": deleted or truncated."
        )
    elif up_to > checkpoint.count:
        problems.append(f"{where}: the database holds {_events(up_to - checkpoint.count)} more up to {head}.")
    if digest is None and up_to >= checkpoint.count:
        problems.append(f"{where}: event {head}, its head, is missing.")
    elif digest is not None and digest != checkpoint.head_hash:
        lies = f"after #{agreed_up_to}, the last checkpointed event that still agrees" if agreed_up_to else ""
        problems.append(
            f"{where}: event {head} now has hash {digest[:16]}…, signed as "
            f"{checkpoint.head_hash[:16]}…: events up to it were rewritten and re-chained "
            f"(the change lies {lies or 'at or before it'})."
        )
    return problems


def _events(n: int) -> str:
    return f"{n} event" if n == 1 else f"{n} events"


# Writing them as the trail grows ---------------------------------------------------------------

# Per directory, when this process last wrote (or found) a checkpoint there.
_last_written: dict[str, float] = {}


def _last_time(folder: Path) -> float:
    key = str(folder)
    if key not in _last_written:
        try:
            latest = max((p.stat().st_mtime for p in folder.glob("checkpoint-*.json")), default=0.0)
        except OSError:
            latest = 0.0
        _last_written[key] = latest
    return _last_written[key]


def after_append(first_id: int, last_id: int) -> None:
    """Called by `audit` inside the transaction that appended events `first_id`..`last_id`: when
    a checkpoint is due (every N events, or M minutes since the last), write one once it commits."""
    every = settings.FACTCHECK_AUDIT_CHECKPOINT_EVERY
    minutes = settings.FACTCHECK_AUDIT_CHECKPOINT_MINUTES
    due = bool(every) and last_id // every > (first_id - 1) // every
    if not due and minutes:
        folder = directory()
        due = time.time() - _last_time(folder) >= minutes * 60
        if due:
            _last_written[str(folder)] = time.time()  # one per period, even while this one is pending
    if due:
        transaction.on_commit(_write_quietly)


def _write_quietly() -> None:
    # The change is committed: a checkpoint that cannot be written must not turn it into an error.
    try:
        write_checkpoint()
    except Exception:
        log.exception("Could not write an audit checkpoint")
