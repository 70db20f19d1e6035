"""Property-based robustness: any text, any quote marks, never an exception, offsets always right."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import extract, extract_article, split_header

ROOT = Path(__file__).resolve().parents[2]
SEED = split_header((ROOT / "seeds" / "000_5e518ff5de4b58f3.txt").read_text(encoding="utf-8"))[1]
SEED_WORDS = sorted(set(SEED.split()))
QUOTE_MARKS = list("“”„«»\"‘’‚‹›'")
PUNCT = [",", ".", ":", ";", "!", "?", "—", "-", "(", ")", "\n", "\n\n", " "]

PROPS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text, lang):
    ex = extract_article(text, lang)
    assert ex.lang in ("nl", "en")
    last = -1
    for c in ex.claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert c.kind in ("direct", "indirect", "unattributed")
        assert 0.0 <= c.confidence <= 1.0 and 0.0 <= c.checkworthiness <= 1.0
        assert c.start >= last
        last = c.start
    for s in ex.speakers:
        assert s.kind in ("person", "organisation", "unknown")
    return ex


@PROPS
@given(st.text(), st.sampled_from(["nl", "en", None]))
def test_random_text_never_raises_and_offsets_hold(text, lang):
    _check(text, lang)


@PROPS
@given(st.text(alphabet=st.sampled_from([*QUOTE_MARKS, " ", "a", "B", ",", ".", "\n"]), max_size=80))
def test_random_quote_marks(text):
    _check(text, "nl")


seed_mix = st.lists(
    st.one_of(st.sampled_from(SEED_WORDS), st.sampled_from(QUOTE_MARKS), st.sampled_from(PUNCT)),
    max_size=120,
)


@PROPS
@given(seed_mix, st.sampled_from(["nl", "en"]))
def test_random_mix_of_seed_words_and_quote_marks(parts, lang):
    text = " ".join(parts)
    _check(text, lang)
    _check("".join(parts), lang)


@PROPS
@given(seed_mix)
def test_extraction_is_deterministic(parts):
    text = " ".join(parts)
    assert extract(text, "nl") == extract(text, "nl")
    assert extract_article(text).to_dict() == extract_article(text).to_dict()


@PROPS
@given(st.integers(min_value=0, max_value=len(SEED)), st.integers(min_value=0, max_value=len(SEED)))
def test_any_slice_of_the_seed(a, b):
    lo, hi = min(a, b), max(a, b)
    _check(SEED[lo:hi], "nl")


def test_empty_and_blank_input():
    for text in ("", " ", "\n\n\t", "“", "”", '"', "'"):
        assert _check(text, None).claims == () or text.strip()


def test_huge_input_is_handled():
    text = "\n\n".join([SEED] * 40) + "\n“" + "woord " * 20_000
    ex = _check(text, "nl")
    assert len(ex.claims) > 40 * 20


def test_unbalanced_quotes_lower_confidence():
    balanced = extract("“Het was verstandig om te stoppen”, zei Trump.", "nl")[0]
    unbalanced = extract("“Het was verstandig om te stoppen, zei Trump.\n\nDaarna ging hij weg.", "nl")
    direct = [c for c in unbalanced if c.kind == "direct"]
    assert direct
    assert all(c.confidence < balanced.confidence for c in direct)


def test_articles_read_in_parallel_threads_get_the_claims_they_get_alone():
    # each thread keeps its own parses of the sentence it reads: articles whose sentences start at
    # the same offsets must not see each other's
    import json
    from concurrent.futures import ThreadPoolExecutor

    root = Path(__file__).resolve().parents[2] / "tests" / "gold" / "real"
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(root.glob("batch1/*.json"))]
    alone = [[c.to_dict() for c in extract(g["text"], g["lang"])] for g in golds]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda g: [c.to_dict() for c in extract(g["text"], g["lang"])], golds * 3))
    assert together == alone * 3
