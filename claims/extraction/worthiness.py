"""Checkworthiness: how much a claim gives a fact-checker to check, from 0 to 1.

A transparent additive score, so reviewers can see why one claim ranks above another:

- starts at 0.35;
- numbers +0.2 (and +0.05 more for percentages, money or units), years and dates +0.1,
  named entities (capitalised words after the first) +0.1, comparisons and quantities
  ("meer dan", "hoogste", "record", "more than", "doubled") +0.1, a direct or indirect quote
  attributed to a named speaker +0.05;
- questions -0.3, opinion and hedging words ("vind", "denk", "helaas", "I think", "maybe")
  -0.15, promises and plans ("zal", "gaan", "will", "promised") -0.1, very short claims
  (fewer than 5 words) -0.1;
- clamped to [0, 1] and rounded to two decimals.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon

_NUMBER = re.compile(r"\d")
_UNIT_WORDS = frozenset({"procent", "percent", "miljoen", "miljard", "million", "billion"})
_UNIT_SIGNS = "%€$£"
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# possessive quantifiers: the same words as r"\w+(?:[-'’]\w+)*" (nothing follows that could take
# characters back), without the regex engine keeping backtracking points
_WORD = re.compile(r"\w++(?:[-'’]\w++)*+")


def checkworthiness(text: str, lex: Lexicon, *, attributed: bool = False) -> float:
    """Score ``text`` (one claim) from 0 to 1; see the module docstring for the terms."""
    sample = text[:2000]
    words = _WORD.findall(sample)
    lowers = set(map(str.lower, words))
    score = 0.35
    number = _NUMBER.search(sample)
    if number:
        score += 0.2
        if not lowers.isdisjoint(_UNIT_WORDS) or any(c in sample for c in _UNIT_SIGNS):
            score += 0.05
    # a year needs a digit, so the year pattern only runs on the few claims with one
    if (
        (number and _YEAR.search(sample))
        or not lowers.isdisjoint(lex.months)
        or not lowers.isdisjoint(lex.days)
    ):
        score += 0.1
    function_words = lex.function_words
    for w in words[1:]:
        if w[:1].isupper() and w.lower() not in function_words:
            score += 0.1
            break
    # "-ste"/"-est" at the end of a word: each word in ``joined`` is followed by a space
    joined = " ".join(lowers) + " "
    if not lowers.isdisjoint(lex.comparative_words) or "ste " in joined or "est " in joined:
        score += 0.1
    if attributed:
        score += 0.05
    if sample.rstrip(' ”’"»').endswith("?"):
        score -= 0.3
    if not lowers.isdisjoint(lex.opinion_words):
        score -= 0.15
    if not lowers.isdisjoint(lex.future_words):
        score -= 0.1
    if len(words) < 5:
        score -= 0.1
    return round(min(1.0, max(0.0, score)), 2)
