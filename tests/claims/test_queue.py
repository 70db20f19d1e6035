"""The claim queue at /claims/: filters, search, sort, paging, htmx, and the bulk actions."""

import datetime
from urllib.parse import urlencode

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims import workflow
from claims.models import AuditEvent, Claim, Evidence
from tests.conftest import make_user
from tests.factories import make_article, make_claim, make_speaker

pytestmark = pytest.mark.django_db

QUEUE = reverse("claims:claims")
BULK = reverse("claims:claims_bulk")


@pytest.fixture
def as_reviewer(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def as_chief(client, chief):
    client.force_login(chief)
    return client


def _ids(response) -> list[int]:
    """The claims listed, in order, read from the page's row checkboxes or claim links."""
    return [claim.pk for claim in response.context["page"].object_list]


def _message(response) -> str:
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


# Filters, search, sort -------------------------------------------------------------------------


def test_it_lists_active_claims_most_check_worthy_first(as_reviewer):
    low = make_claim(checkworthiness=0.2)
    high = make_claim(checkworthiness=0.9)
    make_claim(checkworthiness=0.99, dismissed=True)
    response = as_reviewer.get(QUEUE)
    assert response.status_code == 200
    assert _ids(response) == [high.pk, low.pk]
    assert "2 claims" in response.content.decode()


def test_show_dismissed_includes_them(as_reviewer):
    kept, gone = make_claim(), make_claim(dismissed=True)
    response = as_reviewer.get(QUEUE, {"dismissed": "on"})
    assert set(_ids(response)) == {kept.pk, gone.pk}
    assert "dismissed</span>" in response.content.decode()


@pytest.mark.parametrize(
    ("param", "make_value"),
    [
        ("status", lambda c: "unverifiable"),
        ("kind", lambda c: "direct"),
        ("speaker", lambda c: c.speaker_id),
        ("article", lambda c: c.article_id),
        ("assignee", lambda c: c.assignee_id),
    ],
)
def test_each_filter_narrows_the_queue(as_reviewer, chief, param, make_value):
    other = make_claim(speaker=make_speaker("Someone Else"))
    wanted = make_claim(
        kind=Claim.Kind.DIRECT, speaker=make_speaker("Mark Rutte"), assignee=make_user("anna")
    )
    workflow.set_verdict(wanted, "unverifiable", actor=chief, rationale="No source.", expected_version=1)
    response = as_reviewer.get(QUEUE, {param: make_value(wanted)})
    assert response.status_code == 200
    assert _ids(response) == [wanted.pk]
    assert other.pk not in _ids(response)


def test_imported_between_filters_on_when_the_claim_came_in(as_reviewer):
    now = timezone.now()
    old = make_claim(created_at=now - datetime.timedelta(days=40))
    recent = make_claim(created_at=now - datetime.timedelta(days=2))
    today = timezone.localdate()
    response = as_reviewer.get(QUEUE, {"imported_from": str(today - datetime.timedelta(days=7))})
    assert _ids(response) == [recent.pk]
    response = as_reviewer.get(QUEUE, {"imported_to": str(today - datetime.timedelta(days=30))})
    assert _ids(response) == [old.pk]
    assert "Imported between" in response.content.decode()


@pytest.mark.parametrize("q", ["BEGROTING", "jan de"])
def test_search_matches_text_and_speaker_case_insensitively(as_reviewer, q):
    article = make_article()
    by_text = make_claim(article, "de begroting 3 procent groeit")
    by_speaker = make_claim(article, "We houden de uitgaven in de hand", speaker=make_speaker("Jan de Vries"))
    make_claim(article, "Het kabinet presenteert de plannen")
    found = set(_ids(as_reviewer.get(QUEUE, {"q": q})))
    assert found == ({by_text.pk} if q == "BEGROTING" else {by_speaker.pk})


def test_search_is_one_queryset_method():
    make_claim(text="de begroting 3 procent groeit")
    assert Claim.objects.search("Begroting").count() == 1
    assert Claim.objects.search("").count() == 1
    assert Claim.objects.search("nothing like it").count() == 0


def test_sort_by_date_newest_and_oldest(as_reviewer):
    now = timezone.now()
    first = make_claim(created_at=now - datetime.timedelta(days=3), checkworthiness=0.9)
    second = make_claim(created_at=now - datetime.timedelta(days=1), checkworthiness=0.1)
    assert _ids(as_reviewer.get(QUEUE, {"sort": "newest"})) == [second.pk, first.pk]
    assert _ids(as_reviewer.get(QUEUE, {"sort": "oldest"})) == [first.pk, second.pk]
    assert _ids(as_reviewer.get(QUEUE, {"sort": "worth"})) == [first.pk, second.pk]


def test_my_queue_is_my_unreviewed_claims(as_reviewer, reviewer, chief):
    mine = make_claim(assignee=reviewer)
    done = make_claim(assignee=reviewer)
    workflow.set_verdict(done, "unverifiable", actor=chief, rationale="n/a", expected_version=1)
    make_claim(assignee=chief)
    make_claim()
    response = as_reviewer.get(QUEUE, {"mine": "1"})
    assert _ids(response) == [mine.pk]
    assert 'name="mine"' in response.content.decode() and "checked" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"status": "bogus"},
        {"article": "abc"},
        {"speaker": "999999"},
        {"imported_from": "yesterday"},
        {"imported_from": "2024-05-02", "imported_to": "2024-05-01"},
        {"sort": "random"},
    ],
)
def test_bad_filters_are_a_400_with_the_errors_shown(as_reviewer, params):
    make_claim()
    response = as_reviewer.get(QUEUE, params)
    html = response.content.decode()
    assert response.status_code == 400
    assert 'class="errors"' in html and "These filters cannot be used" in html
    assert "No claims match." in html


