"""Who may use the API: tokens (shown once, stored hashed, revocable), roles as on the web, rate limits."""

import hashlib

import pytest
from django.urls import reverse

from claims import workflow
from claims.api.models import ApiToken
from claims.models import AuditEvent
from tests.factories import make_claim

from .conftest import Api, assert_error, token_for

CLAIMS = "/api/v1/claims/"
ARTICLES = "/api/v1/articles/"
TEXT = "Minister Jan de Vries zei dinsdag dat de begroting volgend jaar met 3 procent groeit."


def test_without_a_token_it_answers_401_in_json(client, db):
    response = client.get(CLAIMS)
    error = assert_error(response, 401, "not_authenticated")
    assert "credentials" in error["message"].lower()
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_an_unknown_token_is_refused(client, db):
    response = Api(client, "fcw_not-a-real-token").get(CLAIMS)
    assert "not valid" in assert_error(response, 401, "authentication_failed")["message"]


def test_a_malformed_authorization_header_is_refused(client, db):
    response = client.get(CLAIMS, HTTP_AUTHORIZATION="Bearer two words")
    assert_error(response, 401, "authentication_failed")


def test_the_token_is_stored_only_as_its_sha256_and_a_prefix(reviewer):
    token, raw = workflow.create_token(actor=reviewer, name="CMS")
    token.refresh_from_db()
    assert token.digest == hashlib.sha256(raw.encode()).hexdigest()
    assert raw.startswith(token.prefix) and len(token.prefix) == 12
    stored = [str(v) for v in ApiToken.objects.filter(pk=token.pk).values().get().values()]
    assert raw not in stored
    assert len(raw) >= 40  # 32 random bytes


def test_making_and_revoking_a_token_is_audited(reviewer):
    token, _raw = workflow.create_token(actor=reviewer, name="CMS")
    workflow.revoke_token(token, actor=reviewer)
    actions = list(AuditEvent.objects.filter(actor=reviewer).values_list("action", flat=True))
    assert actions == [AuditEvent.Action.TOKEN_REVOKED, AuditEvent.Action.TOKEN_CREATED]


def test_a_revoked_token_is_refused(client, reviewer):
    token, raw = workflow.create_token(actor=reviewer, name="CMS")
    assert Api(client, raw).get(CLAIMS).status_code == 200
    workflow.revoke_token(token, actor=reviewer)
    assert_error(Api(client, raw).get(CLAIMS), 401, "authentication_failed")


def test_a_deactivated_users_token_is_refused(client, reviewer):
    raw = token_for(reviewer)
    reviewer.is_active = False
    reviewer.save()
    assert_error(Api(client, raw).get(CLAIMS), 401, "authentication_failed")


def test_nobody_revokes_someone_elses_token(reviewer, editor):
    token, _raw = workflow.create_token(actor=reviewer, name="CMS")
    with pytest.raises(workflow.WorkflowError):
        workflow.revoke_token(token, actor=editor)


def test_the_token_records_when_it_was_last_used(client, reviewer):
    token, raw = workflow.create_token(actor=reviewer, name="CMS")
    Api(client, raw).get(CLAIMS)
    token.refresh_from_db()
    assert token.last_used_at is not None


@pytest.mark.parametrize("persona", ["editor", "reviewer", "chief", "admin"])
def test_every_role_reads_the_api(request, api_as, persona):
    api = api_as(request.getfixturevalue(persona))
    make_claim()
    for path in (CLAIMS, ARTICLES, "/api/v1/speakers/", "/api/v1/verdicts/"):
        response = api.get(path)
        assert response.status_code == 200, (path, response.content)
        assert "results" in response.json()


def test_an_account_without_a_role_reads_nothing(api_as, roleless):
    error = assert_error(api_as(roleless).get(CLAIMS), 403, "permission_denied")
    assert "no role" in error["message"]


@pytest.mark.parametrize(
    ("persona", "status"),
    [("editor", 201), ("chief", 201), ("admin", 201), ("reviewer", 403), ("roleless", 403)],
)
def test_importing_an_article_takes_the_webs_role(request, api_as, persona, status):
    response = api_as(request.getfixturevalue(persona)).post(ARTICLES, {"text": TEXT})
    assert response.status_code == status, response.content
    if status == 403:
        assert_error(response, 403, "permission_denied")


def test_the_reviewers_refusal_says_who_may(api_as, reviewer):
    error = assert_error(api_as(reviewer).post(ARTICLES, {"text": TEXT}), 403, "permission_denied")
    assert error["message"] == "You cannot import articles: that is for an Editor or Chief editor."


def test_a_write_is_audited_as_the_tokens_user_via_the_api(api_as, editor):
    response = api_as(editor).post(ARTICLES, {"text": TEXT})
    assert response.status_code == 201
    event = AuditEvent.objects.get(action=AuditEvent.Action.ARTICLE_IMPORTED)
    assert (event.actor, event.via, event.article_id) == (editor, "api", response.json()["id"])
    assert event.request_id


def test_the_rate_limit_answers_429_in_json(api_as, reviewer, settings):
    settings.FACTCHECK_API_RATE = "3/minute"
    api = api_as(reviewer)
    assert [api.get(CLAIMS).status_code for _ in range(3)] == [200, 200, 200]
    response = api.get(CLAIMS)
    error = assert_error(response, 429, "throttled")
    assert "try again in" in error["message"]
    assert int(response["Retry-After"]) > 0


def test_the_rate_limit_counts_per_token(client, reviewer, settings):
    settings.FACTCHECK_API_RATE = "2/minute"
    first, second = Api(client, token_for(reviewer)), Api(client, token_for(reviewer))
    assert [first.get(CLAIMS).status_code for _ in range(3)] == [200, 200, 429]
    assert second.get(CLAIMS).status_code == 200


def test_the_session_works_for_reads_from_the_docs_page(client, reviewer):
    client.force_login(reviewer)
    assert client.get(CLAIMS).status_code == 200


def test_a_session_write_needs_the_csrf_token(reviewer, editor):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(editor)
    response = browser.post(ARTICLES, {"text": TEXT}, content_type="application/json")
    assert "CSRF" in assert_error(response, 403, "permission_denied")["message"]


def test_the_docs_page_needs_a_login_and_uses_no_cdn(client, reviewer):
    docs = reverse("api:docs")
    assert client.get(docs).status_code == 302
    client.force_login(reviewer)
    response = client.get(docs)
    assert response.status_code == 200
    page = response.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "cdn" not in page.lower() and "<script>" not in page
