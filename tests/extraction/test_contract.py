"""The extraction contract other code relies on: types, offsets, errors, robustness."""

import dataclasses
import json
from pathlib import Path

import pytest

from claims.extraction import (
    ENGINE_VERSION,
    ExtractedClaim,
    Extraction,
    SpeakerInfo,
    detect_language,
    extract,
    extract_article,
    split_header,
)

ROOT = Path(__file__).resolve().parents[2]
GOLD = sorted((ROOT / "tests" / "gold").glob("*.json"))
SEED = ROOT / "seeds" / "000_5e518ff5de4b58f3.txt"


def _texts():
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in GOLD]


def test_engine_version_is_a_string():
    assert ENGINE_VERSION == "rules-1.27"


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_offsets_point_at_the_claim_text(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = gold["text"]
    claims = extract(text, gold["lang"])
    assert claims
    for c in claims:
        assert text[c.start : c.end] == c.text
        assert c.kind in ("direct", "indirect", "unattributed")
        assert 0.0 <= c.confidence <= 1.0 and 0.0 <= c.checkworthiness <= 1.0
        assert (c.speaker is None) == (c.kind == "unattributed" or c.speaker is None)
    assert [c.start for c in claims] == sorted(c.start for c in claims)


def test_seed_file_offsets_refer_to_the_body():
    date, body = split_header(SEED.read_text(encoding="utf-8"))
    assert date == "2019-02"
    assert body.startswith("De Amerikaanse president")
    for c in extract(body):
        assert body[c.start : c.end] == c.text


def test_results_are_frozen_and_serialisable():
    claim = extract("“Nee”, zei Trump.", "nl")[0]
    assert isinstance(claim, ExtractedClaim)
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.text = "x"
    d = claim.to_dict()
    assert set(d) == {
        "text",
        "start",
        "end",
        "kind",
        "speaker",
        "mention",
        "cue",
        "rule",
        "confidence",
        "checkworthiness",
    }
    json.dumps(d)


def test_extract_article_lists_every_speaker():
    ex = extract_article(_texts()[-1], "nl")
    assert isinstance(ex, Extraction)
    assert ex.lang == "nl"
    assert list(ex.claims) == extract(_texts()[-1], "nl")
    names = {s.name for s in ex.speakers}
    assert all(isinstance(s, SpeakerInfo) for s in ex.speakers)
    assert {c.speaker for c in ex.claims if c.speaker} <= names
    with pytest.raises(dataclasses.FrozenInstanceError):
        ex.lang = "en"


def test_seed_speakers_have_canonical_names_roles_and_aliases():
    body = split_header(SEED.read_text(encoding="utf-8"))[1]
    speakers = {s.name: s for s in extract_article(body, "nl").speakers}
    assert set(speakers) == {"Donald Trump", "Mike Pompeo", "Kim Jong-un"}
    assert speakers["Mike Pompeo"].role == "Amerikaanse minister van Buitenlandse Zaken"
    assert speakers["Donald Trump"].kind == "person"
    assert {"Trump", "Donald Trump", "De Amerikaanse president Donald Trump"} <= set(
        speakers["Donald Trump"].aliases
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [((b"bytes",), "str"), ((None,), "str"), (("tekst", "de"), "language"), (("tekst", "NL"), "language")],
)
def test_bad_input_raises_value_error(args, message):
    with pytest.raises(ValueError, match=message):
        extract(*args)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \n"])
def test_whitespace_gives_no_claims(text):
    assert extract(text) == []
    assert extract_article(text).claims == ()


@pytest.mark.parametrize(
    "text",
    [
        "“Dit loopt nooit goed af, zei hij. En toen ging hij weg.",
        "Hij zei ” dat ‘ het « niet » klopt’’ „ \" ' en meer.",
        "😀 “Wat een dag 🎉”, zei Jan 😀 😀. 👍🏽 Hij zei dat het 10 ℃ was 🤷.",
        'قال الرئيس إن "الاقتصاد ينمو" بسرعة. זה טקסט בעברית, אמר הוא.',
        "zei zei zei dat dat dat volgens volgens aldus “ ” " * 200,
        "'" * 5000 + "“" * 5000 + '"' * 5001,
        "a" * 100_000,
        "\x00\x01\u200b\u202e zei hij dat \ufeff het klopt.",
    ],
)
def test_odd_input_does_not_crash_and_offsets_stay_in_range(text):
    for lang in ("nl", "en", None):
        for c in extract(text, lang):
            assert 0 <= c.start < c.end <= len(text)
            assert text[c.start : c.end] == c.text


def test_long_text_without_punctuation_is_handled():
    text = ("het kabinet zei dat de regels worden aangescherpt en de minister " * 15_000)[:1_000_000]
    claims = extract(text, "nl")
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_extraction_is_deterministic():
    for text in _texts():
        assert extract(text) == extract(text)
        assert extract_article(text) == extract_article(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De minister zei dat het kabinet de regels niet zal aanpassen.", "nl"),
        ("The minister said that the government would not change the rules.", "en"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang
    assert extract_article(text).lang == lang


@pytest.mark.parametrize(
    ("raw", "date", "body"),
    [
        (" date 2019-02 De Amerikaanse president", "2019-02", "De Amerikaanse president"),
        ("date 2020-11\nEerste zin.\n", "2020-11", "Eerste zin.\n"),
        ("date 2020-11\n\n  Eerste zin.", "2020-11", "Eerste zin."),
        ("Geen kop hier.", None, "Geen kop hier."),
        ("datering van het stuk", None, "datering van het stuk"),
    ],
)
def test_split_header(raw, date, body):
    assert split_header(raw) == (date, body)


@pytest.mark.parametrize(
    "raw", ["date 2019-13 Tekst", "date 19-02 Tekst", "date\nTekst", "date 2019-00\n", "date 2019-2 x"]
)
def test_split_header_rejects_a_malformed_header(raw):
    with pytest.raises(ValueError):
        split_header(raw)


@pytest.mark.parametrize("tail", [" ★", " 🎉", " ■", ""])
def test_a_symbol_after_the_last_full_stop_does_not_make_a_heading(tail):
    claims = extract(f"Minister Jan de Vries zei: “Dit is geweldig nieuws” en vertrok.{tail}", "nl")
    assert [(c.text, c.speaker, c.kind) for c in claims] == [
        ("Dit is geweldig nieuws", "Jan de Vries", "direct")
    ]


def test_speaker_aliases_are_names_not_pronouns():
    text = "Premier Mark Rutte zei dat het goed gaat. Hij zei ook dat er 3 miljard bij komt. Rutte vertrok."
    (rutte,) = extract_article(text, "nl").speakers
    assert rutte.name == "Mark Rutte"
    assert not {"hij", "zij", "ze"} & {a.casefold() for a in rutte.aliases}
