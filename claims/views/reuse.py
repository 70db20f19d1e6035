"""“Checked before” on the claim page: reuse an earlier claim's verdict, or dismiss the suggestion.

Both are plain POST forms; with htmx, a refusal or a dismissal swaps the panel in place, and a reuse
(which changes the verdict, the evidence and the timeline) refreshes the page.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRefresh

from .. import workflow
from ..models import Claim
from .claims import _claim_page


def _panel(request, claim, *, status=200, error=""):
    context = {"claim": claim, "checked_before": workflow.find_checked_before(claim), "panel_error": error}
    return render(request, "claims/_checked_before.html", context, status=status)


def _refused(request, pk, exc, status):
    """The claim as it is now, with why the change was refused: the panel (htmx) or the page."""
    claim = Claim.objects.with_related().get(pk=pk)
    if request.htmx:
        return _panel(request, claim, status=status, error=str(exc))
    return _claim_page(request, claim, status=status, conflict=str(exc))


@require_POST
def claim_reuse(request, pk, earlier_pk):
    claim = get_object_or_404(Claim.objects.with_related(), pk=pk)
    earlier = get_object_or_404(Claim, pk=earlier_pk)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        return HttpResponseBadRequest(_("The form is missing the claim's version."))
    try:
        workflow.reuse_verdict(claim, earlier, actor=request.user, expected_version=version)
    except PermissionDenied as exc:
        if not request.htmx:
            raise
        return _refused(request, pk, exc, 403)
    except workflow.WorkflowError as exc:  # a stale version, or a verdict already set
        return _refused(request, pk, exc, 409)
    messages.success(request, _("Verdict reused from claim #%(pk)d.") % {"pk": earlier.pk})
    if request.htmx:
        return HttpResponseClientRefresh()
    return redirect(claim)


@require_POST
def claim_dismiss_match(request, pk, earlier_pk):
    claim = get_object_or_404(Claim.objects.with_related(), pk=pk)
    earlier = get_object_or_404(Claim, pk=earlier_pk)
    try:
        workflow.dismiss_match(claim, earlier, actor=request.user)
    except PermissionDenied as exc:
        if not request.htmx:
            raise
        return _refused(request, pk, exc, 403)
    except workflow.WorkflowError as exc:
        return _refused(request, pk, exc, 409)
    if request.htmx:
        return _panel(request, claim)
    messages.success(request, _("Claim #%(pk)d will not be suggested again.") % {"pk": earlier.pk})
    return redirect(f"{claim.get_absolute_url()}#verdict")
