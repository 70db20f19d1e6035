"""Low-level text handling: the ``date`` header, tokens with offsets, and quote spans.

Quote pairing works per paragraph with a stack, one family for double marks (“ ” „ « » ") and
one for single marks (‘ ’ ‚ ‹ › '). An apostrophe between two letters (O'Brien, don't, Trump’s)
or before a digit or a one-letter clitic ('90, 's avonds, 't) is never a quote mark. An opening
mark without a partner is dropped, except at the start of a paragraph or of a sentence, where it
opens a quote that runs to the end of the paragraph (the convention for quotes over several
paragraphs); such a span is marked unbalanced so the rules can lower their confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = '“„«"'
DOUBLE_CLOSE = '”»"'
SINGLE_OPEN = "‘‚‹'"
SINGLE_CLOSE = "’›'"
QUOTE_CHARS = frozenset("“”„«»\"‘’‚‹›'")
_QUOTE_MARKS = "".join(sorted(QUOTE_CHARS))  # for str.rstrip
CLOSERS = '”’"»›)]'
TRAILING_PUNCT = " \t\r\n.!?…,;:"

_HEADER = re.compile(r"\A\s*date\b")
_HEADER_OK = re.compile(r"\A\s*date[ \t]+(\d{4})-(\d{2})(?=\s|\Z)")
# A token (a word with inner hyphens, apostrophes and ampersands, "CD&V", and a web domain's
# ending, "NU.nl"; a dash typed as two hyphens, "--"; or one other non-space character) with the
# whitespace before it: every character is whitespace, \w or [^\w\s]. Possessive quantifiers, as
# nothing after a token could take characters back from it.
_GAP_TOKEN = re.compile(
    r"(\s*+)(\w++(?:[-'’&]\w++|(?<=\d)[.,]\d++)*+(?:\.(?:nl|be|com|org|net|eu)\b)?|--(?!-)|[^\w\s])"
)


def split_header(raw: str) -> tuple[str | None, str]:
    """Split the seed header ``date YYYY-MM`` off ``raw``.

    The header may sit on its own line or share the first line with the body. Returns
    ``("YYYY-MM", body)``, or ``(None, raw)`` when there is no header. A header that starts with
    ``date`` but is malformed raises ``ValueError``.
    """
    if not isinstance(raw, str):
        raise ValueError(f"expected str, got {type(raw).__name__}")
    if not _HEADER.match(raw):
        return None, raw
    m = _HEADER_OK.match(raw)
    if not m:
        first = raw.strip().split("\n", 1)[0][:40]
        raise ValueError(f"malformed date header {first!r}: expected 'date YYYY-MM'")
    year, month = m.group(1), m.group(2)
    if not 1 <= int(month) <= 12:
        raise ValueError(f"malformed date header: month {month} out of range")
    body = raw[m.end() :].lstrip()
    return f"{year}-{month}", body


_SHAPES: dict[str, tuple[str, bool, bool]] = {}  # token text -> (lower, word, cap)
_SHAPES_MAX = 500_000  # a bound on the cache, for arbitrary input


def _shape(text: str) -> tuple[str, bool, bool]:
    # "d’Hoop", "d'Hondt": a surname after an elided particle is capitalised for all that
    cap = (
        text[:1].isupper()
        or (text[:1] == "d" and text[1:2] in "'’" and text[2:3].isupper())
        # "al-Bahra", "el-Sisi": an Arabic surname with its article
        or (text[:3] in ("al-", "el-") and text[3:4].isupper())
    )
    shape = (text.lower(), text[:1].isalnum(), cap)
    if len(_SHAPES) < _SHAPES_MAX:
        _SHAPES[text] = shape
    return shape


class Token:
    """A word or punctuation mark with absolute offsets (a plain slotted class: made by the million)."""

    __slots__ = ("cap", "end", "lower", "quoted", "start", "text", "word")

    def __init__(self, text: str, start: int, end: int, quoted: bool):
        self.text = text
        self.lower, self.word, self.cap = _SHAPES.get(text) or _shape(text)
        self.start = start
        self.end = end
        self.quoted = quoted  # inside a top-level quote span

    @classmethod
    def quote(cls, text: str, start: int, end: int) -> Token:
        """A whole quote as one token (not a word, never cached)."""
        t = cls.__new__(cls)
        t.text, t.lower, t.word, t.cap = text, "", False, False
        t.start, t.end, t.quoted = start, end, True
        return t

    def comma_inside(self) -> bool:
        """Whether this is a whole quote whose last mark follows a comma: '“… for the better,”'."""
        return self.quoted and self.text.rstrip(_QUOTE_MARKS).endswith(",")

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}{', quoted' if self.quoted else ''})"


@dataclass(frozen=True, slots=True)
class Quote:
    """A top-level quote: marks at ``open`` and ``close`` (``close`` None when unbalanced)."""

    open: int
    close: int | None
    inner_start: int
    inner_end: int

    @property
    def balanced(self) -> bool:
        return self.close is not None

    @property
    def end(self) -> int:
        """Offset just past the closing mark (or the inner text when unbalanced)."""
        return self.close + 1 if self.close is not None else self.inner_end


def tokenize(text: str, start: int, end: int, quotes: list[Quote] = ()) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with absolute offsets."""
    out: list[Token] = []
    pos = start
    # a top-level quote is one token: the rules never look inside one, and news text is
    # largely quotes, so this saves most of the tokens
    for q in quotes:
        q_open, q_end = q.open, q.end  # ``end`` is a property: read it once
        if q_end <= start or q_open >= end:
            continue
        q_open, q_end = max(q_open, start), min(q_end, end)
        if q_open < pos:
            continue
        _words_into(out, text, pos, q_open)
        out.append(Token.quote(text[q_open:q_end], q_open, q_end))
        pos = q_end
    _words_into(out, text, pos, end)
    return out


