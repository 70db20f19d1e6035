"""Language lexicons as data, bundled in one object the rules can share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from . import en, nl

ROLE = 1
ORG = 2


@dataclass(frozen=True)
class Lexicon:
    lang: str
    speech_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    tell_verbs: frozenset[str]
    separable: dict[str, str | tuple[str, ...]]
    according_to: tuple[tuple[str, ...], ...]
    aldus: frozenset[str]
    complementizers: frozenset[str]
    subject_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    determiners: frozenset[str]
    auxiliaries: frozenset[str]
    adverbs: frozenset[str]
    backward_openers: frozenset[str]
    question_openers: frozenset[str]
    function_words: frozenset[str]
    roles: frozenset[str]
    role_suffixes: tuple[str, ...]
    spokesperson_roles: frozenset[str]
    org_heads: frozenset[str]
    anaphoric_orgs: frozenset[str]
    # a description of an organisation -> words a name of that kind carries ("de school": "College")
    org_kinds: dict[str, tuple[str, ...]]
    role_links: frozenset[str]
    role_participles: frozenset[str]
    business_words: frozenset[str]
    of_word: str
    name_links: frozenset[str]
    portfolios: frozenset[str]
    name_particles: frozenset[str]
    stopwords: frozenset[str]
    opinion_words: frozenset[str]
    future_words: frozenset[str]
    comparative_words: frozenset[str]
    months: frozenset[str]
    days: frozenset[str]
    clause_tails: tuple[tuple[str, ...], ...]
    evidence_verbs: frozenset[str]
    evidence_preps: frozenset[str]
    object_pronouns: frozenset[str]
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    possessives: frozenset[str]
    titles: frozenset[str]
    female_words: frozenset[str]
    male_words: frozenset[str]
    anonymous_roles: frozenset[str]
    talk_about: frozenset[str]  # "had het over …": forms of "hebben" that, with "het … over", report
    het_cues: frozenset[str]  # "klinkt het", "luidde het": verbs that report only with "het" after them
    reaction_words: frozenset[str]
    number_words: frozenset[str]
    participle_cues: frozenset[str]
    event_verbs: frozenset[str]
    affiliation_links: frozenset[str]
    org_suffixes: tuple[str, ...]
    org_compound_suffixes: tuple[str, ...]
    ambiguous_cues: frozenset[str]
    promise_verbs: frozenset[str]
    not_cue_before: dict[str, frozenset[str]]
    expletives: frozenset[str]
    tail_words: frozenset[str]
    artifacts: frozenset[str]
    clause_cues: frozenset[str]
    light_verbs: frozenset[str]  # "voiced fears that": the verb carrying a state-of-mind cue
    neuter_pronouns: frozenset[str]
    demonyms: frozenset[str]
    countries: frozenset[str]  # lower-cased: a country speaks as a state, never as "he" or "she"
    wrapped_sources: tuple[tuple[tuple[str, ...], str], ...]  # "wat hem betreft": opening words, closing word
    object_cues: frozenset[str]
    role_synonyms: dict[str, str]
    # someone's own: "de advocaat van Piet Janssen" is the lawyer, never Piet Janssen or the one in focus
    personal_roles: frozenset[str]
    demonstratives: frozenset[str]
    time_prefixes: tuple[str, ...]
    own_account: tuple[str, ...]
    not_cue_after: dict[str, frozenset[str]]
    cue_only_after: dict[str, frozenset[str]]  # "the court heard": a verb that reports after these only
    naming_as: frozenset[str]  # "condemned X as Y", "ziet X als Y": naming with "as" only
    reports: frozenset[str]  # "het rapport", "the ruling": documents of organisations
    trailing_cues: frozenset[str]  # "…, zag Haarhuis.": a cue only right after the clause's comma
    not_sources: frozenset[str]  # "volgens de wet", "according to plan": no source after "volgens"
    role_of: str
    reportative: frozenset[str]
    institutions: dict[str, str]
    media: dict[str, str]  # newspapers by their usual name with its article: "de morgen" -> "De Morgen"
    media_words: tuple[str, ...]  # "de krant", "the newspaper": the newspaper named before
    media_first: frozenset[str]  # first words of the media names, for a quick test
    institutional_roles: frozenset[str]
    copulas: frozenset[str]
    upos: dict[str, str]  # word -> its usual part of speech, from Universal Dependencies (data/)

    def __post_init__(self) -> None:
        # word -> answer memos: the rules ask about the same few thousand words millions of times
        object.__setattr__(self, "_roles_memo", {})
        object.__setattr__(self, "_orgs_memo", {})
        object.__setattr__(self, "word_classes", {})
        first = {w[0] for w in self.according_to}
        object.__setattr__(self, "source_words", frozenset(first | self.aldus))
        # first words that open only longer phrases ("in de ogen van"), with the words that may follow
        single = {w[0] for w in self.according_to if len(w) == 1} | set(self.aldus)
        seconds: dict[str, set[str]] = {}
        for w in self.according_to:
            if w[0] not in single and len(w) > 1:
                seconds.setdefault(w[0], set()).add(w[1])
        object.__setattr__(self, "source_seconds", {k: frozenset(v) for k, v in seconds.items()})
        object.__setattr__(self, "cue_words", frozenset(self.speech_verbs | self.naming_verbs))
        # media names by their first two words ("de morgen", "trouw"): a quick test before joining
        object.__setattr__(self, "media_pairs", frozenset(tuple(k.split()[:2]) for k in self.media))
        # every word that may open a cue: one set lookup per token when a sentence is searched
        object.__setattr__(
            self,
            "cue_any",
            frozenset(self.separable)
            | self.cue_words
            | self.clause_cues
            | self.talk_about
            | self.het_cues
            | frozenset(self.cue_only_after)
            | self.naming_as
            | self.trailing_cues,
        )
        # "schoolbestuur", "glasvezelconcern": compounds on an organisation word point back too
        object.__setattr__(
            self, "anaphoric_suffixes", tuple(sorted(w for w in self.anaphoric_orgs if len(w) > 4))
        )

    def is_role(self, lower: str) -> bool:
        memo = self._roles_memo
        hit = memo.get(lower)
        if hit is None:
            hit = (
                lower in self.roles
                or (len(lower) > 6 and lower.endswith(self.role_suffixes))
                # "groen-kamerlid", "oud-minister", "vice-president"
                or ("-" in lower and lower.rsplit("-", 1)[1] in self.roles)
                # plurals: "strafpleiters", "lawyers", "artsen"
                or (len(lower) > 5 and lower.endswith("s") and lower[:-1] in self.roles)
                or (len(lower) > 5 and lower.endswith("en") and lower[:-2] in self.roles)
                # "getuigen", "omwonenden": a role ending in -e takes -n
                or (len(lower) > 6 and lower.endswith("en") and lower[:-1] in self.roles)
                # "witnesses", "deputies"
                or (len(lower) > 6 and lower.endswith("es") and lower[:-2] in self.roles)
                or (len(lower) > 6 and lower.endswith("ies") and f"{lower[:-3]}y" in self.roles)
                # "medewerkers", "raadsleden": the plural of a compound role
                or (len(lower) > 8 and lower.endswith("s") and lower[:-1].endswith(self.role_suffixes))
                or (len(lower) > 6 and lower.endswith("leden") and f"{lower[:-5]}lid" in self.roles)
                # "PvdA’er Gijs van Dijk", "de CDA'ers": a member of a party or club
                or (self.lang == "nl" and len(lower) > 4 and lower.endswith(("'er", "’er", "'ers", "’ers")))
                # "fractieleidster", "woordvoerster", "Belang-fractieleidster": the female form of
                # a role in -er / -der
                or (
                    self.lang == "nl"
                    and len(lower) > 7
                    and lower.endswith("ster")
                    and _female_role(self, lower)
                )
                # "vakbondsbestuurder", "retailexpert", "persvoorlichters": a Dutch compound ending
                # in a known role
                or (self.lang == "nl" and len(lower) > 7 and _compound_role(self, lower))
            )
            if len(memo) < 200_000:
                memo[lower] = hit
        return hit

    def classify(self, lower: str) -> int:
        """ROLE | ORG bits for a word, memoised in ``word_classes`` (callers may ``.get`` it first)."""
        c = (ROLE if self.is_role(lower) else 0) | (ORG if self.is_org_head(lower) else 0)
        if len(self.word_classes) < 200_000:
            self.word_classes[lower] = c
        return c

    def is_org_head(self, lower: str) -> bool:
        memo = self._orgs_memo
        hit = memo.get(lower)
        if hit is None:
            hit = (
                lower in self.org_heads
                or (len(lower) > 7 and lower.endswith(self.org_suffixes))
                or (lower.endswith(self.org_compound_suffixes) and lower not in self.org_compound_suffixes)
            )
            if len(memo) < 200_000:
                memo[lower] = hit
        return hit

    def adverb(self, lower: str) -> bool:
        """An adverb by the word-class table, or an English "-ly" word it does not know ("Secondly")."""
        pos = self.upos.get(lower)
        return pos == "ADV" or (pos is None and self.lang == "en" and len(lower) > 4 and lower.endswith("ly"))

    def not_a_name(self, lower: str) -> bool:
        """Whether a capitalised word is, by its usual part of speech, an adverb, a verb, a
        preposition or another word that does not start a name ("Vanochtend", "Meanwhile")."""
        if self.lang == "nl" and _PRONOMINAL_ADVERB.match(lower):
            return True  # "Daarentegen zegt …", "Hierdoor …": daar/hier/waar and a preposition
        pos = self.upos.get(lower)
        if pos is None and self.lang == "en" and len(lower) > 5 and lower.endswith("ly"):
            # "Shortly before 3pm, …", "Virtually charging the Opposition …": an adjective and "-ly"
            # (not "Kelly", "Carly" or "McNally")
            return self.upos.get(lower[:-2]) == "ADJ" or lower.endswith(_ADVERB_ENDINGS)
        return (pos or "PROPN") in _NOT_NAME

    def gender(self, lower: str) -> str:
        """ "f", "m" or "" for a title or role word."""
        if lower in self.female_words:
            return "f"
        return "m" if lower in self.male_words else ""

    def is_cue_verb(self, lower: str) -> bool:
        return lower in self.cue_words


_ADVERB_ENDINGS = ("ously", "ently", "antly", "ively", "edly", "ually", "ially", "ically")
_PRONOMINAL_ADVERB = re.compile(
    r"(?:daar|hier|waar)(?:aan|achter|bij|binnen|buiten|door|entegen|in|langs|mee|na|naast|naartoe|om|"
    r"omheen|omtrent|onder|op|over|tegen|toe|tussen|uit|van|vandaan|voor|zonder)$"
)
_NOT_NAME = frozenset({"ADP", "ADV", "AUX", "CCONJ", "DET", "PRON", "SCONJ", "VERB", "INTJ"})
_DATA = Path(__file__).resolve().parent / "data"


def _wordclasses(lang: str) -> dict[str, str]:
    path = _DATA / f"wordclasses_{lang}.tsv"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, tag = line.partition("\t")
        table[word] = tag
    return table


def _build(lang: str, mod: ModuleType) -> Lexicon:
    return Lexicon(
        lang=lang,
        speech_verbs=mod.SPEECH_VERBS,
        naming_verbs=mod.NAMING_VERBS,
        tell_verbs=getattr(mod, "TELL_VERBS", frozenset()),
        separable=mod.SEPARABLE,
        according_to=mod.ACCORDING_TO,
        aldus=mod.ALDUS,
        complementizers=mod.COMPLEMENTIZERS,
        subject_pronouns=mod.SUBJECT_PRONOUNS,
        plural_pronouns=mod.PLURAL_PRONOUNS,
        determiners=mod.DETERMINERS,
        auxiliaries=mod.AUXILIARIES,
        adverbs=mod.ADVERBS,
        backward_openers=mod.BACKWARD_OPENERS,
        question_openers=mod.QUESTION_OPENERS,
        function_words=mod.FUNCTION_WORDS,
        roles=mod.ROLES,
        role_suffixes=mod.ROLE_SUFFIXES,
        spokesperson_roles=mod.SPOKESPERSON_ROLES,
        org_heads=mod.ORG_HEADS,
        anaphoric_orgs=mod.ANAPHORIC_ORGS,
        org_kinds=getattr(mod, "ORG_KINDS", {}),
        role_links=mod.ROLE_LINKS,
        role_participles=mod.ROLE_PARTICIPLES,
        business_words=mod.BUSINESS_WORDS,
        of_word=mod.OF_WORD,
        name_links=mod.NAME_LINKS,
        portfolios=mod.PORTFOLIOS,
        name_particles=mod.NAME_PARTICLES,
        stopwords=mod.STOPWORDS,
        opinion_words=mod.OPINION_WORDS,
        future_words=mod.FUTURE_WORDS,
        comparative_words=mod.COMPARATIVE_WORDS,
        months=mod.MONTHS,
        days=mod.DAYS,
        clause_tails=mod.CLAUSE_TAILS,
        evidence_verbs=mod.EVIDENCE_VERBS,
        evidence_preps=mod.EVIDENCE_PREPS,
        object_pronouns=mod.OBJECT_PRONOUNS,
        male_pronouns=mod.MALE_PRONOUNS,
        female_pronouns=mod.FEMALE_PRONOUNS,
        possessives=mod.POSSESSIVES,
        titles=mod.TITLES,
        female_words=mod.FEMALE_WORDS,
        male_words=mod.MALE_WORDS,
        anonymous_roles=mod.ANONYMOUS_ROLES,
        reaction_words=mod.REACTION_WORDS,
        number_words=mod.NUMBER_WORDS,
        participle_cues=mod.PARTICIPLE_CUES,
        event_verbs=mod.EVENT_VERBS,
        affiliation_links=mod.AFFILIATION_LINKS,
        org_suffixes=mod.ORG_SUFFIXES,
        org_compound_suffixes=mod.ORG_COMPOUND_SUFFIXES,
        ambiguous_cues=mod.AMBIGUOUS_CUES,
        promise_verbs=mod.PROMISE_VERBS,
        not_cue_before=mod.NOT_CUE_BEFORE,
        expletives=mod.EXPLETIVES,
        tail_words=mod.TAIL_WORDS,
        artifacts=mod.ARTIFACTS,
        clause_cues=mod.CLAUSE_CUES,
        light_verbs=getattr(mod, "LIGHT_VERBS", frozenset()),
        talk_about=getattr(mod, "TALK_ABOUT", frozenset()),
        het_cues=getattr(mod, "HET_CUES", frozenset()),
        neuter_pronouns=mod.NEUTER_PRONOUNS,
        demonyms=mod.DEMONYMS,
        countries=mod.COUNTRIES,
        wrapped_sources=mod.WRAPPED_SOURCES,
        object_cues=getattr(mod, "OBJECT_CUES", frozenset()),
        role_synonyms=mod.ROLE_SYNONYMS,
        personal_roles=mod.PERSONAL_ROLES,
        demonstratives=mod.DEMONSTRATIVES,
        time_prefixes=tuple(sorted(mod.DAYS | mod.MONTHS)),
        own_account=mod.OWN_ACCOUNT,
        not_cue_after=mod.NOT_CUE_AFTER,
        cue_only_after=getattr(mod, "CUE_ONLY_AFTER", {}),
        not_sources=getattr(mod, "NOT_SOURCES", frozenset()),
        naming_as=getattr(mod, "NAMING_AS", frozenset()),
        trailing_cues=getattr(mod, "TRAILING_CUES", frozenset()),
        reports=getattr(mod, "REPORTS", frozenset()),
        role_of=mod.ROLE_OF,
        reportative=mod.REPORTATIVE,
        institutions=mod.INSTITUTIONS,
        media=dict(getattr(mod, "MEDIA", {})),
        media_first=frozenset(k.split()[0] for k in getattr(mod, "MEDIA", {})),
        media_words=tuple(getattr(mod, "MEDIA_WORDS", ())),
        institutional_roles=mod.INSTITUTIONAL_ROLES,
        copulas=mod.COPULAS,
        # past tenses the treebank sample is too small to tag ("profit fell", "shares rose")
        upos={
            **_wordclasses(lang),
            **dict.fromkeys(getattr(mod, "PAST_FORMS", ()), "VERB"),
            **dict.fromkeys(getattr(mod, "PREPOSITIONS", ()), "ADP"),
            **dict.fromkeys(getattr(mod, "SENTENCE_ADVERBS", ()), "ADV"),
        },
    )


LEXICONS = {"nl": _build("nl", nl), "en": _build("en", en)}


def get(lang: str) -> Lexicon:
    """The lexicon for ``lang`` ("nl" or "en")."""
    return LEXICONS[lang]


def _female_role(lex: Lexicon, lower: str) -> bool:
    """Whether a Dutch word in -ster is the female form of a known role ("leidster" of "leider",
    "bestuurster" of "bestuurder"), also at the end of a hyphenated compound."""
    word = lower.rsplit("-", 1)[-1]
    stem = word[:-4]
    return len(word) > 6 and (f"{stem}er" in lex.roles or f"{stem}der" in lex.roles)


def _compound_role(lex: Lexicon, lower: str) -> bool:
    """Whether a Dutch word is a compound whose last part (five letters or more) is a known role,
    in the singular or a plural in -s / -en."""
    for word in (
        lower,
        lower[:-1] if lower.endswith("s") else "",
        lower[:-2] if lower.endswith("en") else "",
    ):
        if word and any(
            word[k:] in lex.roles and word[k:] not in _NO_COMPOUND_HEADS for k in range(2, len(word) - 4)
        ):
            return True
    return False


# roles that end compounds of another kind: "ochtendspits", "jongemensen", "data-analyse"
_NO_COMPOUND_HEADS = frozenset(["spits", "mensen", "analyse"])
