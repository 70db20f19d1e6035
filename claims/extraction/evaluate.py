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
    # the phenomena behind the figures: each gold attribution by its kind and what became of it,
    # each predicted attribution that was not right by the rule that made it
    right_set = set(right)
    by_kind: dict[str, list[int]] = {}
    outcome = {"right": 0, "not found": 0, "found without speaker": 0, "wrong speaker": 0}
    for j in gold_attr:
        kind = golds[j]["kind"]
        ok = j in right_set
        by_kind.setdefault(kind, [0, 0])
        by_kind[kind][0] += 1
        by_kind[kind][1] += ok
        if ok:
            outcome["right"] += 1
        elif j not in pairs:
            outcome["not found"] += 1
        elif not preds[pairs[j]].get("speaker"):
            outcome["found without speaker"] += 1
        else:
            outcome["wrong speaker"] += 1
    matched = {i: j for j, i in pairs.items()}
    spurious: dict[str, int] = {}
    for i in pred_attr:
        j = matched.get(i)
        if j is None:
            why = "matches no gold claim"
        elif not golds[j].get("speaker"):
            why = "the author's own statement"
        elif j in right_set:
            continue
        else:
            why = "wrong speaker"
        key = f"{preds[i].get('rule')}: {why}"
        spurious[key] = spurious.get(key, 0) + 1
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
        "lang": gold.get("lang"),
        "by_kind": by_kind,
        "outcome": outcome,
        "spurious": spurious,
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


def _breakdown(results: list[dict]) -> None:
    """Print the scores by language, the gold attributions by kind and outcome, and the
    predicted attributions that were not right by rule, as lines starting with "#"."""
    for lang in sorted({r["lang"] for r in results if r.get("lang")}):
        t = total([r for r in results if r.get("lang") == lang])
        print(
            f"# {lang}: attribution F1={t['f1']:.3f} (P={t['precision']:.3f} R={t['recall']:.3f}); "
            f"claim recall={t['claim_recall']:.3f}"
        )
    kinds: dict[str, list[int]] = {}
    outcome: dict[str, int] = {}
    spurious: dict[str, int] = {}
    for r in results:
        for kind, (n, ok) in r.get("by_kind", {}).items():
            kinds.setdefault(kind, [0, 0])
            kinds[kind][0] += n
            kinds[kind][1] += ok
        for key, n in r.get("outcome", {}).items():
            outcome[key] = outcome.get(key, 0) + n
        for key, n in r.get("spurious", {}).items():
            spurious[key] = spurious.get(key, 0) + n
    if kinds:
        print(
            "# attribution recall by kind: "
            + ", ".join(f"{k} {ok}/{n}" for k, (n, ok) in sorted(kinds.items()))
        )
        print("# gold attributions: " + ", ".join(f"{k} {n}" for k, n in outcome.items()))
    if spurious:
        top = sorted(spurious.items(), key=lambda kv: -kv[1])
        print("# predicted attributions not right, by rule: " + ", ".join(f"{k} {n}" for k, n in top))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.extraction.evaluate", description=__doc__)
    parser.add_argument("gold", nargs="+", help="gold JSON files, or folders of them (searched recursively)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list attribution misses")
    args = parser.parse_args(argv)
    paths: list[Path] = []
    for arg in args.gold:
        path = Path(arg)
        paths.extend(sorted(path.rglob("*.json")) if path.is_dir() else [path])
    results = []
    for path in paths:
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
    _breakdown(results)
    t = total(results)
    print(
        f"TOTAL attribution F1={t['f1']:.3f} (P={t['precision']:.3f} R={t['recall']:.3f}); "
        f"claim recall={t['claim_recall']:.3f}; kind accuracy={t['kind_accuracy']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
