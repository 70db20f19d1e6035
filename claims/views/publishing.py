"""Publishing: confirm (four eyes) and publish a verdict; the public verdict page and the ClaimReview
exports, which anyone may read; the claim exports (CSV, JSON) for the team.

Public views take no login and show only published verdicts: anything else is a 404, the same as a
claim that does not exist, so they never tell whether an unpublished claim is there.
"""

import csv
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRefresh

from .. import workflow
from ..claimreview import article_claim_reviews, claim_review, public_url, published_claims, script_json
from ..filters import ClaimFilterForm
from ..forms import ConfirmVerdictForm, PublishVerdictForm
from ..models import Article, Claim
from ..spreadsheets import Echo, csv_cell
from .claims import _claim_page
from .queue import claim_list


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def _publishing_action(request, pk, form_class, change, success):
    """Validate the button's form, call one workflow function with the version the page showed, and
    redirect (htmx: refresh the page, which changed in several places). A refusal is shown in the
    publishing panel: in place for htmx, on the claim page otherwise (403 without the permission)."""
    claim = get_object_or_404(Claim.objects.with_related(), pk=pk)
    form = form_class.for_claim(claim, request.POST)
    status, conflict = 422, ""
    if form.is_valid():
        try:
            change(claim, form.cleaned_data["version"])
        except workflow.StaleVersion as exc:
            claim, status, conflict = Claim.objects.with_related().get(pk=pk), 409, str(exc)
            form = form_class.for_claim(claim)
        except PermissionDenied as exc:
            if not request.htmx:
                raise
            status, conflict = 403, str(exc)
        except workflow.WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, success)
            if request.htmx:
                return HttpResponseClientRefresh()
            return redirect(f"{claim.get_absolute_url()}#publishing")
    forms = {f"{form_class.prefix_name}_form": form}
    if request.htmx:
        context = {
            "claim": claim,
            "publishing": workflow.publication_state(claim, request.user),
            "publishing_conflict": conflict,
            **forms,
        }
        return render(request, "claims/_publishing.html", context, status=status)
    return _claim_page(request, claim, status=status, conflict=conflict, **forms)


@require_POST
def claim_confirm(request, pk):
    def change(claim, version):
        return workflow.confirm_verdict(claim, actor=request.user, expected_version=version)

    return _publishing_action(request, pk, ConfirmVerdictForm, change, _("Verdict confirmed."))


@require_POST
def claim_publish(request, pk):
    def change(claim, version):
        return workflow.publish_verdict(claim, actor=request.user, expected_version=version)

    return _publishing_action(request, pk, PublishVerdictForm, change, _("Verdict published."))


# Public and read-only ------------------------------------------------------------------------


@login_not_required
@require_GET
def published_claim(request, pk):
    """The public page of a published verdict, with its ClaimReview embedded as JSON-LD. In the
    article's language, like the verdict words in the ClaimReview, so page and markup agree."""
    claim = get_object_or_404(published_claims(), pk=pk)
    with translation.override(claim.article.lang or "en"):
        context = {
            "claim": claim,
            "article": claim.article,
            "evidence": claim.evidence.all(),
            "review": claim_review(claim, base_url=_base_url(request)),
        }
        context["review_json"] = script_json(context["review"])
        return render(request, "claims/published_claim.html", context)


def _ld_json(data) -> JsonResponse:
    return JsonResponse(
        data,
        safe=False,
        content_type="application/ld+json",
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )


@login_not_required
@require_GET
def claim_claimreview(request, pk):
    """One published claim's ClaimReview (JSON-LD)."""
    claim = get_object_or_404(published_claims(), pk=pk)
    return _ld_json(claim_review(claim, base_url=_base_url(request)))


@login_not_required
@require_GET
def article_claimreview(request, pk):
    """The ClaimReviews of an article's published claims (a JSON-LD array). An article without any
    is a 404, so the public address does not tell which unpublished articles exist."""
    article = get_object_or_404(Article.objects.defer("body"), pk=pk)
    reviews = article_claim_reviews(article, base_url=_base_url(request))
    if not reviews:
        raise Http404(_("This article has no published verdicts."))
    return _ld_json(reviews)


# Claim exports (internal: login required, like every page) ----------------------------------

EXPORT_COLUMNS = [
    "id",
    "article_id",
    "article_title",
    "speaker",
    "kind",
    "text",
    "status",
    "dismissed",
    "rationale",
    "reviewed_by",
    "reviewed_at",
    "confirmed_by",
    "published_at",
    "evidence",
    "url",
    "public_url",
]


def _username(user):
    return user.get_username() if user is not None else None


def _iso(moment):
    return moment.isoformat() if moment is not None else None


def export_record(claim: Claim, base_url: str) -> dict:
    """One claim as the exports give it: ids, names and ISO times, evidence as a list of links."""
    published = claim.is_published and not claim.dismissed
    return {
        "id": claim.pk,
        "article_id": claim.article_id,
        "article_title": claim.article.title,
        "speaker": claim.speaker.name if claim.speaker else None,
        "kind": claim.kind,
        "text": claim.text,
        "status": claim.status,
        "dismissed": claim.dismissed,
        "rationale": claim.rationale,
        "reviewed_by": _username(claim.reviewed_by),
        "reviewed_at": _iso(claim.reviewed_at),
        "confirmed_by": _username(claim.confirmed_by),
        "published_at": _iso(claim.published_at),
        "evidence": [item.url for item in claim.evidence.all()],
        "url": base_url + claim.get_absolute_url(),
        "public_url": public_url(claim, base_url) if published else None,
    }


def _exported(request):
    """The claims the queue's filters select, every page of them, as export records; or None when
    the filters are invalid."""
    form = ClaimFilterForm(request.GET)
    if not form.is_valid():
        return None
    claims = (
        form.filter(Claim.objects.with_related(), user=request.user)
        .select_related("confirmed_by")
        .defer("article__body")
        .prefetch_related("evidence")
    )
    base_url = _base_url(request)
    return (export_record(claim, base_url) for claim in claims.iterator(chunk_size=500))


def _attachment(response, extension: str):
    filename = f"claims-{timezone.localdate():%Y%m%d}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _csv_lines(records):
    writer = csv.writer(Echo())
    yield writer.writerow(EXPORT_COLUMNS)
    for record in records:
        yield writer.writerow([csv_cell(record[column]) for column in EXPORT_COLUMNS])


def _json_chunks(records):
    yield "["
    for n, record in enumerate(records):
        yield ("," if n else "") + "\n" + json.dumps(record, ensure_ascii=False)
    yield "\n]\n"


@require_GET
def claims_export_csv(request):
    """The claims the queue's filters select (all pages), with their verdicts, as CSV."""
    records = _exported(request)
    if records is None:
        return claim_list(request)  # the queue, showing what is wrong with the filters (400)
    response = StreamingHttpResponse(_csv_lines(records), content_type="text/csv; charset=utf-8")
    return _attachment(response, "csv")


@require_GET
def claims_export_json(request):
    """The same as JSON: an array of objects with the CSV's columns (evidence as a list)."""
    records = _exported(request)
    if records is None:
        return claim_list(request)
    response = StreamingHttpResponse(_json_chunks(records), content_type="application/json")
    return _attachment(response, "json")
