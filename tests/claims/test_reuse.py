"""“Checked before”: finding earlier reviewed claims, reusing a verdict, dismissing a suggestion, and
the claim page's panel."""

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.urls import reverse

from claims import audit, matching, workflow
from claims.models import AuditEvent, Claim, DismissedMatch, Evidence
from tests.factories import make_article, make_claim, make_speaker

pytestmark = pytest.mark.django_db

TEXT = "De werkloosheid onder jongeren is in maart gestegen tot 9,2 procent"
PARAPHRASE = "In maart steeg de werkloosheid onder jongeren naar 9,2 procent"
Action = AuditEvent.Action


def claim_of(text, speaker=None, title=None):
    """A claim whose article is just its text."""
    fields = {"title": title} if title else {}
    return make_claim(make_article(text, **fields), text, speaker=speaker)


def checked(text, *, actor=None, status=Claim.Status.VERIFIED, speaker=None, url="https://cbs.example/jeugd"):
    """An earlier claim with a verdict and one evidence link."""
    claim = claim_of(text, speaker, title="Jeugdwerkloosheid loopt op")
    return workflow.set_verdict(
        claim,
        status,
        actor=actor,
        rationale="CBS-cijfers van april bevestigen het.",
        expected_version=None,
        evidence_url=url,
        evidence_note="CBS, tabel 3",
    )


def earlier_claims(claim):
    return [s.earlier for s in workflow.find_checked_before(claim)]


# Finding ---------------------------------------------------------------------------------------


def test_the_same_wording_is_found_as_an_exact_match():
    earlier = checked(TEXT)
    new = claim_of(f"“{TEXT.upper()}.”")
    (suggestion,) = workflow.find_checked_before(new)
    assert suggestion.earlier == earlier and suggestion.level == matching.EXACT and suggestion.score == 1.0
    assert suggestion.earlier.article.title == "Jeugdwerkloosheid loopt op"


def test_a_paraphrase_by_another_speaker_is_suggested():
    earlier = checked(TEXT, speaker=make_speaker("Sanne de Boer"))
    new = claim_of(PARAPHRASE, make_speaker("Pieter Jansen"))
    (suggestion,) = workflow.find_checked_before(new)
    assert suggestion.earlier == earlier and suggestion.level in (matching.NEAR, matching.SUGGESTED)


def test_exact_matches_come_first_and_the_limit_holds():
    speaker = make_speaker()
    paraphrased = checked(PARAPHRASE, speaker=speaker)
    exact = checked(TEXT)
    for _ in range(3):
        checked(PARAPHRASE)
    suggestions = workflow.find_checked_before(claim_of(TEXT, speaker))
    assert len(suggestions) == 3
    assert suggestions[0].earlier == exact and suggestions[1].earlier == paraphrased


def test_unreviewed_dismissed_and_different_claims_are_not_suggested():
    claim_of(TEXT)  # no verdict
    not_a_claim = checked(TEXT)
    workflow.fix_claim(
        not_a_claim,
        actor=None,
        expected_version=None,
        speaker_name="",
        kind="indirect",
        cue="",
        dismissed=True,
    )
    checked(TEXT.replace("9,2", "12,9"))  # another number
    checked("Het aantal asielaanvragen is vorig jaar flink gestegen")  # another subject
    new = claim_of(TEXT)
    assert earlier_claims(new) == []


def test_the_claim_itself_a_short_claim_and_a_claim_with_a_verdict_get_no_suggestions():
    earlier = checked(TEXT)
    new = claim_of(TEXT)
    assert new not in earlier_claims(new) and earlier_claims(new) == [earlier]
    assert workflow.find_checked_before(earlier) == []  # it has a verdict: nothing to reuse
    checked("Dat klopt niet")
    assert workflow.find_checked_before(claim_of("Dat klopt niet")) == []


