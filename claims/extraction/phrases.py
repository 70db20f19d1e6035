"""Noun phrases that name a speaker, parsed from tokens.

A speaker phrase is: an optional determiner or possessive, optional titles ("Dr", "mevrouw"),
modifiers, a role word with its complement ("minister van Buitenlandse Zaken", "spokesperson for
the ministry", "officier van justitie"), then a name with its particles ("Jan ten Brinke", "Tinne
Van der Straeten") and an optional affiliation ("van de provincie Gelderland", "of Sinn Féin").
Capitalised words before the role are modifiers ("De Amerikaanse president", "US President"),
capitalised words after it are the name. Anonymous roles with an affiliation ("analysts at Morgan
Stanley") carry the organisation, which is then the speaker.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, replace

from .lexicon import ORG, ROLE, Lexicon, en, nl
from .text import Token

MAX_NP = 14
# Word classes that never describe a speaker: "de bakkers elk jaar" ends before "elk".
_NOT_MODIFIER = frozenset({"DET", "PRON", "NUM", "ADP", "SCONJ", "CCONJ"})
_SENTENCE_OPENERS = frozenset('.!?"“„‘:–—-(')


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
    gender: str = ""  # "f", "m" or "" when the phrase does not tell


def fold(s: str) -> str:
    """Lower case, accents and typographic apostrophes folded, spaces normalised."""
    key = _FOLDED.get(s)
    if key is None:
        # memoised: the tracker folds the same few names over and over
        key = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
        key = " ".join(key.lower().replace("’", "'").split())
        if len(_FOLDED) < 100_000:
            _FOLDED[s] = key
    return key


_FOLDED: dict[str, str] = {}


def join_runs(toks: list[Token], idx: list[int], text: str) -> str:
    """The text of the tokens at ``idx``; runs that are not adjacent are joined with a space."""
    if not idx:
        return ""
    parts = []
    lo = prev = idx[0]
    for k in idx[1:]:
        if k != prev + 1:
            parts.append(text[toks[lo].start : toks[prev].end])
            lo = k
        prev = k
    parts.append(text[toks[lo].start : toks[prev].end])
    return " ".join(parts)


_ARTICLE_PREFIX = re.compile(r"(?:al|el|ul|ad|as|ash|at|az|ar)-[A-Z]")


def name_token(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether token ``j`` can be part of a proper name."""
    t = toks[j]
    if t.quoted or not t.word:
        return False
    if not t.cap:
        # "Hadi al-Bahra", "Abdel Fattah el-Sisi": an Arabic article before a capital
        return (
            "-" in t.text
            and j > 0
            and _ARTICLE_PREFIX.match(t.text) is not None
            and name_token(toks, j - 1, lex)
        )
    lw = t.lower
    if lw in lex.name_particles:
        k = j + 1
        while k < len(toks) and toks[k].lower in lex.name_particles and not toks[k].quoted:
            k += 1
        return k < len(toks) and surname_token(toks, k, lex)
    if lw in lex.titles and not t.text.isupper():  # "ing." is a title, ING a bank
        return False
    if t.text.isupper() and len(t.text) > 1 and t.text.isalpha():
        return True  # an acronym is a name even when it spells a word: "the WHO", "het OM"
    head, _, tail = t.text.rpartition("-")
    # "PSV-goalie", "Willem II-trainer", "N-VA-ster", "Groen-kamerlid": a role, not a name; but
    # "Tim Pang Hung-cheong", "Ho Pak-leung": a given name in two syllables
    if (
        head
        and tail.islower()
        and len(tail) > 3
        and (head.isupper() or lex.is_role(tail) or lex.is_org_head(tail) or not head[1:].islower())
    ):
        return False
    if lw in _GIVEN_NAMES_ALSO_VERBS and j + 1 < len(toks):
        # "Ben Weyts", "Will Smith": a given name that is also a verb, before a surname
        nxt = toks[j + 1]
        return (
            nxt.cap and nxt.word and not nxt.quoted and nxt.lower not in lex.upos and nxt.start == t.end + 1
        )
    if (j == 0 or (toks[j - 1].text in _SENTENCE_OPENERS and not _name_dot(toks, j - 1))) and (
        (lex.not_a_name(lw) and not _verb_named(toks, j, lex) and not _names_org(toks, j, lex))
        # "Blij met de kritiek was de bondscoach niet": an adjective and its complement
        or (
            lex.upos.get(lw) == "ADJ"
            and j + 1 < len(toks)
            and not toks[j + 1].cap
            and lex.upos.get(toks[j + 1].lower) == "ADP"
        )
        or (
            lw.endswith("ing")
            and lex.lang == "en"
            and len(lw) > 5
            # "Boeing said …", "Reading have …": a name, whose verb follows at once
            and not (
                j + 1 < len(toks)
                and (lex.is_cue_verb(toks[j + 1].lower) or toks[j + 1].lower in lex.auxiliaries)
            )
        )
        or (time_word(lw, lex) and not given_month(toks, j, lex))
        or lw == "more"  # "More reports emerged …": a quantity, never a name
    ):
        return False  # "Later zei …", "Speaking on RTÉ, …": capitalised only as the first word
    if lw in _SURNAMES_ALSO_WORDS and lw in lex.function_words and j > 0:
        # "Theresa May", "Mrs May": a modal never takes a capital after a name or a title; "Cisco
        # May Cut 5,000 Jobs" is a headline in capitals
        prev, nxt = toks[j - 1], toks[j + 1] if j + 1 < len(toks) else None
        return (
            prev.end + 1 == t.start
            and prev.cap
            and prev.word
            and lex.upos.get(prev.lower) is None
            and (nxt is None or not nxt.cap or prev.lower in lex.titles)
        )
    if lw in lex.cue_words:
        # "State Senator John Smith", "State Coroner Teresa O’Sullivan": a speech verb's form that
        # titles a role
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is not None and nxt.cap and lex.is_role(nxt.lower):
            return True
        prev = toks[j - 1] if j > 0 else None
        if (
            prev is not None
            and prev.cap
            and prev.word
            and not prev.quoted
            and prev.end + 1 == t.start
            and prev.lower not in lex.upos
            and not prev.text.isupper()
            and (nxt is None or (nxt.text in ",;)" and not nxt.quoted))
        ):
            return True  # "said Bo Call, air monitoring manager": a surname that is also a verb
        # "Oregon State Police", "the State Department", "the United States": "state" in a name
        return lw in _STATE and (
            (prev is not None and prev.cap and prev.word and prev.end + 1 == t.start and not prev.quoted)
            or (
                nxt is not None
                and nxt.cap
                and nxt.word
                and not nxt.quoted
                and nxt.start == t.end + 1
                and lex.is_org_head(nxt.lower)
            )
        )
    if lw in lex.months and j > 0:
        # "Simon November van Test Aankoop": a month's name as the surname after a given name
        prev, nxt = toks[j - 1], toks[j + 1] if j + 1 < len(toks) else None
        return (
            prev.cap
            and prev.word
            and prev.end + 1 == t.start
            and lex.upos.get(prev.lower, "PROPN") == "PROPN"
            and (nxt is None or not nxt.text[:1].isdigit())
        )
    return lw not in lex.function_words


_STATE = frozenset(["state", "states"])


