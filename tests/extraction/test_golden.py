"""Golden table: one sentence or tiny passage -> the claim the engine must produce."""

import pytest

from claims.extraction import extract

# (lang, passage, claim text fragment or None for "the one claim", speaker, kind, cue, rule)
CASES = [
    # 1. direct quotes, cue after (Dutch inversion)
    (
        "nl",
        "“Dat konden we niet doen”, zei Trump.",
        "Dat konden we niet doen",
        "Trump",
        "direct",
        "zei",
        "quote.cue_after",
    ),
    (
        "nl",
        "„We gaan door”, zegt premier Mark Rutte.",
        "We gaan door",
        "Mark Rutte",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    (
        "nl",
        "«Het is voorbij», aldus Van der Laan.",
        "Het is voorbij",
        "Van der Laan",
        "direct",
        "aldus",
        "quote.cue_after",
    ),
    (
        "nl",
        "‘Wij weten van niets’, verklaarde de woordvoerder van het ministerie van Defensie.",
        "Wij weten van niets",
        "ministerie van Defensie",
        "direct",
        "verklaarde",
        "quote.cue_after",
    ),
    (
        "nl",
        "“Het klopt niet”, laat Pieter Omtzigt weten.",
        "Het klopt niet",
        "Pieter Omtzigt",
        "direct",
        "laat weten",
        "quote.cue_after",
    ),
    # 2. reported speech
    (
        "nl",
        "Trump zei verder dat Kim Jong-un beloofde te stoppen.",
        "Kim Jong-un beloofde te stoppen",
        "Trump",
        "indirect",
        "zei",
        "reported.dat",
    ),
    (
        "nl",
        "Volgens Trump vroeg Noord-Korea alle sancties op te heffen.",
        "vroeg Noord-Korea alle sancties op te heffen",
        "Trump",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "nl",
        "Kim Jong-un zei bereid te zijn tot denuclearisering.",
        "bereid te zijn tot denuclearisering",
        "Kim Jong-un",
        "indirect",
        "zei",
        "reported.infinitive",
    ),
    (
        "nl",
        "Mike Pompeo noemde de onderhandelingen “complex”.",
        "noemde de onderhandelingen “complex”",
        "Mike Pompeo",
        "indirect",
        "noemde",
        "reported.naming",
    ),
    (
        "nl",
        "Verder noemde de Amerikaanse president Donald Trump het “een goed idee” om te praten.",
        "het “een goed idee” om te praten",
        "Donald Trump",
        "indirect",
        "noemde",
        "reported.naming",
    ),
    (
        "nl",
        "De minister heeft gezegd dat de belasting in 2025 omlaag gaat.",
        "de belasting in 2025 omlaag gaat",
        "minister",
        "indirect",
        "gezegd",
        "reported.dat",
    ),
    (
        "nl",
        "Hij liet weten dat de fabriek in maart dichtgaat.",
        None,
        None,
        "indirect",
        "liet weten",
        "reported.dat",
    ),
    (
        "nl",
        "De ziekenhuizen zitten vol, waarschuwt de GGD.",
        "De ziekenhuizen zitten vol",
        "GGD",
        "indirect",
        "waarschuwt",
        "reported.cue_after",
    ),
    (
        "nl",
        "Het aantal inbraken daalde met 12 procent, volgens de politie.",
        "Het aantal inbraken daalde met 12 procent",
        "politie",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "nl",
        "Minister Hugo de Jonge wees erop dat er 300 bedden bij komen.",
        "er 300 bedden bij komen",
        "Hugo de Jonge",
        "indirect",
        "wees erop",
        "reported.dat",
    ),
    # 2b. partial quote inside reported speech: one indirect claim, no separate direct one
    (
        "nl",
        "Rutte benadrukte dat het “productieve dagen” waren.",
        "het “productieve dagen” waren",
        "Rutte",
        "indirect",
        "benadrukte",
        "reported.dat",
    ),
    # 3. continuation and a new speaker taking over
    (
        "nl",
        "Kim Jong-un zei bereid te zijn. “Als ik niet wilde, zat ik hier niet.”",
        "Als ik niet wilde",
        "Kim Jong-un",
        "direct",
        None,
        "quote.continuation",
    ),
    (
        "nl",
        "“A is waar”, zei Trump. Pompeo zei dat B klopt. “C is ook waar.”",
        "C is ook waar",
        "Pompeo",
        "direct",
        None,
        "quote.continuation",
    ),
    # 4. backward attribution
    (
        "nl",
        "De partijen zijn niet tot een akkoord gekomen. Dat heeft Trump laten weten op de persconferentie.",
        "De partijen zijn niet tot een akkoord gekomen",
        "Trump",
        "indirect",
        "laten weten",
        "reported.backward",
    ),
    (
        "nl",
        "Het kabinet trekt 2 miljard euro uit voor de zorg. Dat meldt de NOS.",
        "Het kabinet trekt 2 miljard",
        "NOS",
        "indirect",
        "meldt",
        "reported.backward",
    ),
    (
        "en",
        "Talks broke down on Friday. That is what Smith told reporters.",
        "Talks broke down on Friday",
        "Smith",
        "indirect",
        "told",
        "reported.backward",
    ),
    # 5. pronouns
    (
        "nl",
        "Premier Mark Rutte sprak de Kamer toe. Hij zei dat de steun blijft.",
        "de steun blijft",
        "Mark Rutte",
        "indirect",
        "zei",
        "reported.dat",
    ),
    (
        "nl",
        "Burgemeester Femke Halsema opende het debat. Zij benadrukte dat de stad 40 agenten extra krijgt.",
        "de stad 40 agenten extra krijgt",
        "Femke Halsema",
        "indirect",
        "benadrukte",
        "reported.dat",
    ),
    (
        "en",
        "Mayor Jane Doe opened the meeting. She said the city would hire 40 officers.",
        "the city would hire 40 officers",
        "Jane Doe",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        '"We are ready," he said. Smith said nothing.',
        "We are ready",
        None,
        "direct",
        "said",
        "quote.cue_after",
    ),
    # 6. aliases and roles
    (
        "nl",
        "De Amerikaanse minister van Buitenlandse Zaken Mike Pompeo was er ook. “Complex”, zei Pompeo.",
        "Complex",
        "Mike Pompeo",
        "direct",
        "zei",
        "quote.cue_after",
    ),
    (
        "nl",
        "“Nee”, zei Trump. De Amerikaanse president Donald Trump vertrok.",
        "Nee",
        "Donald Trump",
        "direct",
        "zei",
        "quote.cue_after",
    ),
    (
        "en",
        'Secretary of State Mike Pompeo arrived. "It was complex," Pompeo said.',
        "It was complex",
        "Mike Pompeo",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # 7. quote marks of every kind, apostrophes, unbalanced quotes, headings
    ("en", "\"Don't worry,\" said O'Brien.", "Don't worry", "O'Brien", "direct", "said", "quote.cue_after"),
    (
        "nl",
        "'We hebben geen haast', zei Rutte.",
        "We hebben geen haast",
        "Rutte",
        "direct",
        "zei",
        "quote.cue_after",
    ),
    (
        "nl",
        "‘Het is ’s avonds druk’, zei Jansen.",
        "Het is ’s avonds druk",
        "Jansen",
        "direct",
        "zei",
        "quote.cue_after",
    ),
    ("nl", "Rutte zei: “We gaan door.”", "We gaan door.", "Rutte", "direct", "zei", "quote.cue_before"),
    (
        "nl",
        "Jansen sprak de pers toe.\n\n‘Wij wachten niet’\n\nJansen zei dat er 10 banen verdwijnen.",
        "Wij wachten niet",
        "Jansen",
        "direct",
        None,
        "quote.heading",
    ),
    (
        "nl",
        "“Dit loopt nooit goed af, zei hij tegen niemand",
        "Dit loopt nooit goed af",
        None,
        "direct",
        None,
        None,
    ),
    # 8. English
    (
        "en",
        '"We will not back down," he said.',
        "We will not back down",
        None,
        "direct",
        "said",
        "quote.cue_after",
    ),
    ("en", '"It is over," said John Smith.', "It is over", "John Smith", "direct", "said", "quote.cue_after"),
    (
        "en",
        "Smith said that the plant would close in May.",
        "the plant would close in May",
        "Smith",
        "indirect",
        "said",
        "reported.that",
    ),
    (
        "en",
        "Smith told reporters on Tuesday that 300 jobs would go.",
        "300 jobs would go",
        "Smith",
        "indirect",
        "told",
        "reported.that",
    ),
    (
        "en",
        "According to the ministry, 40 people were injured.",
        "40 people were injured",
        "ministry",
        "indirect",
        "according to",
        "reported.according",
    ),
    (
        "en",
        "Prices rose by 5 percent, according to the statistics office.",
        "Prices rose by 5 percent",
        "statistics office",
        "indirect",
        "according to",
        "reported.according",
    ),
    ("en", 'Smith: "We are going to win."', "We are going to win.", "Smith", "direct", None, "quote.colon"),
    (
        "en",
        "A spokesperson for the Ministry of Health said the vaccine was safe.",
        "the vaccine was safe",
        "Ministry of Health",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "The company will cut 300 jobs, the CEO said.",
        "The company will cut 300 jobs",
        "CEO",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # 9. the author's own statements
    (
        "nl",
        "De top vond plaats in Hanoi op 28 februari 2019.",
        None,
        None,
        "unattributed",
        None,
        "author.statement",
    ),
    (
        "en",
        "Unemployment fell to 3.5 percent in March.",
        None,
        None,
        "unattributed",
        None,
        "author.statement",
    ),
]


def _claim(claims, fragment):
    if fragment is None:
        assert len(claims) == 1, claims
        return claims[0]
    hits = [c for c in claims if fragment in c.text or (c.text in fragment and len(c.text) > 3)]
    assert hits, f"no claim containing {fragment!r} in {[c.text for c in claims]}"
    return hits[0]


@pytest.mark.parametrize(("lang", "passage", "fragment", "speaker", "kind", "cue", "rule"), CASES)
def test_golden(lang, passage, fragment, speaker, kind, cue, rule):
    claims = extract(passage, lang)
    c = _claim(claims, fragment)
    assert c.kind == kind
    if speaker is not None:
        assert c.speaker == speaker
    elif kind == "unattributed":
        assert c.speaker is None
    assert c.cue == cue
    if rule is not None:
        assert c.rule == rule
    assert passage[c.start : c.end] == c.text


@pytest.mark.parametrize(
    ("passage", "speaker", "mention"),
    [
        ("Premier Mark Rutte kwam binnen. “Goedemorgen”, zei hij.", "Mark Rutte", "hij"),
        ("Premier Mark Rutte kwam binnen. “Goedemorgen”, zei Rutte.", "Mark Rutte", "Rutte"),
        (
            "“Goedemorgen”, zei de Nederlandse premier Mark Rutte.",
            "Mark Rutte",
            "de Nederlandse premier Mark Rutte",
        ),
    ],
)
def test_pronoun_and_alias_mentions(passage, speaker, mention):
    c = [c for c in extract(passage, "nl") if c.kind == "direct"][-1]
    assert (c.speaker, c.mention) == (speaker, mention)


def test_partial_quote_is_not_a_separate_direct_claim():
    claims = extract("Hij benadrukte dat het “productieve en interessante dagen” waren.", "nl")
    assert [c.kind for c in claims] == ["indirect"]


def test_attribution_sentence_itself_is_not_a_claim():
    claims = extract("Het bedrijf sluit 3 fabrieken. Dat heeft topman Jan Jansen laten weten.", "nl")
    assert len(claims) == 1
    assert claims[0].speaker == "Jan Jansen"


def test_question_is_not_an_author_statement():
    assert extract("Waarom sloot de fabriek in 2019 eigenlijk haar deuren?", "nl") == []
