"""“Checked before”: whether two claims say the same thing. Pure Python (rapidfuzz), no Django, so
it can be measured on labelled pairs: `python -m claims.matching_eval tests/matching/pairs.jsonl`.
`claims.workflow.reuse.find_checked_before` picks candidates from the database and scores them here.

The exact key: case, accents, quote marks, punctuation and spacing do not count (`normalise`,
`text_key`, stored on every claim). Past that, the score is the overlap of content words (function
words left out, so a shared "de … van het …" makes nothing alike; "woningen" is like "woning"), then
rules for what word overlap cannot see, each a multiplier: the numbers must agree ("3 procent" is
not "30 procent", "in 2022" not "in 2023"), a negation on one side only, opposite directions
("gestegen"/"gedaald"), different names ("in Groningen"/"op de Noordzee"), a comparison turned round
("A meer dan B"/"B meer dan A"), and a first-person claim ("Ik heb nooit …") from someone else. The
same speaker adds a little. Claims with fewer than MIN_CONTENT_WORDS content words are never matched,
not even word for word: "Dat klopt niet" means something else in every article.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

_NON_WORD = re.compile(r"[^\w]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def normalise(text: str) -> str:
    """“Dat konden we NIET doen,” → "dat konden we niet doen": folded case and accents, words
    separated by one space, punctuation and quote marks gone."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", plain.casefold()).split())


def text_key(text: str) -> str:
    """The exact-match key stored on every claim (`Claim.text_key`)."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


# Thresholds, chosen on the tune half of tests/matching/pairs.jsonl (the held-out half only measures
# them; README "Checked before" has the figures). SUGGEST is the lowest score whose suggestions were
# still mostly right there: a wrong suggestion costs a reviewer one click ("Not the same claim"), a
# missed one costs a whole check. NEAR_CERTAIN is the lowest score with no wrong match in the tune
# half, with a margin above the highest score a different claim got.
SUGGEST = 0.62
NEAR_CERTAIN = 0.88
MIN_CONTENT_WORDS = 4
SAME_SPEAKER_BONUS = 0.06
# Multipliers for what word overlap cannot see.
NUMBERS_DIFFER = 0.45  # each side has a number the other lacks: "3,9 procent" / "3,6 procent"
NUMBERS_NARROWER = 0.85  # one side's numbers are a part of the other's, or only one side has any
NEGATION_DIFFERS = 0.6  # "heeft … gehaald" / "heeft … niet gehaald"
DIRECTION_DIFFERS = 0.6  # "is gestegen" / "is gedaald", "more" / "fewer"
COMPARISON_SWAPPED = 0.5  # "A meer dan B" / "B meer dan A"
NAMES_DIFFER = 0.7  # "in Groningen" / "op de Noordzee": each names a place or body the other does not
FIRST_PERSON_OTHER_SPEAKER = 0.4  # "Ik heb nooit …" said by two people is two claims

EXACT, NEAR, SUGGESTED = "exact", "near-certain", "suggest"

# Function words that say nothing about what a claim is about, per language ("last" is a function
# word in English, not in "last van"). Words that change a claim's meaning stay out of these lists:
# meer/minder, more/less, numbers, negations (counted apart).
STOP_WORDS = {
    "nl": _words(
        """
        de het een en of van in op te aan met voor naar om bij als er ook al dan door uit over tot nog
        maar dat die dit deze is zijn was waren wordt worden werd werden heeft hebben had hadden ben
        bent zal zullen zou zouden kan kunnen kon konden moet moeten mag mogen wil willen gaat gaan
        ging hij zij ze wij we ik je jij u hun hen haar hem ons onze mijn me mij men zich wat wie welke
        waar hoe wel zo nu dus toch want omdat hier daar elk elke ieder iedere alle alles inmiddels
        tijd volgens sinds jaar jaren jaarlijks per steeds ruim bijna zoals afgelopen komende
        """
    ),
    "en": _words(
        """
        the a an and or of in on at to for from by with as is are was were be been being has have had
        do does did it its this that these those there their they them he she his her we our us i my
        me you your which who what when where how than then so also just now only about into over
        after before up out some any all each such will would can could should may might must shall
        year years last since per still around nearly almost past
        """
    ),
}
ALL_STOP_WORDS = STOP_WORDS["nl"] | STOP_WORDS["en"]
NEGATIONS = _words("niet geen nooit niets niemand nergens not no never nothing nobody none neither nor")
# "didn't" normalises to "didn t": a lone "t" after these is a negation.
_NT_STEMS = _words("don didn doesn isn aren wasn weren won can couldn shouldn wouldn hasn haven hadn mustn")
FIRST_PERSON = _words("ik mij me mijn wij we ons onze i my mine our ours us")
# Numbers written as words count as the number (never "een"/"one": mostly an article).
NUMBER_WORDS = {
    word: value
    for value, *words in (
        line.split()
        for line in """
        2 twee two
        3 drie three
        4 vier four
        5 vijf five
        6 zes six
        7 zeven seven
        8 acht eight
        9 negen nine
        10 tien ten
        11 elf eleven
        12 twaalf twelve
        20 twintig twenty
        30 dertig thirty
        40 veertig forty
        50 vijftig fifty
        60 zestig sixty
        70 zeventig seventy
        80 tachtig eighty
        90 negentig ninety
        100 honderd hundred
        1000 duizend thousand
        """.strip().splitlines()
    )
    for word in words
}
# Which way a claim says something went: whole normalised words, or prefixes ending in "*".
UP_WORDS = _words(
    """stijg* steeg gestegen toegenomen toename groei* gegroeid hoger meer verdubbel* verdrievoudig*
    omhoog uitbrei* rose risen rise rising increas* grow grows grew grown higher more doubl* tripl*
    up"""
)
DOWN_WORDS = _words(
    """daal* gedaald daling* afgenomen afname krimp* gekrompen lager minder halveer* gehalveerd
    omlaag verminder* bezuinig* fell fall falls falling fallen drop dropped dropping decreas*
    declin* lower less fewer halved halve cut cuts down shorter"""
)
COMPARISON_WORDS = frozenset({"dan", "than"})

# Words that are one word in the other language's or the other writer's spelling.
SAME_WORD = {"percent": "procent", "pct": "procent"}

# A number not glued to a letter before it ("CO2" is a name, not the number 2).
_NUMBER = re.compile(r"(?<![^\W\d_])\d+(?:[.,]\d+)*")


def _canonical_number(raw: str) -> str:
    """10.000, 10,000 → 10000; 3,9 and 3.9 → 3.9; 1,50 → 1.5."""
    head, *groups = re.split(r"[.,]", raw)
    if groups and all(len(g) == 3 for g in groups):
        return str(int(head + "".join(groups)))
    if len(groups) == 1:
        decimals = groups[0].rstrip("0")
        return f"{int(head)}.{decimals}" if decimals else str(int(head))
    return str(int(head + "".join(groups)))


def _lexicon_test(lexicon: frozenset[str]):
    words = frozenset(w for w in lexicon if not w.endswith("*"))
    prefixes = tuple(w[:-1] for w in lexicon if w.endswith("*"))
    return lambda token: token in words or token.startswith(prefixes)


_goes_up, _goes_down = _lexicon_test(UP_WORDS), _lexicon_test(DOWN_WORDS)
_RAW_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Profile:
    """What the score looks at in one claim's text."""

    words: tuple[str, ...]  # content words, normalised, in order, numbers left out
    numbers: frozenset[str]
    names: frozenset[str]  # capitalised words inside the sentence and acronyms, normalised
    directions: frozenset[str]  # "up", "down"
    negated: bool
    first_person: bool
    # The content words before and after "dan"/"than", when the claim compares two things.
    compared: tuple[frozenset[str], frozenset[str]] | None
    plain: str  # normalise(text): equal for the exact-match key

    @property
    def size(self) -> int:
        return len(self.words) + len(self.numbers)


