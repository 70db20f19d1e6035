"""One long article must not take the server down: its page loads the body once, not once per claim,
and a verdict on one of its claims reads that claim's neighbourhood, not every claim. (Time and
memory at 4,000 and 40,000 claims are measured in `make bench`, not here.)"""

from contextlib import contextmanager

import pytest
from django.db.models.signals import post_init
from django.urls import reverse

from claims.models import Article, Claim
from claims.views.articles import highlight_segments, segment_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

N = 80


@pytest.fixture
def long_article():
    quote = "“Het kan niet”, zei Jan. "
    article = make_article(body=quote * N)
    Claim.objects.bulk_create(
        Claim(
            article=article,
            text="Het kan niet",
            start=i * len(quote) + 1,
            end=i * len(quote) + 13,
            kind=Claim.Kind.DIRECT,
            rule="test",
        )
        for i in range(N)
    )
    return article


@contextmanager
def _instances():
    """How many Article and Claim objects are made while the block runs."""
    made = {Article: 0, Claim: 0}

    def count(sender, **kwargs):
        made[sender] += 1

    for model in made:
        post_init.connect(count, sender=model)
    try:
        yield made
    finally:
        for model in made:
            post_init.disconnect(count, sender=model)


def test_the_article_page_loads_the_body_once(client, reviewer, long_article):
    client.force_login(reviewer)
    with _instances() as made:
        response = client.get(long_article.get_absolute_url())
    assert response.status_code == 200
    assert response.content.decode().count('id="mark-') == N
    assert made[Article] <= 2  # the article (and nothing per claim)
    assert made[Claim] == N


def test_an_htmx_verdict_does_not_read_every_claim_of_the_article(client, reviewer, long_article):
    claim = Claim.objects.for_article(long_article).in_text_order()[N // 2]
    client.force_login(reviewer)
    data = {
        f"c{claim.pk}-status": "unverifiable",
        f"c{claim.pk}-rationale": "No source.",
        f"c{claim.pk}-version": 1,
    }
    with _instances() as made:
        response = client.post(
            reverse("claims:claim_verdict", args=[claim.pk]), data, headers={"HX-Request": "true"}
        )
    assert response.status_code == 200
    assert f'id="mark-{claim.pk}"' in response.content.decode()
    assert made[Claim] < 10
    assert made[Article] <= 3


def test_the_dashboard_loads_no_article_body(client, reviewer, long_article):
    client.force_login(reviewer)
    client.get(long_article.get_absolute_url())  # an audit event or two is not needed: the list is
    articles = []

    def keep(sender, instance, **kwargs):
        articles.append(instance)

    post_init.connect(keep, sender=Article)
    try:
        response = client.get(reverse("claims:dashboard"))
        assert response.status_code == 200
        html = response.content.decode()
    finally:
        post_init.disconnect(keep, sender=Article)
    assert long_article.title in html
    assert articles and all("body" in a.get_deferred_fields() for a in articles)


@pytest.mark.parametrize(
    "spans",
    [
        [(0, 10), (5, 15), (20, 30)],  # overlap: the second is clipped
        [(0, 30), (5, 10), (12, 40)],  # one inside another: no highlight of its own
        [(3, 8), (3, 12), (3, 8)],  # same start: the longer first, then by id
        [(0, 5), (5, 9), (40, 60)],  # touching, and one running past the end
    ],
)
def test_one_claims_segment_is_the_one_the_whole_page_shows(spans):
    body = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ"
    article = make_article(body=body)
    claims = [
        Claim.objects.create(article=article, text="x", start=s, end=e, kind="direct", rule="t")
        for s, e in spans
    ]
    whole = {seg.claim.pk: seg.text for seg in highlight_segments(body, claims) if seg.claim}
    for claim in claims:
        one = segment_of(claim, body)
        assert (one.text if one else None) == whole.get(claim.pk)
