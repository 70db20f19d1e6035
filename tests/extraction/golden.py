"""Shared check for the golden tables in test_golden_nl and test_golden_en."""

from claims.extraction import extract


def _claim(claims, fragment):
    if fragment is None:
        assert len(claims) == 1, claims
        return claims[0]
    hits = [c for c in claims if fragment in c.text or (c.text in fragment and len(c.text) > 3)]
    assert hits, f"no claim containing {fragment!r} in {[c.text for c in claims]}"
    return hits[0]


def check_case(lang, passage, fragment, speaker, kind, cue, rule):
    """Extract ``passage`` and compare the claim holding ``fragment`` with the expectations."""
    claims = extract(passage, lang)
    c = _claim(claims, fragment)
    assert c.kind == kind
    if speaker is not None:
        assert c.speaker == speaker
    elif kind == "unattributed":
        assert c.speaker is None
    assert c.cue == cue
    if rule is not None:
        assert c.rule == rule
    assert passage[c.start : c.end] == c.text
