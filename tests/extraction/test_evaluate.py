from pathlib import Path

import pytest

from claims.extraction.evaluate import evaluate_file, match, same_speaker, total

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold"
OWN = sorted(p for p in GOLD.glob("*.json") if not p.name.startswith("seed_"))


def test_seed_attribution_f1():
    s = evaluate_file(GOLD / "seed_000.json")
    assert s["f1"] >= 0.95, s["misses"]
    assert s["claim_recall"] >= 0.95


def test_own_gold_set_total_f1():
    assert len(OWN) >= 3
    t = total([evaluate_file(p) for p in OWN])
    assert t["f1"] >= 0.85
    assert t["claim_recall"] >= 0.85


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
