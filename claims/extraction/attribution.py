"""Attribution rules for one sentence: who said what, and how the text marks it.

Each rule is for a phenomenon, not for a sentence: direct quotes with a cue after or before them
(``quote.cue_after``, ``quote.cue_before``, ``quote.colon``), quotes with no cue
(``quote.continuation``: the speaker in focus), reported speech with a complementizer
(``reported.dat`` / ``reported.that``), with an infinitive or an object (``reported.infinitive``,
``reported.naming``, ``reported.object``), with "volgens"/"according to"/"aldus"
(``reported.volgens``, ``reported.according``, ``reported.aldus``), a trailing cue (``reported.cue_after``),
and "Dat zei X" pointing back at the previous sentence (``reported.backward``, handled by the
article driver from the ``Backward`` result).

The subject of a cue is found next to it, behind a comma apposition ("Ursula Pachl, deputy
director of BEUC, said"; "the Lord Mayor, Emma Blain, told"), next to an auxiliary when an
adverbial sits between subject and participle ("X heeft vrijdag na de ministerraad gezegd"), or,
for a participle after a comma ("…, saying …"), at the start of the main clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lexicon import Lexicon
from .phrases import (
    DASHES,
    NounPhrase,
    abbreviation_word,
    parse_np,
    past_dateline,
    pronoun_gender,
    span_np,
    time_word,
)
from .speakers import _SINGULAR_HE, Entity, SpeakerTracker, _plural
from .text import Quote, Token, _rstrip, strip_span

MAX_CUES = 6
COORDINATORS = frozenset({"and", "but", "en", "maar"})
# "Grant Wallace with the Lubbock branch of …": a name, then whom it works for
_AFFILIATIONS = frozenset({"with", "of", "at", "from", "for"})
RELATIVES = frozenset({"who", "die", "wie"})
# "… were imposed after defence lawyers claimed …": a subject right after a subordinator
SUBORDINATORS = frozenset(
    [
        "after",
        "before",
        "because",
        "when",
        "while",
        "since",
        "as",
        "although",
        "though",
        "nadat",
        "omdat",
        "toen",
        "terwijl",
        "zodat",
        "sinds",
        # "… in which most voters say they …", "… which they say left a vacuum"
        "which",
    ]
)
MAX_PAREN = 10  # tokens inside a parenthetical after a name ("(Mobiliteit)", "(CDA)")
# A participle cue after these has the main clause's subject: "…, while insisting that …".
PARTICIPLE_LINKS = frozenset({"while", "after", "before", "by", "terwijl"})
# cues that are no nouns ("states", "reports", "claims" may be) besides those ending in "-ed"
_FINITE_CUES = frozenset(
    [
        "say",
        "says",
        "said",
        "tell",
        "tells",
        "told",
        "think",
        "thinks",
        "thought",
        "believe",
        "believes",
        "argue",
        "argues",
        "warn",
        "warns",
        "insist",
        "insists",
        "contend",
        "contends",
        "maintain",
        "maintains",
        "wrote",
    ]
)
_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "zelf"})
COORDINATORS_START = frozenset({"and", "but", "so", "indeed", "still", "yet", "meanwhile"})
_NEGATIONS = frozenset(["niet", "not", "never", "nooit"])
_PASSIVE_AUX = frozenset(
    ["was", "were", "is", "are", "been", "be", "being", "werd", "wordt", "werden", "worden"]
)
LEFT_BOUNDARY = frozenset({",", "—", "–", ":", "en", "maar", "want", "and", "but", "what", "wat"})
# Words that single out the subject opening a clause: "Ook hij zei dat …", "Even the mayor said …".
FOCUS_PARTICLES = frozenset({"ook", "zelfs", "alleen", "even", "also", "only"})
TRAILING = " \t\r\n,;:.!?"
_OPENERS = re.compile(r"[ —–\-(\[]*")  # the characters a standalone quote may follow


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    kind: str
    entity: Entity | None
    mention: str | None
    cue: str | None
    rule: str
    confidence: float
    sentence: int = 0
    pending: str = ""  # "heading" or "forward": speaker to be settled by the article driver
    cue_end: int = -1  # token index just past the cue, so the next rule in the sentence starts there
    source_start: int = (
        -1
    )  # offset where the speaker phrase (or the cue) starts, when it is left of the claim
    fallback: Entity | None = None  # a "forward" quote's speaker when nobody speaks after it


@dataclass(frozen=True, slots=True)
class Backward:
    """``Dat heeft Trump laten weten``: the previous sentence is the claim."""

    entity: Entity
    mention: str
    cue: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Cue:
    i: int  # token index of the verb
    j: int  # token index just past the cue (past an adjacent particle)
    particle: int | None
    text: str
    naming: bool
    tell: bool


# a seat in a body, before the name: "ranking member Ted Stevens", "bestuurslid Jan de Vries"
_MEMBER_WORDS = frozenset(["member", "lid"])


class SentenceRules:
    """Applies the rules to one sentence at a time, sharing the article's speaker tracker."""

    def __init__(self, text: str, lex: Lexicon, tracker: SpeakerTracker):
        self.text = text
        self.lex = lex
        self.tracker = tracker
        self.toks: list[Token] = []  # the tokens of the sentence being read

    # ---- helpers -------------------------------------------------------------------------
    def cues(self, toks: list[Token], lo: int, hi: int):
        lex = self.lex
        separable, cue_words = lex.separable, lex.cue_words
        found = 0
        # most tokens are not verbs of speech: find the candidates in one quick pass
        cue_any = lex.cue_any
        candidates = [i for i in range(lo, hi) if toks[i].lower in cue_any]
        for i in candidates:
            t = toks[i]
            if t.quoted or not t.word:
                continue
            lw = t.lower
            if lw in lex.talk_about:
                # "had het (smalend) over een “chequeske”": talking about, the claim keeps the verb
                over = next((k for k in range(i + 2, min(hi, i + 5)) if toks[k].lower == "over"), None)
                if i + 1 < hi and toks[i + 1].lower == "het" and over is not None:
                    yield Cue(i, over + 1, None, f"{t.text} het over", True, False)
                    found += 1
                continue
            if lw in lex.het_cues:
                if i + 1 < hi and toks[i + 1].lower == "het" and not toks[i + 1].quoted:
                    # "klonk het eerlijk bij de renner": the speaker follows "bij"
                    j = next(
                        (k + 1 for k in range(i + 2, min(hi - 1, i + 5)) if toks[k].lower == "bij"),
                        i + 2,
                    )
                    yield Cue(i, j, None, f"{t.text} het", False, False)
                    found += 1
                continue
            if lw in lex.naming_as and any(
                toks[k].lower in ("as", "als") and not toks[k].quoted for k in range(i + 2, min(hi, i + 10))
            ):
                yield Cue(i, i + 1, None, t.text, True, False)  # "condemned the move as reckless"
                found += 1
                continue
            if (
                (lw in lex.trailing_cues or (lw in lex.clause_cues and _finite_clause_cue(lw, lex)))
                and i > 1
                and toks[i - 1].text == ","
                and not toks[i - 1].quoted
                and _subject_to_end(toks, i + 1, hi, self.text, lex)
            ):
                yield Cue(i, i + 1, None, t.text, False, False)  # "…, zag Haarhuis."
                found += 1
                continue
            if lw in lex.cue_only_after:
                b = i - 1 - (i > 1 and toks[i - 1].lower in lex.auxiliaries)  # "an inquest has heard"
                if i > 0 and toks[b].lower in lex.cue_only_after[lw]:
                    yield Cue(i, i + 1, None, t.text, False, False)  # "Bodmin Magistrates' Court heard"
                    found += 1
                continue
            if t.cap and i > 0 and toks[i - 1].text not in "\"“„‘'(":
                continue  # "Islamic State", "Clinton Says No": a capital mid-sentence is no verb
            if lw in lex.ambiguous_cues and not _verb_use(toks, i, lex):
                continue
            if i > 0 and toks[i - 1].lower in _ARTICLES and not toks[i - 1].quoted:
                continue  # "The accused woman’s solicitor": a participle after an article is no verb
            if i > 1 and toks[i - 2].lower in _ARTICLES and toks[i - 1].lower.endswith("ly"):
                continue  # "a previously announced pilot project": an adverb between them
            if i > 0 and toks[i - 1].lower == "to" and lex.lang == "en" and catenative_start(toks, i) is None:
                continue  # "willing to conclude the matter": an infinitive, not the verb of a clause
            if lw in lex.not_cue_before and i + 1 < len(toks) and toks[i + 1].lower in lex.not_cue_before[lw]:
                continue
            if lw in lex.not_cue_after and i > 0 and toks[i - 1].lower in lex.not_cue_after[lw]:
                continue
            if lw in separable:
                p = separable[lw]
                particles = (p,) if isinstance(p, str) else p
                particle = False
                for k in range(i + 1, min(hi, i + 16)):
                    tk = toks[k]
                    if tk.text in ".!?" or (
                        tk.lower in lex.complementizers and not _demonstrative(toks, k, lex)
                    ):
                        break
                    if (
                        tk.lower in particles
                        and not tk.quoted
                        # "legt lector Jeroen Klijs van Breda University of Applied Sciences uit.": far
                        # from the verb only where the clause ends
                        and (k < i + 10 or k + 1 >= hi or toks[k + 1].text in ",.;:!?")
                    ):
                        adj = k == i + 1
                        yield Cue(
                            i,
                            k + 1 if adj else i + 1,
                            None if adj else k,
                            f"{t.text} {tk.text}",
                            False,
                            False,
                        )
                        found += 1
                        particle = True
                        break
                if not particle and (lw in cue_words or _clause_after(toks, i, hi, lex)):
                    # "sprak de strafpleiter": a speech verb of its own without the particle; "Sinds de
                    # zomer merkt ze dat …": a perception with its clause
                    yield Cue(i, i + 1, None, t.text, lw in lex.naming_verbs, lw in lex.tell_verbs)
                    found += 1
            elif lw in cue_words:
                if _not_a_report(toks, i, hi, lw, lex):
                    continue
                if i > 0 and (
                    toks[i - 1].lower in _PASSIVE_AUX
                    or (i > 1 and toks[i - 1].lower in _NEGATIONS and toks[i - 2].lower in _PASSIVE_AUX)
                ):
                    # "Jackson was called as back-up", "The Prime Minister was said to have …", "Meer
                    # informatie wordt niet bekendgemaakt": a passive reports nobody's words
                    continue
                yield Cue(i, i + 1, None, t.text, lw in lex.naming_verbs, lw in lex.tell_verbs)
                found += 1
            elif i + 1 < hi and (
                toks[i + 1].lower in lex.complementizers
                or _clause_after(toks, i, hi, lex)
                # "…, zo besliste de Vlaamse regering": the clause before, "zo" pointing back at it
                or (
                    i > 1 and toks[i - 1].lower == "zo" and toks[i - 2].text == "," and not toks[i - 2].quoted
                )
            ):
                # "Hij wil dat Nederland meer druk zet": a wish or fear with a clause
                yield Cue(i, i + 1, None, t.text, False, False)
                found += 1
            if found >= MAX_CUES:
                return

    def left_subject(self, toks: list[Token], cue: Cue, clause_lo: int, floor: int = 0) -> NounPhrase | None:
        """The subject before the cue: adjacent, behind an apposition or next to an auxiliary."""
        lex = self.lex
        quoted = self._quoted_as(toks, cue, clause_lo)
        if quoted is not None:
            return quoted
        clause_lo = past_dateline(toks, clause_lo)  # "BRUSSELS, Sept 28 Colruyt said …": not after the comma
        k = cue.i - 1
        while k >= clause_lo and (
            toks[k].lower in lex.auxiliaries
            # "De Morgen meldt": a capital inside the sentence is a name's, not the adverb "morgen"
            or (toks[k].lower in lex.adverbs and not (toks[k].cap and k > clause_lo and toks[k - 1].cap))
            or toks[k].lower in _REFLEXIVES
            or (not toks[k].cap and not toks[k].quoted and lex.adverb(toks[k].lower))
            # "A senior UN official voiced fears that …": the verb carrying the cue
            or (k == cue.i - 1 and toks[cue.i].lower in lex.clause_cues and toks[k].lower in lex.light_verbs)
        ):
            k -= 1  # "Ford itself said …", "Mr. Obama often says"
        chain = catenative_start(toks, cue.i) if k == cue.i - 1 else None
        if chain is not None and chain > clause_lo:
            k = chain - 1  # "Lewandowski continued to say …": the subject before the verb it hangs on
            while k >= clause_lo and (toks[k].lower in lex.auxiliaries or toks[k].lower in lex.adverbs):
                k -= 1
        while (
            k - 1 > clause_lo
            and toks[k].lower in _PERIODS
            and toks[k - 1].lower in _PERIOD_DETERMINERS
            and not toks[k].quoted
        ):
            # "Trump last month claimed …", "toen Rutte vorige week zei dat …": when, between
            # subject and verb
            k -= 2
            if k > clause_lo and toks[k].lower in ("earlier", "eerder"):
                k -= 1  # "earlier this month"
        if k == cue.i - 1 and k > clause_lo and toks[k].text == "," and not toks[k].quoted:
            # "Cisco chief executive Mr John Chambers, stated: “…”": a stray comma after a full name
            np = parse_np(toks, past_dateline(toks, clause_lo), self.text, lex)
            if np is not None and np.kind == "name" and np.end == k and " " in np.name:
                return np
        if k == cue.i - 1 and lex.lang == "en" and not toks[k].quoted and toks[k].word:
            # "Jonathan Newby, the group’s acting director and chief executive said: “…”": a full
            # name opening the clause, then its role in an apposition the cue closes
            start = past_dateline(toks, clause_lo)
            np = parse_np(toks, start, self.text, lex)
            if (
                np is not None
                and np.kind == "name"
                and " " in np.name
                and np.end < k
                and toks[np.end].text == ","
                and np.end + 1 < k
                and (
                    (
                        (
                            toks[np.end + 1].lower in lex.determiners
                            or toks[np.end + 1].lower.endswith(("'s", "’s"))
                        )
                        and lex.is_role(toks[k].lower)
                    )
                    # "Deb Williams, Managing Partner for Clapham Road Surgery said:": a title in
                    # capitals that opens the apposition
                    or any(
                        t.cap and lex.is_role(t.lower) and all(u.cap for u in toks[np.end + 1 : m])
                        for m, t in enumerate(toks[np.end + 1 : np.end + 4], np.end + 1)
                    )
                )
                and not any(
                    t.quoted
                    or t.text in ",;:"
                    or (lex.upos.get(t.lower) in ("VERB", "AUX") and t.lower not in lex.role_participles)
                    for t in toks[np.end + 1 : k]
                )
            ):
                return np
        if k > floor and k >= clause_lo - 1 and toks[k].text in DASHES and not toks[k].quoted:
            # "Ms Harman - a candidate for Labour's deputy leadership - said …": an aside between dashes
            d1 = next((m for m in range(k - 2, floor, -1) if toks[m].text in DASHES), None)
            if d1 is not None:
                start = past_dateline(toks, floor)
                # "In his response to the budget, Corbyn – it is … – said": the subject after the comma
                start = next((m + 1 for m in range(d1 - 1, start - 1, -1) if toks[m].text == ","), start)
                np = parse_np(toks, start, self.text, lex)
                if np is not None and np.end == d1 and np.kind in ("name", "org", "role"):
                    return np
        if (
            lex.lang == "nl"
            and k >= clause_lo
            and cue.j < len(toks)
            and toks[cue.j].lower in lex.subject_pronouns
            and not toks[cue.j].quoted
            and cue.j + 1 < len(toks)
            and toks[cue.j + 1].lower in lex.complementizers
        ):
            return None  # "Vol vuur betoogde ze dat …": the verb second, its subject after it
        paren = _paren_open(toks, k, clause_lo)
        if paren is not None:
            # "wethouder Lotte van der Meer (Mobiliteit) dinsdag bekendgemaakt": skip the aside
            k = paren - 1
            while k >= clause_lo and (toks[k].lower in lex.auxiliaries or toks[k].lower in lex.adverbs):
                k -= 1
        participle = toks[cue.i].lower in lex.participle_cues
        if participle and lex.lang == "en":
            # "… after Britain faced its hottest day with forecasters warning that …": the noun
            # phrase after "with" does the warning
            w = next(
                (m for m in range(cue.i - 1, max(floor, cue.i - 6) - 1, -1) if toks[m].lower == "with"), None
            )
            if w is not None and not toks[w].quoted:
                np = parse_np(toks, w + 1, self.text, lex, generic=True)
                if np is not None and np.end == cue.i:
                    return np
        if (
            participle
            and k > floor
            and toks[k].quoted
            and "," in self.text[toks[k].start : toks[cue.i].start]
        ):
            # 'upgraded BlackBerry to "buy" from "sell," saying …': the comma inside the quote marks
            return self._main_subject(toks, floor, k)
        if participle and k > floor and toks[k].lower in PARTICIPLE_LINKS and not toks[k].quoted:
            # "X portrayed his party as ready while insisting …": the subject of the main clause
            return self._main_subject(toks, floor, k)
        if (
            k > floor
            and k >= clause_lo - 1
            and toks[k].text == ","
            and not toks[k].quoted
            and cue.j < len(toks)
            and toks[cue.j].lower in lex.subject_pronouns
            and not participle
            and (
                cue.j + 1 >= len(toks)
                # not 'Marvin Rees, who …, said he "inherited years of neglect"': a quote goes on
                or (not toks[cue.j + 1].word and not toks[cue.j + 1].quoted)
                # "…, zei hij verder." but not "Nefzi, a professor, said he never saw …"
                or (lex.lang == "nl" and lex.upos.get(toks[cue.j + 1].lower) == "ADV")
            )
        ):
            return None  # "…, zei hij verder.": the subject follows the cue
        if k > floor and k == clause_lo - 1 and not participle and toks[k].comma_inside():
            # "Mr. Manafort, citing ''the unique magic of Trump,'' said …": a quote inside an aside
            return self.apposition(toks, k, floor)
        if k > floor and k >= clause_lo - 1 and toks[k].text == "," and not toks[k].quoted:
            if participle:
                # "X voted against, saying …": the subject of the main clause
                return self._main_subject(toks, floor, k)
            return self.apposition(toks, k, floor)
        if (
            k > clause_lo
            and toks[k].text == "."
            and toks[k - 1].cap
            and toks[k - 1].end == toks[k].start
            and not toks[k - 1].quoted
        ):
            # "Estee Lauder Cos. said …", "Apple Inc. said …": a name ending in an abbreviation
            np = self._np_ending(toks, k, clause_lo)
            if np is not None and np.kind in ("name", "org"):
                return np
        if (
            clause_lo > 1
            and k >= clause_lo
            and toks[clause_lo - 1].text == ","
            and not participle
            and any(lex.is_role(t.lower) for t in toks[clause_lo : cue.i])
        ):
            # "Ben Reid, chairman of the board said …": an apposition whose closing comma is missing
            head = parse_np(toks, past_dateline(toks, floor), self.text, lex)
            if (
                head is not None
                and head.kind == "name"
                and head.end == clause_lo - 1
                and self._asides_only(toks, clause_lo - 1, cue.i)
            ):
                return head
        if k < clause_lo or toks[k].quoted or not toks[k].word:
            return None
        bare = k > 1 and toks[k - 1].cap and toks[k - 1].word and not toks[k - 1].quoted
        relative = toks[k].lower in RELATIVES or (
            # "… a problem for Labour, which said it would not …": an organisation by its name
            lex.lang == "en"
            and toks[k].lower == "which"
            and k > 1
            and toks[k - 2].cap
            and not toks[k - 2].quoted
            and toks[k - 2].lower not in lex.countries  # "the UK, which boasts …": a place
        )
        if relative and k > 1 and ((toks[k - 1].text == "," and k == clause_lo) or bare):
            # "Macron, die zei dat …" / "said Gerberding, who added that …", "door premier Mark
            # Rutte die beloofde dat …": the antecedent
            end = k - 1 if toks[k - 1].text == "," else k
            lo = end
            while lo > 0 and toks[lo - 1].text not in ",;:" and not toks[lo - 1].quoted:
                lo -= 1
            np = self._np_ending(toks, end, lo)
            if np is None:
                # "an interview with Mr McElvaney, who said …", "denies assaulting Lee Stott, who
                # claimed …": the antecedent after a preposition or a verb
                for s in range(max(lo + 1, end - 7), end):
                    before = toks[s - 1]
                    if before.cap or not (
                        (lex.upos.get(before.lower) == "ADP" and before.word and not before.quoted)
                        or verb_token(before, lex, guess=True)
                    ):
                        continue
                    np = parse_np(toks, s, self.text, lex)
                    if np is not None and np.end == end and np.kind in ("name", "role", "org"):
                        return np
                return None
            return np
        if (
            1 < clause_lo < k
            and toks[clause_lo].lower in RELATIVES
            and toks[clause_lo - 1].text == ","
            and toks[cue.i - 1].lower in lex.auxiliaries
            and not any(
                lex.upos.get(t.lower) in ("VERB", "AUX") or t.lower in lex.auxiliaries
                for t in toks[clause_lo + 1 : cue.i - 1]
            )
        ):
            # "Hugo de Jonge, die donderdag in de Kamer heeft gezegd dat …": the antecedent
            end = clause_lo - 1
            for s in range(max(0, end - 8), end):
                np = parse_np(toks, s, self.text, lex)
                if np is not None and np.end == end and np.kind in ("name", "role", "org"):
                    return np
        np = self._np_ending(toks, k + 1, clause_lo)
        if np is None and lex.lang == "en":
            np = self._relative_subject(toks, cue, clause_lo, k)
        return (
            np
            or self._placed_subject(toks, k + 1, clause_lo)
            or self.aux_subject(toks, cue, clause_lo)
            or self._name_before(toks, k + 1, clause_lo)
        )

    def _name_before(self, toks: list[Token], end: int, clause_lo: int) -> NounPhrase | None:
        """Last resort in English, whose subject stands right before the verb: a full name ending
        there ("Met Éireann forecaster Gerald Fleming said"), the surname of someone already named
        ("Rose said"), a name and its affiliation ("Grant Wallace with the Lubbock branch of the
        American Cancer Society says"), or, for up to eight plain words, the phrase read by its
        shape (``span_np``)."""
        lex = self.lex
        if lex.lang != "en":
            return None  # Dutch puts the verb second: what stands before it may be anything
        lo = past_dateline(toks, clause_lo)
        if lo < end and toks[lo].lower in COORDINATORS and not toks[lo].quoted:
            lo += 1
        if end - lo < 1 or end - lo > 14 or lex.upos.get(toks[lo].lower) == "ADP":
            return None  # "Miriam Deakin, of NHS Providers said": the name is before the comma
        plain = [t.word and not t.quoted for t in toks[lo:end]]
        if end - lo == 1:
            np = NounPhrase(lo, end, "name", name=toks[lo].text, mention=toks[lo].text)
            return np if plain[0] and toks[lo].cap and self.known_name(np) is not None else None
        np = self._full_name_before(toks, end, lo)
        if np is not None:
            return np
        if not all(plain) or (lo > 0 and toks[lo - 1].word and not toks[lo - 1].quoted):
            return None  # a comma inside, or words before it: not one phrase
        head = parse_np(toks, lo, self.text, lex)
        if (
            head is not None
            and head.kind == "name"
            and " " in head.name  # not "People with knowledge of …"
            and head.end < end - 1
            and toks[head.end].lower in _AFFILIATIONS
            and not any(
                not t.cap and (lex.upos.get(t.lower) in ("VERB", "AUX") or t.lower in lex.auxiliaries)
                for t in toks[head.end + 1 : end]
            )
        ):
            return head
        if end - lo > 8:
            return None
        np = span_np(toks, lo, end, self.text, lex)
        return np if np is not None and _plausible(np, lex) else None

    def _full_name_before(self, toks: list[Token], end: int, lo: int) -> NounPhrase | None:
        """A full name of two words or more ending at token ``end``, opening a run of capitals
        after a word that is not a preposition ("Met Office forecaster Alex Deakin")."""
        lex = self.lex
        for s in range(max(lo + 1, end - 4), end - 1):
            before = toks[s - 1]
            if (
                toks[s].cap
                and all(t.word and not t.quoted for t in toks[s:end])
                # the whole run of capitals (not "Railway Station" of "Wellington …"), or after a title
                # ("Commissioner Bruce Van Note")
                and (not before.cap or lex.is_role(before.lower) or before.lower.rstrip(".") in lex.titles)
                # "Miriam Deakin, of NHS Providers said": the organisation of a name before it
                and not (before.word and lex.upos.get(before.lower) == "ADP")
            ):
                np = parse_np(toks, s, self.text, lex)
                if np is not None and np.end == end and np.kind == "name" and " " in np.name:
                    return np
        return None

    def _relative_subject(self, toks: list[Token], cue: Cue, clause_lo: int, k: int) -> NounPhrase | None:
        """ "The officials who spoke to reporters said …", "Residents whose homes flooded say …": the
        subject before a relative clause of its own."""
        lex = self.lex
        first = past_dateline(toks, clause_lo)
        rel = next(
            (m for m in range(first + 1, k) if toks[m].lower in ("who", "whose") and not toks[m].quoted), None
        )
        if rel is None or k - rel > 14 or any(t.text in ",;:()" or t.quoted for t in toks[first : cue.i]):
            return None
        if not any(
            t.lower in lex.auxiliaries
            or lex.upos.get(t.lower) in ("VERB", "AUX")
            or (not t.cap and len(t.lower) > 3 and t.lower.endswith("ed"))
            for t in toks[rel + 1 : cue.i]
        ):
            return None
        np = parse_np(toks, first, self.text, lex, generic=True)
        if np is None or np.end != rel:
            np = span_np(toks, first, rel, self.text, lex)
        return np if np is not None and _plausible(np, lex) else None

    def _placed_subject(self, toks: list[Token], end: int, clause_lo: int) -> NounPhrase | None:
        """ "Rogier Uijen van stichting Rozenmaondag in Beek (…) hoopt": a name, then where it is from."""
        if not any(t.lower in ("in", "uit", "from") for t in toks[clause_lo:end]):
            return None  # most subjects have no place: no parse for them
        head = parse_np(toks, past_dateline(toks, clause_lo), self.text, self.lex)
        if head is None or head.kind not in ("name", "org") or head.end + 1 >= end:
            return None
        if toks[head.end].lower not in ("in", "uit", "from") or toks[head.end].quoted:
            return None
        rest = toks[head.end + 1 : end]
        return head if len(rest) <= 4 and all(t.cap and t.word and not t.quoted for t in rest) else None

    def _main_subject(self, toks: list[Token], floor: int, hi: int) -> NounPhrase | None:
        """The subject of the main clause before token ``hi``, past a dateline and an opening
        phrase between commas ("Earlier in the week, NSW Premier Kristina Keneally urged …")."""
        first = past_dateline(toks, floor)
        if first < hi - 1 and toks[first].lower in COORDINATORS and not toks[first].quoted:
            first += 1  # "But Ford fired back, saying …"
        starts = [first]
        starts += [m + 1 for m in range(starts[0], hi) if toks[m].text == "," and not toks[m].quoted]
        for s in starts[:3]:
            np = parse_np(toks, s, self.text, self.lex)
            if np is None and toks[s].lower in self.lex.determiners:
                # "The unions have also warned …, saying …": a description as the subject, when a
                # verb follows it
                np = parse_np(toks, s, self.text, self.lex, generic=True)
                if np is not None and not (
                    np.end < hi
                    and (
                        toks[np.end].lower in self.lex.auxiliaries
                        or self.lex.upos.get(toks[np.end].lower) in ("VERB", "AUX")
                    )
                ):
                    np = None
            if (np is not None and np.kind != "generic") or (np is not None and np.det):
                if np.kind != "pronoun" and np.end < hi and toks[np.end].cap and not toks[np.end].quoted:
                    # parse_np stopped inside a longer phrase ("council leader Ann Hughes")
                    longer = self._span_after(toks, s)
                    if longer is not None and longer.kind == "name":
                        return longer
                if np.kind == "org" and not np.det and np.end < hi:
                    # "council leader Ann Hughes": the organisation word opens a person's title
                    person = parse_np(toks, np.end, self.text, self.lex)
                    if person is not None and person.kind == "name" and person.role:
                        return person
                return np
        return None

    def _np_ending(
        self, toks: list[Token], end: int, clause_lo: int, floor: int | None = None
    ) -> NounPhrase | None:
        lex = self.lex
        fronted = lex.lang == "en" and (
            lex.upos.get(toks[clause_lo].lower) == "ADP" or toks[clause_lo].lower in ("following", "given")
        )
        for s in range(max(clause_lo, end - 12), end):
            at_start = s == clause_lo
            prev = toks[s - 1] if s > 0 else None
            if not at_start and not (
                prev
                and (
                    prev.lower in lex.auxiliaries
                    or prev.lower in LEFT_BOUNDARY
                    or lex.upos.get(prev.lower) == "SCONJ"
                    or prev.lower in SUBORDINATORS
                    # "This week Councillor Stephens said …": a time before the subject
                    or (prev.lower in _PERIODS and s - 1 > clause_lo - 1)
                    or (prev.lower in FOCUS_PARTICLES and s - 1 == clause_lo)
                    # "In September the company said …", "At the party meeting Mr Varadkar said …":
                    # a fronted phrase without its comma
                    or (
                        fronted
                        and s > clause_lo + 1
                        # "On Friday he announced that …": a pronoun as the subject too
                        and (
                            toks[s].cap
                            or toks[s].lower in lex.determiners
                            or toks[s].lower in lex.subject_pronouns
                        )
                    )
                )
            ):
                continue
            # right after a finite auxiliary is the subject slot of an inverted clause too: "In een
            # brief heeft de school gemeld dat …"
            slot = (
                at_start
                or (prev is not None and prev.lower in lex.auxiliaries and end - s <= 3)
                # "Nadat de bonden zeiden dat …": the subject slot after a subordinator
                or (prev is not None and prev.lower in SUBORDINATORS and not prev.quoted)
            )
            np = parse_np(toks, s, self.text, lex, generic=slot)
            if np is not None and np.end == end:
                return np
        if floor is None:
            return span_np(toks, clause_lo, end, self.text, lex)
        return None

    def aux_subject(self, toks: list[Token], cue: Cue, clause_lo: int) -> NounPhrase | None:
        """ "X heeft vrijdag na de ministerraad gezegd" / "Dat heeft X vrijdag … gezegd"."""
        lex = self.lex
        a = cue.i - 1
        floor = max(clause_lo, cue.i - 30)
        while a > floor:
            a -= 1
            t = toks[a]
            if t.text == "," and not t.quoted:
                # an insertion between commas: "X heeft vrijdag, op de persbriefing, aangekondigd"
                b = a - 1
                while b > floor and toks[b].text not in ",;:" and not toks[b].quoted:
                    b -= 1
                if b > floor and toks[b].text == ",":
                    a = b
                    continue
                return None
            if t.quoted or t.text in ";:" or t.lower in lex.complementizers:
                return None
            if t.lower not in lex.auxiliaries or (a > 0 and lex.upos.get(toks[a - 1].lower) == "ADP"):
                continue  # "X heeft tijdens zijn bezoek gezegd": "zijn" after a preposition is his
            end = a
            paren = _paren_open(toks, a - 1, clause_lo)
            if paren is not None:
                end = paren  # "X (CDA) heeft … gezegd"
            np = self._np_ending(toks, end, clause_lo) if end > clause_lo else None
            if np is not None and np.kind != "generic":
                return np
            np = parse_np(toks, a + 1, self.text, lex)
            if np is not None and np.kind != "generic" and np.end <= cue.i:
                return np
            return None
        return None

    def apposition(self, toks: list[Token], c2: int, floor: int) -> NounPhrase | None:
        """ "The Lord Mayor, Emma Blain, told …" / "Dr Lorcan Sirr, a housing expert at X, said …" /
        "Kate O'Brien, who has rented …, said …": the person around a comma-delimited apposition."""
        lex = self.lex
        start = past_dateline(toks, floor)
        if start < c2 and toks[start].lower in COORDINATORS and not toks[start].quoted:
            start += 1  # "But Sen. Tyler Pace, R-Mesa, said"
        head = parse_np(toks, start, self.text, lex)
        if head is None and c2 - start > 3:
            # "De man die … vier medewerkers gijzelde, vindt …": a description any noun makes
            head = parse_np(toks, start, self.text, lex, generic=True)
            if head is not None and not (head.det and toks[head.end].lower in RELATIVES):
                head = None
        if head is None and lex.lang == "en":
            # "Led Zeppelin frontman Robert Plant, who donated …, said": the name before the first
            # comma, read back from it
            c = next((m for m in range(start + 1, c2) if toks[m].text == "," and not toks[m].quoted), None)
            opening = toks[start].lower
            if (
                c is not None
                and not (
                    # "Speaking last night to the … Conference, deputy governor …": an opening phrase
                    opening.endswith("ing") or lex.upos.get(opening) in ("ADP", "ADV", "SCONJ")
                )
                and not any(
                    not t.cap
                    and (
                        lex.upos.get(t.lower) in ("VERB", "AUX")
                        or t.lower in lex.auxiliaries
                        or (len(t.lower) > 4 and t.lower.endswith("ed"))
                    )
                    for t in toks[start:c]
                )
            ):
                head = self._full_name_before(toks, c, start)  # no verb before it: the subject
        after = head.end if head is not None else c2
        if after < c2 and toks[after].text == "(":
            # "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said"
            after = next((m + 1 for m in range(after, min(c2, after + 10)) if toks[m].text == ")"), c2)
        if (
            head is not None
            and head.kind in ("name", "org", "role", "generic")
            and after < c2
            and c2 - after <= 30
            and toks[after].lower in RELATIVES
            and not toks[after].quoted
            and not any(t.text == "," for t in toks[after:c2])
        ):
            return head  # "De man die … vier medewerkers gijzelde, vindt …": a relative clause
        if (
            head is not None
            and head.kind in ("name", "org")
            # "The nation's largest newspaper, USA Today, said": a description, then the name
            and not (head.kind == "org" and head.det and head.org[:1].islower())
            and after < c2
            and c2 - after <= 30
            and toks[after].text == ","
            and self._asides_only(toks, after, c2)
        ):
            if head.kind == "org" and head.role:
                # "The leader of the Plaid Cymru group, Councillor Colin Mann, said": a role in an
                # organisation, then the person's name between the commas
                named = parse_np(toks, after + 1, self.text, lex)
                if named is not None and named.kind == "name" and named.end == c2 and " " in named.name:
                    return replace(named, role=named.role or head.role)
            # "Edward Bradbury, of Edward R Bradbury, Ellis Quay, Dublin 7, says" / "Jillian Chase,
            # 27, a Tinder user in New York, said" / "Sen. Marco Rubio, R-Fla., appearing on Fox
            # News, said": the name that opens the sentence, whatever asides follow it
            return head
        c1 = None
        for m in range(c2 - 1, max(floor, c2 - 18) - 1, -1):
            t = toks[m]
            if t.text == "." and m > 0 and _abbrev(toks, m):
                continue  # "The minister of the economy, Mr. Guajardo Villarreal, argues"
            if t.quoted or t.text in ".;:!?":
                break
            if t.text == ",":
                c1 = m
                break
        if c1 is None or c1 == c2 - 1:
            return None
        inner = parse_np(toks, c1 + 1, self.text, lex)
        outer = None
        for s in range(max(floor, c1 - 12), c1):
            if s > floor and toks[s - 1].lower not in LEFT_BOUNDARY:
                continue
            np = parse_np(toks, s, self.text, lex)
            if np is not None and np.end == c1:
                outer = np
                break
        if (
            inner is not None
            and inner.kind == "name"
            and outer is not None
            and outer.kind == "name"
            and " " in outer.name
            and inner.name.split()[0].isupper()
            and len(inner.name.split()[0]) <= 3
        ):
            # "Paul-Anthony McDermott, BL for the Law Society, said": a title, not a second name
            return replace(outer, role=self.text[toks[c1 + 1].start : toks[c2 - 1].end])
        if (
            inner is not None
            and inner.kind == "name"
            and outer is not None
            and outer.kind == "name"
            and " " in outer.name
            and any(w in lex.role_links for w in inner.mention.lower().split()[:-1])
        ):
            # "Giles Trendle, acting managing director of Al Jazeera English, said": the name
            # after "of" is the organisation the person works for
            return replace(outer, role=inner.mention)
        inner_end = inner.end if inner is not None else c2
        if inner_end < c2 and toks[inner_end].text == "(":
            # "Minister van Volksgezondheid, Maggie De Block (Open Vld), kondigde aan": a party tag
            inner_end = next((m + 1 for m in range(inner_end, c2) if toks[m].text == ")"), inner_end)
        if (
            inner is not None
            and inner_end == c2
            and inner.kind == "org"
            and outer is not None
            and outer.det
            and outer.kind in ("org", "generic", "role")
            and (outer.org or outer.role)[:1].islower()
        ):
            # "The nation's largest newspaper, USA Today, said": the organisation's name after its
            # description
            return inner
        if inner is not None and inner_end == c2 and inner.kind == "name":
            if outer is not None and outer.kind == "role" and not inner.role:
                # "The Minister for Health, Mr Brian Cowen, said": the phrase starts at the role
                return replace(inner, start=outer.start, role=outer.role, gender=inner.gender or outer.gender)
            if outer is None:
                start = c1
                while start > floor and toks[start - 1].text not in ",;:.!?" and not toks[start - 1].quoted:
                    start -= 1
                if toks[start].lower in lex.determiners and not any(
                    lex.upos.get(t.lower) in ("VERB", "AUX") for t in toks[start:c1]
                ):
                    # "The minister of the economy, Mr. Guajardo Villarreal, argues": one phrase
                    return replace(inner, start=start)
            return inner
        if outer is None or outer.kind not in ("name", "org", "role"):
            start = c1
            while start > floor and toks[start - 1].text not in ",;:.!?" and not toks[start - 1].quoted:
                start -= 1
            outer = span_np(toks, start, c1, self.text, lex)
            if outer is not None and outer.kind == "role" and inner is not None and inner.kind == "name":
                # "One analyst, Peter Misek of Jefferies, said"
                return inner
        if outer is not None and outer.kind in ("name", "org", "role"):
            if outer.kind == "name" and not outer.role and inner is not None and inner.kind == "role":
                return replace(outer, role=inner.role, gender=outer.gender or inner.gender)
            return outer
        return None

    def description_subject(self, toks: list[Token], cue: Cue, clause_lo: int) -> NounPhrase | None:
        """An English subject that is a description with a modifier, right before a finite cue:
        "People with knowledge of the group's activities said …", "proponents of more controls on
        hate speech here say …". Kept as written: the tracker cannot name anyone from it."""
        lex = self.lex
        if lex.lang != "en" or toks[cue.i].lower in lex.participle_cues:
            return None
        lo, hi = past_dateline(toks, clause_lo), cue.i
        while lo < hi and (toks[lo].lower in COORDINATORS_START or lex.upos.get(toks[lo].lower) == "ADV"):
            lo += 1
        while hi > lo and toks[hi - 1].lower in lex.auxiliaries:
            hi -= 1
        and_at = next(
            (m for m in range(hi - 2, lo, -1) if toks[m].lower in ("and", "but") and not toks[m].quoted), None
        )
        after_and = and_at is not None and all(
            t.word and not t.quoted and not t.cap and lex.upos.get(t.lower, "NOUN") == "NOUN"
            for t in toks[and_at + 1 : hi]
        )
        if after_and:
            # "Temperatures rocketed to 29.4C on Monday and forecasters have warned …": a second
            # clause, whose subject is the noun after "and"
            lo = and_at + 1
        words = toks[lo:hi]
        if not (2 <= len(words) <= 12 or (after_and and words)):
            return None
        if toks[lo].cap and lo > 0 and toks[lo - 1].text != ",":
            return None
        first = words[0].lower
        cw = toks[cue.i].lower
        if (
            first.endswith("ing")
            or not (cw in _FINITE_CUES or cw.endswith("ed"))
            or not _verb_use(toks, cue.i, lex)
        ):
            # "Rattling off promises to …" is no subject; "a dozen states held …" has no cue
            return None
        if lex.upos.get(first, "NOUN") not in ("NOUN", "DET", "NUM", "ADJ") and first not in lex.determiners:
            return None
        head_seen = False
        for m, t in enumerate(words):
            lw = t.lower
            if t.quoted or (not t.word and t.text not in "'’-") or lw in RELATIVES:
                return None
            if lw in lex.complementizers or lw in ("which", "whose", "if", "when", "as", "because"):
                return None
            pos = lex.upos.get(lw)
            if pos in ("AUX", "PRON", "SCONJ") or lw in lex.auxiliaries or lex.is_cue_verb(lw):
                return None
            if pos == "VERB" and not (m and lw.endswith(("ed", "ing")) and words[m - 1].lower not in ("to",)):
                return None
            if pos == "ADP" and m and not head_seen:
                return None  # the phrase must have its head noun before a preposition
            if pos in ("NOUN", None) or (t.cap and m):
                head_seen = True
        if not head_seen or lex.upos.get(words[-1].lower) in ("ADP", "DET", "ADJ", "CCONJ", "NUM"):
            return None  # "The former secretary of state will …": "state" is no cue here
        mention = self.text[words[0].start : words[-1].end]
        return NounPhrase(lo, hi, "generic", org=mention, mention=mention, det=True)

    def _asides_only(self, toks: list[Token], lo: int, hi: int) -> bool:
        """Whether ``toks[lo:hi]`` (from a comma to the comma before a cue) is only asides between
        commas: ages, places, descriptions, a relative clause, a participle phrase; no clause of
        the sentence's own (no finite verb outside those)."""
        lex = self.lex
        segments: list[list[Token]] = [[]]
        for m in range(lo + 1, hi):
            t = toks[m]
            if t.text == "." and toks[m - 1].end == t.start and (_abbrev(toks, m) or toks[m - 1].cap):
                continue  # "R-Fla.", "Fla."
            if t.text in ".;:!?":
                return False
            if t.text == "," and not t.quoted:
                segments.append([])
            else:
                segments[-1].append(t)
        for seg in segments:
            words = [t for t in seg if t.word]
            if not words:
                continue
            first = words[0].lower
            if first in RELATIVES or first in ("whose", "wiens", "wier"):
                continue  # "Wilcox, whose education … was paid for …, said"
            if first.endswith("ing") and not words[0].cap:
                continue  # "Mr. Manafort, citing ''the unique magic …,'' said"
            for m, t in enumerate(seg):
                if t.quoted:
                    return False
                if m and (t.lower in RELATIVES or t.lower == "whose"):
                    break  # "a sonographer who has been at Providence for 25 years": a relative clause
                if not t.word or t.cap:
                    continue
                pos = lex.upos.get(t.lower)
                if pos == "AUX" or t.lower in lex.auxiliaries:
                    return False
                if pos == "VERB" and not t.lower.endswith("ing") and not (m and seg[m - 1].lower == "to"):
                    return False
        return True

    def right_subject(self, toks: list[Token], cue: Cue) -> NounPhrase | None:
        np = parse_np(toks, cue.j, self.text, self.lex)
        if (
            np is None
            and cue.j + 2 < len(toks)
            and toks[cue.j].lower in _ALSO
            and toks[cue.j + 1].lower in self.lex.determiners
        ):
            # "…, zei ook de voorzieningenrechter.": "ook" before the subject's article
            cue = replace(cue, j=cue.j + 1)
            np = parse_np(toks, cue.j, self.text, self.lex)
        if np is not None and np.kind == "name":
            # "zegt Oostends hoofdredder Jonathan De Vos", "said Van Helsing star Samuel West": a
            # capitalised word describing the role, the role, then the name
            named = self._name_after_words(toks, np, 1)
            if named is not None:
                return named
        if (
            np is not None
            and np.kind in ("name", "org")
            and not np.det
            and np.end < len(toks)
            and not toks[np.end].cap
        ):
            # "said Senate Appropriations Committee ranking member Ted Stevens": the organisation,
            # the role in it in small letters, then the name
            named = self._name_after_words(toks, np, 3)
            if named is not None and any(
                self.lex.is_role(t.lower) or t.lower in _MEMBER_WORDS
                for t in toks[np.end : np.end + 3]
                if t.word and not t.cap
            ):
                return named
        if np is not None and np.kind != "generic":
            if np.end < len(toks) and toks[np.end].word and toks[np.end].cap and np.kind != "pronoun":
                # parse_np stopped inside a longer name ("said Jefferies & Co analyst Peter Misek")
                longer = self._span_after(toks, cue.j)
                if longer is not None and longer.kind == "name":
                    return longer
            if np.kind == "role":
                # "zegt hoogleraar privaatrecht Gijs van Dijck": a role, its field, then the name
                named = self._name_after_portfolio(toks, np) or self._name_after_words(toks, np, 3)
                if named is not None:
                    return named
                # "zegt de advocaat van de moeder van het slachtoffer, Kris Vincke, …": the name in
                # apposition after the description
                comma = next(
                    (
                        m
                        for m in range(np.end, min(len(toks) - 1, np.end + 10))
                        if toks[m].text == "," or toks[m].quoted or self.lex.upos.get(toks[m].lower) == "VERB"
                    ),
                    None,
                )
                named = (
                    parse_np(toks, comma + 1, self.text, self.lex)
                    if comma is not None and toks[comma].text == ","
                    else None
                )
                if self._named_apposition(toks, named):
                    return replace(named, role=named.role or np.role)
            elif np.kind == "org" and np.det:
                # "said the Metropolitan police commissioner, Mark Rowley.": an organisation and the
                # role in it, then the name in apposition closing the sentence
                comma = next(
                    (m for m in range(np.end, min(len(toks), np.end + 3)) if toks[m].text == ","), None
                )
                if comma is not None and not (
                    comma > np.end
                    and all(t.word and not t.cap for t in toks[np.end : comma])
                    and toks[comma - 1].lower in self.lex.roles
                ):
                    comma = None
                named = parse_np(toks, comma + 1, self.text, self.lex) if comma is not None else None
                if self._named_apposition(toks, named) and (
                    named.end >= len(toks) or toks[named.end].text in ".!?"
                ):
                    return replace(named, role=named.role or np.role)
            return np
        np = np or parse_np(toks, cue.j, self.text, self.lex, generic=True)
        if (
            np is not None
            and np.det
            and toks[np.start].lower not in self.lex.possessives  # "geeft zijn schuld toe": an object
            and self._closes_clause(toks, np.end)
            # "vindt het zwaar overdreven dat …": "het" and an adjective, the object and its complement
            and not (
                (toks[np.start].lower == "het" or toks[np.start].lower in self.lex.neuter_pronouns)
                and any(self.lex.upos.get(t.lower) in ("ADJ", "ADV") for t in toks[np.start + 1 : np.end])
            )
        ):
            # "…, zegt een reiziger." / "…, sprak de strafpleiter die …": a description the lexicon
            # does not know, but the subject slot of the cue and nothing else up to the boundary
            return np
        j = cue.j
        if (
            (np is None or (not np.det and np.start == j and np.end == j + 1))
            and j < len(toks)
            and cue.i > 0
            and toks[cue.i - 1].text == ","
            and toks[cue.i].lower.endswith(("en", "say"))  # a plural verb: "zeggen", "vinden", "say"
            and toks[j].word
            and not toks[j].cap
            and not toks[j].quoted
            # "zeggen spoedartsen": a Dutch plural in -en the rough test does not take
            and (_plural(toks[j].lower) or (len(toks[j].lower) > 4 and toks[j].lower.endswith("en")))
            and self.lex.upos.get(toks[j].lower, "NOUN") == "NOUN"
            and toks[j].lower not in self.lex.function_words
            and self._closes_clause(toks, j + 1)
        ):
            # "…, zeggen jagers.": a group by its plural, the subject of the closing cue
            return NounPhrase(j, j + 1, "role", role=toks[j].text, mention=toks[j].text)
        span = self._span_after(toks, cue.j)
        if span is None and cue.i > 0 and toks[cue.i - 1].text == "," and not toks[cue.i - 1].quoted:
            span = self._name_within(toks, cue.j)  # only right after the claim: "…, zegt …"
        return span or self._apposed_name(toks, cue.j)

    def _apposed_name(self, toks: list[Token], j: int) -> NounPhrase | None:
        """ "Zo suggereert een van de andere advocaten, Laura Versluis, dat …": a description the
        parse does not take, then the name between commas before the clause."""
        comma = next((m for m in range(j + 1, min(len(toks) - 2, j + 8)) if toks[m].text == ","), None)
        if comma is None or any(t.quoted or self.lex.is_cue_verb(t.lower) for t in toks[j:comma]):
            return None
        np = parse_np(toks, comma + 1, self.text, self.lex)
        if (
            np is None
            or np.kind != "name"
            or len(np.name.split()) < 2
            or np.end >= len(toks)
            or not (toks[np.end].text == "," or toks[np.end].lower in self.lex.complementizers)
        ):
            return None
        return replace(np, start=j)

    def _name_within(self, toks: list[Token], j: int) -> NounPhrase | None:
        """ "…, zegt belangenbehartiger in de bankensector Harma Pethke van vakbond De Unie.": a
        description the lexicon does not know, then a full name, up to the end of the clause."""
        for m in range(j, min(len(toks), j + 10)):
            t = toks[m]
            if t.quoted or t.text in ",;:.!?()" or (t.word and not t.cap and self.lex.is_cue_verb(t.lower)):
                return None
            if m > j and t.cap and t.word:
                np = parse_np(toks, m, self.text, self.lex)
                if np is not None and np.kind == "name" and len(np.name.split()) > 1:
                    return replace(np, start=j)
                return None
        return None

    def _named_apposition(self, toks: list[Token], named: NounPhrase | None) -> bool:
        """Whether ``named``, read after "<role>,", is the person's name closing the phrase: two
        words or a title and a surname ("Kris Vincke", "Mr Cowen"), then no more words."""
        return (
            named is not None
            and named.kind == "name"
            and (" " in named.name or toks[named.start].lower in self.lex.titles)
            and (
                named.end >= len(toks)
                or not toks[named.end].word
                # "aldus de woordvoerder van X, Kim Daenen in De Ochtend": where it was said
                or (not toks[named.end].cap and self.lex.upos.get(toks[named.end].lower) == "ADP")
            )
        )

    def _name_after_words(self, toks: list[Token], np: NounPhrase, most: int) -> NounPhrase | None:
        """The full name after at most ``most`` words in small letters that describe the role
        ("hoofdredder", "privaatrecht"), which the phrase ``np`` stopped before."""
        lex = self.lex
        m = np.end
        while (
            m < len(toks)
            and m - np.end < most
            and toks[m].word
            and not toks[m].cap
            and not toks[m].quoted
            and toks[m].lower not in lex.function_words
            and not lex.is_cue_verb(toks[m].lower)
            and (lex.is_role(toks[m].lower) or lex.upos.get(toks[m].lower, "NOUN") in ("NOUN", "ADJ"))
        ):
            m += 1
        if m == np.end or m >= len(toks) or not toks[m].cap:
            return None
        named = parse_np(toks, m, self.text, lex)
        if named is None or named.kind != "name" or len(named.name.split()) < 2:
            return None
        return replace(named, start=np.start, role=named.role or np.role)

    def _name_after_portfolio(self, toks: list[Token], np: NounPhrase) -> NounPhrase | None:
        """ "zegt Vlaams minister van Welzijn en Gezin Wouter Beke", "Minister of State for
        Integration Conor Lenihan said": the portfolio's capitalised words run on into the name,
        which is the last two of them (three with a particle) closing the clause."""
        lex = self.lex
        n = len(toks)
        m = np.end
        while m < n and not toks[m].quoted and toks[m].word:
            t = toks[m]
            if t.cap or (t.lower in _PORTFOLIO_LINKS and m + 1 < n and toks[m + 1].cap):
                m += 1
                continue
            break
        if m - np.end < 3 or (not self._closes_clause(toks, m) and toks[m].lower not in self.lex.upos):
            return None
        if not ((toks[m - 1].cap and toks[m - 2].cap) or toks[m - 2].lower in lex.name_particles):
            return None
        lo = m - 2
        if toks[lo].lower in lex.name_particles and lo - 1 > np.end and toks[lo - 1].cap:
            lo -= 1  # "Jan de Vries"
        named = parse_np(toks, lo, self.text, lex)
        if named is None or named.kind != "name" or named.end != m or len(named.name.split()) < 2:
            return None
        role = self.text[toks[np.start].start : toks[lo - 1].end]
        return replace(named, start=np.start, role=role)

    def _closes_clause(self, toks: list[Token], k: int) -> bool:
        return k >= len(toks) or (
            not toks[k].quoted
            and (
                toks[k].text in ".,;:!?"
                or toks[k].lower in RELATIVES
                or toks[k].lower in self.lex.complementizers
                or toks[k].lower == "weten"  # "…, laten de organisaties weten"
                or toks[k].lower == "tegen"  # "…, zei de man tegen de rechter": the listener follows
            )
        )

    def _span_after(self, toks: list[Token], j: int, to_end: bool = False) -> NounPhrase | None:
        """The speaker phrase after an inverted cue, up to a comma, a full stop or a preposition.
        With ``to_end`` (after "according to"/"volgens" that closes a sentence) the phrase may run
        to the end of the clause and be a description ("a court filing")."""
        lex = self.lex
        k = j
        n = len(toks)
        while k < n and k - j <= 10:
            t = toks[k]
            if t.quoted or t.text in ",;:!?()" or (t.text == "." and not _abbrev(toks, k)):
                break
            if t.lower in RELATIVES or t.lower in ("which", "that", "dat", "wat"):
                break  # "zegt een reiziger die in Berchem de trein wilde nemen"
            if t.lower in lex.complementizers or (
                not to_end
                and k > j
                and not t.cap
                and lex.upos.get(t.lower) in ("ADP", "ADV", "VERB", "AUX", "SCONJ")
                and t.lower not in lex.role_links
            ):
                break
            k += 1
        if k == j:
            return None
        if to_end and k < n and toks[k].text not in ".,;!?)":
            return None
        np = span_np(toks, j, k, self.text, lex)
        kinds = ("name", "org", "role") if to_end else ("name", "org")
        return np if np is not None and np.kind in kinds else None

    def subject(self, toks, cue, clause_lo) -> NounPhrase | None:
        return self.left_subject(toks, cue, clause_lo) or self.right_subject(toks, cue)

    def entity(self, np: NounPhrase) -> Entity | None:
        """The entity a speaker phrase names, or None when the phrase cannot be a speaker."""
        if np.kind in ("role", "org") and np.det and np.mention[:1].isupper():
            known = self.tracker.lookup(np.mention)
            if known is not None and known.kind == "person":
                return known  # "De Jonge benadrukte …" after "Minister De Jonge": a surname, not "de jonge"
        if self.known_name(np) is not None:
            return self.tracker.resolve(np)  # "Rose said …" after "Carol Rose": a surname that is also a word
        if (
            not _plausible(np, self.lex)
            and " ".join(np.mention.lower().split()) not in self.lex.media
            and not self.capitalised_mid_sentence(np)
        ):
            return None  # "De Morgen" is a newspaper, though "morgen" is a time word
        if self._opening_word(np):
            return None
        return self.tracker.resolve(np)

    def known_name(self, np: NounPhrase) -> Entity | None:
        """The person already named whose surname the one-word name phrase is, or None."""
        if np.kind != "name" or " " in np.name or np.mention != np.name:
            return None
        known = self.tracker.lookup(np.name)
        return known if known is not None and known.kind == "person" and " " in known.name else None

    def capitalised_mid_sentence(self, np: NounPhrase) -> bool:
        """ "…, Ban said.", "…, White said.": one capitalised word after a comma or a word in small
        letters, right before the verb of speech, is a name, whatever the word means otherwise."""
        toks = self.toks
        if np.kind != "name" or np.mention != np.name or " " in np.name or not 0 < np.start < len(toks) - 1:
            return False
        prev, word, nxt = toks[np.start - 1], toks[np.start], toks[np.start + 1]
        return (
            word.text == np.name
            and np.name[1:].islower()
            and not prev.quoted
            and (prev.text == "," or (prev.word and not prev.cap))
            and nxt.lower in self.lex.cue_words
            and self.lex.upos.get(np.name.lower()) in ("NOUN", "VERB", "ADJ")
        )

    def _opening_word(self, np: NounPhrase) -> bool:
        """ "Groot, volgens strafrechtadvocaat …", "Last month, …": an adjective capitalised only
        because it opens the sentence, which the text never capitalises inside one (a noun may be a
        group that speaks: "Critici vinden …")."""
        if np.kind != "name" or " " in np.mention or np.mention != np.name or not np.name[1:].islower():
            return False
        if self.capitalised_mid_sentence(np):
            return False
        lw = np.name.lower()
        return self.lex.upos.get(lw) == "ADJ" and not self.tracker.capitalised_inside(np.name)

    def np_after(self, toks: list[Token], i: int) -> NounPhrase | None:
        """The speaker phrase after "volgens"/"aldus"/"according to" at token ``i``."""
        lex = self.lex
        if toks[i].quoted:
            return None
        for words in lex.according_to:
            if tuple(t.lower for t in toks[i : i + len(words)]) == words:
                return self._source(toks, i + len(words))
        if toks[i].lower in lex.aldus:
            return self._source(toks, i + 1)
        return None

    def _source(self, toks: list[Token], k: int) -> NounPhrase | None:
        lex = self.lex
        if k < len(toks) and toks[k].lower in lex.object_pronouns and not toks[k].quoted:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is None or nxt.quoted or not (lex.is_role(nxt.lower) or nxt.lower in lex.org_heads):
                # "volgens haar", "according to him"
                lw = toks[k].lower
                return NounPhrase(k, k + 1, "pronoun", mention=toks[k].text, gender=pronoun_gender(lw, lex))
        np = parse_np(toks, k, self.text, lex, generic=True)
        if (
            np is not None
            and lex.lang == "nl"
            and np.kind == "name"
            and np.end < len(toks)
            and toks[np.end].word
            and not toks[np.end].cap
            and toks[np.end].lower not in lex.role_links
            and toks[np.end].lower not in lex.affiliation_links
        ):
            return np  # "Volgens Peter Yspeert heerst er …": the verb follows the name
        if (
            np is not None
            and lex.lang == "nl"
            and np.kind in ("role", "org")
            and np.end < len(toks)
            and not toks[np.end].cap
            and toks[np.end].word
            and (
                toks[np.end].lower in lex.auxiliaries
                or (
                    lex.upos.get(toks[np.end].lower) in ("VERB", "AUX", None)
                    and toks[np.end].lower not in lex.function_words
                    and toks[np.end].lower not in lex.role_links
                    and toks[np.end].lower not in lex.affiliation_links
                )
            )
        ):
            return np  # "Volgens buurtbewoners klopt er niets van …": the verb follows the group
        if np is None and k < len(toks) and not toks[k].cap and toks[k].word:
            lw = toks[k].lower
            if lex.is_org_head(lw) or lex.is_role(lw):
                # "volgens justitie", "aldus politie": an institution without an article
                return NounPhrase(k, k + 1, "org", org=toks[k].text, mention=toks[k].text)
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if (
                lex.lang == "nl"
                and nxt is not None
                and lw not in lex.function_words
                and lex.upos.get(lw) in ("NOUN", None)
                and _plural(lw)
                and (nxt.text == "," or (nxt.word and not nxt.cap))
                and nxt.lower not in lex.role_links
                and nxt.lower not in lex.affiliation_links
            ):
                # "Volgens diplomaten begon Trump …", "volgens mediaberichten": a group, as the text
                # names it
                return NounPhrase(k, k + 1, "role", role=toks[k].text, mention=toks[k].text)
        if (
            np is not None
            and np.kind in ("name", "role", "org")
            and np.end < len(toks)
            and time_word(toks[np.end].lower, lex)
            and all(not t.word or time_word(t.lower, lex) for t in toks[np.end :])
        ):
            return np  # "aldus de minister vrijdag.": the day the source spoke is no part of it
        if np is None or np.kind == "generic" or (np.end < len(toks) and toks[np.end].word):
            # "aldus werknemer Franky Vandaele": a role word the lexicon does not know;
            # "according to a court filing.": a description running to the end of the clause
            span = self._span_after(toks, k)
            if (
                span is not None
                and np is not None
                and np.kind in ("name", "role", "org")
                and span.end == np.end
            ):
                return np  # the same words: the parse that knows the role ("minister X van Financiën")
            return span or self._span_after(toks, k, to_end=True) or np
        if np.kind == "role" and np.end + 1 < len(toks) and toks[np.end].text == ",":
            # "according to the Minister for Health, Mr Cowen.": the name in apposition
            named = parse_np(toks, np.end + 1, self.text, lex)
            if self._named_apposition(toks, named):
                return replace(named, start=np.start, role=named.role or np.role)
        if np.kind in ("role", "org") and k + (np.end - np.start) < len(toks):
            longer = self._span_after(toks, k)
            if longer is not None and longer.kind == "name" and longer.end > np.end:
                return longer
        return np

    def skip(self, toks: list[Token], k: int, hi: int) -> int:
        lex = self.lex
        while (
            k < hi
            and not toks[k].quoted
            and (toks[k].lower in lex.adverbs or toks[k].lower in lex.auxiliaries)
        ):
            k += 1
        if (
            k + 2 < hi
            and toks[k].text == ","
            and toks[k + 2].text == ","
            and lex.upos.get(toks[k + 1].lower) == "ADV"
            and not any(t.quoted for t in toks[k : k + 3])
        ):
            k += 3  # "submits, however, he could not …"
        return k

    def span(self, lo: int, hi: int) -> tuple[int, int]:
        lo, hi = strip_span(self.text, lo, hi, TRAILING)
        return lo, hi

    def clause_end(self, toks: list[Token], k: int, hi: int, end: int) -> int:
        """Cut a reported clause before a trailing circumstance (", zonder ...")."""
        lex = self.lex
        for m in range(k + 1, hi):
            t = toks[m]
            if t.quoted:
                continue
            prev = toks[m - 1].text
            if prev == "," and (t.lower,) in lex.clause_tails:
                return toks[m - 1].start
            if (
                prev == ","
                and lex.lang == "nl"
                and toks[0].lower in SUBORDINATORS
                and (
                    t.lower in lex.auxiliaries
                    or lex.upos.get(t.lower) == "VERB"
                    or lex.is_cue_verb(t.lower)
                    or t.lower in lex.clause_cues
                    # a verb the word list does not know, before its subject: "dreigde de directie"
                    or (
                        m + 1 < hi
                        and t.word
                        and not t.cap
                        and t.lower not in lex.function_words
                        and not lex.adverb(t.lower)
                        and lex.upos.get(t.lower) is None
                        and (
                            toks[m + 1].lower in lex.determiners or toks[m + 1].lower in lex.subject_pronouns
                        )
                    )
                )
            ):
                # "Nadat de bonden zeiden dat er gestaakt wordt, dreigde de directie …": the main
                # clause after the subordinate one is the author's
                return toks[m - 1].start
            if (
                prev == ","
                and m + 1 < hi
                and (hi - m <= 6 or t.lower in lex.subject_pronouns)
                and (
                    (lex.is_cue_verb(t.lower) and toks[m + 1].lower in lex.subject_pronouns)
                    or (t.lower in lex.subject_pronouns and lex.is_cue_verb(toks[m + 1].lower))
                )
            ):
                # "… dat de lonen te snel stijgen, zei hij dinsdag.", "…, he said on Tuesday.": the
                # cue repeated at the end is no part of the claim
                return toks[m - 1].start
            if (
                lex.lang == "en"
                and t.lower == "as"
                and m - k > 3
                and m + 2 < hi
                and toks[m + 1].lower in lex.subject_pronouns
                and toks[m + 2].lower.endswith("ed")
                and toks[m + 2].lower not in lex.clause_cues
                and toks[m + 2].lower not in _REASONS_AS
            ):
                # "… is out of control as she announced reforms …": the author's circumstance, not
                # a reason ("as he was required to …", "as they believed …")
                return toks[m - 1].end if prev != "," else toks[m - 1].start
            if prev == "," and m - k > 3 and (t.lower in lex.participle_cues or t.lower in lex.tail_words):
                # "…, noting her comments …", "…, which he called …": a comment of the author's
                return toks[m - 1].start
            if (
                prev == ","
                and t.lower == "but"
                and m + 1 < hi
                and (
                    toks[m + 1].lower in lex.determiners
                    or (
                        # "…, but they did not say how", "…, but he has hinted that …"; the speaker's
                        # own "but he was left with no other option" goes on
                        toks[m + 1].lower in lex.subject_pronouns
                        and any(x.lower in _BUT_NOT or x.lower in lex.cue_words for x in toks[m + 2 : m + 5])
                    )
                    or toks[m + 1].lower in lex.neuter_pronouns
                    # "…, but council voted against reopening it": a subject of its own and its verb
                    or (
                        m + 2 < hi
                        and toks[m + 1].word
                        and lex.upos.get(toks[m + 1].lower) in ("NOUN", "PROPN", None)
                        and not toks[m + 2].cap
                        and len(toks[m + 2].lower) > 3
                        and toks[m + 2].lower.endswith("ed")
                    )
                )
            ):
                # "…, but they did not say how": in English the author goes on (Dutch "maar" keeps
                # the speaker's own contrast, as annotated)
                return toks[m - 1].start
            if (
                prev == ","
                and lex.lang == "nl"
                and t.lower == "maar"
                and m - k > 3
                and m + 2 < hi
                and self._main_clause_at(toks, m + 1, hi)
            ):
                # "… dat er een incident was, maar kan geen informatie geven", "…, maar de rechter
                # was het daar niet mee eens": a main clause after "maar" is no longer reported
                return toks[m - 1].start
            if (
                t.lower in COORDINATORS
                and m - k > 3
                and m + 2 < hi
                and (
                    toks[m + 1].lower in lex.cue_words
                    or (toks[m + 1].lower in lex.subject_pronouns and toks[m + 2].lower in lex.cue_words)
                    # "… were present and he asked the judge to …": the speaker's next act, told by
                    # the author
                    or (
                        lex.lang == "en"
                        and toks[m + 1].lower in lex.subject_pronouns
                        and not toks[m + 2].cap
                        and toks[m + 2].lower.endswith("ed")
                    )
                )
            ):
                # "…, and insisted that …" / "en zei hij …": a second reported clause
                return toks[m - 1].end if prev != "," else toks[m - 1].start
            if m - k > 3 and m + 2 < hi and self._other_speaker(toks, k, m, hi, prev):
                # "…, and Coun. Ivan Bonnell stated that …", "… activities and Matlow said he …",
                # "…, WA said it would …", "…, which the union claims …": someone else's claim
                return toks[m - 1].end if prev != "," else toks[m - 1].start
        return end

    def _main_clause_at(self, toks: list[Token], j: int, hi: int) -> bool:
        """Whether a Dutch main clause starts at token ``j``: its finite verb first (the subject
        shared with the sentence's own) or second, after a subject ("de rechter was …")."""
        lex = self.lex
        t = toks[j]
        if t.quoted or not t.word:
            return False
        if verb_token(t, lex):
            return True
        if t.lower in lex.subject_pronouns or t.lower in lex.neuter_pronouns:
            return False  # "…, maar hij moet dit nog bespreken": the speaker goes on, as annotated
        np = parse_np(toks, j, self.text, lex)
        e = np.end if np is not None else j + 1
        return j < e < hi and verb_token(toks[e], lex)

    def _other_speaker(self, toks: list[Token], k: int, m: int, hi: int, prev: str) -> bool:
        """Whether a subject and a speech verb of their own start at token ``m`` (past "and"/"en"
        or "which"), the verb opening a clause rather than standing between commas."""
        lex = self.lex
        t = toks[m]
        if t.lower in ("and", "en") or (prev == "," and lex.lang == "en" and t.lower == "which"):
            m += 1
        elif prev != "," or not t.cap or not t.word or t.quoted:
            return False
        elif any(x.text == "," and not x.quoted for x in toks[k + 1 : m - 1]):
            return False  # "said that, in a later interview, Mr Macdonald told police that …"
        if m >= hi or not toks[m].word or toks[m].quoted:
            return False
        np = parse_np(toks, m, self.text, lex, generic=t.lower == "which")
        if np is None or np.kind not in ("name", "role", "org", "generic") or np.end + 1 >= hi:
            return False
        if np.kind == "generic" and t.lower != "which":
            return False
        return toks[np.end].lower in lex.cue_words and toks[np.end + 1].text not in ",."

    # ---- quotes --------------------------------------------------------------------------
    def standalone(self, toks: list[Token], sent_lo: int, quotes: list[Quote]) -> list[Quote]:
        """Quotes that are a whole utterance rather than a phrase inside the sentence."""
        out = []
        text = self.text
        for q in quotes:
            inner = text[q.inner_start : q.inner_end].strip()
            if not inner:
                continue
            # what precedes the quote in its sentence, without slicing it off (long sentences
            # with many quotes would make that quadratic): the offset past its last non-space
            # character, and whether it is nothing but dashes and opening brackets
            b = _rstrip(text, sent_lo, q.open)
            last = text[b - 1] if b > sent_lo else ""
            # after a colon, or a full stop the sentence splitter kept ("…”, zei G. “Dat kan …”")
            if (
                _OPENERS.match(text, sent_lo, b).end() == b
                or last == ":"
                or (last == "." and b > sent_lo + 1)
            ):
                after = text[q.end : q.end + 40].lstrip()
                first = after.split(" ", 1)[0].strip(",.;:!?").lower()
                continues = after[:1].islower() and not (
                    self.lex.is_cue_verb(first)
                    or first in self.lex.subject_pronouns
                    or first in self.lex.determiners
                    or first in self.lex.possessives
                    or first in self.lex.separable
                    or first in self.lex.aldus
                    or first in ("volgens", "according")
                )
                if not continues or len(inner.split()) > 3:
                    out.append(q)
            elif last == "," and (
                inner[:1].isupper()
                or (out and len(inner.split()) > 3)
                # "Minister O'Brien said, “maximising connectivity is …”": the whole quote a plain
                # speech verb introduces, whatever its first letter
                or (
                    len(inner.split()) >= 3
                    and self._said_before(text, sent_lo, _rstrip(text, sent_lo, b - 1))
                    and not self._resumes_clause(toks, _token_at(toks, q.open))
                    and toks[max(0, _token_at(toks, q.open) - 3)].lower != "te"  # "te verwachten, “ook …”"
                )
            ):
                # "‘Dat gaat miljoenen kosten’, zegt Francken, ‘en dat geld zit niet in de begroting.’":
                # the quote resumed after its cue, whatever its first letter
                idx = _token_at(toks, q.open)
                if any(c.i < idx for c in self.cues(toks, max(0, idx - 8), idx)) or self._cue_closes(toks, q):
                    out.append(q)
            elif last in ":—–-" and len(inner.split()) > 3 and self._cue_closes(toks, q):
                # words before a whole quote: "With thousands out of work – “there is …,” he said."
                out.append(q)
            elif (
                last.isalpha()
                and len(inner.split()) >= 3
                and not any(t.word or t.quoted for t in toks[_token_at(toks, q.open) + 1 :])
                and self._said_before(text, sent_lo, b)
                # not a clause's quoted end ("stellen „omdat …”"), nor a quote inside a reported
                # clause ("said that they had charged …, which police said “…”")
                and inner.split(" ", 1)[0].lower() not in self.lex.complementizers
                and self.lex.upos.get(inner.split(" ", 1)[0].lower()) != "SCONJ"
                and not any(
                    t.lower in self.lex.complementizers
                    for t in toks[: _token_at(toks, q.open)]
                    if not t.quoted
                )
            ):
                # "Chuck Schumer said “there is a path forward.”": the quote is all that was said
                out.append(q)
        return out

    def _resumes_clause(self, toks: list[Token], idx: int) -> bool:
        """Whether the quote at token ``idx`` finishes a clause a short cue interrupted: "ACE has,
        he said, “failed to give us …”", "The description of the deal, the minister said, “just
        doesn't …”" (a whole clause before the cue, "Deputies should check, he said, “but …”", is
        a claim of its own and the quote too)."""
        comma = next((m for m in range(idx - 2, -1, -1) if toks[m].text == ","), None)
        if comma is None or idx - 2 - comma > 3:
            return False
        lex = self.lex
        return comma < 4 or not any(
            t.lower in lex.auxiliaries or lex.upos.get(t.lower) in ("VERB", "AUX") for t in toks[:comma]
        )

    def _said_before(self, text: str, lo: int, b: int) -> bool:
        """Whether the word ending at ``b`` is a plain speech verb ("said", "zei"), not a naming
        verb ("called it “a disaster”") nor a participle ("…, saying “…”")."""
        start = b
        while start > lo and text[start - 1].isalpha():
            start -= 1
        word = text[start:b].lower()
        lex = self.lex
        return word in lex.speech_verbs and word not in lex.naming_verbs and word not in lex.participle_cues

    def _cue_closes(self, toks: list[Token], q: Quote) -> bool:
        """Whether the quote ends with a comma inside and is followed by a short cue clause that
        ends the sentence: "…,” he said." / "…”, zei hij."."""
        text = self.text
        inner_end = _rstrip(text, q.inner_start, q.inner_end)
        after = q.end
        while after < len(text) and text[after] == " ":
            after += 1  # ",,…'' , zei": a two-character mark leaves a space before the comma
        tail_comma = text[inner_end - 1 : inner_end] == "," or text[after : after + 1] == ","
        if not tail_comma:
            return False
        qe = _token_at(toks, q.end)
        rest = toks[qe : qe + 10]
        if not rest or any(t.quoted for t in rest):
            return False
        if len(toks) - qe > 12:
            return False
        return any(c.i >= qe for c in self.cues(toks, qe, min(len(toks), qe + 8)))

    def quote_claims(self, toks: list[Token], sent_lo: int, sent_i: int, quotes: list[Quote]) -> list[Draft]:
        drafts = []
        lex = self.lex
        prev_end_tok = 0
        for n, q in enumerate(quotes):
            qi = _token_at(toks, q.open)
            qe = _token_at(toks, q.end)
            nxt = _token_at(toks, quotes[n + 1].open) if n + 1 < len(quotes) else len(toks)
            found = None
            rule = ""
            # cue after the quote: “…”, zei Trump. / "…," he said. / “…”, aldus X.
            lo = qe + 1 if qe < len(toks) and toks[qe].text == "," else qe
            found = self.attribution_in(toks, lo, min(nxt, lo + 20), lo)
            rule = "quote.cue_after"
            if found is not None and found[1] and found[1].lower() in lex.subject_pronouns:
                # "Martien R.: „…”, zei hij kwaad.": the name before the colon is who "hij" is
                named = self._colon_name(toks, prev_end_tok, qi)
                if named is not None:
                    found = (named[0], named[1], found[2])
            if found is None:
                # cue or name before the quote: Trump zei: “…” / Smith: "…"
                lo = prev_end_tok
                if qi > 1 and toks[qi - 1].text == ":":
                    # "West-Vlaanderen: gouverneur Carl Decaluwé: “…”": the speaker is named after
                    # the last colon, a heading before it
                    lo = max(
                        (
                            m + 1
                            for m in range(prev_end_tok, qi - 1)
                            if toks[m].text == ":" and not toks[m].quoted
                        ),
                        default=lo,
                    )
                found = self.attribution_in(toks, lo, qi, lo, before_quote=True)
                rule = "quote.cue_before" if found and found[2] else "quote.colon"
            conf = 0.95 if rule == "quote.cue_after" else 0.85
            if found is None and qe < len(toks) and toks[qe].text == ",":
                found = self._mention_after(toks, qe + 1, min(nxt, qe + 18))
                rule, conf = "quote.mention_after", 0.7
            elif (
                found is None
                and qe < len(toks)
                and self.text[q.inner_start : q.inner_end].rstrip().endswith(",")
            ):
                found = self._inverted_subject(toks, qe, min(nxt, qe + 17))  # "…,” zo begon Kazadi
                rule, conf = "quote.mention_after", 0.7
            if found is None:
                found = self._dash_name(toks, qe)
                rule, conf = "quote.dash", 0.85
            if found is None and prev_end_tok == 0 and 1 < qi < len(toks) and toks[qi - 1].text == ":":
                # "Het Radboudumc waarschuwde er begin deze week nog voor: “…”": the subject of the
                # sentence the colon closes
                found = self._colon_subject(toks, qi)
                rule, conf = "quote.colon", 0.75
            if found is None and drafts and drafts[-1].entity is not None and prev_end_tok > 0:
                ent, mention, cue = drafts[-1].entity, drafts[-1].mention, drafts[-1].cue
                rule, conf = "quote.cue_mid", 0.85
            elif found is None:
                singular = _FIRST_SINGULAR.search(self.text, q.inner_start, q.inner_end) is not None
                ent, mention, cue = self.tracker.continuation(singular), None, None
                rule, conf = "quote.continuation", 0.75
            else:
                ent, mention, cue = found
            if (
                ent is not None
                and self.tracker.is_medium(ent)
                and _FIRST_PERSON.search(self.text, q.inner_start, q.inner_end)
            ):
                # "‘… We hebben één horde genomen …’, zegt de Limburger": a newspaper says no "we";
                # the person the passage is about does
                person = self.tracker.person_in_focus()
                if person is not None:
                    ent, mention = person, mention if rule != "quote.continuation" else None
            if not q.balanced:
                conf *= 0.6
            s, e = strip_span(self.text, q.inner_start, q.inner_end, " \t\r\n,;:")
            d = Draft(s, e, "direct", ent, mention, cue, rule, conf, sent_i)
            if ent is None:
                d.confidence = 0.4
                if rule == "quote.continuation":
                    d.pending = "forward"
                    d.fallback = self.tracker.last_named()
            else:
                self.tracker.set_focus(ent)
            drafts.append(d)
            prev_end_tok = qe
            _ = lex
        return drafts

    def _common_word(self, np: NounPhrase) -> bool:
        """Whether a one-word "name" is a common word capitalised because it opens the sentence
        ("Concurrentie", "Oppositie") and nobody by that name is known."""
        return (
            np.kind == "name"
            and np.mention == np.name
            and " " not in np.name
            and self.lex.upos.get(np.name.lower()) in ("NOUN", "ADJ", "ADV", "ADP", "VERB")
            and self.tracker.lookup(np.name) is None
        )

    def _colon_subject(self, toks: list[Token], qi: int):
        """(entity, mention, None) for the name, organisation or role opening a sentence that ends
        in a colon before a quote, when a verb follows it; else None."""
        np = self.sentence_subject(toks)
        if np is None or np.kind not in ("name", "org", "role") or np.end >= qi - 1 or self._common_word(np):
            return None
        nxt = toks[np.end]
        if not nxt.word or nxt.cap or self.lex.upos.get(nxt.lower) not in ("VERB", "AUX"):
            return None
        ent = self.entity(np)
        return (ent, np.mention, None) if ent is not None else None

    def _colon_name(self, toks: list[Token], lo: int, qi: int):
        """(entity, mention) of a person named right before the colon that opens a quote."""
        if qi < 2 or qi - 1 < lo or toks[qi - 1].text != ":":
            return None
        end = qi - 1
        if end - 1 > lo and toks[end - 1].text == ".":
            end -= 1  # "Martien R.:"
        np = self._np_ending(toks, end, lo, floor=lo)
        if np is None or np.kind != "name":
            return None
        ent = self.entity(np)
        return (ent, np.mention) if ent is not None and ent.kind == "person" else None

    def _dash_name(self, toks: list[Token], qe: int):
        """ "“… our greatest shame.” ― Sonya Herridge": a dash and a name closing the line after a
        quote sign it."""
        if qe + 1 >= len(toks) or toks[qe].text not in ("―", "—", "–", "-") or toks[qe].quoted:
            return None
        np = parse_np(toks, qe + 1, self.text, self.lex)
        if np is None or np.kind != "name":
            return None
        if np.end < len(toks):
            gap = self.text[toks[np.end - 1].end : toks[np.end].start]
            if toks[np.end].text not in ".,;" and "\n" not in gap:
                return None
        ent = self.entity(np)
        return (ent, np.mention, toks[qe].text) if ent is not None else None

    def _mention_after(self, toks: list[Token], lo: int, hi: int):
        """ "“…”, was het oordeel van Jans.": no cue, but one person named in the short clause that
        closes the sentence after the quote is its speaker (the nearest mention, as a last sieve)."""
        if hi < len(toks) and not toks[hi].quoted:
            return None  # the clause goes on past the window
        inverted = self._inverted_subject(toks, lo, hi)
        if inverted is not None:
            return inverted
        found = None
        m = lo
        while m < hi:
            t = toks[m]
            if t.quoted:
                return None
            np = parse_np(toks, m, self.text, self.lex) if t.cap and t.word else None
            if np is not None and m > lo and toks[m - 1].lower in self.lex.determiners:
                # "…”, opende de Nederlander na de wedstrijd.": a description of someone known
                described = parse_np(toks, m - 1, self.text, self.lex)
                np = described if described is not None and described.kind == "role" else np
            if np is not None and np.kind in ("name", "role") and np.end <= hi:
                if found is not None:
                    return None  # two people named: no guess
                found = np
                m = np.end
                continue
            m += 1
        if found is None:
            return None
        ent = self.entity(found)
        before = toks[found.start - 1].lower if found.start > lo else ""
        if (
            ent is None
            or ent.kind == "organisation"
            or (" " not in found.name and self.lex.upos.get(before) == "ADP" and before not in ("van", "of"))
        ):
            return None  # "…, communiceert het bedrijf via Twitter": a medium, not a person
        return ent, found.mention, None

    def _inverted_subject(self, toks: list[Token], lo: int, hi: int):
        """ "“…”, opende Koeman zijn gesprek met BBC Sport.", "“…,” zo begon Kazadi, …", "“…”,
        sputterde de trainer": a verb the cue list does not know, then its subject, right after the
        quote; whatever is named later in the clause is no speaker."""
        lex = self.lex
        k = lo + 1 if lo < hi and toks[lo].lower in ("zo", "so") else lo
        if k + 1 >= hi:
            return None
        v = toks[k]
        if (
            not v.word
            or v.quoted
            or v.cap
            or v.lower in lex.function_words
            or v.lower in lex.cue_words
            or lex.adverb(v.lower)
            or lex.upos.get(v.lower) in ("ADP", "DET", "PRON", "NOUN", "ADJ", "CCONJ", "SCONJ", "NUM")
        ):
            return None
        np = parse_np(toks, k + 1, self.text, lex)
        if np is not None and np.kind == "pronoun" and np.mention.lower() in _SINGULAR_HE:
            # "“…”, begint hij in De Volkskrant.": the verb's subject, not the paper after "in"
            ent = self.entity(np)
            return (ent, np.mention, None) if ent is not None and ent.kind != "organisation" else None
        if np is None or np.kind not in ("name", "role") or np.end > hi:
            return None
        if np.end < hi and (
            toks[np.end].cap
            or (toks[np.end].start == toks[np.end - 1].end and toks[np.end].text not in ",.;:")
        ):
            return None  # "opent Brussels N-VA-fractieleidster …", "Groen!-fractieleider": half a phrase
        ent = self.entity(np)
        if ent is None or ent.kind == "organisation" or (np.kind == "role" and ent.name[:1].islower()):
            return None  # a description nobody named is no better guess than the last speaker
        return ent, np.mention, None

    def attribution_in(self, toks, lo, hi, clause_lo, before_quote=False):
        """(entity, mention, cue) from a window of tokens next to a quote, or None."""
        lex = self.lex
        if lo >= hi:
            return None
        while lo < hi and toks[lo].text in ",—–-":
            lo += 1
            clause_lo = lo
        if lo >= hi:
            return None
        np = self.np_after(toks, lo)
        if np is not None:
            ent = self.entity(np)
            cue = " ".join(t.text.lower() for t in toks[lo : np.start])
            return (ent, np.mention, cue) if ent or np.kind == "pronoun" else None
        for cue in self.cues(toks, lo, hi):
            if before_quote and cue.i < hi - 6:
                continue
            np = self.left_subject(toks, cue, clause_lo, clause_lo) or (
                None if cue.tell else self.right_subject(toks, cue)  # "told Eastlondonlines:": a listener
            )
            if np is not None:
                ent = self.entity(np)
                if ent is not None or np.kind == "pronoun":
                    # a pronoun with nobody in focus still marks the quote as attributed
                    return ent, np.mention, cue.text
        if before_quote and hi > 0 and toks[hi - 1].text == ":":
            np = parse_np(toks, lo, self.text, lex)
            if (
                np is not None
                and hi - 1 - lo == 1
                and (lex.adverb(toks[lo].lower) or toks[lo].lower in lex.upos)
            ):
                np = None  # "Allereerst: “…”", "Kortom: “…”": an adverb or a common word, nobody
            if np is not None and np.end == hi - 1:
                ent = self.entity(np)
                if ent is not None:
                    return ent, np.mention, None
            if np is None or np.kind == "generic":
                np = self._np_ending(toks, hi - 1, lo) if hi - 1 > lo else None
            if np is not None and self._common_word(np):
                np = None  # "Concurrentie komt er niet: ,,…”": a common word opening the sentence
            if np is not None and np.kind in ("name", "pronoun") and np.start == lo and hi - lo <= 16:
                # "Van Bossuyt staat wel achter het filmpje: “…”": the subject of the sentence
                ent = self.entity(np)
                if ent is not None:
                    return ent, np.mention, None
            named = self._one_person(toks, lo, hi - 1)
            if named is not None:
                # "Tijdens de gemeenteraad uitte eerst Immanuel De Reuse (Vlaams Belang) zijn
                # ongenoegen: “…”", "Bij Hein Vanhaezebrouck een heel ander verhaal: “…”"
                ent = self.entity(named)
                if ent is not None and ent.kind != "organisation":
                    return ent, named.mention, None
        return None

    def quoting(self, toks: list[Token], cue: Cue, clause_lo: int) -> int | None:
        """The token of "quoted"/"cited" in "X quoted Y as saying", or None."""
        i = cue.i
        if self.lex.lang != "en" or toks[i].lower != "saying" or i < 3 or toks[i - 1].lower != "as":
            return None
        q = next(
            (m for m in range(i - 2, max(clause_lo, i - 10), -1) if toks[m].lower in ("quoted", "cited")),
            None,
        )
        if q is None or q + 1 >= i - 1 or toks[q - 1].lower in self.lex.auxiliaries:
            return None
        return q

    def _quoted_as(self, toks: list[Token], cue: Cue, clause_lo: int) -> NounPhrase | None:
        """ "NDTV quoted her as saying", "Interfax quoted Lavrov as saying": the person quoted, when
        named or a pronoun; "TMZ.com cited a source as saying": the outlet, as nobody is named.
        None for anything else (the passive "was quoted as saying" has its subject before)."""
        lex = self.lex
        i = cue.i
        q = self.quoting(toks, cue, clause_lo)
        if q is None:
            return None
        if q + 2 == i - 1 and toks[q + 1].lower in lex.object_pronouns:
            lw = toks[q + 1].lower
            return NounPhrase(
                q + 1, q + 2, "pronoun", mention=toks[q + 1].text, gender=pronoun_gender(lw, lex)
            )
        person = parse_np(toks, q + 1, self.text, lex)
        if person is not None and person.end == i - 1 and person.kind in ("name", "pronoun"):
            return person
        outlet = self._np_ending(toks, q, clause_lo)
        return outlet if outlet is not None and outlet.kind in ("name", "org", "role") else None

    def _one_person(self, toks: list[Token], lo: int, hi: int) -> NounPhrase | None:
        """The one full personal name in ``toks[lo:hi]`` (two or more capitalised words), or None
        when there is none or more than one."""
        if any(True for _ in self.cues(toks, lo, hi)):
            return None  # a cue the rules could not place: no guess
        found = None
        m = lo
        while m < hi:
            t = toks[m]
            if t.quoted:
                return None
            if t.text == "(":
                close = next((c for c in range(m, min(hi, m + 8)) if toks[c].text == ")"), None)
                if close is not None:
                    m = close + 1  # "Immanuel De Reuse (Vlaams Belang)": the party is no second name
                    continue
            np = parse_np(toks, m, self.text, self.lex) if t.cap and t.word else None
            if np is not None and np.kind == "name" and np.end <= hi and len(np.name.split()) > 1:
                if found is not None:
                    return None
                found = np
                m = np.end
                continue
            m += 1
        return found

    def sentence_subject(self, toks: list[Token]) -> NounPhrase | None:
        """The name or pronoun that opens the sentence, as the subject of a coordinated verb
        ("X wil niet reageren, maar laat weten dat …")."""
        lex = self.lex
        lo = past_dateline(toks, 0)
        if lo + 1 < len(toks) and toks[lo].lower in COORDINATORS_START and not toks[lo].quoted:
            lo += 1  # "But the U.S. Court of Appeals … overruled and said …"
        np = parse_np(toks, lo, self.text, lex)
        if np is not None and np.kind in ("name", "org") and np.end < len(toks):
            nxt = toks[np.end]
            if nxt.word and not nxt.cap and lex.is_org_head(nxt.lower):
                # "The BlackBerry maker also announced …": a description of the company in focus
                return NounPhrase(
                    lo, np.end + 1, "org", org=nxt.text, mention=self.text[toks[lo].start : nxt.end], det=True
                )
        if np is not None and np.kind in ("name", "pronoun", "org", "role"):
            return np
        # "Speaking on RTÉ, Dr Colm Henry apologised …, and said …": past an opening phrase
        comma = next((m for m, t in enumerate(toks[:12]) if t.text == "," and not t.quoted), None)
        if comma is not None:
            np = parse_np(toks, comma + 1, self.text, lex)
            if np is not None and np.kind in ("name", "org", "role"):
                return np
        return None


