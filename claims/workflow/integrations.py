"""API tokens and webhook endpoints: made, changed and revoked here, each change audited."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit
from ..api.models import ApiToken
from ..roles import require
from ..webhooks.models import Event, WebhookDelivery, WebhookEndpoint, new_secret
from .base import Action, WorkflowError


def create_token(*, actor, name: str) -> tuple[ApiToken, str]:
    """A new API token for `actor` themselves: the row, and the token, shown once and never stored."""
    name = (name or "").strip()
    if not name:
        raise WorkflowError(_("Give the token a name: what or who will use it."))
    if len(name) > 100:
        raise WorkflowError(_("A token's name has at most 100 characters."))
    with transaction.atomic():
        token, raw = ApiToken.issue(actor, name)
        audit.record(Action.TOKEN_CREATED, actor=actor, changes={"token": [None, _token_value(token)]})
    return token, raw


def revoke_token(token: ApiToken, *, actor) -> ApiToken:
    """Revoke a token at once. Its owner may; so may a superuser (from the admin)."""
    if actor is not None and actor.pk != token.user_id and not actor.is_superuser:
        raise WorkflowError(_("You can only revoke your own tokens."))
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        if token.revoked_at is not None:
            return token
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit.record(Action.TOKEN_REVOKED, actor=actor, changes={"token": [_token_value(token), None]})
    return token


def _token_value(token: ApiToken) -> dict:
    return {"id": token.pk, "prefix": token.prefix, "name": token.name, "user": token.user.get_username()}


def _clean_events(events) -> list[str]:
    chosen = [e for e in Event.values if e in set(events or ())]
    unknown = set(events or ()) - set(Event.values)
    if unknown:
        raise WorkflowError(_("Unknown event: %(events)s.") % {"events": ", ".join(sorted(unknown))})
    if not chosen:
        raise WorkflowError(_("Choose at least one event."))
    return chosen


def _check_url(url: str) -> str:
    from .. import netfetch

    try:
        return netfetch.check_url(url)
    except netfetch.FetchError as exc:
        raise WorkflowError(str(exc)) from None


def add_webhook(*, actor, url: str, events, description: str = "") -> WebhookEndpoint:
    """Register an endpoint (Chief editors). Its address must pass the same rules as every fetch
    (claims.netfetch): checked now, and again at every delivery."""
    require(actor, "manage_webhooks", "manage webhooks")
    url, events = _check_url(url), _clean_events(events)
    with transaction.atomic():
        endpoint = WebhookEndpoint.objects.create(
            url=url, events=events, description=(description or "").strip()[:200], created_by=actor
        )
        audit.record(
            Action.WEBHOOK_ADDED, actor=actor, changes={"webhook": [None, _endpoint_value(endpoint)]}
        )
    return endpoint


def edit_webhook(endpoint: WebhookEndpoint, *, actor, url: str, events, description: str, active: bool):
    require(actor, "manage_webhooks", "manage webhooks")
    url, events = _check_url(url), _clean_events(events)
    with transaction.atomic():
        endpoint = WebhookEndpoint.objects.select_for_update().get(pk=endpoint.pk)
        before = _endpoint_value(endpoint)
        endpoint.url, endpoint.events = url, events
        endpoint.description, endpoint.active = (description or "").strip()[:200], bool(active)
        endpoint.save()
        after = _endpoint_value(endpoint)
        if after != before:
            audit.record(Action.WEBHOOK_EDITED, actor=actor, changes={"webhook": [before, after]})
    return endpoint


def rotate_webhook_secret(endpoint: WebhookEndpoint, *, actor) -> WebhookEndpoint:
    """A new signing secret, used from the next delivery on; the old one stops working at once."""
    require(actor, "manage_webhooks", "manage webhooks")
    with transaction.atomic():
        endpoint = WebhookEndpoint.objects.select_for_update().get(pk=endpoint.pk)
        endpoint.secret = new_secret()
        endpoint.save(update_fields=["secret"])
        audit.record(
            Action.WEBHOOK_SECRET_ROTATED, actor=actor, changes={"webhook": [None, _endpoint_value(endpoint)]}
        )
    return endpoint


def redeliver(delivery: WebhookDelivery, *, actor) -> WebhookDelivery:
    """Send a logged event again, as a new first attempt, signed with the endpoint's current secret."""
    from ..webhooks import delivery as sending

    require(actor, "manage_webhooks", "manage webhooks")
    with transaction.atomic():
        again = WebhookDelivery.objects.create(
            endpoint=delivery.endpoint,
            event=delivery.event,
            event_id=delivery.event_id,
            payload=delivery.payload,
        )
        audit.record(
            Action.WEBHOOK_REDELIVERED,
            actor=actor,
            changes={"delivery": [delivery.pk, again.pk]},
            note=f"{delivery.event} {delivery.event_id} to {delivery.endpoint.url}",
        )
        transaction.on_commit(lambda: sending.enqueue(again))
    return again


def _endpoint_value(endpoint: WebhookEndpoint) -> dict:
    # Never the secret: only which one (its first characters).
    return {
        "id": endpoint.pk,
        "url": endpoint.url,
        "events": endpoint.events,
        "active": endpoint.active,
        "description": endpoint.description,
        "secret": endpoint.secret_hint,
    }