@lru_cache(maxsize=4096)
def profile(text: str) -> Profile:
    """The content words, numbers, names, direction, negation and person of a claim's text."""
    numbers = {_canonical_number(m) for m in _NUMBER.findall(text)}
    raw = _RAW_WORD.findall(text)
    first_person = any(t == "I" or (t.casefold() in FIRST_PERSON and not t.isupper()) for t in raw)
    # Acronyms ("OM", "EU") count even where they spell a function word.
    acronyms = [normalise(t) for t in raw if len(t) > 1 and t.isupper() and not t.isdigit()]
    names = frozenset(
        normalise(t)
        for i, t in enumerate(raw)
        if t[0].isupper() and t != "I" and (t.isupper() or (i > 0 and normalise(t) not in ALL_STOP_WORDS))
    )
    tokens = normalise(text.replace("%", " procent ")).split()
    stop = _stop_words(tokens)
    words, directions, negated, split_at = [], set(), False, None
    for i, token in enumerate(tokens):
        if token in NEGATIONS or (token == "t" and i and tokens[i - 1] in _NT_STEMS):
            negated = True
            continue
        if token in NUMBER_WORDS:
            numbers.add(NUMBER_WORDS[token])
            continue
        if token in COMPARISON_WORDS and split_at is None:
            split_at = len(words)
        directions.update(d for d, test in (("up", _goes_up), ("down", _goes_down)) if test(token))
        if token in acronyms:
            acronyms.remove(token)
        elif len(token) < 2 or token.isdigit() or token in stop or token in COMPARISON_WORDS:
            continue
        words.append(SAME_WORD.get(token, token))
    compared = None
    if split_at is not None:
        compared = (frozenset(words[:split_at]), frozenset(words[split_at:]))
    return Profile(
        tuple(words),
        frozenset(numbers),
        names,
        frozenset(directions),
        negated,
        first_person,
        compared,
        normalise(text),
    )


