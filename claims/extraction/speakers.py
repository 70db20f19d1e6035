"""The per-article speaker tracker: entities, aliases, roles, and who a pronoun points at.

The tracker folds every form it sees ("Trump", "Donald Trump", "De Amerikaanse president Donald
Trump") into one entity whose canonical name is the longest personal-name form. Lookups go through
dictionaries keyed by folded name, last name, role word and organisation word, so an article with
thousands of speakers costs time linear in its length.

Pronouns: "hij"/"he"/"she" resolve to the person in focus (the last speaker), unless a person was
introduced after that speaker's last claim ("Kamerlid X is kritisch. Hij stelt …"). A person
merely mentioned in the speaker's own sentence does not take the pronoun over. When the tracker
knows a gender (from a title or role word: "mevrouw", "Mrs", "spokeswoman", "woordvoerster",
"Mr", "spokesman") it skips candidates of the other gender; otherwise gender plays no part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .lexicon import ORG, ROLE, Lexicon
from .phrases import (
    BOTH,
    ORG_NAME_WORDS,
    PLACE_ORGS,
    NounPhrase,
    fold,
    name_token,
    parse_np,
    past_dateline,
    time_word,
)
from .text import Token
from .types import SpeakerInfo

__all__ = ["Entity", "NounPhrase", "SpeakerTracker", "fold", "parse_np"]

RELATIVES = frozenset({"who", "die"})
_SINGULAR_HE = frozenset({"hij", "zij", "ze", "he", "she"})
# first words of places named in two: "South Africa's", "New Zealand's", "Hong Kong's"
_PLACE_FIRST = frozenset(
    {"south", "north", "east", "west", "new", "united", "saudi", "sri", "hong", "san", "los", "las"}
)
# a word in small letters naming a kind of organisation, then its capitalised name: "vervoerder
# Arriva", "telecomaanbieder Vodafone"
_KIND_THEN_NAME = re.compile(r"\b([a-zà-ÿ][\w-]{3,}) ((?:[A-Z][\w&-]*)(?: [A-Z][\w&-]*)*)")
RECENT = 6
INDEFINITE = frozenset({"een", "a", "an", "another", "one"})
_OF_THE_CROWN = frozenset({"koning", "koningin", "king", "queen", "crown"})
# "Open Vld'er", "N-VA'er", "CD&V'er", "VVD'er": a member of the party named
_PARTY_MEMBER = re.compile(r"(?:[A-Z][\w&.-]* )?[A-Z][\w&.-]*['’]er\Z")


@dataclass(eq=False)
class Entity:
    kind: str
    names: list[str] = field(default_factory=list)
    role: str = ""
    aliases: list[str] = field(default_factory=list)
    gender: str = ""

    @property
    def name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n))) if self.names else "unknown"


class SpeakerTracker:
    """Speakers of one article: aliases, roles, and the focus for pronouns and continuations."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.entities: list[Entity] = []
        self._keys: dict[str, Entity] = {}
        self._roles: dict[str, Entity] = {}  # role word -> the last entity with that role word
        self._org_words: dict[tuple[str, str], Entity] = {}  # (kind, word) -> last organisation
        self._alias_sets: dict[int, set[str]] = {}
        self.focus: Entity | None = None
        self.last_speaker: Entity | None = None  # the last person (or unknown) who spoke
        self.last_person: Entity | None = None  # the last person introduced or speaking
        self.recent: list[Entity] = []  # the last few people named, most recent last
        self.sentence = 0
        self._spoke: tuple[Entity, int] | None = None
        self._focus_at = -1
        self._person_at = -1
        self._subject: tuple[NounPhrase, int] | None = None  # a new name opening a recent sentence
        self._org_subject: tuple[Entity, int] | None = None  # a known organisation opening one
        self._mentioned: tuple[NounPhrase, int] | None = None  # the last full name seen anywhere
        # full names seen lately (with their folded form), for a surname that comes back alone
        self._named: list[tuple[NounPhrase, int, str]] = []
        self._group: tuple[str, int] | None = None  # the last list of names: "A, B en C"
        self._group_subject = False  # whether that list stood where a subject stands, after no preposition
        self._plural_subject: tuple[NounPhrase, int] | None = None  # "De andere raadspartijen steunden …"
        self._media: set[int] = set()  # ids of the newspapers named
        self._mentioned_org: tuple[str, int] | None = None  # the last organisation-shaped word seen
        self._text, self._read_to = "", 0  # the article, and how far the sentences scanned reach
        self._looking_up = False  # whether a name of a kind of organisation is being looked up
        # role head -> a person met only by a definite description ("the Mayor of Mackay")
        self._described: dict[str, Entity] = {}
        # the words that close a name of a kind of organisation ("College", "MC"); party
        # names are names already ("PVV", "D66")
        self._kind_words = frozenset(
            w for kind, words in lex.org_kinds.items() if kind not in _NAMED_KINDS for w in words
        )
        # where in the sentence being read the scan introduced people: a pronoun before that
        # position points back past them ("Volgens hem is de Russische president Poetin …")
        self._scan_at = -1  # the token the scan is at, -1 outside the scan
        self._intro_tok = -1  # the token where the scan last introduced someone in this sentence
        self._before_scan: tuple[Entity | None, int] = (None, -1)  # last person before this sentence
        self._pronoun_tok: int | None = None  # the token of the pronoun being resolved
        # the tokens of the sentence scanned last and of the one before it, with their numbers
        self._scanned: tuple[list[Token], int] = ([], -1)
        self._scanned_before: tuple[list[Token], int] = ([], -1)

    def set_focus(self, ent: Entity | None) -> None:
        if ent is not None:
            self.focus = ent
            self._focus_at = self.sentence
            if ent.kind != "organisation":
                self.last_speaker = ent
                self.last_person = ent
                self._remember(ent)

    def introduce(self, ent: Entity) -> None:
        """A person named in the text (not necessarily speaking)."""
        if ent.kind != "organisation":
            if self._scan_at >= 0:
                self._intro_tok = self._scan_at
            self.last_person = ent
            self._person_at = self.sentence
            self._remember(ent)

    def _remember(self, ent: Entity) -> None:
        if self.recent and self.recent[-1] is ent:
            return
        if ent in self.recent:
            self.recent.remove(ent)
        self.recent.append(ent)
        del self.recent[:-RECENT]

    def continuation(self, singular: bool = False) -> Entity | None:
        """Who a quote without a cue belongs to: a person introduced in this or the previous
        sentence, after the last speaker spoke ("Jordens Peters baalt flink. “…”"), else a known
        organisation that opened the previous sentence (not for a ``singular`` quote, one that says
        "ik"/"I"), else the last speaker."""
        self._take_subject()
        if (
            self.last_person is not None
            and self._person_at > self._focus_at
            and (
                self.sentence - self._person_at <= 1
                or (self.sentence - self._person_at == 2 and self._he_before())
            )
        ):
            return self.last_person
        if self._org_subject is not None and not singular:  # "ik" speaks for no organisation
            org, at = self._org_subject
            if at > self._focus_at and at > self._person_at and self.sentence - at <= 1:
                return org
        named = self._one_named_before()
        return named if named is not None else self.focus

    def _new_subject(self, toks: list[Token], np: NounPhrase) -> bool:
        """Whether a full name read for the first time is the subject of its verb ("Waarnemend
        directeur Jaap van der Heide liet zich niet verleiden …"): a verb right after it, no
        preposition before it."""
        lex = self.lex
        parts = np.name.split()
        if len(parts) < 2 or np.end >= len(toks) or _org_name(parts, lex):
            return False
        if not (np.role or any(p in lex.name_particles for p in parts[1:-1])):
            return False  # a person's by a role before it or a particle inside ("Jaap van der Heide")
        after = toks[np.end]
        if (
            after.cap
            or after.quoted
            or not (after.lower in lex.auxiliaries or lex.upos.get(after.lower) in ("VERB", "AUX"))
        ):
            return False
        return not (np.start and lex.upos.get(toks[np.start - 1].lower) == "ADP")

    def _sentence_before(self) -> tuple[list[Token], int]:
        """The tokens of the sentence scanned before the current one, and its number."""
        return self._scanned_before if self._scanned[1] == self.sentence else self._scanned

    def _he_before(self) -> bool:
        """Whether the sentence before opened with "hij"/"zij"/"he"/"she": the person introduced
        in the one before it goes on as its subject ("Patrick Dewael is geen kamervoorzitter meer.
        Hij kiest voor een vrije rol. “…”")."""
        toks, at = self._sentence_before()
        return (
            at == self.sentence - 1
            and bool(toks)
            and toks[0].lower in _SINGULAR_HE
            and len(toks) > 1
            and toks[1].word
            and not toks[1].quoted
        )

    def _one_named_before(self) -> Entity | None:
        """The one person the author's sentence just before the quote names, when nobody spoke in
        it ("In een ‘als-dan’-verhaal had Plugge geen zin. “Ik kan alleen zeggen …”")."""
        toks, at = self._sentence_before()
        if at != self.sentence - 1 or not toks or self._focus_at >= at:
            return None
        found: Entity | None = None
        j, n = 0, len(toks)
        while j < n:
            t = toks[j]
            if not (t.cap and t.word) or t.quoted:
                j += 1
                continue
            np = parse_np(toks, j, self._text, self.lex)
            if np is None or np.end <= j:
                j += 1
                continue
            j = np.end
            if np.kind != "name":
                continue
            ent = self._keys.get(fold(np.name))
            if ent is None and self._new_subject(toks, np):
                ent = self.resolve(np)
            if ent is None or ent.kind != "person":
                continue
            if found is not None and found is not ent:
                return None  # two people: the sentence does not tell which one speaks
            found = ent
        return found if found is not self.focus else None

    def last_named(self) -> Entity | None:
        """The person named last, in this sentence or the two before, for a quote that nobody
        speaks before or after ("Iedere nacht rijdt schapenhouder Wout Verstraten langs zijn
        kudde. … “Ik schrik wakker …”")."""
        if self._mentioned is None or self.sentence - self._mentioned[1] > 2:
            return None
        ent = self.resolve(self._mentioned[0])
        return ent if ent is not None and ent.kind == "person" else None

    def is_medium(self, ent: Entity) -> bool:
        """Whether an entity is a newspaper or broadcaster named as a source ("schrijft De Morgen")."""
        return id(ent) in self._media

    def person_in_focus(self) -> Entity | None:
        """The last person who spoke or was named, never an organisation."""
        for ent in (self.last_speaker, self.last_person):
            if ent is not None and ent.kind == "person":
                return ent
        return None

    def _take_subject(self) -> None:
        """Resolve the new name that opened this or the previous sentence, if nobody spoke since."""
        if self._subject is None:
            return
        np, at = self._subject
        if at > self._focus_at and self.sentence - at <= 2 and at >= self._person_at:
            self._subject = None
            ent = self.resolve(np)
            if ent is not None:
                self.introduce(ent)
                self._person_at = at

    def pronoun(self, lower: str, gender: str) -> Entity | None:
        """The entity a subject pronoun refers to."""
        at = self._pronoun_tok
        if at is not None and self._person_at == self.sentence and self._intro_tok > at:
            # the person introduced further on in this sentence is no antecedent
            now = self.last_person, self._person_at
            self.last_person, self._person_at = self._before_scan
            try:
                return self._pronoun(lower, gender)
            finally:
                self.last_person, self._person_at = now
        return self._pronoun(lower, gender)

    def _pronoun(self, lower: str, gender: str) -> Entity | None:
        lex = self.lex
        if lower in BOTH:
            return self._joint()
        if lower in lex.demonstratives:
            ent = self._closing_phrase()
            if ent is not None:
                return ent  # "… stapten naar de rechter. Die vindt dat …": the phrase just read
        if lower in lex.neuter_pronouns:
            # "it": the organisation in focus, else the last one named
            f = self.focus
            if f is not None and (
                f.kind == "organisation" or (f.kind == "unknown" and not (f.gender or f.role))
            ):
                return f  # "Federal-Mogul said …. It said": the one just speaking, a company by its name
            org = self._org_words.get(("organisation", "*"))
            if org is None and f is not None and (f.kind == "unknown" or not (f.gender or f.role)):
                return f  # "Research In Motion said …. It said": a company read as a name
            return org
        they = lower in lex.plural_pronouns and (lower not in lex.female_pronouns or gender == "p")
        if not they:
            self._take_subject()
        if they:
            if (
                self._group is not None
                and self._group_subject
                and self._focus_at < self._group[1] < self.sentence
                and self.sentence - self._group[1] <= 1
            ):
                # "Havensteder, Woonbron en Vestia luiden de noodklok. Volgens hen …": the list
                # just named, not someone who spoke before it
                return self._group_entity(self._group[0])
            plural = self._plural_subject
            if plural is not None and self._focus_at < plural[1] == self.sentence - 1:
                # "De andere raadspartijen steunden het debat. Volgens hen …"
                self._plural_subject = None
                ent = self.resolve(plural[0])
                if ent is not None:
                    return ent
            if self.focus is not None and self.focus.gender:
                return None  # "they" is not the one man or woman in focus
            return self.focus  # "they": an organisation or a group as readily as a person
        spoke = self._spoke
        if spoke is not None and spoke[0] is self.focus and self.sentence - spoke[1] <= 1:
            return spoke[0]  # "…, zei een NZa-woordvoerder. Volgens hem …": the spokesperson
        # Dutch "zij"/"ze" is "she" when its verb is singular ("Zij kende …"): then no organisation
        plural = lower in lex.plural_pronouns and not gender
        cands = []
        if self.last_person is not None and self._person_at > self._focus_at:
            cands.append(self.last_person)
        if self.focus is not None and (self.focus.kind != "organisation" or plural):
            cands.append(self.focus)
        cands += [e for e in (self.last_speaker, self.last_person) if e is not None]
        at = self._pronoun_tok
        if (
            not cands
            and self._mentioned is not None
            # nobody in focus and no name opening a sentence: the name may have been read a few
            # sentences before
            and self.sentence - self._mentioned[1] <= (2 if self.focus is not None or self._subject else 5)
            # named before the pronoun, not after it ("Hij vervolgt tegenover het Italiaanse RAI")
            and (self._mentioned[1] < self.sentence or at is None or self._mentioned[0].end <= at)
        ):
            # nobody spoke or was introduced yet: the person last named ("Welk gevoel overheerst
            # bij Remco Evenepoel? “…”, zei hij.")
            np = self._mentioned[0]
            self._mentioned = None
            ent = self.resolve(np)
            if ent is not None:
                self.introduce(ent)
                return ent
        if (
            not cands
            and self.focus is None
            and self._subject is not None
            and self.sentence - self._subject[1] <= 5
        ):
            # nobody spoke or was introduced: the name that opened a sentence of this passage ("Elise
            # Mertens moest … de duimen leggen. … “…”, vertelde ze")
            np = self._subject[0]
            self._subject = None
            ent = self.resolve(np)
            if ent is not None and ent.kind != "organisation":
                self.introduce(ent)
                return ent
        if not cands:
            if self.focus is not None and self.focus.kind == "organisation" and not plural:
                # "hij"/"she" is a person: never the organisation in focus; the person last named
                return self.recent[-1] if self.recent else None
            return self.focus
        if gender:
            # the nearest candidate not known to be of the other gender; failing that, someone
            # recent known to have the pronoun's gender
            for ent in cands:
                if not ent.gender or ent.gender == gender:
                    return ent
            for ent in self.recent[::-1]:
                if ent.gender == gender:
                    return ent
        return cands[0]

    def _joint(self) -> Entity | None:
        """ "Beiden", "both": the last two people named, as one joint speaker."""
        people = [e for e in self.recent if e.kind != "organisation"][-2:]
        if len(people) < 2:
            return None
        joined = (" en " if self.lex.lang == "nl" else " and ").join(e.name for e in people)
        ent = self._keys.get(fold(joined))
        if ent is None:
            ent = self._new("unknown", joined, "", joined)
            self._keys[fold(joined)] = ent
        return ent

    def resolve(self, np: NounPhrase) -> Entity | None:
        """The entity a speaker phrase refers to; creates one for a new name."""
        if np.kind == "pronoun":
            self._pronoun_tok = np.start
            try:
                ent = self.pronoun(np.mention.lower(), np.gender)
            finally:
                self._pronoun_tok = None
            if ent is not None:
                self._alias(ent, np.mention)
            return ent
        if np.det and self.lex.lang == "nl" and _PARTY_MEMBER.match(_strip_det(np.mention, self.lex)):
            # "De Open Vld'er denkt …", "de N-VA'er": a member of a party, the person in focus
            return self._role(replace(np, kind="role", role="partijlid", org="", name=""))
        group = self._group_for(np)
        if group is not None:
            return group
        words = _strip_det(np.mention, self.lex).split()
        if (
            np.kind != "name"
            and len(words) > 1
            and words[-1].lower() in self.lex.artifacts
            and words[-1][:1].islower()  # "The Washington Post" is a newspaper's name
            and words[0][:1].isupper()
            and words[0].lower() not in self.lex.function_words
        ):
            # "An RFU statement said", "according to a FEMA news release": the organisation's
            caps = []
            for w in words[:-1]:
                if not w[:1].isupper():
                    break
                caps.append(w)
            return self._org(" ".join(caps), np.mention, "")
        if np.kind != "name" and _superlative(np.mention):
            # "aldus 's werelds grootste bierbrouwer", "the world's largest brewer said": the
            # organisation the passage is about
            f = self.focus
            orgish = f is not None and (
                f.kind == "organisation" or (f.kind == "unknown" and not (f.gender or f.role))
            )
            org = f if orgish else self._org_words.get(("organisation", "*"))
            if org is not None:
                self._alias(org, np.mention)
                return org
        media = self.lex.media.get(" ".join(np.mention.lower().split()))
        if media is None and np.kind == "org" and np.org:
            media = self.lex.media.get(np.org.lower())  # "de krant De Morgen": the name the parse found
        if media is not None:
            # "schrijft De Morgen": a newspaper, which "de krant" points back at from now on
            ent = self._keys.get(fold(media))
            if ent is None:
                before = self._org_words.get(("organisation", "*"))
                ent = self._new("organisation", media, "", np.mention)  # "De Morgen" keeps "De"
                self._keys[fold(media)] = ent
                self._media.add(id(ent))
                # a newspaper is no "het bedrijf"/"the company" for what follows
                if before is None:
                    del self._org_words[("organisation", "*")]
                else:
                    self._org_words[("organisation", "*")] = before
            self._alias(ent, np.mention)
            for w in self.lex.media_words:
                self._org_words[("organisation", w)] = ent
            return ent
        institution = self.lex.institutions.get(fold(_strip_det(np.mention, self.lex)))
        if institution is not None:
            # "de officier van justitie", "justitie", "het OM": the institution they stand for
            return self._org(institution, np.mention, "")
        if np.kind == "org" and np.role and fold(np.org) in _OF_THE_CROWN:
            # "de commissaris van de Koning": a title, no organisation called "Koning"
            np = replace(np, kind="role", role=_strip_det(np.mention, self.lex), org="")
        if np.kind == "name" and not np.role and np.name.lower() in self.lex.countries:
            return self._org(np.name, np.mention, "")  # "Russia said …": a state, never "he"
        if np.kind == "name":
            ent = self._person(np.name, np.role, np.mention)
        elif np.kind == "org" and self._personal_role(np):
            # "The governor of the Bank of England has told …": the governor, not the bank
            ent = self._role(replace(np, kind="role"))
        elif np.kind == "org":
            words = np.role.lower().split()
            return self._spoken_for(np, words[-1] if words else "")
        elif np.kind == "role":
            ent = self._role(np)
        elif np.kind == "generic":
            words = np.org.split()
            if np.det and len(words) == 1 and words[0].lower() in self.lex.anaphoric_orgs:
                return self._org(np.org, np.mention, "")  # "het biermerk": an organisation described
            if (
                np.det
                and len(words) == 1
                and self.lex.lang == "nl"
                and words[0].islower()
                and words[0].endswith(_COLLECTIVE_ENDINGS)
            ):
                return self._org(np.org, np.mention, "")  # "de oppositie", "de directie": no person
            if (
                np.det
                and len(words) == 1
                and not self.lex.is_org_head(words[0].lower())
                and not _plural(words[0])
            ):
                # "aldus de vakbondsbestuurder", "de N-VA-ster": a description of a person
                return self._role(replace(np, kind="role", role=np.org, org=""))
            if _person_described(np, words, self.lex):
                # "the 10-time title winner later said", "the expectant mother says": a person
                # described, the one the passage is about
                return self._role(replace(np, kind="role", role=np.org, org=""))
            return self._org(np.org, np.mention, "", kind="unknown")
        else:
            return None
        if np.gender in ("m", "f") and not ent.gender and ent.kind != "organisation":
            ent.gender = np.gender
        return ent

    def _group_for(self, np: NounPhrase) -> Entity | None:
        """ "de natuurorganisaties", "volgens de partijen", "beide wethouders" a few sentences after
        "Natuurmonumenten, Landschappen NL en Wereldnatuurfonds …": the members listed, jointly."""
        if (
            self._group is None
            or not self._group_subject  # "in Bergen, Namen en Brussel": places, not members
            or np.kind not in ("role", "org", "generic")
            or self.sentence - self._group[1] > 6
        ):
            return None
        words = np.mention.lower().split()
        if len(words) < 2 or len(words) > 3 or words[0] not in _GROUP_DETERMINERS:
            return None
        head = words[-1]
        anonymous = self.lex.anonymous_roles
        if head in anonymous or head[:-1] in anonymous or head in ("sources", "bronnen", "ingewijden"):
            return None  # "the sources", "analysts": unnamed, not the list just read
        if not _plural(head) or not (
            self.lex.is_role(head) or self.lex.is_org_head(head) or head.endswith(_GROUP_HEADS)
        ):
            return None
        kinds = next(
            (
                self.lex.org_kinds[k]
                for k in (head[:-2], head[:-1], head[:-3] + "s", head[:-2] + "d")
                if k in self.lex.org_kinds
            ),
            None,
        )
        if kinds is not None and head not in ("partijen", "parties"):
            listed = fold(self._group[0])
            names = [w for w in self._group[0].split() if w[:1].isupper()]
            if not any(k in listed for k in kinds) and not all(w.isupper() for w in names):
                # "de vakbonden" after "De Lijn en de NMBS": no unions listed ("PPTA and NZEI" may be)
                return None
        ent = self._group_entity(np.mention)
        self._alias(ent, np.mention)
        return ent

    def _group_entity(self, mention: str) -> Entity:
        """The members of the last list of names, jointly (people or organisations)."""
        names = self._group[0]
        ent = self._keys.get(fold(names))
        if ent is None:
            ent = self._new("unknown", names, "", mention)
            self._keys[fold(names)] = ent
        return ent

    def _remember_group(self, toks: list[Token], text: str) -> None:
        """Keep the last list of two or more names joined by commas and "en"/"and"."""
        n = len(toks)
        runs: list[tuple[int, int]] = []  # (first, last) token of each name in the current list
        m = 0
        while m < n:
            t = toks[m]
            if (
                t.cap
                and t.word
                and not t.quoted
                and len(t.text) > 1
                and (m > 0 or t.lower not in self.lex.function_words)
            ):
                start = m
                while m + 1 < n and (toks[m + 1].cap and toks[m + 1].word and not toks[m + 1].quoted):
                    m += 1
                link = start - 1
                if link > 0 and toks[link].lower in self.lex.determiners:
                    link -= 1  # "… en het Wereldnatuurfonds"
                gap = toks[link].text if link >= 0 else ""
                if runs and gap in (",", "en", "and") and toks[runs[-1][1] + 1].text in (",", "en", "and"):
                    if runs[-1][1] + 2 == link + 1:
                        runs.append((start, m))
                    else:
                        runs = [(start, m)]
                else:
                    if len(runs) >= 2 and _joined(toks, runs[-1][0], self.lex):
                        break
                    runs = [(start, m)]
            m += 1
        if len(runs) >= 2 and _joined(toks, runs[-1][0], self.lex):
            self._group = (text[toks[runs[0][0]].start : toks[runs[-1][1]].end], self.sentence)
            before = runs[0][0] - 1
            if before >= 0 and toks[before].lower in self.lex.determiners:
                before -= 1
            # "(Winston Hills and Badgerys Creek)", "in Oatley and Holsworthy": places; "de
            # argumenten van Havensteder, Woonbron en SOR": the ones who argue
            self._group_subject = before < 0 or (
                toks[before].text != "("
                and (self.lex.upos.get(toks[before].lower) != "ADP" or toks[before].lower in ("van", "of"))
                # "minister van Werk en Economie Pierre-Yves Dermagne": a portfolio, no list
                and not (
                    toks[before].lower in ("van", "of")
                    and before > 0
                    and self.lex.is_role(toks[before - 1].lower)
                )
            )

    def _spoken_for(self, np: NounPhrase, head: str) -> Entity:
        """The organisation of a phrase that names one and a role in it: reached through its
        spokesperson ("A spokesman for Transport for London said …. He added: …" is the
        organisation both times) or simply the one speaking ("Morgan Stanley analysts")."""
        org = self._org(np.org, np.mention, np.role)
        return self._spokes(org) if head in self.lex.spokesperson_roles else org

    def _spokes(self, org: Entity) -> Entity:
        """An organisation reached through its spokesperson: "he" in the next sentence is them."""
        self._spoke = (org, self.sentence)
        return org

    def _role(self, np: NounPhrase) -> Entity:
        lex = self.lex
        if (
            np.det
            and np.role[:1].isupper()
            and " " not in np.role
            and not lex.is_role(np.role.lower())
            and np.role.lower() not in lex.demonyms  # "the American", "de Nederlander": a person
        ):
            short = " " + fold(np.mention)
            person = next(
                (e for k, e in self._keys.items() if k.endswith(short) and e.kind == "person"), None
            )
            if person is not None:
                return person  # "De Heer" after "René de Heer": a surname with its particle
            if (
                lex.lang == "nl"
                and np.mention[:1].isupper()
                and np.mention.split(" ", 1)[0].lower() == "de"
                and lex.upos.get(np.role.lower()) != "NOUN"
                and not _orgish(np.role)
            ):
                # "noemde De Jonge het debat", "De Wever zegt": a Dutch surname with its particle;
                # "De Lijn" (a noun) is a name with its article
                return self._person(np.mention, "", np.mention)
            # "De Lijn", "The Australian": a name with its article, which it keeps
            if np.mention[:1].islower():
                return self._org(np.mention, np.mention, "")  # "the CPI", "the Office …": by its name
            ent = self._keys.get(fold(np.mention)) or self._keys.get(fold(np.role))
            if ent is None or ent.kind == "person":
                ent = self._new("organisation", np.mention, "", np.mention)
                self._keys[fold(np.role)] = ent
            return ent
        first = np.mention.split(" ", 1)[0].lower()
        if first in lex.possessives and np.role and " " not in np.role.strip():
            # "zijn advocaat", "her lawyer": the role of the person the possessive points at
            owner = self.pronoun(
                first, "f" if first in lex.female_pronouns and first not in lex.plural_pronouns else ""
            )
            known = self._roles.get(lex.role_synonyms.get(np.role.lower().strip(), np.role.lower().strip()))
            again = known is not None and owner is not None and owner.name.startswith(known.name)
            if again:
                # "“…”, zegt zijn advocaat. “…”, zegt zijn advocaat.": the one who spoke, not their lawyer
                return known
            if known is not None and known is not owner and known.kind == "person":
                # "zijn raadsman" after "De advocaat van de verdachte …": the one known in that role
                self._alias(known, np.mention)
                return known
            if owner is not None and owner.kind != "organisation":
                return self._labelled(lex.role_of.format(role=np.role, owner=owner.name), np)
        bare = _strip_det(np.mention, lex)
        if np.det and np.org and self._role_head(np.role) in lex.personal_roles:
            # "de advocaat van Piet Janssen", "the lawyer for John Peters": that person's, one
            # person, not the one in focus
            return self._labelled(bare, np, "unknown")
        if (
            np.det
            and not np.org
            and (
                (
                    bare.lower().startswith(np.role.lower() + " ")
                    and bare.split()[len(np.role.split())].lower() in ("van", "of", "for")
                )
                or _whose(np.role, lex)
            )
        ):
            # "de advocaat van de verdachte" is not "de advocaat van het slachtoffer": a role and
            # whose it is, one person each
            return self._labelled(bare, np, "unknown")
        words = np.role.lower().split()
        heads = [w for w in words if lex.is_role(w)]
        head = heads[-1] if heads else (words[-1] if words else "")
        if np.org and head in lex.anonymous_roles:
            return self._spoken_for(np, head)  # "analysts at Morgan Stanley"
        indefinite = np.mention.split(" ", 1)[0].lower() in INDEFINITE
        ent = None if indefinite else self._roles.get(lex.role_synonyms.get(head, head))
        if ent is None and not indefinite:
            for suffix in lex.role_suffixes:
                if head.endswith(suffix) and suffix in self._roles:
                    ent = self._roles[suffix]
                    break
        if ent is not None and not _plural(head) and ent.role and _plural(self._role_head(ent.role)):
            ent = None  # "de renner" is one of "heel wat renners", not all of them
        portfolio = _whose_part(np.role, lex) if ent is not None and np.det else ""
        if (
            _portfolio(portfolio, lex)
            and _portfolio(_whose_part(ent.role, lex), lex)
            and portfolio != _whose_part(ent.role, lex)
        ):
            # "de minister van Justitie" is not "minister Faber van Asiel en Migratie": one role,
            # another portfolio, another person ("de minister" alone may be either)
            return self._labelled(bare, np, "unknown")
        if ent is not None:
            self._alias(ent, np.mention)
            return ent
        compound = next(
            (
                w[: -len(sp)].rstrip("-")
                for w in words
                for sp in lex.spokesperson_roles
                if w.endswith(sp) and len(w) > len(sp) + 2 and lex.is_org_head(w[: -len(sp)].rstrip("-"))
            ),
            None,
        )
        if compound is not None and "-" not in np.role:
            # "een gemeentewoordvoerder", "een politiewoordvoerster": the organisation of that kind
            # named before, else the kind itself
            org = self._named_with(compound) or self._org_words.get(("organisation", compound))
            return self._spokes(org if org is not None else self._org(compound, np.mention, ""))
        if head in lex.spokesperson_roles or any(
            w.endswith(sp) and "-" in w for w in words for sp in lex.spokesperson_roles
        ):
            # "An Air New Zealand spokeswoman", "een NZa-woordvoerder": the organisation named in it
            named = [
                w for w in np.role.split() if w[:1].isupper() and w.lower() not in lex.spokesperson_roles
            ]
            if named and named[-1].endswith(("'s", "’s")) and (np.gender or self._personal_owner(named)):
                # "Cameron's official spokesman", "Greg Hunt's spokesman", "Mr Cameron's
                # spokesman" (a title gives a gender): a person's, who is not the one speaking; known
                # by the role alone ("the top health official" is someone else)
                return self._labelled(_strip_det(np.mention, lex), replace(np, role=head))
            if (
                named
                and lex.lang == "nl"
                and named[-1].endswith("s")
                and self._personal_owner([*named[:-1], named[-1][:-1] + "'s"])
            ):
                # "Trumps woordvoerster", "Ruttes woordvoerder": a person's, in the Dutch genitive
                return self._labelled(_strip_det(np.mention, lex), replace(np, role=head))
            if named and not named[-1].lower().endswith(tuple(lex.spokesperson_roles)):
                return self._spokes(self._org(" ".join(named), np.mention, ""))
            for w in np.role.split():
                base, _, last = w.rpartition("-")
                if base and last.lower() in lex.spokesperson_roles:
                    return self._spokes(self._org(base, np.mention, ""))
            # "een woordvoerder" with no organisation named: the organisation in focus, or the last one
            org = self.focus if self.focus is not None and self.focus.kind == "organisation" else None
            org = org or self._org_words.get(("organisation", "*"))
            if (
                org is None
                and self._mentioned_org is not None
                and self.sentence - self._mentioned_org[1] <= 2
            ):
                org = self._org(
                    self._mentioned_org[0], self._mentioned_org[0], ""
                )  # "Het COA … zegt een woordvoerder"
            if (
                org is None
                and self.focus is not None
                and self.focus.kind == "unknown"
                and not (self.focus.gender or self.focus.role or " " in self.focus.name)
            ):
                org = self.focus  # "…, volgens Vodafone. …, legt een woordvoerder uit.": a name alone
            if org is None:
                # "Pathé, de grootste bioscoopexploitant van Nederland, gaat …, laat een woordvoerder
                # weten": the name the passage is about
                org = self._topic_name(2, _LOCAL_WINDOW)
            if org is None and self._mentioned is not None and self.sentence - self._mentioned[1] <= 1:
                named = self._mentioned[0]
                if self._keys.get(fold(named.name)) is None:
                    # "Tata Steel praat met de bonden, zegt een woordvoerder": the name just read
                    # was a company's
                    org = self._org(named.name, named.mention, "")
            if org is not None and self._not_a_company(org, _company_word(words)):
                # "a company spokesperson": not the union just named
                org = next(
                    (
                        e
                        for e in reversed(self.entities[-RECENT_ORGS:])
                        if (e.kind == "organisation" or (e.kind == "unknown" and not (e.gender or e.role)))
                        and not self._not_a_company(e, _company_word(words))
                    ),
                    None,
                )
            if org is not None:
                self._alias(org, np.mention)
                return self._spokes(org)
        f = self.focus
        if (not indefinite or head in _PRESS_RELEASES) and np.det and head in lex.artifacts:
            # "the statement added", "het rapport stelt": the statement of the one in focus; a
            # report or a press release ("klinkt het in een mededeling") is an organisation's rather
            # than a person's
            if (
                head in lex.reports
                # "a statement said": an organisation's; "the statement added" is the one just quoted
                or (head in _PRESS_RELEASES and (indefinite or head not in ("statement", "verklaring")))
            ) and (f is None or f.kind == "person"):
                f = self._org_words.get(("organisation", "*")) or f
            if f is not None:
                self._alias(f, np.mention)
                return f
        if (
            not indefinite
            and np.det
            and head not in lex.anonymous_roles
            and head not in lex.institutional_roles
            and not _plural(head)
        ):
            # "de analist", "de topvrouw", "the American": a definite description nobody was
            # introduced with is the person the passage is about: a new subject, the speaker in
            # focus, the last person named
            self._take_subject()
            recent = self.last_person if self._focus_at < self._person_at < self.sentence else None
            # "de advocaat van Martien R." is not Martien R.
            owner = self._keys.get(fold(np.org)) if np.org else None
            cands = [
                c
                for c in (recent, f, self.last_person)
                if c is not None
                and c is not owner
                and c.kind != "organisation"
                # "het slachtoffer" is not "de officier van justitie", a description of its own
                and not (c.names[0][:1].islower() and head not in c.names[0].lower())
                # "de renner" is not "heel wat renners"
                and not (c.names[0][:1].islower() and _plural(c.names[0].split()[-1]) and not _plural(head))
            ]
            match = next((c for c in cands if c.role and head in c.role.lower()), None)
            ent = match or (cands[0] if cands else None)
            # nobody introduced yet: the person last named before the description ("… Serena
            # Williams has pulled out …. “…,” the American was quoted as saying."; "Het gezicht van
            # Michel Preud'homme …, maar dat had volgens de coach …"), not one named after it ("The
            # mayor said … the shop owners on Main Street", "zei de renner van Sunweb die de Ronde
            # van Italië …")
            before = (
                next(
                    (
                        named
                        for named, at, _ in reversed(self._named)
                        if self.sentence - at <= 2 and (at < self.sentence or named.end <= np.start)
                    ),
                    None,
                )
                if ent is None
                else None
            )
            if before is not None:
                named = self.resolve(before)
                if named is not None and named.kind == "person" and named is not owner:
                    self._mentioned = None
                    self.introduce(named)
                    ent = named
            if ent is not None:
                self._alias(ent, np.mention)
                return ent
        key = fold(_strip_det(np.mention, lex))
        ent = self._keys.get(key)
        if ent is None:
            bare = _strip_det(np.mention, lex)
            fuller = self._fuller(bare) if head in lex.institutional_roles else None
            ent = self._keys.get(fold(fuller)) if fuller else None
            if ent is not None:
                self._alias(ent, np.mention)
                return ent
            ent = self._new("unknown", fuller or bare, np.role, np.mention)
            if fuller:
                self._keys[fold(fuller)] = ent
            last = key.rpartition(" ")[2]
            if last != key and self._keys.get(last) is ent and not lex.is_role(last):
                del self._keys[last]  # "the Mayor of Mackay" is nobody called Mackay
            if np.det and head and not _plural(head) and head not in lex.anonymous_roles:
                self._described[head] = ent
        return ent

    def _role_head(self, role: str) -> str:
        """The last word of a role before whose it is: "advocaat" in "advocaat van Jan Peters"."""
        words = []
        for w in role.lower().split():
            if w in self.lex.role_links:
                break
            words.append(w)
        return words[-1] if words else ""

    def _labelled(self, label: str, np: NounPhrase, kind: str = "person") -> Entity:
        """The person known by a description of whose they are ("spokesman of Cameron", "Greg Hunt's
        spokesman", "de advocaat van de verdachte"), the same one each time the article uses it."""
        ent = self._keys.get(fold(label))
        if ent is None:
            ent = self._new(kind, label, np.role, np.mention)
            self._keys[fold(label)] = ent
        self._alias(ent, np.mention)
        return ent

    def _personal_role(self, np: NounPhrase) -> bool:
        """Whether an organisation phrase names one of its people by a role of their own ("the
        governor of the Bank of England", "de directeur van het ziekenhuis"), not a spokesperson,
        analysts or other voices that speak for it."""
        words = np.role.lower().split()
        if not words or not np.det or np.mention.split(" ", 1)[0].lower() in INDEFINITE:
            return False
        head = words[-1]
        lex = self.lex
        return (
            lex.is_role(head)
            and head not in lex.anonymous_roles
            and head not in lex.spokesperson_roles
            and not _plural(head)
            and not any(head.endswith(sp) for sp in lex.spokesperson_roles)
        )

    def _personal_owner(self, named: list[str]) -> bool:
        """Whether capitalised words ending in a possessive name a person ("Cameron's" after David
        Cameron, "Greg Hunt's", "the Prime Minister's") rather than an organisation ("Tesco's")."""
        words = " ".join(named)[:-2].split()
        known = self._keys.get(fold(" ".join(words)))
        if known is not None:
            return known.kind == "person"
        if self.lex.is_role(words[-1].lower()):
            return True
        short = " " + fold(" ".join(words))
        if any(folded.endswith(short) for _, _, folded in self._named):
            return True  # "Cameron's" after "David Cameron" was named
        return len(words) > 1 and not _org_name(words, self.lex) and not any(_orgish(w) for w in words)

    def _fuller(self, word: str) -> str | None:
        """The fuller description an article gave a bare role word before ("de officier van justitie"
        for "de officier", "de rechtbank in Den Haag" for "de rechtbank"), as the name it is shown by."""
        if " " in word or not word.islower():
            return None
        found = None
        pattern = _FULLER.get(self.lex.lang)
        for m in re.finditer(rf"\b{re.escape(word)}\b", self._text[: self._read_to], re.IGNORECASE):
            rest = pattern.match(self._text, m.end()) if pattern else None
            if rest is not None:
                found = word + rest.group(0).rstrip(" ,.")
        return found

    def described_only(self, ent: Entity) -> bool:
        """Whether an entity is known only by a description of one person ("the chief executive of
        Tesco", "the region's Metro Mayor"), not a group, an institution or an unnamed source."""
        name = ent.name
        last = name.rsplit(" ", 1)[-1].rpartition("-")[2]
        if ent.kind == "organisation" or not (name[:1].islower() or last[:1].islower()):
            return False  # a name; but "a Home Office minister", "de Vlaams Belang-fractieleidster"
        lex = self.lex
        words = name.lower().split()
        heads = [w for w in words if lex.is_role(w)]
        if not heads or any(lex.is_org_head(w) or w in lex.anaphoric_orgs for w in words):
            return False  # "het zuivelbedrijf", "de wegpolitie": an institution described
        head = heads[-1]
        anonymous = lex.anonymous_roles
        if head in _ANY_ROLE and any(_definite(a) for a in ent.aliases):
            return True  # "the top U.S. agriculture official" is one person, "a senior official" is not
        return not (
            _plural(head)
            or (lex.lang == "nl" and head.endswith("en"))  # "mensen", "omwonenden": many people
            or head in anonymous
            or head[:-1] in anonymous
            or head in lex.institutional_roles
            or name.lower() in lex.institutions
        )

    def one_named_as(self, described: Entity) -> Entity | None:
        """The only named person whose role has the head of a description of one ("minister Demir"
        for "de minister"), or None when there is none or more than one."""
        lex = self.lex
        words = described.name.lower().split()
        # the role itself, not whose it is: "spokesman" in "spokesman for Minister Greg Hunt"
        cut = next((k for k, w in enumerate(words) if w in lex.role_links), len(words))
        heads = [w for w in words[:cut] if lex.is_role(w)]
        if not heads or cut < len(words):
            return None  # "director of the Swedish museum at the time": someone's, a person of their own
        head = lex.role_synonyms.get(heads[-1], heads[-1])
        found = None
        for ent in self.entities:
            if ent is described or ent.kind != "person" or not ent.name[:1].isupper() or not ent.role:
                continue
            if any(lex.role_synonyms.get(w, w) == head for w in ent.role.lower().split()):
                if found is not None:
                    return None
                found = ent
        return found

    def may_name(self, described: Entity, named: Entity) -> bool:
        """Whether a person's full name may be the one a description of a person stood for: no other
        role word than the description's."""
        name = named.name
        if not name[:1].isupper() or named.kind == "organisation" or len(name.split()) < 2:
            return False
        words = set(described.name.lower().split())
        roles = {w for w in (named.role or "").lower().split() if self.lex.is_role(w)}
        if words & _ANY_ROLE and not any(self.lex.is_role(w) for w in words - _ANY_ROLE):
            return True  # "the top U.S. agriculture official" may be "USDA Secretary Tom Vilsack"
        return not roles or bool(roles & words)

    def name_description(self, described: Entity, named: Entity) -> None:
        """Keep the description a named person was first met as among their aliases."""
        for alias in [described.name, *described.aliases]:
            self._alias(named, alias)

    def _described_as(self, role: str) -> Entity | None:
        """The person met only as "the Mayor of Mackay" whom "Mayor Julie Boyd" now names."""
        if not self._described:
            return None
        heads = [w for w in role.lower().split() if self.lex.is_role(w)]
        if not heads:
            return None
        return self._described.pop(heads[-1], None)

    def _surname_only(self, parts: list[str]) -> bool:
        """ "Verhulst", "Van 't Schip": a surname alone, which a text uses for someone named before."""
        particles = self.lex.name_particles
        return (
            bool(parts)
            and parts[-1][:1].isupper()
            and not parts[-1].isupper()
            and self.lex.upos.get(parts[-1].lower(), "PROPN") == "PROPN"  # not "Staff", "Inhoudelijk"
            and all(p.lower() in particles for p in parts[:-1])
        )

    def _described_named(self) -> Entity | None:
        """ "…, zegt de burgemeester. … Over het onderzoek kan Verhulst niets zeggen.": the one
        person met only by a description, who has spoken, is the one a new surname names."""
        if len(self._described) != 1:
            return None
        ((head, ent),) = self._described.items()
        if ent.kind != "unknown" or ent is not self.last_speaker:
            return None
        if ent.aliases and ent.aliases[0].split(" ", 1)[0].lower() in INDEFINITE:
            return None  # "een buurtgenoot" is someone left unnamed
        del self._described[head]
        return ent

    def lookup(self, name: str) -> Entity | None:
        """The entity already known by ``name``, or None."""
        return self._keys.get(fold(name))

    def organisation(self, name: str, mention: str) -> Entity:
        """The organisation called ``name``, registered if new."""
        return self._org(name, mention, "")

    def _not_a_company(self, ent: Entity, head: str) -> bool:
        """Whether ``ent`` cannot be what "het bedrijf" / "the company" describes: a public body, a
        court, a union, a party, a school or hospital, a newspaper or a country ("The company said
        …" after "… told CNBC" is not CNBC)."""
        if head not in _COMPANY_WORDS:
            return False
        if id(ent) in self._media:
            return True
        words = fold(ent.name).split()
        if not words or (len(words) == 1 and words[0] in self.lex.countries):
            return True
        return any(w in _NOT_COMPANIES for w in words)

    def organisation_before(self) -> Entity | None:
        """The organisation the sentence before named or spoke for: "Maandagavond presenteerde de AP
        haar bevindingen." (a name read there), "Dat meldt het Vlaams Huurdersplatform." (its speaker)."""
        if self._mentioned_org is not None and self._mentioned_org[1] == self.sentence - 1:
            named = self._mentioned_org[0]
            return self._org(named, named, "")
        f = self.focus
        if f is not None and f.kind == "organisation" and self._focus_at == self.sentence - 1:
            return f
        return None

    def _person(self, name: str, role: str, mention: str) -> Entity:
        name = _unpossessed(name)  # "Mr Adams's": the name without its possessive
        parts = name.split()
        if len(parts) > 2 and parts[-1].rstrip(".") in _POST_NOMINALS:
            # "Joanna Korner QC" and "Gerald Butler QC" are two people, not one called "QC"
            parts = parts[:-1]
            name = " ".join(parts)
        if not role and len(parts) > 1 and parts[0] in _JUDGES_TITLES:
            role = "judge"  # "Mr Justice Edis", "Recorder Caroline Goodwin": "the judge" from now on
        key = fold(name)
        ent = self._keys.get(key)
        if ent is None and len(parts) > 1:
            # "Donald Trump" after "Trump": the same person, now with a full name
            ent = self._keys.get(fold(parts[-1]))
            if ent is not None and ent.kind == "organisation":
                ent = None
        if ent is None and len(parts) == 1 and not role:
            # "volgens Timmermans" after "Frans Timmermans" was named without speaking
            short = " " + key
            full = next((np for np, at, folded in reversed(self._named) if folded.endswith(short)), None)
            if full is None and self.lex.upos.get(key) is None:
                # "Roy said …" after "Roy Sell (80) praised …": a given name of someone named lately
                given = key + " "
                full = next(
                    (
                        np
                        for np, at, folded in reversed(self._named)
                        if folded.startswith(given) and " " in folded
                    ),
                    None,
                )
            if full is not None and fold(full.name) != key:
                return self._person(full.name, full.role, full.mention)
        if ent is None and role and len(parts) > 1 and not _org_name(parts, self.lex):
            ent = self._described_as(role)
            if ent is not None:
                ent.names = []  # the description stays an alias; the name is the person's name
        if ent is None and not role and self._surname_only(parts):
            ent = self._described_named()
            if ent is not None:
                ent.kind, ent.names = "person", []
        if ent is None:
            if _org_name(parts, self.lex):
                kind = "organisation"
            elif len(parts) > 1 or role:
                kind = "person"
            else:
                kind = "organisation" if name.isupper() else "unknown"
            ent = self._new(kind, name, role, mention)
        elif (len(parts) > 1 or role) and ent.kind == "unknown":
            ent.kind = "person"
        if name not in ent.names:
            ent.names.append(name)
        if len(parts) > 1 and ent.kind == "person":
            self._keys.setdefault(fold(parts[0]), ent)  # "Sebastiaan" after "Sebastiaan Appeltans"
        if role and len(role) > len(ent.role):
            ent.role = _strip_det(role, self.lex)
            self._index_role(ent)
        self._index(ent, name)
        self._alias(ent, name)
        self._alias(ent, mention)
        return ent

    def _org(self, org: str, mention: str, role: str, kind: str = "organisation") -> Entity:
        lex = self.lex
        org = _strip_det(org, lex)
        org = lex.institutions.get(fold(org), org)  # "een NZa-woordvoerder": the NZa by its full name
        key = fold(org)
        ent = self._keys.get(key)
        words = key.split()
        if (
            ent is None
            and len(words) == 2
            and not org.rsplit(" ", 1)[-1][:1].isupper()  # "Openbaar Ministerie" is a name
            and (
                (
                    (lex.upos.get(words[0]) == "ADJ" or _describing(words[0], mention, lex))
                    and (words[1] in lex.anaphoric_orgs or words[1].endswith(lex.anaphoric_suffixes))
                )
                # "The BlackBerry maker": named by what it makes, the company in focus
                or (mention.split(" ", 1)[0].lower() in lex.determiners and words[1] in _PRODUCT_MAKERS)
                # "the space agency", "the news group": a kind of organisation, described
                or (
                    mention.split(" ", 1)[0].lower() in lex.determiners
                    and org[:1].islower()
                    and words[1] in lex.anaphoric_orgs
                )
            )
        ):
            key = words[1]  # "the French company", "het Japanse glasvezelconcern"
        if ent is None and len(words) == 1 and org[:1].isupper():
            # "een LTO-woordvoerder" after "LTO Noord": the organisation known by the fuller name
            ent = next(
                (
                    e
                    for e in reversed(self.entities[-RECENT_ORGS:])
                    if e.kind == "organisation" and " " in e.name and fold(e.name.split(" ", 1)[0]) == key
                ),
                None,
            )
            if ent is not None:
                self._alias(ent, mention)
                return ent
        if ent is None and key and " " not in key:
            # a bare head ("het ministerie") is the organisation named with it before,
            # and "het bedrijf" / "the company" the organisation in focus
            ent = self._org_words.get((kind, key))
            if ent is not None and org[:1].islower():
                self._alias(ent, mention)
                return ent  # "de krant" after "het AD": a description, never the name shown
            if (
                ent is None
                and (key in lex.anaphoric_orgs or key.endswith(lex.anaphoric_suffixes))
                # "de Kansspelcommissie": a capitalised compound is the body's own name
                and not (org[:1].isupper() and key not in lex.anaphoric_orgs)
            ):
                ent = self._named_with(key) or self._named_in_text(key) or self._named_after_kind(key)
                focus = self.focus
                if focus is not None and (
                    focus.kind == "person"
                    or id(focus) in self._media
                    or (focus.kind == "unknown" and focus.role)  # "een winkelbediende": a person
                ):
                    focus = None  # "het ziekenhuis" after "schrijft De Morgen" is not the newspaper
                if ent is None and key not in lex.org_kinds and key not in _PUBLIC_BODIES:
                    # "het bedrijf": whichever organisation is in focus; "de rechtbank" or "the
                    # union" only one whose name says it is one (_named_with), else its own; "de
                    # gemeente" never the company in focus
                    unknown = self._org_words.get(("unknown", "*"))
                    if unknown is not None and unknown.role:
                        unknown = None  # "een winkelbediende" is no "de winkelketen"
                    if focus is None and key in lex.business_words:
                        # "Telenet opent … in de adviesraad van Telenet. Het bedrijf wijst erop …":
                        # the name the last sentences keep coming back to, before an organisation
                        # named further back
                        focus = self._topic_name(2, _LOCAL_WINDOW)
                    ent = next(
                        (
                            c
                            for c in (focus, self._org_words.get(("organisation", "*")), unknown)
                            if c is not None and not _other_kind(c, key) and not self._not_a_company(c, key)
                        ),
                        None,
                    )
                if (
                    ent is None
                    and key not in lex.org_kinds
                    and key not in _PUBLIC_BODIES  # "the government" is no "AI" read in its sentence
                    and self._mentioned_org is not None
                    and self.sentence - self._mentioned_org[1] <= 3
                ):
                    # "Het RIVM deelde een analyse. „…”, schreef het instituut."
                    named = self._mentioned_org[0]
                    self._mentioned_org = None  # once: the name may itself look like a description
                    ent = self._org(named, named, "")
                    if self._not_a_company(ent, key):
                        ent = None
                if (
                    ent is None
                    and key in lex.business_words
                    and self._mentioned is not None
                    and self.sentence - self._mentioned[1] <= 1
                    and self._keys.get(fold(self._mentioned[0].name)) is None
                ):
                    # "Holten Meat workers pack beef patties. The company said …": the name just read
                    # and not known as anyone's was the company's
                    named = self._mentioned[0]
                    self._mentioned = None
                    ent = self._org(named.name, named.mention, "")
                first_org = self._org_words.get(("organisation", "*")) is None
                if ent is None and key not in lex.org_kinds and key not in _PUBLIC_BODIES and first_org:
                    # "…, bevestigde een woordvoerder van de spoorwegmaatschappij. De NMBS zet …": the
                    # article's first organisation, described before it is named
                    ent = self._named_next()
                if ent is None and (key in lex.business_words or key in _BODY_WORDS):
                    # "Proximus gaat … Daarop reageerde het bedrijf dat …": the name the passage
                    # keeps coming back to, when no organisation is known by then; a public body
                    # by a name read twice at least ("De Rekenkamer … Het instituut vindt …")
                    ent = self._topic_name(1 if key in lex.business_words else 2)
                    if ent is not None and self._not_a_company(ent, key):
                        ent = None
                if ent is None and key in _BRANDED_KINDS:
                    # "…, aldus het ziekenhuis." after "Zuyderland" twice: a hospital the article
                    # only calls by a name without the word
                    ent = self._topic_name(2)
                if ent is not None:
                    self._alias(ent, mention)
                    return ent
        if ent is None:
            fuller = self._fuller(org) if org in lex.institutional_roles else None
            ent = self._keys.get(fold(fuller)) if fuller else None
            if ent is not None:
                self._alias(ent, mention)
                return ent
            if fuller:
                org = fuller  # "de rechtbank" after "de rechtbank in Den Haag"
            ent = self._new(kind, org, "", mention)
        if org not in ent.names:
            ent.names.append(org)
        self._keys[key] = ent
        self._keys.setdefault(key.rsplit(" ", 1)[-1], ent)  # "Arriva" after "Vervoerder Arriva"
        for w in key.split():
            self._org_words[(ent.kind, w)] = ent
        self._org_words[(ent.kind, "*")] = ent
        self._alias(ent, mention)
        return ent

    def _named_with(self, head: str) -> Entity | None:
        """The most recent organisation introduced with ``head`` in its name or description:
        "de organisatie" after "Landbouworganisatie LTO Noord", "de bond" after "de Consumentenbond"."""
        kinds = self.lex.org_kinds.get(head, ())
        for ent in reversed(self.entities):
            if ent.kind != "organisation":
                continue
            for form in (*ent.names, *ent.aliases):
                if any(
                    w[:1].isupper()
                    and (
                        w.lower() == head
                        or (len(w) > len(head) + 2 and w.lower().endswith(head))
                        # "de school" after "Het Leidsche Rijn College", "het ziekenhuis" after
                        # "Ziekenhuisgroep Twente": a name of that kind
                        or any(k == w.lower().strip("()") or (len(k) > 3 and k in w.lower()) for k in kinds)
                    )
                    for w in form.split()
                ):
                    return ent  # a word of a name, not an earlier "het bedrijf"
        return None

    def capitalised_inside(self, word: str) -> bool:
        """Whether the text around writes ``word`` capitalised after a lower-case word, as a name is."""
        pattern = re.compile(rf"[a-z] {re.escape(word)}\b")
        at = self._read_to
        return pattern.search(self._text, max(0, at - _NAME_WINDOW), at + _NAME_WINDOW) is not None

    def _named_in_text(self, head: str) -> Entity | None:
        """ "het ziekenhuis" after "Ziekenhuisgroep Twente" was only mentioned, "a union has said"
        before "Unite plans to ballot …": the nearest name of that kind in the text around, read
        before (else just after) the sentence, registered as the organisation it names."""
        kinds = self.lex.org_kinds.get(head, ())
        if not kinds or self._looking_up:
            return None
        text, at = self._text, self._read_to
        lo = max(0, at - _NAME_WINDOW)
        words = list(_TEXT_WORD.finditer(text, lo, min(len(text), at + _NAME_WINDOW // 4)))
        lex = self.lex

        def kind_word(w: str) -> bool:
            lw = w.lower().strip("()")
            return w[:1].isupper() and (
                lw == head
                or (len(lw) > len(head) + 2 and lw.endswith(head))
                or any(k == lw or (len(k) > 3 and k in lw) for k in kinds)
            )

        def name_word(m: re.Match) -> bool:
            w = m.group()
            return w[:1].isupper() and w.lower() not in lex.function_words and not lex.not_a_name(w.lower())

        def joined(a: re.Match, b: re.Match) -> bool:
            return text[a.end() : b.start()] == " "

        hits = [k for k, m in enumerate(words) if kind_word(m.group()) and name_word(m)]
        before = [k for k in hits if words[k].end() <= at]
        if before:
            k = before[-1]
        elif hits:
            k = hits[0]
        else:
            return None
        first = last = k
        while first > 0 and joined(words[first - 1], words[first]) and name_word(words[first - 1]):
            first -= 1
        while last + 1 < len(words) and joined(words[last], words[last + 1]):
            nxt = words[last + 1]
            if name_word(nxt):
                last += 1
            elif (
                nxt.group() in _NAME_LINKS
                and last + 2 < len(words)
                and joined(nxt, words[last + 2])
                and name_word(words[last + 2])
            ):
                last += 2  # "National Union of Healthcare Workers"
            else:
                break
        name = text[words[first].start() : words[last].end()].removesuffix("'s").removesuffix("’s")
        if fold(name) == head:
            return None
        return self._org_found(name)

    def _named_after_kind(self, head: str) -> Entity | None:
        """ "de telecomaanbieder" after "klanten van telecomaanbieder Vodafone", "de provider" after
        "netwerkprovider Vodafone": the name that followed the last word of that kind in the text
        read so far, registered as the organisation it names."""
        if self._looking_up or len(head) < 4:
            return None
        text, at = self._text, self._read_to
        lo = max(0, at - _NAME_WINDOW)
        lex = self.lex
        found = None
        for m in _KIND_THEN_NAME.finditer(text, lo, at):
            kind, name = m.group(1), m.group(2)
            first = name.split(" ", 1)[0].lower()
            if (
                kind.endswith(head)
                and lex.is_org_head(kind)
                and not lex.not_a_name(first)
                and not time_word(first, lex)  # "the airline Sunday said …"
            ):
                found = name
        return self._org_found(found) if found is not None else None

    def _org_found(self, name: str) -> Entity:
        """A name found by looking around the text, registered as the organisation it names
        (without looking around again while registering it)."""
        self._looking_up = True
        try:
            return self._org(name, name, "")
        finally:
            self._looking_up = False

    def _topic_name(self, least: int, window: int | None = None) -> Entity | None:
        """The name read most often in the text before this sentence (the later on a tie), not
        counting where a preposition other than "of"/"van" comes before it ("in Atlanta"), that
        is nobody's, registered as the organisation it names."""
        if self._looking_up:
            return None
        text, at = self._text, self._read_to
        lex = self.lex
        counts: dict[str, int] = {}  # name -> how often; a later name wins a tie
        run: list[str] = []
        after_preposition = False  # whether the run being read follows a preposition
        prev_end, prev_lower = -1, ""

        def count() -> None:
            if run and not after_preposition:
                name = " ".join(run)
                counts[name] = counts.pop(name, 0) + 1

        for m in _TEXT_WORD.finditer(text, max(0, at - (window or _NAME_WINDOW)), at):
            w = m.group()
            lower = w.lower()
            capital = (
                w[:1].isupper()
                and lower not in lex.function_words
                and not lex.not_a_name(lower)
                # not "Q3", "COVID-19", "U.S.", "They’re"
                and not any(c.isdigit() or c in ".'’" for c in w.removesuffix("'s").removesuffix("’s"))
            )
            owner = w.endswith(("'s", "’s"))  # "Thunder Bay's Bombardier": two names
            if owner:
                w = w[:-2]
            head, _, tail = w.partition("-")
            if tail[:1].islower():
                w = head  # "Proximus-klanten": Proximus
            if capital and run and text[prev_end : m.start()] == " ":
                run.append(w)
            else:
                count()
                run = [w] if capital else []
                after_preposition = lex.upos.get(prev_lower) == "ADP" and prev_lower != lex.of_word
            if owner:
                count()
                run = []
            prev_end, prev_lower = m.end(), lower
        count()
        best, seen = None, least  # the most frequent, read ``least`` times at least
        for name, n in counts.items():
            words = fold(name).split()
            lower = name.lower()
            if (
                n >= seen
                # nobody's: "Mayor John Smith" is John Smith
                and not any(
                    (known := self._keys.get(" ".join(words[k:]))) is not None and known.kind == "person"
                    for k in range(len(words))
                )
                and not lex.is_role(lower.split()[0])
                # "Shares lose 5% …": a common word opening a sentence, never written as a name
                and not (len(words) == 1 and lower in lex.upos and not self.capitalised_inside(name))
                and lower not in lex.countries
                and lower not in lex.demonyms
                and lower.removesuffix("s") not in lex.demonyms  # "Nederlanders"
                and lower.split()[0] not in lex.months
                and lower.split()[0] not in lex.days
            ):
                best, seen = name, n
        if best is None:
            return None
        return self._org_found(best)

    def _named_next(self) -> Entity | None:
        """An organisation named by an acronym ("NMBS", "FNV") opening one of the next sentences,
        registered as the organisation it names."""
        if self._looking_up:
            return None
        text, at = self._text, self._read_to
        for m in _NEXT_ACRONYM.finditer(text, max(0, at - 1), min(len(text), at + _NAME_WINDOW // 4)):
            word = m.group(1)
            if _orgish(word) and word.isupper() and not self.lex.not_a_name(word.lower()):
                return self._org_found(word)
        return None

    def _new(self, kind: str, name: str, role: str, mention: str) -> Entity:
        ent = Entity(kind=kind, names=[name], role=_strip_det(role, self.lex))
        self.entities.append(ent)
        self._alias_sets[id(ent)] = set()
        self._index(ent, name)
        self._index_role(ent)
        self._alias(ent, mention)
        if kind != "person":
            self._org_words[(kind, "*")] = ent
        return ent

    def _index(self, ent: Entity, name: str) -> None:
        key = fold(name)
        self._keys[key] = ent
        parts = key.split()
        if len(parts) > 1:
            self._keys.setdefault(parts[-1], ent)
            first, dash, _ = parts[-1].partition("-")
            halves = name.split()[-1].split("-")
            if dash and len(first) > 2 and len(halves) == 2 and all(h[:1].isupper() for h in halves):
                # "Van Zanen" for "Anneke van Zanen-Nieberg": a double surname by its first half
                self._keys.setdefault(first, ent)
                if len(parts) > 2 and parts[-2] in self.lex.name_particles:
                    self._keys.setdefault(f"{parts[-2]} {first}", ent)
            # "Van der Laan" for "Jan van der Laan"
            for k in range(1, len(parts) - 1):
                if parts[k] in self.lex.name_particles:
                    self._keys.setdefault(" ".join(parts[k:]), ent)
                    break

    def _index_role(self, ent: Entity) -> None:
        for w in ent.role.lower().split():
            if w in self.lex.role_links or w in self.lex.determiners:
                continue
            # "said the spokesperson" after "spokesperson Sayyed Abbas Mousavi": the one named so;
            # other unnamed sources ("analysts") are nobody's role
            if w in self.lex.anonymous_roles and not (
                ent.kind == "person" and w in self.lex.spokesperson_roles
            ):
                continue
            self._roles[w] = ent
            synonym = self.lex.role_synonyms.get(w)
            if synonym:
                self._roles[synonym] = ent  # "zijn raadsman" after "de advocaat van de verdachte"
            for suffix in self.lex.role_suffixes:
                if w.endswith(suffix):
                    self._roles[suffix] = ent

    def _alias(self, ent: Entity, form: str) -> None:
        seen = self._alias_sets.get(id(ent))
        if seen is None:  # not setdefault: that would build the set on every call
            seen = self._alias_sets[id(ent)] = set(ent.aliases)
        if form and form not in seen and len(ent.aliases) < 50:
            seen.add(form)
            ent.aliases.append(form)

    def _closing_phrase(self) -> Entity | None:
        """The person or organisation whose phrase closes the sentence before: a Dutch "Die" opening
        a sentence points at it ("… met de Britse premier Boris Johnson. Die spreekt van …")."""
        toks, at = self._sentence_before()
        if at != self.sentence - 1 or not toks:
            return None
        end = len(toks)
        while end and (not toks[end - 1].word or toks[end - 1].quoted):
            end -= 1
        for k in range(max(0, end - 10), end):
            np = parse_np(toks, k, self._text, self.lex)
            if np is None or np.end != end:
                continue
            if k and toks[k - 1].lower in _TOLD_TO:
                return None  # "…, zei hij tegen de NOS.": the one told, not a speaker
            if np.kind == "name" or np.kind == "org" or (np.kind in ("role", "generic") and np.det):
                return self.resolve(np)
        return None

    def scan(self, toks: list[Token], text: str) -> None:
        """Register people introduced with a role ("de Noord-Koreaanse leider Kim Jong-un") or an
        apposition ("Swati Dhingra, an external member, …"), and named organisations."""
        if self._scanned[1] != self.sentence:
            self._scanned_before, self._scanned = self._scanned, (toks, self.sentence)
        lex = self.lex
        classes = lex.word_classes
        titles = lex.titles
        # one quick pass for the tokens that may matter: role and organisation words, words not
        # classified yet (the default 1), titles; the loop below skips the rest of the sentence
        candidates = [j for j, t in enumerate(toks) if classes.get(t.lower, 1) or t.lower in titles]
        self._text, self._read_to = text, toks[-1].end if toks else self._read_to
        self._before_scan, self._intro_tok = (self.last_person, self._person_at), -1
        for j in candidates:
            self._scan_at = j
            t = toks[j]
            if t.quoted:
                continue
            c = classes.get(t.lower)
            if c is None:
                c = lex.classify(t.lower)
            if not c:
                if t.lower in titles and j + 1 < len(toks) and toks[j + 1].cap:
                    np = parse_np(toks, j, text, lex)  # "Mrs Jane Carter", "mevrouw De Vries"
                    if np is not None and np.kind == "name":
                        ent = self.resolve(np)  # known by name (and gender) from now on
                        if j == 0 and ent is not None:
                            self.introduce(ent)  # only as the subject does it take the next quote
                continue
            if c & ROLE:
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
                    ent = self.resolve(np)
                    if ent is not None:
                        self.introduce(ent)
                elif (
                    np is not None
                    and np.kind == "role"
                    and np.det
                    and np.end + 1 < len(toks)
                    and toks[np.end].text == ","
                    and not _plural(np.role.split()[-1])
                ):
                    # "het verhaal van de verdachte, Frans J.": the role's name in apposition
                    named = parse_np(toks, np.end + 1, text, lex)
                    if (
                        named is not None
                        and named.kind == "name"
                        and len(named.mention.split()) > 1
                        and (named.end >= len(toks) or not toks[named.end].word)
                    ):
                        ent = self.resolve(replace(named, role=named.role or np.role))
                        if ent is not None and ent.kind == "person":
                            self.introduce(ent)
                elif start > 1 and toks[start - 1].text == "," and not toks[start - 1].quoted:
                    # "Dat punt deelt Teus Eenkhoorn, directeur-bestuurder van …": a name, then its
                    # role in apposition
                    c = start - 1
                    for s in range(max(0, c - 4), c - 1):
                        named = parse_np(toks, s, text, lex)
                        if named is not None and named.end == c and named.kind == "name":
                            if len(named.name.split()) > 1:
                                ent = self.resolve(named)
                                if ent is not None and ent.kind == "person":
                                    self.introduce(ent)
                            break
            elif c & ORG and (j == 0 or toks[j - 1].lower in lex.determiners):
                # "De gemeente Amsterdam", "het ministerie van Defensie", "Vervoerder Arriva"
                if (
                    t.cap
                    and t.lower not in lex.anaphoric_orgs
                    and j + 1 < len(toks)
                    and toks[j + 1].text.isupper()
                ):
                    # "Landbouworganisatie LTO Noord roept …": the name after the kind of organisation
                    k = j + 1
                    while k < len(toks) and name_token(toks, k, lex):
                        k += 1
                    self._org(text[toks[j + 1].start : toks[k - 1].end], text[t.start : toks[k - 1].end], "")
                    continue
                np = parse_np(toks, max(0, j - 1), text, lex)
                if np is not None and np.kind == "org" and " " in np.org:
                    self._org(np.org, np.mention, "")
        self._scan_at = -1
        keys = self._keys
        self._remember_names(toks, text)
        if sum(1 for t in toks if t.cap) >= 3 and any(t.lower in _LIST_JOINERS for t in toks):
            self._remember_group(toks, text)  # a list of names has three capitals at least
        first = toks[0]
        if (
            first.cap
            and not first.quoted
            and _orgish(first.text)
            and fold(first.text) not in keys
            and len(toks) > 1
            and toks[1].word
            and not toks[1].cap
            and first.lower not in lex.upos
        ):
            # "PostNL schrapt …", "AkzoNobel sluit …": a company as the subject
            self._org(first.text, first.text, "")
        elif (
            first.cap
            and not first.quoted
            and first.word
            and len(toks) > 2
            and fold(first.text) not in keys
            and first.lower not in lex.upos
            and first.lower not in lex.function_words
            and not lex.not_a_name(first.lower)
            and not time_word(first.lower, lex)
            # "Speaking to reporters, …", "Frustrated passengers expressed …": participles
            and not (lex.lang == "en" and first.lower.endswith(("ing", "ed")))
            and toks[1].word
            and not toks[1].cap
            and not lex.is_cue_verb(toks[1].lower)
            and toks[1].lower not in lex.function_words
            and (toks[1].lower in lex.auxiliaries or lex.upos.get(toks[1].lower, "VERB") in ("VERB", "AUX"))
        ):
            # "Heineken verhoogt de prijzen.": a single name doing something, perhaps a company,
            # which "het biermerk" may point back at
            self._mentioned_org = (first.text, self.sentence)
        named_start = (
            first.cap
            and first.word
            and not first.quoted
            and first.lower not in lex.function_words
            and not lex.not_a_name(first.lower)
            and not (lex.adverb(first.lower) and len(toks) > 1 and toks[1].text == ",")  # "Secondly, …"
        ) or (
            # "Van Bronckhorst had er geen moeite mee.": a surname that opens with its particle
            first.cap
            and first.lower in lex.name_particles
            and first.lower not in lex.determiners
            and len(toks) > 3
            and (toks[1].cap or (toks[1].lower in lex.name_particles and toks[2].cap))
        )
        described = (
            toks[0].lower in lex.determiners
            or toks[0].lower in lex.possessives
            or (
                len(toks) > 2
                and lex.upos.get(toks[0].lower) == "ADV"
                and lex.upos.get(toks[1].lower) in ("VERB", "AUX")
                and toks[2].lower in lex.determiners
            )
        )
        if lex.lang == "nl" and first.word and not first.quoted:
            # "Twee jaar heeft Stefanie Terpstra moeten wachten.": a new name right after the verb
            # that follows a fronted phrase is the subject; a quote without a cue after it is theirs
            k = next((m for m in range(1, min(5, len(toks) - 2)) if toks[m].lower in lex.auxiliaries), None)
            if (
                k is not None
                and toks[k + 1].cap  # a full name: a capitalised word, then another or a particle
                and (toks[k + 2].cap or toks[k + 2].lower in lex.name_particles)
                and all(t.word and not t.cap for t in toks[1:k])
            ):
                inverted = parse_np(toks, k + 1, text, lex)
                if (
                    inverted is not None
                    and inverted.kind == "name"
                    and len(inverted.name.split()) > 1
                    and inverted.end < len(toks)
                    and toks[inverted.end].word
                    and fold(inverted.name) not in keys
                ):
                    self._subject = (inverted, self.sentence)
        if not (
            named_start
            or described
            or (toks[0].lower in keys or (len(toks) > 1 and toks[1].lower in keys))
            or any(t.text == "," for t in toks[2:9])
        ):
            return  # neither a name, a known name nor an apposition at the start
        start = 0
        while start < len(toks) - 1 and (
            toks[start].lower in lex.adverbs or toks[start].lower in ("ook", "also")
        ):
            start += 1  # "Ook Wolf had …"
        if (
            start < len(toks) - 2
            and lex.upos.get(toks[start].lower) == "ADV"
            and lex.upos.get(toks[start + 1].lower) in ("VERB", "AUX")
        ):
            start += 1
        if 0 < start < len(toks) - 1 and lex.upos.get(toks[start].lower) in ("VERB", "AUX"):
            start += 1  # "Tegelijkertijd wijst de wethouder …": the subject after the verb
        np = parse_np(toks, start, text, lex)
        if np is None and start == 0 and lex.lang == "en" and toks[0].lower.endswith("ing"):
            # "Responding to the ALP's view, Frydenberg did not disclose …": the subject after the
            # opening participle phrase
            comma = next(
                (m for m in range(1, min(len(toks), 14)) if toks[m].text == "," and not toks[m].quoted), None
            )
            if comma is not None:
                np = parse_np(toks, comma + 1, text, lex)
        group = _plural_group(
            np if np is not None or not described else parse_np(toks, start, text, lex, generic=True),
            toks,
            text,
            lex,
        )
        if group is not None:
            self._plural_subject = (group, self.sentence)  # "they" in the next sentence may be them
        if np is not None and np.kind == "name" and " " not in np.name and lex.adverb(np.name.lower()):
            return  # "Secondly, he said, …": an adverb, not a name
        if np is not None and np.kind in ("role", "org") and np.det and np.mention[:1].isupper():
            known = self._keys.get(fold(np.mention))
            if known is not None and known.kind == "person":
                self.introduce(known)  # "De Jonge is verbaasd …": a known surname, not "de jonge"
                return
        if (
            np is not None
            and np.kind in ("name", "role", "org")
            and np.mention[:1].isupper()
            and np.end < len(toks)
            and toks[np.end].word
            and self._keys.get(fold(np.mention)) is None
        ):
            short = " " + fold(np.mention)
            for named, at, folded in reversed(self._named):
                if self.sentence - at <= 4 and folded.endswith(short):
                    # "In Antwerpen heeft Bart De Wever … De Wever kwam …": the surname of a
                    # person named before opens the sentence
                    ent = self.resolve(named)
                    if ent is not None and ent.kind != "organisation":
                        self.introduce(ent)
                        return
                    break
        if np is not None and np.kind == "role" and np.det and np.end < len(toks) and toks[np.end].word:
            # "De wethouder wijst ook op …": a description of someone known takes the next quote
            words = np.role.lower().split()
            ent = self._roles.get(words[-1]) if words else None
            if ent is not None and ent.kind == "person" and not toks[np.end].quoted:
                self.introduce(ent)
                return
            head = words[-1] if words else ""
            if (
                ent is None
                and toks[np.start].lower in INDEFINITE
                # "Een opgelichte klant kan … betwisten": anyone, in general, is nobody speaking
                and toks[np.end].lower not in _GENERAL_MODALS
                and lex.is_role(head)
                and not _plural(head)
                and head not in lex.anonymous_roles
                and not toks[np.end].quoted
            ):
                # "Een buurtbewoonster werd wakker van gebonk. “…”": someone new, described as the
                # subject, takes the next quote
                self._subject = (np, self.sentence)
                return
        if (
            np is not None
            and np.kind in ("name", "role")
            and np.end < len(toks)
            and not toks[np.end].word
            # "First, striking simply prevents …": an adverb, not a name with an aside
            and not (" " not in np.mention and lex.upos.get(np.mention.lower()) in ("ADJ", "ADV"))
        ):
            after = _past_insertion(toks, np.end)
            if after is not None and after < len(toks) and toks[after].text in ",(":
                # "Marjolein Moorman (PvdA), die vooral bekend is als wethouder, had …": two asides
                after = _past_insertion(toks, after) or after
            if after is not None and after < len(toks) and toks[after].word and not toks[after].quoted:
                # "Marciano Vink, tevens aanwezig, echoot …", "Raadslid X (Samen Vooruit) zag …",
                # "Naaste buurman, Sebastiaan Appeltans van viswinkel Den Hengel, zag …"
                inner = parse_np(toks, np.end + 1, text, lex) if toks[np.end].text == "," else None
                if np.kind == "role" and inner is not None and inner.kind == "name":
                    np = inner
                if np.kind == "name":
                    ent = self._keys.get(fold(np.name))
                    if ent is not None and ent.kind == "person":
                        self.introduce(ent)
                    else:
                        self._subject = (np, self.sentence)
                    return
        if np is not None and np.kind in ("name", "org") and np.end < len(toks) and toks[np.end].word:
            # a known person as the subject of a sentence comes back into focus ("De Wit bestreed dat.")
            ent = self._keys.get(fold(np.name or np.mention))
            if ent is None and np.mention[:1].isupper():
                # "De Greef kan het nog niet bevatten." after "Tom de Greef … krijgt de beurs": the
                # surname of a full name read lately, who never spoke
                short = " " + fold(np.mention)
                full = next((f for f, at, folded in reversed(self._named) if folded.endswith(short)), None)
                if full is not None:
                    ent = self.resolve(full)
            if ent is not None and ent.kind == "person":
                self.introduce(ent)
                return
            if (
                ent is not None
                and ent.kind == "organisation"
                and not toks[np.end].quoted
                and lex.upos.get(toks[np.end].lower) in ("VERB", "AUX")
            ):
                # "Ook Rijkswaterstaat adviseert … „Onze strooiwagens staan paraat”": an organisation
                # named before, the subject of a sentence, takes a quote without a cue right after it
                self._org_subject = (ent, self.sentence)
                return
            if (
                np.kind == "name"
                and (
                    len(np.name.split()) > 1
                    or np.role
                    # "Begijn geniet vandaag nog na.": a surname alone, a word of no other kind that
                    # the text capitalises inside a sentence too
                    or (
                        lex.upos.get(np.name.lower(), "PROPN") == "PROPN"
                        and not _orgish(np.name)
                        and not lex.word_classes.get(np.name.lower(), lex.classify(np.name.lower()))
                        and np.name.lower() not in lex.countries
                        and self.capitalised_inside(np.name)
                    )
                )
                and toks[np.start].lower not in lex.number_words  # "Twee Antwerpse steden …"
                and not toks[np.end].quoted
                and (
                    lex.upos.get(toks[np.end].lower) != "ADP"
                    # "Geert Kuiper uit Oldeholtwolde weet nog niet …": where the subject is from
                    or (
                        toks[np.end].lower in ("uit", "from")
                        and np.end + 1 < len(toks)
                        and toks[np.end + 1].cap
                    )
                )
            ):
                # a new name as the subject: "Jordens Peters baalt flink van de nederlaag." A quote
                # without a cue right after this sentence is theirs (resolved only then: the name
                # may be a company's)
                if (
                    len(np.name.split()) > 1
                    and not np.role
                    and self.sentence - self._focus_at <= 1
                    and self.focus is self.last_speaker
                ):
                    described = self._described_named()
                    if described is not None:
                        # "The governor of the Bank of England has told Sky News … Andrew Bailey
                        # made the comments after …": the one just described, now named
                        # ("Charlie Taylor’s roving role …": the name without its possessive)
                        name = _unpossessed(np.name)
                        described.kind, described.names = "person", [name]
                        self._index(described, name)
                        self._alias(described, name)
                        self.introduce(described)
                        return
                self._subject = (np, self.sentence)
                return
        if (
            np is not None
            and np.kind == "name"
            and len(np.name.split()) > 1
            and np.end + 1 < len(toks)
            and toks[np.end].text == ","
            and (
                toks[np.end + 1].lower in lex.determiners
                or toks[np.end + 1].lower in RELATIVES
                or lex.is_role(toks[np.end + 1].lower)
            )
        ):
            self.introduce(self.resolve(np))

    def _remember_names(self, toks: list[Token], text: str) -> None:
        """Keep the last full name (two or more capitalised words) of the sentence, wherever it
        stands, for a pronoun that has nobody else to point at."""
        lex = self.lex
        upos = lex.upos
        opening = past_dateline(toks, 0)  # "BERLIN (AP) — …": the agency of a dateline speaks for nobody
        caps = [j for j, t in enumerate(toks) if t.cap and t.word and not t.quoted and j >= opening]
        if not caps:
            return
        n = len(toks)
        kind_words = self._kind_words
        for j in caps:
            t = toks[j]
            if (
                j + 2 < n
                and t.lower in lex.anaphoric_orgs
                and toks[j + 1].lower in ("of", "van")
                and name_token(toks, j + 2, lex)
            ):
                # "The City of Moose Jaw", "de Gemeente van Sint-Niklaas": the kind, then the name
                k = j + 2
                while k < n and name_token(toks, k, lex):
                    k += 1
                name = text[t.start : toks[k - 1].end]
                self._org(name, name, "")
                continue
            common = t.lower in upos
            org_word = lex.is_org_head(t.lower)
            if not org_word and (t.lower in kind_words or t.lower in lex.anaphoric_orgs):
                # "Het Leidsche Rijn College", "Erasmus MC": a word naming a kind of organisation
                # closes a name of capitalised words
                org_word = common = j > 0 and toks[j - 1].cap
            if common and not (
                # "Het Leidsche Rijn College", "Wayne State University": a common organisation
                # word closing a name of capitalised words
                j > 0
                and org_word
                and toks[j - 1].cap
                and toks[j - 1].word
                and not toks[j - 1].quoted
                and toks[j - 1].lower not in lex.function_words
            ):
                continue
            if not common and _orgish(t.text) and not lex.is_role(t.lower):
                if j == 0 and n > 1 and toks[1].text in ":–—-,":
                    continue  # "SINGAPORE: …", "ENSCHEDE - …": a dateline, no organisation
                if t.lower in _LEGAL_FORMS and j > 0 and toks[j - 1].cap:
                    # "Tecan Group AG", "Philips NV": a company, by its name and legal form
                    start = j - 1
                    while (
                        start > 0
                        and toks[start - 1].cap
                        and toks[start - 1].word
                        and not toks[start - 1].quoted
                    ):
                        start -= 1
                    if toks[start].lower in lex.function_words and start < j - 1:
                        start += 1
                    name = text[toks[start].start : t.end]
                    self._org(name, name, "")
                    continue
                if (
                    j > 1
                    and toks[j - 1].text == "("
                    and j + 2 < n
                    and toks[j + 1].text == "."
                    and toks[j + 2].cap
                ):
                    continue  # "Shire (SHP.L)": a share's ticker
                self._mentioned_org = (t.text, self.sentence)  # "Het COA", "de NZa"
            elif j > 0 and org_word and not (j + 1 < n and toks[j + 1].cap):
                # "de Consumentenbond", "Zorggroep": an organisation by its name's last part; with
                # the capitalised words before it when it only closes a name ("Boeing Co.")
                start = j
                while (
                    start > 1 and toks[start - 1].cap and toks[start - 1].word and not toks[start - 1].quoted
                ):
                    start -= 1
                if start == 1 and toks[0].cap and toks[0].word and toks[0].lower not in lex.function_words:
                    start = 0  # "Wayne State University said …"
                end = j + 1
                if (
                    end + 1 < n
                    and toks[end].lower in _NAME_LINKS
                    and not toks[end].quoted
                    and toks[end + 1].cap
                    and toks[end + 1].word
                    and not toks[end + 1].quoted
                ):
                    # "het Nationaal Instituut voor Budgetvoorlichting", "Rijksinstituut voor
                    # Volksgezondheid en Milieu": the name goes on, in a word or two
                    end = _name_run(toks, end + 1, n)
                    if (
                        end + 1 < n
                        and toks[end].lower in ("en", "and")
                        and _name_run(toks, end + 1, n) == end + 2
                    ):
                        end += 2
                    if end < n and toks[end].cap and toks[end].word:
                        end = j + 1  # "Hof van Twente Ellen Nauta": a name follows, no name of its own
                name = text[toks[start].start : toks[end - 1].end]
                self._org(name, name, "")
        if len(caps) < 2:
            return  # a full name has two capitals at least
        seen = n
        found = False
        particles = lex.name_particles

        def name_part(m: int) -> bool:
            t = toks[m]
            if t.quoted or not t.word:
                return False
            # "Hester van Buren", "Jan van der Laan": particles inside a name
            return t.cap or (t.lower in particles and m > 0 and toks[m - 1].word and not toks[m - 1].quoted)

        for k in reversed(caps):
            if k == 0 or k >= seen:
                continue
            if name_part(k - 1):
                start = k - 1
                while start > 1 and name_part(start - 1):
                    start -= 1
                while start < k and not toks[start].cap:
                    start += 1  # a run opens with a capital
                seen = start
                if lex.lang == "nl" and start > 1 and toks[start - 1].lower == "van" and k - start >= 2:
                    start += 1  # "burgemeester van Vilvoorde Hans Bonte": the place is no name
                if toks[start].lower in lex.number_words:
                    continue  # "Twee Antwerpse steden"
                while start < k and (toks[start].lower in lex.portfolios or toks[start].lower in lex.titles):
                    start += 1  # "minister van Onderwijs Ben Weyts", "Vilvoorde Hans Bonte"
                np = parse_np(toks, start, text, lex)
                if np is None or np.kind != "name" or len(np.name.split()) < 2:
                    continue
                if np.mention.endswith(("'s", "’s")) or any(
                    p.endswith(("'s", "’s")) for p in np.name.split()
                ):
                    continue  # "Japan’s Kyodo": a possessive, not a person's name
                if np.end < n and lex.is_org_head(toks[np.end].lower):
                    continue  # "Kyodo news agency"
                if _org_name(np.name.split(), lex):
                    # "after Spirit Airlines canceled their flights. The company said …": an
                    # organisation named in passing, which a description may point back at
                    self._mentioned_org = (np.name, self.sentence)
                    return
                if start > 0 and toks[start - 1].lower in _PLACE_PREPOSITIONS:
                    continue  # "at Old Trafford", "in Den Haag": a place, nobody to point back at
                if not found:
                    # the last full name of the sentence, unless one before it is no preposition's
                    # object ("dat Philippe Clement zijn cool verliest … tegen Racing Genk")
                    after_adp = start > 0 and lex.upos.get(toks[start - 1].lower) == "ADP"
                    if not after_adp or self._mentioned is None or self._mentioned[1] != self.sentence:
                        self._mentioned = (np, self.sentence)
                    found = not after_adp
                    if _party_tag(toks, np.end):
                        # "Uit enthousiasme begon Hester van Buren (PvdA) …": a politician
                        # introduced wherever the name stands
                        ent = self.resolve(np)
                        if ent is not None and ent.kind != "organisation":
                            self.introduce(ent)
                self._named.append((np, self.sentence, fold(np.name)))
                del self._named[:-RECENT]
        if not found and (self._mentioned is None or self._mentioned[1] != self.sentence):
            self._possessor(toks, text)

    def _possessor(self, toks: list[Token], text: str) -> None:
        """ "after Julia Gillard's Labor government lost …": a full name in the possessive, the
        person last named when the sentence names nobody else."""
        lex = self.lex
        for k in range(len(toks) - 1, 0, -1):
            t, p = toks[k], toks[k - 1]
            if not (t.cap and t.word and not t.quoted and t.text.endswith(("'s", "’s"))):
                continue
            if not (p.cap and p.word and not p.quoted and p.lower not in lex.function_words):
                continue
            name = f"{p.text} {t.text[:-2]}"
            if (
                lex.upos.get(p.lower) is not None
                or p.lower in _PLACE_FIRST
                or fold(name) in lex.countries
                or _org_name(name.split(), lex)
            ):
                continue  # "South Africa's", "Rolls Royce's": no person
            self._mentioned = (NounPhrase(k - 1, k + 1, "name", name=name, mention=name), self.sentence)
            return

    def shown(self, ent: Entity) -> str:
        """The name a speaker is shown by: an institution the text also calls by its acronym keeps
        both ("Nederlandse Spoorwegen (NS)", "Openbaar Ministerie (OM)"), as readers know either."""
        name = ent.name
        if ent.kind != "organisation":
            return name
        for alias in ent.aliases:
            short = _strip_det(alias, self.lex)
            acronym = " " not in short and sum(c.isupper() for c in short) >= 2  # "NS", "NZa", not "justitie"
            if acronym and short != name and self.lex.institutions.get(fold(short)) == name:
                return f"{name} ({short})"
        kind, _, rest = name.partition(" ")
        if rest[:1].isupper() and self._kind_word(kind):
            # "Supermarktketen Dirk", "uitkeringsinstantie UWV": the kind of organisation read as
            # part of its name; shown by the name the text also uses alone
            bare = fold(rest)
            common = " " not in bare and (bare in self.lex.countries or self.lex.upos.get(bare) is not None)
            if not common and any(fold(_strip_det(a, self.lex)) == bare for a in ent.aliases):
                return rest  # not "Ondernemersvereniging Nederland", "vakbond Leraren in Actie"
        return name

    def _kind_word(self, word: str) -> bool:
        """Whether a word opening an organisation's name only says what kind it is ("Supermarktketen
        Dirk", "vakbond FNV", "the union Unite"), not part of the name ("gemeente Amsterdam", "het
        parket Oost-Vlaanderen", "Network Rail", "Brandweer Nederland")."""
        lex = self.lex
        lower = word.lower()
        if lower in PLACE_ORGS or lower in lex.institutional_roles or lower in _NAMED_BODIES:
            return False
        if lex.lang == "en" and not word.islower():
            return False  # English capitalises a kind word only inside the name
        return lex.is_org_head(lower) or lower in lex.anaphoric_orgs or lower.endswith(lex.anaphoric_suffixes)

    def infos(self, used: set[int]) -> tuple[SpeakerInfo, ...]:
        """SpeakerInfo for the entities that speak (by id)."""
        pronouns = self.lex.subject_pronouns | self.lex.object_pronouns
        out = []
        for ent in self.entities:
            if id(ent) in used:
                # Aliases are the names the text used: no pronouns, one spelling per case-folded form.
                seen, aliases = set(), []
                for alias in ent.aliases:
                    key = alias.casefold()
                    if key not in pronouns and key not in seen:
                        seen.add(key)
                        aliases.append(alias)
                out.append(SpeakerInfo(self.shown(ent), ent.kind, ent.role, tuple(aliases)))
        return tuple(out)


# Organisation words that are part of the name of the body they open ("Brandweer Nederland", "parket
# Oost-Vlaanderen", "ziekenhuis Zuyderland" is a hospital's name all the same)
_NAMED_BODIES = frozenset(
    ["parket", "brandweer", "politie", "police", "rechtbank", "hof", "court", "ministerie"]
)
# A company's legal form after its name ("Tecan Group AG", "Philips NV", "BP plc")
_LEGAL_FORMS = frozenset(
    ["ag", "sa", "nv", "bv", "se", "plc", "llc", "gmbh", "asa", "ab", "spa", "oyj", "inc"]
)
# Role words any office holder goes by ("the top official", "de topman")
_ANY_ROLE = frozenset(
    ["official", "head", "chief", "boss", "leader", "topman", "topvrouw", "baas", "hoofd", "leider"]
)


def _name_run(toks: list[Token], k: int, n: int) -> int:
    """The end of a run of one or two capitalised words from token ``k``."""
    end = k
    while end < n and end - k < 2 and toks[end].cap and toks[end].word and not toks[end].quoted:
        end += 1
    return end


# "Instituut voor Tropische Geneeskunde", "Raad van State": an organisation's name going on
_NAME_LINKS = frozenset(["voor", "van", "for", "of"])


# the preposition before the one spoken to ("zei hij tegen de NOS"); a Dutch "Die" never means them
_TOLD_TO = frozenset(["tegen"])
# public bodies a description names by their kind: never the company or club in focus
_PUBLIC_BODIES = frozenset(
    ["gemeente", "provincie", "regering", "kabinet", "overheid", "council", "government"]
)
# the words that describe a business, and the words in names of bodies that are no business
_COMPANY_WORDS = frozenset(
    [
        "bedrijf",
        "concern",
        "fabrikant",
        "firma",
        "onderneming",
        "keten",
        "company",
        "firm",
        "maker",
        "manufacturer",
        "retailer",
        "carrier",
        "airline",
        "chain",
        "giant",
        "business",
    ]
)
_NOT_COMPANIES = _PUBLIC_BODIES | frozenset(
    [
        "ministerie",
        "rechtbank",
        "hof",
        "raad",
        "commissie",
        "inspectie",
        "autoriteit",
        "politie",
        "parket",
        "agentschap",
        "ministry",
        "department",
        "court",
        "commission",
        "authority",
        "police",
        "agency",
        "regulator",
        "parliament",
        "parlement",
        "kamer",
        "senate",
        "congress",
        "partij",
        "fractie",
        "school",
        "universiteit",
        "ziekenhuis",
        "bond",
        "vakbond",
        "vakbonden",
        "unie",
        "federatie",
        "vereniging",
        "union",
        "unions",
        "university",
        "hospital",
        "federation",
        "association",
        "fnv",
        "cnv",
        "acv",
        "abvv",
        "unite",
        "gmb",
        "unison",
        "teamsters",
    ]
)


def _company_word(words: list[str]) -> str:
    """The word of a description that says its organisation is a business ("a company spokesman"),
    or ""."""
    return next((w for w in words if w in _COMPANY_WORDS), "")


def _other_kind(ent: Entity, head: str) -> bool:
    """Whether ``ent`` is itself only a description of another kind of organisation: "the
    supermarket" is not "one trade union" just read."""
    name = ent.names[0] if ent.names else ""
    return " " in name and name.islower() and name.rsplit(" ", 1)[-1] != head


def _person_described(np: NounPhrase, words: list[str], lex) -> bool:
    """Whether a definite description in small letters names one person: "the 10-time title
    winner", "the expectant mother"; not an organisation ("the weather agency"), a document or a
    group."""
    if not _definite(np.mention) or not 1 < len(words) <= 4:
        return False
    head = words[-1]
    return (
        head.isalpha()
        and head.islower()
        and all(w[:1].islower() or w[:1].isdigit() for w in words)
        and not lex.is_org_head(head)
        and head not in lex.anaphoric_orgs
        and not head.endswith(lex.anaphoric_suffixes)
        and head not in lex.artifacts
        and head not in lex.business_words
        and not _plural(head)
    )


def _definite(mention: str) -> bool:
    """Whether ``mention`` opens with a definite article ("the", "de", "het")."""
    return mention.split(" ", 1)[0].lower() in ("the", "de", "het")


# "the Charlotte-based bank", "the state-owned carrier": where it sits or who owns it
_BASED = ("-based", "-owned", "-listed", "-backed", "-controlled", "-headquartered", "-gebaseerde")


def _describing(word: str, mention: str, lex) -> bool:
    """Whether ``word`` only describes the organisation after it in a definite description: "the
    Charlotte-based bank", "the embattled developer" (an English participle, in small letters)."""
    if not _definite(mention):
        return False  # "a rival bank" is another one
    if word.endswith(_BASED):
        return True
    participle = word.endswith(("ed", "ing")) and word not in lex.upos
    return lex.lang == "en" and participle and f" {word} " in mention


_PRODUCT_MAKERS = frozenset(
    ["maker", "makers", "fabrikant", "producent", "chain", "keten", "operator", "exploitant", "retailer"]
)


def _org_name(parts: list[str], lex) -> bool:
    """Whether a capitalised name is an organisation's: "Zorgverzekeraars Nederland", "Research
    In Motion Ltd", "Rechtbank Arnhem", "Tata Steel"-like names carry an organisation word."""

    def org_word(w: str) -> bool:
        lw = w.lower().strip(".,")
        return lw in ORG_NAME_WORDS or lex.is_org_head(lw) or (lw.endswith("s") and lex.is_org_head(lw[:-1]))

    # the organisation word ends the name, or heads a two-word name: not "City Council Karen McKeown";
    # an acronym heads one: "LTO Noord", "FNV Personeel"; a long name with "of"/"and" and an
    # organisation word in it is one: "International Association of Machinists … District 837"
    acronym = parts[0].isupper() and len(parts[0].strip(".")) > 1
    long_org = (
        len(parts) >= 4
        and any(w.lower() in ("of", "and", "en", "voor") for w in parts)
        and any(org_word(w) for w in parts)
    )
    return org_word(parts[-1]) or (len(parts) == 2 and (org_word(parts[0]) or acronym)) or long_org


_NAMED_KINDS = frozenset(["partij", "fractie"])


def _party_tag(toks: list[Token], k: int) -> bool:
    """Whether a short capitalised tag in brackets follows at ``k``: "(PvdA)", "(N-VA)", "(R-S.C.)"."""
    if k + 2 >= len(toks) or toks[k].text != "(":
        return False
    close = next((m for m in range(k + 1, min(len(toks), k + 6)) if toks[m].text == ")"), None)
    return close is not None and close > k + 1 and toks[k + 1].cap and not toks[k + 1].quoted


def _past_insertion(toks: list[Token], k: int) -> int | None:
    """The index after a short insertion that starts at ``k``: "(Samen Vooruit)" or ", tevens
    aanwezig," (at most 12 tokens), else None."""
    closer = {"(": ")", ",": ",", "-": "-", "–": "–", "—": "—"}.get(toks[k].text)
    if closer is None:
        return None
    # "Bram Van Hecke - twintiger, boerenzoon uit Oudenburg en voorzitter van Groene Kring - kan …"
    reach = 13 if closer in "),," else 25
    for m in range(k + 1, min(len(toks), k + reach)):
        if toks[m].quoted or toks[m].text in ".;:!?":
            return None
        if toks[m].text == closer:
            return m + 1
    return None


_LIST_JOINERS = frozenset(["en", "and"])


def _joined(toks: list[Token], k: int, lex) -> bool:
    """Whether the name at ``k`` closes a list: "… en PvdA", "… and Wales", "… en het WNF"."""
    link = k - 1
    if link > 0 and toks[link].lower in lex.determiners:
        link -= 1
    return link >= 0 and toks[link].text in ("en", "and")


_PLACE_PREPOSITIONS = frozenset(["at", "in", "to", "from", "near", "naar", "uit", "te", "nabij"])
_POST_NOMINALS = frozenset(["QC", "KC", "SC", "MP", "MEP", "MSP", "MLA", "TD", "Jr", "Sr", "II", "III"])
_GROUP_DETERMINERS = frozenset(["de", "beide", "the", "both", "alle", "all", "die", "deze", "these", "those"])
_GROUP_HEADS = (
    "organisaties",
    "partijen",
    "fracties",
    "bonden",
    "groepen",
    "clubs",
    "verenigingen",
    "instellingen",
    "bedrijven",
    "groups",
    "parties",
    "unions",
    "organisations",
    "organizations",
    "companies",
)


# how many of the entities met last a short organisation name is looked up among
RECENT_ORGS = 40
# how far around the sentence a name of a kind of organisation is looked for, in characters
_NAME_WINDOW = 2000
_LOCAL_WINDOW = 400  # characters before the sentence: about the two sentences before it
# what organisations put out: "klinkt het in een mededeling", "a statement said"
_PRESS_RELEASES = frozenset(["mededeling", "persbericht", "communiqué", "release", "statement", "verklaring"])
# kinds of organisation that often go by a brand name without the kind's word in it ("Zuyderland")
_BRANDED_KINDS = frozenset(["ziekenhuis"])
# Words for a public body that a passage about one calls it by ("Het instituut vindt dat …" after
# "De Algemene Rekenkamer …"); not the government's own ("het kabinet", "de gemeente")
_BODY_WORDS = frozenset(
    {"instituut", "instantie", "agentschap", "toezichthouder", "waakhond", "autoriteit"}
    | {"institute", "agency", "watchdog", "regulator", "authority"}
)
# titles that make an English judge of the name they open
_JUDGES_TITLES = frozenset(["Justice", "Recorder"])
# an acronym opening a sentence, after its article at most: "De NMBS zet …", "FNV wil …"
_NEXT_ACRONYM = re.compile(r"(?:^|[.!?]\s+)(?:(?:De|Het|The) )?([A-Z][A-Z&]{1,7})\b", re.MULTILINE)
_TEXT_WORD = re.compile(r"\w[\w&'’.-]*\w|\w")


def _whose_part(role: str, lex: Lexicon) -> str:
    """What follows a role's link word, folded: "justitie" for "minister van Justitie"."""
    words = fold(role).split()
    k = next((m for m, w in enumerate(words) if w in lex.role_links), None)
    return " ".join(words[k + 1 :]) if k is not None else ""


def _portfolio(whose: str, lex: Lexicon) -> bool:
    """Whether the words after a role's link word are a minister's portfolio ("asiel en migratie")."""
    words = [w for w in whose.split() if w not in ("en", "and")]
    return bool(words) and all(w in lex.portfolios for w in words)


def _whose(role: str, lex: Lexicon) -> bool:
    """Whether a role carries whose it is in lower case: "advocaat van de verdachte", "eigenaar van
    de zaak" (not "burgemeester van Amsterdam", a title with its place)."""
    words = role.split()
    at = next((m for m, w in enumerate(words) if w.lower() in ("van", "of")), None)
    return (
        at is not None
        and 0 < at < len(words) - 2
        and words[at + 1].lower() in lex.determiners
        and words[at + 2][:1].islower()
    )


def _plural(word: str) -> bool:
    """A rough plural test for a head noun ("verzekeraars", "partijen", "officials"; not "de
    winkelketen")."""
    w = word.lower()
    plural_end = (w.endswith(("ers", "ijen", "ten", "den", "gen")) and not w.endswith("keten")) or (
        # "staatssecretaris", "campus", "de NAVO-baas": a long vowel before the s is no plural
        w.endswith("s") and not w.endswith(("ss", "is", "us", "aas", "oos"))
    )
    return len(w) > 4 and plural_end


_SUPERLATIVES = frozenset(["grootste", "largest", "biggest", "oldest", "oudste"])


def _superlative(mention: str) -> bool:
    """ "'s werelds grootste bierbrouwer", "the country's biggest business group", "Nederlands
    grootste bank": the largest of its kind somewhere, a description of an organisation."""
    words = mention.lower().split()
    return any(
        w in _SUPERLATIVES and k > 0 and words[k - 1].endswith(("s", "’s", "'s")) for k, w in enumerate(words)
    )


def _plural_group(np: NounPhrase | None, toks: list[Token], text: str, lex: Lexicon) -> NounPhrase | None:
    """A description of several people or organisations opening a sentence before its verb ("De
    andere raadspartijen steunden …", "Onderzoekers van ING verwachten …"), cut after its plural
    head; else None."""
    if np is None or np.kind not in ("role", "org", "generic") or np.end >= len(toks):
        return None
    nxt = toks[np.end]
    if np.kind != "generic":
        words = (np.role or np.org).split()
        cut = next((m for m, w in enumerate(words) if w.lower() in lex.role_links), len(words))
        if nxt.word and not nxt.quoted and cut and _plural(words[cut - 1]):
            return np
        return None
    for k in range(np.start + np.det, np.end):
        w = toks[k].lower
        if _plural(w) and lex.upos.get(w) not in ("VERB", "AUX", "ADJ"):
            if k + 1 < len(toks) and toks[k + 1].word and not toks[k + 1].quoted:
                mention = text[toks[np.start].start : toks[k].end]
                org = text[toks[np.start + np.det].start : toks[k].end]
                return replace(np, end=k + 1, mention=mention, org=org)
            return None
    return None


# what a bare role word is qualified by: "van justitie", "van beroep", "in Den Haag", "Rotterdam"
_FULLER = {
    "nl": re.compile(
        r" (?:(?:van|in|te) (?:het |de )?)?(?:[A-Z][\w-]+(?: [A-Z][\w-]+)?|justitie|beroep|cassatie)\b"
    ),
    "en": re.compile(r" (?:(?:of|in|for) (?:the )?)?[A-Z][\w-]+(?: [A-Z][\w-]+)?\b"),
}


# Dutch nouns of a body or an abstraction, never of one person: "oppositie", "leiding", "overheid"
_COLLECTIVE_ENDINGS = ("ie", "heid", "ing", "schap", "teit", "isme")


_GENERAL_MODALS = frozenset(
    [
        "kan",
        "kunnen",
        "moet",
        "moeten",
        "mag",
        "mogen",
        "zal",
        "zullen",
        "hoeft",
        "can",
        "could",
        "must",
        "may",
        "might",
        "should",
        "will",
        "would",
    ]
)


def _orgish(word: str) -> bool:
    """A single word shaped like an organisation's name: a capital inside ("PostNL",
    "AkzoNobel") or an acronym ("FNV", "RIM")."""
    if len(word) < 2 or not word[0].isupper() or not word.isalpha():
        return False
    if word.startswith("IJ") and word[2:].islower():
        return False  # "IJmuiden", "IJsselstein": the Dutch IJ, a place's capital
    return word.isupper() or not word[1:].islower()  # all letters: a capital inside


def _unpossessed(name: str) -> str:
    """A name without the possessive it was read with ("Mr Adams's" -> "Mr Adams")."""
    return name[:-2] if name.endswith(("'s", "’s")) and len(name) > 3 else name


def _strip_det(s: str, lex: Lexicon) -> str:
    parts = s.split(" ", 1)
    if len(parts) == 2 and (parts[0].lower() in lex.determiners or parts[0].lower() in lex.possessives):
        if parts[1].startswith("van "):
            return s  # "een van de slachtoffers": one of them, not the group
        return parts[1]
    return s
