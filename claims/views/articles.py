"""Dashboard, article list, import and the article page with its highlighted claims."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Max, Q
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import ingest, jobs, workflow
from ..extraction import ENGINE_VERSION
from ..forms import (
    ArticleForm,
    NewClaimForm,
)
from ..models import Article, Claim
from ..roles import require


@require_GET
def article_list(request):
    page = Paginator(Article.objects.with_progress().defer("body"), 50).get_page(request.GET.get("page"))
    return render(request, "claims/article_list.html", {"page": page})


@require_http_methods(["GET", "POST"])
def article_new(request):
    # Refused before the form is filled in, not after the pasted text is lost.
    require(request.user, "import_article", "import articles")
    form = ArticleForm(request.POST or None, request.FILES or None)
    duplicate = None
    if form.is_valid() and form.cleaned_data["link"]:
        # Fetched in the background (claims.jobs): the page shows how it went.
        job = jobs.create_link(request.user, form.cleaned_data["link"], options=form.options())
        return redirect(job)
    if form.is_valid() and form.cleaned_data["file"]:
        try:
            uploads = form.uploads()
            items = form.inputs(uploads, unique=False)
        except ingest.ImportRefused as exc:
            form.add_error("file", str(exc))
        else:
            if len(items) > settings.FACTCHECK_SYNC_IMPORT_MAX_ARTICLES:
                job = jobs.create_upload(request.user, uploads, total=len(items), options=form.options())
                return redirect(job)
    if form.is_valid():
        try:
            items = form.inputs()
            with transaction.atomic():  # a file of several articles is imported whole or not at all
                articles = [ingest.import_article(**i.import_kwargs(), actor=request.user) for i in items]
        except ingest.DuplicateArticle as exc:
            duplicate = exc.existing
            form.add_error(None, str(exc))
        except ingest.ImportRefused as exc:
            form.add_error("file" if form.cleaned_data["file"] else "text", str(exc))
        else:
            for item in items:
                if item.encoding != "utf-8":
                    messages.info(
                        request,
                        _("%(source)s: decoded as %(encoding)s, not UTF-8.")
                        % {"source": item.source, "encoding": item.encoding},
                    )
            n = sum(article.claims.count() for article in articles)
            if len(articles) == 1:
                messages.success(
                    request,
                    ngettext(
                        "Imported “%(title)s” with %(count)d claim.",
                        "Imported “%(title)s” with %(count)d claims.",
                        n,
                    )
                    % {"title": articles[0].title, "count": n},
                )
                return redirect(articles[0])
            messages.success(
                request,
                ngettext(
                    "Imported %(articles)d articles with %(count)d claim.",
                    "Imported %(articles)d articles with %(count)d claims.",
                    n,
                )
                % {"articles": len(articles), "count": n},
            )
            return redirect("claims:articles")
    status = 400 if form.is_bound else 200
    return render(request, "claims/article_new.html", {"form": form, "duplicate": duplicate}, status=status)


@dataclass(frozen=True)
class Segment:
    text: str
    claim: Claim | None = None


def highlight_segments(body: str, claims: list[Claim]) -> list[Segment]:
    """Cut the body into plain runs and claim runs, in order. Overlaps are clipped, never dropped
    from the list beside the text: a claim inside an earlier one simply gets no highlight of its own."""
    segments, pos = [], 0
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        start, end = max(claim.start, pos), min(claim.end, len(body))
        if start >= end:
            continue
        if start > pos:
            segments.append(Segment(body[pos:start]))
        segments.append(Segment(body[start:end], claim))
        pos = end
    if pos < len(body):
        segments.append(Segment(body[pos:]))
    return segments


def segment_of(claim: Claim, body: str) -> Segment | None:
    """The claim's highlight as `highlight_segments` cuts it for the whole article, with one query
    rather than every claim of the article: its run starts after the furthest end of the claims
    before it in that order (start, longest first, then id)."""
    before = (
        Claim.objects.for_article(claim.article_id)
        .active()
        .filter(
            Q(start__lt=claim.start)
            | Q(start=claim.start, end__gt=claim.end)
            | Q(start=claim.start, end=claim.end, pk__lt=claim.pk)
        )
        .aggregate(furthest=Max("end"))["furthest"]
    )
    start, end = max(claim.start, min(before or 0, len(body))), min(claim.end, len(body))
    return Segment(body[start:end], claim) if start < end else None


def desk_claims(article, claims) -> list[Claim]:
    """The article's claims, each pointing at `article` itself (see `with_people`)."""
    claims = list(claims.with_people())
    for claim in claims:
        claim.article = article
    return claims


