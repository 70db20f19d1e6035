"""Build the word-class tables in ``data/`` from Universal Dependencies treebanks (``make lexicon``).

For each language, every word form (lower-cased) seen at least twice in the hand-tagged CoNLL-U
files gets its most frequent part of speech (UPOS), kept only when that tag has at least 70% of
the form's occurrences. The engine uses the table to tell a sentence-initial adverb ("Vanochtend",
"Meanwhile") or verb from a name, and a preposition from the start of a speaker phrase. Proper
nouns are left out: a name is recognised by its capital, not looked up.

The tables are derived from UD_Dutch-Alpino, UD_Dutch-LassySmall and UD_English-EWT (dev and
test files), CC BY-SA 4.0; so are the tables (see data/LICENSE).

    python -m claims.extraction.lexicon.build_wordclasses [UD_DIR]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_UD = HERE.parents[3] / "shared" / "corpora" / "ud"
SOURCES = {"nl": ("UD_Dutch-Alpino", "UD_Dutch-LassySmall"), "en": ("UD_English-EWT",)}
MIN_COUNT = 2
MIN_SHARE = 0.7
KEEP = frozenset({"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "NOUN", "NUM", "PRON", "SCONJ", "VERB", "INTJ"})


def counts(folder: Path) -> dict[str, Counter]:
    tags: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(folder.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 4 or not cols[0].isdigit():
                continue
            form, upos = cols[1], cols[3]
            if not any(ch.isalpha() for ch in form):
                continue
            tags[form.lower()][upos] += 1
    return tags


def table(ud: Path, lang: str) -> list[tuple[str, str]]:
    total: dict[str, Counter] = defaultdict(Counter)
    for name in SOURCES[lang]:
        for form, c in counts(ud / name).items():
            total[form].update(c)
    rows = []
    for form, c in total.items():
        n = sum(c.values())
        tag, k = c.most_common(1)[0]
        if n >= MIN_COUNT and k / n >= MIN_SHARE and tag in KEEP:
            rows.append((form, tag))
    return sorted(rows)


def main(argv: list[str]) -> int:
    ud = Path(argv[0]) if argv else DEFAULT_UD.resolve()
    if not ud.is_dir():
        print(f"{ud}: no Universal Dependencies folder", file=sys.stderr)
        return 2
    for lang in SOURCES:
        rows = table(ud, lang)
        out = HERE / "data" / f"wordclasses_{lang}.tsv"
        out.write_text("".join(f"{w}\t{t}\n" for w, t in rows), encoding="utf-8")
        print(f"{out.name}: {len(rows)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
