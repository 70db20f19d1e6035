"""Webhooks: registered by a Chief editor, fired when the workflow's transaction commits, signed so a
receiver can check them, retried after a 5xx, refused for private addresses (also via a redirect),
logged, and redelivered from the endpoint page."""

import datetime
import hashlib
import hmac
import json
import time

import pytest
from django.db import transaction
from django.urls import reverse

from claims import workflow
from claims.models import AuditEvent
from claims.webhooks import delivery as sending
from claims.webhooks.models import WebhookDelivery, WebhookEndpoint
from tests.factories import import_text, make_claim

from .receiver import Receiver

TEXT = "Minister Jan de Vries zei dinsdag dat de begroting volgend jaar met 3 procent groeit."


@pytest.fixture
def receiver(settings):
    # The receiver is on 127.0.0.1: allowed by name, as a newsroom allows its own CMS.
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def endpoint(chief, receiver):
    return workflow.add_webhook(
        actor=chief, url=receiver.url, events=["verdict.published", "verdict.unpublished", "article.imported"]
    )


def receiver_check(secret: str, header: str, body: bytes, tolerance: int = 300) -> bool:
    """What the README tells a receiver to do, written out independently of claims.webhooks."""
    fields = dict(part.split("=", 1) for part in header.split(","))
    timestamp = int(fields["t"])
    if abs(time.time() - timestamp) > tolerance:
        return False
    signed = f"{timestamp}.".encode() + body
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, fields["v1"])


def publish(reviewer, chief):
    claim = make_claim()
    workflow.set_verdict(claim, "unverifiable", actor=reviewer, rationale="No data", expected_version=1)
    return workflow.publish_verdict(claim, actor=chief, expected_version=2)


def test_a_published_verdict_is_delivered_signed_and_logged(
    endpoint, receiver, reviewer, chief, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        claim = publish(reviewer, chief)
    ((headers, body),) = receiver.received
    assert receiver_check(endpoint.secret, headers["X-Factcheck-Signature"], body)
    assert not receiver_check("whsec_other", headers["X-Factcheck-Signature"], body)
    assert not receiver_check(endpoint.secret, headers["X-Factcheck-Signature"], body + b" ")
    payload = json.loads(body)
    assert payload["type"] == headers["X-Factcheck-Event"] == "verdict.published"
    assert payload["id"] == headers["X-Factcheck-Delivery"]
    assert payload["data"]["claim"]["id"] == claim.pk
    assert payload["data"]["claim"]["status"] == "unverifiable"
    logged = WebhookDelivery.objects.get()
    assert (logged.outcome, logged.status_code, logged.attempt) == ("delivered", 200, 1)
    assert logged.response_ms is not None and logged.sent_at is not None


def test_the_signature_is_refused_when_old(endpoint):
    body = b'{"a":1}'
    old = int(time.time()) - 3600
    header = sending.signature(endpoint.secret, old, body)
    assert not sending.verify(endpoint.secret, header, body)
    assert sending.verify(endpoint.secret, header, body, now=old + 10)


def test_nothing_is_sent_when_the_transaction_rolls_back(
    endpoint, receiver, reviewer, chief, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        publish(reviewer, chief)
        raise RuntimeError("rolled back")
    assert receiver.received == [] and not WebhookDelivery.objects.exists()


def test_an_unpublished_verdict_and_an_imported_article_fire_too(
    endpoint, receiver, reviewer, chief, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        claim = publish(reviewer, chief)
        workflow.reopen_verdict(claim, actor=chief, reason="New figures", expected_version=3)
        article = import_text(TEXT, actor=editor)
    events = [json.loads(body) for _headers, body in receiver.received]
    assert [e["type"] for e in events] == ["verdict.published", "verdict.unpublished", "article.imported"]
    assert events[1]["data"]["reason"] == "New figures"
    assert events[1]["data"]["claim"]["previous_status"] == "unverifiable"
    assert events[2]["data"]["article"]["id"] == article.pk
    assert events[2]["data"]["article"]["claims"] == article.claims.count()


def test_an_endpoint_gets_only_the_events_it_listens_to(
    chief, receiver, editor, django_capture_on_commit_callbacks
):
    workflow.add_webhook(actor=chief, url=receiver.url, events=["verdict.published"])
    with django_capture_on_commit_callbacks(execute=True):
        import_text(TEXT, actor=editor)
    assert receiver.received == []


def test_a_500_is_retried_with_back_off_and_then_delivered(
    endpoint, receiver, reviewer, chief, django_capture_on_commit_callbacks
):
    receiver.answers.append((500, {}))
    with django_capture_on_commit_callbacks(execute=True):
        publish(reviewer, chief)
    first, second = WebhookDelivery.objects.order_by("id")
    assert (first.attempt, first.outcome, first.status_code) == (1, "retrying", 500)
    assert first.error == "Answered HTTP 500."
    assert (second.attempt, second.outcome, second.status_code) == (2, "delivered", 200)
    assert second.event_id == first.event_id
    # Scheduled a minute after the first attempt (the immediate test backend runs it at once).
    assert second.run_after - first.sent_at >= datetime.timedelta(seconds=59)
    assert len(receiver.received) == 2
    assert receiver.received[0][1] == receiver.received[1][1]


def test_back_off_grows_and_attempts_stop(
    endpoint, receiver, reviewer, chief, settings, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS = 3
    receiver.answers.extend([(503, {})] * 5)
    with django_capture_on_commit_callbacks(execute=True):
        publish(reviewer, chief)
    outcomes = list(WebhookDelivery.objects.order_by("id").values_list("attempt", "outcome"))
    assert outcomes == [(1, "retrying"), (2, "retrying"), (3, "failed")]
    assert [sending.backoff(n).total_seconds() for n in (1, 2, 3)] == [60, 300, 1500]


def test_a_4xx_is_not_retried(endpoint, receiver, reviewer, chief, django_capture_on_commit_callbacks):
    receiver.answers.append((410, {}))
    with django_capture_on_commit_callbacks(execute=True):
        publish(reviewer, chief)
    (only,) = WebhookDelivery.objects.all()
    assert (only.outcome, only.status_code) == ("failed", 410)


def test_a_delivery_is_sent_once_even_if_its_task_runs_twice(endpoint, receiver):
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event="article.imported", payload={"a": 1})
    sending.send(delivery.pk)
    sending.send(delivery.pk)
    assert len(receiver.received) == 1


def test_a_private_address_is_refused_when_registered(chief):
    for url in (
        "http://10.0.0.5/hook",
        "http://127.0.0.1:9/hook",
        "http://169.254.169.254/latest",
        "ftp://x.org/",
    ):
        with pytest.raises(workflow.WorkflowError, match="Refused"):
            workflow.add_webhook(actor=chief, url=url, events=["verdict.published"])
    assert not WebhookEndpoint.objects.exists()


def test_a_private_address_is_refused_at_delivery_without_a_retry(chief, db):
    # Registered while allowed, then the allowance was withdrawn: every delivery checks again.
    endpoint = WebhookEndpoint.objects.create(url="http://127.0.0.1:9/hook", events=["article.imported"])
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event="article.imported", payload={})
    sent = sending.send(delivery.pk)
    assert (sent.outcome, sent.status_code) == ("failed", None)
    assert sent.error == "Refused: 127.0.0.1 is a loopback address."
    assert WebhookDelivery.objects.count() == 1


@pytest.mark.parametrize("target", ["http://10.1.2.3/hook", "http://169.254.169.254/latest/meta-data/"])
def test_a_redirect_to_a_private_address_is_refused(endpoint, receiver, target):
    receiver.answers.append((307, {"Location": target}))
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event="article.imported", payload={})
    sent = sending.send(delivery.pk)
    assert sent.outcome == "failed" and sent.error.startswith("Refused: ")
    assert "10.1.2.3 is a private address" in sent.error or "metadata" in sent.error


def test_a_307_to_an_allowed_address_is_followed(endpoint, receiver):
    receiver.answers.append((307, {"Location": receiver.url + "/moved"}))
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event="article.imported", payload={})
    assert sending.send(delivery.pk).outcome == "delivered"
    assert len(receiver.received) == 2


