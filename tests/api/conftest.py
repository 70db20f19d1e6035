"""Helpers for the API tests: tokens for the personas, a JSON client, a fresh throttle count."""

import json

import pytest
from django.core.cache import cache

from claims import roles, workflow
from tests.conftest import make_user


@pytest.fixture(autouse=True)
def _fresh_throttle_counts():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def admin(db):
    return make_user("ada", is_superuser=True, is_staff=True)


@pytest.fixture
def roleless(db):
    return make_user("nora")


@pytest.fixture
def second_reviewer(db):
    return make_user("rita", roles.REVIEWERS)


def token_for(user) -> str:
    _token, raw = workflow.create_token(actor=user, name=f"{user.username}'s script")
    return raw


class Api:
    """A test client that speaks JSON with a bearer token."""

    def __init__(self, client, raw_token: str | None):
        self.client, self.raw = client, raw_token

    def _headers(self, extra):
        headers = {"HTTP_AUTHORIZATION": f"Bearer {self.raw}"} if self.raw else {}
        return {**headers, **extra}

    def get(self, path, data=None, **extra):
        return self.client.get(path, data, **self._headers(extra))

    def post(self, path, data=None, *, raw: bytes | str | None = None, **extra):
        body = raw if raw is not None else json.dumps(data or {})
        return self.client.generic(
            "POST", path, body, content_type="application/json", **self._headers(extra)
        )


@pytest.fixture
def api_as(client):
    def make(user):
        return Api(client, token_for(user) if user is not None else None)

    return make


def assert_error(response, status: int, code: str) -> dict:
    """The one error shape: {"error": {"code", "message", ["fields"]}}."""
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    return error
