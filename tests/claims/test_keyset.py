"""The queue's keyset pages: every claim once, in order, whichever way you walk; no OFFSET, a capped
count, and a broken page link is a 400, never a 500."""

import datetime
import re
from html import unescape
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims.filters import KeysetPage, cursor_of, parse_cursor
from claims.models import Claim
from tests.conftest import make_user
from tests.factories import make_article, make_speaker

pytestmark = pytest.mark.django_db

QUEUE = reverse("claims:claims")
SORTS = ("worth", "newest", "oldest")


@pytest.fixture
def as_chief(client, chief):
    client.force_login(chief)
    return client


@pytest.fixture
def claims():
    """130 claims with many ties: 5 worth values, 4 import times, two kinds, two statuses."""
    article = make_article("Zin. " * 10)
    speakers = [make_speaker("Een"), make_speaker("Twee")]
    base = timezone.now().replace(microsecond=123456)
    return Claim.objects.bulk_create(
        Claim(
            article=article,
            text=f"bewering {i}",
            start=0,
            end=4,
            kind=("direct", "indirect")[i % 2],
            status=("unreviewed", "disputed")[i % 3 == 0],
            speaker=speakers[i % 2],
            checkworthiness=(0.1, 0.25, 0.5, 0.75, 0.9)[i % 5],
            created_at=base - datetime.timedelta(minutes=i % 4),
            dismissed=i % 11 == 0,
        )
        for i in range(130)
    )


def _expected(sort, claims, keep=lambda c: not c.dismissed):
    rows = [c for c in claims if keep(c)]
    if sort == "worth":
        return [c.pk for c in sorted(rows, key=lambda c: (c.checkworthiness, c.pk), reverse=True)]
    ordered = sorted(rows, key=lambda c: (c.created_at, c.pk))
    return [c.pk for c in (ordered[::-1] if sort == "newest" else ordered)]


def _walk(client, params, link="next"):
    """Follow the pager's `link` from the page `params` asks for; the ids of every page seen."""
    pages, url = [], f"{QUEUE}?{urlencode(params)}"
    while url:
        response = client.get(url)
        assert response.status_code == 200
        pages.append([claim.pk for claim in response.context["page"]])
        found = re.search(rf'<a href="(\?[^"]*)"[^>]*rel="{link}"', response.content.decode())
        url = QUEUE + unescape(found[1]) if found else None
        assert len(pages) < 20
    return pages


# Walking the pages -----------------------------------------------------------------------------


@pytest.mark.parametrize("sort", SORTS)
def test_walking_every_page_gives_each_claim_once_in_order(as_chief, claims, sort):
    pages = _walk(as_chief, {"sort": sort})
    assert [len(page) for page in pages] == [50, 50, 18]
    assert [pk for page in pages for pk in page] == _expected(sort, claims)


@pytest.mark.parametrize("sort", SORTS)
def test_walking_back_from_the_last_page_gives_the_same_pages(as_chief, claims, sort):
    forward = _walk(as_chief, {"sort": sort})
    after = cursor_of(Claim.objects.get(pk=forward[1][-1]), sort)
    backward = _walk(as_chief, {"sort": sort, "after": after}, "prev")
    assert backward == forward[::-1]


def test_filters_and_search_stay_on_every_page(as_chief, claims):
    speaker = claims[1].speaker_id
    params = {"sort": "newest", "kind": "indirect", "speaker": speaker, "q": "bewering", "dismissed": "on"}
    pages = _walk(as_chief, params)
    wanted = _expected("newest", claims, keep=lambda c: c.kind == "indirect" and c.speaker_id == speaker)
    assert len(wanted) > 50 and len(pages) == 2
    assert [pk for page in pages for pk in page] == wanted


def test_ties_are_broken_by_id_across_a_page_boundary():
    article = make_article("Zin.")
    same = Claim.objects.bulk_create(
        Claim(article=article, text="Zin", start=0, end=3, kind="direct", checkworthiness=0.5)
        for _ in range(7)
    )
    ordered = Claim.objects.active().sorted_by("worth")
    first = KeysetPage.fetch(ordered, "worth", size=3)
    second = KeysetPage.fetch(ordered, "worth", after=parse_cursor(first.next_after, "worth"), size=3)
    third = KeysetPage.fetch(ordered, "worth", after=parse_cursor(second.next_after, "worth"), size=3)
    walked = [c.pk for page in (first, second, third) for c in page]
    assert walked == sorted((c.pk for c in same), reverse=True)
    assert not third.has_next and third.has_previous


def test_the_first_page_has_no_previous_and_the_others_link_to_the_first(as_chief, claims):
    html = as_chief.get(QUEUE).content.decode()
    assert 'rel="next"' in html and 'rel="prev"' not in html and "First page" not in html
    page = as_chief.get(QUEUE, {"after": cursor_of(Claim.objects.active().sorted_by("worth")[49], "worth")})
    html = page.content.decode()
    assert 'rel="prev"' in html and 'rel="next"' in html and "« First page" in html
    assert 'href="?"' in html  # the first page: no cursor, no other parameter


def test_previous_from_near_the_start_is_the_whole_first_page(as_chief, claims):
    ordered = list(Claim.objects.active().sorted_by("worth"))
    # Only 10 claims come before this one: too few for a page, so the first page is shown.
    response = as_chief.get(QUEUE, {"before": cursor_of(ordered[10], "worth")})
    page = response.context["page"]
    assert [c.pk for c in page] == [c.pk for c in ordered[:50]]
    assert page.is_first and not page.has_previous


