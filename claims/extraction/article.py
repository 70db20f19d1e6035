"""The article driver: paragraphs and sentences in order, rules per sentence, then the passes
that need context beyond one sentence (backward attribution, quote headings, quotes whose
speaker is only named after them, the author's own statements).
"""

from __future__ import annotations

import re

from . import lexicon
from .attribution import Draft, SentenceRules
from .phrases import fold, next_sentence, parse_cache
from .reported import according, backward, verb_claims, wrapped
from .sentences import iter_paragraphs
from .speakers import SpeakerTracker
from .text import TRAILING_PUNCT, tokenize

HEADING_MAX_WORDS = 15
MIN_STATEMENT_WORDS = 4
PREFIX_MIN_WORDS = 4
REACTION_MAX_WORDS = 12
_SIGNED_QUOTE = re.compile(r"[”\"’'»]\s*[―—–-]\s*[A-Z]")
# a paragraph opening with a quote that closes before a comma and more words: the cue after it
_OPENING_MARKS = "\"“„‘'«"
_CUED_QUOTE = re.compile(r"[,!?][\"”’'»]\s+\w|[\"”’'»]\s*,\s+\w")


def analyse(text: str, lang: str) -> tuple[list[Draft], SpeakerTracker]:
    """Drafts (claims with tracker entities) for ``text`` in text order."""
    with parse_cache():
        return _analyse(text, lang)


