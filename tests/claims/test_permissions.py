"""Every role × every action: allowed works, denied is a 403 page with a clear message and changes
nothing; anonymous users are sent to log in."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims import workflow
from claims.models import Article, AuditEvent, Claim, Speaker
from tests.conftest import make_user
from tests.factories import make_article, make_claim, make_speaker

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim():
    return make_claim(make_article(), speaker=make_speaker("Jan de Vries"))


def _reviewed(claim):
    workflow.set_verdict(claim, "unverifiable", actor=None, rationale="No source.", expected_version=1)
    return Claim.objects.get(pk=claim.pk)


# action -> (how to build the request, roles allowed, how to see it worked)
ACTIONS = {
    "import article": (
        lambda c: (
            reverse("claims:article_new"),
            {"text": "Het kabinet trekt 3 miljard euro uit voor dijken."},
        ),
        {"editor", "chief"},
        lambda c: Article.objects.filter(body__contains="dijken").exists(),
    ),
    "set verdict": (
        lambda c: (
            reverse("claims:claim_verdict", args=[c.pk]),
            {f"c{c.pk}-status": "unverifiable", f"c{c.pk}-rationale": "No data.", f"c{c.pk}-version": 1},
        ),
        {"reviewer", "chief"},
        lambda c: Claim.objects.get(pk=c.pk).status == "unverifiable",
    ),
    "reopen verdict": (
        lambda c: (
            reverse("claims:claim_reopen", args=[_reviewed(c).pk]),
            {"reopen-reason": "New source found.", "reopen-version": 2},
        ),
        {"chief"},
        lambda c: Claim.objects.get(pk=c.pk).status == "unreviewed",
    ),
    "confirm verdict": (
        lambda c: (reverse("claims:claim_confirm", args=[_reviewed(c).pk]), {"confirm-version": 2}),
        {"reviewer", "chief"},
        lambda c: Claim.objects.get(pk=c.pk).confirmed_at is not None,
    ),
    "publish verdict": (
        lambda c: (reverse("claims:claim_publish", args=[_reviewed(c).pk]), {"publish-version": 2}),
        {"chief"},
        lambda c: Claim.objects.get(pk=c.pk).is_published,
    ),
    "add evidence": (
        lambda c: (reverse("claims:claim_evidence", args=[c.pk]), {"url": "https://example.org/e"}),
        {"editor", "reviewer", "chief"},
        lambda c: c.evidence.exists(),
    ),
    "fix extraction": (
        lambda c: (
            reverse("claims:claim_edit", args=[c.pk]),
            {
                "edit-speaker_name": "Mark Rutte",
                "edit-kind": "direct",
                "edit-cue": "zei",
                "edit-start": c.start,
                "edit-end": c.end,
                "edit-version": 1,
            },
        ),
        {"editor", "chief"},
        lambda c: Claim.objects.get(pk=c.pk).speaker.name == "Mark Rutte",
    ),
    "assign": (
        lambda c: (
            reverse("claims:claim_assign", args=[c.pk]),
            {"assign-assignee": c.article.created_by_id or "", "assign-version": 1},
        ),
        {"editor", "chief"},
        lambda c: AuditEvent.objects.filter(action="claim.assigned").exists(),
    ),
    "merge speakers": (
        lambda c: (
            reverse("claims:speaker_merge", args=[c.speaker_id]),
            {"target": make_speaker("J. de Vries").pk},
        ),
        {"chief"},
        lambda c: not Speaker.objects.filter(name="Jan de Vries").exists(),
    ),
}
ROLES = {"editor": "Editors", "reviewer": "Reviewers", "chief": "Chief editors", "nobody": None}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_role_action_matrix(client, claim, role, action):
    build, allowed, worked = ACTIONS[action]
    user = make_user(f"user-{role}", *([ROLES[role]] if ROLES[role] else []))
    if action == "assign":
        # someone to assign to: only people who may set verdicts are offered
        claim.article.created_by = make_user("rita", "Reviewers")
        claim.article.save()
    url, data = build(claim)
    events_before = AuditEvent.objects.count()
    client.force_login(user)
    response = client.post(url, data)
    if role in allowed:
        assert response.status_code == 302, response.content.decode()[:3000]
        assert worked(claim)
    else:
        assert response.status_code == 403
        html = response.content.decode()
        assert "Not allowed" in html and "You cannot" in html and "that is for" in html
        assert AuditEvent.objects.count() == events_before
        assert not worked(claim)


@pytest.mark.parametrize("action", ACTIONS)
def test_anonymous_users_are_sent_to_log_in(client, claim, action):
    url, data = ACTIONS[action][0](claim)
    response = client.post(url, data)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_the_workflow_itself_refuses_without_the_view(claim, editor):
    with pytest.raises(
        PermissionDenied, match="You cannot set verdicts: that is for a Reviewer or Chief editor"
    ):
        workflow.set_verdict(claim, "unverifiable", actor=editor, rationale="x", expected_version=1)


def test_a_reviewer_cannot_change_a_verdict_once_set(claim, reviewer):
    claim = _reviewed(claim)
    with pytest.raises(PermissionDenied, match="change a verdict that is already set"):
        workflow.set_verdict(
            claim,
            "disputed",
            actor=reviewer,
            rationale="x",
            expected_version=2,
            evidence_url="https://example.org/x",
        )
    assert Claim.objects.get(pk=claim.pk).status == "unverifiable"


def test_htmx_verdict_refused_in_place_with_the_reason(client, claim, editor):
    client.force_login(editor)
    response = client.post(
        reverse("claims:claim_verdict", args=[claim.pk]),
        {f"c{claim.pk}-status": "unverifiable", f"c{claim.pk}-rationale": "x", f"c{claim.pk}-version": 1},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert "<html" not in html and f'id="claim-{claim.pk}"' in html and "You cannot set verdicts" in html


def test_admin_is_for_staff_and_checks_model_permissions(client, claim, reviewer):
    client.force_login(reviewer)
    assert client.get(reverse("admin:index")).status_code == 302
    reviewer.is_staff = True
    reviewer.save()
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    assert client.get(url).status_code == 200  # view permission
    response = client.post(url, {"cue": "meldde", "expected_version": 1})
    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).cue == "zei"


def test_pages_hide_actions_the_user_cannot_take(client, claim, editor):
    client.force_login(editor)
    html = client.get(reverse("claims:claim", args=[claim.pk])).content.decode()
    assert "Verdicts are set by Reviewers and Chief editors." in html
    assert "Fix the extraction" in html and "Save verdict" not in html
