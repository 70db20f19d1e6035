"""claims.sources: files in, ArticleInput out, and one exact message per kind of bad input."""

import datetime
import json

import pytest

from claims import ingest
from claims.sources import ArticleInput, SourceError, decode, read_path, read_source

NOT_TEXT = "not text"
FIELDS = "accepted: text, title, lang, published, outlet, source_url"
TYPES = "accepted: .txt, .html, .htm, .json, .jsonl"


@pytest.mark.parametrize(
    ("name", "raw", "message"),
    [
        # empty
        ("empty.txt", b"", "empty.txt: the file is empty"),
        ("blank.txt", b"  \n\t \r\n", "blank.txt: the file is empty"),
        ("blank.json", b" \n", "blank.json: the file is empty"),
        ("nobody.txt", b"date 2019-01 \n   ", "nobody.txt: The article text is empty."),
        ("blank-text.json", b'{"text": " \\n "}', "blank-text.json: The article text is empty."),
        # size (the article limit; the byte limit has its own test below)
        (
            "big.txt",
            b"a" * 1_000_001,
            "big.txt: The article text has 1,000,001 characters; the limit is 1,000,000.",
        ),
        # encodings and binary files
        (
            "odd.txt",
            b"Tekst\n\x81 hier",
            "odd.txt: line 2: not UTF-8 (byte 0x81) nor cp1252 (byte 0x81): save the file as UTF-8",
        ),
        ("wide.txt", "Tekst".encode("utf-16"), "wide.txt: UTF-16 text: save the file as UTF-8"),
        ("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "scan.txt: binary file (NUL bytes), not text"),
        ("blob.txt", bytes(range(1, 32)) * 10, "blob.txt: binary file (87% control bytes), not text"),
        # control characters, named with line and column
        (
            "bell.txt",
            b"Regel een.\nRegel \x07twee.",
            f"bell.txt: line 2, column 7: a control character (U+0007 BEL), {NOT_TEXT}",
        ),
        (
            "c1.txt",
            "Tekst\u0085 hier".encode(),
            f"c1.txt: line 1, column 6: a control character (U+0085 C1 control), {NOT_TEXT}",
        ),
        (
            "nul.json",
            b'{"text": "a\\u0000b"}',
            f"nul.json: field 'text': line 1, column 2: a control character (U+0000 NUL), {NOT_TEXT}",
        ),
        (
            "title.json",
            b'{"text": "a", "title": "Kop\\u0007"}',
            f"title.json: field 'title': line 1, column 4: a control character (U+0007 BEL), {NOT_TEXT}",
        ),
        (
            "half.json",
            b'{"text": "a\\ud800b"}',
            f"half.json: field 'text': line 1, column 2: an unpaired surrogate (U+D800), {NOT_TEXT}",
        ),
        # the date header of a .txt
        (
            "old.txt",
            b"date 02-2019 Tekst.",
            "old.txt: line 1: malformed date header 'date 02-2019 Tekst.': expected 'date YYYY-MM'",
        ),
        (
            "bare.txt",
            b"date\nTekst.",
            "bare.txt: line 1: malformed date header 'date': expected 'date YYYY-MM'",
        ),
        (
            "month.txt",
            b"date 2019-13 Tekst.",
            "month.txt: line 1: malformed date header: month 13 out of range",
        ),
        (
            "late.txt",
            b"\n\ndate 2019-13\nTekst.",
            "late.txt: line 3: malformed date header: month 13 out of range",
        ),
        (
            "future.txt",
            b"date 2999-01 Tekst.",
            "future.txt: line 1: date header: “2999-01” is in the future.",
        ),
        # JSON syntax
        (
            "notes.json",
            b'{"text": "a",\n "title": "b"\n "lang": "nl"}',
            "notes.json: line 3, column 2: Expecting ',' delimiter",
        ),
        (
            "cut.json",
            b'{"text": "a"',
            "cut.json: line 1, column 13: the JSON ends too early (Expecting ',' delimiter)",
        ),
        (
            "single.json",
            b"{'text': 'a'}",
            "single.json: line 1, column 2: Expecting property name enclosed in double quotes",
        ),
        ("deep.json", b"[" * 100_000, "deep.json: JSON nested too deeply"),
        # JSON shape and field types
        ("str.json", b'"Tekst"', "str.json: expected an object or a list of objects, not string"),
        ("none.json", b"[]", "none.json: the list has no articles"),
        ("nested.json", b'[{"text": "a"}, ["b"]]', "nested.json: item 2: expected an object, not list"),
        ("notext.json", b'{"title": "Kop"}', "notext.json: field 'text' is missing"),
        ("null.json", b'{"text": null}', "null.json: field 'text' is missing"),
        (
            "list.json",
            b'[{"text": "a"}, {"text": "b", "published": 2019}]',
            "list.json: item 2: field 'published' must be a string, not int",
        ),
        ("bool.json", b'{"text": true}', "bool.json: field 'text' must be a string, not boolean"),
        ("body.json", b'{"body": "Tekst"}', f"body.json: unknown field 'body'; {FIELDS}"),
        ("two.json", b'{"text": "a", "b": 1, "c": 2}', f"two.json: unknown fields 'b', 'c'; {FIELDS}"),
        ("fr.json", b'{"text": "a", "lang": "fr"}', "fr.json: field 'lang' is “fr”: use one of nl, en"),
        (
            "when.json",
            b'{"text": "a", "published": "Feb 2019"}',
            "when.json: field 'published': “Feb 2019” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.",
        ),
        (
            "month.json",
            b'{"text": "a", "published": "2019-13"}',
            "month.json: field 'published': “2019-13” is not a valid date.",
        ),
        (
            "future.json",
            b'{"text": "a", "published": "2999-01-01"}',
            "future.json: field 'published': “2999-01-01” is in the future.",
        ),
        (
            "url.json",
            b'{"text": "a", "source_url": "javascript:alert(1)"}',
            "url.json: field 'source_url' is not an http(s) URL of at most 1000 characters",
        ),
        (
            "outlet.json",
            b'{"text": "a", "outlet": "' + b"x" * 201 + b'"}',
            "outlet.json: field 'outlet' is longer than 200 characters",
        ),
        # JSONL names the line
        (
            "batch.jsonl",
            b'{"text": "a"}\n\n{"text": 12}\n',
            "batch.jsonl: line 3: field 'text' must be a string, not int",
        ),
        (
            "broken.jsonl",
            b'{"text": "a"}\n{"text": "b" "c"}',
            "broken.jsonl: line 2, column 14: Expecting ',' delimiter",
        ),
        ("arr.jsonl", b'{"text": "a"}\n[{"text": "b"}]', "arr.jsonl: line 2: expected an object, not list"),
        # HTML with nothing to read
        (
            "page.html",
            b"<html><head><script>alert(1)</script></head><body><style>p{}</style></body></html>",
            "page.html: no article text found in the HTML",
        ),
        # file types
        ("notes.pdf", b"%PDF-1.4", f"notes.pdf: unsupported file type “.pdf”; {TYPES}"),
        ("README", b"Tekst", f"README: unsupported file type (no extension); {TYPES}"),
    ],
)
def test_bad_input_is_refused_with_a_specific_message(name, raw, message):
    with pytest.raises(SourceError) as excinfo:
        read_source(name, raw)
    assert str(excinfo.value) == message
    assert isinstance(excinfo.value, ingest.ImportRefused)


def test_a_file_over_the_byte_limit_is_refused_before_decoding(settings, tmp_path):
    settings.FACTCHECK_MAX_UPLOAD_BYTES = 10
    with pytest.raises(SourceError, match=r"^big\.txt: the file has 11 bytes; the limit is 10$"):
        read_source("big.txt", b"x" * 11)
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 20)
    with pytest.raises(SourceError, match=r"big\.txt: the file has 20 bytes; the limit is 10$"):
        read_path(path)


