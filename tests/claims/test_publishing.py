"""Publishing a verdict: four eyes, who may publish, the lock, reopen and republish, the notifications,
and the claim page's publishing panel and buttons."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims import roles, workflow
from claims.models import AuditEvent, Claim, Notification
from tests.conftest import make_user
from tests.factories import make_claim

pytestmark = pytest.mark.django_db

EVIDENCE = "https://example.org/begroting"


@pytest.fixture
def second(db):
    """A second reviewer: the other pair of eyes."""
    return make_user("bea", roles.REVIEWERS)


def _disputed(claim, reviewer):
    return workflow.set_verdict(
        claim,
        "disputed",
        actor=reviewer,
        rationale="The budget grows 2%.",
        expected_version=claim.version,
        evidence_url=EVIDENCE,
    )


def _confirmed(claim, second):
    return workflow.confirm_verdict(claim, actor=second, expected_version=claim.version)


def _published(claim, chief):
    return workflow.publish_verdict(claim, actor=chief, expected_version=claim.version)


def _events(claim, action):
    return list(AuditEvent.objects.filter(claim=claim, action=action).order_by("id"))


# Four eyes -------------------------------------------------------------------------------------


def test_a_second_reviewer_confirms_and_it_is_audited(reviewer, second):
    claim = _disputed(make_claim(), reviewer)
    confirmed = _confirmed(claim, second)
    assert confirmed.confirmed_by == second and confirmed.confirmed_at is not None
    assert confirmed.version == claim.version + 1
    (event,) = _events(claim, "verdict.confirmed")
    assert event.actor == second
    assert event.changes == {"confirmed_by": [None, {"id": second.pk, "name": "bea"}]}
    assert event.note == "confirms the disputed verdict set by rob"


def test_the_reviewer_who_set_the_verdict_cannot_confirm_it(reviewer):
    claim = _disputed(make_claim(), reviewer)
    with pytest.raises(workflow.WorkflowError, match="You set this verdict: a second person must confirm"):
        workflow.confirm_verdict(claim, actor=reviewer, expected_version=claim.version)
    assert Claim.objects.get(pk=claim.pk).confirmed_at is None
    assert not _events(claim, "verdict.confirmed")


def test_an_editor_cannot_confirm(reviewer, editor):
    claim = _disputed(make_claim(), reviewer)
    with pytest.raises(
        PermissionDenied, match="You cannot confirm verdicts: that is for a Reviewer or Chief"
    ):
        workflow.confirm_verdict(claim, actor=editor, expected_version=claim.version)


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (lambda claim, chief: claim, "no verdict to confirm"),
        (lambda claim, chief: _published(_unverifiable(claim), chief), "already published"),
    ],
)
def test_confirming_needs_an_unpublished_verdict(second, chief, prepare, message):
    claim = prepare(make_claim(), chief)
    with pytest.raises(workflow.WorkflowError, match=message):
        workflow.confirm_verdict(claim, actor=second, expected_version=claim.version)


def test_a_verdict_is_confirmed_once(reviewer, second, chief):
    claim = _confirmed(_disputed(make_claim(), reviewer), second)
    with pytest.raises(workflow.WorkflowError, match="already confirmed by bea"):
        workflow.confirm_verdict(claim, actor=chief, expected_version=claim.version)


def test_a_disputed_verdict_cannot_be_published_before_it_is_confirmed(reviewer, chief):
    claim = _disputed(make_claim(), reviewer)
    with pytest.raises(workflow.WorkflowError) as refused:
        _published(claim, chief)
    assert "A disputed verdict needs a second person's confirmation" in str(refused.value)
    assert "four eyes" in str(refused.value) and "other than rob" in str(refused.value)
    assert Claim.objects.get(pk=claim.pk).published_at is None
    assert not _events(claim, "verdict.published")


def test_a_confirmed_verdict_is_published_and_it_is_audited(reviewer, second, chief):
    claim = _confirmed(_disputed(make_claim(), reviewer), second)
    published = _published(claim, chief)
    assert published.published_by == chief and published.is_published
    (event,) = _events(claim, "verdict.published")
    assert event.actor == chief
    assert event.changes["published_at"] == [None, published.published_at.isoformat()]
    assert event.changes["published_by"] == [None, {"id": chief.pk, "name": "chief"}]
    assert event.note == "disputed verdict published, confirmed by bea"


@pytest.mark.parametrize(("four_eyes", "needs"), [([], False), (["verified", "disputed"], True)])
def test_which_verdicts_need_four_eyes_follows_the_setting(settings, reviewer, chief, four_eyes, needs):
    settings.FACTCHECK_FOUR_EYES = four_eyes
    claim = make_claim()
    claim = workflow.set_verdict(
        claim, "verified", actor=reviewer, rationale="CBS.", expected_version=1, evidence_url=EVIDENCE
    )
    if needs:
        with pytest.raises(workflow.WorkflowError, match="verified verdict needs a second person"):
            _published(claim, chief)
    else:
        assert _published(claim, chief).is_published


def _unverifiable(claim, actor=None):
    return workflow.set_verdict(
        claim, "unverifiable", actor=actor, rationale="No source.", expected_version=claim.version
    )


def test_an_unverifiable_verdict_needs_no_confirmation_by_default(reviewer, chief):
    assert _published(_unverifiable(make_claim(), reviewer), chief).is_published


# Who publishes, and what ---------------------------------------------------------------------


def test_a_reviewer_cannot_publish_by_default(reviewer):
    claim = _unverifiable(make_claim(), reviewer)
    with pytest.raises(PermissionDenied, match="You cannot publish verdicts: that is for a Chief editor"):
        _published(claim, reviewer)


def test_reviewers_may_publish_when_the_setting_allows(settings, reviewer, editor):
    settings.FACTCHECK_REVIEWERS_MAY_PUBLISH = True
    claim = _unverifiable(make_claim(), reviewer)
    with pytest.raises(PermissionDenied, match="that is for a Reviewer or Chief editor"):
        _published(claim, editor)
    assert _published(claim, reviewer).published_by == reviewer


def test_unreviewed_claims_are_not_published(chief):
    claim = make_claim()
    with pytest.raises(workflow.WorkflowError, match="no verdict to publish"):
        _published(claim, chief)


def test_dismissed_claims_are_not_published(chief):
    claim = _unverifiable(make_claim())
    claim = workflow.edit_claim(claim, actor=chief, expected_version=claim.version, dismissed=True)
    with pytest.raises(workflow.WorkflowError, match="dismissed"):
        _published(claim, chief)


def test_a_verdict_is_published_once(chief):
    claim = _published(_unverifiable(make_claim()), chief)
    with pytest.raises(workflow.WorkflowError, match="already published"):
        _published(claim, chief)


def test_a_stale_version_is_refused(reviewer, second, chief):
    claim = _disputed(make_claim(), reviewer)
    with pytest.raises(workflow.StaleVersion):
        workflow.confirm_verdict(claim, actor=second, expected_version=claim.version - 1)
    claim = _confirmed(claim, second)
    with pytest.raises(workflow.StaleVersion):
        workflow.publish_verdict(claim, actor=chief, expected_version=claim.version - 1)


# The lock, reopening and publishing again ------------------------------------------------------


@pytest.mark.parametrize("status", ["unverifiable", "disputed"])
def test_a_published_verdict_is_locked(chief, status):
    claim = _published(_unverifiable(make_claim()), chief)
    events = AuditEvent.objects.count()
    with pytest.raises(
        workflow.WorkflowError, match="This verdict is published: reopen it first, with a reason"
    ):
        workflow.set_verdict(
            claim,
            status,
            actor=chief,
            rationale="Changed my mind.",
            expected_version=claim.version,
            evidence_url=EVIDENCE,
        )
    after = Claim.objects.get(pk=claim.pk)
    assert (after.status, after.rationale, after.version) == ("unverifiable", "No source.", claim.version)
    assert AuditEvent.objects.count() == events
    assert not after.evidence.exists()  # the link given with the refused verdict was not added


@pytest.mark.parametrize(
    "change", [{"text": "Something else."}, {"kind": "direct"}, {"dismissed": True}, {"cue": "zegt"}]
)
def test_a_published_claim_keeps_its_words_and_speaker_until_reopened(chief, change):
    claim = _published(_unverifiable(make_claim()), chief)
    events = AuditEvent.objects.count()
    with pytest.raises(workflow.WorkflowError, match="This verdict is published: reopen it"):
        workflow.edit_claim(claim, actor=chief, expected_version=claim.version, **change)
    after = Claim.objects.get(pk=claim.pk)
    assert (after.text, after.kind, after.dismissed, after.version) == (
        claim.text,
        claim.kind,
        False,
        claim.version,
    )
    assert AuditEvent.objects.count() == events


def test_a_published_claim_may_still_be_assigned(chief, editor):
    claim = _published(_unverifiable(make_claim()), chief)
    assigned = workflow.edit_claim(claim, actor=chief, expected_version=claim.version, assignee=editor)
    assert assigned.assignee == editor and assigned.is_published


def test_reopening_unpublishes_and_the_trail_says_it_was_published(reviewer, second, chief):
    claim = _published(_confirmed(_disputed(make_claim(), reviewer), second), chief)
    reopened = workflow.reopen_verdict(
        claim, actor=chief, reason="A newer report.", expected_version=claim.version
    )
    assert reopened.status == "unreviewed"
    assert (reopened.published_at, reopened.published_by, reopened.confirmed_at, reopened.confirmed_by) == (
        None,
        None,
        None,
        None,
    )
    (event,) = _events(claim, "verdict.reopened")
    assert event.changes["status"] == ["disputed", "unreviewed"]
    assert event.changes["published_at"] == [claim.published_at.isoformat(), None]
    assert event.changes["published_by"] == [{"id": chief.pk, "name": "chief"}, None]
    assert event.changes["confirmed_by"] == [{"id": second.pk, "name": "bea"}, None]
    assert event.note == "A newer report."


def test_reopen_set_confirm_publish_again_is_a_republication(reviewer, second, chief):
    claim = _published(_confirmed(_disputed(make_claim(), reviewer), second), chief)
    claim = workflow.reopen_verdict(claim, actor=chief, reason="New figures.", expected_version=claim.version)
    claim = workflow.set_verdict(
        claim, "disputed", actor=second, rationale="It is 1.5%.", expected_version=claim.version
    )
    with pytest.raises(workflow.WorkflowError, match="confirmation"):
        _published(claim, chief)
    claim = _published(_confirmed(claim, reviewer), chief)
    first, again = _events(claim, "verdict.published")
    assert "published again" not in first.note
    assert again.note == "disputed verdict published, confirmed by rob; published again after a reopen"
    actions = [e.action for e in AuditEvent.objects.filter(claim=claim).order_by("id")]
    assert actions[-6:] == [
        "verdict.confirmed",
        "verdict.published",
        "verdict.reopened",
        "verdict.set",
        "verdict.confirmed",
        "verdict.published",
    ]


def test_a_changed_verdict_needs_a_new_confirmation(reviewer, second, chief):
    claim = _confirmed(_disputed(make_claim(), reviewer), second)
    # Only a Chief editor may change a confirmed verdict (test_verdict_rewrites has the whole matrix).
    claim = workflow.set_verdict(
        claim, "disputed", actor=chief, rationale="Budget grows 2.1%.", expected_version=claim.version
    )
    assert claim.confirmed_at is None and claim.confirmed_by is None
    event = _events(claim, "verdict.set")[-1]
    assert event.changes["confirmed_by"] == [{"id": second.pk, "name": "bea"}, None]
    with pytest.raises(workflow.WorkflowError, match="confirmation"):
        _published(claim, chief)


def test_an_unchanged_verdict_keeps_its_confirmation(reviewer, second):
    claim = _confirmed(_disputed(make_claim(), reviewer), second)
    same = workflow.set_verdict(
        claim, "disputed", actor=reviewer, rationale="The budget grows 2%.", expected_version=claim.version
    )
    assert same.confirmed_by == second and same.version == claim.version


def test_evidence_may_be_added_to_a_published_verdict_and_the_trail_says_so(chief, reviewer):
    claim = _published(_unverifiable(make_claim()), chief)
    workflow.add_evidence(claim, actor=reviewer, url="https://example.org/later")
    event = _events(claim, "evidence.added")[-1]
    assert event.note == "added after the verdict was published"
    after = Claim.objects.get(pk=claim.pk)
    assert after.is_published and after.status == "unverifiable"


# Notifications ------------------------------------------------------------------------------


def test_a_verdict_that_needs_four_eyes_asks_the_other_reviewers_and_chiefs(reviewer, second, chief, editor):
    claim = _disputed(make_claim(), reviewer)
    asked = Notification.objects.filter(kind="confirm", claim=claim)
    assert sorted(n.recipient.username for n in asked) == ["bea", "chief"]
    assert asked.first().message == f"rob asks you to confirm a disputed verdict (claim #{claim.pk})."
    assert asked.first().actor == reviewer


def test_a_verdict_without_four_eyes_asks_nobody(reviewer, second, chief):
    _unverifiable(make_claim(), reviewer)
    assert not Notification.objects.filter(kind="confirm").exists()


def test_publishing_tells_the_reviewer_and_the_confirmer(reviewer, second, chief):
    claim = _published(_confirmed(_disputed(make_claim(), reviewer), second), chief)
    told = Notification.objects.filter(kind="published", claim=claim)
    assert sorted(n.recipient.username for n in told) == ["bea", "rob"]
    assert told.first().message == f"chief published the verdict “Disputed” on claim #{claim.pk}."


def test_a_refused_publication_tells_nobody(reviewer, chief):
    claim = _disputed(make_claim(), reviewer)
    with pytest.raises(workflow.WorkflowError):
        _published(claim, chief)
    assert not Notification.objects.filter(kind="published").exists()


# The claim page --------------------------------------------------------------------------------


def _page(client, user, claim):
    client.force_login(user)
    return client.get(reverse("claims:claim", args=[claim.pk])).content.decode()


def test_the_panel_offers_confirmation_to_the_second_reviewer_only(client, reviewer, second):
    claim = _disputed(make_claim(), reviewer)
    own = _page(client, reviewer, claim)
    assert 'id="publishing"' in own and "Waiting for a second person to confirm this verdict." in own
    assert "Confirm the verdict" not in own and "Publish the verdict" not in own
    other = _page(client, second, claim)
    assert "Confirm the verdict" in other and "Publish the verdict" not in other


def test_the_panel_offers_publication_to_a_chief_once_confirmed(client, reviewer, second, chief):
    claim = _disputed(make_claim(), reviewer)
    before = _page(client, chief, claim)
    assert "Publish the verdict" not in before
    assert "needs a second person&#x27;s confirmation" in before
    claim = _confirmed(claim, second)
    after = _page(client, chief, claim)
    assert "Confirmed by" in after and "bea" in after and "Publish the verdict" in after


def test_the_panel_of_a_published_verdict_links_the_public_page_and_locks_the_form(client, chief):
    claim = _published(_unverifiable(make_claim()), chief)
    html = _page(client, chief, claim)
    assert reverse("claims:published", args=[claim.pk]) in html
    assert reverse("claims:claim_claimreview", args=[claim.pk]) in html
    assert "This verdict is published, so it is locked" in html and "Save verdict" not in html
    assert "Reopen and unpublish" in html and "Reopening unpublishes the verdict" in html


def test_confirm_and_publish_through_the_web(client, reviewer, second, chief):
    claim = _disputed(make_claim(), reviewer)
    client.force_login(second)
    response = client.post(
        reverse("claims:claim_confirm", args=[claim.pk]), {"confirm-version": claim.version}
    )
    assert response.status_code == 302 and response["Location"].endswith("#publishing")
    claim.refresh_from_db()
    client.force_login(chief)
    response = client.post(
        reverse("claims:claim_publish", args=[claim.pk]), {"publish-version": claim.version}
    )
    assert response.status_code == 302
    assert Claim.objects.get(pk=claim.pk).published_by == chief


def test_a_refused_publication_shows_why_on_the_claim_page(client, reviewer, chief):
    claim = _disputed(make_claim(), reviewer)
    client.force_login(chief)
    response = client.post(
        reverse("claims:claim_publish", args=[claim.pk]), {"publish-version": claim.version}
    )
    assert response.status_code == 422
    assert "needs a second person&#x27;s confirmation" in response.content.decode()


def test_a_stale_publication_is_a_conflict(client, chief):
    claim = _unverifiable(make_claim())
    client.force_login(chief)
    url = reverse("claims:claim_publish", args=[claim.pk])
    response = client.post(url, {"publish-version": claim.version - 1})
    assert response.status_code == 409 and "was changed by" in response.content.decode()
    assert not Claim.objects.get(pk=claim.pk).is_published


def test_htmx_refusals_come_back_in_the_panel(client, reviewer):
    claim = _unverifiable(make_claim(), reviewer)
    client.force_login(reviewer)
    url = reverse("claims:claim_publish", args=[claim.pk])
    response = client.post(url, {"publish-version": claim.version}, headers={"HX-Request": "true"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "<html" not in html and 'id="publishing"' in html
    assert "You cannot publish verdicts: that is for a Chief editor." in html
    response = client.post(
        reverse("claims:claim_confirm", args=[claim.pk]),
        {"confirm-version": claim.version},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 422 and "You set this verdict" in response.content.decode()


def test_htmx_success_refreshes_the_page(client, chief):
    claim = _unverifiable(make_claim())
    client.force_login(chief)
    response = client.post(
        reverse("claims:claim_publish", args=[claim.pk]),
        {"publish-version": claim.version},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200 and response["HX-Refresh"] == "true"
    assert Claim.objects.get(pk=claim.pk).is_published


@pytest.mark.parametrize("name", ["claim_confirm", "claim_publish"])
def test_the_buttons_reject_get(client, chief, name):
    client.force_login(chief)
    assert client.get(reverse(f"claims:{name}", args=[make_claim().pk])).status_code == 405


def test_the_admin_shows_the_publication_read_only(client, chief):
    claim = _published(_unverifiable(make_claim()), chief)
    client.force_login(chief)
    html = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "Publication" in html and "Published at" in html and 'name="published_at"' not in html


def test_the_article_page_marks_published_claims(client, chief):
    claim = _published(_unverifiable(make_claim()), chief)
    make_claim(claim.article, text="We houden de uitgaven in de hand")
    html = _page(client, chief, claim)  # logs in
    html = client.get(claim.article.get_absolute_url()).content.decode()
    assert html.count('class="badge published"') == 1
