import json
from pathlib import Path

import pytest

from claims.extraction.evaluate import evaluate_file, match, same_speaker, total

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold"
OWN = sorted(p for p in GOLD.glob("*.json") if not p.name.startswith("seed_"))


def test_seed_attribution_f1():
    s = evaluate_file(GOLD / "seed_000.json")
    assert s["f1"] >= 0.95, s["misses"]
    assert s["claim_recall"] >= 0.95


def test_gold_set_size_and_languages():
    langs = [json.loads(p.read_text(encoding="utf-8"))["lang"] for p in OWN]
    assert len(OWN) >= 12
    assert langs.count("nl") >= 6 and langs.count("en") >= 4


def test_own_gold_set_total_f1():
    t = total([evaluate_file(p) for p in OWN])
    assert t["f1"] >= 0.92
    assert t["claim_recall"] >= 0.9
    assert t["kind_accuracy"] >= 0.9


def test_whole_gold_directory_kind_accuracy():
    t = total([evaluate_file(p) for p in sorted(GOLD.glob("*.json"))])
    assert t["f1"] >= 0.92
    assert t["kind_accuracy"] >= 0.9


@pytest.mark.parametrize("path", OWN, ids=lambda p: p.name)
def test_each_gold_file_is_well_formed(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["lang"] in ("nl", "en")
    for c in gold["claims"]:
        assert c["text"] in gold["text"]
        assert c["kind"] in ("direct", "indirect", "unattributed")
        assert (c["speaker"] is None) == (c["kind"] == "unattributed")


def test_matching_needs_70_percent_coverage_and_10_percent_overlap():
    gold = [{"text": "een twee drie vier vijf zes zeven acht negen tien"}]
    assert match([{"text": "een twee drie vier vijf zes zeven"}], gold) == {0: 0}
    assert match([{"text": "een twee drie vier vijf zes"}], gold) == {}


@pytest.mark.parametrize(
    ("pred", "gold", "ok"),
    [
        ("Trump", "Donald Trump", True),
        ("donald TRUMP", "Donald Trump", True),
        ("Pompeo", "Donald Trump", False),
        ("Kim Jong-un", "Kim Jong-un", True),
        (None, "Donald Trump", False),
    ],
)
def test_same_speaker(pred, gold, ok):
    assert same_speaker(pred, gold) is ok