def test_a_missing_file_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "gone.txt"
    with pytest.raises(SourceError) as excinfo:
        read_path(path)
    assert str(excinfo.value) == f"{path}: cannot read the file (No such file or directory)"


def test_cp1252_is_the_fallback_and_is_reported():
    (item,) = read_source("oud.txt", "Café De Kroon zei: “dicht”.".encode("cp1252"))
    assert item.text == "Café De Kroon zei: “dicht”."
    assert item.encoding == "cp1252"
    assert decode("Café".encode(), "a.txt") == ("Café", "utf-8")


def test_a_utf8_bom_is_dropped():
    (item,) = read_source("bom.txt", "\ufeffdate 2019-02\nTekst.".encode())
    assert (item.text, item.encoding, item.published.precision) == ("Tekst.", "utf-8", "month")


def test_seed_header_on_the_same_line_as_the_text():
    (item,) = read_source("a.txt", b" date 2019-02 De tekst begint hier.")
    assert item == ArticleInput(
        text="De tekst begint hier.", published=ingest.Published.parse("2019-02"), source="a.txt"
    )
    assert item.published.date == datetime.date(2019, 2, 1)


def test_seed_header_on_its_own_line_and_no_header_at_all():
    (item,) = read_source("a.TXT", b"date 2020-11\nDe tekst.\n\nTweede alinea.")
    assert item.text == "De tekst.\n\nTweede alinea."
    assert (item.published.date, item.published.precision) == (datetime.date(2020, 11, 1), "month")
    (plain,) = read_source("b.txt", b"Geen kop, wel tekst.")
    assert (plain.text, plain.published) == ("Geen kop, wel tekst.", None)