def test_a_dismissed_suggestion_is_not_shown_again(reviewer):
    earlier, other = checked(TEXT), checked(PARAPHRASE)
    new = claim_of(TEXT)
    assert set(earlier_claims(new)) == {earlier, other}
    workflow.dismiss_match(new, earlier, actor=reviewer)
    workflow.dismiss_match(new, earlier, actor=reviewer)  # idempotent
    assert earlier_claims(new) == [other]
    assert DismissedMatch.objects.get().dismissed_by == reviewer
    (event,) = AuditEvent.objects.filter(action=Action.MATCH_DISMISSED)
    assert event.claim == new and event.actor == reviewer
    assert event.changes["dismissed_match"][1]["id"] == earlier.pk and f"#{earlier.pk}" in event.note
    # Only for this claim: another new claim still gets it.
    assert earlier in earlier_claims(claim_of(TEXT))


def test_dismissing_needs_the_verdict_permission(editor):
    earlier, new = checked(TEXT), claim_of(TEXT)
    with pytest.raises(PermissionDenied):
        workflow.dismiss_match(new, earlier, actor=editor)
    with pytest.raises(workflow.WorkflowError):
        workflow.dismiss_match(new, new, actor=None)
    assert not DismissedMatch.objects.exists()


def test_finding_takes_one_query(django_assert_num_queries):
    """Two on PostgreSQL: the trigram threshold is set first."""
    speaker = make_speaker()
    for i in range(5):
        checked(f"{TEXT} in regio {i}", speaker=speaker)
    new = claim_of(TEXT, speaker)
    with django_assert_num_queries(2 if connection.vendor == "postgresql" else 1):
        suggestions = workflow.find_checked_before(new)
        shown = [
            (s.earlier.article.title, s.earlier.speaker.name, s.earlier.reviewed_by) for s in suggestions
        ]
    assert len(shown) == 3


# Reusing ---------------------------------------------------------------------------------------


def test_reuse_copies_the_verdict_and_evidence_and_is_audited(reviewer):
    earlier = checked(TEXT)
    new = claim_of(TEXT)
    workflow.add_evidence(new, actor=reviewer, url="https://cbs.example/jeugd")  # already there: not twice
    reused = workflow.reuse_verdict(new, earlier, actor=reviewer, expected_version=new.version)
    new.refresh_from_db()
    assert new.status == Claim.Status.VERIFIED and new.rationale == earlier.rationale
    assert new.reused_from == earlier and new.reviewed_by == reviewer and new.version == 2 == reused.version
    assert list(new.evidence.values_list("url", flat=True)) == ["https://cbs.example/jeugd"]
    assert Evidence.objects.filter(claim=earlier).count() == 1
    event = AuditEvent.objects.filter(action=Action.VERDICT_REUSED).get()
    assert event.claim == new and event.actor == reviewer
    assert event.changes["status"] == ["unreviewed", "verified"]
    assert event.changes["rationale"] == ["", earlier.rationale]
    assert event.changes["reused_from"][1]["id"] == earlier.pk
    assert f"claim #{earlier.pk}" in event.note and "Jeugdwerkloosheid loopt op" in event.note
    assert audit.verify_chain().ok


def test_reuse_adds_the_earlier_evidence_as_new_rows(reviewer):
    earlier = checked(TEXT, url="https://cbs.example/a")
    workflow.add_evidence(earlier, actor=None, url="https://cbs.example/b", note="tweede bron")
    new = claim_of(TEXT)
    workflow.reuse_verdict(new, earlier, actor=reviewer, expected_version=None)
    copied = list(new.evidence.order_by("id"))
    assert [(e.url, e.note, e.added_by) for e in copied] == [
        ("https://cbs.example/a", "CBS, tabel 3", reviewer),
        ("https://cbs.example/b", "tweede bron", reviewer),
    ]
    assert AuditEvent.objects.filter(action=Action.EVIDENCE_ADDED, claim=new).count() == 2


def test_reuse_needs_the_verdict_permission(editor):
    earlier, new = checked(TEXT), claim_of(TEXT)
    with pytest.raises(PermissionDenied):
        workflow.reuse_verdict(new, earlier, actor=editor, expected_version=None)
    new.refresh_from_db()
    assert new.status == Claim.Status.UNREVIEWED and not new.evidence.exists()


