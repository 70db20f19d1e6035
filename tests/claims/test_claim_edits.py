"""Fixing the extraction: boundaries, adding, splitting and merging claims, and the discussion."""

import pytest
from django.urls import reverse

from claims import workflow
from claims.models import AppendOnlyError, AuditEvent, Claim, Comment
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db

BODY = "Minister Jan de Vries zei dat de begroting 3 procent groeit en dat de lonen 2 procent stijgen."


@pytest.fixture
def article():
    return make_article(BODY)


def test_add_a_claim_from_a_selection(article, editor):
    start = article.body.index("de lonen")
    claim = workflow.add_claim(
        article, actor=editor, start=start - 1, end=start + 27, kind="indirect", speaker_name="Jan de Vries"
    )
    assert claim.text == "de lonen 2 procent stijgen." and claim.start == start  # the space is trimmed
    assert (claim.origin, claim.rule, claim.speaker.name) == ("manual", "manual", "Jan de Vries")
    assert 0 < claim.checkworthiness <= 1
    event = AuditEvent.objects.get(action="claim.added")
    assert event.changes["text"] == [None, claim.text] and event.actor == editor


@pytest.mark.parametrize(
    ("start", "end", "message"), [(5, 5, "outside"), (0, 10_000, "outside"), (3, 2, "outside")]
)
def test_add_claim_refuses_bad_spans(article, editor, start, end, message):
    with pytest.raises(workflow.WorkflowError, match=message):
        workflow.add_claim(article, actor=editor, start=start, end=end, kind="direct")
    assert not Claim.objects.exists()


def test_new_boundaries_take_the_article_text(article, editor):
    claim = make_claim(article, "de begroting 3 procent groeit")
    end = article.body.index(" en dat")
    claim = workflow.fix_claim(
        claim, actor=editor, expected_version=1, speaker_name="", start=claim.start - 4, end=end
    )
    assert claim.text == "dat de begroting 3 procent groeit"
    event = AuditEvent.objects.get(action="claim.edited")
    assert event.changes["start"][1] == claim.start and event.changes["text"][1] == claim.text


def test_split_a_claim_in_two(article, editor):
    claim = make_claim(article, "de begroting 3 procent groeit en dat de lonen 2 procent stijgen")
    at = article.body.index("dat de lonen")
    first, rest = workflow.split_claim(claim, at, actor=editor, expected_version=1)
    assert first.text == "de begroting 3 procent groeit en" and rest.text == "dat de lonen 2 procent stijgen"
    assert (rest.kind, rest.cue, rest.origin) == (first.kind, first.cue, "manual")
    actions = list(AuditEvent.objects.order_by("id").values_list("action", "claim_id"))
    assert actions == [("claim.split", first.pk), ("claim.added", rest.pk)]


def test_split_refuses_a_reviewed_claim_and_a_point_outside(article, editor, chief):
    claim = make_claim(article, "de begroting 3 procent groeit")
    with pytest.raises(workflow.WorkflowError, match="Split inside the claim"):
        workflow.split_claim(claim, claim.end + 3, actor=editor, expected_version=1)
    workflow.set_verdict(claim, "unverifiable", actor=chief, rationale="n/a", expected_version=1)
    with pytest.raises(workflow.WorkflowError, match="reopen it"):
        workflow.split_claim(claim, claim.start + 3, actor=editor, expected_version=2)


def test_merge_neighbouring_claims(article, editor):
    first = make_claim(article, "de begroting 3 procent groeit")
    second = make_claim(article, "de lonen 2 procent stijgen")
    merged = workflow.merge_claims(first, second, actor=editor, expected_versions=(1, 1))
    assert merged.text == "de begroting 3 procent groeit en dat de lonen 2 procent stijgen"
    assert Claim.objects.get(pk=second.pk).dismissed
    assert AuditEvent.objects.filter(action="claim.merged").count() == 2


def test_merge_refuses_claims_with_one_between(article, editor):
    first = make_claim(article, "Minister Jan de Vries")
    make_claim(article, "de begroting 3 procent groeit")
    third = make_claim(article, "de lonen 2 procent stijgen")
    with pytest.raises(workflow.WorkflowError, match="neighbouring"):
        workflow.merge_claims(first, third, actor=editor, expected_versions=(1, 1))