def test_pagination_keeps_the_filters(as_reviewer):
    article = make_article()
    for _ in range(55):
        make_claim(article, status=Claim.Status.UNREVIEWED)
    make_claim(status=Claim.Status.UNREVIEWED)  # another article
    response = as_reviewer.get(QUEUE, {"article": article.pk, "sort": "oldest"})
    html = response.content.decode()
    assert response.context["page"].matching == 55 and "55 claims" in html
    # Keyset pages: the next link carries the last row's sort key (see test_keyset.py).
    after = response.context["page"].next_after
    assert _href(article=article.pk, sort="oldest", after=after) in html
    page2 = as_reviewer.get(QUEUE, {"article": article.pk, "sort": "oldest", "after": after})
    assert len(_ids(page2)) == 5
    before = page2.context["page"].previous_before
    assert _href(article=article.pk, sort="oldest", before=before) in page2.content.decode()


def _href(**params) -> str:
    return f'href="?{urlencode(params)}"'.replace("&", "&amp;")


def test_htmx_request_gets_only_the_results(as_reviewer):
    claim = make_claim()
    response = as_reviewer.get(QUEUE, {"q": "begroting"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and 'role="search"' not in html
    assert claim.get_absolute_url() in html and ">1 claim</p>" in html
    assert response["Vary"] and "HX-Request" in response["Vary"]


def test_htmx_history_restore_gets_the_whole_page(as_reviewer):
    response = as_reviewer.get(QUEUE, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in response.content.decode()


def test_htmx_bad_filter_is_a_400_partial_with_the_errors(as_reviewer):
    response = as_reviewer.get(QUEUE, {"status": "bogus"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 400 and "<html" not in html and "Select a valid choice" in html


def test_filter_form_works_without_and_with_htmx(as_reviewer):
    html = as_reviewer.get(QUEUE).content.decode()
    assert 'method="get"' in html and 'hx-get="/claims/"' in html and 'hx-target="#results"' in html
    assert 'hx-push-url="true"' in html and 'id="results"' in html
    assert "onclick" not in html and "style=" not in html and "<script>" not in html


# Permissions shown on the page -----------------------------------------------------------------


def test_reviewer_sees_the_bulk_verdict_but_not_assign(as_reviewer):
    make_claim()
    html = as_reviewer.get(QUEUE).content.decode()
    assert 'value="verdict"' in html and 'value="assign"' not in html
    assert 'name="selected"' in html and "data-select-all" in html


def test_editor_sees_bulk_assign_but_not_verdict(as_editor):
    make_claim()
    html = as_editor.get(QUEUE).content.decode()
    assert 'value="assign"' in html and 'value="verdict"' not in html


def test_user_without_a_role_sees_no_bulk_actions(client):
    client.force_login(make_user("nobody"))
    make_claim()
    html = client.get(QUEUE).content.decode()
    assert 'name="selected"' not in html and 'name="action"' not in html


# Bulk verdict ----------------------------------------------------------------------------------


def _verdict(client, claims, *, status="unverifiable", rationale="No public source.", **extra):
    selected = [f"{c.pk}:{c.version}" for c in claims]
    data = {"action": "verdict", "selected": selected, "status": status, "rationale": rationale, **extra}
    return client.post(BULK, data)


def test_bulk_verdict_saves_each_claim_with_its_own_audit_event(as_reviewer, reviewer):
    claims = [make_claim() for _ in range(3)]
    response = _verdict(as_reviewer, claims, query="status=unreviewed&page=1")
    assert response.status_code == 302
    assert response["Location"] == f"{QUEUE}?status=unreviewed&page=1"
    assert _message(response) == "3 verdicts saved."
    for claim in claims:
        claim.refresh_from_db()
        assert (claim.status, claim.reviewed_by, claim.version) == ("unverifiable", reviewer, 2)
    events = AuditEvent.objects.filter(action="verdict.set")
    assert sorted(events.values_list("claim_id", flat=True)) == sorted(c.pk for c in claims)
    assert {e.actor for e in events} == {reviewer}


def test_bulk_verdict_adds_the_evidence_link_to_each_claim(as_reviewer):
    claims = [make_claim(), make_claim()]
    response = _verdict(as_reviewer, claims, status="verified", evidence_url="https://example.org/cbs")
    assert _message(response) == "2 verdicts saved."
    assert Evidence.objects.filter(url="https://example.org/cbs").count() == 2
    assert set(Claim.objects.values_list("status", flat=True)) == {"verified"}


def test_bulk_verdict_refuses_claims_one_by_one(as_reviewer, chief):
    fine = make_claim()
    stale = make_claim()
    no_evidence = make_claim()
    judged = make_claim()
    Evidence.objects.create(claim=fine, url="https://example.org/a")
    loaded = {c.pk: c.version for c in (fine, stale, no_evidence, judged)}
    # Meanwhile the chief edits one claim and gives a verdict on another.
    workflow.set_verdict(stale, "unverifiable", actor=chief, rationale="Chief first.", expected_version=1)
    workflow.set_verdict(
        judged,
        "disputed",
        actor=chief,
        rationale="Chief.",
        expected_version=1,
        evidence_url="https://example.org/b",
    )
    judged.refresh_from_db()
    selected = [f"{pk}:{version}" for pk, version in loaded.items()]
    selected[-1] = f"{judged.pk}:{judged.version}"  # the reviewer saw the chief's verdict
    response = as_reviewer.post(
        BULK, {"action": "verdict", "selected": selected, "status": "verified", "rationale": "Checked."}
    )
    message = _message(response)
    assert response.status_code == 302
    assert message.startswith("1 verdict saved; 3 refused: ")
    assert f"#{stale.pk} changed by chief meanwhile" in message
    assert f"#{no_evidence.pk}: A verified verdict needs at least one evidence link" in message
    assert f"#{judged.pk}: You cannot change a verdict that is already set" in message
    assert Claim.objects.get(pk=fine.pk).status == "verified"
    assert Claim.objects.get(pk=stale.pk).rationale == "Chief first."
    assert Claim.objects.get(pk=no_evidence.pk).status == "unreviewed"
    assert Claim.objects.get(pk=judged.pk).status == "disputed"
    assert AuditEvent.objects.filter(action="verdict.set", actor__username="rob").count() == 1


def test_chief_may_change_verdicts_in_bulk(as_chief, chief):
    claim = make_claim()
    workflow.set_verdict(claim, "unverifiable", actor=chief, rationale="First.", expected_version=1)
    claim.refresh_from_db()
    response = _verdict(as_chief, [claim], status="disputed", evidence_url="https://example.org/x")
    assert _message(response) == "1 verdict saved."
    assert Claim.objects.get(pk=claim.pk).status == "disputed"


def test_editor_cannot_post_a_bulk_verdict(as_editor):
    claim = make_claim()
    response = _verdict(as_editor, [claim])
    assert response.status_code == 403
    assert "You cannot set verdicts" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == "unreviewed"
    assert not AuditEvent.objects.exists()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"status": "verified", "rationale": " "}, "Every verdict needs a rationale"),
        ({"status": "", "rationale": "Why"}, "Choose the verdict."),
        ({"status": "verified", "rationale": "Why", "selected": []}, "Tick at least one claim."),
        ({"status": "verified", "rationale": "Why", "selected": ["1;2"]}, "is not a claim of this page"),
    ],
)
def test_bulk_form_errors_save_nothing_and_say_why(as_reviewer, data, problem):
    claim = make_claim()
    post = {"action": "verdict", "selected": [f"{claim.pk}:1"], "query": "kind=direct", **data}
    response = as_reviewer.post(BULK, post)
    assert response.status_code == 302 and response["Location"] == f"{QUEUE}?kind=direct"
    assert problem in _message(response) and "Nothing saved" in _message(response)
    assert Claim.objects.get(pk=claim.pk).status == "unreviewed"


def test_bulk_redirect_stays_on_the_queue(as_reviewer):
    claim = make_claim()
    response = _verdict(as_reviewer, [claim], query="https://evil.example/?x=1")
    assert response["Location"].startswith(f"{QUEUE}?")


def test_bulk_rejects_get(as_reviewer):
    assert as_reviewer.get(BULK).status_code == 405


# Bulk assign -----------------------------------------------------------------------------------


def test_bulk_assign_assigns_each_claim(as_editor, editor, reviewer):
    claims = [make_claim(), make_claim()]
    selected = [f"{c.pk}:{c.version}" for c in claims]
    response = as_editor.post(BULK, {"action": "assign", "selected": selected, "assignee": reviewer.pk})
    assert response.status_code == 302 and response["Location"] == QUEUE
    assert _message(response) == "2 assignments saved."
    assert set(Claim.objects.values_list("assignee", flat=True)) == {reviewer.pk}
    events = AuditEvent.objects.filter(action="claim.assigned")
    assert events.count() == 2 and {e.actor for e in events} == {editor}


def test_bulk_assign_refuses_a_stale_row(as_editor, editor, reviewer, chief):
    fresh, stale = make_claim(), make_claim()
    workflow.edit_claim(stale, actor=chief, expected_version=1, assignee=chief)
    selected = [f"{fresh.pk}:1", f"{stale.pk}:1"]
    response = as_editor.post(BULK, {"action": "assign", "selected": selected, "assignee": reviewer.pk})
    assert (
        _message(response) == f"1 assignment saved; 1 refused: #{stale.pk} changed by someone else meanwhile."
    )
    assert Claim.objects.get(pk=stale.pk).assignee == chief


def test_reviewer_cannot_post_a_bulk_assign(as_reviewer, reviewer):
    claim = make_claim()
    response = as_reviewer.post(
        BULK, {"action": "assign", "selected": [f"{claim.pk}:1"], "assignee": reviewer.pk}
    )
    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).assignee is None