# Nouns of time that a misparse can put where a speaker goes ("Later op de dag zei …").
_NOT_SPEAKERS = frozenset(
    [
        "dag",
        "week",
        "jaar",
        "maand",
        "avond",
        "ochtend",
        "middag",
        "nacht",
        "keer",
        "moment",
        "tijd",
        "day",
        "week",
        "year",
        "month",
        "morning",
        "evening",
        "night",
        "time",
        "moment",
        "weekend",
    ]
)


# "last month", "this week", "vorige week": a time before a period word
_PERIOD_DETERMINERS = frozenset(
    ["last", "this", "next", "earlier", "vorige", "vorig", "deze", "dit", "afgelopen"]
)
# Words of a time phrase, never part of a speaker's: a fronted time phrase is not the subject.
_PERIODS = frozenset(
    [
        "jaar",
        "jaren",
        "maand",
        "maanden",
        "week",
        "weken",
        "dag",
        "dagen",
        "uur",
        "uren",
        "later",
        "eerder",
        "geleden",
        "begin",
        "eind",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hours",
        "later",
        "earlier",
        "ago",
    ]
)


# verbs an English verb of speech hangs on as an infinitive, the speaking still reported: "continued
# to say", "went on to say", "was quick to add"
_CATENATIVE_CHAINS = (
    ("continued", "to"),
    ("continues", "to"),
    ("continue", "to"),
    ("went", "on", "to"),
    ("goes", "on", "to"),
    ("go", "on", "to"),
    ("was", "quick", "to"),
    ("were", "quick", "to"),
    ("is", "quick", "to"),
    ("are", "quick", "to"),
)


