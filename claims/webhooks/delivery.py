"""Sending one delivery: signed, through claims.netfetch (the same SSRF rules as every fetch),
logged, and retried with back-off by the task worker.

Signature (README "API and webhooks"): header `X-Factcheck-Signature: t=<unix time>,v1=<hex>`,
where hex = HMAC-SHA256(secret, f"{t}." + raw body). A receiver recomputes it and refuses a
timestamp older than a few minutes (replay)."""

import datetime
import hashlib
import hmac
import json
import time
from urllib.parse import urljoin

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from .. import netfetch
from .models import WebhookDelivery

SIGNATURE_HEADER = "X-Factcheck-Signature"
USER_AGENT = "FactcheckWorkbench-Webhooks/1"
# Redirects that keep the method and body: followed (each hop checked by netfetch); others are not.
_FOLLOWED = (307, 308)
_MAX_REDIRECTS = 3
# What a receiver's answer may hold: only its status and the start of its body are logged.
_MAX_ANSWER = 64 * 1024


def signature(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify(secret: str, header: str, body: bytes, *, tolerance: int = 300, now: float | None = None) -> bool:
    """What a receiver does (the README's example): the signature matches and is recent."""
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    if not parts.get("t", "").isdigit() or "v1" not in parts:
        return False
    timestamp = int(parts["t"])
    if abs((now or time.time()) - timestamp) > tolerance:
        return False
    expected = signature(secret, timestamp, body).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts["v1"])


def body_of(delivery: WebhookDelivery) -> bytes:
    return json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()


def enqueue(delivery: WebhookDelivery) -> None:
    """Hand the delivery to the task worker, to run at its `run_after` where the backend can wait."""
    from ..jobs import enqueue as enqueue_task

    enqueue_task(deliver_webhook, delivery.pk, run_after=delivery.run_after)


@task(queue_name=settings.FACTCHECK_TASKS_QUEUE)
def deliver_webhook(delivery_id: int) -> str:
    """The worker's task: send one delivery (once: a second run of the same task does nothing)."""
    return send(delivery_id).outcome


def send(delivery_id: int) -> WebhookDelivery:
    now = timezone.now()
    # Claim the row: only the run that sets sent_at sends it.
    claimed = WebhookDelivery.objects.filter(
        pk=delivery_id, outcome=WebhookDelivery.Outcome.PENDING, sent_at__isnull=True
    ).update(sent_at=now)
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    if not claimed:
        return delivery
    endpoint, body = delivery.endpoint, body_of(delivery)
    if not endpoint.active:
        delivery.outcome, delivery.error = WebhookDelivery.Outcome.FAILED, "Not sent: the endpoint is paused."
        delivery.save(update_fields=["outcome", "error"])
        return delivery
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Factcheck-Event": delivery.event,
        "X-Factcheck-Delivery": str(delivery.event_id),
        SIGNATURE_HEADER: signature(endpoint.secret, int(time.time()), body),
    }
    started = time.monotonic()
    retry = False
    try:
        answer = _post(endpoint.url, body, headers)
    except netfetch.FetchRefused as exc:
        delivery.error = str(exc)  # the rules say no: trying again will not change that
    except netfetch.FetchError as exc:
        delivery.error, retry = str(exc), True
    else:
        delivery.status_code = answer.status
        if 200 <= answer.status < 300:
            delivery.outcome = WebhookDelivery.Outcome.DELIVERED
        elif 300 <= answer.status < 400:
            delivery.error = (
                f"Answered with a redirect (HTTP {answer.status}); only 307 and 308 are followed."
            )
        else:
            delivery.error = f"Answered HTTP {answer.status}."
            retry = answer.status >= 500 or answer.status in (408, 429)
    delivery.response_ms = round((time.monotonic() - started) * 1000)
    if delivery.outcome != WebhookDelivery.Outcome.DELIVERED:
        retry = retry and endpoint.active and delivery.attempt < settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS
        delivery.outcome = WebhookDelivery.Outcome.RETRYING if retry else WebhookDelivery.Outcome.FAILED
    delivery.save(update_fields=["outcome", "status_code", "response_ms", "error"])
    if retry:
        _retry(delivery)
    return delivery


def backoff(attempt: int) -> datetime.timedelta:
    """Wait before attempt `attempt + 1`: the base, then 5 times longer each time."""
    return datetime.timedelta(seconds=settings.FACTCHECK_WEBHOOK_BACKOFF_SECONDS * 5 ** (attempt - 1))


def _retry(delivery: WebhookDelivery) -> None:
    following = WebhookDelivery.objects.create(
        endpoint=delivery.endpoint,
        event=delivery.event,
        event_id=delivery.event_id,
        payload=delivery.payload,
        attempt=delivery.attempt + 1,
        run_after=timezone.now() + backoff(delivery.attempt),
    )
    enqueue(following)


def _post(url: str, body: bytes, headers: dict):
    timeout = settings.FACTCHECK_WEBHOOK_TIMEOUT
    for _hop in range(_MAX_REDIRECTS + 1):
        answer = netfetch.post(url, body, headers, max_bytes=_MAX_ANSWER, timeout=timeout)
        location = answer.headers.get("location", "")
        if answer.status not in _FOLLOWED or not location:
            return answer
        url = urljoin(url, location)  # checked by netfetch on the next hop, as any address
    raise netfetch.FetchFailed(f"More than {_MAX_REDIRECTS} redirects.")
