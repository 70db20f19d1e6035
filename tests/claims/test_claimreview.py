"""ClaimReview: what a published verdict's document says, that it is valid (JSON-LD expansion with pyld,
offline, and a JSON Schema written from Google's rules), and that unpublished verdicts never leak:
not in the JSON, not on a public page. The public views need no login."""

import datetime
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
from django.urls import reverse
from django.utils import timezone
from pyld import jsonld

from claims import claimreview, workflow
from claims.models import Speaker
from tests.factories import make_article, make_claim, make_speaker

pytestmark = pytest.mark.django_db

SCHEMA = json.loads((Path(__file__).parent / "claimreview.schema.json").read_text(encoding="utf-8"))
BASE = "http://testserver"
EVIDENCE = "https://cbs.nl/begroting"


# JSON-LD, offline ------------------------------------------------------------------------------
# A stand-in for the context at https://schema.org: only the terms our documents use, each mapped to
# the IRI the real context gives it (the real one maps to the http://schema.org/ namespace, see
# schemaorg/schemaorg#2886, and types `url` and `sameAs` as IRIs). No @vocab, so a key that is not
# one of these schema.org terms is dropped by expansion, and the tests notice.
VOCAB = "http://schema.org/"
TYPES = ["ClaimReview", "Claim", "Rating", "Organization", "Person", "CreativeWork", "NewsArticle"]
PROPERTIES = [
    "claimReviewed",
    "reviewRating",
    "ratingValue",
    "bestRating",
    "worstRating",
    "alternateName",
    "datePublished",
    "author",
    "itemReviewed",
    "appearance",
    "headline",
    "name",
    "publisher",
]
IRI_PROPERTIES = ["url", "sameAs"]
SCHEMA_ORG_CONTEXT = {
    "@context": {
        **{term: VOCAB + term for term in TYPES + PROPERTIES},
        **{term: {"@id": VOCAB + term, "@type": "@id"} for term in IRI_PROPERTIES},
    }
}


def offline_loader(url, options=None):
    """pyld's document loader: our context for schema.org, and nothing fetched from the network."""
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise AssertionError(f"pyld tried to load {url}")
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": SCHEMA_ORG_CONTEXT,
        "contentType": "application/ld+json",
    }


def expand(document):
    return jsonld.expand(document, {"documentLoader": offline_loader})


def assert_expanded_keeps_every_term(node, expanded):
    """Every key of the compact `node` is in the expanded node as its schema.org IRI with the same
    value: strings as values, `url`/`sameAs` as IRIs, objects recursively."""
    keys = [key for key in node if key != "@context"]
    assert len(expanded) == len(keys), f"dropped: {set(keys) - {k.removeprefix(VOCAB) for k in expanded}}"
    for key in keys:
        value = node[key]
        if key == "@type":
            assert expanded["@type"] == [VOCAB + value]
            continue
        (item,) = expanded[VOCAB + key]
        if isinstance(value, dict):
            assert_expanded_keeps_every_term(value, item)
        elif key in IRI_PROPERTIES:
            assert item == {"@id": value}
        else:
            assert item == {"@value": value}


def assert_valid(document):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    rating = document["reviewRating"]
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert rating["alternateName"].casefold() not in document["claimReviewed"].casefold()
    (expanded,) = expand(document)
    assert_expanded_keeps_every_term(document, expanded)


# Fixtures -------------------------------------------------------------------------------------


def _publish(claim, status, actor, *, rationale="CBS cijfers."):
    """Set and publish a verdict (tests with disputed verdicts turn four eyes off)."""
    claim = workflow.set_verdict(
        claim, status, actor=actor, rationale=rationale, expected_version=claim.version, evidence_url=EVIDENCE
    )
    return workflow.publish_verdict(claim, actor=actor, expected_version=claim.version)


@pytest.fixture
def article():
    return make_article(
        title="Kabinet presenteert begroting",
        lang="nl",
        outlet="NOS",
        source_url="https://nos.nl/artikel/123",
        published=datetime.date(2024, 9, 17),
    )