# Queries ---------------------------------------------------------------------------------------


def _many_claims(n, tag):
    """`n` claims over three new articles, three new speakers and two new assignees."""
    articles = [make_article() for _ in range(3)]
    speakers = [make_speaker(f"Speaker {tag}{i}") for i in range(3)]
    users = [make_user(f"user-{tag}{i}") for i in range(2)]
    for i in range(n):
        make_claim(articles[i % 3], speaker=speakers[i % 3], assignee=users[i % 2], checkworthiness=i / n)


def _queries(client, params) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(QUEUE, params).status_code == 200
    return len(captured)


@pytest.mark.parametrize("params", [{}, {"q": "begroting", "sort": "newest", "dismissed": "on"}])
def test_queue_takes_a_constant_small_number_of_queries(as_chief, django_assert_max_num_queries, params):
    _many_claims(30, "a")
    few = _queries(as_chief, params)
    _many_claims(270, "b")
    assert Claim.objects.count() == 300
    with django_assert_max_num_queries(few):
        as_chief.get(QUEUE, params)
    assert few <= 14


def test_the_article_filter_lists_the_newest_articles_and_keeps_an_older_choice(as_reviewer):
    from claims.models import Article

    oldest = make_article(body="De oudste tekst. Jan zei dat de dijk 3 meter hoog is.", title="Oudste")
    make_claim(oldest, text="de dijk 3 meter hoog is")
    Article.objects.bulk_create(
        Article(title=f"Artikel {n}", body=f"Tekst {n}.", lang="nl", content_hash=f"{n:064d}")
        for n in range(120)
    )
    Article.objects.filter(pk=oldest.pk).update(created_at=timezone.now() - datetime.timedelta(days=1))
    html = as_reviewer.get(QUEUE).content.decode()
    select = html[html.index('name="article"') : html.index("</select>", html.index('name="article"'))]
    assert select.count("<option") == 1 + 100  # "Any" and the hundred newest, not 121 articles
    assert "Oudste" not in select
    response = as_reviewer.get(QUEUE, {"article": oldest.pk})
    html = response.content.decode()
    select = html[html.index('name="article"') : html.index("</select>", html.index('name="article"'))]
    assert f'<option value="{oldest.pk}" selected>Oudste</option>' in select
    assert len(_ids(response)) == 1


