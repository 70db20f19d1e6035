"""Webhook endpoints and the log of every delivery attempt."""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Event(models.TextChoices):
    VERDICT_PUBLISHED = "verdict.published", _("Verdict published")
    VERDICT_UNPUBLISHED = "verdict.unpublished", _("Verdict unpublished")
    ARTICLE_IMPORTED = "article.imported", _("Article imported")


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


class WebhookEndpointQuerySet(models.QuerySet):
    def listening_to(self, event: str):
        """Active endpoints subscribed to `event` (the event list is short: filtered in Python, so
        the same code runs on SQLite and PostgreSQL)."""
        return [endpoint for endpoint in self.filter(active=True) if event in endpoint.events]


class WebhookEndpoint(models.Model):
    url = models.URLField(_("URL"), max_length=1000)
    description = models.CharField(_("description"), max_length=200, blank=True)
    events = models.JSONField(_("events"), default=list)
    # The signing key must be readable to sign with, so it is stored as it is (like the SECRET_KEY);
    # the pages show it once, when it is made or rotated.
    secret = models.CharField(max_length=100, default=new_secret, editable=False)
    active = models.BooleanField(_("active"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = WebhookEndpointQuerySet.as_manager()

    class Meta:
        app_label = "claims"
        ordering = ["-created_at", "-id"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")
        permissions = [("manage_webhooks", "Can manage webhooks")]

    def __str__(self):
        return self.url

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("claims:webhook", args=[self.pk])

    @property
    def secret_hint(self) -> str:
        return self.secret[:10] + "…"

    def event_labels(self) -> list[str]:
        return [str(Event(e).label) for e in self.events if e in Event.values]


class WebhookDelivery(models.Model):
    """One attempt to deliver one event to one endpoint. Retries and redeliveries are new rows with
    the same `event_id`, so the log shows every attempt with its answer."""

    class Outcome(models.TextChoices):
        PENDING = "pending", _("Waiting")
        DELIVERED = "delivered", _("Delivered")
        RETRYING = "retrying", _("Failed, retried")
        FAILED = "failed", _("Failed")

    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(_("event"), max_length=40, choices=Event.choices)
    event_id = models.UUIDField(default=uuid.uuid4, db_index=True)
    payload = models.JSONField(default=dict)
    attempt = models.PositiveIntegerField(_("attempt"), default=1)
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices, default=Outcome.PENDING)
    status_code = models.PositiveIntegerField(_("status"), null=True, blank=True)
    response_ms = models.PositiveIntegerField(_("response time (ms)"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    run_after = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        app_label = "claims"
        ordering = ["-id"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        indexes = [models.Index(fields=["endpoint", "-id"], name="webhook_delivery_recent_idx")]

    def __str__(self):
        return f"{self.event} #{self.attempt} → {self.endpoint_id}: {self.outcome}"
