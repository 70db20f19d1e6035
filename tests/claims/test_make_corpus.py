"""The synthetic corpus: the same seed gives the same files, in the seed format, full of attributed claims."""

from collections import Counter

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims import corpus
from claims.extraction import detect_language, extract_article
from claims.sources import read_path


def test_the_same_number_and_seed_give_the_same_article():
    assert corpus.article(7, seed=3) == corpus.article(7, seed=3)
    assert corpus.article(7, seed=3) != corpus.article(7, seed=4)
    assert corpus.article(7, seed=3) != corpus.article(8, seed=3)


def test_articles_are_all_different():
    texts = [corpus.article(n) for n in range(300)]
    assert len(set(texts)) == 300


def test_the_command_writes_seed_format_files_that_parse(tmp_path, capsys):
    call_command("make_corpus", "--articles", "12", "--out", str(tmp_path), "--seed", "5")
    files = sorted(tmp_path.rglob("*.txt"))
    assert [f.relative_to(tmp_path).as_posix() for f in files][:2] == ["000/000000.txt", "000/000001.txt"]
    assert len(files) == 12
    assert "12 articles in 1 folders" in capsys.readouterr().out
    for n, path in enumerate(files):
        text = path.read_text(encoding="utf-8")
        assert text == corpus.article(n, seed=5)
        header, title, blank = text.split("\n")[:3]
        assert header.startswith("date ") and title and not blank
        (item,) = read_path(path)
        assert item.published is not None and item.published.precision == "month"


def test_a_rerun_leaves_the_files_alone(tmp_path, capsys):
    call_command("make_corpus", "--articles", "3", "--out", str(tmp_path))
    call_command("make_corpus", "--articles", "3", "--out", str(tmp_path))
    assert "(0 written, 3 already there)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("n", "total", "path"),
    [(0, 10, "000/000000.txt"), (999, 2500, "000/000999.txt"), (1000, 2500, "001/001000.txt")],
)
def test_at_most_a_thousand_files_a_folder(n, total, path):
    assert corpus.path_for(n, total) == path
    assert corpus.path_for(99_999, 100_000) == "099/099999.txt"


def test_the_extractor_finds_every_kind_of_claim_with_speakers():
    kinds, speakers, rules = Counter(), Counter(), Counter()
    for n in range(60):
        _, body = corpus.article(n).split("\n", 1)
        result = extract_article(body)
        assert 8 <= len(result.claims) <= 16
        assert len({c.speaker for c in result.claims if c.speaker}) >= 2
        kinds.update(c.kind for c in result.claims)
        speakers.update(c.speaker for c in result.claims if c.speaker)
        rules.update(c.cue for c in result.claims if c.cue)
    assert set(kinds) == {"direct", "indirect", "unattributed"}
    assert {"zei", "volgens", "said", "according to"} <= set(rules)
    # Many speakers, and some of them in many articles.
    assert len(speakers) >= 50
    assert speakers.most_common(1)[0][1] >= 20


def test_lang_mix_sets_the_share_of_dutch():
    def langs(mix):
        return Counter(detect_language(corpus.article(n, lang_mix=mix)) for n in range(40))

    assert langs(1.0) == {"nl": 40}
    assert langs(0.0) == {"en": 40}
    assert 10 <= langs(0.5)["nl"] <= 30


@pytest.mark.parametrize("args", [["--articles", "0"], ["--articles", "3", "--lang-mix", "1.5"]])
def test_nonsense_options_are_refused(tmp_path, args):
    with pytest.raises(CommandError):
        call_command("make_corpus", *args, "--out", str(tmp_path))