def _stop_words(tokens: list[str]) -> frozenset[str]:
    """The function words of the language the tokens are most likely in (both when it is a tie)."""
    nl = sum(1 for t in tokens if t in STOP_WORDS["nl"])
    en = sum(1 for t in tokens if t in STOP_WORDS["en"])
    return STOP_WORDS["nl"] if nl > en else STOP_WORDS["en"] if en > nl else ALL_STOP_WORDS


def long_enough(text: str) -> bool:
    """Whether a claim has enough content words to be matched at all."""
    return profile(text).size >= MIN_CONTENT_WORDS


@lru_cache(maxsize=65536)
def _alike(a: str, b: str) -> bool:
    """The same word, or a form of it: "woning"/"woningen", "immigration"/"immigrants",
    "geseponeerd"/"seponeert"."""
    if a == b:
        return True
    short, long_ = sorted((len(a), len(b)))
    if a[:5] == b[:5] and short >= 5:
        prefix = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), short)
        if prefix >= 0.7 * short:
            return True
    # An edit ratio of 85 needs lengths within about 25% of each other.
    if 2 * short >= 0.85 * (short + long_) and fuzz.ratio(a, b, score_cutoff=85):
        return True
    if a.startswith("ge") or b.startswith("ge"):  # Dutch past participles
        a, b = _PARTICIPLE.sub("", a), _PARTICIPLE.sub("", b)
        return min(len(a), len(b)) >= 5 and bool(fuzz.ratio(a, b, score_cutoff=85))
    return False


_PARTICIPLE = re.compile(r"^ge(?=\w{5})")


def _word_overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Soft Dice coefficient: the share of words on both sides that have a like word on the other."""
    if not a or not b:
        return 0.0
    matched_a = sum(1 for x in a if any(_alike(x, y) for y in b))
    matched_b = sum(1 for y in b if any(_alike(x, y) for x in a))
    return (matched_a + matched_b) / (len(a) + len(b))


@dataclass(frozen=True)
class Match:
    score: float  # 0..1
    level: str | None  # EXACT, NEAR or SUGGESTED; None: not the same claim


NO_MATCH = Match(0.0, None)


def match(a: str, b: str, speaker_a=None, speaker_b=None) -> Match:
    """How likely claim texts `a` and `b` are one claim, and at which level to suggest it.

    Speakers are anything comparable (names, ids); None is unknown, which is never "the same".
    """
    pa, pb = profile(a), profile(b)
    if min(pa.size, pb.size) < MIN_CONTENT_WORDS:
        return NO_MATCH
    same_speaker = speaker_a is not None and speaker_a == speaker_b
    factor = 1.0
    if (pa.first_person or pb.first_person) and not same_speaker:
        factor *= FIRST_PERSON_OTHER_SPEAKER
    if pa.plain == pb.plain:
        return Match(1.0, EXACT) if factor == 1.0 else Match(round(factor, 3), _level(factor))
    score = similarity(pa, pb) * factor
    if same_speaker:
        score = min(1.0, score + SAME_SPEAKER_BONUS)
    return Match(round(score, 3), _level(score))


def similarity(pa: Profile, pb: Profile) -> float:
    """The speaker-blind score of two profiles, 0..1."""
    text_a, text_b = " ".join(pa.words), " ".join(pb.words)
    overlap = _word_overlap(pa.words, pb.words)
    score = 0.6 * overlap + 0.2 * fuzz.token_set_ratio(text_a, text_b) / 100
    score += 0.2 * fuzz.token_sort_ratio(text_a, text_b) / 100
    if pa.numbers != pb.numbers:
        if pa.numbers and pb.numbers and not (pa.numbers <= pb.numbers or pb.numbers <= pa.numbers):
            score *= NUMBERS_DIFFER
        else:
            score *= NUMBERS_NARROWER
    if pa.negated != pb.negated:
        score *= NEGATION_DIFFERS
    if len(pa.directions) == len(pb.directions) == 1 and pa.directions != pb.directions:
        score *= DIRECTION_DIFFERS
    if _each_lacks(pa.names, pb.names):
        score *= NAMES_DIFFER
    if pa.compared and pb.compared and _swapped(pa.compared, pb.compared):
        score *= COMPARISON_SWAPPED
    return score


def _each_lacks(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both sides have something the other has nothing like."""
    return any(not any(_alike(x, y) for y in b) for x in a) and any(
        not any(_alike(x, y) for x in a) for y in b
    )


def _swapped(a, b) -> bool:
    """Whether "A meer dan B" stands against "B meer dan A": something one puts only before "dan",
    the other puts only after it, both ways round."""
    (left_a, right_a), (left_b, right_b) = a, b

    def moved(xs, only_xs, ys, only_ys):
        return any(_alike(x, y) for x in xs - only_xs for y in ys - only_ys)

    return moved(left_a, right_a, right_b, left_b) and moved(right_a, left_a, left_b, right_b)


def _level(score: float) -> str | None:
    if score >= NEAR_CERTAIN:
        return NEAR
    if score >= SUGGEST:
        return SUGGESTED
    return None
