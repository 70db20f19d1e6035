"""Pages render with a constant number of queries, however many claims they show."""

import pytest
from django.urls import reverse

from claims.models import Claim
from tests.factories import make_article, make_speaker

pytestmark = pytest.mark.django_db


def _article_with_claims(n: int, speakers=None):
    words = [f"Zin {i} zegt dat er {i} procent meer is." for i in range(n)]
    article = make_article(" ".join(words))
    speakers = speakers or [make_speaker(f"Spreker {n}-{i}") for i in range(5)]
    offsets, pos = [], 0
    for sentence in words:
        start = article.body.index(sentence, pos)
        offsets.append((start, start + len(sentence)))
        pos = start + len(sentence)
    Claim.objects.bulk_create(
        Claim(
            article=article,
            text=article.body[s:e],
            start=s,
            end=e,
            kind="indirect",
            speaker=speakers[i % 5],
            cue="zegt",
            rule="test",
        )
        for i, (s, e) in enumerate(offsets)
    )
    return article


def _queries(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_article_page_queries_do_not_grow_with_claims(client, reviewer, django_assert_max_num_queries):
    client.force_login(reviewer)
    small, large = _article_with_claims(10), _article_with_claims(300)
    n_small = _queries(client, small.get_absolute_url(), django_assert_max_num_queries, 16)
    n_large = _queries(client, large.get_absolute_url(), django_assert_max_num_queries, 16)
    assert n_small == n_large
    n_all = _queries(client, large.get_absolute_url() + "?all=1", django_assert_max_num_queries, 16)
    assert n_all == n_large
    html = client.get(large.get_absolute_url() + "?all=1").content.decode()
    assert html.count('class="claim-card') == 300 and html.count("data-claim=") == 300


def test_long_articles_load_their_cards_in_chunks(client, reviewer):
    client.force_login(reviewer)
    article = _article_with_claims(75)
    html = client.get(article.get_absolute_url()).content.decode()
    assert html.count('class="claim-card') == 30 and html.count("data-claim=") == 75
    url = reverse("claims:article_cards", args=[article.pk])
    assert f'hx-get="{url}?from=30"' in html and "?all=1#claim-list" in html
    chunk = client.get(url, {"from": 30}, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in chunk and chunk.count('class="claim-card') == 30 and "?from=60" in chunk
    last = client.get(url, {"from": 60}, headers={"HX-Request": "true"}).content.decode()
    assert last.count('class="claim-card') == 15 and "more-cards" not in last
    assert client.get(url, {"from": "x"}, headers={"HX-Request": "true"}).status_code == 400
    assert client.get(url, {"from": 30})["Location"].endswith("?all=1#claim-list")


def test_claim_page_queries_are_bounded(client, reviewer, django_assert_max_num_queries):
    client.force_login(reviewer)
    article = _article_with_claims(50)
    claim = Claim.objects.for_article(article).first()
    _queries(client, reverse("claims:claim", args=[claim.pk]), django_assert_max_num_queries, 21)


def test_speaker_page_queries_do_not_grow(client, reviewer, django_assert_max_num_queries):
    client.force_login(reviewer)
    _article_with_claims(20)
    speaker = Claim.objects.first().speaker
    n_small = _queries(
        client, reverse("claims:speaker", args=[speaker.pk]), django_assert_max_num_queries, 16
    )
    _article_with_claims(200)
    n_large = _queries(
        client, reverse("claims:speaker", args=[speaker.pk]), django_assert_max_num_queries, 16
    )
    assert n_small == n_large


def test_queue_over_ten_thousand_claims_takes_the_same_queries(client, chief, django_assert_max_num_queries):
    client.force_login(chief)
    small = _article_with_claims(20)
    n_small = _queries(client, reverse("claims:claims"), django_assert_max_num_queries, 16)
    article = make_article("Eén zin die telt: 3 procent.")
    speakers = [make_speaker(f"Bron {i}") for i in range(20)]
    Claim.objects.bulk_create(
        Claim(article=article, text="3 procent", start=17, end=26, kind="indirect", speaker=speakers[i % 20])
        for i in range(10_000)
    )
    assert Claim.objects.count() == 10_020 and small.claims.count() == 20
    n_large = _queries(client, reverse("claims:claims"), django_assert_max_num_queries, 16)
    n_filtered = _queries(
        client, reverse("claims:claims") + "?q=procent&sort=newest", django_assert_max_num_queries, 16
    )
    assert n_small == n_large == n_filtered
