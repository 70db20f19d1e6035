"""Moving a claim's boundaries a word at a time over its article's text. Pure Python: the claim
page's script (claim.js) does the same on the text around the claim, so a move shows at once."""

import re

_WORD = re.compile(r"\S+")

MOVES = ("start-earlier", "start-later", "end-earlier", "end-later")


def step(body: str, start: int, end: int, move: str) -> tuple[int, int]:
    """The span after one move: the start to the previous or next word's start, the end to the
    previous or next word's end. A move that would leave no word, or leave the text, changes
    nothing. Raises ValueError for an unknown move."""
    if move not in MOVES:
        raise ValueError(f"unknown move {move!r}")
    words = [(m.start(), m.end()) for m in _WORD.finditer(body)]
    if move == "start-earlier":
        earlier = [s for s, _e in words if s < start]
        return (earlier[-1] if earlier else start), end
    if move == "start-later":
        later = [s for s, _e in words if start < s < end]
        return (later[0] if later else start), end
    if move == "end-earlier":
        earlier = [e for _s, e in words if start < e < end]
        return start, (earlier[-1] if earlier else end)
    later = [e for _s, e in words if e > end]
    return start, (later[0] if later else end)


def snap(body: str, start: int, end: int) -> tuple[int, int]:
    """A selection widened to whole words: from the start of the word it starts in to the end of
    the word it ends in."""
    for m in _WORD.finditer(body):
        if m.start() <= start < m.end():
            start = m.start()
        if m.start() < end <= m.end():
            end = m.end()
    return start, end