def _lowercase(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` has a lower-case letter."""
    return any(c.islower() for c in text[lo:hi])


def _analyse(text: str, lang: str) -> tuple[list[Draft], SpeakerTracker]:
    lex = lexicon.get(lang)
    tracker = SpeakerTracker(lex)
    rules = SentenceRules(text, lex, tracker)
    drafts: list[Draft] = []
    pending_statement: Draft | None = None  # the previous sentence, if it was the author's
    plain: Draft | None = None  # the previous sentence, declarative but with nothing to check
    prev_sentence_drafts: list[Draft] = []
    sent_i = 0
    para_from, prev_para, heading = 0, [], True
    for para in iter_paragraphs(text):
        # the previous paragraph's claims, when it was no heading: "Dat maakte de bank bekend."
        # opening a paragraph points back at all of them
        prev_para, para_from = ([] if heading else drafts[para_from:]), len(drafts)
        heading = _is_heading(text, para)
        pq, qi = para.quotes, 0  # quotes and sentences are both in text order: one pass over each
        for sent_n, sent in enumerate(para.sentences):
            sent_i += 1
            tracker.sentence = sent_i
            while qi < len(pq) and pq[qi].open < sent.start:
                qi += 1
            qj = qi
            while qj < len(pq) and pq[qj].open < sent.end:
                qj += 1
            quotes = list(pq[qi:qj])
            next_sentence()
            toks = tokenize(text, sent.start, sent.end, quotes)
            if not toks:
                continue
            rules.toks = toks
            if not heading or _lowercase(text, sent.start, sent.end):
                # a heading in capitals ("TROOPERS SAY THE DRIVER WAS …") names nobody
                tracker.scan(toks, text)
            if heading:
                q = _heading_quote(text, quotes, sent.start, sent.end)
                if q is not None:
                    d = Draft(
                        q.inner_start, q.inner_end, "direct", tracker.focus, None, None, "quote.heading", 0.5
                    )
                    d.sentence, d.pending = sent_i, "heading"
                    qi = next((m for m, t in enumerate(toks) if t.start >= q.open), len(toks))
                    # only a bare name before the colon: "Theater aan Twater ziet … geschrapt: “…”" is
                    # a sentence about someone, not who speaks
                    named = rules.attribution_in(toks, 0, qi, 0, before_quote=True) if 1 < qi <= 5 else None
                    if (
                        named is not None
                        and named[0] is not None
                        # "VRT-top: “…”" describes a group: the body says who
                        # (a name's particle is no description: "Pieter de Boer: “…”")
                        and not any(
                            w.rpartition("-")[2].islower() and w not in lex.name_particles
                            for w in (named[1] or "").split()
                        )
                    ):
                        # "Simmons: “Ik heb het niet racistisch bedoeld”": the name before the colon
                        d.entity, d.mention, d.pending, d.confidence = named[0], named[1], "", 0.8
                    drafts.append(d)
                pending_statement, prev_sentence_drafts, plain = None, [], None
                continue
            standalone = rules.standalone(toks, sent.start, quotes) if quotes else []
            new: list[Draft] = []
            if standalone:
                new = _before_quote(rules, toks, sent, sent_i, standalone[0])
                quoted = rules.quote_claims(toks, sent.start, sent_i, standalone)
                if (
                    new
                    and quoted[0].rule in ("quote.continuation", "quote.colon")
                    and quoted[0].entity is new[-1].entity
                ):
                    q, d = quoted[0], new[-1]
                    q.rule, q.cue, q.mention, q.confidence = "quote.cue_before", d.cue, d.mention, 0.85
                # a quoted question is asked, not claimed ("„Zag u dat de auto werd bekogeld?”")
                new += [d for d in quoted if not _question(text, d.start, d.end)]
                new += _after_quotes(rules, toks, sent, sent_i, standalone[-1])
            else:
                back = backward(rules, toks)
                if back is not None:
                    tracker.set_focus(back.entity)
                    if pending_statement is None and plain is not None:
                        # attributed content is a claim even when the author's version would not be
                        pending_statement = plain
                        drafts.append(plain)
                    if pending_statement is not None:
                        d = pending_statement
                        d.kind, d.entity, d.mention, d.cue = "indirect", back.entity, back.mention, back.cue
                        d.rule, d.confidence = "reported.backward", back.confidence
                        if (
                            sent_n == 0
                            and d in prev_para
                            and all(x.rule == "author.statement" or x is d for x in prev_para)
                        ):
                            # "ING gaat 7000 banen schrappen. Het gaat om … ¶ Dat maakte de bank
                            # bekend.": the whole paragraph before
                            for x in prev_para:
                                if x is not d:
                                    x.kind, x.entity, x.mention, x.cue = (
                                        "indirect",
                                        back.entity,
                                        back.mention,
                                        back.cue,
                                    )
                                    x.rule, x.confidence = "reported.backward", back.confidence * 0.9
                    for d in prev_sentence_drafts:
                        if (
                            d.kind == "direct" and d.rule in ("quote.continuation", "quote.colon")
                        ) or d.pending:
                            d.entity, d.mention, d.cue, d.pending = back.entity, back.mention, back.cue, ""
                            d.rule, d.confidence = "quote.backward", back.confidence
                    pending_statement, prev_sentence_drafts, plain = None, [], None
                    continue
                d = according(rules, toks, sent.start, sent.end, sent_i)
                if d is None:
                    found = verb_claims(rules, toks, sent.start, sent.end, sent_i)
                else:
                    found = [d, *_second_source(rules, toks, d, sent.start, sent.end, sent_i)]
                if not found:
                    d = wrapped(rules, toks, sent.start, sent.end, sent_i)  # "Wat hem betreft …"
                    found = [d] if d is not None else []
                if found:
                    new = _author_prefix(rules, toks, sent, sent_i, found[0]) + found
                elif _continues(toks, lex, prev_sentence_drafts, para_start=para.start):
                    # "De leefbaarheid zou hierdoor in het gedrang komen.": the reportative "zou"
                    # carries on the previous sentence's reported speech
                    prev = prev_sentence_drafts[-1]
                    lo, hi = rules.span(sent.start, sent.end)
                    new = [
                        Draft(
                            lo,
                            hi,
                            "indirect",
                            prev.entity,
                            prev.mention,
                            None,
                            "reported.continuation",
                            0.6,
                            sent_i,
                        )
                    ]
                else:
                    lo, hi = sent.start, sent.end
                    d = Draft(lo, hi, "unattributed", None, None, None, "author.statement", 0.6, sent_i)
                    declarative = _is_declarative(text, toks, lo, hi)
                    if declarative and _has_checkable(toks, lex):
                        new = [d]
                    elif declarative:
                        plain = d
                        drafts.extend(new)
                        pending_statement, prev_sentence_drafts = None, []
                        continue
            plain = None
            drafts.extend(new)
            pending_statement = new[0] if len(new) == 1 and new[0].kind == "unattributed" else None
            prev_sentence_drafts = new
    _settle_pending(drafts, text)
    _name_descriptions(drafts, tracker)
    _name_by_role(drafts, tracker)
    if lang == "nl":
        _place_bodies(drafts, text, lex)
    return drafts, tracker


DESCRIPTION_WINDOW = 2  # sentences within which a description's speaker is named


def _name_descriptions(drafts: list[Draft], tracker: SpeakerTracker) -> None:
    """A speaker first met as a description of a person and named in the next claims ("The chief
    executive of Tesco has said inflation is slowing. … Ken Murphy said …"): the name, when the
    description's role does not rule it out."""
    first: dict[int, int] = {}
    for n, d in enumerate(drafts):
        if d.entity is not None:
            first.setdefault(id(d.entity), n)
    renamed: dict[int, object] = {}
    for n, d in enumerate(drafts):
        ent = d.entity
        if ent is None:
            continue
        if id(ent) in renamed:
            d.entity = renamed[id(ent)]
            continue
        if first[id(ent)] != n or not tracker.described_only(ent):
            continue
        for x in drafts[n + 1 :]:
            if x.sentence - d.sentence > DESCRIPTION_WINDOW:
                break
            named = x.entity
            if named is None or named is ent:
                continue
            if first[id(named)] > n and tracker.may_name(ent, named):
                renamed[id(ent)] = named
                d.entity = named
                tracker.name_description(ent, named)
            break


def _name_by_role(drafts: list[Draft], tracker: SpeakerTracker) -> None:
    """A description of a person that no name follows closely ("de minister", "the mayor") is the
    one person the article names anywhere with that role ("minister Demir"), when there is one."""
    named: dict[int, object] = {}
    for d in drafts:
        ent = d.entity
        if ent is None:
            continue
        if id(ent) not in named:
            named[id(ent)] = tracker.one_named_as(ent) if tracker.described_only(ent) else None
            if named[id(ent)] is not None:
                tracker.name_description(ent, named[id(ent)])
        if named[id(ent)] is not None:
            d.entity = named[id(ent)]


# the provinces of the Netherlands and Flanders, for "de provincie" in an article set in one
_PROVINCES = frozenset(
    [
        "Groningen",
        "Friesland",
        "Fryslân",
        "Drenthe",
        "Overijssel",
        "Flevoland",
        "Gelderland",
        "Utrecht",
        "Noord-Holland",
        "Zuid-Holland",
        "Zeeland",
        "Noord-Brabant",
        "Brabant",
        "Limburg",
        "Antwerpen",
        "Oost-Vlaanderen",
        "West-Vlaanderen",
        "Vlaams-Brabant",
    ]
)
_PROVINCE_WORD = re.compile(r"\b(" + "|".join(sorted(_PROVINCES, key=len, reverse=True)) + r")\b")
_IN_PLACE = re.compile(r"\b[Ii]n ([A-Z][\w'’-]+(?: (?:aan|op|in|de|den|der|[A-Z][\w'’-]+))*)")
_MUNICIPALITY = re.compile(
    r"\b[Gg]emeente ((?:[A-Z][\w'’-]+)(?: (?:aan|op|in|de|den|der|van|[A-Z][\w'’-]+))*)"
)


def _place_bodies(drafts: list[Draft], text: str, lex) -> None:
    """ "de gemeente", "de provincie" that the article never names with them: the one municipality
    ("gemeente Zandvoort") or province ("provincie Zuid-Holland") the article names elsewhere."""
    for ent in {id(d.entity): d.entity for d in drafts if d.entity is not None}.values():
        if ent.kind != "organisation" or ent.name not in ("gemeente", "provincie"):
            continue
        if ent.name == "gemeente":
            places = {m.group(1).rstrip("'’-") for m in _MUNICIPALITY.finditer(text)}
            if not places:
                # "in Zandvoort": the one place the article is set in
                places = {
                    m.group(1)
                    for m in _IN_PLACE.finditer(text)
                    if m.group(1) not in _PROVINCES
                    and fold(m.group(1)) not in lex.countries
                    and lex.upos.get(m.group(1).lower()) is None
                }
        else:
            # "Brabant" is what the Dutch call Noord-Brabant
            places = {"Noord-Brabant" if p == "Brabant" else p for p in _PROVINCE_WORD.findall(text)}
        if len(places) == 1:
            ent.names.append(f"{ent.name} {places.pop()}")


_RELATIVE_OPENERS = frozenset(["die", "dat", "wat", "waar", "who", "which", "that", "where"])


def _second_source(rules, toks, d: Draft, sent_lo: int, sent_hi: int, sent_i: int) -> list[Draft]:
    """ "Volgens FC Eindhoven klonken er spreekkoren, Excelsior meende dat …": a source's clause that
    runs to the end of the sentence stops at a comma after which someone else is reported."""
    if not d.cue or d.cue not in rules.text[sent_lo : d.start].lower():
        # "…, aldus Elbers": the claim before its source is all of it, but for a relative clause
        # after the source that reports more ("…, aldus Van der Burg, die benadrukt dat …")
        first = next((m for m, t in enumerate(toks) if t.start >= d.end), len(toks))
        return [
            x
            for x in verb_claims(rules, toks, sent_lo, sent_hi, sent_i, first)
            if x.rule in ("reported.that", "reported.dat") and x.start >= d.end
        ]
    for c, t in enumerate(toks[:-1]):
        if t.start < d.start or t.text != "," or t.quoted:
            continue
        if t.start >= d.end:
            break
        if toks[c + 1].lower in _RELATIVE_OPENERS:
            continue  # "…, die het kabinet verwijt …": about someone, no new source
        more = verb_claims(rules, toks, sent_lo, sent_hi, sent_i, first=c + 1)
        if more and more[0].source_start >= t.end:
            d.start, d.end = rules.span(d.start, t.start)
            return more
    return []


def _author_prefix(rules, toks, sent, sent_i, first) -> list[Draft]:
    """The author's own clause before a reported one: "Temporary reporting restrictions were
    imposed after defence lawyers claimed …" is a fact of the author's and a claim of the lawyers'."""
    if first.source_start <= sent.start:
        return []
    head = [t for t in toks if t.end <= first.source_start]
    while head and (
        not head[-1].word or head[-1].lower in _LINKS or rules.lex.upos.get(head[-1].lower) == "SCONJ"
    ):
        head.pop()
    if sum(1 for t in head if t.word) < PREFIX_MIN_WORDS or any(t.quoted for t in head):
        return []
    if head[-1].lower in rules.lex.auxiliaries:
        return []  # "In een brief heeft [de school gemeld dat …]": the subject is inverted, no clause
    lex = rules.lex
    if (
        lex.lang == "en"
        and len(head) <= 8
        and not any(
            t.lower in lex.auxiliaries or lex.upos.get(t.lower) in ("VERB", "AUX") or t.lower.endswith("ed")
            for t in head
        )
    ):
        return []  # "At the party meeting [Mr Varadkar said …]": a fronted phrase, no clause of its own
    lo, hi = rules.span(sent.start, head[-1].end)
    return [Draft(lo, hi, "unattributed", None, None, None, "author.statement", 0.5, sent_i)]


_LINKS = frozenset(
    [
        "and",
        "but",
        "en",
        "maar",
        "after",
        "before",
        "because",
        "when",
        "while",
        "nadat",
        "omdat",
        "toen",
        "terwijl",
    ]
)


def _continues(toks, lex, prev_drafts, para_start: int) -> bool:
    """Whether a sentence without a cue goes on with the reported speech just before it, in the
    same paragraph: it has a reportative verb ("zou", "zouden") or quotes the speaker's words."""
    if not prev_drafts or not lex.reportative:
        return False
    prev = prev_drafts[-1]
    if prev.kind != "indirect" or prev.entity is None or prev.start < para_start:
        return False
    # "De minister zit daarmee zelf ,,in de gevarenzone''.": a phrase quoted from the speaker
    return any(
        (t.lower in lex.reportative and not t.quoted) or (t.quoted and len(t.text.split()) >= 3) for t in toks
    )


def _after_quotes(rules, toks, sent, sent_i, last_quote) -> list[Draft]:
    """Reported speech after a sentence's last quote and its cue: "…,” said Gerberding, who added
    that the CDC is examining new samples." Only clauses opened by "that"/"dat"."""
    first = next((m for m, t in enumerate(toks) if t.start >= last_quote.end), len(toks))
    if len(toks) - first < 6:
        return []
    return [
        d
        for d in verb_claims(rules, toks, sent.start, sent.end, sent_i, first)
        if d.rule in ("reported.that", "reported.dat")
    ]


def _before_quote(rules, toks, sent, sent_i, first_quote) -> list[Draft]:
    """ "De Jonge benadrukte dat de overheid te weinig heeft gedaan: “…”", "X said she would make
    enquiries, and told the judge, “…”": the reported clause before a quote that follows a colon or
    a comma is a claim too, and its speaker the quote's."""
    qi = next((m for m, t in enumerate(toks) if t.start >= first_quote.open), len(toks))
    if qi < 8 or toks[qi - 1].text not in ":," or toks[qi - 1].quoted:
        return []
    head = toks[: qi - 1]
    found = [
        d
        for d in verb_claims(rules, head, sent.start, toks[qi - 1].start, sent_i)
        # "he said he wished to send the public a message: “…”": English drops "that"
        if d.rule in ("reported.that", "reported.dat", "reported.said")
        # "Deputies should check on inmates, Grinstead said, “but it boils down to …”": the clause
        # before a cue that resumes as a quote
        or (
            d.rule == "reported.cue_after"
            and toks[qi - 1].text == ","
            and _short_cue_clause(rules, head, sent.start)
        )
    ]
    if not found:
        # "Volgens Karin Rentmeester worden de producten discreet meegegeven: “…”"
        d = according(rules, head, sent.start, toks[qi - 1].start, sent_i)
        found = [d] if d is not None and d.rule in ("reported.volgens", "reported.according") else []
    return found


def _short_cue_clause(rules, head, sent_lo: int) -> bool:
    """Whether ``head`` ends in a comma and a short cue clause ("…, Grinstead said"), not an
    apposition ("The cabinet member, Michael Waine, said") nor a long subject."""
    if not rules._said_before(rules.text, sent_lo, head[-1].end):
        return False
    comma = next((m for m in range(len(head) - 2, -1, -1) if head[m].text == ","), None)
    if comma is None or not 1 <= len(head) - 2 - comma <= 3:
        return False
    lex = rules.lex
    if lex.upos.get(head[comma + 1].lower) == "CCONJ":
        return False  # "X criticised the cuts, but warned, “…”": one subject, no cue clause
    first = head[0].lower
    opener = first in lex.function_words and not (
        first in lex.determiners or first in lex.possessives or first in lex.subject_pronouns
    )
    # "Asked if …, he said", "In a statement, the club said": a frame, not what was said; and
    # "Chairman of the committee, John Finn added": a description, no clause
    return (
        not opener
        and not first.endswith(("ing", "ed"))
        and lex.upos.get(first) not in ("ADP", "SCONJ", "ADV", "CCONJ")
        and any(t.lower in lex.auxiliaries or lex.upos.get(t.lower) in ("VERB", "AUX") for t in head[:comma])
    )


def _words_of(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 3}


def _settle_pending(drafts: list[Draft], text: str) -> None:
    """Headings take the speaker of the quote they repeat ('Volkshuisvesting in ere herstellen' …
    “We moeten de volkshuisvesting weer in ere herstellen”), else the first speaker after them;
    unresolved quotes the next speaker named."""
    for n, d in enumerate(drafts):
        if not d.pending:
            continue
        if d.pending == "heading":
            words = _words_of(text[d.start : d.end])
            source = next(
                (
                    x
                    for x in drafts[n + 1 :]
                    if x.entity is not None
                    and words
                    and len(words & _words_of(text[x.start : x.end])) * 2 >= len(words)
                ),
                None,
            )
            if source is not None:
                d.entity, d.mention, d.pending = source.entity, None, ""
                continue
        window = 8 if d.pending == "heading" else 2
        for m in range(n + 1, len(drafts)):
            x = drafts[m]
            if x.sentence - d.sentence > window:
                break
            if x.entity is not None:
                d.entity, d.mention = x.entity, None
                break
        if d.entity is None and d.fallback is not None:
            d.entity, d.rule = d.fallback, "quote.named_before"  # nobody spoke after it either
        d.pending = ""


def _covers(text: str, q, lo: int, hi: int) -> bool:
    return not text[lo : q.open].strip() and not text[q.end : hi].strip(TRAILING_PUNCT)


def _heading_quote(text: str, quotes, lo: int, hi: int):
    """The quote a heading consists of ("‘We hebben geen haast’"), opens with before a colon
    ("‘Bit rich’: Premier hits back") or ends with after one ("Bank of England holds rates: 'We are
    not there yet'")."""
    if not quotes:
        return None
    if _covers(text, quotes[0], lo, hi):
        return quotes[0]
    first = quotes[0]
    if (
        not text[lo : first.open].strip()
        and text[first.end : hi].lstrip().startswith(":")
        and not _question(text, first.inner_start, first.inner_end)
    ):
        return first  # "‘Bit rich’: Queensland Premier hits back …": the quote the heading opens with
    q = quotes[-1]
    if text[lo : q.open].rstrip().endswith(":") and not text[q.end : hi].strip(TRAILING_PUNCT):
        return q
    return None


_QUESTION_OPENERS = frozenset(
    [
        "how",
        "why",
        "what",
        "who",
        "whom",
        "which",
        "when",
        "where",
        "if",
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "can",
        "could",
        "should",
        "would",
        "will",
        "hoe",
        "waarom",
        "wat",
        "wie",
        "welke",
        "wanneer",
        "waar",
        "als",
        "heeft",
        "hebben",
        "is",
        "zijn",
        "kan",
        "kun",
        "kunnen",
        "moet",
        "moeten",
        "wil",
        "willen",
    ]
)


def _question(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is one sentence that asks: it ends in "?" and holds no other end."""
    body = text[lo:hi].rstrip(" \t\n\"'”’»")
    if not body.endswith("?") or any(ch in body[:-1] for ch in ".!?:"):
        return False
    # a long statement closed by "…, do you understand?" asks nothing; a question word or a verb
    # opening it ("How do we …", "Zijn de schepenen …") makes it a question whatever its length
    words = body.split()
    return len(words) <= 12 or words[0].lower().strip("„“\"'‘") in _QUESTION_OPENERS


def _is_heading(text: str, para) -> bool:
    if len(para.sentences) != 1:
        return False
    if para.start and not text[para.end :].strip():
        return False  # the last paragraph, cut off before its full stop: the body, no heading
    body = text[para.start : para.end]
    if len(body.split()) > HEADING_MAX_WORDS or _SIGNED_QUOTE.search(body):
        return False  # long, or a quote signed with a dash: "“…” ― Pamela Padilla"
    if body[:1] in _OPENING_MARKS and _CUED_QUOTE.search(body):
        return False  # '"Might decide not to come as often," said Fengler': a quote and its cue
    # a heading has no closing punctuation: "‘We hebben geen haast’". Closing quotes, brackets and
    # trailing symbols (an emoji, a ★ after the last full stop) do not count as its end.
    end = len(body)
    while end and not (body[end - 1].isalnum() or body[end - 1] in ".!?…:"):
        end -= 1
    return body[end - 1 : end] not in (".", "!", "?", "…", ":")


def _is_declarative(text: str, toks, lo: int, hi: int) -> bool:
    if sum(1 for t in toks if t.word) < MIN_STATEMENT_WORDS:
        return False
    return not text[lo:hi].rstrip('”’"»›) ').endswith("?")


def _has_checkable(toks, lex) -> bool:
    """Whether the author's own declarative sentence has something to check in it: a number, a
    date, a named entity, a comparison, an event verb. A sentence that only says how someone
    reacted ("De oppositie reageerde fel", "Minister X welcomed the decision") is not a claim."""
    words = [t for t in toks if t.word]
    if any(t.text[:1].isdigit() for t in words):
        return True
    lowers = {t.lower for t in words}
    if not lowers.isdisjoint(lex.reaction_words) and len(words) <= REACTION_MAX_WORDS:
        return False
    if not lowers.isdisjoint(lex.number_words) or not lowers.isdisjoint(lex.comparative_words):
        return True
    if not lowers.isdisjoint(lex.months) or not lowers.isdisjoint(lex.days):
        return True
    if not lowers.isdisjoint(lex.event_verbs):
        return True
    # what is left is a statement of fact unless it only sets a scene with an expletive and a
    # copula ("Het was een lange dag …", "It was a long evening …")
    return not (len(words) > 1 and words[0].lower in lex.expletives and words[1].lower in lex.copulas)
