"""Firing events: called inside the workflow's transaction, they reach the endpoints only when it
commits (transaction.on_commit), so a change that is rolled back is never announced."""

import uuid

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .models import Event, WebhookDelivery, WebhookEndpoint


def fire(event: str, *data: dict) -> None:
    """Announce `event` once per `data` to every active endpoint that listens to it, after the
    commit. One query for the endpoints however many events (a bulk import fires thousands)."""
    created = timezone.now().isoformat()
    payloads = [{"id": str(uuid.uuid4()), "type": str(event), "created": created, "data": d} for d in data]
    transaction.on_commit(lambda: _queue(event, payloads))


def _queue(event: str, payloads: list[dict]) -> None:
    from .delivery import enqueue

    endpoints = WebhookEndpoint.objects.listening_to(event)
    if not endpoints:
        return
    deliveries = WebhookDelivery.objects.bulk_create(
        WebhookDelivery(endpoint=endpoint, event=event, event_id=payload["id"], payload=payload)
        for payload in payloads
        for endpoint in endpoints
    )
    for delivery in deliveries:
        enqueue(delivery)


def _claim_data(claim) -> dict:
    return {
        "claim": {
            "id": claim.pk,
            "text": claim.text,
            "status": claim.status,
            "article": claim.article_id,
            "api_url": reverse("api:claim", args=[claim.pk]),
        }
    }


def verdict_published(claim) -> None:
    data = _claim_data(claim)
    data["claim"].update(
        rationale=claim.rationale,
        published_at=claim.published_at.isoformat(),
        public_url=reverse("claims:published", args=[claim.pk]),
        claimreview_url=reverse("claims:claim_claimreview", args=[claim.pk]),
    )
    fire(Event.VERDICT_PUBLISHED, data)


def verdict_unpublished(claim, *, previous_status: str, reason: str) -> None:
    data = _claim_data(claim)
    data["claim"]["previous_status"] = previous_status
    data["reason"] = reason
    fire(Event.VERDICT_UNPUBLISHED, data)


def articles_imported(imported) -> None:
    """`imported`: (article, number of claims) pairs."""
    fire(Event.ARTICLE_IMPORTED, *(_article_data(article, n) for article, n in imported))


def _article_data(article, n_claims: int) -> dict:
    return {
        "article": {
            "id": article.pk,
            "title": article.title,
            "lang": article.lang,
            "outlet": article.outlet,
            "source_url": article.source_url,
            "claims": n_claims,
            "api_url": reverse("api:article", args=[article.pk]),
        }
    }
