import pytest

from claims import workflow
from claims.models import AuditEvent, Claim, Evidence
from tests.factories import make_claim, make_speaker

pytestmark = pytest.mark.django_db


def test_verdict_writes_one_audit_event_with_before_and_after(reviewer):
    claim = make_claim()
    workflow.add_evidence(claim, actor=reviewer, url="https://cbs.nl/begroting", note="CBS")
    before = AuditEvent.objects.count()
    updated = workflow.set_verdict(
        claim, "verified", actor=reviewer, rationale="CBS confirms 3%.", expected_version=1
    )
    assert (updated.status, updated.version, updated.reviewed_by) == ("verified", 2, reviewer)
    events = AuditEvent.objects.filter(action="verdict.set")
    assert AuditEvent.objects.count() == before + 1
    event = events.get()
    assert event.changes == {"status": ["unreviewed", "verified"], "rationale": ["", "CBS confirms 3%."]}
    assert (event.claim, event.article, event.actor, event.note) == (
        claim,
        claim.article,
        reviewer,
        "CBS confirms 3%.",
    )


def test_changing_a_verdict_records_the_true_previous_value(reviewer, chief):
    claim = make_claim()
    workflow.set_verdict(claim, "unverifiable", actor=reviewer, rationale="No source.", expected_version=1)
    workflow.set_verdict(
        claim,
        "disputed",
        actor=chief,
        rationale="Figure is 2%.",
        expected_version=2,
        evidence_url="https://example.org/report",
    )
    event = AuditEvent.objects.filter(action="verdict.set").order_by("id").last()
    assert event.changes["status"] == ["unverifiable", "disputed"]
    assert event.changes["rationale"] == ["No source.", "Figure is 2%."]


@pytest.mark.parametrize("rationale", ["", "   "])
def test_every_verdict_needs_a_rationale(reviewer, rationale):
    claim = make_claim()
    with pytest.raises(workflow.WorkflowError, match="rationale"):
        workflow.set_verdict(claim, "unverifiable", actor=reviewer, rationale=rationale, expected_version=1)
    claim.refresh_from_db()
    assert claim.status == "unreviewed" and not AuditEvent.objects.exists()


@pytest.mark.parametrize("status", ["verified", "disputed"])
def test_verified_and_disputed_need_evidence(reviewer, status):
    claim = make_claim()
    with pytest.raises(workflow.WorkflowError, match="needs at least one evidence link"):
        workflow.set_verdict(claim, status, actor=reviewer, rationale="Checked.", expected_version=1)
    assert Claim.objects.get(pk=claim.pk).status == "unreviewed"


def test_a_link_given_with_the_verdict_counts_as_evidence(reviewer):
    claim = make_claim()
    workflow.set_verdict(
        claim,
        "disputed",
        actor=reviewer,
        rationale="Wrong.",
        expected_version=1,
        evidence_url="https://example.org/x",
        evidence_note="report",
    )
    assert Evidence.objects.get().claim == claim
    assert list(AuditEvent.objects.order_by("id").values_list("action", flat=True)) == [
        "evidence.added",
        "verdict.set",
    ]


def test_unverifiable_needs_no_evidence(reviewer):
    claim = make_claim()
    assert workflow.set_verdict(
        claim, "unverifiable", actor=reviewer, rationale="No data.", expected_version=1
    )


def test_evidence_rule_follows_the_setting(reviewer, settings):
    settings.FACTCHECK_REQUIRE_EVIDENCE = False
    claim = make_claim()
    assert (
        workflow.set_verdict(claim, "verified", actor=reviewer, rationale="Known.", expected_version=1).status
        == "verified"
    )


def test_stale_version_is_refused_and_nothing_changes(reviewer, chief):
    claim = make_claim()
    workflow.set_verdict(claim, "unverifiable", actor=chief, rationale="First.", expected_version=1)
    with pytest.raises(workflow.StaleVersion, match="changed by chief") as excinfo:
        workflow.set_verdict(claim, "unverifiable", actor=reviewer, rationale="Second.", expected_version=1)
    assert excinfo.value.current.rationale == "First."
    assert AuditEvent.objects.filter(action="verdict.set").count() == 1


def test_not_a_verdict_is_refused(reviewer):
    with pytest.raises(workflow.WorkflowError, match="not a verdict"):
        workflow.set_verdict(make_claim(), "unreviewed", actor=reviewer, rationale="x", expected_version=1)


def test_bad_evidence_link_is_refused(reviewer):
    claim = make_claim()
    for url in ["", "javascript:alert(1)", "ftp://example.org/x", "not a url"]:
        with pytest.raises(workflow.WorkflowError, match="not a valid"):
            workflow.add_evidence(claim, actor=reviewer, url=url)
    assert not Evidence.objects.exists() and not AuditEvent.objects.exists()


def test_evidence_is_audited(reviewer):
    claim = make_claim()
    workflow.add_evidence(claim, actor=reviewer, url=" https://example.org/a ", note="source")
    event = AuditEvent.objects.get()
    assert event.action == "evidence.added"
    assert event.changes == {"evidence": [None, {"url": "https://example.org/a", "note": "source"}]}


def test_edit_claim_names_the_change(editor, reviewer):
    claim = make_claim()
    speaker = make_speaker("Jan de Vries")
    claim = workflow.edit_claim(claim, actor=editor, expected_version=1, speaker=speaker, kind="direct")
    claim = workflow.edit_claim(claim, actor=editor, expected_version=2, assignee=reviewer)
    claim = workflow.edit_claim(claim, actor=editor, expected_version=3, dismissed=True)
    actions = list(AuditEvent.objects.order_by("id").values_list("action", "changes"))
    assert actions[0] == (
        "claim.edited",
        {"speaker": [None, {"id": speaker.pk, "name": "Jan de Vries"}], "kind": ["indirect", "direct"]},
    )
    assert actions[1][0] == "claim.assigned"
    assert actions[2] == ("claim.dismissed", {"dismissed": [False, True]})
    assert claim.version == 4


def test_edit_claim_refuses_spans_outside_the_article(editor):
    claim = make_claim()
    with pytest.raises(workflow.WorkflowError, match="outside the article"):
        workflow.edit_claim(claim, actor=editor, expected_version=1, end=10_000)
    with pytest.raises(workflow.WorkflowError, match="cannot be edited"):
        workflow.edit_claim(claim, actor=editor, expected_version=1, status="verified")
    assert not AuditEvent.objects.exists()
