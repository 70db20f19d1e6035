"""manage.py import_articles: good files load, each bad one is named with its reason, nothing half-way."""

import json
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError, OutputWrapper

from claims.models import Article, AuditEvent, Claim
from tests.conftest import SEED_DIR
from tests.factories import import_text

pytestmark = pytest.mark.django_db

TYPES = ".txt, .html, .htm, .json, .jsonl"

HTML = """<html lang="en"><head><title>Rates rise</title><style>p { color: red }</style>
<script>alert(1)</script></head><body><nav>Home | Sport</nav><article>
<p>The central bank said on Tuesday that interest rates will rise by 0.5 percent.</p>
<script>alert(1)</script>
<p>"We have no other choice," governor Anna Smith told reporters.</p></article></body></html>"""

GOOD = {
    "page.html": HTML.encode(),
    "two.json": json.dumps(
        [
            {"text": "Minister Jan de Vries zei dat de begroting 3 procent groeit.", "published": "2020-05"},
            {"text": "Volgens Piet Jansen daalt de werkloosheid tot 4 procent.", "lang": "nl"},
        ]
    ).encode(),
    "batch.jsonl": (
        b'{"text": "Mayor Tom Brown said that 300 homes will be built in 2025."}\n\n'
        b'{"text": "Wethouder Els Bakker zei dat de bus vaker gaat rijden.", "outlet": "De Krant"}\n'
    ),
    "sub/oud.txt": "date 2018-07 Café-eigenaar Kees Vos zei dat de omzet 10 procent daalde.".encode("cp1252"),
}
# What each bad file gets, as `PATH: reason` (PATH relative to the folder here).
BAD = {
    "bad.txt": (
        b"date 2019-13 Het kabinet zei dat alles goed gaat.",
        "line 1: malformed date header: month 13 out of range",
    ),
    "empty.txt": (b"date 2019-01\n  \n", "The article text is empty."),
    "half.json": (
        json.dumps([{"text": "Marie Smit zei dat de huur 5 procent stijgt."}, {"text": 12}]).encode(),
        "item 2: field 'text' must be a string, not int",
    ),
    "scan.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes), not text"),
}


@pytest.fixture
def folder(tmp_path):
    shutil.copy(next(SEED_DIR.glob("*.txt")), tmp_path / "seed.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "skipped.txt").write_text("Verborgen zei dat het niet telt.")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 not looked at in a folder")
    for name, raw in GOOD.items():
        (tmp_path / name).write_bytes(raw)
    for name, (raw, _) in BAD.items():
        (tmp_path / name).write_bytes(raw)
    return tmp_path


def rows():
    return (Article.objects.count(), Claim.objects.count(), AuditEvent.objects.count())


def test_good_files_load_and_each_bad_one_is_refused_by_name(folder, capsys):
    with pytest.raises(CommandError) as excinfo:
        call_command("import_articles", str(folder))
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"{folder / name}: {reason}" for name, (_, reason) in sorted(BAD.items())]
    assert f"{folder / 'sub/oud.txt'}: decoded as cp1252, not UTF-8." in out
    n_claims = Claim.objects.count()
    assert str(excinfo.value) == (
        f"7 articles imported ({n_claims} claims), 0 duplicates skipped, 4 refused, from 9 files."
    )
    # seed, html, 2 from the JSON list, 2 from JSONL, the cp1252 one; two audit events each.
    assert rows() == (7, n_claims, 14)
    assert n_claims >= 20 + 6
    assert not Article.objects.filter(body__contains="huur").exists()  # item 1 of the refused half.json
    assert not Article.objects.filter(body__contains="Verborgen").exists()
    page = Article.objects.get(title="Rates rise")
    assert "<" not in page.body and "alert(1)" not in page.body and page.lang == "en"
    oud = Article.objects.get(body__startswith="Café")
    assert oud.published_display == "2018-07"
    assert Article.objects.get(body__contains="Els Bakker").outlet == "De Krant"
    assert set(AuditEvent.objects.values_list("via", flat=True)) == {"command:import_articles"}


def test_a_rerun_imports_nothing_new_and_names_each_duplicate(folder, capsys):
    with pytest.raises(CommandError):
        call_command("import_articles", str(folder))
    capsys.readouterr()
    before = rows()
    with pytest.raises(
        CommandError, match=r"^0 articles imported \(0 claims\), 7 duplicates skipped, 4 refused"
    ):
        call_command("import_articles", str(folder))
    out, err = capsys.readouterr()
    ids = dict(Article.objects.values_list("title", "pk"))
    assert f"{folder / 'page.html'}: already imported as #{ids['Rates rise']}, skipped." in out.splitlines()
    assert f"{folder / 'two.json'}: item 2: already imported as #" in out
    assert f"{folder / 'batch.jsonl'}: line 3: already imported as #" in out
    assert out.count("already imported as #") == 7
    assert len(err.splitlines()) == 4
    assert rows() == before


def test_only_good_files_exit_zero_and_stay_idempotent(folder, capsys):
    for name in BAD:
        (folder / name).unlink()
    call_command("import_articles", str(folder))
    assert "7 articles imported" in capsys.readouterr().out
    call_command("import_articles", str(folder))
    out, err = capsys.readouterr()
    assert "0 articles imported (0 claims), 7 duplicates skipped, 0 refused, from 5 files." in out
    assert err == ""
    assert Article.objects.count() == 7


