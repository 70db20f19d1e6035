"""The agreement set (tests/gold/agreement/): forty real-gold articles annotated a second time, blind
to the first annotation, by the same conventions. The two annotations agree far better than the
engine agrees with either, so the first-run target is not out of reach for want of consistent gold;
the figures are in tests/gold/agreement/README.md."""

import json
from pathlib import Path

import pytest

from claims.extraction.evaluate import score, total

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
SECOND = sorted((GOLD / "agreement").glob("*.json"))


def _pair(path: Path) -> tuple[dict, dict]:
    second = json.loads(path.read_text(encoding="utf-8"))
    first = json.loads((GOLD / "real" / second["gold"]).read_text(encoding="utf-8"))
    return first, {**first, "claims": second["claims"], "speaker_aliases": second.get("speaker_aliases", {})}


def test_the_agreement_set_holds_forty_articles_of_both_languages():
    langs = [_pair(p)[0]["lang"] for p in SECOND]
    assert len(langs) == 40 and langs.count("nl") == 28 and langs.count("en") == 12


@pytest.mark.parametrize("path", SECOND, ids=lambda p: p.name)
def test_second_annotation_is_well_formed(path):
    first, second = _pair(path)
    last = -1
    for claim in second["claims"]:
        assert claim["kind"] in ("direct", "indirect", "unattributed")
        assert (claim["speaker"] is None) == (claim["kind"] == "unattributed")
        at = first["text"].find(claim["text"], max(last, 0))
        assert at >= 0, f"not in the text, or out of order: {claim['text'][:40]!r}"
        last = at


def test_the_two_annotations_agree_by_the_engines_own_measure():
    pairs = [_pair(p) for p in SECOND]
    # each annotation scored as if it were the engine's output against the other as gold
    second_on_first = total([score(b["claims"], a) for a, b in pairs])
    first_on_second = total([score(a["claims"], b) for a, b in pairs])
    # measured 0.968 and 0.945 (the engine gets 0.787 and 0.797 on the same articles at rules-1.15 and 1.16)
    assert second_on_first["f1"] >= 0.95
    assert first_on_second["f1"] >= 0.93