def test_after_the_last_claim_is_an_empty_page_with_a_way_back(as_chief, claims):
    last = Claim.objects.active().sorted_by("worth").last()
    response = as_chief.get(QUEUE, {"after": cursor_of(last, "worth")})
    assert response.status_code == 200
    html = response.content.decode()
    assert "No claims match." in html and "« First page" in html and 'rel="next"' not in html


def test_an_old_page_number_link_shows_the_first_page(as_chief, claims):
    response = as_chief.get(QUEUE, {"page": 3})
    assert response.status_code == 200 and response.context["page"].is_first


# What it costs ---------------------------------------------------------------------------------


def test_no_offset_and_a_count_that_stops_at_the_cap(as_chief, claims):
    after = cursor_of(Claim.objects.active().sorted_by("worth")[99], "worth")
    with CaptureQueriesContext(connection) as captured:
        as_chief.get(QUEUE, {"after": after})
    on_claims = [q["sql"] for q in captured if 'FROM "claims_claim"' in q["sql"]]
    assert on_claims and not [sql for sql in on_claims if "OFFSET" in sql.upper()]
    counts = [sql for sql in on_claims if "COUNT(" in sql.upper()]
    assert len(counts) == 1 and f"LIMIT {KeysetPage.COUNT_CAP + 1}" in counts[0]


def test_the_count_is_capped(as_chief, claims, monkeypatch):
    monkeypatch.setattr(KeysetPage, "COUNT_CAP", 100)
    response = as_chief.get(QUEUE)
    assert response.context["page"].matching == 101
    assert "100+ claims" in response.content.decode()
    small = as_chief.get(QUEUE, {"status": "disputed"}).content.decode()
    assert f"{sum(1 for c in claims if c.status == 'disputed' and not c.dismissed)} claims" in small


def test_a_deep_page_takes_as_many_queries_as_the_first(as_chief, claims, django_assert_num_queries):
    with CaptureQueriesContext(connection) as first:
        as_chief.get(QUEUE, {"sort": "newest"})
    after = cursor_of(Claim.objects.active().sorted_by("newest")[99], "newest")
    with django_assert_num_queries(len(first)):
        as_chief.get(QUEUE, {"sort": "newest", "after": after})


# Page links ------------------------------------------------------------------------------------


def test_cursors_read_back_as_the_same_key(claims):
    claim = claims[7]
    worth, pk = parse_cursor(cursor_of(claim, "worth"), "worth")
    assert (worth, pk) == (claim.checkworthiness, claim.pk)
    when, pk = parse_cursor(cursor_of(claim, "newest"), "newest")
    assert (when, pk) == (claim.created_at, claim.pk) and when.microsecond == 123456
    assert cursor_of(claim, "oldest").endswith(f"Z:{claim.pk}")


@pytest.mark.parametrize(
    ("sort", "cursor"),
    [
        ("worth", "abc"),
        ("worth", "0.5"),
        ("worth", "0.5:"),
        ("worth", ":12"),
        ("worth", "0.5:-3"),
        ("worth", "nan:1"),
        ("worth", "inf:1"),
        ("worth", "0.5:1234567890123456789012"),
        ("worth", "2025-01-01T00:00:00Z:5"),
        ("newest", "0.5:5"),
        ("newest", "2025-01-01T00:00:00:5"),  # no time zone
        ("oldest", "0001-01-01T00:00:00+01:00:1"),  # before year 1 in UTC
        ("oldest", "9999-12-31T23:59:59-01:00:1"),  # after year 9999 in UTC
        ("newest", "2025-13-45T00:00:00Z:5"),
        ("worth", "x" * 500 + ":1"),
    ],
)
def test_a_broken_page_link_is_a_400_saying_so(as_chief, claims, sort, cursor):
    for name in ("after", "before"):
        response = as_chief.get(QUEUE, {"sort": sort, name: cursor})
        assert response.status_code == 400
        assert "This page link is broken" in response.content.decode()


def test_a_broken_page_link_in_htmx_is_a_400_partial(as_chief, claims):
    response = as_chief.get(QUEUE, {"after": "junk"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 400 and "<html" not in html and "This page link is broken" in html


def test_after_and_before_together_is_a_400(as_chief, claims):
    key = cursor_of(claims[0], "worth")
    response = as_chief.get(QUEUE, {"after": key, "before": key})
    assert response.status_code == 400 and "not both" in response.content.decode()


def test_a_new_filter_starts_at_the_first_page(as_chief, claims):
    """The filter form does not carry the cursor: htmx search-as-you-type sends only the form."""
    html = as_chief.get(QUEUE, {"after": cursor_of(claims[5], "worth")}).content.decode()
    form = html.split('role="search"')[1].split("</form>")[0]
    assert 'name="after"' not in form and 'name="before"' not in form


# Bulk actions on a later page ------------------------------------------------------------------


def test_a_bulk_action_on_page_two_comes_back_to_page_two(client, claims):
    editor = make_user("edith", "Editors")
    rita = make_user("rita", "Reviewers")
    client.force_login(editor)
    after = cursor_of(Claim.objects.active().sorted_by("worth")[49], "worth")
    page = client.get(QUEUE, {"after": after})
    assert page.status_code == 200
    query = page.context["bulk_form"]["query"].value()
    row = page.context["page"].object_list[0]
    response = client.post(
        reverse("claims:claims_bulk"),
        {"action": "assign", "selected": [f"{row.pk}:{row.version}"], "assignee": rita.pk, "query": query},
    )
    assert response.status_code == 302
    back = client.get(response["Location"])
    assert back.context["page"].object_list[0].pk == row.pk
    assert Claim.objects.get(pk=row.pk).assignee == rita
