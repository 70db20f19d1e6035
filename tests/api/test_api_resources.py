"""The API's resources: articles, claims with the queue's filters and keyset pages, speakers,
published verdicts; writes through the workflow; every bad input a 4xx in the one JSON shape."""

import json

import pytest
from openapi_spec_validator import validate

from claims import workflow
from claims.models import AuditEvent, Claim
from tests.factories import make_article, make_claim, make_speaker

from .conftest import assert_error

TEXT = (
    "Minister Jan de Vries zei dinsdag dat de begroting volgend jaar met 3 procent groeit. "
    "“We houden de uitgaven in de hand”, zei De Vries."
)


def test_the_schema_is_valid_openapi_3(client, db):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    validate(schema)
    paths = schema["paths"]
    for path in ("/api/v1/articles/", "/api/v1/claims/", "/api/v1/claims/{id}/verdict/", "/api/v1/verdicts/"):
        assert path in paths
    assert {p["name"] for p in paths["/api/v1/claims/"]["get"]["parameters"]} >= {
        "status",
        "q",
        "after",
        "limit",
    }


def test_an_article_is_created_from_text_and_read_with_its_claims(api_as, editor):
    api = api_as(editor)
    response = api.post("/api/v1/articles/", {"text": TEXT, "outlet": "NOS", "published": "2025-03"})
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["claims"], "the extraction found the claims"
    assert response["Location"].endswith(f"/api/v1/articles/{created['id']}/")
    read = api.get(f"/api/v1/articles/{created['id']}/").json()
    assert (read["outlet"], read["published"], read["body"]) == ("NOS", "2025-03", TEXT)
    assert [c["id"] for c in read["claims"]] == [c["id"] for c in created["claims"]]
    assert read["claims"][0]["speaker"]["name"] == "Jan de Vries"


def test_the_same_text_twice_is_a_409_naming_the_first(api_as, editor):
    api = api_as(editor)
    first = api.post("/api/v1/articles/", {"text": TEXT}).json()
    error = assert_error(api.post("/api/v1/articles/", {"text": TEXT}), 409, "duplicate")
    assert error["existing_id"] == first["id"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": TEXT, "lang": "fr"}, "lang"),
        ({"text": TEXT, "published": "March 2025"}, "published"),
        ({"text": TEXT, "source_url": "not a link"}, "source_url"),
        ({"text": ["a", "list"]}, "text"),
    ],
)
def test_bad_article_input_is_a_400_naming_the_field(api_as, editor, body, field):
    response = api_as(editor).post("/api/v1/articles/", body)
    error = assert_error(response, 400, "invalid")
    assert field in error["fields"]


def test_a_future_date_is_refused_by_the_importers_rule(api_as, editor):
    response = api_as(editor).post("/api/v1/articles/", {"text": TEXT, "published": "2999"})
    error = assert_error(response, 400, "invalid")
    assert error["fields"]["published"] == ["“2999” is in the future."]


@pytest.mark.parametrize(
    "raw",
    ["{not json", "[1, 2]", '"a string"', "null", b"\xff\xfe"],
    ids=["broken", "list", "string", "null", "bytes"],
)
def test_a_body_that_is_not_a_json_object_is_a_400(api_as, editor, raw):
    response = api_as(editor).post("/api/v1/articles/", raw=raw)
    assert response.status_code == 400, response.content
    assert response.json()["error"]["code"] in ("parse_error", "invalid")


def test_a_huge_body_is_refused_before_it_is_read(api_as, editor, settings):
    big = json.dumps({"text": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)})
    error = assert_error(api_as(editor).post("/api/v1/articles/", raw=big), 413, "too_large")
    assert "limit" in error["message"]


def test_unknown_ids_and_addresses_are_404s_in_json(api_as, reviewer):
    api = api_as(reviewer)
    for path in ("/api/v1/claims/999999/", "/api/v1/articles/999999/", "/api/v1/speakers/999999/"):
        assert_error(api.get(path), 404, "not_found")
    assert_error(api.get("/api/v1/nothing-here/"), 404, "not_found")
    assert_error(api.get("/api/v2/claims/"), 404, "not_found")
    assert_error(
        api.post("/api/v1/claims/999999/verdict/", {"status": "verified", "rationale": "x", "version": 1}),
        404,
        "not_found",
    )


def test_a_wrong_method_is_a_405_in_json(api_as, reviewer):
    assert_error(
        api_as(reviewer).client.delete(
            "/api/v1/claims/", HTTP_AUTHORIZATION=f"Bearer {api_as(reviewer).raw}"
        ),
        405,
        "method_not_allowed",
    )