def _names_org(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether the capitalised word at ``j`` opens an organisation's name: "Met Office", "Read
    Group" (a word that is otherwise a verb, before a capitalised organisation word)."""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.cap and nxt.word and not nxt.quoted and not nxt.text.isupper() and lex.is_org_head(nxt.lower)


def _shop_name(toks: list[Token], name: list[int], j: int, lex: Lexicon) -> bool:
    """Whether the one-word name ``name`` ending in "'s" is a company's ("Sainsbury's", "Macy’s"):
    a verb of speech or an auxiliary follows, no title comes before, and the word is no pronoun
    ("She's", "There's")."""
    if len(name) != 1 or j >= len(toks):
        return False
    word = toks[name[0]].text
    if not word.endswith(("'s", "’s")) or len(word) < 5:
        return False
    base = word[:-2].lower()
    if base in lex.function_words or base in lex.subject_pronouns:
        return False
    return toks[j].lower in _SHOP_VERBS and (name[0] == 0 or toks[name[0] - 1].lower not in lex.titles)


# the verbs after which "Sainsbury's" is the subject, not an owner ("Mr Hogan’s comments", "Murdaugh's
# admitted theft", "Nationwide's monthly report")
_SHOP_VERBS = frozenset(
    ["said", "says", "told", "tells", "added", "adds", "announced", "announces"]
) | frozenset(["confirmed", "confirms", "warned", "warns", "has", "had", "will", "would"])
_GIVEN_NAMES_ALSO_VERBS = frozenset(["ben", "wil", "will"])
_SURNAMES_ALSO_WORDS = frozenset(["may"])


def _verb_named(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """ "Go North East said …", "Reach South Academy Trust said …": a verb opening a sentence is
    the first word of a name when two capitalised words follow and a speech verb closes them."""
    if lex.upos.get(toks[j].lower) != "VERB":
        return False
    k = j + 1
    while (
        k < len(toks)
        and toks[k].cap
        and toks[k].word
        and not toks[k].quoted
        and toks[k].lower not in lex.function_words
    ):
        k += 1
    return k - j >= 3 and k < len(toks) and toks[k].lower in lex.cue_words


SURNAME_WINDOW = 6000  # characters around a name searched for its surname alone (an article's reach)


def _role_apposed(toks: list[Token], k: int, limit: int, lex: Lexicon) -> bool:
    """Whether a comma at ``k`` opens an apposition that starts with a role word ("…, hoofdeconoom
    bij het CBS", "…, CEO of the company")."""
    if k + 1 >= limit or toks[k].text != "," or toks[k].quoted:
        return False
    m = k + 1
    if toks[m].lower in lex.determiners and m + 1 < limit:
        m += 1
    return toks[m].word and not toks[m].quoted and not toks[m].cap and lex.is_role(toks[m].lower)


def _called_by_surname(text: str, particle: Token, lo: int, hi: int) -> bool:
    """Whether the text near a name also calls the person "Van Karnebeek" (the particle capitalised)."""
    probe = f"{particle.text.capitalize()} {text[lo:hi]}"
    return text.find(probe, max(0, lo - SURNAME_WINDOW), hi + SURNAME_WINDOW) >= 0


def surname_token(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether token ``k``, after name particles, ends a surname: "Van der Meer", "de Wit". Any
    capitalised word there is a name, even one that is a function word elsewhere ("meer")."""
    t = toks[k]
    if t.quoted or not t.word or not t.cap:
        return False
    lw = t.lower
    return lw not in lex.name_particles and lw not in lex.determiners and lw not in lex.subject_pronouns


def pronoun_gender(lower: str, lex: Lexicon) -> str:
    if lower in lex.plural_pronouns and lower in lex.female_pronouns:
        return ""  # Dutch "zij"/"ze": she or they
    if lower in lex.female_pronouns:
        return "f"
    return "m" if lower in lex.male_pronouns else ""


def _name_after_role(toks: list[Token], j: int, limit: int, lex: Lexicon) -> bool:
    """Whether the role ahead of ``j`` is followed by a name: "forces minister James Heappey"."""
    for k in range(j + 1, min(limit - 1, j + 3)):
        if lex.is_role(toks[k].lower):
            return name_token(toks, k + 1, lex)
    return False


def _role_ahead(toks: list[Token], j: int, limit: int, lex: Lexicon) -> bool:
    """ "disaster officials", "health experts": lowercase modifiers before a role, no determiner."""
    for k in range(j + 1, min(limit, j + 3)):
        t = toks[k]
        if t.quoted or not t.word:
            return False
        if lex.is_role(t.lower):
            return True
        if t.cap or t.lower in lex.function_words:
            return False
    return False


def _head_ahead(toks: list[Token], j: int, limit: int, lex: Lexicon) -> bool:
    """Whether a role or organisation word follows within two lowercase words."""
    for k in range(j + 1, min(limit, j + 3)):
        t = toks[k]
        if t.quoted or not t.word or t.lower in lex.function_words:
            return False
        if lex.is_role(t.lower) or lex.is_org_head(t.lower):
            return True
    return False


_local = threading.local()  # per thread: the parses of the article being read, if one is


@contextmanager
def parse_cache():
    """Keep the parses of the sentence being read: scanning names, then finding subjects, parse the
    same positions again. A parse depends only on the sentence's tokens and the position, so within
    one article a sentence's start offset and length identify them."""
    outer = getattr(_local, "cache", None)
    _local.cache = {}
    try:
        yield
    finally:
        _local.cache = outer


def next_sentence() -> None:
    """Forget the parses of the sentence read before: they are not asked for again."""
    cache = getattr(_local, "cache", None)
    if cache:
        cache.clear()


def parse_np(
    toks: list[Token], i: int, text: str, lex: Lexicon, *, generic: bool = False
) -> NounPhrase | None:
    """The speaker phrase starting at token ``i``, or None."""
    cache = getattr(_local, "cache", None)
    if cache is None or not toks:
        return _finished(_parse_np(toks, i, text, lex, generic), toks, text, lex)
    key = (toks[0].start, len(toks), i, generic)
    hit = cache.get(key, _MISS)
    if hit is _MISS:
        hit = cache[key] = _finished(_parse_np(toks, i, text, lex, generic), toks, text, lex)
    return hit


def _finished(np: NounPhrase | None, toks: list[Token], text: str, lex: Lexicon) -> NounPhrase | None:
    return _spelled_out(_national_body(_named_body(np, lex), toks, text, lex), toks, text)


_REGION_NAMES = frozenset(["nederland", "vlaanderen", "belgië", "europa", "wallonië", "brussel"])


def _national_body(np: NounPhrase | None, toks: list[Token], text: str, lex: Lexicon) -> NounPhrase | None:
    """ "Transport en Logistiek Nederland", "Scouts en Gidsen Vlaanderen": capitalised words joined
    by "en" that end in the country or region a body works for name one organisation, not two
    people."""
    if np is None or np.kind != "name" or " " in np.name or lex.lang != "nl":
        return np
    k = np.end
    n = len(toks)
    if k + 2 > n or toks[k].lower != "en" or toks[k].quoted:
        return np
    m = k + 1
    while m < n and toks[m].cap and toks[m].word and not toks[m].quoted and m - k <= 3:
        m += 1
    if m == k + 1 or toks[m - 1].lower not in _REGION_NAMES or m - 1 == k + 1:
        return np
    org = text[toks[np.start].start : toks[m - 1].end]
    return replace(np, kind="org", end=m, name="", role="", org=org, mention=org)


def _named_body(np: NounPhrase | None, lex: Lexicon) -> NounPhrase | None:
    """ "de Algemene Nederlandse Kappers Organisatie": capitalised words ending in an organisation
    word are the body's name, not a role ("Kappers") and a person called "Organisatie"."""
    if (
        np is None
        or np.kind != "name"
        or not np.role
        or " " in np.name
        or not lex.is_org_head(np.name.lower())
    ):
        return np
    if not all(w[:1].isupper() for w in np.role.split()):
        return np
    return replace(np, kind="org", name="", role="", org=f"{np.role} {np.name}")


def _spelled_out(np: NounPhrase | None, toks: list[Token], text: str) -> NounPhrase | None:
    """ "het Centraal Orgaan opvang asielzoekers (COA)": an organisation's name that goes on in lower
    case up to the acronym of all its words."""
    if np is None or np.kind != "org" or not np.org or np.org[:1].islower():
        return np
    k = np.end
    n = len(toks)
    while k < n and k - np.end < 3 and toks[k].word and not toks[k].cap and not toks[k].quoted:
        k += 1
    if k == np.end or k + 2 >= n or toks[k].text != "(" or toks[k + 2].text != ")":
        return np
    acronym = toks[k + 1].text
    if not acronym.isupper() or not acronym.isalpha():
        return np
    words = [t.text for t in toks[np.start : k] if t.word]
    initials = "".join(w[0].upper() for w in words if w.lower() not in _DETERMINER_WORDS)
    it = iter(initials)
    if not (acronym[0] == initials[:1] and acronym[-1] == initials[-1:] and all(c in it for c in acronym)):
        return np
    org = text[toks[np.start + np.det].start : toks[k - 1].end]
    mention = text[toks[np.start].start : toks[k - 1].end]
    return replace(np, end=k, org=org, mention=mention)


_DETERMINER_WORDS = frozenset(["de", "het", "een", "the", "a", "an", "van", "voor", "of", "for", "and", "en"])


_MISS = object()
# organisation words only in capitals: "OM" (the Dutch public prosecutor), not the preposition
_ACRONYM_HEADS = frozenset(["om"])
# "Beiden zeggen dat …", "Both said …": the two people just named, jointly
BOTH = frozenset(["beiden", "allebei", "both"])


def _media_at(toks: list[Token], i: int, lex: Lexicon) -> tuple[str, int] | None:
    """The newspaper or broadcaster whose name starts at token ``i``, and the end of the name."""
    first = toks[i].lower
    n = len(toks)
    if first not in lex.media_first or not (
        (first,) in lex.media_pairs or (i + 1 < n and (first, toks[i + 1].lower) in lex.media_pairs)
    ):
        return None
    for size in (4, 3, 2, 1):
        if i + size <= n:
            name = lex.media.get(" ".join(t.lower for t in toks[i : i + size]))
            if name is not None:
                return name, i + size
    return None


def _staff_of(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a role in small letters and a name follow a newspaper's or broadcaster's name ending
    at ``k``: "BBC correspondent John Smith", "NOS-verslaggever" is one word and stays."""
    return (
        k + 1 < len(toks)
        and toks[k].word
        and not toks[k].cap
        and not toks[k].quoted
        and lex.is_role(toks[k].lower)
        and name_token(toks, k + 1, lex)
    )


def _parse_np(toks: list[Token], i: int, text: str, lex: Lexicon, generic: bool) -> NounPhrase | None:
    n = len(toks)
    if i >= n or toks[i].quoted or not toks[i].word:
        return None
    first = toks[i].lower
    if (
        not toks[i].cap
        and lex.upos.get(first) in ("ADP", "SCONJ", "CCONJ")
        and first not in lex.name_particles
    ):
        return None  # "aankondigde om haar winkels …": a preposition opens no phrase ("het OM" does)
    if _capitalised_noun(toks, i, lex):
        return None  # "Members of Pakistani opposition parties say …": a common noun, capitalised
    if first in _ONE_OF and i + 2 < n and toks[i + 1].lower in ("of", "van") and not toks[i + 1].quoted:
        # "One of the victims told …", "Een van de buurtbewoners zegt …": one member of a group,
        # known by the group
        group = _parse_np(toks, i + 2, text, lex, True)
        if group is None or group.kind not in ("role", "generic") or not group.det:
            return None
        mention = text[toks[i].start : toks[group.end - 1].end]
        return NounPhrase(i, group.end, "role", role=group.role or group.org, mention=mention, det=False)
    if (
        first in lex.determiners
        and i + 1 < n
        and not toks[i + 1].cap
        and lex.upos.get(toks[i + 1].lower) in ("VERB", "AUX")
        and not lex.is_role(toks[i + 1].lower)
        and not lex.is_org_head(toks[i + 1].lower)
        and not (toks[i + 1].lower in lex.role_participles and i + 2 < n and lex.is_role(toks[i + 2].lower))
    ):
        return None  # "Het ging om …": an article, then a verb
    media = _media_at(toks, i, lex)
    if media is not None and not _staff_of(toks, media[1], lex):
        # "De Morgen", "Het Parool", "NRC": a newspaper, whatever its words are otherwise
        name, end = media
        return NounPhrase(
            i,
            end,
            "org",
            org=name,
            mention=text[toks[i].start : toks[end - 1].end],
            det=first in lex.determiners,
        )
    if first in lex.determiners and i + 2 < n and toks[i + 1].lower in lex.media_words and toks[i + 2].cap:
        media = _media_at(toks, i + 2, lex)
        if media is not None:
            # "de krant De Morgen", "the newspaper The Age": the newspaper by its name
            name, end = media
            return NounPhrase(
                i, end, "org", org=name, mention=text[toks[i].start : toks[end - 1].end], det=True
            )
    if first in lex.neuter_pronouns:
        k = i + 1
        while k < min(n, i + 3) and (toks[k].lower in lex.adverbs or lex.adverb(toks[k].lower)):
            k += 1  # "It also said …"
        if k < n and toks[k].lower in lex.cue_words:
            return NounPhrase(i, i + 1, "pronoun", mention=toks[i].text)  # "It said on Monday"
    if (
        first in lex.demonstratives
        and i + 1 < n
        and (
            toks[i + 1].lower in lex.cue_words
            or toks[i + 1].text in ".,;"
            # "Die heeft aangekondigd dat …": the auxiliary, then the cue
            or (toks[i + 1].lower in lex.auxiliaries and i == 0)
        )
    ):
        return NounPhrase(i, i + 1, "pronoun", mention=toks[i].text)  # "Die benadrukt dat …"
    if (
        first in BOTH
        and i + 1 < n
        and (lex.is_cue_verb(toks[i + 1].lower) or toks[i + 1].lower in lex.auxiliaries)
    ):
        return NounPhrase(i, i + 1, "pronoun", mention=toks[i].text)  # "Beiden zeggen dat …", "Both said …"
    if first in lex.subject_pronouns:
        gender = pronoun_gender(first, lex)
        if not gender and first in lex.female_pronouns:
            # Dutch "zij zei" (she) against "zij zeiden", "noemen ze" (they): the verb's number
            # tells; "p" marks the plural
            verb = toks[i + 1] if i + 1 < n and toks[i + 1].word else None
            if verb is None and i > 0 and toks[i - 1].word and lex.is_cue_verb(toks[i - 1].lower):
                verb = toks[i - 1]
            if verb is not None:
                gender = "p" if verb.lower.endswith("en") else "f"
        return NounPhrase(i, i + 1, "pronoun", mention=toks[i].text, gender=gender)
    j = i
    det = first in lex.determiners or first in lex.possessives
    if not det and first in lex.number_words and i + 1 < n and not toks[i + 1].cap:
        det = True  # "Vijf strafpleiters van advocatenkantoor Ficq", "Two officials"
    if det:
        j += 1
    gender = ""
    while j < n and toks[j].lower in lex.titles and not toks[j].text.isupper() and j + 1 < n:
        gender = gender or lex.gender(toks[j].lower)
        j += 1
        if j < n and toks[j].text == "." and toks[j].start == toks[j - 1].end:
            j += 1
    titled = j > i + det
    limit = min(n, i + MAX_NP)
    mods: list[int] = []
    role: list[int] = []
    org: list[int] = []
    name: list[int] = []
    affiliation: list[int] = []
    lowers = 0
    english = lex.lang == "en"
    classes = lex.word_classes  # ROLE | ORG bits of a word, one lookup instead of two calls
    while j < limit:
        t = toks[j]
        if (
            name
            and t.text == "."
            and _INITIALS.fullmatch(toks[j - 1].text)
            and t.start == toks[j - 1].end
            and j + 1 < limit
            and (
                name_token(toks, j + 1, lex)
                # "P. de Meijer": an initial, then a surname with its particle
                or (
                    toks[j + 1].lower in lex.name_particles
                    and not toks[j + 1].cap
                    and _particled_surname(toks, j + 1, limit, lex)
                )
            )
        ):
            name.append(j)  # a middle initial: "Gregory W. Meeks", "J.P. Balkenende"
            j += 1
            if not toks[j].cap:
                while j < limit and toks[j].lower in lex.name_particles and not toks[j].cap:
                    name.append(j)
                    j += 1
            continue
        if len(t.text) == 1 and not name and not role and _dotted_acronym(toks, j, limit):
            # "U.S. Secretary of State John Kerry", "D.C. police": the country or place as a modifier
            k = j
            while _dotted_acronym(toks, k, limit):
                k += 2
            if (
                k - j == 4
                and toks[j].text + toks[j + 2].text not in ("US", "UK", "EU", "UN", "DC", "NZ")
                and k < limit
                and not toks[k].text.endswith(("'s", "’s"))
                and toks[k].cap
                and toks[k].word
                and not lex.is_role(toks[k].lower)
                and not lex.is_org_head(toks[k].lower)
                and (k + 1 >= limit or not toks[k + 1].cap)
            ):
                name.extend(range(j, k + 1))  # "J.P. Balkenende": two initials and a surname
                j = k + 1
                continue
            mods.extend(range(j, k))
            j = k
            continue
        if t.text == "(" and j + 3 < limit and toks[j + 1].text.isupper() and toks[j + 2].text == ")":
            if name and not role and lex.is_role(toks[j + 3].lower):
                # "Employees Provident Fund (EPF) chief executive Tunku Alizakri Alias": the acronym
                # of the organisation before its officer's title
                name.extend((j, j + 1, j + 2))
                j += 3
                continue
            if role and not name and name_token(toks, j + 3, lex):
                j += 3  # "chief executive officer (CEO) Michael Sharp": the role's acronym, then the name
                continue
        if (
            t.text == "-"
            and name
            and name[-1] == j - 1
            and t.start == toks[j - 1].end
            and j + 2 < limit
            and toks[j + 1].lower in ("en", "of", "and")
            and toks[j + 2].cap
            and toks[j + 2].word
            and not toks[j + 2].quoted
        ):
            # "Algemene Inlichtingen- en Veiligheidsdienst": two words sharing their last part
            name.extend((j, j + 1))
            j += 2
            continue
        if t.quoted or (not t.word and t.text not in "'’"):
            break
        lw = t.lower
        if (
            name
            and name[-1] == j - 1
            and toks[j - 1].lower in lex.name_particles
            and surname_token(toks, j, lex)
        ):
            # "Tom De Meester": after a particle any capitalised word is the surname, a title's too
            name.append(j)
            j += 1
            continue
        if role and not name and lw in lex.titles and not t.text.isupper() and j + 1 < limit:
            # "Cisco chief executive Mr John Chambers": a title between the role and the name
            k = j + 1 + (toks[j + 1].text == "." and toks[j + 1].start == t.end)
            if k < limit and name_token(toks, k, lex):
                gender = gender or lex.gender(lw)
                j = k
                continue
        if name and lw in lex.titles and not t.text.isupper() and j + 1 < limit:
            # "Minister Datuk Seri Dr Salleh Said Keruak": honorifics, then the title, then the name
            k = j + 1 + (toks[j + 1].text == "." and toks[j + 1].start == t.end)
            if k < limit and name_token(toks, k, lex):
                mods, name = mods + name + [j], []
                j = k
                continue
        c = classes.get(lw)
        if c is None:
            c = lex.classify(lw)
        if (
            not c
            and not role
            and not name
            and not mods
            and lw in lex.role_participles
            and j + 1 < limit
            and toks[j + 1].word
            and not toks[j + 1].quoted
            and lex.is_role(toks[j + 1].lower)
        ):
            # "Acting chairman Murray Lawrence", "waarnemend burgemeester": a participle before a role
            mods.append(j)
            j += 1
            continue
        if c & ORG and lw in _ACRONYM_HEADS and not t.text.isupper():
            c &= ~ORG  # "het OM", never "om" ("volgens DNB om plussen van 4 procent")
        if (
            c & ROLE
            and len(name) == 1
            and name[0] == j - 1
            and t.cap
            and not t.text.isupper()
            and (j + 1 >= limit or not toks[j + 1].cap)
            and t.start == toks[j - 1].end + 1
            and "-" not in t.text
            # "Vlaams Minister van Welzijn Wouter Beke": an adjective, then the title
            and not _dutch_adjective(toks[j - 1].lower)
            and (
                lex.lang == "nl"
                # English capitalises titles ("Welsh Secretary", "Acting Secretary"): only after a
                # given name ("Jacqueline King", "Sarah Baker")
                or (lw in _TRADE_SURNAMES and lex.upos.get(toks[j - 1].lower, "PROPN") == "PROPN")
            )
        ):
            # "Wethouder Robert Bakker neemt …": a capitalised trade right after a given name is the
            # surname (Bakker, Visser, Smit, King)
            name.append(j)
            j += 1
            continue
        if c & ROLE:
            if (
                role
                and name
                and len(name) == 1
                and name[0] == j - 1
                and toks[role[-1]].lower in ("en", "and")
            ):
                mods, name = mods + name, []  # "VVSG-voorzitter en Genks burgemeester Wim Dries"
            elif role and name and not (name[-1] == j - 1 and j + 1 < limit and name_token(toks, j + 1, lex)):
                break  # "Deputy Prime Minister Winston Peters" goes on: one title, then the name
            # capitalised words before the role are modifiers: "De Amerikaanse president"
            role = role + mods + name + [j]
            gender = gender or lex.gender(lw)
            mods, name = [], []
            j, affiliation = _complement(toks, j + 1, limit, lex, role, org, whole_run=det)
            continue
        if c & ORG and not role and not (name and len(name) > 1 and not det):
            org = mods + name + [j]
            mods, name = [], []
            j, _ = _complement(toks, j + 1, limit, lex, org, org)
            while j < limit and name_token(toks, j, lex) and toks[j].start == toks[j - 1].end + 1:
                org.append(j)  # "de gemeente Amsterdam"
                j += 1
            while j + 1 < limit and toks[j - 1].cap and _name_link(toks, j, limit, lex):
                # "International Association of Machinists and Aerospace Workers"
                k = j + 1 + (toks[j + 1].lower in lex.determiners)
                while k < limit and name_token(toks, k, lex):
                    k += 1
                org.extend(range(j, k))
                j = k
            k = j
            while (
                k < limit
                and toks[k].word
                and not toks[k].quoted
                and not toks[k].cap
                and lex.is_role(toks[k].lower)
            ):
                k += 1
            if k > j and k < limit and name_token(toks, k, lex) and toks[k].lower not in lex.name_particles:
                # "Canadian Federation of Independent Business vice-president Leanne Hachey": the
                # person, with the organisation and the role before the name
                role = org + list(range(j, k))
                org = []
                j = k
                while j < limit and name_token(toks, j, lex):
                    name.append(j)
                    j += 1
            break
        if t.text in "'’" and (mods or name) and t.start == toks[j - 1].end:
            mods, name = mods + name + [j], []  # possessive: "the employers' association"
            j += 1
            continue
        if (
            not name
            and not role
            and lw in lex.demonyms
            and j + 1 < limit
            and toks[j + 1].word
            and not toks[j + 1].cap
            and not toks[j + 1].quoted
            and (
                lex.is_role(toks[j + 1].lower)
                or lex.is_org_head(toks[j + 1].lower)
                or _head_ahead(toks, j, limit, lex)
            )
        ):
            mods.append(j)  # "Russian news agencies", "Dutch officials": a nationality, no name
            j += 1
            continue
        if (
            role
            and not name
            and role[-1] == j - 1
            and t.word
            and not t.cap
            and lex.lang == "nl"
            and lex.upos.get(lw, "NOUN") == "NOUN"
            and lw not in lex.function_words
            and j + 2 < limit
            and name_token(toks, j + 1, lex)
            and name_token(toks, j + 2, lex)
        ):
            role.append(j)  # "hoogleraar sterrenkunde Marc Verheijen": the field, then the name
            j += 1
            continue
        if role and not name and role[-1] == j - 1 and lw in lex.role_links and not t.cap:
            # "gedeputeerde voor openbaar vervoer Matthijs de Vries", "schepen van mobiliteit Jan
            # Peeters": a portfolio in small letters, then the name
            k = j + 1
            while (
                k < limit
                and k - j <= 3
                and toks[k].word
                and not toks[k].cap
                and not toks[k].quoted
                and toks[k].lower not in lex.function_words
            ):
                k += 1
            if (
                k > j + 1
                and k + 1 < limit
                and name_token(toks, k, lex)
                and (name_token(toks, k + 1, lex) or toks[k + 1].lower in lex.name_particles)
            ):
                role.extend(range(j, k))
                j = k
                continue
        if (
            len(name) >= 2
            and name[-1] == j - 1
            and not t.cap
            and lw in _OF_LINKS
            and _org_word(toks[j - 1].lower, lex)
            and _name_link(toks, j, limit, lex)
        ):
            # "Centrale Toezichtsraad voor het Gevangeniswezen", "Raad voor de Kinderbescherming":
            # an organisation's name goes on past its preposition
            k = j + 1 + (toks[j + 1].lower in lex.determiners)
            m = k
            while m < limit and name_token(toks, m, lex):
                m += 1
            if m > k:
                name.extend(range(j, m))
                j = m
                continue
        if name_token(toks, j, lex):
            if role and not name and role[-1] == j - 1 and lw in lex.portfolios:
                role.append(j)  # "wethouder Onderwijs", "minister Financiën": a portfolio, no name
                j += 1
                continue
            if (
                name
                and toks[name[-1]].text.endswith(("'s", "’s"))
                # "The King’s Fund", "King's College" are one name
                and not (lex.is_org_head(lw) or lw in lex.anaphoric_orgs)
            ):
                mods, name = mods + name, []  # "Deceuninck-Quick Step’s Alaphilippe": the team's
            if (
                lw in lex.name_particles
                and len(name) >= 3
                and any(toks[m].lower in lex.name_particles for m in name[1:-1])
            ):
                break  # "premier Alexander De Croo De Bleeker …": a second particle starts a second name
            name.append(j)
            j += 1
            continue
        if lex.lang == "nl" and name and name[-1] == j - 1 and lw in ("in", "op", "uit"):
            # "Gerard Huis in 't Veld", "Op den Akker": a surname with a particle inside it
            k = j + 1
            if k + 1 < limit and toks[k].text in "'’" and toks[k + 1].lower == "t":
                k += 2
            elif k < limit and toks[k].lower == "den" and lw != "in":
                k += 1  # "Op den Akker", "Uit den Bogaard"; "in de Tweede Kamer" is a place
            if j + 1 < k < limit and toks[k].cap and toks[k].word and not toks[k].quoted:
                name.extend(range(j, k + 1))
                j = k + 1
                continue
        if name and name[-1] == j - 1 and t.cap and lw in lex.name_particles:
            # "Ilse Van de keere", "Dirk De fauw": a capitalised particle, then the surname, which
            # Flemish names may write in small letters
            k = j + 1
            while k < limit and toks[k].lower in lex.name_particles and not toks[k].quoted:
                k += 1
            nxt = toks[k] if k < limit else None
            if (
                nxt is not None
                and nxt.word
                and not nxt.quoted
                and (
                    name_token(toks, k, lex)
                    or (
                        not nxt.cap
                        and len(nxt.lower) > 2
                        and nxt.lower not in lex.function_words
                        and lex.upos.get(nxt.lower) is None
                    )
                )
            ):
                name.extend(range(j, k + 1))
                j = k + 1
                continue
        if name and lw in lex.name_particles and not t.cap:
            # "Jan van der Laan", "Jan ten Brinke", "Robbert van het Kaar", but not "Donald Pols van
            # Milieudefensie"
            k = j
            while (
                k < limit
                and (
                    toks[k].lower in lex.name_particles
                    # "van het Kaar", not "van het ACOD"
                    or (
                        toks[k].lower == "het"
                        and toks[k - 1].lower == "van"
                        and k + 1 < limit
                        and not toks[k + 1].text.isupper()
                    )
                )
                and not toks[k].quoted
            ):
                k += 1
            linking = lw in lex.role_links
            single = len(name) == 1 or toks[name[-1]].lower in lex.name_particles
            if (
                k < limit
                and k - j <= 3
                and surname_token(toks, k, lex)
                and (
                    single
                    or not linking
                    # "Anne Martien van der Does": "der"/"den" only ever open a surname
                    or (k - j >= 2 and toks[j + 1].lower in ("der", "den"))
                    # "Jan Derck van Karnebeek" when the text calls him "Van Karnebeek" too, not
                    # "Sanne Bos van Vitens"
                    or _called_by_surname(text, t, toks[j + 1].start, toks[k].end)
                    # "Peter Hein van Mulligen, hoofdeconoom bij het CBS": a role in apposition
                    # follows the whole name
                    or _role_apposed(toks, k + 1, limit, lex)
                )
                and toks[k].lower not in lex.portfolios  # "minister Plasterk van Binnenlandse Zaken"
            ):
                name.extend(range(j, k + 1))
                j = k + 1
                continue
        if (
            name
            and first not in ("een", "a", "an")
            and not role
            and (det or (len(name) == 1 and lex.upos.get(toks[name[0]].lower) == "NOUN"))
            and _name_link(toks, j, limit, lex)
        ):
            # "het Staatstoezicht op de Mijnen", "the Union of Republican Forces"; without an article
            # only after a common noun ("Blik op Werk", "Action on Smoking and Health")
            k = j + 1
            if toks[k].lower in lex.determiners:
                k += 1
            name.extend(range(j, k))
            j = k
            continue
        if name and lw in lex.role_links and j + 1 < limit:
            # affiliation after a name: "Jan de Boer van GroenLinks", "X van de provincie Gelderland",
            # "Mariëtte Bakker van die veiligheidsregio"
            k = j + 1
            if toks[k].lower in lex.determiners or toks[k].lower in lex.demonstratives:
                k += 1
            m = k
            while m < limit and (
                name_token(toks, m, lex) or (m == k and toks[m].lower in lex.org_heads and not toks[m].quoted)
            ):
                m += 1
            while (
                m > k
                and m + 1 < limit
                and toks[k].lower in lex.portfolios
                and toks[m].lower in (",", "en", "and")
                and toks[m + 1].cap
                and toks[m + 1].lower in lex.portfolios
            ):
                # "minister Faber van Asiel en Migratie", "Van Ooijen van Volksgezondheid, Welzijn en
                # Sport": a list of portfolios, not a second name
                m += 2
                while m < limit and name_token(toks, m, lex):
                    m += 1
            if m > k and (
                m > k + 1
                or name_token(toks, k, lex)
                # "Guy Adams of the trust said …": an organisation by its kind
                or (k > j + 1 and toks[k].lower in lex.org_heads)
            ):
                role = role + list(range(j, m))
                j = m
            break
        if (
            english
            and name
            and not role
            and len(name) <= 2
            and name[-1] == j - 1
            and not t.cap
            and t.word
            and lw not in lex.function_words
            and lw not in lex.name_particles
            # "Ms Gillard praised Senator Crossin": a verb, not a word of the title
            and lex.upos.get(lw, "VERB" if lw.endswith("ed") else "NOUN") not in ("VERB", "AUX")
            and not lex.is_cue_verb(lw)
            and _role_ahead(toks, j, limit, lex)
            and _name_after_role(toks, j, limit, lex)
        ):
            # "Armed forces minister James Heappey", "Trump campaign manager Kellyanne Conway": the
            # capitalised word opened a title, not a name
            mods, name = mods + name + [j], []
            j += 1
            continue
        if (
            english
            and j == i + 1
            and len(name) == 1
            and not role
            and t.word
            and not t.cap
            and lw not in lex.function_words
            and lex.upos.get(lw, "NOUN") == "NOUN"
            and not lw.endswith(("ing", "ly", "ed"))
            and j + 2 < limit
            and name_token(toks, j + 1, lex)
            and name_token(toks, j + 2, lex)
            and toks[j + 1].lower not in lex.name_particles
        ):
            # "Air-traffic controller David Morton", "Shadow chancellor John McDonnell": a description
            # the role list does not know, before a full name
            role, name = [i, j], []
            j += 1
            continue
        if (
            role
            and not name
            and lw in ("en", "and")
            and j + 2 < limit
            and any(
                lex.is_role(toks[m].lower)
                and name_token(toks, m + 1, lex)
                and (
                    not toks[m].cap
                    # "Hilton president and CEO Christopher Nassetta": a role's acronym
                    or (toks[m].text.isupper() and len(toks[m].text) > 1)
                    # "GM Chairman and CEO Mary Barra", "Chief Executive and Chairman Brian
                    # Moynihan": English titles in capitals, each word of the second a title's
                    or (
                        english
                        and toks[role[-1]].cap
                        and all(toks[x].cap and lex.is_role(toks[x].lower) for x in range(j + 1, m + 1))
                    )
                )
                for m in range(j + 1, min(limit - 1, j + 4))
            )
        ):
            # "VVSG-voorzitter en Genks burgemeester Wim Dries": two roles, one person
            role.append(j)
            j += 1
            continue
        if (
            role
            and not name
            and not t.cap
            and lw not in lex.function_words
            and lw not in lex.auxiliaries
            and lw not in lex.adverbs
            and not lex.is_cue_verb(lw)
            and lex.upos.get(lw) not in _NOT_MODIFIER
            and lex.upos.get(lw) not in ("VERB", "AUX")
            and j + 1 < limit
            and not toks[j + 1].quoted
            and lex.is_role(toks[j + 1].lower)
        ):
            role.append(j)  # a compound role: "chief financial officer", not "kregen reizigers"
            j += 1
            continue
        if (
            not name
            and not role
            and (det or mods or titled or _role_ahead(toks, j, limit, lex))
            and not t.cap
            and lowers < 3
            and lw not in lex.function_words
            and lex.upos.get(lw) not in _NOT_MODIFIER
            and not lw.replace(",", "").replace(".", "").isdigit()  # "de prognose 25 duizend …"
        ):
            # adjectives in "de voormalige minister"; a generic head noun when nothing else follows
            if lw in lex.auxiliaries or lw in lex.complementizers:
                break
            if (
                mods
                and _adjective_like(lw, lex)
                and not _adjective_like(toks[mods[-1]].lower, lex)
                and lex.upos.get(toks[mods[-1]].lower) != "NUM"
            ):
                # "volgens de fractie moeilijk te controleren", "volgens de waarnemers ordelijk
                # verlopen": the phrase ends at its noun
                break
            if (
                mods
                and lex.lang == "nl"
                and (lex.upos.get(toks[mods[-1]].lower) == "NOUN" or toks[mods[-1]].lower in lex.artifacts)
                and lex.upos.get(lw) != "NOUN"
            ):
                # "volgens het vonnis inconsistente verklaringen": the phrase ends at its noun (a
                # measure takes its noun: "de hoeveelheid zorg")
                break
            if (
                mods
                and lex.lang == "nl"
                and lw.endswith("t")
                and lex.upos.get(lw) is None
                and lex.upos.get(toks[mods[-1]].lower, "NOUN") == "NOUN"
                and toks[mods[-1]].lower.endswith(("s", "en"))
            ):
                # "volgens de ondernemersorganisaties leeft er …": a plural noun, then a verb the
                # word-class table does not know
                break
            if (
                (lex.is_cue_verb(lw) or lex.upos.get(lw) == "VERB")
                and not _head_ahead(toks, j, limit, lex)
                # "…, one slide says": a noun between its determiner and the cue
                and not (det and j + 1 < n and not toks[j + 1].quoted and lex.is_cue_verb(toks[j + 1].lower))
            ):
                # "the state weather agency" has a modifier that is also a verb; "de vakbonden
                # bestaat" ends before its verb
                break
            mods.append(j)
            lowers += 1
            j += 1
            continue
        break
    if j <= i:
        return None
    mention = text[toks[i].start : toks[j - 1].end]
    role_s = join_runs(toks, role, text)
    if (
        name
        and det
        and not role
        and len(name) == 1
        and j < n
        and _adjective_of_place(toks[name[0]].lower, lex)
        and toks[j].word
        and not toks[j].cap
        and not toks[j].quoted
        and toks[j].lower not in lex.function_words
        and lex.upos.get(toks[j].lower, "NOUN") == "NOUN"
    ):
        # "de Turkse autoriteiten", "het Indonesische rampenbestrijdingsagentschap": the
        # capitalised adjective of a place and the noun it describes
        org_s = text[toks[name[0]].start : toks[j].end]
        return NounPhrase(i, j + 1, "generic", org=org_s, mention=text[toks[i].start : toks[j].end], det=True)
    if name:
        # "De 19-jarige Simmons": an age makes the name a person's, whatever the article says
        if det and not role and not titled and first not in ("een", "a", "an"):
            org_s = join_runs(toks, name, text)
            if len(name) == 1 and (
                lex.upos.get(org_s.lower()) in ("ADJ", "NOUN")
                or org_s.rpartition("-")[2].islower()
                or org_s.lower() in lex.demonyms
            ):
                # "the American", "de Nederlander": a description of a person, not an organisation
                return NounPhrase(i, j, "role", role=org_s, mention=mention, det=True)
            if not any(toks[m].lower.endswith(("jarige", "-year-old")) for m in mods):
                return NounPhrase(i, j, "org", org=org_s, mention=mention, det=True)
            # "De 19-jarige Simmons": an age makes the name a person's
        name_s = join_runs(toks, name, text)
        if _shop_name(toks, name, j, lex) and not role:
            # "Sainsbury's said …", "Macy’s said Thursday …": a company called by its founder's
            # possessive, the subject of the verb right after it
            return NounPhrase(i, j, "org", org=name_s, mention=mention, det=det)
        return NounPhrase(i, j, "name", name=name_s, role=role_s, mention=mention, gender=gender)
    if org:
        return NounPhrase(i, j, "org", org=join_runs(toks, org, text), role=role_s, mention=mention, det=det)
    if role:
        aff = join_runs(toks, affiliation, text)
        if (
            det
            and not aff
            and j + 2 < n
            and toks[j].lower in ("van", "of", "for")
            and toks[j + 1].lower in lex.determiners
            and not toks[j + 2].cap
            and not toks[j + 2].quoted
            and lex.is_role(toks[j + 2].lower)
            and (j + 3 >= n or not toks[j + 3].cap)
        ):
            # "de advocaat van de verdachte", "the lawyer for the victim": whose role it is
            j += 3
            mention = text[toks[i].start : toks[j - 1].end]
        return NounPhrase(i, j, "role", role=role_s, org=aff, mention=mention, det=det, gender=gender)
    if generic and det and mods:
        return NounPhrase(i, j, "generic", org=join_runs(toks, mods, text), mention=mention, det=True)
    return None


# Dutch adjective and adverb endings, for words the word-class table does not know ("ordelijk")
_ADJECTIVE_ENDINGS = ("lijk", "ig", "isch", "baar", "loos", "zaam", "ief")


def _adjective_like(lw: str, lex: Lexicon) -> bool:
    pos = lex.upos.get(lw)
    if pos is not None:
        return pos in ("ADJ", "ADV")
    return lex.lang == "nl" and len(lw) > 5 and lw.endswith(_ADJECTIVE_ENDINGS)


_DUTCH_ADJECTIVES = frozenset(
    [
        "vlaams",
        "waals",
        "brussels",
        "europees",
        "nederlands",
        "belgisch",
        "duits",
        "brits",
        "federaal",
        "provinciaal",
        "nationaal",
        "gemeentelijk",
        "voormalig",
        "nieuw",
        "huidig",
    ]
)


def _dutch_adjective(lower: str) -> bool:
    """ "Vlaams", "Amerikaans", "Europees": an adjective before a capitalised title, no given name."""
    return lower in _DUTCH_ADJECTIVES or (len(lower) > 5 and lower.endswith(("isch", "aans", "ees")))


def _described_org_head(toks: list[Token], k: int, limit: int, lex: Lexicon) -> int | None:
    """The token of the organisation word after an adjective of a country at ``k`` and at most two
    lower-case adjectives ("Franse centrale bank", "Duitse federale politie"), if there is one."""
    if not _adjective_of_place(toks[k].lower, lex):
        return None
    for m in range(k + 1, min(limit, k + 4)):
        t = toks[m]
        if t.cap or t.quoted or not t.word:
            return None
        if lex.is_org_head(t.lower):
            return m
    return None


def _adjective_of_place(lower: str, lex: Lexicon) -> bool:
    """ "Turkse", "Indonesische", "Turkish", "Canadian": an adjective of a country or people."""
    if lex.lang == "nl":
        return len(lower) > 4 and lower.endswith(("se", "sche"))
    return lower in lex.demonyms or (len(lower) > 4 and lower.endswith(("ish", "ian", "ese")))


def _complement(
    toks: list[Token],
    j: int,
    limit: int,
    lex: Lexicon,
    role: list[int],
    org: list[int],
    whole_run: bool = False,
) -> tuple[int, list[int]]:
    """Consume "van Buitenlandse Zaken" / "for the ministry" / "at Morgan Stanley" after a role or
    organisation word at ``j - 1``; returns the next index and the affiliation's tokens, if any."""
    if j + 1 >= limit or toks[j].lower not in lex.role_links or toks[j].quoted or toks[j].cap:
        return j, []  # a capital "Van" opens a surname ("Wethouder Van Liere"), not an affiliation
    k = j + 1
    nxt = toks[k]
    # "Mariëtte Bakker van die veiligheidsregio": after a preposition "die" is no relative pronoun
    if nxt.lower in lex.determiners or nxt.lower in lex.demonstratives:
        # "woordvoerder van het ministerie (van Defensie)": the organisation spoken for
        k += 1
        body = []
        while k < limit and toks[k].word and not toks[k].quoted:
            lw = toks[k].lower
            spokes = bool(role) and toks[role[-1]].lower in lex.spokesperson_roles and not body
            head = _described_org_head(toks, k, limit, lex) if not body and toks[k].cap else None
            if head is not None:
                # "de president van de Franse centrale bank François Villeroy de Galhau": an
                # adjective of a country, then the organisation's kind
                body.extend(range(k, head + 1))
                k = head + 1
                if (
                    k + 1 < limit
                    and toks[k].cap
                    and (toks[k + 1].cap or toks[k + 1].lower in lex.name_particles)
                ):
                    # the role holder's full name follows; "werkgeversorganisatie Voka" and "van
                    # Buitenlandse Zaken" go on
                    break
                continue
            if (
                len(body) == 1
                and toks[body[0]].text.isupper()
                and toks[k].cap
                and not toks[k].text.isupper()
                and k + 1 < limit
                and toks[k + 1].cap
                and not toks[k + 1].quoted
                and not lex.is_org_head(lw)
                and lw not in ORG_NAME_WORDS
                and toks[k + 1].lower not in ORG_NAME_WORDS
                and not lex.is_org_head(toks[k + 1].lower)
            ):
                break  # "lijsttrekker van de PVV Olaf Stuger": the party's initials, then a full name
            if (
                lw in lex.org_heads
                or lex.is_org_head(lw)
                or (toks[k].cap and lw not in lex.function_words)
                or (spokes and toks[k].word and lw not in lex.function_words)
            ):
                body.append(k)
                k += 1
            elif (
                body and (lw in lex.role_links or lw in ("en", "and")) and _cap_after(toks, k + 1, limit, lex)
            ):
                k += 1  # "Commissie voor de Regulering van de Elektriciteit en het Gas"
            elif body and lw in lex.determiners and _cap_after(toks, k, limit, lex):
                k += 1
            else:
                break
        if (
            not body
            and role
            and role is not org
            and toks[j].lower == lex.of_word
            and k < limit
            and toks[k].word
            and not toks[k].cap
            and not toks[k].quoted
            and lex.upos.get(toks[k].lower, "NOUN") == "NOUN"
            and toks[k].lower not in lex.function_words
            and lex.is_role(toks[role[-1]].lower)
        ):
            # "een bewoner van de flat", "de eigenaar van de zaak", "a resident of the street": an
            # unnamed person by a role and whose or where it is, and the name of that place if given
            first = k
            k += 1
            while (
                k < limit
                and not lex.is_org_head(toks[k - 1].lower)
                and toks[k].word
                and not toks[k].cap
                and not toks[k].quoted
                and lex.is_org_head(toks[k].lower)
            ):
                k += 1  # "the chief executive of the health board": the organisation's word
            if lex.is_org_head(toks[k - 1].lower):
                org[:] = list(range(first, k))  # the organisation whose officer it is
                return k, []
            while k < limit and toks[k].cap and toks[k].word and not toks[k].quoted:
                k += 1  # "een bewoner van de wijk Boudewijnpark"
            role.extend(range(j, k))
            return k, []
        if not body or " ".join(toks[m].lower for m in body) in lex.media:
            # "zei de coach bij de NOS": the broadcaster heard it, the coach said it
            return j, []
        if role is not org and len(body) >= 3 and not toks[body[0]].cap and not spokes:
            # "de voorzitter van de commissie Mattijs Loor": after a role, the capitalised words that
            # follow a lowercase organisation word are the role holder's name, unless that word
            # takes a place ("de gemeente Den Haag")
            split = next((p for p in range(1, len(body)) if toks[body[p]].cap), None)
            if (
                split is not None
                and len(body) - split >= 2
                and all(toks[m].cap for m in body[split:])
                and toks[body[split - 1]].lower not in PLACE_ORGS
            ):
                body = body[:split]
        head = max((p for p, m in enumerate(body) if lex.is_org_head(toks[m].lower)), default=None)
        after = k
        while after < limit and toks[after].lower in lex.name_particles and not toks[after].cap:
            after += 1
        if head is not None and head + 1 < len(body) and k < after < limit and toks[after].cap:
            # "voorzitter van de Europese Commissie Ursula von der Leyen": the organisation ends at
            # its word; a given name and a surname with its particle follow
            body = body[: head + 1]
        org[:] = list(range(body[0] if org is not role else org[0], body[-1] + 1))
        return body[-1] + 1, []
    if (
        role is not org
        and role
        and toks[role[-1]].lower in lex.spokesperson_roles
        and not nxt.cap
        and not nxt.quoted
        and lex.is_org_head(nxt.lower)
        and k + 1 < limit
        and toks[k + 1].word
        and not toks[k + 1].quoted
        and toks[k + 1].lower not in lex.function_words
        and lex.upos.get(toks[k + 1].lower) not in ("VERB", "AUX", "ADP", "ADV")
    ):
        # "een woordvoerder van belangenorganisatie evofenedex": a kind of organisation, then its
        # name, which may be written in small letters; the name is the organisation's
        org[:] = [k + 1]
        return k + 2, []
    if nxt.quoted or not (nxt.cap or nxt.lower in lex.portfolios) or nxt.lower in ("en", "and"):
        return j, []
    taken = []
    # a spokesperson speaks for an organisation, never holds a portfolio ("for Transport for London")
    spokes = role is not org and bool(role) and toks[role[-1]].lower in lex.spokesperson_roles
    while (
        not spokes
        and k < limit
        and not toks[k].quoted
        and (
            (toks[k].word and toks[k].lower in lex.portfolios)
            # "minister van Landbouw, Natuur en Voedselkwaliteit": a list of portfolios
            or (
                taken
                and toks[k].text == ","
                and k + 1 < limit
                and toks[k + 1].cap
                and toks[k + 1].lower in lex.portfolios
                and toks[k + 1].lower not in ("en", "and")
            )
        )
    ):
        taken.append(k)
        k += 1
    if taken and toks[taken[-1]].lower in ("en", "and"):
        taken.pop()
        k -= 1
    affiliation = []
    if not taken:
        # a place ("burgemeester van Amsterdam"), or for anonymous roles the organisation
        # ("analysts at Morgan Stanley")
        whole = role is not org and bool(role) and toks[role[-1]].lower in lex.anonymous_roles
        # "de coach van Club Brugge": after a definite role the whole run of names is the club
        whole = whole or toks[j].lower in lex.affiliation_links or whole_run
        while k < limit and name_token(toks, k, lex):
            taken.append(k)
            k += 1
            if (
                k + 1 < limit
                and toks[k].lower in ("for", "of")
                and not toks[k].cap
                and name_token(toks, k + 1, lex)
                and spokes
            ):
                # "A spokesman for Transport for London": a name with a link of its own
                taken.append(k)
                k += 1
                continue
            if not whole:
                m = k
                while m < limit and name_token(toks, m, lex):
                    m += 1
                if m > k and lex.is_org_head(toks[m - 1].lower) and (m == limit or toks[m].text == ","):
                    # "chief executive of Child Poverty Action Group, Kate Green, said": the whole
                    # name when it ends in an organisation's word, before the comma
                    taken.extend(range(k, m))
                    k = m
                break
        if not taken:
            return j, []
        affiliation = list(taken)
    role.extend([j, *taken])
    return k, affiliation


_OF_LINKS = frozenset(["van", "voor", "of", "for"])


def _org_word(lw: str, lex: Lexicon) -> bool:
    """Whether a capitalised word ends in a kind of organisation: "Toezichtsraad", "Kansspelautoriteit"."""
    return lex.is_org_head(lw) or lw.endswith(("raad", "autoriteit", "council", "commission"))


def _name_link(toks: list[Token], j: int, limit: int, lex: Lexicon) -> bool:
    """Whether the lower-case word at ``j`` links two parts of one organisation's name: "op de" in
    "Staatstoezicht op de Mijnen"; "and" only between two capitalised words ("Machinists and
    Aerospace Workers"), not before a second phrase ("Trump en de Noord-Koreaanse leider")."""
    t = toks[j]
    if t.quoted or t.cap or t.lower not in lex.name_links:
        return False
    if t.lower in ("en", "and", "&"):
        return (
            j + 1 < limit
            and toks[j + 1].cap
            and not toks[j + 1].quoted
            and toks[j + 1].lower not in lex.function_words
        )
    return _cap_after(toks, j + 1, limit, lex)


def _cap_after(toks: list[Token], k: int, limit: int, lex: Lexicon) -> bool:
    """Whether a capitalised word follows at ``k``, past at most one determiner."""
    if k < limit and toks[k].lower in lex.determiners:
        k += 1
    return k < limit and toks[k].cap and not toks[k].quoted and toks[k].lower not in lex.function_words


SPAN_MAX = 10
_ONE_OF = frozenset(["one", "een", "één"])
# Words that end (or, in a long name, sit in) an organisation's name, in both languages.
ORG_NAME_WORDS = frozenset(
    [
        "inc",
        "ltd",
        "corp",
        "co",
        "plc",
        "llc",
        "ag",
        "sa",
        "nv",
        "bv",
        "group",
        "holding",
        "holdings",
        "partners",
        "associates",
        "institute",
        "airlines",
        "airways",
        "motor",  # "Ford Motor", "Toyota Motor"
        "motors",
        "electric",
        "energy",
        "renewables",
        "water",  # "Thames Water", "Brabant Water"
        "rail",  # "Network Rail"
        "mail",  # "Royal Mail"
        "gas",
        "oil",
        "steel",  # "British Steel", "Tata Steel"
        "foods",
        "media",
        "insurance",
        "surgery",  # "Clapham Road Surgery": a family doctors' practice
        "forces",  # "the Armed Forces", "Israel Defense Forces"
        "telecom",
        "communications",
        "industries",
        "pharmaceuticals",
        "solutions",
        "systems",
        "technologies",
        "bank",
        "international",
        "nederland",
        "vlaanderen",
        "belgië",
        "belgie",
        "europe",
        "europa",
        "america",
        "university",
        "universiteit",
    ]
)
_CLAUSE_WORDS = frozenset(["who", "which", "die", "wat", "what", "if", "of", "als"])
_NOT_HEAD = frozenset(["VERB", "AUX", "ADP", "ADV", "SCONJ", "PRON", "DET", "ADJ"])
_CONJ_START = frozenset(["en", "maar", "ook", "and", "but", "also", "so", "zo", "toen", "then"])


# the preposition naming who made a document: "a survey by …", "een onderzoek door …"
BY_AUTHOR = frozenset(["by", "door"])
# "a copy obtained by RNZ", "documents viewed by CBC": who has the document, not who wrote it
_HELD_BY = frozenset(["obtained", "seen", "viewed", "leaked", "verkregen", "ingezien"])


def _made_by(toks: list[Token], by: int, run: list[int], lex: Lexicon) -> bool:
    """Whether ``toks[by]`` names the maker of a document with the name ``run`` after it ("a
    survey by the Office for National Statistics"), not a person with a title ("by District
    Attorney Scott Anderson")."""
    return (
        toks[by].lower in BY_AUTHOR
        and toks[by - 1].lower not in _HELD_BY
        and not any(lex.is_role(toks[m].lower) for m in run)
    )


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")


def _particled_surname(toks: list[Token], k: int, limit: int, lex: Lexicon) -> bool:
    """Whether particles in small letters from ``k`` lead to a capitalised surname ("de Meijer")."""
    while k < limit and toks[k].lower in lex.name_particles and not toks[k].cap:
        k += 1
    return k < limit and toks[k].cap and toks[k].word and not toks[k].quoted


def _name_dot(toks: list[Token], k: int) -> bool:
    """A "." after an initial or a title inside a name ("Mark R. Herring", "Mr. Ban"): what
    follows is the name going on, not a sentence opening with a capital."""
    if toks[k].text != "." or k == 0:
        return False
    p = toks[k - 1]
    return p.end == toks[k].start and (_INITIALS.fullmatch(p.text) is not None or p.lower in _ABBREVIATIONS)


def _abbreviation_dot(toks: list[Token], k: int) -> bool:
    """A "." glued to a short capitalised word: "Rep.", "Mr.", the "D.C." of a place."""
    if toks[k].text != "." or k == 0:
        return False
    p = toks[k - 1]
    return p.end == toks[k].start and abbreviation_word(p.text)


_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "rep",
        "sen",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "st",
        "jr",
        "sr",
        "dhr",
        "mevr",
        "drs",
        "ir",
        "ing",
        "jhr",
        "mgr",
        "ds",
        # police and council ranks: "Det. Supt. Gary Smith", "Coun. Tanya Vrebosch"
        "det",
        "supt",
        "insp",
        "const",
        "coun",
        # companies and US states: "Bway Corp., which …", "Beaverton, Ore.-based"
        "corp",
        "inc",
        "ltd",
        "co",
        "bros",
        "calif",
        "mass",
        "fla",
        "ore",
        "wash",
        "mich",
        "conn",
        "tenn",
        "ariz",
        "colo",
        "minn",
        "okla",
    ]
)


_TIME_SUFFIXES = frozenset(
    ["ochtend", "middag", "avond", "nacht", "morgen", "morning", "afternoon", "evening", "night"]
)


_TIME_WORDS = frozenset(
    [
        "vanmorgen",
        "vanochtend",
        "vanmiddag",
        "vanavond",
        "vannacht",
        "gisteravond",
        "gistermiddag",
        "gisterochtend",
        "eergisteren",
        "vandaag",
        "gisteren",
        "morgen",
        "overmorgen",
        "tonight",
        "today",
        "yesterday",
        "tomorrow",
    ]
)


_TIME_MEMO: dict[tuple[str, str], bool] = {}


# the months a wire dateline dates its story by ("BRUSSELS, Sept 28 …", "Bhubaneswar, Nov 15 (PTI) …")
_DATELINE_MONTHS = en.MONTHS | nl.MONTHS | {"jan", "mar"}
# dashes as typed: hyphen, two hyphens, en and em dash, minus sign
DASHES = frozenset(["-", "--", "–", "—", "−"])


def past_dateline(toks: list[Token], lo: int) -> int:
    """The first token after a dateline ("BIARRITZ, France – …", "ENSCHEDE - …", "BRUSSELS, Sept 28
    …", "United Nations, Aug 12 …"), else ``lo``."""
    # a month among the second to sixth tokens first: most sentences have none
    month = next((m for m in range(2, min(len(toks), 6)) if toks[m].lower in _DATELINE_MONTHS), 0)
    if month and lo <= month:
        k = month - 1  # the comma
        if (
            k + 2 < len(toks)
            and toks[k].text == ","
            and toks[k + 2].text.isdigit()
            and all(t.cap and t.word for t in toks[:k])
        ):
            m = k + 3
            if toks[m].text == "(":  # "(PTI)", "(Reuters)"
                close = next((j for j in range(m + 1, min(len(toks), m + 6)) if toks[j].text == ")"), None)
                m = close + 1 if close is not None else m
            if m < len(toks) and (toks[m].text in DASHES or toks[m].text == ":"):
                m += 1
            if m < len(toks) and toks[m].cap:
                return m
    if lo == 0 and toks and toks[0].text.isupper() and len(toks[0].text) > 1:
        for k in range(1, min(len(toks), 14)):  # "CANTON, Mass. (Dow Jones/AP) –", "PHOENIX (3TV/CBS 5) −"
            if toks[k].text in DASHES and toks[k].start > toks[k - 1].end:
                return k + 1
            if toks[k].word and not toks[k].cap and not toks[k].text[:1].isdigit():
                break  # "GM told the government nothing could be done - …": a sentence, no dateline
    return lo


# months that are given names too: "April Mellody said …", "May Mullins"
_MONTH_NAMES = frozenset(["april", "may", "june", "august"])


def given_month(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether a month's name is a given name here: a capitalised word that is no time follows."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        toks[j].lower in _MONTH_NAMES
        and nxt is not None
        and nxt.cap
        and nxt.word
        and not nxt.quoted
        and nxt.start == toks[j].end + 1
        and not time_word(nxt.lower, lex)
        and nxt.lower not in lex.function_words
    )


def time_word(lw: str, lex: Lexicon) -> bool:
    """ "Dinsdagochtend", "Maandagavond", "Tuesday": a day or month, or one with a part of the day."""
    key = (lex.lang, lw)
    hit = _TIME_MEMO.get(key)
    if hit is None:
        hit = (
            lw in lex.days
            or lw in lex.months
            or lw in _TIME_WORDS
            or any(lw.startswith(p) and lw[len(p) :] in _TIME_SUFFIXES for p in lex.time_prefixes)
        )
        if len(_TIME_MEMO) < 200_000:
            _TIME_MEMO[key] = hit
    return hit


# Organisation words named after a place: "de gemeente Den Haag", "Kent County Council".
PLACE_ORGS = frozenset(
    ["gemeente", "provincie", "stad", "regio", "waterschap", "county", "city", "state", "borough", "district"]
)
# English surnames that are also roles ("Jacqueline King", "Sarah Baker"); other capitalised roles
# after a capitalised word are titles ("Welsh Secretary", "Metro Mayor").
_TRADE_SURNAMES = frozenset(
    [
        "king",
        "bishop",
        "baker",
        "cook",
        "mason",
        "fisher",
        "carpenter",
        "judge",
        "major",
        "knight",
        "dean",
        "porter",
        "butler",
        "gardener",
        "farmer",
        "hunter",
        "shepherd",
        "weaver",
        "miller",
        "steward",
    ]
)


def _dotted_acronym(toks: list[Token], j: int, limit: int) -> bool:
    """Whether a letter of "U.S." or "D.C." starts at ``j``: one capital with its full stop glued
    to it, and another such letter glued after it or just before it."""
    if j + 1 >= limit:
        return False
    t, dot = toks[j], toks[j + 1]
    if len(t.text) != 1 or not t.text.isupper() or dot.text != "." or dot.start != t.end:
        return False
    after = j + 2 < limit and toks[j + 2].start == dot.end and len(toks[j + 2].text) == 1
    before = j > 0 and toks[j - 1].text == "." and toks[j - 1].end == t.start
    return after or before


def abbreviation_word(word: str) -> bool:
    """Whether a word before a glued "." is an abbreviation: a title ("Rep", "Mr"), an initial
    ("J"), or a letter of "D.C." / "U.S."; not a short name ("Oord", "Zoet")."""
    return (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS


# "people familiar with the matter", "sources close to the talks", "ingewijden bij het kabinet"
_SOURCE_ADJECTIVES = frozenset(
    ["familiar", "close", "briefed", "involved", "vertrouwd", "betrokken", "ingewijden"]
)


# "All Black hooker Dane Coles", "Many lawmakers", "Enkele advocaten": a quantifier may open a speaker
_QUANTIFIERS = frozenset(
    [
        "all",
        "many",
        "some",
        "several",
        "most",
        "two",
        "three",
        "few",
        "alle",
        "veel",
        "enkele",
        "sommige",
        "meerdere",
    ]
)


def _capitalised_noun(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Members of Pakistani opposition parties": a common noun capitalised only because it opens
    the sentence, with its "of" phrase."""
    return (
        toks[i].cap
        and (i == 0 or toks[i - 1].text in ".!?:;")
        and i + 1 < len(toks)
        and toks[i + 1].lower in ("of", "van")
        and lex.upos.get(toks[i].lower) == "NOUN"
        and not lex.is_role(toks[i].lower)
    )


def _cap_within(toks: list[Token], k: int, hi: int) -> bool:
    return any(toks[m].cap for m in range(k, hi))


def span_np(toks: list[Token], lo: int, hi: int, text: str, lex: Lexicon) -> NounPhrase | None:
    """The speaker phrase that is exactly ``toks[lo:hi]``, read from its shape where ``parse_np``
    finds no known role or organisation word in it: the last run of capitalised words is the name
    ("De Duitse bondskanselier Angela Merkel", "Clinton communication director Jennifer
    Palmieri", "Peter Misek of Jefferies"); without one the phrase is a description ("Mrs.
    Clinton's confidants", "Trump aides", "many lawmakers") that the tracker resolves or keeps."""
    while lo < hi and (
        toks[lo].lower in _CONJ_START
        or toks[lo].lower in lex.adverbs
        or (not toks[lo].cap and lex.upos.get(toks[lo].lower) == "ADV")
        # "…”, hebben de onderhandelaars … laten weten": the auxiliary before its subject
        or (toks[lo].lower in lex.auxiliaries and not toks[lo].cap)
    ):
        lo += 1
    if hi <= lo or hi - lo > SPAN_MAX:
        return None
    keep: list[int] = []
    depth = 0
    for k in range(lo, hi):
        t = toks[k]
        if t.quoted:
            return None
        if t.text == "(":
            depth += 1
            continue
        if t.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if not t.word:
            if _abbreviation_dot(toks, k) or t.text in "'’&-":
                continue
            return None
        lw = t.lower
        if (
            (lw in lex.complementizers or lw in _CLAUSE_WORDS)
            and not (lw == "of" and keep)
            # "Mariëtte Bakker van die veiligheidsregio": after a preposition "die" points, it relates nothing
            and not (lw in lex.demonstratives and k > lo and toks[k - 1].lower in lex.role_links)
        ):
            return None
        if (
            not keep
            and not t.cap
            and (lex.upos.get(lw) in ("VERB", "AUX") or (lex.lang == "en" and lw.endswith("ed")))
        ):
            return None  # "has defended his officers and has now reported …": a verb phrase, nobody
        if (
            keep
            and not t.cap
            and (
                lw in lex.auxiliaries
                or lw in lex.cue_words
                or lex.upos.get(lw) in ("VERB", "AUX", "SCONJ")
                or (
                    lex.upos.get(lw) == "ADP"
                    and lw not in lex.role_links
                    and lw not in lex.affiliation_links
                    and not (k + 1 < hi and not toks[k - 1].cap and _cap_within(toks, k + 1, hi))
                    and toks[k - 1].lower not in _SOURCE_ADJECTIVES
                )
            )
        ):
            return None
        keep.append(k)
    if not keep:
        return None
    first = toks[keep[0]]
    if (
        first.lower not in lex.determiners
        and first.lower not in _QUANTIFIERS
        and first.lower not in lex.possessives
        and first.lower not in lex.titles
        and lex.not_a_name(first.lower)
        and not (first.cap and keep[0] > 0)
    ):
        return None
    last = toks[keep[-1]]
    bad_end = not last.word or len(last.text) < 2 or last.text[:1].isdigit()
    if (bad_end or lex.upos.get(last.lower) in _NOT_HEAD) and not last.cap:
        return None
    mention = text[toks[lo].start : toks[hi - 1].end]
    det = first.lower in lex.determiners or first.lower in lex.possessives
    # the name: the first run of capitalised words that is followed by nothing or by an affiliation
    runs: list[list[int]] = []
    for k in keep:
        t = toks[k]
        is_name = (
            name_token(toks, k, lex)
            and not (k == lo == 0 and lex.not_a_name(t.lower))
            and not (k == lo and _capitalised_noun(toks, k, lex))
        )
        if is_name and t.lower not in lex.titles:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            elif runs and runs[-1][-1] == k - 2 and toks[k - 1].text in ".&-'’":
                runs[-1].extend([k - 1, k])
            else:
                runs.append([k])
        elif (
            runs
            and t.cap
            and runs[-1][-1] == k - 1
            and k + 1 < hi
            and name_token(toks, k + 1, lex)
            and t.lower in lex.function_words
        ):
            runs[-1].append(k)  # "Research In Motion", "Bank of America"-like names
        elif (
            runs
            and t.lower in lex.name_links
            and runs[-1][-1] == k - 1
            and lex.is_org_head(toks[k - 1].lower)
            and k + 1 < hi
            and toks[k + 1].cap
            and name_token(toks, k + 1, lex)
        ):
            runs[-1].append(k)  # "a survey by the Office for National Statistics": one name
        elif (
            runs
            and t.lower in lex.name_particles
            and runs[-1][-1] == k - 1
            and (
                t.lower not in lex.role_links
                # "Colette van Wezel": "van" after a first name is part of the surname
                or len(runs[-1]) == 1
                or toks[runs[-1][-1]].lower in lex.name_particles
            )
            and k + 1 < hi
            and (toks[k + 1].cap or toks[k + 1].lower in lex.name_particles)
        ):
            runs[-1].append(k)
    name: list[int] = []
    placed = made = False
    if runs and runs[-1][-1] == keep[-1]:
        before = runs[-1][0] - 1
        while before >= lo and not toks[before].cap and lex.upos.get(toks[before].lower) in ("ADJ", "DET"):
            before -= 1
        made = before > lo and _made_by(toks, before, runs[-1], lex)
        if (
            before > lo
            and not toks[before].cap
            and lex.upos.get(toks[before].lower) == "ADP"
            and toks[before].lower not in lex.role_links
            and not made
        ):
            # "Fire officials in western Pennsylvania": a description with a place, not a name
            runs, placed = [], True
    for run in runs:
        after = next((k for k in keep if k > run[-1]), None)
        if after is None:
            name = run
            break
        if toks[after].lower in lex.role_links or toks[after].lower in lex.affiliation_links:
            name = run
            break
    if (
        len(name) >= 2
        and name[0] > lo
        and toks[name[0] - 1].lower in lex.role_links
        and (toks[name[0]].lower in lex.portfolios or len([k for k in name if toks[k].word]) >= 3)
    ):
        # "wethouder van Verkeer Petra Kuipers": the portfolio or place, then the name
        name = name[1:]
    gender = ""
    for k in keep:
        gender = gender or lex.gender(toks[k].lower)
    if name:
        while name and toks[name[-1]].lower in lex.name_particles:
            name.pop()
    if name:
        name_s = join_runs(toks, name, text)
        # "a survey by the Office for National Statistics": the document is no role of its maker's
        role_idx = [] if made else [k for k in keep if k < name[0] and toks[k].lower not in lex.determiners]
        words = name_s.replace(".", " ").split()
        orgish = (len(words) == 1 and words[0].isupper() and len(words[0]) > 1) or (
            words[-1].lower() in ORG_NAME_WORDS
        )
        if orgish and not role_idx:
            return NounPhrase(lo, hi, "org", org=name_s, mention=mention, det=det)
        if det and len(name) == 1 and not role_idx and lex.upos.get(name_s.lower()) in ("ADJ", "NOUN"):
            # "the American", "de Nederlander": a description, not a name
            return NounPhrase(lo, hi, "role", role=name_s, mention=mention, det=True)

        return NounPhrase(
            lo, hi, "name", name=name_s, role=join_runs(toks, role_idx, text), mention=mention, gender=gender
        )
    head = toks[keep[-1]]
    if head.cap and head.lower not in lex.function_words and not placed:
        return None
    words_idx = [k for k in keep if toks[k].lower not in lex.determiners]
    if not words_idx:
        return None
    role_s = join_runs(toks, words_idx, text)
    if lex.is_org_head(head.lower) and not lex.is_role(head.lower):
        return NounPhrase(lo, hi, "org", org=role_s, mention=mention, det=det)
    return NounPhrase(lo, hi, "role", role=role_s, mention=mention, det=det, gender=gender)
