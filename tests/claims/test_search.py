"""Claim search: one interface (ClaimQuerySet.search, the queue's `q`) on both databases.

The same tests run on SQLite and on PostgreSQL. Where the two are documented to differ (full-text
search with stemming on PostgreSQL, a substring match on SQLite), a test states what each database
must return, and asserts the one it runs on.
"""

import datetime

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim
from tests.factories import make_article, make_claim, make_speaker

pytestmark = pytest.mark.django_db

POSTGRES = connection.vendor == "postgresql"
QUEUE = reverse("claims:claims")


def _found(q, claims=None) -> set[str]:
    return set((claims or Claim.objects).search(q).values_list("text", flat=True))


def _claims(*texts, article=None, **fields):
    article = article or make_article(" ".join(texts))
    return [make_claim(article, text, **fields) for text in texts]


# The same on both ------------------------------------------------------------------------------


def test_a_word_of_the_text_finds_the_claim_whatever_its_case():
    _claims("de begroting groeit met 3 procent", "het kabinet zwijgt")
    assert _found("Begroting") == {"de begroting groeit met 3 procent"}
    assert _found("KABINET") == {"het kabinet zwijgt"}


def test_part_of_the_speakers_name_finds_their_claims():
    article = make_article("Het kabinet zwijgt. De lonen stijgen.")
    make_claim(article, "Het kabinet zwijgt", speaker=make_speaker("Jan de Vries"))
    make_claim(article, "De lonen stijgen", speaker=make_speaker("Mark Rutte"))
    assert _found("vries") == {"Het kabinet zwijgt"}
    assert _found("Jan de") == {"Het kabinet zwijgt"}


def test_text_or_speaker_either_is_enough():
    article = make_article("Rutte zegt niets. De begroting groeit. Het weer is goed.")
    make_claim(article, "Rutte zegt niets")
    make_claim(article, "De begroting groeit", speaker=make_speaker("Mark Rutte"))
    make_claim(article, "Het weer is goed")
    assert _found("rutte") == {"Rutte zegt niets", "De begroting groeit"}


@pytest.mark.parametrize("q", ["", "   ", None])
def test_an_empty_search_is_no_filter(q):
    _claims("een", "twee")
    assert Claim.objects.search(q).count() == 2


def test_no_match_is_nothing():
    _claims("de begroting groeit")
    assert _found("olifant") == set()


def test_search_narrows_whatever_came_before_it():
    _kept, dropped = _claims("de begroting groeit", "de begroting krimpt")
    dropped.dismissed = True
    dropped.save()
    assert _found("begroting", Claim.objects.active()) == {"de begroting groeit"}


@pytest.mark.parametrize(
    "q",
    ["'; DROP TABLE claims_claim; --", '"unclosed', "a & b | !c", "100%", "_", "\\", "x:*", "(((", "-", "or"],
)
def test_any_text_is_a_search_not_an_error(client, reviewer, q):
    _claims("de begroting groeit met 100% zeker")
    client.force_login(reviewer)
    assert client.get(QUEUE, {"q": q}).status_code == 200
    assert Claim.objects.search(q).count() in (0, 1)


def test_percent_and_underscore_are_not_wildcards():
    _claims("de begroting groeit")
    assert _found("%") == set() and _found("_") == set()


def test_search_results_follow_the_chosen_sort_with_ties_by_id():
    article = make_article("begroting " * 5 + "iets anders")
    now = timezone.now()
    made = [
        make_claim(
            article,
            "begroting",
            checkworthiness=(0.5, 0.9, 0.5, 0.1, 0.5)[i],
            created_at=now - datetime.timedelta(days=(2, 1, 2, 3, 1)[i]),
        )
        for i in range(5)
    ]
    make_claim(article, "iets anders", checkworthiness=1.0)
    found = Claim.objects.search("begroting")
    by_worth = sorted(made, key=lambda c: (-c.checkworthiness, -c.pk))
    newest = sorted(made, key=lambda c: (c.created_at, c.pk), reverse=True)
    assert list(found.sorted_by("worth")) == by_worth
    assert list(found.sorted_by("newest")) == newest
    assert list(found.sorted_by("oldest")) == newest[::-1]


