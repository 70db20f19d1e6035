"""Golden checks beyond the tables in test_golden_nl / test_golden_en: mentions, noise, scale."""

import pytest

from claims.extraction import extract, extract_article


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


@pytest.mark.parametrize(
    "passage",
    [
        "De oppositie reageerde fel.",
        "Minister James Browne welcomed the decision.",
        "Het was een lange dag voor iedereen in de zaal.",
        "It was a long and difficult evening for everyone involved.",
    ],
)
def test_sentences_with_nothing_to_check_are_not_claims(passage):
    assert extract(passage) == []


def test_tracker_with_thousands_of_speakers_keeps_them_apart():
    lines = [f"“Wij zijn klaar”, zei burgemeester Jan Achternaam{n}." for n in range(3000)]
    ex = extract_article("\n\n".join(lines), "nl")
    assert len(ex.claims) == 3000
    assert len({c.speaker for c in ex.claims}) == 3000
    assert ex.claims[-1].speaker == "Jan Achternaam2999"
