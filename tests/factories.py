"""Plain helpers that make rows for tests; each takes overrides as keyword arguments."""

import itertools

from claims import ingest
from claims.models import Article, Claim, Speaker

_counter = itertools.count(1)

SAMPLE_BODY = (
    "Minister Jan de Vries zei dinsdag dat de begroting 3 procent groeit. "
    "“We houden de uitgaven in de hand”, zei De Vries. "
    "Het kabinet presenteert de plannen op 17 september in Den Haag."
)


def make_article(body: str = SAMPLE_BODY, **fields) -> Article:
    """An article stored directly, without extraction: claims are added with make_claim."""
    n = next(_counter)
    # Each call stands for a different article, even with the same body.
    digest = ingest.content_hash(f"{body} #{n}")
    defaults = dict(title=f"Article {n}", lang="nl", content_hash=digest, extractor_version="test")
    return Article.objects.create(body=body, **{**defaults, **fields})


def make_speaker(name: str = "Jan de Vries", **fields) -> Speaker:
    return Speaker.objects.create(name=name, **fields)


def make_claim(
    article: Article | None = None, text: str = "de begroting 3 procent groeit", **fields
) -> Claim:
    article = article or make_article()
    start = article.body.find(text)
    if start < 0:
        start = 0
        text = article.body[: len(text)]
    defaults = dict(start=start, end=start + len(text), kind=Claim.Kind.INDIRECT, cue="zei", rule="test")
    return Claim.objects.create(article=article, text=text, **{**defaults, **fields})


def import_text(text: str, actor=None, **kwargs) -> Article:
    """An article imported the real way: validated, extracted and audited."""
    return ingest.import_article(text, actor=actor, **kwargs)
