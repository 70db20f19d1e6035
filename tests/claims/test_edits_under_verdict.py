"""A verdict is about a claim as it stood: while one is set, its words, speaker and kind stay
(reopen the verdict first). The workflow refuses, so the claim page and the admin do too. Boundary
fields posted on the claim page are stored, or refused with a reason; never "Claim updated." for
nothing."""

import pytest
from django.urls import reverse

from claims import workflow
from claims.models import AuditEvent, Claim
from tests.factories import make_claim, make_speaker

pytestmark = pytest.mark.django_db


@pytest.fixture
def judged(chief):
    claim = make_claim(speaker=make_speaker("Jan de Vries"))
    return workflow.set_verdict(
        claim, "unverifiable", actor=chief, rationale="No source.", expected_version=1
    )


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "direct"},
        {"speaker": None},
        {"text": "de begroting groeit"},
        {"start": 0},
        {"end": 10},
    ],
    ids=lambda c: next(iter(c)),
)
def test_the_workflow_refuses_extraction_edits_under_a_verdict(judged, chief, change):
    events = AuditEvent.objects.count()
    with pytest.raises(workflow.WorkflowError, match="reopen the verdict first"):
        workflow.edit_claim(judged, actor=chief, expected_version=judged.version, **change)
    after = Claim.objects.get(pk=judged.pk)
    assert (after.kind, after.speaker_id, after.text, after.start, after.end) == (
        judged.kind,
        judged.speaker_id,
        judged.text,
        judged.start,
        judged.end,
    )
    assert AuditEvent.objects.count() == events


def test_cue_and_assignee_may_still_change_under_a_verdict(judged, chief, editor):
    claim = workflow.edit_claim(judged, actor=chief, expected_version=judged.version, cue="meldde")
    claim = workflow.edit_claim(claim, actor=chief, expected_version=claim.version, assignee=editor)
    assert (claim.cue, claim.assignee, claim.status) == ("meldde", editor, "unverifiable")


def test_after_a_reopen_the_claim_may_be_edited(judged, chief):
    claim = workflow.reopen_verdict(judged, actor=chief, reason="Wrong speaker.", expected_version=2)
    claim = workflow.edit_claim(claim, actor=chief, expected_version=claim.version, kind="direct")
    assert claim.kind == "direct"


def _edit_post(claim, **fields):
    data = {
        "edit-speaker_name": claim.speaker.name if claim.speaker else "",
        "edit-kind": claim.kind,
        "edit-cue": claim.cue,
        "edit-version": claim.version,
    }
    data.update({f"edit-{k}": v for k, v in fields.items()})
    return data


def test_the_claim_page_refuses_a_new_speaker_under_a_verdict(client, judged, editor):
    client.force_login(editor)
    response = client.post(
        reverse("claims:claim_edit", args=[judged.pk]), _edit_post(judged, speaker_name="Mark Rutte")
    )
    assert response.status_code == 422
    assert "reopen the verdict first" in response.content.decode()
    assert Claim.objects.get(pk=judged.pk).speaker.name == "Jan de Vries"


def test_the_admin_refuses_a_new_kind_under_a_verdict(client, judged, chief):
    client.force_login(chief)
    url = reverse("admin:claims_claim_change", args=[judged.pk])
    data = {
        "text": judged.text,
        "start": judged.start,
        "end": judged.end,
        "kind": "direct",
        "speaker": judged.speaker_id,
        "mention": "",
        "cue": judged.cue,
        "status": judged.status,
        "rationale": judged.rationale,
        "expected_version": judged.version,
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "reopen the verdict first" in response.content.decode()
    assert Claim.objects.get(pk=judged.pk).kind == judged.kind


def _bounds_post(claim, **fields):
    data = {"bounds-start": claim.start, "bounds-end": claim.end, "bounds-version": claim.version}
    data.update({f"bounds-{k}": v for k, v in fields.items()})
    return data


def test_new_boundaries_on_the_claim_page_are_stored(client, editor):
    claim = make_claim()
    body = claim.article.body
    start = body.index("dinsdag")
    client.force_login(editor)
    response = client.post(
        reverse("claims:claim_bounds", args=[claim.pk]), _bounds_post(claim, start=start), follow=True
    )
    assert "Boundaries saved." in response.content.decode()
    after = Claim.objects.get(pk=claim.pk)
    assert (after.start, after.end, after.text) == (start, claim.end, body[start : claim.end])
    event = AuditEvent.objects.get(action="claim.edited")
    assert event.changes["start"] == [claim.start, start]


def test_new_boundaries_outside_the_article_are_refused_on_the_page(client, editor):
    claim = make_claim()
    client.force_login(editor)
    response = client.post(reverse("claims:claim_bounds", args=[claim.pk]), _bounds_post(claim, end=10**6))
    assert response.status_code == 422
    assert "lies outside the article" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).end == claim.end


def test_new_boundaries_under_a_verdict_are_refused_on_the_page(client, judged, editor):
    client.force_login(editor)
    response = client.post(reverse("claims:claim_bounds", args=[judged.pk]), _bounds_post(judged, start=0))
    assert response.status_code == 422
    assert "reopen the verdict first" in response.content.decode()
    assert Claim.objects.get(pk=judged.pk).start == judged.start
