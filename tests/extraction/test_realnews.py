"""The real-news gold (tests/gold/real/: excerpts of published articles, annotated before the engine
ran on them) and PolNeAR dev: well-formed files and a floor under the measured scores, so that a
change that loses attribution on real text fails here. The figures themselves, first runs
included, are in tests/gold/real/README.md."""

import importlib.util
import json
from pathlib import Path

import pytest

from claims.extraction import extract_article
from claims.extraction.evaluate import evaluate_file, total

ROOT = Path(__file__).resolve().parents[2]
REAL = sorted((ROOT / "tests" / "gold" / "real").rglob("*.json"))
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear" / "score.py"
POLNEAR_DEV = ROOT.parent / "shared" / "corpora" / "polnear" / "dev"


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", REAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_real_gold_file_is_well_formed(path):
    gold = _gold(path)
    assert gold["lang"] in ("nl", "en")
    assert gold["source"].startswith("http") and gold["outlet"]
    last = -1
    for claim in gold["claims"]:
        assert claim["kind"] in ("direct", "indirect", "unattributed")
        assert (claim["speaker"] is None) == (claim["kind"] == "unattributed")
        assert claim["text"] in gold["text"]
        at = gold["text"].find(claim["text"], max(last, 0))
        assert at >= 0, f"claims out of text order at {claim['text'][:40]!r}"
        last = at


def test_real_gold_covers_dutch_flemish_and_english():
    golds = [_gold(p) for p in REAL]
    dutch = [g for g in golds if g["lang"] == "nl"]
    assert len(dutch) >= 40 and sum(g["lang"] == "en" for g in golds) >= 20
    assert sum(g.get("region") == "BE" for g in dutch) * 3 >= len(dutch) - 3
    assert len({g["source"] for g in golds}) == len(golds), "one page, one gold file"


def test_real_news_attribution_does_not_fall_below_the_measured_floor():
    results = [evaluate_file(p) for p in REAL]
    t = total(results)
    for lang in ("nl", "en"):
        by_lang = total([r for r in results if r["lang"] == lang])
        assert by_lang["f1"] >= 0.785, (lang, by_lang["f1"])
    # measured 0.805 (P 0.840, R 0.773), nl 0.802, en 0.811, claim recall 0.951 on batches 1-535 at
    # rules-1.27 (batches 504-535 first scored at rules-1.25, rules-1.26 and rules-1.27 themselves)
    assert t["f1"] >= 0.79
    assert t["claim_recall"] >= 0.94


def test_every_real_claim_keeps_its_offsets_and_explains_itself():
    for path in REAL:
        gold = _gold(path)
        for c in extract_article(gold["text"], gold["lang"]).claims:
            assert gold["text"][c.start : c.end] == c.text
            assert c.rule and 0.0 <= c.confidence <= 1.0
            assert c.kind != "unattributed" or c.speaker is None


@pytest.mark.skipif(
    not (POLNEAR.exists() and POLNEAR_DEV.is_dir()),
    reason="PolNeAR (../shared/corpora/polnear and ../shared/eval/polnear) is not beside this checkout",
)
def test_polnear_dev_precision_and_f1(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("polnear_score", POLNEAR)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    assert (
        scorer.main(["dev", "--quiet", "--repeat", "1", "--project", str(ROOT), "--data", str(tmp_path)]) == 0
    )
    last = capsys.readouterr().out.strip().splitlines()[-1]
    figures = dict(part.split("=") for part in last.split() if "=" in part)
    # measured precision 0.920 and F1 0.601 on dev at rules-1.27 (0.921 and 0.602 at rules-1.25)
    assert float(figures["precision"]) >= 0.90, last
    assert float(figures["F1"]) >= 0.59, last
