"""Paragraphs and sentences with character offsets.

Paragraphs are split on line breaks first, so a heading stays a paragraph of its own. Sentences
are split by a small hand-written splitter rather than syntok: it keeps absolute offsets, never
splits inside a quote (a closing mark stays with its sentence: ``“… gebeurt.”``), and is linear.
Measured on 1 MB of Dutch news text (the seed repeated) it ran at about 7.5 MB/s where syntok's
segmenter ran at about 0.2 MB/s; both give the same 24 sentences on the seed article. syntok
also needs its tokens stitched back together to recover offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .text import CLOSERS, Quote, find_quotes


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


_LINE = re.compile(r"[^\n]+")
# a sentence end before white space, or glued to the next sentence in scraped text ("dook de
# dienstauto in.Volgens advocaat …"): a word of small letters, the stop, then a capitalised word
_CLOSE = "[" + re.escape(CLOSERS) + "]*"
_END = re.compile(rf"[.!?…]+{_CLOSE}(?=\s|[A-Z][a-z])")
_ABBREVIATIONS = _words("""
    dhr mevr mr mrs ms dr drs ir ing prof jl bijv bv o.a ca nr no vs st jr sr etc e.g i.e u.s u.k
    gen lt col sgt rep sen gov jan feb aug sep sept okt oct nov dec
    """)
# Company forms and US state abbreviations: abbreviations only when written with a capital
# ("Reebok International Ltd. Thursday reported", "CANTON, Mass. (AP) –"), so "critical mass." ends.
_CAPITAL_ABBREVIATIONS = _words("""
    det supt insp const coun capt cmdr adm maj cpl rev cllr ft mt ltd inc corp cos co bros plc ala ariz
    ark calif colo conn fla ga ill
    ind kan ky md mass mich minn mo mont neb nev okla ore pa tenn tex wash wis wyo
    """)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    quotes: tuple[Quote, ...]
    sentences: tuple[Sentence, ...]


def paragraphs(text: str) -> list[Paragraph]:
    """Split ``text`` into paragraphs (one per non-blank line) and their sentences."""
    return list(iter_paragraphs(text))


def iter_paragraphs(text: str) -> Iterator[Paragraph]:
    """``paragraphs`` one at a time: the article driver needs only the current one, and not
    holding them all leaves the garbage collector fewer long-lived objects to traverse."""
    for m in _LINE.finditer(text):
        lo, hi = m.start(), m.end()
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo == hi:
            continue
        quotes = find_quotes(text, lo, hi)
        yield Paragraph(lo, hi, tuple(quotes), tuple(split_sentences(text, lo, hi, quotes)))


def split_sentences(text: str, start: int, end: int, quotes: list[Quote] = ()) -> list[Sentence]:
    """Sentences of ``text[start:end]``; never splits inside a top-level quote."""
    bounds = []
    qi = 0
    nq = len(quotes)
    q_ends = [q.end for q in quotes]  # Quote.end is a property: computed once, not per match
    for m in _END.finditer(text, start, end):
        ms, b = m.span()
        while qi < nq and q_ends[qi] <= ms:
            qi += 1
        # inside a quote unless the match runs through the quote's closing mark
        if qi < nq and quotes[qi].open < ms and q_ends[qi] > b:
            continue
        nxt = b
        # glued to the next sentence: only after a word of small letters ("in.Volgens"), never
        # after capitals ("U.S.Army")
        glued = nxt < end and not text[nxt].isspace()
        if glued and (ms - 2 < start or not (text[ms - 1].islower() and text[ms - 2].islower())):
            continue
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            continue
        c = text[nxt]
        if not (c.isupper() or c.isdigit() or c in "“„«\"‘'([—–-"):
            continue
        if text[ms] == "." and b - ms == 1 and _abbreviation(text, start, ms):
            continue
        if (
            text[ms - 4 : ms + 1].lower() in (" a.m.", " p.m.")
            and text[nxt : nxt + 12].split(" ", 1)[0].strip(",.").lower() in _WEEKDAYS
        ):
            continue  # "By about 3:40 p.m. Tuesday, the fire …"
        bounds.append((b, nxt))
    out = []
    lo = start
    for b, nxt in bounds:
        out.append(Sentence(lo, b))
        lo = nxt
    out.append(Sentence(lo, end))
    return out


_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"]
)
_ABBREVIATION_MAX = max(len(w) for w in _ABBREVIATIONS)


def _abbreviation(text: str, lo: int, dot: int) -> bool:
    # Called at almost every sentence end, so the scan stops as soon as the word before the dot
    # is longer than any abbreviation (and than one initial): such a word is neither.
    i = dot
    lo = max(lo, dot - _ABBREVIATION_MAX - 1)
    while i > lo and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    if dot - i > _ABBREVIATION_MAX:
        return False
    word = text[i:dot]
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    lower = word.lower()
    return lower in _ABBREVIATIONS or (word[:1].isupper() and lower in _CAPITAL_ABBREVIATIONS)
