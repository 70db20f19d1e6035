"""API tokens (each person's own) and webhook endpoints (Chief editors): the web pages."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .. import workflow
from ..api.models import ApiToken
from ..forms import TokenForm, WebhookForm
from ..roles import require
from ..webhooks.models import WebhookDelivery, WebhookEndpoint

DELIVERIES_SHOWN = 50
_NEW_SECRET = "webhook_new_secret"


@require_http_methods(["GET", "POST"])
def tokens(request):
    """The user's API tokens. A new token is shown in the answer to the POST that made it, once:
    it is stored nowhere, not even in the session."""
    form = TokenForm(request.POST or None)
    created = raw = None
    status = 200
    if form.is_valid():
        try:
            created, raw = workflow.create_token(actor=request.user, name=form.cleaned_data["name"])
        except workflow.WorkflowError as exc:
            form.add_error("name", str(exc))
        else:
            form = TokenForm()
    if form.is_bound and form.errors:
        status = 400
    context = {"form": form, "tokens": request.user.api_tokens.all(), "created": created, "raw": raw}
    response = render(request, "claims/tokens.html", context, status=status)
    response["Cache-Control"] = "no-store"  # the page may hold a token
    return response


@require_POST
def token_revoke(request, pk):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    workflow.revoke_token(token, actor=request.user)
    messages.success(request, _("Token %(prefix)s… revoked: it no longer works.") % {"prefix": token.prefix})
    return redirect("claims:tokens")


@require_http_methods(["GET", "POST"])
def webhooks(request):
    require(request.user, "manage_webhooks", "manage webhooks")
    form = WebhookForm(request.POST or None)
    if form.is_valid():
        try:
            data = form.cleaned_data
            endpoint = workflow.add_webhook(
                actor=request.user, url=data["url"], events=data["events"], description=data["description"]
            )
        except workflow.WorkflowError as exc:
            form.add_error("url", str(exc))
        else:
            request.session[_NEW_SECRET] = endpoint.pk
            return redirect(endpoint)
    context = {"form": form, "endpoints": WebhookEndpoint.objects.all()}
    return render(request, "claims/webhooks.html", context, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
def webhook_detail(request, pk):
    require(request.user, "manage_webhooks", "manage webhooks")
    endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
    initial = {
        "url": endpoint.url,
        "description": endpoint.description,
        "events": endpoint.events,
        "active": endpoint.active,
    }
    form = WebhookForm(request.POST or None, initial=initial)
    if form.is_valid():
        try:
            workflow.edit_webhook(endpoint, actor=request.user, **form.cleaned_data)
        except workflow.WorkflowError as exc:
            form.add_error("url", str(exc))
        else:
            messages.success(request, _("Webhook endpoint saved."))
            return redirect(endpoint)
    # The secret is shown once: on the first view after it was made or rotated.
    show_secret = request.session.get(_NEW_SECRET) == endpoint.pk
    if show_secret:
        del request.session[_NEW_SECRET]
    deliveries = Paginator(endpoint.deliveries.all(), DELIVERIES_SHOWN).get_page(request.GET.get("page"))
    context = {"endpoint": endpoint, "form": form, "deliveries": deliveries, "show_secret": show_secret}
    response = render(request, "claims/webhook_detail.html", context, status=400 if form.errors else 200)
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def webhook_rotate(request, pk):
    endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
    workflow.rotate_webhook_secret(endpoint, actor=request.user)
    request.session[_NEW_SECRET] = endpoint.pk
    messages.success(request, _("New secret made: deliveries are signed with it from now on."))
    return redirect(endpoint)


@require_POST
def webhook_redeliver(request, pk):
    delivery = get_object_or_404(WebhookDelivery.objects.select_related("endpoint"), pk=pk)
    workflow.redeliver(delivery, actor=request.user)
    messages.success(request, _("The event is being sent again."))
    return redirect(delivery.endpoint)