def test_the_queue_searches_as_you_type(client, reviewer):
    wanted, other = _claims("de begroting groeit", "het kabinet zwijgt")
    client.force_login(reviewer)
    response = client.get(QUEUE, {"q": "begroting"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert wanted.get_absolute_url() in html and other.get_absolute_url() not in html


# Where the databases differ (README, "Search") -------------------------------------------------


@pytest.mark.parametrize(
    ("q", "text", "postgres", "sqlite"),
    [
        # Dutch stemming: inflections of one word find each other on PostgreSQL only.
        ("belastingen", "de belasting stijgt", True, False),
        ("verhoging", "we verhogen de lonen", True, False),
        ("verhoogde", "de huur werd verhoogd", True, False),
        # English stemming.
        ("taxes", "he will cut the tax", True, False),
        ("raising", "they raised prices", True, False),
        # Whole words on PostgreSQL; any substring on SQLite.
        ("begroting", "het begrotingstekort groeit", False, True),
        ("groei", "de economie groeit", False, True),
        # Words in any order on PostgreSQL; one literal string on SQLite.
        ("huur lonen", "de lonen en de huur stijgen", True, False),
        ("stijgen lonen", "de lonen stijgen", True, False),
        # A quoted phrase: those words in that order (PostgreSQL); the quotes are text on SQLite.
        ('"lonen stijgen"', "de lonen stijgen", True, False),
        ('"stijgen lonen"', "de lonen stijgen", False, False),
        # A minus sign excludes a word (PostgreSQL).
        ("lonen -huur", "de lonen stijgen", True, False),
        ("lonen -huur", "de lonen en de huur stijgen", False, False),
        # Both read "lonen stijgen" literally as one string.
        ("lonen stijgen", "de lonen stijgen", True, True),
        # SQLite's text index has no syntax of its own: stars, operators and brackets are text.
        ("nee*", "hij zei nee", True, False),
        ("nee OR begroting", "de begroting", True, False),
        ("(lonen)", "over (lonen) en huur", True, True),
        # Shorter than three characters (no trigram): a scan on SQLite, still a substring.
        ("ee", "hij zei nee", False, True),
    ],
)
def test_full_text_search_on_postgresql_substring_on_sqlite(q, text, postgres, sqlite):
    _claims(text)
    assert bool(_found(q)) is (postgres if POSTGRES else sqlite)


def test_search_is_served_by_the_text_indexes():
    """The query's expressions are the indexes' expressions, so the planner can use them. (Told not
    to scan the table, which on a table this small it would rightly prefer.)"""
    _claims("de begroting groeit", "het kabinet zwijgt")
    plan = _plan(Claim.objects.search("begroting"))
    if POSTGRES:
        assert "claim_text_dutch_idx" in plan and "claim_text_english_idx" in plan
        assert "claim_speaker_" in plan  # the speaker branch of the OR, too (an index led by speaker)
        assert "Seq Scan on claims_claim" not in plan
    else:
        # SQLite: the FTS5 trigram index finds the ids; the speaker's claims by its index.
        assert "SCAN claims_claim_text VIRTUAL TABLE" in plan
        assert "claim_speaker_" in plan
        assert "SCAN claims_claim\n" not in plan + "\n" and not plan.rstrip().endswith("SCAN claims_claim")


def test_search_follows_inserts_edits_and_deletes():
    """On SQLite the text index is a separate table that triggers keep in step (migration 0013)."""
    claim, other = _claims("de begroting groeit met 3 procent", "het kabinet zwijgt")
    assert _found("begroting") == {claim.text}
    Claim.objects.filter(pk=claim.pk).update(text="de huur daalt")
    assert _found("begroting") == set() and _found("huur") == {"de huur daalt"}
    other.delete()
    assert _found("kabinet") == set()
    Claim.objects.bulk_create([Claim(article=claim.article, text="Één miljard euro", start=0, end=16)])
    assert _found("één miljard") == {"Één miljard euro"}  # case folded beyond ASCII, too
    if not POSTGRES:  # the index holds exactly the claims, nothing stale (FTS5 raises if not)
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO claims_claim_text(claims_claim_text, rank) VALUES ('integrity-check', 1)"
            )


def _plan(claims) -> str:
    if not POSTGRES:
        return claims.explain()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    return claims.explain()
