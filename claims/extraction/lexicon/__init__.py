"""Language lexicons as data, bundled in one object the rules can share."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from . import en, nl


@dataclass(frozen=True)
class Lexicon:
    lang: str
    speech_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    tell_verbs: frozenset[str]
    separable: dict[str, str]
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
    role_links: frozenset[str]
    portfolios: frozenset[str]
    name_particles: frozenset[str]
    stopwords: frozenset[str]
    opinion_words: frozenset[str]
    future_words: frozenset[str]
    comparative_words: frozenset[str]
    months: frozenset[str]
    days: frozenset[str]
    clause_tails: tuple[tuple[str, ...], ...]

    def is_role(self, lower: str) -> bool:
        return lower in self.roles or (len(lower) > 6 and lower.endswith(self.role_suffixes))

    def is_cue_verb(self, lower: str) -> bool:
        return lower in self.speech_verbs or lower in self.naming_verbs


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
        role_links=mod.ROLE_LINKS,
        portfolios=mod.PORTFOLIOS,
        name_particles=mod.NAME_PARTICLES,
        stopwords=mod.STOPWORDS,
        opinion_words=mod.OPINION_WORDS,
        future_words=mod.FUTURE_WORDS,
        comparative_words=mod.COMPARATIVE_WORDS,
        months=mod.MONTHS,
        days=mod.DAYS,
        clause_tails=mod.CLAUSE_TAILS,
    )


LEXICONS = {"nl": _build("nl", nl), "en": _build("en", en)}


def get(lang: str) -> Lexicon:
    """The lexicon for ``lang`` ("nl" or "en")."""
    return LEXICONS[lang]
