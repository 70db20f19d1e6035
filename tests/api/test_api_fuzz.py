"""Whatever a client sends, the API answers 2xx or 4xx in its JSON shape, never a 500."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import make_claim

from .conftest import token_for

PARAMS = (
    "q status kind speaker article assignee imported_from imported_to sort mine dismissed after before limit"
)
junk = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "0", "-1", "1e309", "nan", "2025-02-30", "0.5:1", "9" * 30, "\x00", "%", "true"]),
)
jsonish = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=8,
)
# Not "url": a valid link would be resolved (DNS), and the tests reach nothing beyond 127.0.0.1.
FIELDS = "text title lang published outlet source_url status rationale version evidence_url reason note"
unsafe = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _ok(response):
    assert response.status_code < 500, response.content
    if response.status_code >= 400:
        assert set(response.json()["error"]) >= {"code", "message"}


@unsafe
@given(query=st.dictionaries(st.sampled_from(PARAMS.split()), junk, max_size=5))
def test_claim_list_parameters(client, reviewer, query):
    make_claim()
    _ok(client.get("/api/v1/claims/", query, HTTP_AUTHORIZATION=f"Bearer {token_for(reviewer)}"))


@unsafe
@given(
    body=st.dictionaries(st.sampled_from(FIELDS.split()), jsonish, max_size=5),
    path=st.sampled_from(["/api/v1/articles/", "verdict/", "evidence/", "confirm/", "publish/", "reopen/"]),
)
def test_write_bodies(client, chief, body, path):
    claim = make_claim()
    url = path if path.startswith("/") else f"/api/v1/claims/{claim.pk}/{path}"
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token_for(chief)}"}
    _ok(client.generic("POST", url, json.dumps(body), content_type="application/json", **auth))