def test_a_302_is_not_followed(endpoint, receiver):
    receiver.answers.append((302, {"Location": receiver.url + "/moved"}))
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event="article.imported", payload={})
    sent = sending.send(delivery.pk)
    assert (sent.outcome, sent.status_code, len(receiver.received)) == ("failed", 302, 1)


def test_only_a_chief_editor_manages_webhooks(editor, reviewer, receiver):
    from django.core.exceptions import PermissionDenied

    for person in (editor, reviewer):
        with pytest.raises(PermissionDenied, match="Chief editor"):
            workflow.add_webhook(actor=person, url=receiver.url, events=["verdict.published"])


def test_the_pages_add_show_the_secret_once_rotate_and_redeliver(
    client, chief, receiver, django_capture_on_commit_callbacks
):
    client.force_login(chief)
    response = client.post(
        reverse("claims:webhooks"),
        {"url": receiver.url, "events": ["article.imported"], "description": "CMS"},
    )
    endpoint = WebhookEndpoint.objects.get()
    assert response.url == endpoint.get_absolute_url()
    assert endpoint.secret in client.get(response.url).content.decode()
    assert endpoint.secret not in client.get(response.url).content.decode()  # once
    old = endpoint.secret
    client.post(reverse("claims:webhook_rotate", args=[endpoint.pk]))
    endpoint.refresh_from_db()
    assert (
        endpoint.secret != old and endpoint.secret in client.get(endpoint.get_absolute_url()).content.decode()
    )
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint, event="article.imported", payload={"x": 1}, outcome="failed"
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("claims:webhook_redeliver", args=[delivery.pk]))
    again = WebhookDelivery.objects.exclude(pk=delivery.pk).get()
    assert (again.event_id, again.attempt, again.outcome) == (delivery.event_id, 1, "delivered")
    ((headers, _body),) = receiver.received
    assert headers["X-Factcheck-Delivery"] == str(delivery.event_id)
    page = client.get(endpoint.get_absolute_url()).content.decode()
    assert "Send again" in page and "Delivered" in page and "ms</td>" in page
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"webhook.added", "webhook.rotated", "webhook.redelivered"} <= actions


def test_the_pages_are_refused_to_an_editor(client, editor):
    client.force_login(editor)
    assert client.get(reverse("claims:webhooks")).status_code == 403


def test_a_private_address_is_refused_on_the_page_with_the_reason(client, chief):
    client.force_login(chief)
    response = client.post(
        reverse("claims:webhooks"), {"url": "http://192.168.1.10/hook", "events": ["article.imported"]}
    )
    assert response.status_code == 400
    assert "192.168.1.10 is a private address" in response.content.decode()


def test_a_paused_endpoint_is_sent_nothing(endpoint, receiver, chief):
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event="article.imported", payload={})
    workflow.edit_webhook(
        endpoint, actor=chief, url=endpoint.url, events=endpoint.events, description="", active=False
    )
    sent = sending.send(delivery.pk)
    assert (sent.outcome, sent.error) == ("failed", "Not sent: the endpoint is paused.")
    assert receiver.received == []
    assert AuditEvent.objects.filter(action="webhook.edited").exists()
