"""Reported-speech rules for one sentence (no standalone quote in it).

``Trump zei verder dat …`` / ``Smith told reporters that …`` (claim: the clause after the
complementizer), ``Kim Jong-un zei bereid te zijn …`` (an infinitive), ``X noemde de
onderhandelingen “complex”`` (naming verbs keep the verb), ``Volgens Trump vroeg …`` /
``According to X, …`` / ``…, aldus X.`` and ``…, he said.`` (a trailing cue). ``Dat heeft Trump
laten weten …`` / ``That is what X told reporters.`` return a ``Backward`` for the driver.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution import (
    PARTICIPLE_LINKS,
    RELATIVES,
    Backward,
    Draft,
    SentenceRules,
    _abbrev,
    _plausible,
    verb_token,
)
from .phrases import (
    BY_AUTHOR,
    NounPhrase,
    abbreviation_word,
    fold,
    name_token,
    parse_np,
    past_dateline,
    pronoun_gender,
    span_np,
    time_word,
)
from .speakers import _plural
from .text import Token

MIN_CLAUSE_WORDS = 2
INFINITIVE_TO = frozenset({"to"})
COORDINATORS = frozenset({"maar", "en", "and", "but"})
_MODALS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "shall",
    ]
)
BACKWARD_WINDOW = 22
_ANNOUNCING = frozenset(
    ["reported", "reports", "announced", "announces", "unveiled", "unveils", "posted", "posts"]
)
LISTENERS = frozenset(
    {"reporters", "journalists", "me", "us", "him", "her", "them", "lawmakers", "parliament"}
)


def backward(rules: SentenceRules, toks: list[Token]) -> Backward | None:
    """A sentence like "Dat heeft Trump laten weten tijdens een persconferentie"."""
    lex = rules.lex
    first = next((t for t in toks if t.word), None)
    if first is None or any(t.quoted for t in toks):
        return None
    if lex.lang == "en" and first is toks[0] and first.lower in _THAT_IS and len(toks) > 3:
        # "That’s according to the American Pilots Association": the sentence before is the claim
        i = 1
        if toks[1].lower in ("is", "was"):
            i = 2
        if toks[i].lower in lex.source_words and (
            toks[i].lower not in lex.source_seconds or toks[i + 1].lower in lex.source_seconds[toks[i].lower]
        ):
            np = rules.np_after(toks, i)
            ent = rules.entity(np) if np is not None else None
            if ent is not None:
                cue = " ".join(t.text.lower() for t in toks[i : np.start])
                return Backward(ent, np.mention, cue, 0.75)
    if first.lower not in lex.backward_openers:
        return None
    words = [k for k, t in enumerate(toks) if t.word]
    prep = _past_when(toks, words[2], lex) if len(words) > 3 else 0
    if (
        len(words) > 3
        and toks[words[1]].lower in lex.evidence_verbs
        and prep + 1 < len(toks)
        and toks[prep].lower in lex.evidence_preps
    ):
        # "Dat blijkt uit nieuwe cijfers van de Nederlandse Zorgautoriteit", "… uit een
        # inventarisatie van Trouw", "Dat blijkt donderdag uit …": whose the document is
        np = _evidence_source(rules, toks, prep + 1, len(toks))
        ent = _document_source(rules, np)
        if ent is not None:
            return Backward(ent, np.mention, f"{toks[words[1]].lower} {toks[prep].lower}", 0.75)
    for cue in rules.cues(toks, 1, min(len(toks), BACKWARD_WINDOW)):
        if any(t.text in ",;:" for t in toks[1 : cue.i]):
            return None  # "Dat is niet gebeurd, stelde X vast.": a clause of its own, then its cue
        if any(
            t.lower in lex.complementizers
            and not t.quoted
            # "Dat meldt het Vlaams Huurdersplatform, dat zijn jaarverslag …": a relative clause
            and not (first.lower in _FRONTED_OBJECTS and toks[m - 1].text == ",")
            # "Dat stelt het RIVM in een rapport dat donderdag …": a relative clause on a noun
            and not (first.lower in _FRONTED_OBJECTS and m > cue.j and _noun_before(toks, m, lex))
            for m, t in enumerate(toks[cue.j :], cue.j)
        ):
            return None  # "Zo liet X (Y) weten dat …": the clause follows, nothing points back
        np = rules.left_subject(toks, cue, 1) or rules.right_subject(toks, cue)
        if np is None:
            continue
        ent = rules.entity(np)
        if ent is None:
            return None
        rest = [t for t in toks[max(np.end, cue.j) :] if t.word]
        conf = 0.85 if len(rest) <= 8 else 0.7
        return Backward(ent, np.mention, _cue_lemma(rules, cue.text), conf)
    return None


def _noun_before(toks: list[Token], m: int, lex) -> bool:
    """Whether a noun stands right before token ``m`` ("een rapport dat …"): a word in small letters
    that the table calls a noun, or does not know, after an article a word or two before it."""
    t = toks[m - 1]
    if t.cap or t.quoted or not t.word:
        return False
    pos = lex.upos.get(t.lower)
    if pos not in (None, "NOUN"):
        return False
    return any(toks[k].lower in lex.determiners for k in range(max(0, m - 4), m - 1))


def _cue_lemma(rules: SentenceRules, cue: str) -> str:
    # "heeft … laten weten" keeps the form used; the gold uses the surface of the cue
    return cue


def _verb_like(t: Token, lex) -> bool:
    """A verb that closes a clause ("wachten", "doorgaat", "wait"): by the word-class table, or
    one it does not know."""
    if t.quoted or not t.word or t.cap:
        return False
    pos = lex.upos.get(t.lower)
    return pos == "VERB" if pos is not None else _unknown_verb(t)


def _unknown_verb(t: Token) -> bool:
    """ "cancelled", "schrapt", "verloren": a lower-case word ending like a verb."""
    return not t.cap and len(t.lower) > 4 and t.lower.endswith(("ed", "t", "en"))


_MADE = frozenset(["sent", "issued", "released", "published", "posted", "written", "made", "given", "put"])


def _by_author(toks: list[Token], k: int, n: int) -> int | None:
    """The token of "by"/"door" naming who made a document, right after it ("a survey by …") or
    after a participle and its circumstances ("a statement released Tuesday evening by …")."""
    if k + 1 < n and toks[k].lower in BY_AUTHOR:
        return k
    t = toks[k] if k < n else None
    if t is None or t.quoted or t.cap or not (t.lower in _MADE or t.lower.endswith("ed")):
        return None
    for m in range(k + 1, min(n - 1, k + 6)):
        if toks[m].lower in BY_AUTHOR:
            return m
        if toks[m].quoted or not toks[m].word:
            return None
    return None


def _finite_verb_like(t: Token, lex) -> bool:
    """A verb by the word-class table, or a small word it does not know that is no function word
    (the table is a sample: "voert", "heeft", "staat")."""
    pos = lex.upos.get(t.lower)
    if pos is not None:
        return pos in ("VERB", "AUX")
    return t.word and not t.cap and t.lower.isalpha() and t.lower not in lex.function_words


def _initial_before(toks: list[Token], i: int) -> bool:
    """Whether a name's initial ends right before token ``i`` ("durft T. volgens zijn advocaat")."""
    return i > 1 and toks[i - 1].text == "." and toks[i - 2].cap and len(toks[i - 2].text) == 1


