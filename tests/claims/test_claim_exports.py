"""The claim exports (CSV, JSON): the queue's filters, every page, verdicts and publication, streamed,
for logged-in users only, and CSV cells a spreadsheet would run as formulas neutralised."""

import csv
import io
import json

import pytest
from django.urls import reverse

from claims import workflow
from claims.spreadsheets import csv_cell
from claims.views.publishing import EXPORT_COLUMNS
from tests.factories import make_article, make_claim, make_speaker

pytestmark = pytest.mark.django_db

CSV_URL = reverse("claims:claims_export_csv")
JSON_URL = reverse("claims:claims_export_json")
MORE_THAN_A_PAGE = 60  # the queue shows 50 a page


def _csv(response) -> list[dict]:
    assert response.streaming
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def _json(response) -> list[dict]:
    assert response.streaming
    return json.loads(b"".join(response.streaming_content))


@pytest.fixture
def claims(reviewer, chief):
    """Three claims in one article: one published (verified, two links), one unverifiable, one unreviewed."""
    article = make_article(title="Begroting")
    speaker = make_speaker("Jan de Vries")
    published = make_claim(article, speaker=speaker)
    workflow.add_evidence(published, actor=reviewer, url="https://cbs.nl/a")
    published = workflow.set_verdict(
        published,
        "verified",
        actor=reviewer,
        rationale="CBS bevestigt.",
        expected_version=1,
        evidence_url="https://cbs.nl/b",
    )
    published = workflow.publish_verdict(published, actor=chief, expected_version=published.version)
    judged = make_claim(article, text="We houden de uitgaven in de hand", kind="direct", speaker=speaker)
    workflow.set_verdict(judged, "unverifiable", actor=reviewer, rationale="Geen bron.", expected_version=1)
    open_claim = make_claim(article, text="Het kabinet presenteert de plannen op 17 september")
    return published, judged, open_claim


def test_exports_need_a_login(client, claims):
    for url in (CSV_URL, JSON_URL):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_the_csv_has_every_column_and_the_verdicts(client, reviewer, claims):
    published, judged, open_claim = claims
    client.force_login(reviewer)
    response = client.get(CSV_URL + "?sort=oldest")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="claims-')
    rows = _csv(response)
    assert list(rows[0]) == EXPORT_COLUMNS
    assert [int(row["id"]) for row in rows] == [published.pk, judged.pk, open_claim.pk]
    first = rows[0]
    assert first["article_title"] == "Begroting" and first["speaker"] == "Jan de Vries"
    assert (first["status"], first["rationale"], first["reviewed_by"]) == (
        "verified",
        "CBS bevestigt.",
        "rob",
    )
    assert first["evidence"] == "https://cbs.nl/a https://cbs.nl/b"
    assert first["published_at"] == published.published_at.isoformat()
    assert first["url"] == f"http://testserver/claims/{published.pk}/"
    assert first["public_url"] == f"http://testserver/published/{published.pk}/"
    assert rows[1]["public_url"] == "" and rows[1]["published_at"] == ""
    assert rows[2]["status"] == "unreviewed" and rows[2]["reviewed_by"] == ""


def test_the_json_has_the_same_records(client, reviewer, claims):
    published, judged, open_claim = claims
    client.force_login(reviewer)
    response = client.get(JSON_URL + "?sort=oldest")
    assert response["Content-Type"] == "application/json"
    records = _json(response)
    assert [r["id"] for r in records] == [published.pk, judged.pk, open_claim.pk]
    assert list(records[0]) == EXPORT_COLUMNS
    assert records[0]["evidence"] == ["https://cbs.nl/a", "https://cbs.nl/b"]
    assert records[0]["dismissed"] is False and records[1]["public_url"] is None
    assert records[2]["reviewed_at"] is None and records[2]["speaker"] is None


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("status=verified", [0]),
        ("status=unreviewed", [2]),
        ("kind=direct", [1]),
        ("q=uitgaven", [1]),
        ("q=Jan+de+Vries&sort=oldest", [0, 1]),
        ("", [0, 1, 2]),
    ],
)
def test_the_exports_filter_like_the_queue(client, reviewer, claims, query, wanted):
    client.force_login(reviewer)
    expected = sorted(claims[i].pk for i in wanted)
    assert sorted(int(row["id"]) for row in _csv(client.get(f"{CSV_URL}?{query}"))) == expected
    assert sorted(r["id"] for r in _json(client.get(f"{JSON_URL}?{query}"))) == expected


