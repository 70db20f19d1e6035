"""Noun phrases that name a speaker, and the per-article speaker tracker.

A speaker phrase is parsed from tokens: optional determiner, modifiers, a role word with its
complement ("minister van Buitenlandse Zaken", "spokesperson for the ministry"), then a name.
Capitalised words before the role are modifiers ("De Amerikaanse president", "US President"),
capitalised words after it are the name. The tracker folds every form it sees ("Trump", "Donald
Trump", "De Amerikaanse president Donald Trump") into one entity whose canonical name is the
longest personal-name form, and keeps the focus (last speaker) for pronouns and quote
continuations.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from .lexicon import Lexicon
from .text import Token
from .types import SpeakerInfo

MAX_NP = 12


@dataclass(frozen=True, slots=True)
class NounPhrase:
    start: int  # token index
    end: int  # token index, exclusive
    kind: str  # pronoun | name | role | org | generic
    name: str = ""
    role: str = ""
    org: str = ""
    mention: str = ""
    det: bool = False


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return " ".join(s.lower().replace("’", "'").split())


def _join(tokens: list[Token], text: str) -> str:
    return text[tokens[0].start : tokens[-1].end] if tokens else ""


def _name_token(toks: list[Token], j: int, lex: Lexicon) -> bool:
    t = toks[j]
    if t.quoted or not t.word or not t.cap:
        return False
    if t.lower in lex.name_particles:
        k = j + 1
        while k < len(toks) and toks[k].lower in lex.name_particles and not toks[k].quoted:
            k += 1
        return k < len(toks) and toks[k].cap and toks[k].lower not in lex.function_words
    return t.lower not in lex.function_words and not lex.is_cue_verb(t.lower)


def parse_np(
    toks: list[Token], i: int, text: str, lex: Lexicon, *, generic: bool = False
) -> NounPhrase | None:
    """The speaker phrase starting at token ``i``, or None."""
    n = len(toks)
    if i >= n or toks[i].quoted or not toks[i].word:
        return None
    if toks[i].lower in lex.subject_pronouns:
        return NounPhrase(i, i + 1, "pronoun", mention=toks[i].text)
    j = i
    det = toks[j].lower in lex.determiners
    if det:
        j += 1
    limit = min(n, i + MAX_NP)
    mods: list[Token] = []
    role: list[Token] = []
    org: list[Token] = []
    name: list[Token] = []
    lowers = 0
    while j < limit:
        t = toks[j]
        if t.quoted or (not t.word and t.text not in "'’"):
            break
        lw = t.lower
        if lex.is_role(lw):
            if role and name:
                break
            # capitalised words before the role are modifiers: "De Amerikaanse president"
            role = role + mods + name + [t]
            mods, name = [], []
            j += 1
            j = _complement(toks, j, limit, lex, role, org)
            continue
        if lw in lex.org_heads and not role and not (name and len(name) > 1 and not det):
            org = mods + name + [t]
            mods, name = [], []
            j += 1
            j = _complement(toks, j, limit, lex, org, org)
            while j < limit and _name_token(toks, j, lex) and toks[j].start == toks[j - 1].end + 1:
                org.append(toks[j])  # "de gemeente Amsterdam"
                j += 1
            break
        if t.text in "'’" and (mods or name) and t.start == toks[j - 1].end:
            mods, name = mods + name + [t], []  # possessive: "the employers' association"
            j += 1
            continue
        if _name_token(toks, j, lex):
            name.append(t)
            j += 1
            continue
        if len(name) == 1 and lw in lex.name_particles:
            # "Jan van der Laan", but not "Donald Pols van Milieudefensie"
            k = j
            while (
                k < limit and toks[k].lower in lex.name_particles and not toks[k].cap and not toks[k].quoted
            ):
                k += 1
            if k < limit and k - j <= 3 and _name_token(toks, k, lex):
                name.extend(toks[j : k + 1])
                j = k + 1
                continue
        if name and lw in lex.role_links and j + 1 < limit and _name_token(toks, j + 1, lex):
            # affiliation after a name: "Jan de Boer van GroenLinks", "Smith of Acme"
            k = j + 1
            while k < limit and _name_token(toks, k, lex):
                k += 1
            role = role + toks[j:k]
            j = k
            break
        if (
            not name
            and not role
            and (det or mods)
            and not t.cap
            and lowers < 3
            and lw not in lex.function_words
        ):
            # adjectives in "de voormalige minister"; a generic head noun when nothing else follows
            if lex.is_cue_verb(lw) or lw in lex.auxiliaries or lw in lex.complementizers:
                break
            mods.append(t)
            lowers += 1
            j += 1
            continue
        break
    mention = text[toks[i].start : toks[j - 1].end] if j > i else ""
    if name:
        if det and not role:
            return NounPhrase(i, j, "org", org=_join(name, text), mention=mention, det=True)
        return NounPhrase(i, j, "name", name=_join(name, text), role=_join(role, text), mention=mention)
    if org:
        return NounPhrase(i, j, "org", org=_join(org, text), role=_join(role, text), mention=mention, det=det)
    if role:
        return NounPhrase(i, j, "role", role=_join(role, text), mention=mention, det=det)
    if generic and det and mods:
        return NounPhrase(i, j, "generic", org=_join(mods, text), mention=mention, det=True)
    return None


def _complement(toks: list[Token], j: int, limit: int, lex: Lexicon, role: list, org: list) -> int:
    """Consume "van Buitenlandse Zaken" / "for the ministry" after a role or organisation word."""
    if j + 1 >= limit or toks[j].lower not in lex.role_links or toks[j].quoted:
        return j
    k = j + 1
    nxt = toks[k]
    if nxt.lower in lex.determiners:
        # "woordvoerder van het ministerie (van Defensie)": the organisation spoken for
        k += 1
        body = []
        while k < limit and toks[k].word and not toks[k].quoted:
            lw = toks[k].lower
            if (
                lw in lex.org_heads
                or (toks[k].cap and lw not in lex.function_words)
                or (lw in lex.role_links and body and k + 1 < limit and toks[k + 1].cap)
            ):
                body.append(toks[k])
                k += 1
            else:
                break
        if not body:
            return j
        org[:] = body if org is not role else [*org, toks[j], *body]
        return k
    if not nxt.cap or nxt.quoted:
        return j
    taken = []
    while k < limit and toks[k].word and not toks[k].quoted and toks[k].lower in lex.portfolios:
        if toks[k].lower in ("en", "and") and not taken:
            break
        taken.append(toks[k])
        k += 1
    if not taken:
        taken.append(toks[k])  # a place: "burgemeester van Amsterdam"
        k += 1
    role.extend([toks[j], *taken])
    return k


@dataclass(eq=False)
class Entity:
    kind: str
    names: list[str] = field(default_factory=list)
    role: str = ""
    aliases: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n))) if self.names else "unknown"


class SpeakerTracker:
    """Speakers of one article: aliases, roles, and the focus for pronouns and continuations."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.entities: list[Entity] = []
        self._keys: dict[str, Entity] = {}
        self.focus: Entity | None = None
        self.last_person: Entity | None = None

    def set_focus(self, ent: Entity | None) -> None:
        if ent is not None:
            self.focus = ent
            if ent.kind == "person":
                self.last_person = ent

    def resolve(self, np: NounPhrase) -> Entity | None:
        """The entity a speaker phrase refers to; creates one for a new name."""
        if np.kind == "pronoun":
            if np.mention.lower() in self.lex.plural_pronouns and self.focus is not None:
                ent = self.focus
            else:
                ent = self.last_person or self.focus
            if ent is not None:
                self._alias(ent, np.mention)
            return ent
        if np.kind == "name":
            return self._person(np.name, np.role, np.mention)
        if np.kind == "org":
            return self._org(np.org, np.mention, np.role)
        if np.kind == "role":
            head = np.role.split()[-1].lower()
            for ent in reversed(self.entities):
                if ent.role and any(w.endswith(head) for w in ent.role.lower().split()):
                    self._alias(ent, np.mention)
                    return ent
            if (
                head in self.lex.spokesperson_roles
                and self.focus is not None
                and self.focus.kind == "organisation"
            ):
                return self.focus
            return self._new("unknown", _strip_det(np.mention, self.lex), np.role, np.mention)
        if np.kind == "generic":
            return self._org(np.org, np.mention, "", kind="unknown")
        return None

    def _person(self, name: str, role: str, mention: str) -> Entity:
        parts = name.split()
        key = fold(name)
        ent = self._keys.get(key)
        if ent is None and len(parts) > 1:
            # "Donald Trump" after "Trump": the same person, now with a full name
            ent = self._keys.get(fold(parts[-1]))
            if ent is not None and ent.kind == "organisation":
                ent = None
        if ent is None:
            kind = "person" if len(parts) > 1 or role else ("organisation" if name.isupper() else "unknown")
            ent = self._new(kind, name, role, mention)
        elif len(parts) > 1 and ent.kind == "unknown":
            ent.kind = "person"
        if name not in ent.names:
            ent.names.append(name)
        if role and len(role) > len(ent.role):
            ent.role = _strip_det(role, self.lex)
        self._index(ent, name)
        self._alias(ent, name)
        self._alias(ent, mention)
        return ent

    def _org(self, org: str, mention: str, role: str, kind: str = "organisation") -> Entity:
        org = _strip_det(org, self.lex)
        key = fold(org)
        ent = self._keys.get(key)
        if ent is None and key and " " not in key:
            # a bare head ("het ministerie") is the organisation named with it before,
            # and "het bedrijf" / "the company" the organisation in focus
            for cand in reversed(self.entities):
                if cand.kind == kind and any(key in fold(n).split() for n in cand.names):
                    ent = cand
                    break
            if ent is None and key in self.lex.anaphoric_orgs:
                ent = next((e for e in reversed(self.entities) if e.kind != "person"), None)
                if ent is not None:
                    self._alias(ent, mention)
                    return ent
        if ent is None:
            ent = self._new(kind, org, "", mention)
        if org not in ent.names:
            ent.names.append(org)
        self._keys[key] = ent
        self._alias(ent, mention)
        return ent

    def _new(self, kind: str, name: str, role: str, mention: str) -> Entity:
        ent = Entity(kind=kind, names=[name], role=_strip_det(role, self.lex))
        self.entities.append(ent)
        self._index(ent, name)
        self._alias(ent, mention)
        return ent

    def _index(self, ent: Entity, name: str) -> None:
        key = fold(name)
        self._keys[key] = ent
        parts = key.split()
        if len(parts) > 1:
            self._keys.setdefault(parts[-1], ent)
            # "Van der Laan" for "Jan van der Laan"
            for k in range(1, len(parts) - 1):
                if parts[k] in self.lex.name_particles:
                    self._keys.setdefault(" ".join(parts[k:]), ent)
                    break

    @staticmethod
    def _alias(ent: Entity, form: str) -> None:
        if form and form not in ent.aliases:
            ent.aliases.append(form)

    def scan(self, toks: list[Token], text: str) -> None:
        """Register people introduced with a role ("de Noord-Koreaanse leider Kim Jong-un")."""
        lex = self.lex
        for j, t in enumerate(toks):
            if t.quoted or not lex.is_role(t.lower):
                continue
            start = j
            while start > 0 and j - start < 4:
                p = toks[start - 1]
                if p.quoted or not p.word or (not p.cap and p.lower not in lex.determiners):
                    break
                if p.cap and p.lower in lex.function_words and p.lower not in lex.determiners:
                    break
                start -= 1
                if p.lower in lex.determiners:
                    break
            np = parse_np(toks, start, text, lex)
            if np is not None and np.kind == "name" and np.role:
                self.last_person = self._person(np.name, np.role, np.mention)
        for j, t in enumerate(toks):
            # "De gemeente Amsterdam", "het ministerie van Defensie": named organisations
            if j and not t.quoted and t.lower in lex.org_heads and toks[j - 1].lower in lex.determiners:
                np = parse_np(toks, j - 1, text, lex)
                if np is not None and np.kind == "org" and " " in np.org:
                    self._org(np.org, np.mention, "")

    def infos(self, used: set[int]) -> tuple[SpeakerInfo, ...]:
        """SpeakerInfo for entities that speak (by id) plus people introduced with a role."""
        out = []
        for ent in self.entities:
            if id(ent) in used:
                out.append(SpeakerInfo(ent.name, ent.kind, ent.role, tuple(ent.aliases)))
        return tuple(out)


def _strip_det(s: str, lex: Lexicon) -> str:
    parts = s.split(" ", 1)
    if len(parts) == 2 and parts[0].lower() in lex.determiners:
        return parts[1]
    return s
