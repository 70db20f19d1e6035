"""Changing a verdict that is set (its status or only its rationale) is a reopen: Chief editors may,
the Reviewer who set it may while it is neither confirmed nor published, nobody else may. The same
rule on every way in: the workflow, the claim page, its htmx card and the bulk action."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims import roles, workflow
from claims.models import AuditEvent, Claim
from tests.factories import make_claim

pytestmark = pytest.mark.django_db

ROLES = ("owner", "other reviewer", "chief", "editor", "nobody")
SITUATIONS = ("set", "confirmed", "published")
CHANGES = {"rationale only": ("unverifiable", "A new rationale."), "status": ("verified", "Checked it.")}


def _allowed(role, situation):
    if situation == "published":
        return False  # locked for everyone: a Chief editor reopens it first
    return role == "chief" or (role == "owner" and situation == "set")


def _user(username, *groups):
    # No password: hashing six of them would make each of these many tests slow.
    user = get_user_model().objects.create(username=username)
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def people(db):
    return {
        "owner": _user("rob", roles.REVIEWERS),
        "other reviewer": _user("rita", roles.REVIEWERS),
        "chief": _user("chief", roles.CHIEF_EDITORS),
        "editor": _user("edith", roles.EDITORS),
        "nobody": _user("nora"),
        "confirmer": _user("carl", roles.REVIEWERS),
    }


def _situation(people, situation):
    """A claim whose unverifiable verdict rob set, then maybe confirmed by carl, maybe published."""
    claim = make_claim()
    claim.evidence.create(url="https://example.org/source")
    claim = workflow.set_verdict(
        claim, "unverifiable", actor=people["owner"], rationale="No source.", expected_version=1
    )
    if situation in ("confirmed", "published"):
        claim = workflow.confirm_verdict(claim, actor=people["confirmer"], expected_version=claim.version)
    if situation == "published":
        claim = workflow.publish_verdict(claim, actor=people["chief"], expected_version=claim.version)
    return Claim.objects.get(pk=claim.pk)


def _unchanged(claim, before_events):
    after = Claim.objects.get(pk=claim.pk)
    assert (after.status, after.rationale, after.reviewed_by_id) == (
        "unverifiable",
        "No source.",
        claim.reviewed_by_id,
    )
    assert (after.confirmed_at, after.published_at) == (claim.confirmed_at, claim.published_at)
    assert AuditEvent.objects.count() == before_events


@pytest.mark.parametrize("change", CHANGES)
@pytest.mark.parametrize("situation", SITUATIONS)
@pytest.mark.parametrize("role", ROLES)
def test_workflow_matrix(people, role, situation, change):
    claim = _situation(people, situation)
    status, rationale = CHANGES[change]
    events = AuditEvent.objects.count()
    call = lambda: workflow.set_verdict(  # noqa: E731
        claim, status, actor=people[role], rationale=rationale, expected_version=claim.version
    )
    if _allowed(role, situation):
        after = call()
        assert (after.status, after.rationale, after.reviewed_by) == (status, rationale, people[role])
        assert after.confirmed_at is None  # a changed verdict needs a new confirmation
        return
    with pytest.raises((PermissionDenied, workflow.WorkflowError)) as refused:
        call()
    message = str(refused.value)
    if role in ("editor", "nobody"):
        assert "You cannot set verdicts" in message
    elif situation == "published":
        assert "published" in message and "reopen" in message
    elif role == "other reviewer":
        assert "You cannot change a verdict that is already set" in message and "rob" in message
    else:  # the owner, after a confirmation
        assert "confirmed by carl" in message and "reopen" in message
    _unchanged(claim, events)


def _post_page(client, claim, status, rationale, htmx):
    data = {
        f"c{claim.pk}-status": status,
        f"c{claim.pk}-rationale": rationale,
        f"c{claim.pk}-version": claim.version,
    }
    headers = {"HX-Request": "true"} if htmx else {}
    return client.post(reverse("claims:claim_verdict", args=[claim.pk]), data, headers=headers)


def _post_bulk(client, claim, status, rationale):
    data = {
        "action": "verdict",
        "selected": [f"{claim.pk}:{claim.version}"],
        "status": status,
        "rationale": rationale,
    }
    return client.post(reverse("claims:claims_bulk"), data, follow=True)


@pytest.mark.parametrize("channel", ["page", "htmx", "bulk"])
@pytest.mark.parametrize("situation", SITUATIONS)
@pytest.mark.parametrize("role", ROLES)
def test_web_matrix_for_a_new_rationale(client, people, role, situation, channel):
    """The attack of the issue: same status, new rationale."""
    claim = _situation(people, situation)
    events = AuditEvent.objects.count()
    client.force_login(people[role])
    if channel == "bulk":
        response = _post_bulk(client, claim, "unverifiable", "Rewritten.")
    else:
        response = _post_page(client, claim, "unverifiable", "Rewritten.", htmx=channel == "htmx")
    html = response.content.decode()
    if _allowed(role, situation):
        assert response.status_code in (200, 302)
        assert Claim.objects.get(pk=claim.pk).rationale == "Rewritten."
        return
    assert response.status_code in (200, 403, 422)
    if channel == "bulk" and role not in ("editor", "nobody"):
        assert "1 refused" in html
    if role in ("editor", "nobody"):
        assert "You cannot set verdicts" in html
    elif situation == "published":
        assert "This verdict is published" in html
    elif role == "other reviewer":
        assert "You cannot change a verdict that is already set" in html
    else:
        assert "confirmed by carl" in html
    _unchanged(claim, events)


@pytest.mark.parametrize("situation", SITUATIONS)
@pytest.mark.parametrize("role", ROLES)
def test_the_claim_page_offers_the_verdict_form_only_to_who_may_change_it(client, people, role, situation):
    claim = _situation(people, situation)
    client.force_login(people[role])
    response = client.get(reverse("claims:claim", args=[claim.pk]))
    offered = f'name="c{claim.pk}-rationale"' in response.content.decode()
    assert offered == _allowed(role, situation)
