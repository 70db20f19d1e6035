"""Webhook deliveries run by a real worker, on both backends (the database worker, and RQ on the
local Redis): a 500 is retried after its back-off, then delivered."""

import datetime

import pytest

from claims import workflow
from claims.webhooks.models import WebhookDelivery
from tests.claims.tasking import run_until, use_backend
from tests.factories import make_claim

from .receiver import Receiver

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(params=["database", "rq"])
def worker(request, settings):
    w = use_backend(request.param, settings)
    yield w
    w.close()


@pytest.fixture
def receiver(settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    server = Receiver()
    yield server
    server.close()


def test_the_worker_retries_a_500_after_the_back_off(worker, receiver, reviewer, chief, settings):
    settings.FACTCHECK_WEBHOOK_BACKOFF_SECONDS = 1
    workflow.add_webhook(actor=chief, url=receiver.url, events=["verdict.published"])
    receiver.answers.append((500, {}))
    claim = make_claim()
    workflow.set_verdict(claim, "unverifiable", actor=reviewer, rationale="No data", expected_version=1)
    workflow.publish_verdict(claim, actor=chief, expected_version=2)  # commits: the event is queued
    assert receiver.received == []  # nothing sent by the request itself
    run_until(worker, lambda: WebhookDelivery.objects.filter(outcome="delivered").exists(), timeout=30)
    first, second = WebhookDelivery.objects.order_by("id")
    assert (first.outcome, first.status_code, second.attempt, second.status_code) == ("retrying", 500, 2, 200)
    waited = second.sent_at - first.sent_at.replace(microsecond=0)
    assert waited >= datetime.timedelta(seconds=1)  # the back-off, not at once
    assert len(receiver.received) == 2