def according(
    rules: SentenceRules, toks: list[Token], sent_lo: int, sent_hi: int, sent_i: int
) -> Draft | None:
    """Volgens X … / According to X, … / …, volgens X. / …, aldus X."""
    lex = rules.lex
    n = len(toks)
    own = _own_account(rules, toks, sent_lo, sent_hi, sent_i)
    if own is not None:
        return own
    source_words = lex.source_words
    # most sentences have no source word: find the candidates in one quick pass; a closing
    # "…, aldus Y" is the outer source and comes first ("Volgens Sciensano …, aldus Van Gucht")
    seconds = lex.source_seconds
    found = [
        k
        for k, t in enumerate(toks)
        if t.lower in source_words
        and (t.lower not in seconds or (k + 1 < n and toks[k + 1].lower in seconds[t.lower]))
    ]
    if len(found) > 1:
        found.sort(key=lambda k: not (toks[k].lower in lex.aldus and k > 0 and toks[k - 1].text == ","))
    for i in found:
        t = toks[i]
        if t.quoted or not t.word:
            continue
        if t.lower == "per" and (
            i + 1 >= n
            or (not toks[i + 1].cap and toks[i + 1].lower not in lex.determiners)
            or (i > 0 and (toks[i - 1].text[:1].isdigit() or lex.upos.get(toks[i - 1].lower) == "NUM"))
        ):
            continue  # "two per cent of GDP", "per year": a rate, not "per the company"
        np = rules.np_after(toks, i)
        if np is None or (np.kind != "name" and lex.lang == "nl"):
            # "Volgens de werkgeversorganisaties moet de regering …": the source ends at the verb
            second = _before_second_verb(rules, toks, i)
            if second is not None and (np is None or second.end < np.end):
                np = second
        if np is None or (np.kind != "name" and toks[np.end - 1].lower in lex.not_sources):
            continue  # "volgens de wet": in keeping with the law
        by = _by_author(toks, np.end, n) if np.kind != "name" else None
        if by is not None:
            # "According to a survey by Thomson Financial, …", "volgens een onderzoek door het
            # RIVM", "according to a statement released Tuesday by the Water Authority": the one
            # who made it
            author = parse_np(toks, by + 1, rules.text, lex)
            if author is not None and author.kind in ("name", "org"):
                end = author.end
                while end + 1 < n and toks[end].text == "/" and toks[end + 1].cap:
                    end += 2  # "Thomson Financial/First Call"
                    while end < n and toks[end].cap and toks[end].word:
                        end += 1
                if end > author.end:
                    whole = rules.text[toks[author.start].start : toks[end - 1].end]
                    author = replace(author, kind="org", end=end, name="", org=whole, mention=whole)
                np = replace(author, start=np.start)
        if (
            np.kind in ("org", "name")
            and np.end < n
            and toks[np.end].lower in _DOCUMENT_HEADS
            and not toks[np.end].quoted
            and (np.end + 1 >= n or toks[np.end + 1].text in ",.;)")
        ):
            # "according to the latest U.S. Department of Commerce estimates": the body whose
            # figures they are
            org = np.org or np.name
            first, _, rest = org.partition(" ")
            if rest and first.lower() in _DOCUMENT_TIMES:
                org = rest
            np = replace(np, end=np.end + 1, kind="org", name="", role="", org=org, mention=org)
        if (
            lex.lang == "nl"
            and (np.kind in ("role", "generic") or (np.kind == "org" and np.role))
            and np.end + 2 < n
            and toks[np.end].text == ","
        ):
            # "Maar volgens de directeur van PTA, Dick de Graaff is het aantal …": the full name in
            # apposition after the description is the source
            named = parse_np(toks, np.end + 1, rules.text, lex)
            if (
                named is not None
                and named.kind == "name"
                and " " in named.name
                and named.end < n
                and (toks[named.end].text == "," or _finite_verb_like(toks[named.end], lex))
            ):
                end = named.end + 1 if toks[named.end].text == "," else named.end
                np = replace(named, start=np.start, end=end, role=named.role or np.role)
        inside = i > 0 and (toks[i - 1].word or _initial_before(toks, i))
        if inside and np.kind != "pronoun":
            # "De maatregel schaadt volgens de veehouders de gezondheid …": inside a clause the
            # source is the short phrase, not a description running to the end
            short = parse_np(toks, np.start, rules.text, lex, generic=True)
            if short is not None and short.end < np.end and (toks[short.end].word or toks[short.end].quoted):
                np = short
        ent = rules.entity(np)
        if ent is None:
            continue
        cue = " ".join(x.text.lower() for x in toks[i : np.start])
        rule = "reported.aldus" if t.lower in lex.aldus else f"reported.{toks[i].lower}"
        conf = 0.9
        clause_initial = (
            i == 0
            or (i == 1 and toks[0].text == "(")
            or i == past_dateline(toks, 0)
            # "Sterker nog: volgens experts wordt …": a clause of its own after the colon
            or (toks[i - 1].text == ":" and not toks[i - 1].quoted)
            # "Ook volgens het Leger des Heils, dat …, zit de opvang vol": adverbs before it only
            or (
                lex.lang == "nl"
                and 0 < i <= 3
                and all(t.word and not t.quoted and lex.adverb(t.lower) for t in toks[:i])
                and np.end < n
                and (toks[np.end].text == "," or _finite_verb_like(toks[np.end], lex))
            )
        )
        if toks[i - 1].lower in COORDINATORS and (
            i == 1
            or toks[i - 2].text == ","
            # "… bedoeld voor de Engelse markt maar volgens de douane neemt …": a main clause of its
            # own, its verb right after the source
            or (np.end < n and not toks[np.end].quoted and _finite_verb_like(toks[np.end], lex))
        ):
            clause_initial = True  # "Maar volgens …", "…, maar volgens minister Plasterk gaat dat niet door"
        if (
            not clause_initial
            and t.lower not in lex.aldus
            and np.end + 3 < n  # the clause goes on after the source
            and _opening_phrase_before(toks, i - 1, lex)
            # "Een man, volgens getuigen een dertiger, liet …": the subject, its verb after the source
            and not (
                lex.lang == "nl" and toks[np.end].text == "," and _finite_verb_like(toks[np.end + 1], lex)
            )
        ):
            clause_initial = True  # "But, according to the Department for Work and Pensions, 12.7 million …"
        if (
            lex.lang == "nl"
            and toks[i - 1].text == ","
            and np.end < n
            and not toks[np.end].quoted
            and _finite_verb_like(toks[np.end], lex)
        ):
            # "Wim Leewis is medeorganisator, volgens hem voert de gemeente …": a main clause of its
            # own after the comma, its verb right after the source
            clause_initial = True
        if clause_initial:
            after = np.end
            if after < n and toks[after].lower in _SELF:
                after += 1  # "Volgens de opvangcentra zelf is …"
            if after + 2 < n and toks[after].text == "(" and toks[after + 2].text == ")":
                after += 3  # "Volgens het Centraal Orgaan opvang asielzoekers (COA) hebben …"
            if after < n and toks[after].text == ",":
                # "Maar volgens Erik Schilp, directeur van het museum, is er …": past the apposition
                close = next((m for m in range(after + 1, min(n, after + 10)) if toks[m].text == ","), None)
                after = close + 1 if close is not None else after + 1
            lo, hi = rules.span(toks[after].start if after < n else sent_hi, sent_hi)
        elif toks[i - 1].text in ",—–(" and (
            np.end >= n - 1
            or toks[np.end].text in ",)—–;:"  # "…, volgens LTO: meer en langer beregenen, …"
            or _aside_to_end(toks, np.end)
            or _circumstance_to_end(toks, np.end, lex)
        ):
            # "…, volgens X." / "…, according to X, more than double …"
            lo, hi = rules.span(sent_lo, toks[i - 1].start)
        elif toks[i - 1].text == "," and np.end < n and toks[np.end].quoted and np.end + 2 >= n:
            # "…, volgens ProRail "door een vervelende samenloop van omstandigheden".": the source's
            # own words close the sentence, which is the claim whole
            lo, hi = rules.span(sent_lo, sent_hi)
        elif inside and _next_word(toks, np.end) < n:
            # "Zijn cliënt heeft volgens hem alleen de loods verhuurd": the whole sentence
            lo, hi = rules.span(sent_lo, sent_hi)
            conf = 0.75
        elif (toks[i - 1].word or toks[i - 1].quoted) and np.end >= n - 1 and lex.lang == "nl":
            # "… zou hij maar bij drie feiten betrokken zijn geweest volgens zijn raadsman.", also
            # after a quoted word: "… blijft ’uitzonderlijk laag’ volgens het CPB."
            lo, hi = rules.span(sent_lo, toks[i].start)
            conf = 0.75
        else:
            continue
        if len(rules.text[lo:hi].split()) < MIN_CLAUSE_WORDS:
            continue
        rules.tracker.set_focus(ent)
        d = Draft(lo, hi, "indirect", ent, np.mention, cue, rule, conf, sent_i)
        if clause_initial and i > 1:
            d.source_start = toks[i - 1].start  # "In dat akkoord stond dat …, maar volgens X …"
        return d
    return _evidence(rules, toks, sent_lo, sent_hi, sent_i) or _written_in(rules, toks, sent_hi, sent_i)


# documents named after the body that made them ("the latest ONS figures"), and the words of time
# that may stand before such a name
_DOCUMENT_HEADS = frozenset(
    ["estimates", "figures", "data", "statistics", "analysis", "survey", "research", "poll", "report"]
) | frozenset(["study", "cijfers", "gegevens", "onderzoek", "peiling", "rapport", "schattingen", "studie"])
_DOCUMENT_TIMES = frozenset(
    ["latest", "new", "annual", "recent", "laatste", "nieuwe", "jaarlijkse", "recente"]
)


def _opening_phrase_before(toks: list[Token], comma: int, lex) -> bool:
    """Whether the words before the comma at ``comma`` only open the sentence ("But,", "However,",
    "In 2019,", "Daarnaast,"): up to four words, no verb, nothing quoted."""
    if comma < 1 or toks[comma].text != "," or toks[comma].quoted:
        return False
    start = past_dateline(toks, 0)
    words = toks[start:comma]
    return 1 <= len(words) <= 4 and all(
        t.word
        and not t.quoted
        and t.lower not in lex.auxiliaries
        and lex.upos.get(t.lower) not in ("VERB", "AUX", "PRON")
        for t in words
    )


_SOURCE_MAX = 8  # words between "Volgens" and the verb
_POINTING = frozenset(["die", "dat", "deze", "dit"])


def _before_second_verb(rules: SentenceRules, toks: list[Token], i: int) -> NounPhrase | None:
    """A Dutch sentence opening "Volgens …" puts its finite verb second: whatever stands between
    is the source, words the lexicon does not know included ("Volgens CNV-onderhandelaar Souleiman
    Amallah zijn …", "Volgens lokale Turkse en Griekse media zijn …")."""
    lex = rules.lex
    if lex.lang != "nl" or toks[i].lower != "volgens" or not (i == 0 or toks[i - 1].lower in COORDINATORS):
        return None
    n = len(toks)
    if i + 1 < n and toks[i + 1].lower in _POINTING:
        return None  # "Volgens die plannen …": a document, whose author the text names elsewhere
    for v in range(i + 2, min(n, i + 2 + _SOURCE_MAX)):
        t = toks[v]
        if t.quoted or not t.word:
            return None
        if t.cap:
            continue
        lw = t.lower
        if (
            lw in lex.auxiliaries
            or lw in _MODALS
            or lex.upos.get(lw) in ("VERB", "AUX")
            # "Volgens de sector blokkeert de regering …": a word the table does not know, then the
            # subject's article or pronoun, is the verb in second place
            or (
                lw not in lex.upos
                and lw.isalpha()
                and v > i + 2
                and v + 1 < n
                and (toks[v + 1].lower in lex.determiners or toks[v + 1].lower in lex.subject_pronouns)
                and lex.upos.get(toks[v - 1].lower) not in ("ADP", "DET", "CCONJ")
            )
        ):
            if lex.upos.get(toks[v - 1].lower) in ("ADP", "DET", "CCONJ"):
                return None
            np = span_np(toks, i + 1, v, rules.text, lex)
            if np is not None:
                return np
            text = rules.text[toks[i + 1].start : toks[v - 1].end]
            det = toks[i + 1].lower in lex.determiners or toks[i + 1].lower in lex.possessives
            return NounPhrase(i + 1, v, "role", role=text, mention=text, det=det)
    return None


def _written_in(rules: SentenceRules, toks: list[Token], sent_hi: int, sent_i: int) -> Draft | None:
    """ "In het rapport van de inspectie staat dat …", "Op de website van Schiphol staat dat …": what
    a document says, claimed by whose it is (else by the document)."""
    lex = rules.lex
    i = past_dateline(toks, 0)
    n = len(toks)
    if i + 1 < n and toks[i].lower in COORDINATORS:
        i += 1  # "Maar op de website van Schiphol staat dat …"
    if (
        lex.lang != "nl"
        or i + 4 >= n
        or toks[i].lower not in ("in", "op")
        or toks[i + 1].lower not in lex.determiners
    ):
        return None
    verb = next(
        (k for k in range(i + 2, min(n - 2, i + 10)) if toks[k].lower == "staat" and not toks[k].quoted), None
    )
    if verb is None or any(not t.word and t.text != "-" for t in toks[i:verb]):
        return None
    comp = next(
        (k for k in range(verb + 1, min(n - 1, verb + 4)) if toks[k].lower in lex.complementizers), None
    )
    if comp is None or not all(lex.adverb(t.lower) for t in toks[verb + 1 : comp]):
        return None
    np = _evidence_source(rules, toks, i + 1, verb)
    if np is not None and np.end > verb:
        np = span_np(toks, i + 1, verb, rules.text, lex)  # "in het regeerakkoord staat": not past the verb
    ent = _document_source(rules, np)
    if ent is None:
        return None
    lo, hi = rules.span(toks[comp + 1].start, sent_hi)
    return Draft(lo, hi, "indirect", ent, np.mention, "staat", "reported.written", 0.65, sent_i)


