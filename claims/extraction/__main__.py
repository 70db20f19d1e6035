"""Command line: ``python -m claims.extraction [--lang nl|en] [--format json|text] FILE...``."""

from __future__ import annotations

import argparse
import json
import sys

from . import extract_article, split_header


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return f.read()


def _load(path: str) -> tuple[str | None, str]:
    try:
        raw = _read(path)
    except FileNotFoundError:
        raise ValueError("no such file") from None
    except IsADirectoryError:
        raise ValueError("is a directory") from None
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise ValueError(e.strerror or str(e)) from None
    return split_header(raw)


def _table(claims: list[dict]) -> str:
    rows = [("speaker", "kind", "cue", "rule", "text")]
    for c in claims:
        text = " ".join(c["text"].split())
        rows.append((c["speaker"] or "-", c["kind"], c["cue"] or "-", c["rule"], text[:100]))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return "\n".join(" | ".join(r[i].ljust(widths[i]) for i in range(4)) + " | " + r[4] for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.extraction", description=__doc__)
    parser.add_argument("--lang", choices=("nl", "en"), default=None, help="language (default: detect)")
    parser.add_argument("--format", choices=("json", "text"), default="json")
    parser.add_argument("files", nargs="+", metavar="FILE")
    args = parser.parse_args(argv)
    results = []
    for path in args.files:
        try:
            _, body = _load(path)
        except ValueError as e:
            print(f"{path}: {e}", file=sys.stderr)
            return 2
        ex = extract_article(body, args.lang)
        results.append({"file": path, "lang": ex.lang, "claims": [c.to_dict() for c in ex.claims]})
    if args.format == "json":
        out = results[0]["claims"] if len(results) == 1 else results
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in results:
            if len(results) > 1:
                print(f"== {r['file']} ({r['lang']})")
            print(_table(r["claims"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