def test_merge_with_a_stale_version_is_refused(article, editor):
    first = make_claim(article, "de begroting 3 procent groeit")
    second = make_claim(article, "de lonen 2 procent stijgen")
    workflow.edit_claim(second, actor=editor, expected_version=1, cue="meldde")
    with pytest.raises(workflow.StaleVersion):
        workflow.merge_claims(first, second, actor=editor, expected_versions=(1, 1))
    assert not Claim.objects.get(pk=second.pk).dismissed


def test_comments_are_audited_and_permanent(article, reviewer):
    claim = make_claim(article)
    comment = workflow.add_comment(claim, actor=reviewer, body="  Bron: CBS-tabel 3.  ")
    assert comment.body == "Bron: CBS-tabel 3."
    assert AuditEvent.objects.get(action="comment.added").changes == {"comment": [None, "Bron: CBS-tabel 3."]}
    with pytest.raises(AppendOnlyError):
        comment.delete()
    comment.body = "changed"
    with pytest.raises(AppendOnlyError):
        comment.save()
    with pytest.raises(workflow.WorkflowError, match="needs some text"):
        workflow.add_comment(claim, actor=reviewer, body="   ")


def test_claim_page_split_merge_and_comment_forms(client, article, editor):
    first = make_claim(article, "de begroting 3 procent groeit")
    second = make_claim(article, "de lonen 2 procent stijgen")
    client.force_login(editor)
    html = client.get(reverse("claims:claim", args=[first.pk])).content.decode()
    assert "Split the claim here" in html and "Merge with the next claim" in html and "Discussion" in html

    response = client.post(reverse("claims:claim_comment", args=[first.pk]), {"body": "Check CBS."})
    assert response.status_code == 302 and Comment.objects.get().body == "Check CBS."
    response = client.post(
        reverse("claims:claim_comment", args=[first.pk]),
        {"body": "Ook de MEV."},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200 and "<html" not in response.content.decode()
    assert "Ook de MEV." in response.content.decode()

    at = article.body.index("3 procent")
    response = client.post(
        reverse("claims:claim_split", args=[first.pk]), {"split-at": at, "split-version": 1}
    )
    assert response.status_code == 302 and Claim.objects.filter(article=article).count() == 3

    first.refresh_from_db()
    following = Claim.objects.active().following(first).first()
    response = client.post(
        reverse("claims:claim_merge_next", args=[first.pk]),
        {"version": first.version, "next_version": following.version},
    )
    assert response.status_code == 302
    assert Claim.objects.get(pk=first.pk).text == "de begroting 3 procent groeit"
    assert second.pk != following.pk


def test_add_claim_form_on_the_article_page(client, article, editor):
    client.force_login(editor)
    url = reverse("claims:article_add_claim", args=[article.pk])
    start = article.body.index("de lonen")
    response = client.post(url, {"start": start, "end": start + 26, "kind": "indirect", "speaker_name": ""})
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert response["Location"].endswith(f"#claim-{claim.pk}") and claim.text == "de lonen 2 procent stijgen"
    response = client.post(url, {"start": 5, "end": 99_999, "kind": "indirect"})
    assert response.status_code == 422 and "outside the article" in response.content.decode()


def test_without_javascript_each_word_button_stores_one_move(client, editor, article):
    claim = make_claim(article, "de begroting 3 procent groeit en")
    client.force_login(editor)
    url = reverse("claims:claim_bounds", args=[claim.pk])
    data = {"bounds-start": claim.start, "bounds-end": claim.end, "bounds-version": 1}
    response = client.post(url, {**data, "bounds-move": "end-earlier"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.text == "de begroting 3 procent groeit" and claim.version == 2
    event = AuditEvent.objects.get(claim=claim, action="claim.edited")
    assert event.changes["end"] == [claim.end + 3, claim.end]
    stale = client.post(url, {**data, "bounds-move": "end-later"})
    assert stale.status_code == 409 and Claim.objects.get(pk=claim.pk).text == claim.text
    bad = client.post(url, {**data, "bounds-version": 2, "bounds-move": "sideways"})
    assert bad.status_code == 422 and Claim.objects.get(pk=claim.pk).text == claim.text


def test_moving_boundaries_needs_the_editor_role(client, reviewer, article):
    claim = make_claim(article, "de begroting 3 procent groeit en")
    client.force_login(reviewer)
    url = reverse("claims:claim_bounds", args=[claim.pk])
    data = {
        "bounds-start": claim.start,
        "bounds-end": claim.end,
        "bounds-version": 1,
        "bounds-move": "end-earlier",
    }
    assert client.post(url, data).status_code == 403
    assert Claim.objects.get(pk=claim.pk).text == "de begroting 3 procent groeit en"