@pytest.fixture
def published(article, chief):
    speaker = make_speaker("Jan de Vries", reference_url="https://www.wikidata.org/wiki/Q000001")
    return _publish(make_claim(article, speaker=speaker), "verified", chief)


# The document -------------------------------------------------------------------------------


def test_the_document_of_a_published_claim(published, settings):
    settings.FACTCHECK_ORGANISATION = "De Feitenchecker"
    settings.FACTCHECK_ORGANISATION_URL = "https://feitenchecker.example/"
    document = claimreview.claim_review(published, base_url=BASE)
    assert document == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"http://testserver/published/{published.pk}/",
        "claimReviewed": "de begroting 3 procent groeit",
        "datePublished": timezone.localdate(published.published_at).isoformat(),
        "author": {
            "@type": "Organization",
            "name": "De Feitenchecker",
            "url": "https://feitenchecker.example/",
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 5,
            "worstRating": 1,
            "bestRating": 5,
            "alternateName": "Geverifieerd",
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {
                "@type": "Person",
                "name": "Jan de Vries",
                "sameAs": "https://www.wikidata.org/wiki/Q000001",
            },
            "datePublished": "2024-09-17",
            "appearance": {
                "@type": "NewsArticle",
                "headline": "Kabinet presenteert begroting",
                "url": "https://nos.nl/artikel/123",
                "datePublished": "2024-09-17",
                "publisher": {"@type": "Organization", "name": "NOS"},
            },
        },
    }
    assert_valid(document)


@pytest.mark.parametrize(
    ("status", "value", "dutch", "english"),
    [
        ("disputed", 1, "Betwist", "Disputed"),
        ("unverifiable", 3, "Niet te verifiëren", "Unverifiable"),
        ("verified", 5, "Geverifieerd", "Verified"),
    ],
)
def test_the_rating_scale_and_the_verdict_in_the_articles_language(
    settings, chief, status, value, dutch, english
):
    settings.FACTCHECK_FOUR_EYES = []
    for lang, words in (("nl", dutch), ("en", english)):
        claim = _publish(make_claim(make_article(lang=lang)), status, chief)
        rating = claimreview.claim_review(claim, base_url=BASE)["reviewRating"]
        assert (rating["ratingValue"], rating["alternateName"]) == (value, words)
        assert_valid(claimreview.claim_review(claim, base_url=BASE))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Short claim.", "Short claim."),
        ("  spaces\n and\tnewlines  ", "spaces and newlines"),
        ("x" * 74, "x" * 74),
        (
            "Het kabinet trekt volgend jaar 3 miljard euro extra uit voor de versterking van de dijken "
            "langs de rivieren",
            "Het kabinet trekt volgend jaar 3 miljard euro extra uit voor de…",
        ),
        ("word " * 14 + "abcdefghijkl more", "word " * 13 + "word…"),  # cut inside a word: back off
        ("word " * 13 + "abcdefgh more", "word " * 13 + "abcdefgh…"),  # a word ends at the cut: kept
        ("a" * 100, "a" * 73 + "…"),
        ("Een zin, met komma's, die lang genoeg is om te knippen, precies na een komma, zegt hij", None),
    ],
)
def test_claim_reviewed_is_cut_at_a_word_under_75_characters(text, expected):
    short = claimreview.shorten(text)
    assert len(short) <= 74
    if expected is not None:
        assert short == expected
    if short != " ".join(text.split()):
        assert short.endswith("…") and not short[:-1].endswith((" ", ","))
        assert " ".join(text.split()).startswith(short[:-1])


@pytest.mark.parametrize("status", ["verified", "disputed", "unverifiable"])
def test_claim_reviewed_never_carries_the_rating(settings, chief, status):
    settings.FACTCHECK_FOUR_EYES = []
    for lang in ("nl", "en"):
        long_text = "Volgens de minister groeit de begroting volgend jaar met drie procent " * 3
        claim = _publish(make_claim(make_article(body=long_text, lang=lang), text=long_text), status, chief)
        document = claimreview.claim_review(claim, base_url=BASE)
        words = document["reviewRating"]["alternateName"]
        assert words.casefold() not in document["claimReviewed"].casefold()
        assert len(document["claimReviewed"]) < 75
        assert_valid(document)


