"""/healthz: up and reaching the database, without a login or a session."""

import pytest
from django.db import OperationalError, connection
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

HEALTHZ = reverse("healthz")


def test_it_is_at_slash_healthz():
    assert HEALTHZ == "/healthz"


def test_it_says_ok_without_a_login(client):
    response = client.get(HEALTHZ)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok"}


def test_it_asks_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(1) as captured:
        client.get(HEALTHZ)
    assert captured.captured_queries[0]["sql"] == "SELECT 1"


def test_it_sets_no_cookie_and_is_not_cached(client):
    response = client.get(HEALTHZ)
    assert response.cookies == {}
    assert "no-cache" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]


def test_a_logged_in_user_gets_the_same(client, reviewer):
    client.force_login(reviewer)
    assert client.get(HEALTHZ).json() == {"status": "ok", "database": "ok"}


def test_it_is_a_503_with_a_reason_when_the_database_fails(client, caplog):
    def refuse(execute, sql, params, many, context):
        raise OperationalError('connection to server at "db.internal" failed: Connection refused')

    with connection.execute_wrapper(refuse):
        response = client.get(HEALTHZ)
    assert response.status_code == 503
    assert response.json() == {
        "status": "error",
        "database": "error",
        "reason": "database unavailable (OperationalError)",
    }
    # The details are logged for the operator, not shown to whoever asks.
    assert "db.internal" not in response.content.decode()
    assert "db.internal" in caplog.text


def test_it_answers_many_probes_in_a_row(client):
    """Probes come every few seconds from every load balancer: nothing throttles them."""
    assert {client.get(HEALTHZ).status_code for _ in range(30)} == {200}


def test_head_is_allowed_and_post_is_not(client):
    assert client.head(HEALTHZ).status_code == 200
    assert client.post(HEALTHZ).status_code == 405


@override_settings(SECURE_SSL_REDIRECT=True)
def test_plain_http_probes_are_not_redirected_to_https(client):
    assert client.get("/claims/").status_code == 301  # everything else is redirected
    assert client.get(HEALTHZ).status_code == 200
