"""Measure “checked before” matching on labelled claim pairs, without Django or a database.

    python -m claims.matching_eval tests/matching/pairs.jsonl [--errors] [--sweep]

Each line of the file is one pair: {"a", "b", "speaker_a", "speaker_b", "same", "type"}. `same` says
whether a reviewer should be offered the earlier verdict for the later claim: a paraphrase or the
same claim by another speaker is the same; different numbers, a negation, another subject, a
first-person claim by someone else, or a claim too short to stand alone is not.

The pairs are split in two halves, stratified by type: within each type, pairs sorted by a hash of
their text go alternately to "tune" and "held-out". The thresholds in claims.matching were chosen on
the tune half (`--sweep` shows the figures that choice rests on); the held-out half measures them.
"""

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from . import matching

LEVELS = {
    "suggest": (matching.EXACT, matching.NEAR, matching.SUGGESTED),
    "near-certain": (matching.EXACT, matching.NEAR),
}
SPLITS = ("tune", "held-out", "all")


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    speaker_a: str | None
    speaker_b: str | None
    same: bool
    type: str


def read_pairs(path) -> list[Pair]:
    pairs = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            pairs.append(Pair(**json.loads(line)))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{path}:{n}: not a pair ({exc})") from None
    return pairs


def split(pairs: list[Pair]) -> dict[str, list[Pair]]:
    """{"tune": [...], "held-out": [...], "all": pairs}, stratified by type, fixed by the text."""
    halves = {"tune": [], "held-out": []}
    by_type = defaultdict(list)
    for pair in pairs:
        by_type[pair.type].append(pair)
    for members in by_type.values():
        members.sort(key=lambda p: hashlib.sha256(f"{p.a}\n{p.b}".encode()).hexdigest())
        for i, pair in enumerate(members):
            halves["tune" if i % 2 == 0 else "held-out"].append(pair)
    return {**halves, "all": list(pairs)}


@dataclass(frozen=True)
class Scores:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def predict(pair: Pair) -> matching.Match:
    return matching.match(pair.a, pair.b, pair.speaker_a, pair.speaker_b)


def scores(pairs: list[Pair], level: str) -> Scores:
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for pair in pairs:
        said = predict(pair).level in LEVELS[level]
        counts[("t" if said == pair.same else "f") + ("p" if said else "n")] += 1
    return Scores(**counts)


def evaluate(path) -> dict[str, dict[str, Scores]]:
    """{split: {level: Scores}} for the pairs in `path`."""
    halves = split(read_pairs(path))
    return {name: {level: scores(halves[name], level) for level in LEVELS} for name in SPLITS}


def _sweep(pairs: list[Pair], out) -> None:
    """Precision and recall per threshold, speaker bonus and rules included, with exact matches
    counted as found at every threshold."""
    results = [(predict(p), p.same) for p in pairs]
    print("threshold  precision  recall     F1   (tune half)", file=out)
    for step in range(40, 100, 2):
        t = step / 100
        tp = sum(1 for m, same in results if same and (m.level == matching.EXACT or m.score >= t))
        fp = sum(1 for m, same in results if not same and (m.level == matching.EXACT or m.score >= t))
        s = Scores(tp, fp, sum(1 for _, same in results if same) - tp, 0)
        print(f"  {t:.2f}      {s.precision:6.3f}  {s.recall:6.3f}  {s.f1:6.3f}", file=out)


def report(path, *, errors: bool = False, sweep: bool = False, out=sys.stdout) -> None:
    pairs = read_pairs(path)
    halves = split(pairs)
    print(
        f"{len(pairs)} pairs ({len(halves['tune'])} tune, {len(halves['held-out'])} held out); "
        f"SUGGEST={matching.SUGGEST} NEAR_CERTAIN={matching.NEAR_CERTAIN} "
        f"MIN_CONTENT_WORDS={matching.MIN_CONTENT_WORDS}\n",
        file=out,
    )
    print(
        f"{'split':9} {'level':13} {'TP':>4} {'FP':>4} {'FN':>4} {'TN':>4}  precision  recall     F1",
        file=out,
    )
    for name in SPLITS:
        for level in LEVELS:
            s = scores(halves[name], level)
            print(
                f"{name:9} {level:13} {s.tp:4} {s.fp:4} {s.fn:4} {s.tn:4}  "
                f"{s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f}",
                file=out,
            )
    print(f"\n{'type':26} {'pairs':>5} {'same':>5} {'found':>6} {'errors':>7} {'errors@near':>12}", file=out)
    by_type = defaultdict(list)
    for pair in pairs:
        by_type[pair.type].append(pair)
    for type_, members in sorted(by_type.items()):
        levels = [predict(p).level for p in members]
        found = sum(1 for lv in levels if lv in LEVELS["suggest"])
        wrong = sum(1 for p, lv in zip(members, levels, strict=True) if (lv in LEVELS["suggest"]) != p.same)
        wrong_near = sum(
            1 for p, lv in zip(members, levels, strict=True) if (lv in LEVELS["near-certain"]) != p.same
        )
        same = sum(1 for p in members if p.same)
        print(f"{type_:26} {len(members):5} {same:5} {found:6} {wrong:7} {wrong_near:12}", file=out)
    if sweep:
        print(file=out)
        _sweep(halves["tune"], out)
    if errors:
        print("\nerrors at the suggest level (split, label, score, level, type):", file=out)
        tune = {id(p) for p in halves["tune"]}
        for pair in pairs:
            m = predict(pair)
            if (m.level in LEVELS["suggest"]) != pair.same:
                where = "tune" if id(pair) in tune else "held"
                label = "same" if pair.same else "diff"
                print(f"  {where} {label} {m.score:.3f} {m.level or '-':12} {pair.type}", file=out)
                print(f"      {pair.a}  [{pair.speaker_a}]\n      {pair.b}  [{pair.speaker_b}]", file=out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m claims.matching_eval", description=__doc__.split("\n")[0]
    )
    parser.add_argument("pairs", help="a JSON-lines file of labelled claim pairs")
    parser.add_argument("--errors", action="store_true", help="list the pairs the matcher gets wrong")
    parser.add_argument("--sweep", action="store_true", help="precision and recall per threshold (tune half)")
    args = parser.parse_args(argv)
    try:
        report(args.pairs, errors=args.errors, sweep=args.sweep)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
