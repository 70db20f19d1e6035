import json
import re
from datetime import date, datetime, time, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims import workflow
from claims.models import Claim
from claims.views.dashboard import verdicts_by_speaker, verdicts_by_week
from tests.factories import make_article, make_claim, make_speaker

pytestmark = pytest.mark.django_db

V, D, U = Claim.Status.VERIFIED, Claim.Status.DISPUTED, Claim.Status.UNVERIFIABLE


def at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """An aware datetime on that day, in the site's time zone."""
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def reviewed(status, when, **fields) -> Claim:
    """A claim with a verdict given at `when`; dates are set straight in the database."""
    claim = make_claim(**fields)
    Claim.objects.filter(pk=claim.pk).update(status=status, reviewed_at=when)
    return claim


def this_monday() -> date:
    today = timezone.localdate()
    return today - timedelta(days=today.weekday())


def chart_data(response) -> dict:
    block = r'<script id="dashboard-charts" type="application/json">(.*?)</script>'
    match = re.search(block, response.content.decode(), re.S)
    assert match, "the chart data block is missing"
    return json.loads(match.group(1))


@pytest.fixture
def logged_in(client, reviewer):
    client.force_login(reviewer)
    return client


# The weekly chart


def test_verdicts_by_week_counts_each_verdict_in_its_week():
    today = date(2026, 11, 26)  # a Thursday; its week starts on Monday 23 November
    reviewed(V, at(date(2026, 11, 23)))
    reviewed(V, at(date(2026, 11, 29), 23, 30))  # Sunday night is still this week
    reviewed(D, at(date(2026, 11, 24)))
    reviewed(U, at(date(2026, 11, 10)))
    reviewed(V, at(date(2026, 9, 7)))  # Monday of the first of 12 weeks
    reviewed(V, at(date(2026, 9, 6)))  # the Sunday before: too old
    reviewed(Claim.Status.UNREVIEWED, at(date(2026, 11, 24)))  # reopened claims keep a date: not a verdict

    chart = verdicts_by_week(Claim.objects.active(), today=today)

    assert len(chart.labels) == 12
    assert chart.labels[0] == "7 Sep" and chart.labels[-1] == "23 Nov"
    assert chart.counts[-1] == [2, 1, 0]
    assert chart.counts[-3] == [0, 0, 1]  # week of 9 November
    assert chart.counts[0] == [1, 0, 0]
    assert chart.total == 5


def test_verdicts_by_week_uses_local_time_for_week_boundaries():
    # Monday 00:30 in Amsterdam is still Sunday in UTC: it belongs to the new week.
    reviewed(D, at(date(2026, 11, 23), 0, 30))
    reviewed(D, at(date(2026, 11, 22), 23, 30))

    chart = verdicts_by_week(Claim.objects.active(), today=date(2026, 11, 23))

    assert chart.counts[-1] == [0, 1, 0]
    assert chart.counts[-2] == [0, 1, 0]


def test_verdicts_by_week_leaves_out_dismissed_claims():
    reviewed(V, at(date(2026, 11, 23)), dismissed=True)

    assert verdicts_by_week(Claim.objects.active(), today=date(2026, 11, 23)).total == 0


def test_verdicts_by_week_series_carry_an_icon_per_verdict():
    series = verdicts_by_week(Claim.objects.active(), today=date(2026, 11, 23)).data["series"]

    assert [(s["status"], s["label"]) for s in series] == [
        ("verified", "✓ Verified"),
        ("disputed", "✗ Disputed"),
        ("unverifiable", "? Unverifiable"),
    ]
    assert all(s["data"] == [0] * 12 for s in series)


# The speaker chart


def test_verdicts_by_speaker_ranks_speakers_by_reviewed_claims():
    when = timezone.now()
    kim, trump = make_speaker("Kim Jong-un"), make_speaker("Donald Trump")
    pompeo = make_speaker("Mike Pompeo")
    for status in (V, D, D):
        reviewed(status, when, speaker=trump)
    for status in (U, V):
        reviewed(status, when, speaker=kim)
    make_claim(speaker=kim)  # unreviewed: not counted
    reviewed(V, when, speaker=kim, dismissed=True)  # dismissed: not counted
    make_claim(speaker=pompeo)  # nothing reviewed: not on the chart
    reviewed(V, when)  # the author's own statement: no speaker

    chart = verdicts_by_speaker()

    assert chart.labels == ["Donald Trump", "Kim Jong-un"]
    assert chart.counts == [[1, 2, 0], [1, 0, 1]]
    assert chart.links == [trump.get_absolute_url(), kim.get_absolute_url()]


def test_verdicts_by_speaker_keeps_the_top_ten():
    when = timezone.now()
    for i in range(12):
        speaker = make_speaker(f"Speaker {i:02}")
        for _ in range(i + 1):
            reviewed(V, when, speaker=speaker)

    chart = verdicts_by_speaker()

    assert chart.labels == [f"Speaker {i:02}" for i in range(11, 1, -1)]


# The page


