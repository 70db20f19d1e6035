"""The claim queue: find, filter and sort claims; act on several at once."""

from dataclasses import dataclass, field

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext_lazy
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from .. import workflow
from ..filters import BulkActionForm, ClaimFilterForm, KeysetPage
from ..models import Claim, Evidence
from ..notifications import gathered
from ..roles import require

PAGE_SIZE = 50


def page_or_region(request, template: str, region: str) -> str:
    """The whole page, or only its `region` partial when htmx asks for it (but the whole page when
    htmx restores a history entry it no longer has cached)."""
    if request.htmx and not request.htmx.history_restore_request:
        return f"{template}#{region}"
    return template


@require_GET
@vary_on_headers("HX-Request")
def claim_list(request):
    form = ClaimFilterForm(request.GET)
    if form.is_valid():
        claims = form.filter(Claim.objects.for_queue(), user=request.user)
        page, status = form.page(claims, PAGE_SIZE), 200
    else:
        page, status = KeysetPage.fetch(Claim.objects.none(), "worth"), 400
    # A bulk action that was refused (in part) comes back with the form as it was sent.
    draft = request.session.pop(BULK_DRAFT, None) or {}
    ticked = set(draft.pop("ticked", ()))
    if request.user.has_perm("claims.set_verdict"):
        _mark_evidence(page.object_list)
    context = {
        "form": form,
        "page": page,
        "bulk_form": BulkActionForm(initial={**draft, "query": request.GET.urlencode()}),
        "ticked": ticked,
        "pager_target": "#results",
    }
    return render(
        request, page_or_region(request, "claims/claim_list.html", "results"), context, status=status
    )


BULK_DRAFT = "bulk_draft"
_DRAFT_FIELDS = ("action", "status", "rationale", "evidence_url", "assignee")


def _mark_evidence(claims) -> None:
    """`has_evidence` on each row, so the bulk form can say before sending which ticked claims
    still need an evidence link for a verified or disputed verdict. One query for the page."""
    ids = [claim.pk for claim in claims]
    with_evidence = set(Evidence.objects.filter(claim_id__in=ids).values_list("claim_id", flat=True))
    for claim in claims:
        claim.has_evidence = claim.pk in with_evidence


def _keep_draft(request, ticked) -> None:
    """Keep what was typed and which claims are still ticked for the queue page after the redirect."""
    draft = {key: request.POST.get(key, "") for key in _DRAFT_FIELDS}
    request.session[BULK_DRAFT] = {**draft, "ticked": sorted(ticked)}


def _verdict(claim, version, data, *, actor):
    return workflow.set_verdict(
        claim,
        data["status"],
        actor=actor,
        rationale=data["rationale"],
        expected_version=version,
        evidence_url=data["evidence_url"],
    )


def _assign(claim, version, data, *, actor):
    return workflow.edit_claim(claim, actor=actor, expected_version=version, assignee=data["assignee"])


# action -> (permission, what it lets you do, how the successes are counted, the change per claim)
BULK_ACTIONS = {
    "verdict": (
        "set_verdict",
        "set verdicts",
        ngettext_lazy("%(count)d verdict saved", "%(count)d verdicts saved", "count"),
        _verdict,
    ),
    "assign": (
        "assign_claim",
        "assign claims",
        ngettext_lazy("%(count)d assignment saved", "%(count)d assignments saved", "count"),
        _assign,
    ),
}


@require_POST
def claims_bulk(request):
    """Apply one verdict, or one assignee, to each ticked claim through the workflow, claim by claim:
    a refused claim (changed meanwhile, missing evidence, not allowed) does not stop the others."""
    form = BulkActionForm(request.POST)
    back = _queue_url(request.POST.get("query", ""))
    if not form.is_valid():
        problems = " ".join(str(error) for errors in form.errors.values() for error in errors)
        messages.error(request, _("Nothing saved. %(problems)s") % {"problems": problems})
        _keep_draft(request, form.cleaned_data.get("selected", {}))
        return redirect(back)
    data = form.cleaned_data
    codename, doing, saved, change = BULK_ACTIONS[data["action"]]
    # Without the permission at all it is a 403, not a refusal per claim.
    require(request.user, codename, doing)
    outcome = _each(data["selected"], lambda claim, version: change(claim, version, data, actor=request.user))
    (messages.warning if outcome.refused else messages.success)(request, outcome.message(saved))
    if outcome.refused_ids:
        _keep_draft(request, outcome.refused_ids)
    return redirect(back)


@dataclass
class BulkOutcome:
    saved: int = 0
    unchanged: int = 0
    refused: list[str] = field(default_factory=list)
    refused_ids: list[int] = field(default_factory=list)

    def refuse(self, pk: int, reason: str) -> None:
        self.refused.append(reason)
        self.refused_ids.append(pk)

    def message(self, saved) -> str:
        """ "12 verdicts saved; 2 refused: #31 changed by rob meanwhile; #40: A verified verdict…"
        `saved` is a plural-aware message with a `count` placeholder ("%(count)d verdicts saved")."""
        text = saved % {"count": self.saved}
        if self.unchanged:
            text = _("%(saved)s (%(count)d already so)") % {"saved": text, "count": self.unchanged}
        if self.refused:
            text = _("%(saved)s; %(count)d refused: %(reasons)s") % {
                "saved": text,
                "count": len(self.refused),
                "reasons": "; ".join(self.refused),
            }
        return text + "."


def _each(selected: dict[int, int], change) -> BulkOutcome:
    """Call `change(claim, version_the_row_showed)` for each selected claim, each in its own
    workflow transaction, and collect what was saved and why the rest was refused. The
    notifications of the saved changes go out at the end, one per person and kind."""
    outcome = BulkOutcome()
    claims = Claim.objects.select_related("article", "reviewed_by").in_bulk(list(selected))
    with gathered() as digest:
        for pk, version in sorted(selected.items()):
            if pk not in claims:
                outcome.refuse(pk, _("#%(pk)d no longer exists") % {"pk": pk})
                continue
            try:
                after = change(claims[pk], version)
            except workflow.StaleVersion as exc:
                digest.drop()
                who = exc.current.reviewed_by.get_username() if exc.current.reviewed_by else _("someone else")
                outcome.refuse(pk, _("#%(pk)d changed by %(who)s meanwhile") % {"pk": pk, "who": who})
            except (workflow.WorkflowError, PermissionDenied) as exc:
                digest.drop()
                outcome.refuse(pk, f"#{pk}: {str(exc).rstrip('.')}")
            else:
                digest.keep()
                if after.version == version:
                    outcome.unchanged += 1
                else:
                    outcome.saved += 1
    return outcome


def _queue_url(query: str) -> str:
    """The queue with the filters it was showing; re-encoded, so only a query string gets through."""
    url = reverse("claims:claims")
    query = QueryDict(query).urlencode()
    return f"{url}?{query}" if query else url
