"""Score the extractor against gold files, in process.

``python -m claims.extraction.evaluate GOLD.json...`` prints one line per file and a total.
The rule is the one in ``shared/eval/README.md``, so figures compare with the outside scorer:
a prediction matches a gold claim when it covers at least 70% of the gold claim's word tokens
(lower-cased, accents folded, ``\\w+``) and at least 10% of its own tokens are gold tokens; pairs
are taken one to one, best first (coverage x own-overlap). Attribution is right when the speakers
fold to the same tokens, the prediction is one of the file's ``speaker_aliases`` for the gold
speaker, or they share the last name.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

from . import extract

COVERAGE = 0.7
OWN_OVERLAP = 0.1
_WORD = re.compile(r"\w+")


def _tokens(s: str | None) -> set[str]:
    ascii_text = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode()
    return set(_WORD.findall(ascii_text.lower()))


def _last_name(name: str) -> str | None:
    ascii_text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    parts = re.findall(r"\w[\w-]*", ascii_text.lower())
    return parts[-1] if parts else None


def same_speaker(pred: str | None, gold: str | None, aliases: dict | None = None) -> bool:
    """Whether a predicted speaker counts as the gold speaker."""
    if not pred or not gold:
        return False
    folded = sorted(_tokens(pred))
    if folded == sorted(_tokens(gold)):
        return True
    if any(folded == sorted(_tokens(a)) for a in (aliases or {}).get(gold, [])):
        return True
    return _last_name(pred) == _last_name(gold) or _last_name(gold) in _tokens(pred)


def match(preds: list[dict], golds: list[dict]) -> dict[int, int]:
    """Gold index -> prediction index, one to one, best pairs first."""
    candidates = []
    for i, p in enumerate(preds):
        pt = _tokens(p.get("text"))
        for j, g in enumerate(golds):
            gt = _tokens(g.get("text"))
            if not pt or not gt:
                continue
            shared = len(pt & gt)
            coverage, overlap = shared / len(gt), shared / len(pt)
            if coverage >= COVERAGE and overlap >= OWN_OVERLAP:
                candidates.append((coverage * overlap, i, j))
    candidates.sort(reverse=True)
    taken_p: set[int] = set()
    pairs: dict[int, int] = {}
    for _, i, j in candidates:
        if i not in taken_p and j not in pairs:
            taken_p.add(i)
            pairs[j] = i
    return pairs


def _prf(right: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = right / predicted if predicted else 0.0
    r = right / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate_file(path: str | Path) -> dict:
    """Counts and scores for one gold file (keys: f1, precision, recall, claim_recall, ...)."""
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    preds = [c.to_dict() for c in extract(gold["text"], gold.get("lang"))]
    return score(preds, gold)


def score(preds: list[dict], gold: dict) -> dict:
    golds = gold["claims"]
    pairs = match(preds, golds)
    aliases = gold.get("speaker_aliases", {})
    gold_attr = [j for j, g in enumerate(golds) if g.get("speaker")]
    pred_attr = [i for i, p in enumerate(preds) if p.get("speaker")]
    right = [
        j
        for j in gold_attr
        if j in pairs and same_speaker(preds[pairs[j]].get("speaker"), golds[j]["speaker"], aliases)
    ]
    kind_ok = [j for j in pairs if preds[pairs[j]].get("kind") == golds[j]["kind"]]
    p, r, f = _prf(len(right), len(pred_attr), len(gold_attr))
    misses = [
        f"{golds[j]['text'][:60]!r}: gold {golds[j]['speaker']}, got "
        + (str(preds[pairs[j]].get("speaker")) if j in pairs else "(not found)")
        for j in gold_attr
        if j not in right
    ]
    return {
        "gold": len(golds),
        "predicted": len(preds),
        "found": len(pairs),
        "gold_attributed": len(gold_attr),
        "predicted_attributed": len(pred_attr),
        "right": len(right),
        "kind_right": len(kind_ok),
        "precision": p,
        "recall": r,
        "f1": f,
        "claim_recall": len(pairs) / len(golds) if golds else 0.0,
        "kind_accuracy": len(kind_ok) / len(pairs) if pairs else 0.0,
        "misses": misses,
    }


def total(results: list[dict]) -> dict:
    """Micro-averaged scores over several files."""
    keys = ("gold", "predicted", "found", "gold_attributed", "predicted_attributed", "right", "kind_right")
    tot = {k: sum(r[k] for r in results) for k in keys}
    p, r, f = _prf(tot["right"], tot["predicted_attributed"], tot["gold_attributed"])
    tot.update(precision=p, recall=r, f1=f)
    tot["claim_recall"] = tot["found"] / tot["gold"] if tot["gold"] else 0.0
    tot["kind_accuracy"] = tot["kind_right"] / tot["found"] if tot["found"] else 0.0
    return tot


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.extraction.evaluate", description=__doc__)
    parser.add_argument("gold", nargs="+", help="gold JSON files")
    parser.add_argument("-v", "--verbose", action="store_true", help="list attribution misses")
    args = parser.parse_args(argv)
    results = []
    for path in args.gold:
        s = evaluate_file(path)
        results.append(s)
        print(
            f"{Path(path).name}: attribution P={s['precision']:.2f} R={s['recall']:.2f} F1={s['f1']:.2f}; "
            f"claims found {s['found']}/{s['gold']} (predicted {s['predicted']}), "
            f"kind right {s['kind_right']}/{s['found']}"
        )
        if args.verbose:
            for miss in s["misses"]:
                print("   miss:", miss)
    t = total(results)
    print(
        f"TOTAL attribution F1={t['f1']:.3f} (P={t['precision']:.3f} R={t['recall']:.3f}); "
        f"claim recall={t['claim_recall']:.3f}; kind accuracy={t['kind_accuracy']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