@pytest.mark.parametrize(
    "query",
    [
        {"after": "garbage"},
        {"after": "0.5:1", "before": "0.4:2"},
        {"before": "nan:3"},
        {"sort": "newest", "after": "2025-01-01T00:00:00:12"},
        {"status": "maybe"},
        {"speaker": "999999"},
        {"speaker": "abc"},
        {"imported_from": "yesterday"},
        {"imported_from": "2025-02-01", "imported_to": "2025-01-01"},
        {"limit": "0"},
        {"limit": "1000"},
        {"limit": "ten"},
    ],
)
def test_bad_claim_list_parameters_are_400s_naming_the_field(api_as, reviewer, query):
    error = assert_error(api_as(reviewer).get("/api/v1/claims/", query), 400, "invalid")
    assert error["fields"]


def test_bad_id_page_links_are_400s(api_as, reviewer):
    for path in ("/api/v1/articles/", "/api/v1/speakers/", "/api/v1/verdicts/"):
        assert "after" in assert_error(api_as(reviewer).get(path, {"after": "x1"}), 400, "invalid")["fields"]


def test_the_claim_list_walks_keyset_pages_with_the_queue_filters(api_as, reviewer):
    article = make_article()
    speaker = make_speaker("Anna Smit")
    claims = [
        make_claim(article, checkworthiness=0.5 + i / 100, speaker=speaker if i % 2 else None)
        for i in range(7)
    ]
    make_claim(article, dismissed=True)
    api, seen, url = api_as(reviewer), [], "/api/v1/claims/?limit=3"
    while url:
        page = api.get(url).json()
        assert page["count"] == 7 and page["count_capped"] is False
        seen += [c["id"] for c in page["results"]]
        url = page["next"]
    assert seen == [c.pk for c in sorted(claims, key=lambda c: -c.checkworthiness)]
    back = api.get(api.get("/api/v1/claims/?limit=3").json()["next"]).json()
    assert [c["id"] for c in api.get(back["previous"]).json()["results"]] == seen[:3]
    filtered = api.get("/api/v1/claims/", {"speaker": speaker.pk, "sort": "oldest"}).json()
    assert [c["id"] for c in filtered["results"]] == [c.pk for c in claims if c.speaker_id]
    assert api.get("/api/v1/claims/", {"dismissed": "true"}).json()["count"] == 8


def test_a_claim_is_read_with_verdict_speaker_evidence_and_publication(api_as, reviewer, chief):
    claim = make_claim(speaker=make_speaker("Anna Smit"))
    workflow.set_verdict(
        claim,
        "verified",
        actor=reviewer,
        rationale="CBS cijfers",
        expected_version=1,
        evidence_url="https://cbs.nl/x",
    )
    workflow.publish_verdict(claim, actor=chief, expected_version=2)
    body = api_as(reviewer).get(f"/api/v1/claims/{claim.pk}/").json()
    assert (body["status"], body["rationale"], body["speaker"]["name"]) == (
        "verified",
        "CBS cijfers",
        "Anna Smit",
    )
    assert body["evidence"][0]["url"] == "https://cbs.nl/x" and body["evidence"][0]["added_by"] == "rob"
    assert body["publication"]["published"] is True and body["publication"]["published_by"] == "chief"


def test_a_reviewer_sets_a_verdict_through_the_workflow_audited_via_api(api_as, reviewer):
    claim = make_claim()
    response = api_as(reviewer).post(
        f"/api/v1/claims/{claim.pk}/verdict/",
        {"status": "unverifiable", "rationale": "No source", "version": 1},
    )
    assert response.status_code == 200, response.content
    assert (response.json()["status"], response.json()["version"]) == ("unverifiable", 2)
    event = AuditEvent.objects.get(action=AuditEvent.Action.VERDICT_SET)
    assert (event.actor, event.via, event.claim_id) == (reviewer, "api", claim.pk)


def test_an_editor_may_not_set_a_verdict(api_as, editor):
    claim = make_claim()
    response = api_as(editor).post(
        f"/api/v1/claims/{claim.pk}/verdict/", {"status": "verified", "rationale": "x", "version": 1}
    )
    assert "a Reviewer or Chief editor" in assert_error(response, 403, "permission_denied")["message"]
    assert Claim.objects.get(pk=claim.pk).status == "unreviewed"


