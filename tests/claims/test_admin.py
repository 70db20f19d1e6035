import pytest
from django.urls import reverse

from claims import workflow
from claims.models import AuditEvent, Claim
from tests.factories import import_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, chief):
    client.force_login(chief)
    return client


@pytest.fixture
def claim(seed_text):
    article = import_text(seed_text)
    return Claim.objects.get(article=article, text="Dat konden we niet doen")


def test_every_admin_page_loads(admin_client, claim):
    workflow.add_evidence(claim, actor=None, url="https://example.org/e")
    event = AuditEvent.objects.first()
    for model, pk in [
        ("article", claim.article_id),
        ("speaker", claim.speaker_id),
        ("claim", claim.pk),
        ("evidence", claim.evidence.get().pk),
        ("auditevent", event.pk),
    ]:
        assert admin_client.get(reverse(f"admin:claims_{model}_changelist")).status_code == 200, model
        assert admin_client.get(reverse(f"admin:claims_{model}_change", args=[pk])).status_code == 200, model
    assert admin_client.get(reverse("admin:claims_claim_changelist"), {"q": "Trump"}).status_code == 200


def test_audit_events_are_read_only_even_for_superusers(admin_client, claim):
    event = AuditEvent.objects.first()
    assert admin_client.get(reverse("admin:claims_auditevent_add")).status_code == 403
    change_url = reverse("admin:claims_auditevent_change", args=[event.pk])
    html = admin_client.get(change_url).content.decode()
    assert 'name="_save"' not in html
    response = admin_client.post(change_url, {"note": "forged", "action": event.action})
    assert response.status_code == 403
    delete_url = reverse("admin:claims_auditevent_delete", args=[event.pk])
    assert admin_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert AuditEvent.objects.get(pk=event.pk).note == event.note


def _claim_form(claim, **overrides):
    data = {
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "speaker": claim.speaker_id,
        "mention": claim.mention,
        "cue": claim.cue,
        "status": claim.status,
        "rationale": claim.rationale,
        "assignee": "",
        "expected_version": claim.version,
        "evidence-TOTAL_FORMS": 0,
        "evidence-INITIAL_FORMS": 0,
        "evidence-MIN_NUM_FORMS": 0,
        "evidence-MAX_NUM_FORMS": 1000,
    }
    return {**data, **overrides}


def test_admin_verdict_change_goes_through_the_workflow(admin_client, claim, chief):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    response = admin_client.post(url, _claim_form(claim, status="unverifiable", rationale="No tape."))
    assert response.status_code == 302, response.content.decode()[:2000]
    claim.refresh_from_db()
    assert (claim.status, claim.version, claim.reviewed_by) == ("unverifiable", 2, chief)
    event = AuditEvent.objects.get(action="verdict.set")
    assert event.actor == chief and event.changes["status"] == ["unreviewed", "unverifiable"]


def test_admin_edit_is_audited_as_a_claim_edit(admin_client, claim):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    response = admin_client.post(url, _claim_form(claim, cue="zei tegen verslaggevers"))
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="claim.edited")
    assert event.changes == {"cue": ["zei", "zei tegen verslaggevers"]}


def test_admin_refuses_a_verdict_without_evidence(admin_client, claim):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    response = admin_client.post(url, _claim_form(claim, status="verified", rationale="Sure."))
    assert response.status_code == 200
    assert "needs at least one evidence link" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == "unreviewed"


def test_admin_refuses_a_stale_form(admin_client, claim, reviewer):
    workflow.set_verdict(claim, "unverifiable", actor=reviewer, rationale="First.", expected_version=1)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    response = admin_client.post(url, _claim_form(claim, cue="meldde", expected_version=1))
    assert response.status_code == 200 and "changed by rob" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).cue == "zei"