def test_dashboard_shows_counts_and_chart_data(logged_in):
    monday = this_monday()
    trump = make_speaker("Donald Trump")
    reviewed(V, at(monday), speaker=trump)
    reviewed(D, at(monday), speaker=trump)
    reviewed(U, at(monday - timedelta(weeks=2)))
    make_claim(speaker=trump)

    response = logged_in.get(reverse("claims:dashboard"))

    assert response.status_code == 200
    assert response.context["counts"] == {"unreviewed": 1, "verified": 1, "disputed": 1, "unverifiable": 1}
    data = chart_data(response)
    assert set(data) == {"weeks", "speakers"}
    weeks = {s["status"]: s["data"] for s in data["weeks"]["series"]}
    assert len(data["weeks"]["labels"]) == 12
    assert weeks == {
        "verified": [0] * 11 + [1],
        "disputed": [0] * 11 + [1],
        "unverifiable": [0] * 9 + [1, 0, 0],
    }
    assert data["speakers"]["labels"] == ["Donald Trump"]
    assert [s["data"] for s in data["speakers"]["series"]] == [[1], [1], [0]]


def test_dashboard_has_table_fallback_and_accessible_canvas(logged_in):
    trump = make_speaker("Donald Trump")
    reviewed(D, at(this_monday()), speaker=trump)

    html = logged_in.get(reverse("claims:dashboard")).content.decode()

    assert html.count('<figure class="chart"') == 2
    assert html.count('<details class="chart-table" open>') == 2
    assert html.count('<canvas role="img" aria-label="Bar chart: Verdicts per') == 2
    assert f'<th scope="row"><a href="{trump.get_absolute_url()}">Donald Trump</a></th>' in html
    assert "<td>0</td><td>1</td><td>0</td><td>1</td>" in html  # the speaker's row: ✓ ✗ ? total
    assert '<th scope="col" class="status-disputed">✗ Disputed</th>' in html


def test_dashboard_loads_chart_js_and_its_script_from_this_site(logged_in):
    html = logged_in.get(reverse("claims:dashboard")).content.decode()

    assert '<script src="/static/vendor/chartjs/chart.umd.min.js" defer></script>' in html
    assert '<script src="/static/factcheck/dashboard.js" defer></script>' in html
    # CSP: the only inline script is the data block, which is never executed.
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == [
        '<script id="dashboard-charts" type="application/json">'
    ]
    assert " style=" not in html and " onclick=" not in html


def test_dashboard_without_verdicts_says_so(logged_in):
    make_claim()

    response = logged_in.get(reverse("claims:dashboard"))

    html = response.content.decode()
    assert "No verdicts in the last 12 weeks." in html
    assert "No speaker has a reviewed claim yet." in html
    assert "<figure" not in html
    assert chart_data(response)["speakers"] == {
        "labels": [],
        "series": [
            {"status": "verified", "label": "✓ Verified", "data": []},
            {"status": "disputed", "label": "✗ Disputed", "data": []},
            {"status": "unverifiable", "label": "? Unverifiable", "data": []},
        ],
    }


def test_my_queue_shows_only_my_unreviewed_claims(logged_in, reviewer, editor):
    article = make_article()
    mine = make_claim(article, assignee=reviewer)
    reviewed(V, timezone.now(), assignee=reviewer)  # mine but done
    make_claim(article, assignee=reviewer, dismissed=True)  # mine but not a claim
    make_claim(article, assignee=editor)  # someone else's
    make_claim(article)  # nobody's

    response = logged_in.get(reverse("claims:dashboard"))

    assert list(response.context["my_queue"]) == [mine]
    assert f'href="{mine.get_absolute_url()}"' in response.content.decode()
    assert 'href="/claims/?mine=1"' in response.content.decode()


def test_my_queue_empty(logged_in):
    html = logged_in.get(reverse("claims:dashboard")).content.decode()

    assert "Nothing assigned to you." in html


@pytest.mark.parametrize("persona", ["editor", "reviewer", "chief"])
def test_dashboard_loads_for_each_persona(client, request, persona):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    reviewed(V, timezone.now(), speaker=make_speaker("Donald Trump"), assignee=user)
    make_claim(assignee=user)

    response = client.get(reverse("claims:dashboard"))

    assert response.status_code == 200
    assert len(response.context["my_queue"]) == 1
    assert "Verdicts per speaker" in response.content.decode()


def _fill(numbers, *, reviewer, chief):
    """A claim for each number, each with its own article and speaker, all assigned to the reviewer,
    every other one reviewed through the workflow."""
    for i in numbers:
        claim = make_claim(make_article(), speaker=make_speaker(f"Speaker {i}"), assignee=reviewer)
        if i % 2:
            workflow.set_verdict(
                claim,
                (V, D, U)[i % 3],
                actor=chief,
                rationale="Checked.",
                expected_version=None,
                evidence_url="https://example.org/source",
            )


def _dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("claims:dashboard")).status_code == 200
    return len(queries)


def test_dashboard_query_count_does_not_grow_with_data(
    logged_in, reviewer, chief, django_assert_max_num_queries
):
    _fill(range(10), reviewer=reviewer, chief=chief)  # 5 reviewed
    few = _dashboard_queries(logged_in)
    _fill(range(10, 100), reviewer=reviewer, chief=chief)  # 50 reviewed

    with django_assert_max_num_queries(few):
        assert logged_in.get(reverse("claims:dashboard")).status_code == 200
    # Session, user, its permissions (what the top bar offers), four counts and lists, two charts:
    # a small fixed number.
    assert few <= 11
