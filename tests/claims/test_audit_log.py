"""The audit log at /audit/: filters, the CSV export, and its query count."""

import csv
import datetime
import io
import json
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims import audit, workflow
from claims.models import AuditEvent
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db

LOG = reverse("claims:audit")
EXPORT = reverse("claims:audit_export")


@pytest.fixture
def as_reviewer(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def history(reviewer, editor, chief):
    """A verdict by rob on one article's claim, an assignment by edith on another article's claim."""
    first, second = make_article(title="Budget"), make_article(title="Healthcare")
    judged, assigned = make_claim(first), make_claim(second)
    with audit.cause("web", request_id="req-123456"):
        workflow.set_verdict(judged, "unverifiable", actor=reviewer, rationale="No data.", expected_version=1)
        workflow.edit_claim(assigned, actor=editor, expected_version=1, assignee=reviewer)
    return {"first": first, "second": second, "judged": judged, "assigned": assigned}


def _events(response) -> list[AuditEvent]:
    return list(response.context["page"].object_list)


def test_it_lists_every_event_newest_first(as_reviewer, history):
    response = as_reviewer.get(LOG)
    events = _events(response)
    assert response.status_code == 200
    assert [e.action for e in events] == ["claim.assigned", "verdict.set"]
    assert "2 events" in response.content.decode()


def test_filter_by_user(as_reviewer, history, editor):
    assert [e.action for e in _events(as_reviewer.get(LOG, {"actor": editor.pk}))] == ["claim.assigned"]


def test_filter_by_action(as_reviewer, history):
    events = _events(as_reviewer.get(LOG, {"action": "verdict.set"}))
    assert [e.claim_id for e in events] == [history["judged"].pk]


def test_filter_by_article_includes_its_claims_events(as_reviewer, history):
    events = _events(as_reviewer.get(LOG, {"article": history["second"].pk}))
    assert [e.claim_id for e in events] == [history["assigned"].pk]


def test_filter_by_date_range(as_reviewer, history, chief):
    # The trail is append-only, so an old event is written at an old time rather than moved there.
    last_month = timezone.now() - datetime.timedelta(days=30)
    with mock.patch("django.utils.timezone.now", return_value=last_month):
        workflow.edit_claim(make_claim(), actor=chief, expected_version=1, assignee=chief)
    today, old_day = timezone.localdate(), timezone.localdate(last_month)
    recent = _events(as_reviewer.get(LOG, {"since": str(today - datetime.timedelta(days=1))}))
    assert [e.action for e in recent] == ["claim.assigned", "verdict.set"]
    old = _events(as_reviewer.get(LOG, {"since": str(old_day), "until": str(old_day)}))
    assert [(e.actor, e.at) for e in old] == [(chief, last_month)]
    assert _events(as_reviewer.get(LOG, {"since": str(today + datetime.timedelta(days=1))})) == []


@pytest.mark.parametrize(
    "params",
    [
        {"action": "nope"},
        {"actor": "x"},
        {"since": "tomorrow"},
        {"since": "2024-02-02", "until": "2024-02-01"},
    ],
)
def test_bad_filters_are_a_400_with_the_errors(as_reviewer, history, params):
    for url in (LOG, EXPORT):
        response = as_reviewer.get(url, params)
        assert response.status_code == 400, url
        assert "These filters cannot be used" in response.content.decode()


def test_export_link_keeps_the_filters(as_reviewer, history):
    html = as_reviewer.get(LOG, {"action": "verdict.set", "page": "1"}).content.decode()
    assert f'href="{EXPORT}?action=verdict.set"' in html


def _rows(response) -> list[dict]:
    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def test_csv_export_has_every_column_and_value(as_reviewer, history, reviewer):
    response = as_reviewer.get(EXPORT)
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="audit-')
    rows = _rows(response)
    assert list(rows[0]) == [
        "id",
        "at",
        "actor",
        "via",
        "request_id",
        "action",
        "article_id",
        "claim_id",
        "changes",
        "note",
        "prev_hash",
        "hash",
    ]
    verdict = AuditEvent.objects.get(action="verdict.set")
    first = rows[0]  # oldest first, as the chain runs
    assert first["id"] == str(verdict.pk) and first["actor"] == "rob" and first["via"] == "web"
    assert first["request_id"] == "req-123456" and first["note"] == "No data."
    assert datetime.datetime.fromisoformat(first["at"]) == verdict.at
    assert json.loads(first["changes"]) == verdict.changes
    assert (first["prev_hash"], first["hash"]) == (verdict.prev_hash, verdict.hash)
    assert first["claim_id"] == str(history["judged"].pk)
    assert first["article_id"] == str(history["first"].pk)
    assert rows[1]["prev_hash"] == first["hash"]


def test_csv_export_applies_the_filters(as_reviewer, history, editor):
    rows = _rows(as_reviewer.get(EXPORT, {"actor": editor.pk}))
    assert [(r["actor"], r["action"]) for r in rows] == [("edith", "claim.assigned")]
    assert _rows(as_reviewer.get(EXPORT, {"action": "article.imported"})) == []


def test_export_rejects_post(as_reviewer):
    assert as_reviewer.post(EXPORT).status_code == 405


def _make_events(n, actor):
    article = make_article()
    for _ in range(n):
        claim = make_claim(article)
        workflow.edit_claim(claim, actor=actor, expected_version=1, assignee=actor)


def test_log_takes_a_constant_small_number_of_queries(as_reviewer, editor, django_assert_max_num_queries):
    _make_events(30, editor)
    with CaptureQueriesContext(connection) as few:
        assert as_reviewer.get(LOG).status_code == 200
    _make_events(270, editor)
    assert AuditEvent.objects.count() == 300
    with django_assert_max_num_queries(len(few)):
        html = as_reviewer.get(LOG).content.decode()
    assert "300 events" in html
    assert len(few) <= 10


def test_past_the_cap_the_log_says_more_than_and_counts_no_further(as_reviewer, history):
    with mock.patch("claims.views.audit.CappedPaginator.CAP", 1):
        with CaptureQueriesContext(connection) as queries:
            response = as_reviewer.get(LOG)
        page = response.context["page"]
        assert page.paginator.capped and len(page.object_list) == 2
    assert "More than 1 events" in response.content.decode()
    counts = [
        q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper() and "audit" in q["sql"]
    ]
    assert counts and all("LIMIT 2" in sql.upper() for sql in counts), counts