def _stance_for(rules: SentenceRules, toks: list[Token], sent_hi: int, sent_i: int) -> Draft | None:
    """ "Voor Geert Wilders kan Ollongren niet langer minister blijven": a person named after a
    sentence-opening "voor", then the verb, holds the view the sentence states."""
    lex = rules.lex
    i = past_dateline(toks, 0)
    if lex.lang != "nl" or i + 3 >= len(toks) or toks[i].lower != "voor" or toks[i].quoted:
        return None
    np = parse_np(toks, i + 1, rules.text, lex)
    if np is None or np.kind != "name" or np.end >= len(toks) or toks[np.end].lower not in lex.auxiliaries:
        return None
    ent = rules.entity(np)
    if ent is None or ent.kind != "person":
        return None
    lo, hi = rules.span(toks[np.end].start, sent_hi)
    rules.tracker.set_focus(ent)
    return Draft(lo, hi, "indirect", ent, np.mention, "voor", "reported.wrapped", 0.6, sent_i)


# "in zijn ogen" is "in the eyes of him": the object pronoun a possessive stands for
_POSSESSED = {"zijn": "hem", "haar": "haar", "hun": "hen", "his": "him", "her": "her", "their": "them"}


def wrapped(rules: SentenceRules, toks: list[Token], sent_lo: int, sent_hi: int, sent_i: int) -> Draft | None:
    """ "Wat hem betreft zou er meer geselecteerd mogen worden", "Ziekenhuizen zijn in zijn ogen
    niet klaar", "als het aan de minister ligt, …": a source inside a phrase of stance."""
    lex = rules.lex
    n = len(toks)
    stance = _stance_for(rules, toks, sent_hi, sent_i)
    if stance is not None:
        return stance
    closers = {close for _, close in lex.wrapped_sources}
    for k, t in enumerate(toks):
        if t.lower not in closers or t.quoted or k < 2:
            continue
        for opening, close in lex.wrapped_sources:
            if close != t.lower:
                continue
            width = len(opening)
            for i in range(max(0, k - 12), k - width):
                if tuple(x.lower for x in toks[i : i + width]) != opening or any(x.quoted for x in toks[i:k]):
                    continue
                src = i + width
                first = toks[src]
                if k - src == 1 and first.lower in _POSSESSED.keys() | lex.object_pronouns:
                    pron = _POSSESSED.get(first.lower, first.lower)
                    np = NounPhrase(src, k, "pronoun", mention=pron, gender=pronoun_gender(pron, lex))
                else:
                    np = parse_np(toks, src, rules.text, lex, generic=True)
                    if np is None or np.end != k or np.kind not in ("name", "org", "role"):
                        continue
                ent = rules.entity(np)
                if ent is None:
                    continue
                initial = i == past_dateline(toks, 0) or (i == 1 and toks[0].lower in COORDINATORS)
                if initial:
                    after = k + 1 + (k + 1 < n and toks[k + 1].text == ",")
                    lo, hi = rules.span(toks[after].start if after < n else sent_hi, sent_hi)
                elif i > 0 and toks[i - 1].text == "," and k >= n - 2:
                    lo, hi = rules.span(sent_lo, toks[i - 1].start)  # "…, wat hem betreft."
                else:
                    lo, hi = rules.span(sent_lo, sent_hi)
                if len(rules.text[lo:hi].split()) < MIN_CLAUSE_WORDS + 1:
                    continue
                rules.tracker.set_focus(ent)
                cue = rules.text[toks[i].start : toks[k].end]
                return Draft(lo, hi, "indirect", ent, np.mention, cue, "reported.wrapped", 0.7, sent_i)
    return None