def _select(html: str, element_id: str) -> str:
    start = html.index(f'id="{element_id}"')
    return html[start : html.index("</select>", start)]


def test_the_user_lists_are_bounded_and_keep_a_chosen_user(as_chief, chief, monkeypatch):
    """The assignee filter and the bulk assign list name users alphabetically up to their bound;
    a user past it is still a valid filter, shown selected."""
    from claims.filters import BulkActionForm, ClaimFilterForm

    monkeypatch.setattr(ClaimFilterForm.base_fields["assignee"], "limit", 3)
    monkeypatch.setattr(BulkActionForm.base_fields["assignee"], "limit", 3)
    people = [make_user(f"zz-user-{n}", "Reviewers") for n in range(4)]
    make_claim(make_article(), text="de dijk is 3 meter hoog", assignee=people[-1])
    html = as_chief.get(QUEUE).content.decode()
    for element_id in ("id_assignee", "bulk-assignee"):
        assert _select(html, element_id).count("<option") == 1 + 3, element_id
        assert "zz-user-3" not in _select(html, element_id)
    response = as_chief.get(QUEUE, {"assignee": people[-1].pk})
    assert f'<option value="{people[-1].pk}" selected>zz-user-3</option>' in _select(
        response.content.decode(), "id_assignee"
    )
    assert len(_ids(response)) == 1