def _words_into(out: list[Token], text: str, lo: int, hi: int) -> None:
    """Append the tokens of ``text[lo:hi]`` to ``out``.

    The engine's innermost loop (one pass per token of the article), so it avoids per-token calls:
    ``findall`` hands over each token with the whitespace before it, from which the offsets
    follow by addition (no match objects); tokens are made with ``__new__`` and slot stores
    instead of ``Token(...)``; the shape of each distinct token text is computed once.
    """
    # without trailing whitespace every gap is followed by a token, so the pattern never
    # backtracks over a long run of spaces
    hi = _rstrip(text, lo, hi)
    new = object.__new__
    shapes = _SHAPES
    append = out.append
    pos = lo
    for gap, w in _GAP_TOKEN.findall(text, lo, hi):
        start = pos + len(gap)
        pos = start + len(w)
        shape = shapes.get(w) or _shape(w)
        t = new(Token)
        t.text = w
        t.lower, t.word, t.cap = shape
        t.start = start
        t.end = pos
        t.quoted = False
        append(t)


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isalnum() and nxt.isalnum():
        return True
    if nxt.isdigit():
        return True
    # Dutch clitics: 's avonds, 't huis, 'n beetje
    after = text[i + 2] if i + 2 < hi else " "
    return (not prev.isalnum()) and nxt in "stnSTN" and not after.isalnum()


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Top-level quote spans in the paragraph ``text[start:end]``, in order."""
    stack: list[tuple[int, str]] = []  # (offset, family "d"/"s")
    spans: list[Quote] = []
    for m in _QUOTE_CHAR.finditer(text, start, end):
        i = m.start()
        c = text[i]
        prev = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if c in "'’" and _is_apostrophe(text, i, start, end):
            continue
        family = "d" if c in DOUBLE_OPEN or c in DOUBLE_CLOSE else "s"
        open_idx = None  # the innermost open mark of the same family
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][1] == family:
                open_idx = k
                break
        closes = c in DOUBLE_CLOSE or c in SINGLE_CLOSE or (c == "“" and open_idx is not None)
        if c in "\"'":
            # a straight mark closes „ and ‚, and “ in copy that mixes them (“…")
            closes = open_idx is not None and text[stack[open_idx][0]] in "\"'„‚“" and not prev.isspace()
        if c == "“" and open_idx is not None and text[stack[open_idx][0]] != "„":
            closes = False
        if closes and open_idx is not None:
            o = stack[open_idx][0]
            del stack[open_idx:]
            if not stack:
                spans.append(Quote(o, i, o + 1, i))
        elif (
            (c in DOUBLE_OPEN or c in SINGLE_OPEN)
            and len(stack) < 32
            and (
                not after.isspace()
                # "op tot actie. “ Wij moeten …”": a stray space after an opening mark
                or (c in "“„«" and not stack and after == " " and i + 2 < end and text[i + 2].isalnum())
            )
            and (prev.isspace() or prev in "([—–-:;,/" or i == start or prev in QUOTE_CHARS)
        ):
            stack.append((i, family))
    last_end = max((q.end for q in spans), default=start)
    for o, _family in stack:
        # an opening mark that starts the paragraph or a sentence and is never closed: a quote
        # that goes on in the next paragraph
        before = _rstrip(text, start, o)  # no slice: a paragraph can be long
        if o >= last_end and (before == start or text[before - 1] in ".!?…:"):
            spans.append(Quote(o, None, o + 1, _rstrip(text, o + 1, end)))
            break
    spans.sort(key=lambda q: q.open)
    return spans


# Two-character quote marks of real papers, rewritten to one mark plus a space so that offsets
# stay the same: ",,…''" and ",,…’’" (ANP, AD, PZC), "''…''" (the NYT archive), "‘‘…’’". An
# opening pair becomes " „"/" “" (the mark next to the words it opens), a closing pair "” ".
_PAIR = re.compile(r",,|''|’’|‘‘|``|‘’")


# A closing mark used to open a quote (”…”, ’…’ as some papers print them): after a space or at the
# start of a line and before a word; not the elisions "’s avonds", "’t", "’n".
_RIGHT_DOUBLE = re.compile(r"(?<!\S)”(?=\w)")
_RIGHT_SINGLE = re.compile(r"(?<!\S)’(?=\w)(?![stn]\b)")


_PRIMES = str.maketrans({"″": '"', "‶": '"'})


def normalize_quotes(text: str) -> str:
    """``text`` with two-character quote marks replaced by one-character ones, and closing marks
    that open a quote turned round, same length."""
    if "″" in text or "‶" in text:
        text = text.translate(_PRIMES)  # "″We are already at capacity,″ she said" (AP): double primes
    if "”" in text:
        text = _RIGHT_DOUBLE.sub("“", text)
    if "’" in text:
        text = _RIGHT_SINGLE.sub("‘", text)
    if (
        ",," not in text
        and "''" not in text
        and "’’" not in text
        and "‘‘" not in text
        and "``" not in text
        and "‘’" not in text
    ):
        return text
    out = []
    pos = 0
    n = len(text)
    for m in _PAIR.finditer(text):
        i, pair = m.start(), m.group(0)
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 2] if i + 2 < n else " "
        if pair == ",,":
            if not (nxt.isalnum() or nxt in "‘'‚“\"") or prev.isdigit():
                continue  # ",," as a typo between words, or a number
            new = " „"
        elif pair == "‘’" and prev.isspace():
            continue  # "‘’" with nothing before it: an empty quote, left alone
        elif pair in ("‘‘", "``") or (
            pair in ("''", "’’") and (prev.isspace() or prev in "([—–-") and not nxt.isspace()
        ):
            new = " “"
        elif not prev.isspace():
            new = "” "
        else:
            continue
        out.append(text[pos:i])
        out.append(new)
        pos = i + 2
    out.append(text[pos:])
    return "".join(out)


_QUOTE_CHAR = re.compile("[" + re.escape(_QUOTE_MARKS) + "]")


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def strip_span(text: str, lo: int, hi: int, chars: str = " \t\r\n,;:") -> tuple[int, int]:
    """Shrink ``[lo, hi)`` past surrounding whitespace and the given punctuation."""
    while lo < hi and text[lo] in chars:
        lo += 1
    while hi > lo and text[hi - 1] in chars:
        hi -= 1
    return lo, hi