def catenative_start(toks: list[Token], i: int) -> int | None:
    """The first token of a verb chain like "continued to" or "went on to" that ends right before
    the verb of speech at ``i``, or None."""
    for chain in _CATENATIVE_CHAINS:
        s = i - len(chain)
        if s >= 0 and all(toks[s + m].lower == w and not toks[s + m].quoted for m, w in enumerate(chain)):
            return s
    return None


def _subject_to_end(toks: list[Token], k: int, hi: int, text: str, lex: Lexicon) -> bool:
    """Whether only a speaker follows ``k`` to the sentence end: "…, zag Haarhuis.", not "…, zag
    het allemaal gebeuren." """
    np = parse_np(toks, k, text, lex) if k < hi else None
    return (
        np is not None
        and np.kind in ("name", "org", "role")
        and all(t.text in ".!?" for t in toks[np.end : hi])
    )


_FIND = frozenset(["vind", "vindt", "vinden", "vond", "vonden"])
_LISTING = frozenset(["daarbij", "daarin", "geen", "no"])
# "…, but he did not strike anything": after "but" and the speaker's pronoun, what the author adds
_BUT_NOT = frozenset(["not", "n't", "never", "declined", "refused"])
_ASKING = frozenset(
    ["hoeveel", "wat", "wie", "waar", "waarom", "welke", "wanneer", "how", "what", "who", "why"]
)


