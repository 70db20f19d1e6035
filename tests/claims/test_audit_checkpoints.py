"""Signed checkpoints: what someone with full write access to the database does to the trail (drop
or disable the triggers, delete, truncate, forge, rewrite and re-chain) shows in `verify_audit`,
on SQLite and on PostgreSQL."""

import json
from contextlib import contextmanager

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction

from claims import audit, checkpoints
from claims.models import AuditEvent
from tests.conftest import set_audit_triggers

pytestmark = pytest.mark.django_db
TABLE = "claims_auditevent"
COLUMNS = "id, at, via, request_id, actor_name, action, changes, note, prev_hash, hash"
COPY = "at, via, request_id, actor_name, action, changes, 'replaced', prev_hash, hash"


def _record(n, note="event"):
    with transaction.atomic():
        return [
            audit.record(AuditEvent.Action.ARTICLE_EDITED, actor=None, note=f"{note} {i}") for i in range(n)
        ]


@contextmanager
def _as_attacker():
    """Full rights on the database: SQLite's triggers dropped, PostgreSQL's disabled (superuser)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # ALTER TABLE waits for no deferred check
            cursor.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER ALL")
        yield
        with connection.cursor() as cursor:
            cursor.execute(f"ALTER TABLE {TABLE} ENABLE TRIGGER ALL")
    else:
        set_audit_triggers(False)
        yield
        set_audit_triggers(True)


def _sql(statement, params=()):
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def _verify():
    """(failed, what verify_audit printed)."""
    from io import StringIO

    out = StringIO()
    try:
        call_command("verify_audit", stdout=out)
    except CommandError as exc:
        return True, str(exc)
    return False, out.getvalue()


def _rechain_from(pk):
    """What an attacker does after rewriting event `pk`: recompute its hash and every later one."""
    prev = AuditEvent.objects.filter(id__lt=pk).order_by("-id").values_list("hash", flat=True).first()
    prev = prev or audit.GENESIS_HASH
    for event in AuditEvent.objects.filter(id__gte=pk).order_by("id"):
        event.prev_hash = prev
        prev = audit.compute_hash(event)
        _sql(f"UPDATE {TABLE} SET prev_hash = %s, hash = %s WHERE id = %s", [event.prev_hash, prev, event.pk])


def test_an_untouched_trail_agrees_with_its_checkpoint():
    _record(5)
    checkpoint = checkpoints.write_checkpoint()
    _record(2)
    failed, out = _verify()
    assert not failed
    assert "Audit trail intact: 7 events verified." in out
    assert f"Checkpoints agree: 1 checked; the latest, {checkpoint.name}" in out
    assert "covers 5 events up to" in out
    assert "2 events are newer than the last checkpoint" in out and "only chain-checked" in out


def test_delete_last_is_named():
    events = _record(4)
    checkpoints.write_checkpoint()
    with _as_attacker():
        _sql(f"DELETE FROM {TABLE} WHERE id = %s", [events[-1].pk])
    assert audit.verify_chain().ok  # the chain alone cannot tell
    failed, out = _verify()
    assert failed
    pk = events[-1].pk
    assert (
        f"(4 events up to #{pk}): 1 of them missing from the database, which holds 3 events up to #{pk}, "
        f"#{pk} itself among the missing: deleted or truncated." in out
    )


def test_truncate_is_named():
    events = _record(6)
    checkpoints.write_checkpoint()
    with _as_attacker():
        _sql(f"TRUNCATE {TABLE}" if connection.vendor == "postgresql" else f"DELETE FROM {TABLE}")
    failed, out = _verify()
    assert failed
    assert f"all of them missing from the database, which holds 0 events up to #{events[-1].pk}" in out


def test_a_forged_tail_replacing_the_last_event_is_named():
    events = _record(3)
    checkpoints.write_checkpoint()
    last = events[-1]
    with _as_attacker():
        _sql(f"DELETE FROM {TABLE} WHERE id = %s", [last.pk])
        forged = AuditEvent(**{f.attname: getattr(last, f.attname) for f in AuditEvent._meta.concrete_fields})
        forged.note = "nothing happened here"
        forged.hash = audit.compute_hash(forged)  # correctly chained onto the event before it
        _sql(
            f"INSERT INTO {TABLE} ({COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [
                last.pk,
                last.at,
                last.via,
                "",
                "",
                last.action,
                "{}",
                forged.note,
                forged.prev_hash,
                forged.hash,
            ],
        )
    assert audit.verify_chain().ok
    failed, out = _verify()
    assert failed
    assert f"event #{last.pk} now has hash {forged.hash[:16]}…, signed as {last.hash[:16]}…" in out


def test_a_tail_appended_after_the_last_checkpoint_is_counted_as_unchecked():
    _record(3)
    checkpoint = checkpoints.write_checkpoint()
    _record(2, note="appended")  # correctly chained: nothing can tell these from real events
    failed, out = _verify()
    assert not failed
    assert f"2 events are newer than the last checkpoint (#{checkpoint.last_id}): only chain-checked." in out


def test_rewrite_and_rechain_is_named_between_checkpoints():
    events = _record(3)
    first = checkpoints.write_checkpoint()
    events += _record(4)
    second = checkpoints.write_checkpoint()
    with _as_attacker():
        _sql(f"UPDATE {TABLE} SET note = %s WHERE id = %s", ["rewritten", events[4].pk])
        _rechain_from(events[4].pk)
    assert audit.verify_chain().ok  # re-chained: the chain alone says intact
    failed, out = _verify()
    assert failed
    assert (
        f"checkpoint {second.name} (7 events up to #{events[-1].pk}): event #{events[-1].pk} now has hash"
        in out
    )
    assert f"the change lies after #{first.last_id}, the last checkpointed event that still agrees" in out
    assert first.name not in out.replace(f"{second.name}", "")


def test_a_forged_or_altered_checkpoint_file_is_named():
    _record(2)
    checkpoint = checkpoints.write_checkpoint()
    data = json.loads(checkpoint.path.read_text())
    data["count"] = 1
    checkpoint.path.write_text(json.dumps(data))
    failed, out = _verify()
    assert failed
    assert (
        f"checkpoint {checkpoint.name}: its signature does not match: the file was altered or forged." in out
    )


def test_a_checkpoint_signed_with_another_key_is_named(settings):
    _record(1)
    checkpoint = checkpoints.write_checkpoint()
    settings.FACTCHECK_AUDIT_KEY = "another key"
    failed, out = _verify()
    assert failed and f"checkpoint {checkpoint.name}: its signature does not match (signed with key" in out


def test_without_checkpoints_verify_says_what_it_cannot_see():
    _record(2)
    failed, out = _verify()
    assert not failed
    assert "No checkpoint in" in out and "only the chain was checked" in out


def test_checkpoints_need_the_key(settings):
    _record(1)
    checkpoints.write_checkpoint()
    settings.FACTCHECK_AUDIT_KEY = ""
    failed, out = _verify()
    assert failed and "No checkpoint key: set FACTCHECK_AUDIT_KEY" in out


def test_the_key_file_is_made_once_and_kept_private(settings, tmp_path):
    settings.FACTCHECK_AUDIT_KEY = ""
    settings.FACTCHECK_AUDIT_KEY_FILE = tmp_path / "keys" / "audit.key"
    _record(1)
    checkpoints.write_checkpoint()
    key = settings.FACTCHECK_AUDIT_KEY_FILE.read_bytes()
    assert settings.FACTCHECK_AUDIT_KEY_FILE.stat().st_mode & 0o077 == 0
    checkpoints.write_checkpoint()
    assert settings.FACTCHECK_AUDIT_KEY_FILE.read_bytes() == key
    assert not _verify()[0]


def test_audit_checkpoint_command_writes_only_when_the_trail_grew(capsys):
    _record(2)
    call_command("audit_checkpoint")
    assert "2 events up to" in capsys.readouterr().out
    call_command("audit_checkpoint")
    assert "Nothing new since checkpoint" in capsys.readouterr().out
    call_command("audit_checkpoint", "--force")
    assert len(list(checkpoints.directory().glob("checkpoint-*.json"))) == 2


def test_every_export_writes_a_checkpoint(tmp_path, capsys):
    _record(3)
    call_command("export_audit", "-o", str(tmp_path / "audit.jsonl"))
    (checkpoint,) = checkpoints.read_checkpoints()[0]
    assert checkpoint.count == 3
    assert "Checkpoint" in capsys.readouterr().err


def test_the_app_writes_one_every_n_events(settings, django_capture_on_commit_callbacks):
    settings.FACTCHECK_AUDIT_CHECKPOINT_EVERY = 3
    settings.FACTCHECK_AUDIT_CHECKPOINT_MINUTES = 0
    ids = []
    for _ in range(7):
        with django_capture_on_commit_callbacks(execute=True):
            ids += [e.pk for e in _record(1)]
    # Every third id (PostgreSQL's ids need not start at 1 in a test).
    found = checkpoints.read_checkpoints()[0]
    assert [c.last_id for c in found] == [pk for pk in ids if pk % 3 == 0]
    assert len(found) >= 2


def test_a_bulk_append_crossing_n_writes_one(settings, django_capture_on_commit_callbacks):
    settings.FACTCHECK_AUDIT_CHECKPOINT_EVERY = 10
    settings.FACTCHECK_AUDIT_CHECKPOINT_MINUTES = 0
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        audit.record_many([{"action": AuditEvent.Action.ARTICLE_EDITED, "actor": None}] * 25)
    assert [c.count for c in checkpoints.read_checkpoints()[0]] == [25]


def test_the_app_writes_one_m_minutes_after_the_last(settings, django_capture_on_commit_callbacks):
    settings.FACTCHECK_AUDIT_CHECKPOINT_EVERY = 0
    settings.FACTCHECK_AUDIT_CHECKPOINT_MINUTES = 30
    with django_capture_on_commit_callbacks(execute=True):
        _record(1)  # no checkpoint yet in this directory: one is due
    with django_capture_on_commit_callbacks(execute=True):
        _record(1)  # a moment later: not due
    assert [c.count for c in checkpoints.read_checkpoints()[0]] == [1]
    checkpoints._last_written[str(checkpoints.directory())] -= 31 * 60
    with django_capture_on_commit_callbacks(execute=True):
        _record(1)
    assert [c.count for c in checkpoints.read_checkpoints()[0]] == [1, 3]


def test_a_checkpoint_that_cannot_be_written_does_not_undo_the_change(settings, tmp_path, caplog):
    settings.FACTCHECK_AUDIT_CHECKPOINT_EVERY = 1
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    settings.FACTCHECK_AUDIT_CHECKPOINT_DIR = blocker / "checkpoints"
    checkpoints._write_quietly()
    assert "Could not write an audit checkpoint" in caplog.text


# Replacing rows in place -------------------------------------------------------------------------

REPLACES = {
    "sqlite": [
        f"INSERT OR REPLACE INTO {{t}} ({COLUMNS}) SELECT id, {COPY} FROM {{t}} WHERE id = {{id}}",
        f"REPLACE INTO {{t}} ({COLUMNS}) SELECT id, {COPY} FROM {{t}} WHERE id = {{id}}",
        # A new id but an existing hash: REPLACE would delete the old row over the unique hash.
        f"INSERT OR REPLACE INTO {{t}} ({COLUMNS}) SELECT id + 1000, {COPY} FROM {{t}} WHERE id = {{id}}",
    ],
    # PostgreSQL has no REPLACE; its upsert is an UPDATE, which the trigger refuses.
    "postgresql": [
        f"INSERT INTO {{t}} ({COLUMNS}) SELECT id, {COPY} FROM {{t}} WHERE id = {{id}} "
        "ON CONFLICT (id) DO UPDATE SET note = EXCLUDED.note",
    ],
}


@pytest.mark.parametrize("n", range(3))
def test_the_database_refuses_to_replace_an_event_in_place(n):
    statements = REPLACES[connection.vendor]
    if n >= len(statements):
        n = len(statements) - 1
    (event,) = _record(1)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        _sql(statements[n].format(t=TABLE, id=event.pk))
    assert AuditEvent.objects.get(pk=event.pk).note == "event 0"
    assert AuditEvent.objects.count() == 1
