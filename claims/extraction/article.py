"""The article driver: paragraphs and sentences in order, rules per sentence, then the passes
that need context beyond one sentence (backward attribution, quote headings, quotes whose
speaker is only named after them, the author's own statements).
"""

from __future__ import annotations

from . import lexicon
from .attribution import Draft, SentenceRules
from .reported import according, backward, verb_claim
from .sentences import paragraphs
from .speakers import SpeakerTracker
from .text import TRAILING_PUNCT, tokenize

HEADING_MAX_WORDS = 15
MIN_STATEMENT_WORDS = 5


def analyse(text: str, lang: str) -> tuple[list[Draft], SpeakerTracker]:
    """Drafts (claims with tracker entities) for ``text`` in text order."""
    lex = lexicon.get(lang)
    tracker = SpeakerTracker(lex)
    rules = SentenceRules(text, lex, tracker)
    drafts: list[Draft] = []
    pending_statement: Draft | None = None  # the previous sentence, if it was the author's
    prev_sentence_drafts: list[Draft] = []
    sent_i = 0
    for para in paragraphs(text):
        heading = _is_heading(text, para)
        for sent in para.sentences:
            sent_i += 1
            quotes = [q for q in para.quotes if sent.start <= q.open < sent.end]
            toks = tokenize(text, sent.start, sent.end, quotes)
            if not toks:
                continue
            tracker.scan(toks, text)
            if heading:
                if quotes and _covers(text, quotes[0], sent.start, sent.end):
                    q = quotes[0]
                    d = Draft(
                        q.inner_start, q.inner_end, "direct", tracker.focus, None, None, "quote.heading", 0.5
                    )
                    d.sentence, d.pending = sent_i, "heading"
                    drafts.append(d)
                pending_statement, prev_sentence_drafts = None, []
                continue
            standalone = rules.standalone(toks, sent.start, quotes)
            new: list[Draft] = []
            if standalone:
                new = rules.quote_claims(toks, sent.start, sent_i, standalone)
            else:
                back = backward(rules, toks)
                if back is not None:
                    tracker.set_focus(back.entity)
                    if pending_statement is not None:
                        d = pending_statement
                        d.kind, d.entity, d.mention, d.cue = "indirect", back.entity, back.mention, back.cue
                        d.rule, d.confidence = "reported.backward", back.confidence
                    for d in prev_sentence_drafts:
                        if (
                            d.kind == "direct" and d.rule in ("quote.continuation", "quote.colon")
                        ) or d.pending:
                            d.entity, d.mention, d.cue, d.pending = back.entity, back.mention, back.cue, ""
                            d.rule, d.confidence = "quote.backward", back.confidence
                    pending_statement, prev_sentence_drafts = None, []
                    continue
                d = according(rules, toks, sent.start, sent.end, sent_i) or verb_claim(
                    rules, toks, sent.start, sent.end, sent_i
                )
                if d is not None:
                    new = [d]
                elif _is_statement(text, toks, sent.start, sent.end, lex):
                    lo, hi = sent.start, sent.end
                    new = [Draft(lo, hi, "unattributed", None, None, None, "author.statement", 0.6, sent_i)]
            drafts.extend(new)
            pending_statement = new[0] if len(new) == 1 and new[0].kind == "unattributed" else None
            prev_sentence_drafts = new
    _settle_pending(drafts)
    return drafts, tracker


def _settle_pending(drafts: list[Draft]) -> None:
    """Headings take the first speaker after them; unresolved quotes the next speaker named."""
    for n, d in enumerate(drafts):
        if not d.pending:
            continue
        window = 8 if d.pending == "heading" else 2
        nxt = next(
            (x for x in drafts[n + 1 :] if x.entity is not None and x.sentence - d.sentence <= window), None
        )
        if nxt is not None:
            d.entity, d.mention = nxt.entity, None
        d.pending = ""


def _covers(text: str, q, lo: int, hi: int) -> bool:
    return not text[lo : q.open].strip() and not text[q.end : hi].strip(TRAILING_PUNCT)


def _is_heading(text: str, para) -> bool:
    if len(para.sentences) != 1:
        return False
    body = text[para.start : para.end]
    if len(body.split()) > HEADING_MAX_WORDS:
        return False
    # a heading has no closing punctuation: "‘We hebben geen haast’"
    return body.rstrip('”’"»›)')[-1:] not in ".!?…:"


def _is_statement(text: str, toks, lo: int, hi: int, lex) -> bool:
    """The author's own declarative sentence, long enough to carry a checkable statement."""
    words = [t for t in toks if t.word]
    if len(words) < MIN_STATEMENT_WORDS:
        return False
    return not text[lo:hi].rstrip('”’"»›) ').endswith("?")