def _after_comma(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` follows a comma, or "zo" after one ("…, zo blijkt uit …")."""
    return toks[k - 1].text == "," or (k > 2 and toks[k - 1].lower == "zo" and toks[k - 2].text == ",")


def _evidence(
    rules: SentenceRules, toks: list[Token], sent_lo: int, sent_hi: int, sent_i: int
) -> Draft | None:
    """ "Uit onderzoek van de NOS blijkt dat …" / "…, blijkt uit de jaarrekening van X.": what a
    document or a study shows, claimed by its source."""
    lex = rules.lex
    if not lex.evidence_verbs or not _evidence_hint(lex).search(rules.text, sent_lo, sent_hi):
        return None  # most sentences: no verb of evidence, found without looking at the tokens
    if any(t.quoted for t in toks):
        return None
    n = len(toks)
    back = _evidence_back(rules, toks, sent_hi, sent_i)
    if back is not None:
        return back
    if n > 3 and lex.upos.get(toks[0].lower) == "CCONJ" and toks[1].lower in lex.evidence_preps:
        # "Maar uit een enquête van Toerisme Vlaanderen blijkt dat …"
        return _evidence(rules, toks[1:], toks[1].start, sent_hi, sent_i)
    # "Uit de cijfers van de Vlaamse Maatschappij voor Sociaal Wonen (VMSW) van 2018 blijkt …": a
    # long source
    verb = next((k for k in range(1, min(n, 20)) if toks[k].lower in lex.evidence_verbs), None)
    if verb is None or toks[0].lower not in lex.evidence_preps:
        # "…, blijkt uit een enquête van Aedes.", "…, zo blijkt uit …": the verb after the comma
        verb = next(
            (k for k in range(2, n - 2) if toks[k].lower in lex.evidence_verbs and _after_comma(toks, k)),
            verb,
        )
    if verb is None:
        return None
    comma = verb - 1 if toks[verb - 1].text == "," else verb - 2  # "…, zo blijkt uit"
    if toks[0].lower in lex.evidence_preps and verb > 1:
        # "Uit de gespreksverslagen blijkt dat …": the source between "uit" and the verb
        comp = next(
            (k for k in range(verb + 1, min(n, verb + 4)) if toks[k].lower in lex.complementizers), None
        )
        if comp is None or comp + 1 >= n:
            return None
        np = _evidence_source(rules, toks, 1, verb)
        lo_tok, hi_off = comp + 1, sent_hi
    elif (
        _after_comma(toks, verb)
        and (prep := _past_when(toks, verb + 1, lex)) + 1 < n
        and toks[prep].lower in lex.evidence_preps
        and not any(t.lower in lex.complementizers for t in toks[verb:])
    ):
        # "Het bedrijf zag de winst terugvallen, blijkt uit de jaarrekening van Baby-Dump.", "…, zo
        # bleek donderdag uit gegevens van …"
        np = _evidence_source(rules, toks, prep + 1, n)
        lo_tok, hi_off = 0, toks[comma].start
    elif (
        verb <= 3
        and all(
            t.word and not t.quoted and (k == 0 or not t.cap) and lex.upos.get(t.lower) not in _NOT_OPENERS
            for k, t in enumerate(toks[:verb])
        )
        and (prep := _past_when(toks, verb + 1, lex)) + 1 < n
        and toks[prep].lower in lex.evidence_preps
        and (comp := next((k for k in range(prep + 2, n - 1) if toks[k].lower in lex.complementizers), None))
    ):
        # "Deze week bleek uit onderzoek van DUO dat …", "Eerder bleek uit cijfers van het CBS dat …":
        # a time before the verb, the source after it
        np = _evidence_source(rules, toks, prep + 1, comp)
        lo_tok, hi_off = comp + 1, sent_hi
    else:
        return None
    ent = _document_source(rules, np)
    if ent is None:
        return None
    lo, hi = rules.span(toks[lo_tok].start if lo_tok else sent_lo, hi_off)
    if len(rules.text[lo:hi].split()) < MIN_CLAUSE_WORDS:
        return None
    cue = f"{toks[verb].lower} uit"
    return Draft(lo, hi, "indirect", ent, np.mention, cue, "reported.evidence", 0.7, sent_i)


def _evidence_back(rules: SentenceRules, toks: list[Token], sent_hi: int, sent_i: int) -> Draft | None:
    """ "Maandagavond presenteerde de AP haar bevindingen. Daaruit bleek dat …": what the
    document of the sentence before shows, claimed by the organisation that sentence named."""
    lex = rules.lex
    if len(toks) < 4 or toks[0].lower not in _FROM_THAT or toks[1].lower not in lex.evidence_verbs:
        return None
    comp = next((k for k in range(2, min(len(toks) - 1, 6)) if toks[k].lower in lex.complementizers), None)
    if comp is None or not all(lex.adverb(t.lower) for t in toks[2:comp]):
        return None
    ent = rules.tracker.organisation_before()
    if ent is None:
        return None
    lo, hi = rules.span(toks[comp + 1].start, sent_hi)
    if len(rules.text[lo:hi].split()) < MIN_CLAUSE_WORDS:
        return None
    cue = f"{toks[1].lower} {toks[0].lower}"
    return Draft(lo, hi, "indirect", ent, toks[0].text, cue, "reported.evidence", 0.6, sent_i)


# "Daaruit blijkt dat …": from the document just named
_FROM_THAT = frozenset(["daaruit", "hieruit"])
# the relative pronouns after a document: "cijfers die X vrijgaf", "figures that X obtained"
_DOCUMENT_RELATIVES = frozenset(["die", "dat", "that", "which"])
# word classes that do not open a sentence before its verb of evidence as a time or an adverb does
_NOT_OPENERS = frozenset(["VERB", "AUX", "ADP", "PRON", "PROPN"])


def _past_when(toks: list[Token], k: int, lex) -> int:
    """The token after the days and times at ``k`` ("donderdag", "gisteren", "maandagavond")."""
    while k < len(toks) and not toks[k].quoted and not toks[k].cap and time_word(toks[k].lower, lex):
        k += 1
    return k


def _document_source(rules: SentenceRules, np: NounPhrase | None):
    """The entity behind a document or a study ("de jaarrekening van Baby-Dump", "het rapport van
    de inspectie"); "de notulen", owned by nobody named, is the document itself, not the person in
    focus. None when the phrase cannot be a source."""
    if np is None or not _plausible(np, rules.lex):
        return None
    if np.kind in ("generic", "role") and not np.org[:1].isupper():
        return rules.tracker.organisation(np.mention.split(" ", 1)[-1] if np.det else np.mention, np.mention)
    return rules.entity(np)


_EVIDENCE_HINTS: dict[str, re.Pattern] = {}


def _evidence_hint(lex) -> re.Pattern:
    """A pattern finding the lexicon's verbs of evidence in raw text, one per language."""
    pattern = _EVIDENCE_HINTS.get(lex.lang)
    if pattern is None:
        words = "|".join(sorted(lex.evidence_verbs, key=len, reverse=True))
        pattern = _EVIDENCE_HINTS[lex.lang] = re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
    return pattern


def _evidence_source(rules: SentenceRules, toks: list[Token], lo: int, hi: int) -> NounPhrase | None:
    """The source of "uit <document> (van <X>)": X when the document is someone's, else the
    document ("de notulen")."""
    end = next(
        (
            k
            for k in range(lo, hi)
            if toks[k].text in ",.;:!?" and not (toks[k].text == "." and _abbrev(toks, k))
        ),
        hi,
    )
    for k in range(lo, end - 1):
        if toks[k].lower in ("van", "of") and not toks[k].quoted:
            owner = parse_np(toks, k + 1, rules.text, rules.lex, generic=True)
            if owner is not None and owner.kind in ("name", "org", "role", "generic"):
                return owner  # "onderzoek van de NOS", "cijfers van Binnenlandse Zaken"
            break
        if k > lo and toks[k].lower in _DOCUMENT_RELATIVES and not toks[k].quoted:
            # "cijfers die topman Alain Remue vrijgaf": who made them public; "cijfers die
            # EenVandaag opvroeg bij Rijkswaterstaat": who holds them
            at = next((m for m in range(k + 2, end - 1) if toks[m].lower in ("bij", "from")), None)
            owner = parse_np(toks, (at if at is not None else k) + 1, rules.text, rules.lex)
            if owner is not None and owner.kind in ("name", "org", "role"):
                return owner
            break
    return parse_np(toks, lo, rules.text, rules.lex, generic=True) or span_np(
        toks, lo, end, rules.text, rules.lex
    )


def _circumstance_to_end(toks: list[Token], k: int, lex) -> bool:
    """ "…, aldus X in een videoboodschap.": a short phrase with a preposition and no verb ends
    the sentence after the source."""
    if k >= len(toks) or len(toks) - k > 10 or toks[k].cap:
        return False
    if lex.upos.get(toks[k].lower) != "ADP" and not time_word(toks[k].lower, lex):
        return False  # "…, aldus de minister vrijdag.": a day, then nothing more
    return not any(
        t.quoted or lex.upos.get(t.lower) in ("VERB", "AUX") or t.lower in lex.auxiliaries or t.text in ",;:"
        for t in toks[k:]
    )


def _next_word(toks: list[Token], k: int) -> int:
    """``k`` when a word (or a quote) follows a source there, past the full stop of an initial
    ("volgens B. zes weken geleden"); else past the end."""
    n = len(toks)
    if (
        0 < k < n - 1
        and toks[k].text == "."
        and toks[k].start == toks[k - 1].end
        and len(toks[k - 1].text) == 1
        and toks[k - 1].text.isupper()
    ):
        k += 1
    if k < n - 1 and toks[k].text == "(" and not toks[k].quoted:
        # "volgens Paul Vermast (GroenLinks) allemaal …": past a bracketed aside
        close = next((m for m in range(k + 1, min(n, k + 12)) if toks[m].text == ")"), None)
        if close is not None:
            k = close + 1
    elif (
        k < n - 1 and toks[k].text == "," and not toks[k].quoted and toks[k + 1].lower in _APPOSITION_OPENERS
    ):
        # "volgens Kris Jans, de manager van Belorta, zo'n 20 procent lager": past an apposition
        close = next(
            (m for m in range(k + 2, min(n, k + 16)) if toks[m].text == "," and not toks[m].quoted), None
        )
        if close is not None:
            k = close + 1
    elif k < n - 1 and toks[k].text == ":" and not toks[k].quoted:
        k += 1  # "Grootste minpunt volgens Preud'homme: de motivatie."
    return k if k < n and (toks[k].word or toks[k].quoted) else n


_APPOSITION_OPENERS = frozenset(["de", "het", "een", "the", "a", "an", "die", "who"])


def _aside_to_end(toks: list[Token], k: int) -> bool:
    """ "…, volgens de Nederlandse Spoorwegen (NS).": only a bracketed aside follows the source."""
    if k >= len(toks) or toks[k].text != "(":
        return False
    close = next((m for m in range(k, min(len(toks), k + 8)) if toks[m].text == ")"), None)
    return close is not None and close >= len(toks) - 2


def _inverted_subject(rules: SentenceRules, toks: list[Token], i: int) -> NounPhrase | None:
    """ "Daarna stond Jambon naar eigen zeggen …", "Al blijft hij naar eigen zeggen …": the subject
    right after its verb and before the phrase at token ``i``."""
    lex = rules.lex
    for s in range(max(1, i - 4), i):
        if not verb_token(toks[s - 1], lex):
            continue
        np = parse_np(toks, s, rules.text, lex)
        if np is not None and np.end == i and np.kind in ("name", "pronoun", "role", "org"):
            return np
    return None


def _own_account(
    rules: SentenceRules, toks: list[Token], sent_lo: int, sent_hi: int, sent_i: int
) -> Draft | None:
    """ "De minister heeft X naar eigen zeggen een sms'je gestuurd" / "…, by his own account": the
    whole sentence, said by its subject."""
    lex = rules.lex
    words = lex.own_account
    if not words:
        return None
    first, size = words[0], len(words)
    for i in range(len(toks) - size + 1):
        if toks[i].lower == first and all(toks[i + m].lower == words[m] for m in range(1, size)):
            np = _inverted_subject(rules, toks, i)
            if np is None and i <= 1 and i + size + 1 < len(toks) and verb_token(toks[i + size], lex):
                # "Naar eigen zeggen werkt de onderzoeker sinds 1990 …": opening the sentence, then
                # the verb, then its subject
                np = parse_np(toks, i + size + 1, rules.text, lex, generic=True)
                if np is not None and np.kind == "generic" and not np.det:
                    np = None
            np = np or rules.sentence_subject(toks)
            ent = rules.entity(np) if np is not None else None
            if ent is None:
                return None
            lo, hi = rules.span(sent_lo, sent_hi)
            rules.tracker.set_focus(ent)
            cue = " ".join(t.text for t in toks[i : i + len(words)])
            return Draft(lo, hi, "indirect", ent, np.mention, cue, "reported.own_account", 0.8, sent_i)
    return None


def verb_claims(
    rules: SentenceRules, toks: list[Token], sent_lo: int, sent_hi: int, sent_i: int, first: int = 0
) -> list[Draft]:
    """Every reported claim in a sentence, in order: "X alleged that A and warned that B"."""
    out: list[Draft] = []
    while first < len(toks) - 2:
        d = verb_claim(rules, toks, sent_lo, sent_hi, sent_i, first, out[-1] if out else None)
        if d is None:
            break
        out.append(d)
        nxt = next((m for m, t in enumerate(toks) if t.start >= d.end), len(toks))
        first = max(nxt, d.cue_end, first + 1)
    return out


def verb_claim(
    rules: SentenceRules,
    toks: list[Token],
    sent_lo: int,
    sent_hi: int,
    sent_i: int,
    first: int = 0,
    prev: Draft | None = None,
) -> Draft | None:
    """Reported speech around the first speech verb from token ``first`` on; None when no cue
    with a speaker is found. ``prev`` is the sentence's claim before it, whose speaker a
    coordinated cue shares ("… and warned that …")."""
    lex = rules.lex
    n = len(toks)
    carried = None  # a cue followed by ", adding …" hands its subject to the participle
    cues = list(rules.cues(toks, first, n))
    closing = _outer_cue(rules, toks, cues, n) if prev is None else None
    for cue in cues:
        if closing is not None and cue.i < closing:
            continue  # "Ze reageerden boos, vertelt rector Corinne Sebregts.": the closing cue reports
        if lex.lang == "nl" and _spoke_out(toks, cue, n, lex):
            continue
        clause_lo = max(_clause_start(toks, cue.i), first)
        coordinated = _coordinated(toks, cue.i, first) or (
            # "…, Smith said on Tuesday, adding that …": the participle shares the cue's speaker
            prev is not None and toks[cue.i].lower in lex.participle_cues and toks[cue.i - 1].text == ","
        )
        stray = _stray_comma_subject(rules, toks, cue, clause_lo, first) if not coordinated else None
        if carried is not None and carried[0] == cue.i:
            left, coordinated = carried[1], False  # "the mayor said, adding that …"
        elif stray is not None:
            left, clause_lo = stray, stray.start
        else:
            left = None if coordinated else rules.left_subject(toks, cue, clause_lo)
            if left is None and not coordinated:
                left = _relative_antecedent(rules, toks, cue, first)
        if (
            left is not None
            and left.start == clause_lo
            and not _plausible(left, lex)
            # "Rose said …" after "Carol Rose": a surname already known, though also a word
            and rules.known_name(left) is None
            and not rules.capitalised_mid_sentence(left)  # "…, Ban said."
        ):
            left = None  # "Ruim een jaar later oordeelde het jeugdhof dat …": the subject follows
        fronted = False  # an object before the verb, its subject after it
        fronted_phrase = False  # a phrase of time or place before the verb, the object after it
        if (
            left is not None
            and lex.lang == "nl"
            and left.kind == "name"
            and not cue.tell
            and _adverbial_opening(toks, left, cue, lex)
            and not rules.tracker.capitalised_inside(toks[0].text)
        ):
            # "Concreet stelt Test Aankoop dat …": a word of no known class opens the sentence, and
            # the subject, a name, follows the verb right before "dat"
            right = rules.right_subject(toks, cue)
            if (
                right is not None
                and right.kind in ("name", "org", "pronoun")
                and right.end < n
                and toks[right.end].lower in lex.complementizers
            ):
                left = None
        if (
            left is not None
            and lex.lang == "nl"
            and left.kind in ("role", "generic", "org")
            and (cue.naming or _object_cue(cue.text, lex))
            and cue.j < n
            and toks[cue.j].cap
            and not toks[cue.j].quoted
        ):
            # "De hoeveelheid zorg die uitgesteld is, noemt Berden gigantisch": a name right after
            # the verb is its subject, the phrase before it the object
            right = rules.right_subject(toks, cue)
            if right is not None and right.kind == "name":
                left, fronted = None, True
        if (
            left is not None
            and lex.lang == "nl"
            and left.kind != "pronoun"
            and left.end + 1 < cue.i
            and toks[left.end].lower in lex.auxiliaries
            and (toks[left.end + 1].lower in lex.subject_pronouns or toks[left.end + 1].lower in _GENERIC_YOU)
        ):
            # "Intuïtief zou je verwachten dat …": a pronoun right after the auxiliary is the
            # subject, the word before it no name
            left = None
        if (
            left is not None
            and lex.lang == "nl"
            and left.kind != "pronoun"
            and cue.j < n
            and toks[cue.j].lower in ("hij", "zij")
            and not toks[cue.j].quoted
        ):
            # "Een burgermeetnet instellen vindt hij een goed initiatief": "hij" right after the
            # verb is its subject, whatever stands before it the object
            left, fronted = None, True
        if (
            left is not None
            and lex.lang == "nl"
            and left.kind in ("role", "generic", "org")
            and toks[cue.i].lower.endswith("en")
            and not _plural_np(left)
        ):
            # "De vrije keuze vinden de burgemeesters geen probleem": a plural verb does not
            # agree with a singular phrase before it, which is its object
            right = rules.right_subject(toks, cue)
            if right is not None and _plural_np(right):
                left, fronted = None, True
        if (
            left is not None
            and cue.i > 0
            and toks[cue.i - 1].text == ","
            and not (cue.tell or cue.naming or toks[cue.i].lower in lex.participle_cues)
        ):
            # "Most signed the agreement, although …, said David Graham-Caso, a spokesman.": a name
            # right after a cue that follows a comma, closing its clause, is who speaks
            right = rules.right_subject(toks, cue)
            if (
                right is not None
                and right.kind in ("name", "role", "org")
                and (right.end >= n - 1 or toks[right.end].text in ",.;")
                and _words(toks, right.end, n) <= 6
            ):
                left = None
        # after "told" the noun phrase is the listener ("told VOA that"), never the speaker
        np = left or (None if cue.tell or coordinated else rules.right_subject(toks, cue))
        if np is None and not coordinated:
            left = np = rules.description_subject(toks, cue, clause_lo)
        forced = None
        if np is None and coordinated:
            if prev is not None and prev.entity is not None:
                forced = prev.entity  # "… had been rigged and warned that …": the same speaker
                left = np = NounPhrase(cue.i, cue.i, "pronoun", mention=prev.mention or "")
            else:
                # "Jambon wil niet reageren, maar laat weten dat …": the subject of the first verb
                left = np = rules.sentence_subject(toks)
        if np is None and toks[cue.i].lower in lex.het_cues and rules.tracker.focus is not None:
            # "…, klinkt het." / "…, luidt het.": no one named, so the one in focus
            forced = rules.tracker.focus
            np = NounPhrase(cue.i, cue.i, "pronoun", mention="")
        if np is None:
            continue
        after = cue.j if left else max(cue.j, np.end)
        if cue.particle is not None and cue.particle >= after:
            after = cue.particle + 1
        k = rules.skip(toks, after, n)
        if (
            lex.lang == "en"
            and k + 3 < n
            and toks[k].text == ","
            and toks[k + 2].text == ","
            and not toks[k + 1].quoted
            and (lex.adverb(toks[k + 1].lower) or toks[k + 1].lower in ("though", "however"))
        ):
            k += 3  # "Hidalgo said, though, she will not renew …": an adverb between commas
        if cue.tell and k < n and not toks[k].quoted and toks[k].lower not in lex.complementizers:
            if toks[k].lower in lex.determiners:
                k += 2
            elif toks[k].lower in LISTENERS or toks[k].cap:
                k += 1
                while k < n and toks[k].cap and not toks[k].quoted:
                    k += 1
            k = rules.skip(toks, k, n)
        trailing_cue = clause_lo > 1 and _comma_before(toks, clause_lo)
        if (
            trailing_cue
            and k < n
            and (toks[k].text in ",;—–" or _while_clause(toks, k, lex))
            and not toks[k].quoted
        ):
            # "…, the carrier said on Monday, blaming …": the cue closes its clause, so the claim
            # is the part before it, whatever circumstance follows
            ent = forced or _trailing_org(rules, toks, np, clause_lo) or rules.entity(np)
            inverted = cue.i == clause_lo
            if (ent is not None or np.kind == "pronoun") and _claim_clause(
                toks, first, _clause_hi(toks, clause_lo), lex, inverted
            ):
                d = _trailing_claim(rules, toks, sent_lo, sent_i, clause_lo, ent, np, cue)
                if (
                    toks[k].text == ","
                    and k + 1 < n
                    and (
                        toks[k + 1].lower in _REASON_OPENERS
                        or toks[k + 1].lower in ("en", "and", "maar", "but")
                    )
                    and first == 0
                ):
                    # "It shouldn't be a hardship, he said, since the labour shortage will …": the
                    # reason goes on with the claim, around the inserted cue
                    d.end = rules.span(sent_lo, sent_hi)[1]
                return d
            inserted = inverted or (left is not None and left.start == clause_lo)
            if (
                (ent is not None or np.kind == "pronoun")
                and inserted
                # "“…”, zei Rutte, die benadrukte dat …": a relative clause about the speaker follows,
                # whose own cue reports
                and not (toks[k].text == "," and k + 1 < n and toks[k + 1].lower in _SUBJECT_RELATIVES)
                # "An economic downturn, he said, “could be a good time to borrow”": a quote
                # finishing the clause counts by its words
                and (
                    _words(toks, k + 1, n) >= MIN_CLAUSE_WORDS
                    or (
                        k + 1 < n and toks[k + 1].quoted and len(toks[k + 1].text.split()) >= MIN_CLAUSE_WORDS
                    )
                )
            ):
                # "Bovendien, benadrukt ZN, betaalt elke Nederlander …": a cue inserted in the
                # sentence; after an adverb the claim is what follows, after a subject all of it
                pre = [t for t in toks[first : clause_lo - 1] if t.word]
                adverbial = all(
                    lex.adverb(t.lower) or lex.upos.get(t.lower) in ("CCONJ", "SCONJ") for t in pre
                )
                lo_tok = k + 1 if adverbial else first
                lo, hi = rules.span(toks[lo_tok].start, sent_hi)
                if ent is not None:
                    rules.tracker.set_focus(ent)
                return Draft(
                    lo,
                    hi,
                    "indirect",
                    ent,
                    np.mention,
                    cue.text,
                    "reported.inserted",
                    0.75 if ent is not None else 0.4,
                    sent_i,
                    "",
                    cue.j,
                )
            continue
        if k + 1 < n and toks[k].text == "," and toks[k + 1].lower in lex.participle_cues:
            carried = (k + 1, np)
            continue  # "…,” the mayor said, adding that …": the participle opens its own clause
        wide = k < n and (
            _prepositional(toks[k].lower, lex)
            or toks[k].lower in lex.days
            or toks[k].lower in _WHEN_WORDS
            or _aside_after_cue(toks, k, lex)
        )
        comp = next(
            (
                m
                for m in range(k, min(n, k + (16 if wide else 8)))
                if toks[m].lower in lex.complementizers and not toks[m].quoted
            ),
            None,
        )
        if comp is not None and any(toks[m].text in ".!?" for m in range(k, comp)):
            comp = None
        if (
            comp is not None
            and lex.lang == "nl"
            and any(toks[m].lower == "te" and not toks[m].quoted for m in range(k, comp))
        ):
            comp = None  # "zei blij te zijn dat …": the infinitive is the claim, with its clause
        if (
            comp is not None
            and comp > k
            and toks[comp - 1].text == ","
            and toks[first].lower in _FRONTED_OBJECTS
            and cue.i == first + 1
        ):
            # "Dat meldt het Vlaams Huurdersplatform, dat zijn jaarverslag …": the verb's object is
            # the fronted "Dat", so this "dat" opens a relative clause
            comp = None
        if comp is not None and cue.naming and toks[cue.i].lower in lex.naming_as:
            comp = None  # "beschouwt dat niet als zorgelijk": "dat" is the object named
        if comp is not None and any(
            (
                toks[m].text == ","
                # "said Gerberding, who added that …" is still Gerberding
                or (toks[m].lower in RELATIVES and np.end not in (m, m - 1))
            )
            and lex.is_cue_verb(toks[m + 1].lower)
            for m in range(k, comp - 1)
        ):
            # "said prices will rise, adding that …", "reageerde op Jan Peeters, die zei dat …": the
            # "that" is the next cue's
            comp = None
        if (
            comp is not None
            and comp > k
            and (
                toks[k].lower in lex.subject_pronouns
                or toks[k].lower in lex.determiners
                or toks[k].quoted
                or (lex.lang == "en" and toks[k].lower in ("it", "i", "we", "you", "there", "this"))
            )
        ):
            # "he said he took one call that evening": the clause starts at once, "that" is further in
            comp = None
        if (
            comp is not None
            and lex.lang == "en"
            and comp > k + 1
            and any(
                lex.upos.get(t.lower) in ("VERB", "AUX") or t.lower in lex.auxiliaries or t.lower in _MODALS
                for t in toks[k + 1 : comp]
                if not t.cap and not lex.is_cue_verb(t.lower)  # "said Gerberding, who added that …"
            )
        ):
            # "said Monday's strike lets Providence know that …": the clause has begun before "that"
            comp = None
        ent = None
        opening = (
            toks[k].text.lstrip("“”\"'‘’„,«» ").split(" ", 1)[0].lower() if k < n and toks[k].quoted else ""
        )
        if opening in lex.complementizers:
            # "Hij benadrukt ook “dat de vlam zomaar in de pan kan slaan”": the clause quoted whole
            start, rule, conf = toks[k].start, f"reported.{opening}", 0.85
        elif comp is not None and comp + 1 < n:
            start = toks[comp + 1].start
            rule = f"reported.{toks[comp].lower}"
            conf = 0.9
        elif k < n and toks[k].quoted and left and toks[cue.i].lower in lex.participle_cues:
            # "Allen praised the students, saying “it is exactly what we would expect”": the quote
            start, rule, conf = toks[k].start, "reported.said" if lex.lang == "en" else "reported.object", 0.8
        elif k < n and (_words(toks, k, n) >= MIN_CLAUSE_WORDS or (cue.naming and toks[k].quoted)):
            if (
                cue.naming
                and toks[cue.i].lower in _CALL_FORMS
                and toks[k].lower in ("a", "an")
                and not any(t.quoted for t in toks[k:n])
            ):
                continue  # "Theresa May has called a snap election": calling one, naming nothing
            if cue.naming:
                start = toks[cue.i].start if left else toks[k].start
                rule, conf = "reported.naming", 0.85
            elif any(t.lower == "te" for t in toks[k:n]) and lex.lang == "nl":
                start, rule, conf = toks[k].start, "reported.infinitive", 0.8
            elif left and (
                (toks[k].lower in INFINITIVE_TO and toks[cue.i].lower in lex.promise_verbs)
                or (
                    (
                        lex.upos.get(toks[k].lower) not in ("ADP", "ADV", "PART", "CCONJ")
                        # "said only an inquiry will …": an adverb before the clause's subject
                        or (lex.lang == "en" and k + 1 < n and toks[k + 1].lower in lex.determiners)
                        # "said only one bus every hour travels …"
                        or (lex.lang == "en" and k + 1 < n and toks[k + 1].lower in lex.number_words)
                        # "said just fewer than 100 workers could be affected"
                        or (lex.lang == "en" and k + 1 < n and toks[k + 1].lower in _QUANTIFIERS)
                        # "said up to 900 fish could have been killed": a quantity opens the subject
                        or (lex.lang == "en" and _quantity(toks, k, n))
                        # "said even now the issue could be resolved": adverbs before the subject
                        or (lex.lang == "en" and _adverbs_then_subject(toks, k, n, lex))
                        # "said even if detainees are designated …, they still won't …", "said only
                        # Ryanair pilots … are involved": an adverb or a subordinate clause first
                        or (
                            lex.lang == "en"
                            and toks[cue.i].lower in _PLAIN_SAID
                            and lex.upos.get(toks[k].lower) in ("ADV", "SCONJ")
                            and k + 1 < n
                            and _has_verb(toks, k + 1, n, lex)
                            and _said_clause(toks, cue, k, n, lex)
                        )
                    )
                    and (
                        _object_cue(cue.text, lex)
                        or _has_verb(toks, k, n, lex)
                        or _said_clause(toks, cue, k, n, lex)
                    )
                    # "reported a 31 percent increase", "announced a plan": a noun object, an event
                    and not (toks[cue.i].lower in _ANNOUNCING and toks[k].lower in ("a", "an"))
                    # "announced plans to cut …": a plan made known, an event (the conventions
                    # leave announcements with a noun object to the author)
                    and not (
                        toks[cue.i].lower in _ANNOUNCING
                        and toks[k].lower in _PLAN_WORDS
                        and k + 1 < n
                        and toks[k + 1].lower in ("to", "for")
                    )
                )
                # "says with the city's cash crunch, the budget is a balancing act"
                or _fronted_phrase(toks, k, n, lex)
            ):
                # English drops "that" freely ("Smith said the plant ..."); Dutch without "dat" is looser
                rule = "reported.said" if lex.lang == "en" else "reported.object"
                start, conf = toks[k].start, (0.8 if lex.lang == "en" else 0.65)
                if lex.lang == "en" and _closing_cue(toks, k, n, lex):
                    # "… to have officials testify, a senior official said.": the closing cue reports
                    continue
            else:
                start = None
        else:
            start = None
        if (
            start is None
            and left is None
            and lex.lang == "nl"
            and _object_cue(cue.text, lex)
            and not cue.naming
            and toks[cue.i].lower not in ("vond", "vonden")  # "Na de moord vond B. een advocaat": found
            and np.kind in ("name", "org", "role", "pronoun")
            and cue.i > clause_lo
            and (lex.upos.get(toks[clause_lo].lower) == "ADP" or lex.adverb(toks[clause_lo].lower))
            and k < n
            and not toks[k].quoted
            and _words(toks, k, n) >= MIN_CLAUSE_WORDS
        ):
            # "Voor 2023 verwacht de bank een afvlakking van de stijging": after a fronted phrase the
            # subject follows the verb, and the object after it is the claim
            start, rule, conf, fronted_phrase = toks[k].start, "reported.object", 0.65, True
        if start is None and fronted and (_object_cue(cue.text, lex) or cue.naming):
            start, rule, conf = toks[k].start, "reported.object", 0.65
        if fronted and start is not None:
            start = toks[first].start  # the object before the verb belongs to the claim
        if (
            start is not None
            and lex.lang == "nl"
            and not left
            and not fronted_phrase
            and rule in ("reported.naming", "reported.object", "reported.infinitive")
            and cue.i > clause_lo
            and any(
                t.word and not lex.adverb(t.lower) and t.lower not in COORDINATORS
                for t in toks[clause_lo : cue.i]
            )
        ):
            # "De strafzaak noemt hij 'een groot circus'", "Die baan vreest hij kwijt te raken": the
            # object stands before the verb, and the claim is the clause whole
            start = toks[clause_lo].start
        if start is None:
            # "…, zei hij." / "…, he said.": the claim is the part before the comma
            tail_lo = np.end if not left else cue.j
            tail_hi = _participle_comma(toks, tail_lo, n)
            tail = _words(toks, tail_lo, tail_hi)
            # "…, zei hij na afloop in de Franse hoofdstad tegen media.": circumstances only
            inverted = cue.i == clause_lo
            # "…, Mrs King told delegates at a workshop on health": whom it was told, then circumstances
            told = _past_addressee(toks, tail_lo, tail_hi, lex) if cue.tell else tail_lo
            short_tail = tail <= 6 or (
                (tail <= 12 or (inverted and not left and tail <= 20))
                and toks[cue.i].lower not in lex.participle_cues
                and (_circumstance(toks, told, lex) or (inverted and not left))
                and not _has_clause_word(toks, told, tail_hi, lex)
            )
            if (
                trailing_cue
                and short_tail
                and _claim_clause(toks, first, _clause_hi(toks, clause_lo), lex, inverted)
            ):
                ent = forced or _trailing_org(rules, toks, np, clause_lo) or rules.entity(np)
                if ent is None and np.kind != "pronoun":
                    continue
                return _trailing_claim(rules, toks, sent_lo, sent_i, clause_lo, ent, np, cue)
            continue
        ent = forced or rules.entity(np)
        if ent is None and np.kind != "pronoun":
            continue
        end = rules.clause_end(toks, k, n, sent_hi)
        lo, hi = rules.span(start, end)
        if hi <= lo:
            continue
        if np.kind == "pronoun":
            conf *= 0.95 if ent is not None else 0.5
        rules.tracker.set_focus(ent)
        d = Draft(lo, hi, "indirect", ent, np.mention, cue.text, rule, conf, sent_i, "", cue.j)
        if left is not None and not forced:
            src = min(left.start, cue.i)
            if rules.quoting(toks, cue, 0) is not None:
                # "Russia's Interfax news agency quoted Lavrov as saying …": all of it says who
                src = past_dateline(toks, 0)
            elif toks[cue.i].lower in lex.participle_cues and left.end < cue.i - 1:
                # "X urged the union back to the table, saying …": the main clause is the author's
                src = cue.i - (toks[cue.i - 1].lower in PARTICIPLE_LINKS)
            elif coordinated:
                # "X apologised to …, and said …": the first verb's clause is the author's
                src = max(m for m in range(cue.i) if toks[m].lower in COORDINATORS)
            elif left.end < cue.i and (
                toks[left.end].lower in _ANTECEDENT_RELATIVES
                or (toks[left.end].text == "," and toks[left.end + 1].lower in _ANTECEDENT_RELATIVES)
            ):
                # "… an interview with Mr McElvaney, who said …": the antecedent stays in the
                # author's clause
                src = left.end + (toks[left.end].text == ",")
            d.source_start = toks[src].start
        return d
    return None


# "… a blow for Unite, which said …": the antecedent stays in the author's clause
_ANTECEDENT_RELATIVES = RELATIVES | {"which"}


def _relative_antecedent(rules: SentenceRules, toks: list[Token], cue, first: int) -> NounPhrase | None:
    """The phrase a relative clause with the cue hangs on: "reageren op staatssecretaris Stientje
    van Veldhoven (Spoor), die vanmiddag zei dat …", "…, said Jim Smith, who added that …"; only after
    a comma or a bracket (not "mensen die zeggen dat …", which is nobody in particular)."""
    lex = rules.lex
    r = cue.i - 1
    while r > first and not toks[r].quoted and (lex.adverb(toks[r].lower) or time_word(toks[r].lower, lex)):
        r -= 1
    if r - 2 < first or toks[r].lower not in _RELATIVE_WHO or toks[r].quoted:
        return None
    end = r
    if toks[end - 1].text == ",":
        end -= 1
    if toks[end - 1].text == ")":
        k = end - 1
        while k > first and toks[k].text != "(":
            k -= 1
        end = k
    elif end == r:
        return None
    for k in range(max(first, end - 8), end):
        np = parse_np(toks, k, rules.text, lex)
        if np is not None and np.end == end and np.kind in ("name", "role", "org"):
            return np  # the longest phrase that ends right before the comma or bracket
    return None


_RELATIVE_WHO = frozenset(["die", "who"])
# "je", "men": the generic subject the pronoun lists leave out (Dutch "je" is also "your")
_GENERIC_YOU = frozenset(["je", "men"])


def _adverbial_opening(toks: list[Token], left, cue, lex) -> bool:
    """Whether a one-word "name" right before the cue opens the sentence as a word of no known
    class ("Concreet", "Ditmaal"): in Dutch word order the subject then follows the verb."""
    return left.start == 0 and left.end == 1 and cue.i == 1 and lex.upos.get(toks[0].lower) is None


def _plural_np(np) -> bool:
    """Whether a phrase's head noun looks plural ("de burgemeesters", "partijen")."""
    words = (np.role or np.org or np.mention).split()
    w = words[-1].lower() if words else ""
    return _plural(w) or (len(w) > 3 and w.endswith("en"))  # "de burgemeesters", "partijen"


def _stray_comma_subject(rules: SentenceRules, toks: list[Token], cue, clause_lo: int, first: int):
    """ "Labor Commissioner Patricia Moulton Powden, said the state will …": a full name opening the
    sentence, then a comma before its verb that belongs to no apposition."""
    i = cue.i
    if clause_lo != i or i < 3 or toks[i - 1].text != "," or toks[i - 1].quoted:
        return None
    if not cue.tell and cue.j < len(toks) and name_token(toks, cue.j, rules.lex):
        return None  # "…, said Smith": the speaker follows
    lo = _clause_start(toks, i - 1)
    if lo != first:
        return None
    np = parse_np(toks, lo, rules.text, rules.lex)
    if np is None or np.kind != "name" or np.end != i - 1 or " " not in np.name:
        return None
    return np


def _outer_cue(rules: SentenceRules, toks: list[Token], cues: list, n: int) -> int | None:
    """The token index of a cue that closes the sentence after a comma with its subject ("…, zegt
    rector Corinne Sebregts."), when another of the sentence's ``cues`` stands before it: the
    closing one is the outer source of all that comes before."""
    if len(cues) < 2:
        return None
    last = cues[-1]
    i = last.i
    if i < 2 or toks[i - 1].text != "," or toks[i - 1].quoted or last.tell or last.naming:
        return None
    if toks[i].lower in rules.lex.participle_cues:
        return None  # "…, saying …" opens a clause of its own
    np = rules.right_subject(toks, last)
    if np is None:
        return None
    end = np.end
    while end < n and not toks[end].word and toks[end].text in ".!?\"”’'":
        end += 1
    return i if end >= n else None


def _said_clause(toks: list[Token], cue, k: int, n: int, lex) -> bool:
    """ "said Trump campaign strategists plan to secure …": after "said"/"says" English drops "that",
    and what follows is a clause even when its verb is a word the table does not know; a noun
    object ("said a prayer") is short."""
    if lex.lang != "en" or toks[cue.i].lower not in ("said", "says", "say", "told", "tells", "tell"):
        return False
    end = next(
        (
            m
            for m in range(k, n)
            if toks[m].text in ",;:.!?"
            and not toks[m].quoted
            # "said Mrs. Clinton's advantage …": the dot of an abbreviation ends nothing
            and not (toks[m].text == "." and _abbrev(toks, m))
        ),
        n,
    )
    if end - k < (4 if toks[k].lower == "the" else 5) or lex.upos.get(toks[k].lower) == "ADP":
        return False  # "says the hot line receives, on average, …": four words before the comma
    # "said shoplifting in 2011 totaled $35 billion": a gerund is the subject when a verb in the
    # past follows it ("said nothing", "told jokes" have none)
    first = toks[k].lower
    if first.endswith("thing"):
        return False  # "said nothing despite …"
    return not first.endswith("ing") or any(
        toks[m].lower.endswith("ed") and not toks[m].cap and toks[m - 1].lower not in _ANTECEDENT_RELATIVES
        for m in range(k + 2, end)
    )


# "That’s according to …": a sentence pointing back at the one before ("Dat is volgens de bond een
# probleem" says something of its own)
_THAT_IS = frozenset(["that’s", "that's", "that"])
_SELF = frozenset(["zelf", "himself", "herself", "itself", "themselves"])
_PLAIN_SAID = frozenset(["said", "says", "say"])
_QUANTITY_PAIRS = frozenset(
    [
        ("up", "to"),
        ("more", "than"),
        ("less", "than"),
        ("fewer", "than"),
        ("at", "least"),
        ("as", "many"),
        ("too", "much"),
        ("too", "many"),
        ("so", "much"),
        ("so", "many"),
        ("not", "all"),
        ("not", "enough"),
    ]
)
_QUANTITY_WORDS = frozenset(
    ["about", "around", "nearly", "almost", "roughly", "approximately", "some", "over"]
)


def _adverbs_then_subject(toks: list[Token], k: int, n: int, lex) -> bool:
    """ "even now the issue …", "perhaps more importantly it …": one or two adverbs, then a
    determiner or a subject pronoun opening the clause."""
    m = k
    while m < n and m - k < 2 and not toks[m].quoted and lex.upos.get(toks[m].lower) == "ADV":
        m += 1
    return k < m < n and (toks[m].lower in lex.determiners or toks[m].lower in lex.subject_pronouns)


def _quantity(toks: list[Token], k: int, n: int) -> bool:
    """Whether the words at ``k`` open a quantity: "up to 900", "more than half", "about 40"."""
    if k + 1 >= n:
        return False
    pair = (toks[k].lower, toks[k + 1].lower)
    if pair in _QUANTITY_PAIRS:
        return True
    return toks[k].lower in _QUANTITY_WORDS and toks[k + 1].text[:1].isdigit()


def _circumstance(toks: list[Token], k: int, lex) -> bool:
    """Whether the words after a trailing cue open with a circumstance ("na afloop", "on Monday")
    or the cue's own subject pronoun ("zei hij na afloop …")."""
    while k < len(toks) and (toks[k].lower in lex.subject_pronouns or toks[k].lower in lex.adverbs):
        k += 1
    return k < len(toks) and (lex.upos.get(toks[k].lower) in ("ADP", "ADV") or toks[k].text in ".!?")


def _past_addressee(toks: list[Token], lo: int, hi: int, lex) -> int:
    """The token after the addressee a tell verb names ("told delegates at …", "told the BBC on
    …"): up to three words before a preposition; ``lo`` when there is none."""
    for k in range(lo, min(hi, lo + 4)):
        if lex.upos.get(toks[k].lower) == "ADP":
            return k if k > lo else lo
        if not toks[k].word or toks[k].quoted:
            return lo
    return lo


def _has_clause_word(toks: list[Token], lo: int, hi: int, lex) -> bool:
    """Whether ``toks[lo:hi]`` holds a verb, a complementizer or a quote: more than circumstances."""
    for t in toks[lo:hi]:
        lw = t.lower
        if t.quoted or lw in lex.complementizers or lw in lex.auxiliaries or lw in _MODALS:
            return True
        if lex.upos.get(lw) in ("VERB", "AUX", "SCONJ") or lex.is_cue_verb(lw) or t.text in ",;":
            return True
    return False


def _participle_comma(toks: list[Token], k: int, n: int) -> int:
    """Where the tail after a trailing cue ends: at a comma opening a participle clause ("…,”
    McConnell said in June 2012, citing the release …"), else at the sentence's end."""
    for m in range(k, n - 1):
        t = toks[m]
        if t.text == "," and not t.quoted:
            nxt = toks[m + 1]
            if nxt.word and not nxt.cap and len(nxt.lower) > 4 and nxt.lower.endswith("ing"):
                return m
            return n
    return n


def _aside_after_cue(toks: list[Token], k: int, lex) -> bool:
    """ "said Monday, in an email to the paper, that …": English puts a circumstance between
    commas before its "that"."""
    return lex.lang == "en" and toks[k].text == ","


def _prepositional(lower: str, lex) -> bool:
    """Whether a word opens a circumstance between a cue and its "that": "said on Sunday after a
    meeting with … that …"."""
    return lex.upos.get(lower) == "ADP" or lower in ("after", "before", "na", "voor")


# descriptions that a country is: "…, the government said", "het land"
_STATE_WORDS = frozenset(["government", "country", "state", "regering", "land", "overheid", "kabinet"])


def _trailing_org(rules: SentenceRules, toks: list[Token], np, clause_lo: int):
    """ "NorthSea Air will cancel …, the carrier said": a trailing "the carrier" / "het bedrijf"
    is the organisation that is the subject of the clause it closes, when that names one."""
    lex = rules.lex
    if np.kind != "org" or fold(np.org) not in lex.anaphoric_orgs:
        return None
    head = parse_np(toks, 0, rules.text, lex)
    if head is None or head.kind not in ("name", "org") or head.end >= clause_lo or head.role:
        return None
    name = head.name or head.org
    if fold(name) in lex.countries and fold(np.org) not in _STATE_WORDS:
        return None  # "UK firms are …, the union has warned": a country is no union
    known = rules.tracker.lookup(name)
    if known is not None:
        return known if known.kind != "person" else None
    # a bare capitalised word opening the sentence may be a common noun ("Prices will rise, …")
    if head.kind == "name" and " " not in name and name[1:].islower():
        return None
    return rules.tracker.organisation(name, head.mention)


def _clause_start(toks: list[Token], i: int) -> int:
    """Start of the clause holding token ``i``: after the last comma or quote before it."""
    k = i - 1
    while k >= 0:
        t = toks[k]
        if t.text == ")" and not t.quoted:
            # "Craig Browne (Alderley Edge, Ind) said": a comma inside brackets splits no clause
            opening = next((m for m in range(k - 1, max(-1, k - 12), -1) if toks[m].text == "("), None)
            if opening is not None:
                k = opening - 1
                continue
        if (
            t.text == ","
            and 0 < k < i - 3
            and toks[k - 1].cap
            and toks[k + 1].cap
            and not toks[k - 1].quoted
            and not toks[k + 1].quoted
            and toks[k + 2].lower in ("en", "and")
            and toks[k + 3].cap
        ):
            # "De minister van Landbouw, Natuur en Voedselkwaliteit Piet Adema zei": a list of
            # capitalised words in one phrase
            k -= 1
            continue
        if t.text in ",;:|" or t.quoted or (t.text in "–—-" and k > 0 and t.start > toks[k - 1].end):
            k += 1
            while k < i and toks[k].text in "–—-":
                k += 1  # "ATLANTA -- Health officials said"
            return k  # also after a dateline: "(AP) – Fire officials … say"
        k -= 1
        if i - k > 30:
            break
    return 0


def _comma_before(toks: list[Token], k: int) -> bool:
    """Whether a comma closes what comes before token ``k``: ", the carrier said" or a partial quote
    whose comma sits inside the marks ("… “for the better,” McConnell said")."""
    t = toks[k - 1]
    if t.text == "," or t.comma_inside():
        return True
    # "… often had “no protection from noises” it said.": a closing quote, then only who said it
    rest = [x for x in toks[k:] if x.word or x.quoted]
    return t.quoted and 2 <= len(rest) <= 3 and not any(x.quoted or x.text == "," for x in toks[k:])


def _clause_hi(toks: list[Token], clause_lo: int) -> int:
    """End of the clause a trailing cue closes: before its comma, or after a partial quote that
    holds the comma."""
    return clause_lo if toks[clause_lo - 1].quoted else clause_lo - 1


def _trailing_claim(rules, toks, sent_lo, sent_i, clause_lo, ent, np, cue) -> Draft:
    """ "…, the carrier said" / "…, zei hij": the claim is the clause before the trailing cue."""
    before = toks[clause_lo - 1]
    opening = past_dateline(toks, 0)  # "LONDON (Reuters) - …": the dateline is no part of the claim
    start = toks[opening].start if 0 < opening < clause_lo - 1 else sent_lo
    lo, hi = rules.span(start, before.end if before.quoted else before.start)
    rules.tracker.set_focus(ent)
    return Draft(lo, hi, "indirect", ent, np.mention, cue.text, "reported.cue_after", 0.8, sent_i, "", cue.j)


_SPREKEN = frozenset(["spreekt", "sprak", "spraken", "spreken"])


def _spoke_out(toks: list[Token], cue, n: int, lex) -> bool:
    """ "sprak zijn waardering uit voor …", "spreekt zich niet uit over …": "uitspreken" with a noun
    object only is an event, not a claim; "sprak de hoop uit dat …" keeps its clause."""
    if toks[cue.i].lower not in _SPREKEN:
        return False
    rest = toks[cue.j : n]
    if any(t.quoted or t.lower in lex.complementizers or t.lower == "te" for t in rest):
        return False  # "sprak de hoop uit dat …", "sprak uit te verwachten …": a clause after all
    return any(t.lower == "uit" for t in rest)


def _object_cue(cue: str, lex) -> bool:
    """Dutch cues whose object is what is claimed, with no verb of its own: "vindt het ontslag
    onterecht", "sprak van geblunder", "wijst op de woningnood"; other cues with only a noun
    object ("schreef een brief", "schat de buit op …") report no claim."""
    return lex.lang == "nl" and cue.lower() in lex.object_cues


_LIST_LINKS = frozenset(["and", "or", "en", "of"])


def _closing_cue(toks: list[Token], k: int, n: int, lex) -> bool:
    """Whether the sentence from ``k`` on ends in a cue of its own after a comma: "…, the report
    by X said." / "…, zegt de oppositie."."""
    end = n - 1 if n and toks[-1].text in ".!?" else n
    for m in range(max(k, end - 9), end):
        if toks[m].text == "," and not toks[m].quoted:
            # the cue opens or closes the segment: ", NP said." / ", said NP."
            return any(
                lex.is_cue_verb(toks[c].lower)
                and toks[c].lower not in lex.participle_cues
                # ', called "severe acute respiratory syndrome".': a name given, not a cue closing
                and not (c == m + 1 and c + 1 < n and toks[c + 1].quoted)
                # "by local, state and federal agencies.": a word of a list, not a cue
                and not (c == m + 1 and c + 1 < n and toks[c + 1].lower in _LIST_LINKS)
                for c in {m + 1, end - 1}
                if m + 1 < end and not toks[c].quoted
            )
    return False


def _coordinated(toks: list[Token], i: int, first: int) -> bool:
    """Whether the cue at ``i`` follows a coordinator, past an insertion between commas: "and
    warned", "maar laat weten", "and, in the latest departure, said"."""
    k = i - 1
    if k > first and toks[k].text == ",":
        k -= 1
        while k > first and toks[k].text != "," and not toks[k].quoted:
            k -= 1
        k -= 1
    return k >= first and toks[k].lower in COORDINATORS


_SUBJECT_RELATIVES = frozenset(["who", "whose", "die", "wiens", "wier"])


def _claim_clause(toks: list[Token], lo: int, hi: int, lex, inverted: bool = False) -> bool:
    """Whether the words before a trailing cue ("…, the carrier said") are a clause: three words
    or more, one of them a verb ("Prior to the election, …" is none). Right before an inverted cue
    ("Vandaar de keuze voor het paviljoen, legde X uit") a verbless claim is fine."""
    words = sum(len(t.text.split()) if t.quoted else t.word for t in toks[lo:hi])
    if words < 3:
        return False
    comma = next((m for m in range(lo + 1, min(hi - 1, lo + 6)) if toks[m].text == ","), None)
    if (
        comma is not None
        and not toks[lo].quoted
        and toks[comma + 1].lower in _SUBJECT_RELATIVES
        and not toks[comma + 1].quoted
        and not any(t.text == "," for t in toks[comma + 1 : hi])
    ):
        return False  # "Cretella, whose business manages …, expects …": the subject and its aside
    if (
        comma is not None
        and (
            (not lex.not_a_name(toks[lo].lower) and toks[lo].lower not in lex.function_words)
            or (toks[lo].lower in lex.name_particles and lo + 1 < comma)  # "De Waal, …"
        )
        and all(toks[m].cap or toks[m].lower in lex.name_particles for m in range(lo, comma))
        and not any(
            t.quoted
            or t.text == ","
            or t.lower in lex.auxiliaries
            or lex.upos.get(t.lower) in ("VERB", "AUX")
            for t in toks[comma + 1 : hi]
        )
    ):
        return False  # "Bart Crols, woordvoerder van de NMBS, spreekt over …": the subject and its aside
    at = next((m for m in range(lo, hi) if toks[m].word or toks[m].quoted), None)
    first = toks[at] if at is not None else None
    if (
        first is not None
        and not first.quoted
        and first.lower in _SUBORDINATE_OPENERS
        and not _adverb_opening(toks, at, hi, lex)
        and not any(t.text == "," and not t.quoted for t in toks[lo:hi])
        # "Hoe lang ze moeten wachten is niet te meten, zegt …": the subordinate clause is the
        # subject of a main clause, whose copula follows it
        and not any(
            toks[m].lower in lex.copulas and _verb_like(toks[m - 1], lex) for m in range(lo + 3, hi - 1)
        )
    ):
        # "Toen minister De Block een reactie instuurde, zei …", "Waarom de scholen dicht gingen,
        # legde hij uit": a subordinate clause or a question, whose claim is elsewhere
        return False
    if inverted or (lex.lang == "en" and words >= 6):
        return True  # "First, striking simply prevents the two sides from negotiating, she said."
    for t in toks[lo:hi]:
        if t.quoted:
            return True
        lw = t.lower
        if lw in lex.auxiliaries or lw in _MODALS or lex.upos.get(lw) in ("VERB", "AUX"):
            return True
        if _unknown_verb(t):
            return True
    return False


def _adverb_opening(toks: list[Token], at: int, hi: int, lex) -> bool:
    """Whether a word that can open a subordinate clause opens a main clause here: "Nu is dat
    circa 1 procent", "Toen was er een recessie" (the finite verb right after it), "Hoe dan ook
    moet …", English "Of the four new cases, …" (a preposition)."""
    lw = toks[at].lower
    if lex.lang == "en":
        return lw == "of"
    nxt = toks[at + 1] if at + 1 < hi else None
    if nxt is None or nxt.quoted:
        return False
    if lw == "hoe":
        return nxt.lower == "dan" and at + 2 < hi and toks[at + 2].lower == "ook"
    return lw in ("nu", "toen") and (
        nxt.lower in lex.auxiliaries or nxt.lower in _MODALS or lex.upos.get(nxt.lower) in ("VERB", "AUX")
    )


def _fronted_phrase(toks: list[Token], k: int, n: int, lex) -> bool:
    """Whether an English clause after a cue opens with a phrase and its comma, then its subject
    and verb: "says with the city's cash crunch, the budget is a balancing act"."""
    if lex.lang != "en" or lex.upos.get(toks[k].lower) != "ADP" or toks[k].lower in ("to", "of"):
        return False
    comma = next(
        (m for m in range(k + 2, min(n - 2, k + 11)) if toks[m].text == "," and not toks[m].quoted), None
    )
    if comma is None:
        return False
    after = toks[comma + 1]
    return (
        after.word
        and not after.quoted
        and (
            after.lower in lex.determiners
            or after.lower in lex.subject_pronouns
            or after.cap
            or (lex.upos.get(after.lower) in ("NOUN", None) and after.lower not in lex.function_words)
        )
        and _has_verb(toks, comma + 1, n, lex)
    )


def _has_verb(toks: list[Token], k: int, n: int, lex) -> bool:
    """Whether a clause without "that"/"dat" has a verb before its first comma: "said the plant
    will close" has one, "denied reports of tension" (a noun object) has none."""
    base = toks[k].lower.replace("’", "'").split("'")[0]
    if base in lex.subject_pronouns or base in ("it", "i", "we", "you", "there", "that"):
        return True  # also "it’s", "they're", "there's"
    if lex.lang == "en" and toks[k].lower == "to":
        return False  # "wrote to the president": an object, not a clause
    if lex.lang == "en" and toks[k].lower.endswith("ing") and not toks[k].cap:
        # "denies murdering …" is an object; "said cutting down on councillors will make …" a
        # clause whose subject is the gerund phrase, with a modal or auxiliary of its own
        end = next((m for m in range(k, min(n, k + 12)) if toks[m].text in ",;:.!?"), min(n, k + 12))
        return any(toks[m].lower in _MODALS or toks[m].lower in lex.auxiliaries for m in range(k + 1, end))
    # the word right after the cue is the clause's subject or the verb's object: "reports" there
    # is a noun ("denied reports of tension"), so the verb is looked for after it
    m, end = k, min(n, k + 24)
    while m + 1 < end:
        m += 1
        t = toks[m]
        if t.quoted:
            return True
        if t.text == "." and toks[m - 1].end == t.start and abbreviation_word(toks[m - 1].text):
            continue  # "Mr. Trump could …"
        if t.text in ";:.!?":
            return False
        if t.text == ",":
            after_comma = toks[m + 1].lower if m + 1 < n else ""
            reach = 7
            if after_comma in _ASIDE_OPENERS or (
                m + 2 < n
                and toks[m + 2].lower in ("which", "whom", "whose")
                and lex.upos.get(after_comma) == "ADP"
            ):
                reach = 22  # "said the meeting, in which he was subjected to …, had been …"
            elif after_comma in _EXAMPLE_OPENERS:
                reach = 16  # "said all board members, including co-founders A and B, pledged …"
            elif after_comma in ("the", "a", "an", "de", "het", "een") and (
                toks[m - 1].cap or (m + 2 < n and toks[m + 2].cap and not toks[m + 2].quoted)
            ):
                # "said Jamie Johnson, the executive director of the IDA, would …"; "say Omar Mateen,
                # the Afghan-American who took the lives of 49 club goers …, held …"
                relative = any(x.lower in _ASIDE_OPENERS for x in toks[m + 2 : min(n, m + 8)])
                reach = 24 if relative else 14
            elif after_comma.endswith("ed") or after_comma in ("run", "led", "owned", "based", "known"):
                reach = 14  # "says the program, run by the Department of Homeland Security, has …"
            close = next((c for c in range(m + 2, min(n, m + reach)) if toks[c].text == ","), None)
            if close is not None and not any(lex.is_cue_verb(x.lower) for x in toks[m + 1 : close]):
                # "says his child, now grown up, was unvaccinated", "said Bway Corp., which bought
                # the plant in March, only purchased …": an aside between commas
                m = close
                end = min(n, max(end, m + 12))
                continue
            nxt = next((c for c in range(m + 1, min(n, m + 12)) if toks[c].lower in ("and", "en")), None)
            if nxt is not None and not any(
                x.text in ";:.!?"
                or x.quoted
                or lex.upos.get(x.lower) in ("VERB", "AUX")
                or lex.is_cue_verb(x.lower)
                or (x.lower.endswith("ing") and not x.cap)
                for x in toks[m + 1 : nxt]
            ):
                # "said lower enrollments, a depletion of relief money, and inadequate funding are
                # to blame": a list, then the verb
                m = nxt
                end = min(n, max(end, m + 12))
                continue
            return False  # "denied reports of tension, insisting …": the comma ends the object
        lw = t.lower
        prev = toks[m - 1]
        if prev.lower in _NOUN_MARKERS or prev.lower in lex.determiners or prev.text[:1].isdigit():
            continue  # "a share", "per share", "1.92 per share": a noun, whatever else it may be
        if lw in lex.auxiliaries or lw in _MODALS or lex.upos.get(lw) in ("VERB", "AUX"):
            return True
        if len(lw) > 3 and lw.endswith("ed") and not t.cap:
            return True
    return False


_QUANTIFIERS = frozenset(["fewer", "more", "less", "over", "under", "about", "around", "nearly", "almost"])
_NOUN_MARKERS = frozenset(["per", "a", "an", "each", "every", "elke", "ieder", "iedere"])


_REASON_OPENERS = frozenset(
    [
        "since",
        "because",
        "as",
        "although",
        "though",
        "omdat",
        "want",
        "doordat",
        "zodat",
        "hoewel",
        "aangezien",
    ]
)
_PLAN_WORDS = frozenset(["plans", "proposals", "measures", "changes"])
_CALL_FORMS = frozenset(["call", "calls", "called", "calling"])
# "Dat meldt X, dat …": the object fronted before the verb, after which a ", dat" is relative
_FRONTED_OBJECTS = frozenset(["dat", "dit"])
# (with "hoewel", "although": "Hoewel het bestemmingsplan dat niet toestaat, vond de gemeente …",
# a concession, whose claim is the main clause's)
_SUBORDINATE_OPENERS = frozenset(
    [
        *("toen", "nadat", "zodra", "waarom", "hoeveel", "hoe", "of", "nu", "hoewel", "ofschoon"),
        *("whether", "why", "how", "speaking", "although", "though"),
    ]
)
_ASIDE_OPENERS = frozenset(["which", "who", "whose", "where", "die", "dat", "wat", "wiens", "waar"])
_EXAMPLE_OPENERS = frozenset(["including", "such", "like", "notably", "especially", "waaronder", "zoals"])
# when a cue is said, besides the days: "said earlier, in an email to …, that …"
_WHEN_WORDS = frozenset(["tonight", "earlier", "eerder"])


def _while_clause(toks: list[Token], k: int, lex) -> bool:
    """ "…, a defense official said Friday as the Pentagon sought …", "…, he said as he left": what
    was going on when it was said, not the claim ("said as many as 500 jobs …")."""
    if k + 1 >= len(toks) or toks[k].quoted or toks[k].lower not in ("as", "terwijl"):
        return False
    nxt = toks[k + 1].lower
    return nxt in lex.determiners or nxt in lex.subject_pronouns or nxt in ("it", "they", "we")


def _words(toks: list[Token], lo: int, hi: int) -> int:
    return sum(1 for t in toks[lo:hi] if t.word or t.quoted)