def test_an_organisation_speaker_is_an_organization_and_unknown_is_a_person(article, chief):
    for kind, schema_type in (
        (Speaker.Kind.ORGANISATION, "Organization"),
        (Speaker.Kind.UNKNOWN, "Person"),
        (Speaker.Kind.PERSON, "Person"),
    ):
        speaker = make_speaker(f"Speaker {kind}", kind=kind)
        claim = _publish(make_claim(article, speaker=speaker), "unverifiable", chief)
        document = claimreview.claim_review(claim, base_url=BASE)
        assert document["itemReviewed"]["author"] == {"@type": schema_type, "name": f"Speaker {kind}"}
        assert_valid(document)


def test_an_unattributed_claim_is_the_outlets_or_has_no_author(chief):
    with_outlet = _publish(make_claim(make_article(outlet="NRC"), speaker=None), "unverifiable", chief)
    item = claimreview.claim_review(with_outlet, base_url=BASE)["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "NRC"}
    without = _publish(make_claim(make_article(), speaker=None), "unverifiable", chief)
    document = claimreview.claim_review(without, base_url=BASE)
    assert "author" not in document["itemReviewed"]
    assert document["itemReviewed"]["appearance"]["@type"] == "CreativeWork"
    assert document["author"]["name"] != ""  # the fact-checker is still the review's author
    assert_valid(document)


def test_dates_keep_the_articles_precision(chief):
    claim = _publish(
        make_claim(make_article(published=datetime.date(2019, 2, 1), published_precision="month")),
        "unverifiable",
        chief,
    )
    document = claimreview.claim_review(claim, base_url=BASE)
    assert document["itemReviewed"]["datePublished"] == "2019-02"
    assert document["itemReviewed"]["appearance"]["datePublished"] == "2019-02"
    assert "url" not in document["itemReviewed"]["appearance"]  # no source link: none made up
    assert_valid(document)


def test_an_undated_article_gives_no_claim_date(chief):
    claim = _publish(make_claim(make_article()), "unverifiable", chief)
    item = claimreview.claim_review(claim, base_url=BASE)["itemReviewed"]
    assert "datePublished" not in item and "datePublished" not in item["appearance"]


def test_an_unpublished_claim_has_no_document(chief):
    claim = make_claim()
    with pytest.raises(ValueError, match="not published"):
        claimreview.claim_review(claim, base_url=BASE)


# The validation has teeth -------------------------------------------------------------------


def test_expansion_drops_a_key_that_is_not_a_schema_org_term(published):
    document = claimreview.claim_review(published, base_url=BASE)
    document["claimReveiwed"] = document.pop("claimReviewed")
    (expanded,) = expand(document)
    with pytest.raises(AssertionError, match="dropped"):
        assert_expanded_keeps_every_term(document, expanded)


def test_the_loader_fetches_nothing():
    with pytest.raises(jsonld.JsonLdError):
        expand({"@context": "https://example.org/context.jsonld", "name": "x"})


@pytest.mark.parametrize(
    "break_it",
    [
        lambda d: d.update(claimReviewed="x" * 75),
        lambda d: d["reviewRating"].update(ratingValue=6),
        lambda d: d["reviewRating"].pop("alternateName"),
        lambda d: d["reviewRating"].pop("worstRating"),
        lambda d: d.pop("url"),
        lambda d: d.update(datePublished="17-09-2024"),
        lambda d: d["itemReviewed"]["author"].update({"@type": "Thing"}),
        lambda d: d.update(reviewBody="extra"),
    ],
)
def test_the_schema_refuses_what_google_would_not_take(published, break_it):
    document = claimreview.claim_review(published, base_url=BASE)
    break_it(document)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(document)


# The public views --------------------------------------------------------------------------


def test_the_json_needs_no_login_and_is_json_ld(client, published):
    response = client.get(reverse("claims:claim_claimreview", args=[published.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    document = json.loads(response.content)
    assert document == claimreview.claim_review(published, base_url=BASE)
    assert_valid(document)


def test_the_review_url_is_on_the_domain_that_serves_it(client, published):
    response = client.get(reverse("claims:claim_claimreview", args=[published.pk]), HTTP_HOST="localhost")
    assert urlsplit(json.loads(response.content)["url"]).hostname == "localhost"


def test_the_article_export_holds_only_its_published_claims(client, article, published, chief, reviewer):
    unpublished = make_claim(article, text="Het kabinet presenteert de plannen op 17 september")
    workflow.set_verdict(
        unpublished, "unverifiable", actor=reviewer, rationale="Nog niet bekend.", expected_version=1
    )
    make_claim(article, text="We houden de uitgaven in de hand")  # unreviewed
    response = client.get(reverse("claims:article_claimreview", args=[article.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/ld+json"
    documents = json.loads(response.content)
    assert [d["url"] for d in documents] == [f"http://testserver/published/{published.pk}/"]
    for document in documents:
        assert_valid(document)
    assert "Nog niet bekend" not in response.content.decode()


def _reopened(claim, chief):
    return workflow.reopen_verdict(
        claim, actor=chief, reason="Nieuwe cijfers.", expected_version=claim.version
    )


def _dismissed(claim, chief):
    # A published claim cannot be dismissed (test_publishing): it is reopened first.
    claim = _reopened(claim, chief)
    return workflow.edit_claim(claim, actor=chief, expected_version=claim.version, dismissed=True)


@pytest.mark.parametrize("hide", [_reopened, _dismissed])
def test_an_unpublished_claim_leaks_nowhere(client, published, chief, hide):
    hide(published, chief)
    for name in ("claims:claim_claimreview", "claims:published"):
        assert client.get(reverse(name, args=[published.pk])).status_code == 404
    assert client.get(reverse("claims:article_claimreview", args=[published.article_id])).status_code == 404


def test_unreviewed_and_unknown_claims_are_404(client, reviewer):
    claim = make_claim()
    workflow.set_verdict(claim, "unverifiable", actor=reviewer, rationale="Geen bron.", expected_version=1)
    for pk in (claim.pk, claim.pk + 1000):
        assert client.get(reverse("claims:claim_claimreview", args=[pk])).status_code == 404
        assert client.get(reverse("claims:published", args=[pk])).status_code == 404
    assert client.get(reverse("claims:article_claimreview", args=[claim.article_id])).status_code == 404


@pytest.mark.parametrize("name", ["claims:claim_claimreview", "claims:published"])
def test_the_public_views_are_read_only(client, published, name):
    assert client.post(reverse(name, args=[published.pk])).status_code == 405


def _embedded(html: str) -> list[str]:
    return re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)


def test_the_public_page_shows_the_verdict_and_embeds_the_claim_review(client, published):
    response = client.get(reverse("claims:published", args=[published.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl">' in html  # the article's language, like the rating's words
    assert "de begroting 3 procent groeit" in html and "Jan de Vries" in html
    assert "Geverifieerd" in html and "CBS cijfers." in html and EVIDENCE in html
    assert "Kabinet presenteert begroting" in html and "https://nos.nl/artikel/123" in html
    (embedded,) = _embedded(html)
    assert json.loads(embedded) == claimreview.claim_review(published, base_url=BASE)
    assert "Save verdict" not in html and "<form" not in html.split("</header>")[1]
    # The CSP stays strict: the JSON-LD block is data, every script that runs comes from a file.
    assert "script-src 'self'" in response["Content-Security-Policy"]
    scripts = re.findall(r"<script[^>]*>", html)
    assert all("src=" in tag or tag == '<script type="application/ld+json">' for tag in scripts)


def test_the_embedded_json_cannot_close_its_script_element(client, chief):
    body = 'Hij zei: "</script><script>alert(1)</script>" & meer.'
    claim = _publish(make_claim(make_article(body=body), text=body), "unverifiable", chief)
    html = client.get(reverse("claims:published", args=[claim.pk])).content.decode()
    assert "<script>alert(1)" not in html
    (embedded,) = _embedded(html)
    assert "\\u003C/script\\u003E" in embedded and "\\u0026" in embedded
    assert json.loads(embedded)["claimReviewed"].startswith('Hij zei: "</script>')