def test_the_workflows_rules_apply_evidence_stale_version_four_eyes(api_as, reviewer, second_reviewer, chief):
    claim = make_claim()
    api = api_as(reviewer)
    path = f"/api/v1/claims/{claim.pk}/"
    no_evidence = api.post(path + "verdict/", {"status": "disputed", "rationale": "Wrong", "version": 1})
    assert "evidence link" in assert_error(no_evidence, 422, "refused")["message"]
    evidence = api.post(path + "evidence/", {"url": "https://cbs.nl/begroting"})
    assert evidence.status_code == 201
    ok = api.post(path + "verdict/", {"status": "disputed", "rationale": "Wrong", "version": 1})
    assert ok.status_code == 200
    stale = api.post(path + "verdict/", {"status": "disputed", "rationale": "Other", "version": 1})
    assert_error(stale, 409, "stale_version")
    four_eyes = api_as(chief).post(path + "publish/", {"version": 2})
    assert "four eyes" in assert_error(four_eyes, 422, "refused")["message"]
    own = api.post(path + "confirm/", {"version": 2})
    assert "second person" in assert_error(own, 422, "refused")["message"]
    assert api_as(second_reviewer).post(path + "confirm/", {"version": 2}).status_code == 200
    assert_error(api.post(path + "publish/", {"version": 3}), 403, "permission_denied")
    published = api_as(chief).post(path + "publish/", {"version": 3})
    assert published.json()["publication"]["published"] is True
    reopen = api_as(chief).post(path + "reopen/", {"version": 4, "reason": "New figures"})
    assert reopen.json()["status"] == "unreviewed"
    vias = set(AuditEvent.objects.filter(claim=claim).values_list("via", flat=True))
    assert vias == {"api"}


@pytest.mark.parametrize(
    "body",
    [
        {"status": "verified", "rationale": "x"},
        {"status": "verified", "rationale": "x", "version": "two"},
        {"status": "verified", "rationale": "x", "version": 0},
        {"status": "maybe", "rationale": "x", "version": 1},
        {"status": "unreviewed", "rationale": "x", "version": 1},
        {"status": "verified", "rationale": "", "version": 1},
        {"status": "verified", "rationale": "x", "version": 1, "evidence_url": "javascript:alert(1)"},
        {"status": ["verified"], "rationale": {"a": 1}, "version": 1.5},
    ],
)
def test_bad_verdict_input_is_a_400_naming_the_fields(api_as, reviewer, body):
    claim = make_claim()
    error = assert_error(api_as(reviewer).post(f"/api/v1/claims/{claim.pk}/verdict/", body), 400, "invalid")
    assert error["fields"]


def test_published_verdicts_come_with_their_claimreview(api_as, reviewer, chief):
    claim = make_claim()
    make_claim()  # not published: not listed
    workflow.set_verdict(claim, "unverifiable", actor=reviewer, rationale="No data", expected_version=1)
    workflow.publish_verdict(claim, actor=chief, expected_version=2)
    api = api_as(editor := chief)
    listed = api.get("/api/v1/verdicts/").json()["results"]
    assert [v["claim"] for v in listed] == [claim.pk]
    review = api.get(f"/api/v1/verdicts/{claim.pk}/").json()["claimreview"]
    assert review["@type"] == "ClaimReview" and review["reviewRating"]["ratingValue"] == 3
    assert review["url"] == f"http://testserver/published/{claim.pk}/"
    assert editor


def test_speakers_are_listed_with_their_claim_counts(api_as, reviewer):
    speaker = make_speaker("Anna Smit")
    make_claim(speaker=speaker)
    body = api_as(reviewer).get("/api/v1/speakers/").json()
    assert [(s["name"], s["claims"]) for s in body["results"]] == [("Anna Smit", 1)]
    assert api_as(reviewer).get(f"/api/v1/speakers/{speaker.pk}/").json()["name"] == "Anna Smit"


def test_the_claim_list_and_an_article_cost_the_same_queries_however_many_rows(
    api_as, reviewer, django_assert_max_num_queries
):
    api = api_as(reviewer)
    article = make_article()
    for i in range(3):
        make_claim(article, speaker=make_speaker(f"Spreker {i}"))
    api.get("/api/v1/claims/")  # the token's last-used time is written once a minute: not counted
    with django_assert_max_num_queries(6) as few:
        api.get("/api/v1/claims/")
    for i in range(20):
        make_claim(article, speaker=make_speaker(f"Andere spreker {i}"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(api.get("/api/v1/claims/").json()["results"]) == 23
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(api.get(f"/api/v1/articles/{article.pk}/").json()["claims"]) == 23
