import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from claims import audit
from claims.models import AuditEvent
from tests.conftest import set_audit_triggers

pytestmark = pytest.mark.django_db


def _record(n, actor=None):
    with transaction.atomic():
        return [
            audit.record(AuditEvent.Action.ARTICLE_EDITED, actor=actor, note=f"event {i}") for i in range(n)
        ]


@pytest.mark.django_db(transaction=True)
def test_record_refuses_to_run_outside_a_transaction():
    with pytest.raises(RuntimeError, match=r"inside transaction\.atomic"):
        audit.record(AuditEvent.Action.ARTICLE_EDITED, actor=None)


def test_events_are_chained(chief):
    first, second = _record(2, actor=chief)
    assert first.prev_hash == audit.GENESIS_HASH
    assert second.prev_hash == first.hash
    assert second.actor == chief and second.actor_name == "chief"
    assert audit.verify_chain().checked == 2


def test_verify_names_the_first_tampered_event(capsys):
    events = _record(3)
    # An attacker with the database owner's rights drops the trigger, then alters a row.
    set_audit_triggers(False)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE claims_auditevent SET note = %s WHERE id = %s", ["forged", events[1].pk])
    report = audit.verify_chain()
    assert not report.ok
    assert report.broken["id"] == events[1].pk
    assert report.checked == 1
    with pytest.raises(CommandError, match=f"event #{events[1].pk}"):
        call_command("verify_audit")


def test_verify_audit_command_reports_intact_chain(capsys):
    _record(4)
    call_command("verify_audit")
    assert "Audit trail intact: 4 events verified." in capsys.readouterr().out


def test_changes_are_stored_as_json_values():
    import datetime

    with transaction.atomic():
        event = audit.record(
            AuditEvent.Action.ARTICLE_EDITED,
            actor=None,
            changes={"published": [None, datetime.date(2020, 1, 2)]},
        )
    assert AuditEvent.objects.get(pk=event.pk).changes == {"published": [None, "2020-01-02"]}
    assert audit.verify_chain().ok


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE claims_auditevent SET note = 'forged'",
        "UPDATE claims_auditevent SET hash = 'x' WHERE id = {id}",
        "DELETE FROM claims_auditevent WHERE id = {id}",
        "DELETE FROM claims_auditevent",
    ],
)
def test_the_database_refuses_raw_update_and_delete(sql):
    from django.db import DatabaseError

    (event,) = _record(1)
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql.format(id=event.pk))
    assert AuditEvent.objects.get(pk=event.pk).note == "event 0"


def test_record_refuses_an_event_without_a_cause():
    token = audit._cause.set(None)
    try:
        with pytest.raises(RuntimeError, match="needs a cause"), transaction.atomic():
            audit.record(AuditEvent.Action.ARTICLE_EDITED, actor=None)
    finally:
        audit._cause.reset(token)
    assert not AuditEvent.objects.exists()


def test_events_record_their_cause():
    with audit.cause("command:load_seeds"):
        (event,) = _record(1)
    assert (event.via, event.request_id) == ("command:load_seeds", "")


def test_export_jsonl_verifies_outside_the_database(tmp_path, capsys):
    import json

    _record(3)
    path = tmp_path / "trail.jsonl"
    call_command("export_audit", "--output", str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and {"hash", "prev_hash", "at", "actor_name"} <= set(json.loads(lines[0]))
    call_command("verify_audit", "--file", str(path))
    assert "intact: 3 events verified" in capsys.readouterr().out

    forged = json.loads(lines[2])
    forged["note"] = "forged"
    path.write_text("\n".join([*lines[:2], json.dumps(forged)]) + "\n", encoding="utf-8")
    with pytest.raises(CommandError, match=f"broken at event #{forged['id']}"):
        call_command("verify_audit", "--file", str(path))


def test_export_csv_and_since(capsys):
    import csv
    import io

    _record(2)
    call_command("export_audit", "--format", "csv", "--since", "2000-01-01")
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][0] == "id" and rows[0][-1] == "hash" and len(rows) == 3
    call_command("export_audit", "--since", "2999-01-01")
    assert capsys.readouterr().out == ""
    with pytest.raises(CommandError, match="not a date"):
        call_command("export_audit", "--since", "yesterday")