def _not_a_report(toks: list[Token], i: int, hi: int, lw: str, lex: Lexicon) -> bool:
    """A speech verb used otherwise: "vond … plaats" (took place), "noemde daarbij geen cijfers" (a
    listing, a refusal), "wil niet zeggen hoeveel" (a question left open)."""
    nxt = toks[i + 1].lower if i + 1 < hi else ""
    if lw in _FIND and any(toks[k].lower == "plaats" for k in range(i + 1, min(hi, i + 9))):
        return True
    if lw in lex.naming_verbs and nxt in _LISTING:
        return True
    return nxt in _ASKING and not toks[i + 1].quoted


def _participle_like(w: str) -> bool:
    """A Dutch past or present participle ("geëmotioneerd", "getergd", "zenuwslopend", "lachend"),
    which no name is."""
    return (len(w) >= 8 and w.startswith("ge") and w.endswith(("d", "t"))) or (
        len(w) >= 7 and w.endswith("end")
    )


def _plausible(np: NounPhrase, lex: Lexicon) -> bool:
    """Whether a phrase can name a speaker: not "dag", "om", "Later", "defendant declined to" or
    "leader of Guinea’s", which a rule can reach when a sentence is parsed wrong."""
    if np.kind == "pronoun":
        return True
    if np.mention.endswith(("'s", "’s")) and np.kind != "org":
        return False  # but "Sainsbury's said …", "Macy’s said …": a company named so
    words = np.mention.split()
    given = np.kind == "name" and len(words) > 1 and words[0].lower() in ("april", "may", "june", "august")
    if any(
        ((m == 0 and not given) or w[:1].islower()) and (w.lower() in _PERIODS or time_word(w.lower(), lex))
        for m, w in enumerate(words)
    ):
        return False  # "Ruim een jaar later oordeelde het jeugdhof …", "Begin maart maakte X bekend …"
    if np.kind == "name":
        words = np.name.split()
        titled = np.mention.split()[0].lower().rstrip(".") in lex.titles  # "Mr Cook", "Mrs Baker"
        if len(words) == 1 and lex.lang == "nl" and _participle_like(words[0].lower()):
            return False  # "Geëmotioneerd zei Lenferink: …": a participle opens the sentence
        # "Vooruit zegt …": a party named by a common word is a name all the same
        party = words[0].lower() in lex.org_kinds.get("partij", ()) and words[0][:1].isupper()
        return titled or party or not (len(words) == 1 and lex.not_a_name(words[0].lower()))
    if np.kind in ("role", "generic"):
        text = np.role or np.org
        lows = [w.lower().strip(".,") for w in text.split() if w.lower() not in lex.determiners]
        if not lows:
            return False
        for n, w in enumerate(lows):
            if lex.is_role(w) or lex.is_org_head(w):
                continue
            if lex.lang == "en" and w.endswith("ing") and n + 1 < len(lows) and lex.is_role(lows[-1]):
                continue  # "a planning inspector", "the marketing director": a noun before the role
            if n + 1 < len(lows) and lows[n + 1] in lex.not_cue_before.get(w, ()):
                continue  # "state officials": a verb's form used as a noun before the head
            if lex.upos.get(w) in ("VERB", "AUX", "ADV", "SCONJ") or w in lex.cue_words:
                return False
        if len(lows) == 1:
            w = lows[0]
            if w in lex.function_words or w in _NOT_SPEAKERS or lex.upos.get(w) in ("ADP", "CCONJ", "NUM"):
                return False
            known = lex.is_role(w) or lex.is_org_head(w) or w in lex.anonymous_roles or w in lex.artifacts
            return known or np.det or (len(w) > 3 and w.endswith(("s", "en", "ers")))
    return True