def test_dry_run_stores_nothing_but_reports_what_would_happen(folder, capsys):
    (folder / "copy.txt").write_bytes((folder / "seed.txt").read_bytes())
    with pytest.raises(
        CommandError, match=r"^7 articles would be imported .* Dry run: nothing was stored\.$"
    ):
        call_command("import_articles", str(folder), "--dry-run")
    out, err = capsys.readouterr()
    assert f"{folder / 'seed.txt'}: same text as {folder / 'copy.txt'}, skipped." in out
    assert len(err.splitlines()) == 4
    assert rows() == (0, 0, 0)


def test_missing_paths_and_unaccepted_files_named_explicitly_are_refused(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Jan Jansen zei dat de dijk 2 meter hoger wordt.")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    with pytest.raises(
        CommandError, match=r"^1 article imported \(1 claim\), 0 duplicates skipped, 2 refused"
    ):
        call_command("import_articles", str(tmp_path / "nope"), str(tmp_path / "notes.docx"), str(good))
    assert capsys.readouterr().err.splitlines() == [
        f"{tmp_path / 'nope'}: no such file or folder",
        f"{tmp_path / 'notes.docx'}: unsupported file type “.docx”; accepted: {TYPES}",
    ]


def test_lang_option_applies_to_articles_that_name_no_language(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"text": "The minister said that taxes rise by 2 percent."}\n'
        '{"text": "The mayor said that the bridge opens in May.", "lang": "en"}\n'
    )
    call_command("import_articles", str(path), "--lang", "nl")
    assert dict(Article.objects.values_list("title", "lang")) == {
        "The minister said that taxes rise by 2 percent.": "nl",
        "The mayor said that the bridge opens in May.": "en",
    }


def test_verbose_lists_each_import(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Jan Jansen zei dat de dijk 2 meter hoger wordt.")
    call_command("import_articles", str(path), verbosity=2)
    article = Article.objects.get()
    assert f"{path}: imported as #{article.pk} “{article.title}” (1 claim)." in capsys.readouterr().out


def test_an_article_that_fails_extraction_stops_nothing_else(tmp_path, capsys, monkeypatch):
    from claims import ingest

    real = ingest.extract_article

    def fragile(text, lang):
        if "BOOM" in text:
            raise ValueError("cannot tokenise this")
        return real(text, lang)

    monkeypatch.setattr(ingest, "extract_article", fragile)
    path = tmp_path / "a.jsonl"
    lines = ["Jan zei dat het regent.", "BOOM zei dat het knalt.", "Piet zei dat de zon schijnt."]
    path.write_text("\n".join(json.dumps({"text": t}) for t in lines))
    with pytest.raises(CommandError, match="2 articles imported"):
        call_command("import_articles", str(path))
    assert (
        capsys.readouterr().err == f"{path}: line 2: claims could not be extracted (cannot tokenise this)\n"
    )
    assert sorted(Article.objects.values_list("body", flat=True)) == sorted([lines[0], lines[2]])
    assert AuditEvent.objects.count() == 4


def test_an_article_already_in_the_database_is_a_duplicate_not_a_refusal(tmp_path, capsys):
    existing = import_text("Jan Jansen zei dat de dijk 2 meter hoger wordt.")
    path = tmp_path / "a.txt"
    path.write_text("  Jan  Jansen zei dat de dijk 2 meter hoger wordt.\n")
    call_command("import_articles", str(path))
    assert f"{path}: already imported as #{existing.pk}, skipped." in capsys.readouterr().out


SENTENCE = "woord " * 166_666  # 999,996 characters, no punctuation at all


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Minister Jan de Vries zei: “Dit is 🎉 geweldig nieuws 👍🏽” en vertrok. 🇳🇱 Hij ging naar huis.",
            "Jan de Vries",
        ),
        ("Woordvoerder Sara Cohen zei dat «مرحبا بالعالم» en ‏שלום עולם‏ welkom betekenen.", "Sara Cohen"),
        ("Rutte said that the economy grew by 2 percent. Hij zei ook dat de werkloosheid daalt.", None),
        ("Trump zei: “Dit is het begin van iets groots. En hij liep weg zonder af te sluiten.", "Trump"),
        (SENTENCE, None),
    ],
    ids=["emoji", "rtl", "mixed-language", "unbalanced-quote", "1MB-no-punctuation"],
)
def test_unusual_texts_import_whole(tmp_path, capsys, text, speaker):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": text}, ensure_ascii=False), encoding="utf-8")
    call_command("import_articles", str(path))
    assert "1 article imported" in capsys.readouterr().out
    article = Article.objects.get()
    assert article.body == text.strip()
    for claim in article.claims.all():
        assert claim.text in article.body[claim.start : claim.end]
    if speaker:
        assert speaker in " ".join(c.speaker.name for c in article.claims.all() if c.speaker)


def test_a_text_one_character_over_the_limit_is_refused(tmp_path, capsys):
    path = tmp_path / "long.txt"
    path.write_text("a" * 1_000_001)
    with pytest.raises(CommandError, match="1 refused"):
        call_command("import_articles", str(path))
    assert capsys.readouterr().err == (
        f"{path}: The article text has 1,000,001 characters; the limit is 1,000,000.\n"
    )
    assert rows() == (0, 0, 0)


def test_the_progress_bar_shows_only_on_a_terminal(folder, capsys, monkeypatch):
    for name in BAD:
        (folder / name).unlink()
    call_command("import_articles", str(folder), "--dry-run")
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(OutputWrapper, "isatty", lambda self: True)
    call_command("import_articles", str(folder), "--dry-run")
    assert "5/5" in capsys.readouterr().err
    call_command("import_articles", str(folder), "--dry-run", "--no-progress")
    assert capsys.readouterr().err == ""
