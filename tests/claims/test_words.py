"""Claim boundaries moved by words (claims.words)."""

import pytest

from claims.words import snap, step

BODY = "De bond wees een loonbod van 7 procent af en dat was het. Daarna zweeg hij."


def _span(text):
    start = BODY.index(text)
    return start, start + len(text)


@pytest.mark.parametrize(
    ("move", "expected"),
    [
        ("end-earlier", "een loonbod van 7 procent af"),
        ("end-later", "een loonbod van 7 procent af en dat"),
        ("start-earlier", "wees een loonbod van 7 procent af en"),
        ("start-later", "loonbod van 7 procent af en"),
    ],
)
def test_each_move_takes_one_word(move, expected):
    start, end = step(BODY, *_span("een loonbod van 7 procent af en"), move)
    assert BODY[start:end] == expected


def test_punctuation_goes_with_its_word():
    start, end = step(BODY, *_span("dat was"), "end-later")
    assert BODY[start:end] == "dat was het."


def test_a_move_that_would_leave_no_word_or_the_text_changes_nothing():
    one = _span("bond")
    assert step(BODY, *one, "start-later") == one
    assert step(BODY, *one, "end-earlier") == one
    first = _span("De bond")
    assert step(BODY, *first, "start-earlier") == first
    last = _span("zweeg hij.")
    assert step(BODY, *last, "end-later") == last


def test_an_unknown_move_is_refused():
    with pytest.raises(ValueError, match="unknown move"):
        step(BODY, 0, 5, "sideways")


def test_a_selection_snaps_to_whole_words():
    start, end = _span("een loonbod")
    assert snap(BODY, start + 1, end - 2) == (start, end)
