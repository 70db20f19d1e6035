"""Comments: @mentions (parsed, rendered escaped, notified) and hiding by a Chief editor."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims import roles, workflow
from claims.models import AppendOnlyError, AuditEvent, Comment, CommentHiding, Notification
from claims.templatetags.claims_tags import with_mentions
from claims.workflow.discussion import mentioned_names
from tests.conftest import make_user
from tests.factories import make_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim():
    return make_claim()


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("@rob please check", ["rob"]),
        ("Vraag het @rob, en @anne-marie.", ["rob", "anne-marie"]),
        ("(@j.smit) en @rob!", ["j.smit", "rob"]),
        ("@rob @ROB @Rob", ["rob"]),
        ("mail rob@example.org of @@rob", []),
        ("een @ alleen, of @.", []),
        ("regel één\n@chief: kijk", ["chief"]),
    ],
)
def test_mentions_are_at_names_on_a_word_boundary(body, names):
    assert mentioned_names(body) == names


def test_rendering_escapes_everything_and_marks_known_colleagues():
    html = with_mentions('<script>alert("x")</script> @rob & @nobody\n@Rob<b>', frozenset({"rob"}))
    assert html == (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; "
        '<span class="at-mention">@rob</span> &amp; @nobody<br>'
        '<span class="at-mention">@Rob</span>&lt;b&gt;'
    )


def test_a_mention_notifies_each_mentioned_user_once(claim, editor, reviewer, chief):
    comment = workflow.add_comment(claim, actor=editor, body="@rob en @chief: graag checken. @rob!")
    notes = Notification.objects.filter(kind="mentioned").order_by("recipient__username")
    assert [n.recipient for n in notes] == [chief, reviewer]
    note = notes[0]
    assert (note.actor, note.claim) == (editor, claim)
    assert note.message.startswith("edith mentioned you on a claim:") and "graag checken" in note.message
    assert comment.body.startswith("@rob")


def test_no_self_notification_and_unknown_or_inactive_names_are_text(claim, editor, reviewer):
    make_user("gone", roles.REVIEWERS, is_active=False)
    workflow.add_comment(claim, actor=reviewer, body="@rob zegt @gone en @niemand: dit klopt niet")
    assert not Notification.objects.exists()
    workflow.add_comment(claim, actor=reviewer, body="@EDITH kijk jij?")  # usernames match case-insensitively
    assert Notification.objects.get().recipient == editor


def test_a_refused_comment_notifies_nobody(claim, reviewer):
    with pytest.raises(workflow.WorkflowError):
        workflow.add_comment(claim, actor=reviewer, body="   ")
    assert not Notification.objects.exists() and not Comment.objects.exists()


def test_the_thread_renders_mentions_and_escapes_html(client, claim, editor, reviewer):
    client.force_login(editor)
    response = client.post(
        reverse("claims:claim_comment", args=[claim.pk]),
        {"body": "@rob kijk <img src=x onerror=alert(1)> @xyz"},
    )
    assert response.status_code == 302
    html = client.get(claim.get_absolute_url()).content.decode()
    assert '<span class="at-mention">@rob</span> kijk &lt;img src=x onerror=alert(1)&gt; @xyz' in html
    assert "<img src=x" not in html
    assert "<code>@rob</code>" in html  # the list of colleagues one can mention
    assert Notification.objects.get().recipient == reviewer


def test_the_htmx_answer_is_the_thread_with_mentions(client, claim, editor, reviewer):
    client.force_login(editor)
    response = client.post(
        reverse("claims:claim_comment", args=[claim.pk]), {"body": "@rob?"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert '<span class="at-mention">@rob</span>?' in html


def test_comments_stay_in_time_order(claim, editor, reviewer):
    first = workflow.add_comment(claim, actor=editor, body="Eerst.")
    second = workflow.add_comment(claim, actor=reviewer, body="Daarna.")
    from claims.views.discussion import comments_context

    assert list(comments_context(claim)["comments"]) == [first, second]


def test_a_chief_hides_a_comment_with_a_reason_and_it_is_audited(claim, reviewer, chief):
    comment = workflow.add_comment(claim, actor=reviewer, body="Dit is onzin van de redactie.")
    hiding = workflow.hide_comment(comment, actor=chief, reason="  Persoonlijke aanval.  ")
    assert (hiding.hidden_by, hiding.reason) == (chief, "Persoonlijke aanval.")
    event = AuditEvent.objects.get(action="comment.hidden")
    assert (event.actor, event.claim, event.note) == (chief, claim, "Persoonlijke aanval.")
    assert event.changes == {"hidden": [None, {"id": comment.pk, "name": f"#{comment.pk} by rob"}]}
    # The comment itself is untouched and stays.
    assert Comment.objects.get(pk=comment.pk).body == "Dit is onzin van de redactie."
    with pytest.raises(AppendOnlyError):
        hiding.delete()


def test_only_chiefs_hide_and_a_reason_is_required(claim, editor, reviewer, chief):
    comment = workflow.add_comment(claim, actor=reviewer, body="Tekst.")
    for actor in (editor, reviewer):
        with pytest.raises(PermissionDenied, match="Chief editor"):
            workflow.hide_comment(comment, actor=actor, reason="Weg ermee.")
    with pytest.raises(workflow.WorkflowError, match="reason"):
        workflow.hide_comment(comment, actor=chief, reason="   ")
    assert (
        not CommentHiding.objects.exists() and not AuditEvent.objects.filter(action="comment.hidden").exists()
    )


def test_hiding_twice_is_refused_clearly(claim, reviewer, chief):
    comment = workflow.add_comment(claim, actor=reviewer, body="Tekst.")
    workflow.hide_comment(comment, actor=chief, reason="Eerste keer.")
    with pytest.raises(workflow.WorkflowError, match=r"already hidden by chief: Eerste keer\."):
        workflow.hide_comment(comment, actor=chief, reason="Tweede keer.")
    assert CommentHiding.objects.count() == 1


def test_a_hidden_comment_shows_who_and_why_and_only_chiefs_can_read_it(client, claim, reviewer, chief):
    comment = workflow.add_comment(claim, actor=reviewer, body="Geheime tekst hier.")
    workflow.add_comment(claim, actor=reviewer, body="Een gewone opmerking.")
    workflow.hide_comment(comment, actor=chief, reason="Privacy <bron>.")
    client.force_login(reviewer)
    response = client.get(claim.get_absolute_url())
    html = response.content.decode()
    thread = html[html.index('id="comment-thread"') : html.index("</ol>", html.index('id="comment-thread"'))]
    assert "Hidden by chief: Privacy &lt;bron&gt;." in thread
    assert "Geheime tekst hier." not in thread and "Een gewone opmerking." in thread
    assert "hide-comment" not in thread  # reviewers get no hide form
    # Nor does the claim's timeline give the text away; the audit log, the record, keeps it.
    assert "Geheime tekst hier." not in html
    assert "A comment hidden by a Chief editor" in html
    client.force_login(chief)
    html = client.get(claim.get_absolute_url()).content.decode()
    assert "Hidden by chief: Privacy &lt;bron&gt;." in html
    assert (
        '<details class="original"><summary>Show the original</summary><p class="comment">Geheime tekst hier.'
        in html
    )


def test_hide_view(client, claim, reviewer, chief):
    comment = workflow.add_comment(claim, actor=reviewer, body="Tekst.")
    url = reverse("claims:claim_comment_hide", args=[claim.pk, comment.pk])
    client.force_login(reviewer)
    assert client.post(url, {"reason": "Weg."}).status_code == 403
    assert client.get(url).status_code == 405
    client.force_login(chief)
    response = client.post(url, {"reason": ""}, follow=True)
    assert "a reason is required" in response.content.decode() and not CommentHiding.objects.exists()
    response = client.post(url, {"reason": "Off-topic."})
    assert response.status_code == 302 and response["Location"].endswith(f"#comment-{comment.pk}")
    assert CommentHiding.objects.get().reason == "Off-topic."
    event = AuditEvent.objects.get(action="comment.hidden")
    assert event.via == "web" and event.note == "Off-topic."
    again = client.post(url, {"reason": "Nog eens."}, headers={"HX-Request": "true"})
    assert again.status_code == 422 and "already hidden by chief" in again.content.decode()
    other = make_claim()
    assert (
        client.post(
            reverse("claims:claim_comment_hide", args=[other.pk, comment.pk]), {"reason": "x"}
        ).status_code
        == 404
    )


def test_hide_view_htmx_returns_the_thread(client, claim, reviewer, chief):
    comment = workflow.add_comment(claim, actor=reviewer, body="Tekst.")
    client.force_login(chief)
    response = client.post(
        reverse("claims:claim_comment_hide", args=[claim.pk, comment.pk]),
        {"reason": "Dubbel."},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html and "Hidden by chief: Dubbel." in html
    empty = client.post(
        reverse("claims:claim_comment_hide", args=[claim.pk, comment.pk]),
        {"reason": ""},
        headers={"HX-Request": "true"},
    )
    assert empty.status_code == 422


def test_the_claim_page_takes_the_same_queries_for_many_comments(
    client, claim, editor, reviewer, chief, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    workflow.add_comment(claim, actor=editor, body="@rob een")
    client.force_login(chief)
    with CaptureQueriesContext(connection) as few:
        client.get(claim.get_absolute_url())
    for i in range(10):
        comment = workflow.add_comment(claim, actor=reviewer if i % 2 else editor, body=f"@edith nummer {i}")
        if i % 3 == 0:
            workflow.hide_comment(comment, actor=chief, reason="Weg.")
    with django_assert_max_num_queries(len(few)):
        client.get(claim.get_absolute_url())