HTML = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Kabinet: begroting groeit | De Krant</title>
<meta property="og:site_name" content="De Krant">
<link rel="canonical" href="https://krant.example/artikel/1">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
<style>body { color: red }</style><script>alert(1)</script></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Kabinet: begroting groeit</h1>
<p>Minister Jan de Vries zei dinsdag dat de begroting 3 procent groeit.</p>
<script>document.write("<b>alert(1)</b>")</script>
<p>“We houden de uitgaven in de hand”, zei De Vries.</p></article>
<footer>© De Krant</footer></body></html>"""


def test_html_gives_the_main_text_and_its_metadata_without_markup():
    (item,) = read_source("page.html", HTML.encode())
    assert "Minister Jan de Vries zei dinsdag dat de begroting 3 procent groeit." in item.text
    assert "“We houden de uitgaven in de hand”, zei De Vries." in item.text
    for left_out in ("<script", "alert(1)", "color: red", "<p>", "<", "Sport"):
        assert left_out not in item.text
    assert item.title == "Kabinet: begroting groeit"
    assert item.published == ingest.Published(datetime.date(2021, 3, 4), "day")
    assert (item.outlet, item.source_url, item.lang) == ("De Krant", "https://krant.example/artikel/1", "nl")


def test_an_html_fragment_is_read_too():
    (item,) = read_source("frag.htm", b"<p>Jan zei dat het goed gaat.</p><script>alert(1)</script>")
    assert item.text == "Jan zei dat het goed gaat."


def test_json_object_is_one_article_and_a_list_is_several():
    one = {"text": "Tekst een.", "title": "Een", "lang": "nl", "published": "2019-02-03"}
    one |= {"outlet": " De  Krant ", "source_url": "https://krant.example/1"}
    (item,) = read_source("one.json", json.dumps(one).encode())
    assert item == ArticleInput(
        text="Tekst een.",
        title="Een",
        lang="nl",
        published=ingest.Published(datetime.date(2019, 2, 3), "day"),
        outlet="De Krant",
        source_url="https://krant.example/1",
        source="one.json",
    )
    items = read_source("many.json", json.dumps([{"text": "A."}, {"text": "B.", "title": None}]).encode())
    assert [(i.text, i.title, i.source) for i in items] == [
        ("A.", "", "many.json: item 1"),
        ("B.", "", "many.json: item 2"),
    ]


def test_jsonl_names_each_line_and_keeps_line_separators_inside_strings():
    raw = '{"text": "A."}\n\n{"text": "B.\u2028C.", "lang": "en"}\r\n'.encode()
    items = read_source("batch.jsonl", raw)
    assert [(i.text, i.lang, i.source) for i in items] == [
        ("A.", None, "batch.jsonl: line 1"),
        ("B.\u2028C.", "en", "batch.jsonl: line 3"),
    ]


def test_one_bad_item_refuses_the_whole_file():
    raw = json.dumps([{"text": "Goed."}, {"text": "Ook goed."}, {"text": "Slecht.", "published": "2019-13"}])
    with pytest.raises(SourceError, match=r"^list\.json: item 3: field 'published'"):
        read_source("list.json", raw.encode())


@pytest.mark.parametrize(
    "text",
    [
        "De minister zei: “Dit is 🎉 geweldig nieuws 👍🏽” en lachte.",
        "De woordvoerder zei in het Arabisch: «مرحبا بالعالم» en in het Hebreeuws: ‏שלום עולם‏.",
        "Rutte said that the economy grew. Hij zei ook dat de werkloosheid daalt.",
        "Trump zei: “Dit is het begin van iets groots. En hij liep weg.",
    ],
    ids=["emoji", "rtl", "mixed-language", "unbalanced-quote"],
)
def test_unusual_but_valid_text_passes_unchanged(text):
    (item,) = read_source("a.json", json.dumps({"text": text}).encode())
    assert item.text == text
    (item,) = read_source("a.txt", text.encode())
    assert item.text == text