def test_reuse_refuses_a_claim_that_has_a_verdict_or_an_earlier_one_without(reviewer, chief):
    earlier = checked(TEXT)
    decided = checked(PARAPHRASE, status=Claim.Status.UNVERIFIABLE)
    with pytest.raises(workflow.WorkflowError, match="already has a verdict"):
        workflow.reuse_verdict(decided, earlier, actor=chief, expected_version=None)
    new, unreviewed = claim_of(TEXT), claim_of(PARAPHRASE)
    with pytest.raises(workflow.WorkflowError, match="no verdict to reuse"):
        workflow.reuse_verdict(new, unreviewed, actor=reviewer, expected_version=None)
    with pytest.raises(workflow.StaleVersion):
        workflow.reuse_verdict(new, earlier, actor=reviewer, expected_version=new.version + 1)
    assert not AuditEvent.objects.filter(action=Action.VERDICT_REUSED).exists()
    assert not new.evidence.exists()


# Views -----------------------------------------------------------------------------------------


def _reuse_url(claim, earlier):
    return reverse("claims:claim_reuse", args=[claim.pk, earlier.pk])


def _dismiss_url(claim, earlier):
    return reverse("claims:claim_dismiss_match", args=[claim.pk, earlier.pk])


HTMX = {"HX-Request": "true"}


def test_the_claim_page_shows_the_panel(client, reviewer):
    earlier = checked(TEXT, speaker=make_speaker("Sanne de Boer"))
    new = claim_of(TEXT)
    client.force_login(reviewer)
    html = client.get(new.get_absolute_url()).content.decode()
    assert 'id="checked-before"' in html and "Checked before" in html and "Same wording" in html
    assert "Jeugdwerkloosheid loopt op" in html and "Sanne de Boer" in html and "✓ Verified" in html
    assert _reuse_url(new, earlier) in html and _dismiss_url(new, earlier) in html
    assert "Reuse this verdict" in html and "Not the same claim" in html
    assert html.index('id="checked-before"') < html.index('id="verdict"')


def test_the_panel_has_no_buttons_for_an_editor_and_is_absent_without_suggestions(client, editor):
    checked(TEXT)
    new = claim_of(TEXT)
    client.force_login(editor)
    html = client.get(new.get_absolute_url()).content.decode()
    assert 'id="checked-before"' in html and "Reuse this verdict" not in html
    lonely = claim_of("Het aantal asielaanvragen is vorig jaar flink gestegen")
    assert 'id="checked-before"' not in client.get(lonely.get_absolute_url()).content.decode()


def test_reusing_redirects_to_the_claim_which_then_says_where_its_verdict_came_from(client, reviewer):
    earlier, new = checked(TEXT), claim_of(TEXT)
    client.force_login(reviewer)
    response = client.post(_reuse_url(new, earlier), {"version": new.version})
    assert response.status_code == 302 and response["Location"] == new.get_absolute_url()
    new.refresh_from_db()
    assert new.status == Claim.Status.VERIFIED and new.reused_from == earlier
    html = client.get(new.get_absolute_url()).content.decode()
    assert f"Verdict reused from claim #{earlier.pk}." in html
    assert "This verdict was reused from" in html and "Reuse this verdict" not in html


def test_reusing_with_htmx_refreshes_the_page(client, reviewer):
    earlier, new = checked(TEXT), claim_of(TEXT)
    client.force_login(reviewer)
    response = client.post(_reuse_url(new, earlier), {"version": new.version}, headers=HTMX)
    assert response.status_code == 200 and response["HX-Refresh"] == "true"


def test_reusing_is_refused_for_an_editor(client, editor):
    earlier, new = checked(TEXT), claim_of(TEXT)
    client.force_login(editor)
    assert client.post(_reuse_url(new, earlier), {"version": new.version}).status_code == 403
    response = client.post(_reuse_url(new, earlier), {"version": new.version}, headers=HTMX)
    assert response.status_code == 403 and "Reviewer or Chief editor" in response.content.decode()
    assert "<html" not in response.content.decode()
    new.refresh_from_db()
    assert new.status == Claim.Status.UNREVIEWED


