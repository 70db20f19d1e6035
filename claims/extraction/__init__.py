"""Claim extraction for Dutch and English news: pure Python, no Django.

>>> from claims.extraction import extract
>>> [(c.kind, c.speaker, c.cue) for c in extract("“Dat konden we niet doen”, zei Trump.", "nl")]
[('direct', 'Trump', 'zei')]

See ``attribution`` and ``reported`` for the rules, ``speakers`` for aliases and pronouns,
``worthiness`` for the checkworthiness score and ``__main__`` for the command line.
"""

from __future__ import annotations

from operator import attrgetter

from . import lexicon
from .article import analyse
from .text import normalize_quotes, split_header
from .types import ExtractedClaim, Extraction, SpeakerInfo
from .worthiness import checkworthiness

__all__ = [
    "ENGINE_VERSION",
    "ExtractedClaim",
    "Extraction",
    "SpeakerInfo",
    "detect_language",
    "extract",
    "extract_article",
    "split_header",
]

ENGINE_VERSION = "rules-1.27"
LANGS = ("nl", "en")
_DETECT_SAMPLE = 20_000


def detect_language(text: str) -> str:
    """ "nl" or "en" for a whole article, by counting common function words (Dutch on a tie)."""
    if not isinstance(text, str):
        raise ValueError(f"text must be a str, not {type(text).__name__}")
    words = text[:_DETECT_SAMPLE].lower().split()
    nl = sum(1 for w in words if w in lexicon.nl.STOPWORDS)
    en = sum(1 for w in words if w in lexicon.en.STOPWORDS)
    return "en" if en > nl else "nl"


def extract(text: str, lang: str | None = None) -> list[ExtractedClaim]:
    """Claims in ``text`` in text order; ``lang`` None detects Dutch or English."""
    return list(extract_article(text, lang).claims)


def extract_article(text: str, lang: str | None = None) -> Extraction:
    """Claims plus the speakers they are attributed to (canonical names, roles, aliases)."""
    if not isinstance(text, str):
        raise ValueError(f"text must be a str, not {type(text).__name__}")
    if lang is not None and lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}: expected one of {LANGS} or None")
    if not text.strip():
        return Extraction(lang or "nl", (), ())
    lang = lang or detect_language(text)
    lex = lexicon.get(lang)
    drafts, tracker = analyse(normalize_quotes(text), lang)
    claims = []
    used: set[int] = set()
    names: dict[int, str] = {}  # the entities are final now: one canonical name each, not one per claim
    for d in sorted(drafts, key=attrgetter("start", "end")):
        if d.end <= d.start:
            continue
        ent = d.entity
        if ent is not None:
            used.add(id(ent))
            name = names.get(id(ent))
            if name is None:
                name = names[id(ent)] = tracker.shown(ent)
        conf = d.confidence
        if ent is not None and ent.kind == "unknown":
            conf *= 0.85
        claim_text = text[d.start : d.end]
        claims.append(
            ExtractedClaim(
                text=claim_text,
                start=d.start,
                end=d.end,
                kind=d.kind,
                speaker=name if ent is not None else None,
                mention=d.mention if d.kind != "unattributed" else None,
                cue=d.cue,
                rule=d.rule,
                confidence=round(min(1.0, max(0.0, conf)), 2),
                checkworthiness=checkworthiness(claim_text, lex, attributed=ent is not None),
            )
        )
    return Extraction(lang, tuple(claims), tracker.infos(used))