_ARTICLES = frozenset(["the", "a", "an"])
_ALSO = frozenset(["ook", "eveneens", "also"])
# the words that join a portfolio's parts: "minister van Welzijn en Gezin", "Minister of State for …"
_PORTFOLIO_LINKS = frozenset(["van", "voor", "en", "of", "for", "and", "&"])
_FIRST_SINGULAR = re.compile(r"\b(?:[Ii]k|[Mm]ij|[Mm]ijn|I|[Mm]y|[Mm]e)\b")
_FIRST_PERSON = re.compile(r"\b(?:ik|we|wij|mij|me|mijn|ons|onze|I|my|our|us)\b", re.IGNORECASE)

# "as they believed …", "as he needed …": "as" giving a reason, part of what was said
_REASONS_AS = frozenset(
    [
        "believed",
        "feared",
        "expected",
        "needed",
        "wanted",
        "hoped",
        "worried",
        "realised",
        "realized",
        "required",
    ]
)


_BEFORE_CLAUSE = frozenset(["niet", "not", "wel", "ook"])


def verb_token(t: Token, lex: Lexicon, *, guess: bool = False) -> bool:
    """A verb in small letters by the word-class table or the auxiliaries; with ``guess``, also an
    English "-ing"/"-ed" form the table does not know."""
    if t.quoted or not t.word or t.cap:
        return False
    pos = lex.upos.get(t.lower)
    if t.lower in lex.auxiliaries or pos in ("VERB", "AUX"):
        return True
    return guess and pos is None and lex.lang == "en" and len(t.lower) > 4 and t.lower.endswith(("ing", "ed"))