def test_reusing_a_stale_or_decided_claim_is_a_conflict(client, reviewer):
    earlier, new = checked(TEXT), claim_of(TEXT)
    client.force_login(reviewer)
    stale = client.post(_reuse_url(new, earlier), {"version": new.version + 1})
    assert stale.status_code == 409 and "changed by" in stale.content.decode()
    workflow.set_verdict(new, "unverifiable", actor=reviewer, rationale="Geen bron.", expected_version=None)
    new.refresh_from_db()
    decided = client.post(_reuse_url(new, earlier), {"version": new.version}, headers=HTMX)
    assert decided.status_code == 409 and "already has a verdict" in decided.content.decode()
    assert client.post(_reuse_url(new, earlier)).status_code == 400
    assert client.get(_reuse_url(new, earlier)).status_code == 405


def test_dismissing_redirects_or_swaps_the_panel(client, reviewer):
    earlier, other = checked(TEXT), checked(PARAPHRASE)
    new = claim_of(TEXT)
    client.force_login(reviewer)
    response = client.post(_dismiss_url(new, earlier))
    assert response.status_code == 302 and response["Location"] == f"{new.get_absolute_url()}#verdict"
    panel = client.post(_dismiss_url(new, other), headers=HTMX)
    assert panel.status_code == 200 and panel.content.decode().strip() == ""  # nothing left to show
    assert DismissedMatch.objects.filter(claim=new).count() == 2
    assert 'id="checked-before"' not in client.get(new.get_absolute_url()).content.decode()


def test_dismissing_with_htmx_keeps_the_other_suggestions(client, reviewer):
    earlier, other = checked(TEXT), checked(PARAPHRASE)
    new = claim_of(TEXT)
    client.force_login(reviewer)
    html = client.post(_dismiss_url(new, earlier), headers=HTMX).content.decode()
    assert html.lstrip().startswith('<section class="card checked-before" id="checked-before"')
    assert _dismiss_url(new, other) in html and _dismiss_url(new, earlier) not in html


def test_dismissing_is_refused_for_an_editor(client, editor):
    earlier, new = checked(TEXT), claim_of(TEXT)
    client.force_login(editor)
    assert client.post(_dismiss_url(new, earlier)).status_code == 403
    assert client.post(_dismiss_url(new, earlier), headers=HTMX).status_code == 403
    assert not DismissedMatch.objects.exists()


def test_dismissed_matches_are_read_only_in_the_admin(client, reviewer):
    from tests.conftest import make_user

    earlier, new = checked(TEXT), claim_of(TEXT)
    dismissal = workflow.dismiss_match(new, earlier, actor=reviewer)
    client.force_login(make_user("root", is_staff=True, is_superuser=True))
    assert client.get(reverse("admin:claims_dismissedmatch_changelist")).status_code == 200
    change = client.get(reverse("admin:claims_dismissedmatch_change", args=[dismissal.pk]))
    assert change.status_code == 200 and 'name="_save"' not in change.content.decode()
    assert client.get(reverse("admin:claims_dismissedmatch_add")).status_code == 403


def test_suggestions_cost_the_claim_page_one_query_however_many(
    client, reviewer, django_assert_max_num_queries
):
    client.force_login(reviewer)
    alone = claim_of(TEXT)
    with django_assert_max_num_queries(100) as without:
        assert client.get(alone.get_absolute_url()).status_code == 200
    for i in range(40):
        checked(f"{TEXT} in regio {i}", speaker=make_speaker(f"Spreker {i}"))
    with django_assert_max_num_queries(100) as with_suggestions:
        html = client.get(alone.get_absolute_url()).content.decode()
    assert html.count('class="suggestion ') == 3
    assert len(with_suggestions) == len(without)