def test_the_exports_follow_the_article_and_my_queue_filters(client, reviewer, claims):
    other = make_claim(make_article(), assignee=reviewer)
    client.force_login(reviewer)
    assert [r["id"] for r in _json(client.get(f"{JSON_URL}?mine=1"))] == [other.pk]
    in_article = _json(client.get(f"{JSON_URL}?article={claims[0].article_id}"))
    assert sorted(r["id"] for r in in_article) == sorted(c.pk for c in claims)


def test_dismissed_claims_are_left_out_unless_asked_for(client, chief, claims):
    open_claim = claims[2]
    workflow.edit_claim(open_claim, actor=chief, expected_version=1, dismissed=True)
    client.force_login(chief)
    assert open_claim.pk not in [r["id"] for r in _json(client.get(JSON_URL))]
    shown = {r["id"]: r for r in _json(client.get(f"{JSON_URL}?dismissed=1"))}
    assert shown[open_claim.pk]["dismissed"] is True


def test_the_exports_hold_every_page_of_the_queue(client, reviewer):
    article = make_article()
    for _ in range(MORE_THAN_A_PAGE):
        make_claim(article)
    client.force_login(reviewer)
    assert len(_csv(client.get(CSV_URL))) == MORE_THAN_A_PAGE
    assert len(_json(client.get(JSON_URL + "?page=2"))) == MORE_THAN_A_PAGE


def test_invalid_filters_show_the_queue_with_the_problem(client, reviewer):
    client.force_login(reviewer)
    response = client.get(CSV_URL + "?status=bogus")
    assert response.status_code == 400
    assert "These filters cannot be used" in response.content.decode()


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("https://evil.example","x")', '\'=HYPERLINK("https://evil.example","x")'),
        ("+31 procent", "'+31 procent"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("3 procent = veel", "3 procent = veel"),
        (None, ""),
        (True, "true"),
        (["https://a", "https://b"], "https://a https://b"),
        (42, "42"),
    ],
)
def test_csv_cells_are_neutralised(value, cell):
    assert csv_cell(value) == cell


def test_formula_injection_is_neutralised_in_the_export(client, chief):
    body = "=cmd|' /C calc'!A0 zei hij, en +1 erbij."
    claim = make_claim(
        make_article(body=body, title="@kop"), text="=cmd|' /C calc'!A0", speaker=make_speaker("-Piet")
    )
    workflow.set_verdict(claim, "unverifiable", actor=chief, rationale="+geen bron", expected_version=1)
    client.force_login(chief)
    (row,) = _csv(client.get(CSV_URL))
    assert row["text"] == "'=cmd|' /C calc'!A0"
    assert (row["article_title"], row["speaker"], row["rationale"]) == ("'@kop", "'-Piet", "'+geen bron")
    (record,) = _json(client.get(JSON_URL))
    assert record["text"] == "=cmd|' /C calc'!A0"  # JSON holds the data as it is


@pytest.mark.parametrize("url", [CSV_URL, JSON_URL])
def test_the_exports_are_read_only(client, reviewer, url):
    client.force_login(reviewer)
    assert client.post(url).status_code == 405


def test_the_queue_links_its_exports_with_its_filters_and_marks_published_claims(client, reviewer, claims):
    client.force_login(reviewer)
    html = client.get(reverse("claims:claims") + "?status=verified&page=1").content.decode()
    assert f'href="{CSV_URL}?status=verified"' in html and f'href="{JSON_URL}?status=verified"' in html
    assert html.count('class="badge published"') == 1
    swapped = client.get(reverse("claims:claims") + "?q=uitgaven", headers={"HX-Request": "true"})
    assert f'href="{CSV_URL}?q=uitgaven"' in swapped.content.decode()


def test_export_queries_do_not_grow_with_the_claims(client, reviewer, django_assert_max_num_queries):
    article = make_article()
    speaker = make_speaker("Piet")
    for _ in range(40):
        claim = make_claim(article, speaker=speaker)
        workflow.add_evidence(claim, actor=reviewer, url="https://example.org/e")
    client.force_login(reviewer)
    with django_assert_max_num_queries(12):
        assert len(_csv(client.get(CSV_URL))) == 40
    with django_assert_max_num_queries(12):
        assert len(_json(client.get(JSON_URL))) == 40