# Claim cards rendered with the article page; the rest load as the list scrolls.
CARD_CHUNK = 30


def desk_permissions(user) -> dict:
    """What the article page may offer this user, asked once per page rather than once per claim."""
    return {
        "can_verdict": user.has_perm("claims.set_verdict"),
        "can_reopen": user.has_perm("claims.reopen_verdict"),
    }


def _article_context(request, article, claims):
    return {
        "article": article,
        "claims": claims,
        "segments": highlight_segments(article.body, claims),
        "engine_version": ENGINE_VERSION,
        # Offered when adding a claim: the people this article already quotes.
        "speaker_names": sorted({claim.speaker.name for claim in claims if claim.speaker_id}),
        **desk_permissions(request.user),
    }


@require_GET
def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk).count_progress()
    claims = desk_claims(article, Claim.objects.for_article(article).active().in_text_order())
    show_all = request.GET.get("all") == "1" or len(claims) <= CARD_CHUNK
    context = {
        **_article_context(request, article, claims),
        "cards": claims if show_all else claims[:CARD_CHUNK],
        "more_from": None if show_all else CARD_CHUNK,
        "new_claim_form": NewClaimForm(),
    }
    return render(request, "claims/article_detail.html", context)


@require_GET
def article_cards(request, pk):
    """The next chunk of claim cards of a long article (htmx, as the list scrolls)."""
    article = get_object_or_404(Article, pk=pk)
    try:
        start = max(0, int(request.GET.get("from", "0")))
    except ValueError:
        return HttpResponseBadRequest("“from” must be a number.")
    if not request.htmx:
        return redirect(f"{article.get_absolute_url()}?all=1#claim-list")
    chunk = desk_claims(
        article, Claim.objects.for_article(article).active().in_text_order()[start : start + CARD_CHUNK + 1]
    )
    context = {
        "article": article,
        "cards": chunk[:CARD_CHUNK],
        "more_from": start + CARD_CHUNK if len(chunk) > CARD_CHUNK else None,
        **desk_permissions(request.user),
    }
    return render(request, "claims/article_detail.html#card-chunk", context)


@require_POST
def article_reextract(request, pk):
    article = get_object_or_404(Article, pk=pk)
    report = ingest.reextract_article(article, actor=request.user)
    messages.success(
        request,
        _(
            "Extracted again: %(kept)d claims people worked on kept, "
            "%(removed)d untouched claims replaced by %(added)d."
        )
        % {"kept": report.kept, "removed": report.removed, "added": report.added},
    )
    return redirect(article)


@require_POST
def article_add_claim(request, pk):
    """A claim the extractor missed, from a selection in the article text (or typed offsets)."""
    article = get_object_or_404(Article, pk=pk)
    form = NewClaimForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            claim = workflow.add_claim(
                article,
                actor=request.user,
                start=data["start"],
                end=data["end"],
                kind=data["kind"],
                speaker_name=data["speaker_name"],
                cue=data["cue"],
            )
        except workflow.WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Claim #%(pk)d added.") % {"pk": claim.pk})
            return redirect(f"{article.get_absolute_url()}#claim-{claim.pk}")
    article = Article.objects.get(pk=pk).count_progress()
    claims = desk_claims(article, Claim.objects.for_article(article).active().in_text_order())
    context = {**_article_context(request, article, claims), "cards": claims, "new_claim_form": form}
    return render(request, "claims/article_detail.html", context, status=422)