def _finite_clause_cue(lw: str, lex: Lexicon) -> bool:
    """A verb that reports only with its clause and closes one after a comma ("…, berekende
    UNIZO."), not a state of mind ("bezorgd", "tevreden") or a noun ("mening", "besluit")."""
    return (
        lex.upos.get(lw) in ("VERB", None)
        and not lw.endswith(("d", "isch"))
        and lw not in ("oordeel", "besluit", "uitsluiten")
    )


def _verb_use(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a form that is also a noun ("states", "reports", "bericht") is used as a verb here:
    not after a determiner, possessive or adjective, and followed by a clause or an object."""
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is not None and (prev.quoted or (prev.text == "," and i > 1 and toks[i - 2].quoted)):
        return True  # “…”, verwacht X: a verb right after a quote
    if prev is None or nxt is None:
        return False
    if nxt.text in ".!?" and prev.word and not prev.quoted:
        # "…, Reuters reports.", "…, the agency reports.": a short source between the comma and
        # the verb closing the sentence
        comma = next((k for k in range(i - 1, max(-1, i - 5), -1) if not toks[k].word), None)
        return comma is not None and toks[comma].text == "," and not toks[comma].quoted
    if not prev.word:
        # "Dirk Weidema, voorzitter van …, verwacht (niet) dat …": after an apposition's comma
        after = toks[i + 2] if nxt.lower in _BEFORE_CLAUSE and i + 2 < len(toks) else nxt
        if prev.text in ",)" and after.lower in lex.complementizers:
            return True  # "Minister Koolmees (Sociale Zaken) verwacht dat …"
        # "…, verwacht ABN AMRO.": a short source closing the sentence after the verb
        rest = toks[i + 1 :]
        return (
            prev.text == ","
            and len(rest) <= 6
            and rest[-1].text in ".!?"
            and (
                nxt.cap
                or nxt.lower in lex.determiners
                or nxt.lower in lex.subject_pronouns
                or lex.is_role(nxt.lower)  # "…, verwacht bestuurder Clemens Pronk."
            )
            and all(
                t.word and not t.quoted and lex.upos.get(t.lower) not in ("VERB", "AUX") for t in rest[:-1]
            )
        )
    if prev.lower in lex.determiners or prev.lower in lex.possessives:
        return False
    if lex.upos.get(prev.lower) in ("ADJ", "DET", "ADP", "NUM"):
        return False
    if nxt.lower in lex.complementizers:
        return True
    if (
        nxt.word
        and lex.upos.get(nxt.lower) == "ADP"
        and prev.word
        and prev.lower not in lex.auxiliaries
        and lex.upos.get(prev.lower) not in ("AUX", "VERB", "ADV")
        and any(t.lower in lex.complementizers or t.lower == "te" for t in toks[i + 2 : i + 12])
    ):
        # "Het havenbedrijf verwacht in het lopende halfjaar beter te kunnen …": a phrase of time
        # before the verb's clause, not "wordt verwacht in maart"
        return True
    return nxt.word and lex.upos.get(nxt.lower) not in ("ADP", "VERB", "AUX", "CCONJ")


def _abbrev(toks: list[Token], k: int) -> bool:
    p = toks[k - 1] if k > 0 else None
    return p is not None and p.end == toks[k].start and abbreviation_word(p.text)


def _paren_open(toks: list[Token], k: int, lo: int) -> int | None:
    """Index of the "(" of a short parenthetical that closes at token ``k``, or None."""
    if k < lo or toks[k].text != ")" or toks[k].quoted:
        return None
    for m in range(k - 1, max(lo, k - MAX_PAREN) - 1, -1):
        t = toks[m]
        if t.quoted or t.text in "!?;)" or (t.text == "." and t.start > toks[m - 1].end):
            return None  # a glued "." is an abbreviation: "(R-S.C.)"
        if t.text == "(":
            return m if m > lo else None
    return None


def _token_at(toks: list[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _clause_after(toks: list[Token], i: int, hi: int, lex: Lexicon) -> bool:
    """Whether the wish, fear or perception at ``i`` has its clause after adverbs or its own
    subject pronoun: "Hij wil echt dat …", "hoopt nog steeds dat …", "is er zeker van dat …",
    "Sinds de zomer merkt ze dat …"."""
    if toks[i].lower not in lex.clause_cues:
        return False
    comp = next(
        (
            m
            for m in range(i + 1, min(hi, i + 4))
            if toks[m].lower in lex.complementizers and not toks[m].quoted
        ),
        None,
    )
    if comp is not None and all(
        (lex.adverb(t.lower) or t.lower == "van" or (m == i + 1 and t.lower in lex.subject_pronouns))
        and not t.quoted
        for m, t in enumerate(toks[i + 1 : comp], start=i + 1)
    ):
        return True
    return lex.lang == "nl" and _inverted_before_clause(toks, i, hi, lex)


def _inverted_before_clause(toks: list[Token], i: int, hi: int, lex: Lexicon) -> bool:
    """Whether the Dutch subject stands between the verb and its clause: "Ook ziet de toezichthouder
    dat …", "Nu merkt de gemeente Zundert dat …" (the verb second, after one word that opens the
    sentence), or after a phrase of time or place: "Sinds maart ziet Neef dat …", "Tijdens de
    feestdagen merkt de voedselbank dat …"."""
    if i + 1 >= hi:
        return False
    if i == 1:
        if not lex.adverb(toks[0].lower):
            return False
    elif not (
        i <= 5
        and (lex.upos.get(toks[0].lower) == "ADP" or time_word(toks[0].lower, lex))
        and all(
            t.word
            and not t.quoted
            and t.lower not in lex.complementizers
            and lex.upos.get(t.lower) not in ("VERB", "AUX", "PRON", "SCONJ")
            for t in toks[1:i]
        )
    ):
        return False
    first = toks[i + 1]
    if not (first.lower in lex.determiners or first.cap) or first.quoted:
        return False
    for m in range(i + 2, min(hi, i + 7)):
        t = toks[m]
        if t.quoted or not t.word:
            return False
        if t.lower in lex.complementizers:
            return True
        if not t.cap and lex.upos.get(t.lower) in ("VERB", "AUX", "ADP", "PRON", "SCONJ"):
            return False
    return False


def _demonstrative(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether "dat"/"that" at ``k`` points at a noun after a preposition ("gaf tijdens dat onderzoek
    al aan dat …"), no clause opening."""
    return (
        0 < k < len(toks) - 1
        and lex.upos.get(toks[k - 1].lower) == "ADP"
        and toks[k - 1].lower not in _CONJUNCTION_ADPS
        and lex.upos.get(toks[k + 1].lower, "NOUN") == "NOUN"
        and not toks[k + 1].cap
    )


# prepositions that make a conjunction with "dat": "zonder dat", "behalve dat", "except that"
_CONJUNCTION_ADPS = frozenset(["zonder", "behalve", "except", "so", "now", "given"])
