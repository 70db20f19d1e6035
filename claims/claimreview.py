"""ClaimReview (schema.org, JSON-LD) for published verdicts, as Google's fact-check markup reads it.

Only published verdicts are ever described: a claim whose verdict was reopened is unpublished and
gone from every export, and dismissed claims never appear.

The rating scale (`reviewRating`), worstRating 1, bestRating 5, higher is truer:

    ratingValue  verdict         alternateName (English / Dutch)
    1            disputed        "Disputed" / "Betwist"
    3            unverifiable    "Unverifiable" / "Niet te verifiëren"
    5            verified        "Verified" / "Geverifieerd"

3 is "cannot be established", not "half true": our verdicts have no intermediate truth values, and
2 and 4 are never used. Google shows only the words, so `alternateName` carries the verdict as the
workbench names it, in the language of the article the claim came from (the public verdict page is
rendered in that language too, so the markup and the page say the same thing).

Other choices, after Google's ClaimReview field rules:
- `claimReviewed` is the claim's own words, whitespace collapsed, cut at a word boundary with "…" to
  at most CLAIM_REVIEWED_MAX (74) characters, under Google's advised 75. The rating is never added
  to it; only the claim's own wording could contain such a word.
- `author` is the fact-checking organisation (FACTCHECK_ORGANISATION, with FACTCHECK_ORGANISATION_URL
  when set), never the person who clicked publish.
- `itemReviewed` is a `Claim`; its `author` is who made the claim: the speaker, a `Person` or an
  `Organization` by the speaker's kind (a speaker of unknown kind counts as a person), with `sameAs`
  when the speaker has a reference link (Wikidata or similar). A claim without a speaker is the
  article's own statement: its author is the outlet as an `Organization`, or, without an outlet,
  left out (Google recommends Claim.author but does not require it; the fact-checker is not the
  claim's author).
- The claim's `datePublished` and its `appearance` (the article: a `NewsArticle` when it has an
  outlet, else a `CreativeWork`) carry the article's date at the precision the source gave it
  ("2019-02" for a month), which ISO 8601 allows.
"""

import json

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from .models import Article, Claim, Speaker

CONTEXT = "https://schema.org"
WORST_RATING, BEST_RATING = 1, 5
RATING_VALUES = {
    Claim.Status.DISPUTED: 1,
    Claim.Status.UNVERIFIABLE: 3,
    Claim.Status.VERIFIED: 5,
}
CLAIM_REVIEWED_MAX = 74


def published_claims():
    """Claims whose verdict is published now (not reopened since), dismissed ones left out."""
    return (
        Claim.objects.filter(published_at__isnull=False, dismissed=False)
        .exclude(status=Claim.Status.UNREVIEWED)
        .select_related("article", "speaker")
        .defer("article__body")
    )


def shorten(text: str, limit: int = CLAIM_REVIEWED_MAX) -> str:
    """`text` with its whitespace collapsed, cut at a word boundary with "…" to at most `limit`
    characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if not text[limit - 1].isspace() and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:.–—-") + "…"


def verdict_words(claim: Claim) -> str:
    """The verdict as the workbench names it, in the language of the claim's article."""
    with translation.override(claim.article.lang or "en"):
        return str(Claim.Status(claim.status).label)


def public_url(claim: Claim, base_url: str) -> str:
    """The absolute address of the claim's public verdict page; `base_url` like "https://host"."""
    return base_url.rstrip("/") + reverse("claims:published", args=[claim.pk])


def organisation() -> dict:
    author = {"@type": "Organization", "name": settings.FACTCHECK_ORGANISATION}
    if settings.FACTCHECK_ORGANISATION_URL:
        author["url"] = settings.FACTCHECK_ORGANISATION_URL
    return author


def _speaker(speaker: Speaker) -> dict:
    kind = "Organization" if speaker.kind == Speaker.Kind.ORGANISATION else "Person"
    node = {"@type": kind, "name": speaker.name}
    if speaker.reference_url:
        node["sameAs"] = speaker.reference_url
    return node


def _claim_author(claim: Claim) -> dict | None:
    if claim.speaker is not None:
        return _speaker(claim.speaker)
    if claim.article.outlet:
        return {"@type": "Organization", "name": claim.article.outlet}
    return None


def _appearance(article: Article) -> dict:
    node = {"@type": "NewsArticle" if article.outlet else "CreativeWork", "headline": article.title}
    if article.source_url:
        node["url"] = article.source_url
    if article.published:
        node["datePublished"] = article.published_display
    if article.outlet:
        node["publisher"] = {"@type": "Organization", "name": article.outlet}
    return node


def claim_review(claim: Claim, *, base_url: str) -> dict:
    """The ClaimReview of one published claim. Raises ValueError for a claim that is not published:
    callers look claims up through `published_claims()`, so that never leaks."""
    if not claim.is_published or claim.dismissed or claim.status not in RATING_VALUES:
        raise ValueError(f"Claim #{claim.pk} is not published.")
    item = {"@type": "Claim"}
    author = _claim_author(claim)
    if author is not None:
        item["author"] = author
    if claim.article.published:
        item["datePublished"] = claim.article.published_display
    item["appearance"] = _appearance(claim.article)
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": public_url(claim, base_url),
        "claimReviewed": shorten(claim.text),
        "datePublished": timezone.localdate(claim.published_at).isoformat(),
        "author": organisation(),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING_VALUES[claim.status],
            "worstRating": WORST_RATING,
            "bestRating": BEST_RATING,
            "alternateName": verdict_words(claim),
        },
        "itemReviewed": item,
    }


def article_claim_reviews(article: Article, *, base_url: str) -> list[dict]:
    """The ClaimReviews of the article's published claims, in text order (none when none is)."""
    claims = published_claims().filter(article=article).order_by("start", "id")
    return [claim_review(claim, base_url=base_url) for claim in claims]


# As django.utils.html.json_script escapes them: the JSON cannot close the <script> element it sits in.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def script_json(data) -> str:
    """`data` as JSON safe to put between <script type="application/ld+json"> and </script>."""
    return mark_safe(json.dumps(data, ensure_ascii=False, indent=2).translate(_SCRIPT_ESCAPES))