def test_the_select_boxes_escape_names(as_reviewer):
    article = make_article(title='<script>alert("t")</script> & co')
    make_claim(article, text="de dijk is 3 meter hoog", speaker=make_speaker('<b>Piet</b> "P"'))
    html = as_reviewer.get(QUEUE).content.decode()
    assert "<script>alert" not in html and "<b>Piet" not in html
    assert "&lt;b&gt;Piet&lt;/b&gt; &#34;P&#34;" in _select(html, "id_speaker")
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt; &amp; co" in _select(html, "id_article")


def test_a_refused_bulk_form_comes_back_as_it_was_sent(as_reviewer):
    claim = make_claim()
    post = {"action": "verdict", "selected": [f"{claim.pk}:1"], "status": "", "rationale": "Mijn uitleg"}
    response = as_reviewer.post(BULK, post, follow=True)
    html = response.content.decode()
    assert "Choose the verdict." in html
    assert "Mijn uitleg</textarea>" in html
    assert f'id="pick-{claim.pk}" data-no-evidence checked' in html
    # Once: the next visit shows the queue as usual.
    assert "Mijn uitleg</textarea>" not in as_reviewer.get(QUEUE).content.decode()


def test_the_bulk_form_says_which_verdicts_need_a_link(as_reviewer, settings):
    make_claim()
    html = as_reviewer.get(QUEUE).content.decode()
    assert "Verified and Disputed need one" in html and 'data-needs-evidence="verified disputed"' in html
    settings.FACTCHECK_REQUIRE_EVIDENCE = False
    html = as_reviewer.get(QUEUE).content.decode()
    assert "Optional: added to every ticked claim." in html and 'data-needs-evidence=""' in html
