"""Files and uploads in, article inputs out: decoding, the formats we accept, and a clear refusal.

`read_source(name, raw)` turns the bytes of one file into a list of `ArticleInput`, ready for
`ingest.import_article(**item.import_kwargs(), actor=...)`. Everything that can be checked without
the database is checked here, for every article of the file, before any of it is stored: a file is
accepted whole or refused whole, with a `SourceError` whose message starts with the file name and,
where known, the line (or JSON item). Only duplicates are left to the import itself.

Formats, by extension:
- ``.txt``: the article text, optionally after a ``date YYYY-MM`` header (on its own line or on the
  first line of the text), which becomes a month-precision publication date. Without a header the
  article has no date; a header that is there must be well formed.
- ``.html``/``.htm``: the main text of the page (trafilatura; markup, scripts and styles dropped),
  with the page's title, date, site name, canonical URL and language where the page gives them.
- ``.json``: one object or a list of objects; ``.jsonl``: one object per line, blank lines skipped.
  Fields: ``text`` (required), ``title``, ``lang`` ("nl"/"en"), ``published`` ("YYYY",
  "YYYY-MM" or "YYYY-MM-DD"), ``outlet``, ``source_url``; all strings, null meaning "not given".
  Unknown fields are refused rather than ignored, so a misspelt ``publshed`` is not silently lost.
"""

import dataclasses
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from . import ingest
from .extraction import split_header
from .models import Article, Lang

ACCEPTED_EXTENSIONS = (".txt", ".html", ".htm", ".json", ".jsonl")
DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024

FIELDS = ("text", "title", "lang", "published", "outlet", "source_url")
# C0 controls other than tab/newline/carriage return, DEL, C1 controls (mostly mis-decoded text),
# lone surrogates (only JSON escapes can make them; no database can store them), and U+FFFD, the
# mark of bytes that were not valid in their encoding somewhere before (a browser puts it in a
# pasted text for them).
_BAD_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffd]")
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}
_MAX_OUTLET = Article._meta.get_field("outlet").max_length
_MAX_URL = Article._meta.get_field("source_url").max_length
_is_url = URLValidator(schemes=["http", "https"])
_HTML_DOCUMENT = re.compile(r"<(html|body)[\s>]", re.IGNORECASE)
_HTML_LANG = re.compile(r"<html[^>]*\slang=[\"']?([a-zA-Z]{2})\b", re.IGNORECASE)


class SourceError(ingest.ImportRefused):
    """A file (or one article in it) that cannot be read; the message starts with where."""

    def __init__(self, where: str, reason: str):
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class ArticleInput:
    """One article read from a file, not yet stored. `source` says where it came from."""

    text: str
    title: str = ""
    lang: str | None = None
    published: ingest.Published | None = None
    outlet: str = ""
    source_url: str = ""
    source: str = ""
    encoding: str = "utf-8"

    def import_kwargs(self) -> dict:
        """The keyword arguments of `ingest.import_article` (all but `actor`)."""
        return dict(
            text=self.text,
            title=self.title,
            lang=self.lang,
            published=self.published,
            outlet=self.outlet,
            source_url=self.source_url,
        )


def max_upload_bytes() -> int:
    return getattr(settings, "FACTCHECK_MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES)


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """Bytes to text: UTF-8 (a BOM is dropped), else cp1252. Returns (text, encoding used).

    Refuses files over the upload limit, binary files and text in neither encoding.
    """
    limit = max_upload_bytes()
    if len(raw) > limit:
        raise SourceError(name, f"the file has {len(raw):,} bytes; the limit is {limit:,}")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(name, "UTF-16 text: save the file as UTF-8")
    if b"\x00" in raw:
        raise SourceError(name, "binary file (NUL bytes), not text")
    head = raw[:8192]
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if head and controls / len(head) > 0.1:
        raise SourceError(name, f"binary file ({controls / len(head):.0%} control bytes), not text")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise SourceError(
            f"{name}: line {line}",
            f"not UTF-8 (byte {raw[bad_at]:#04x}) nor cp1252 (byte {raw[exc.start]:#04x}): "
            "save the file as UTF-8",
        ) from None


def read_path(path: Path) -> list[ArticleInput]:
    """Read one file from disk; see `read_source`."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_upload_bytes():
            raise SourceError(name, f"the file has {size:,} bytes; the limit is {max_upload_bytes():,}")
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(name, f"cannot read the file ({exc.strerror or exc})") from None
    return read_source(name, raw)


def read_source(name: str, raw: bytes) -> list[ArticleInput]:
    """The articles in one file, by its extension; raises SourceError for anything malformed."""
    suffix = Path(name).suffix.lower()
    if suffix not in ACCEPTED_EXTENSIONS:
        kind = f"“{suffix}”" if suffix else "(no extension)"
        raise SourceError(name, f"unsupported file type {kind}; accepted: {', '.join(ACCEPTED_EXTENSIONS)}")
    text, encoding = decode(raw, name)
    if not text.strip():
        raise SourceError(name, "the file is empty")
    if suffix == ".txt":
        items = [_read_text(name, text)]
    elif suffix in (".html", ".htm"):
        items = [_read_html(name, text)]
    elif suffix == ".json":
        items = _read_json(name, text)
    else:
        items = _read_jsonl(name, text)
    return [_checked(item, encoding) for item in items]


def _read_text(name: str, text: str) -> ArticleInput:
    refuse_bad_chars(name, text)
    header_line = text.count("\n", 0, len(text) - len(text.lstrip())) + 1
    try:
        month, body = split_header(text)
    except ValueError as exc:
        raise SourceError(f"{name}: line {header_line}", str(exc)) from None
    published = None
    if month:
        try:
            published = ingest.Published.parse(month)
        except ingest.ImportRefused as exc:
            raise SourceError(f"{name}: line {header_line}", f"date header: {exc}") from None
    return ArticleInput(text=body, published=published, source=name)


def _read_html(name: str, html: str) -> ArticleInput:
    import trafilatura  # slow to import, and only HTML needs it

    trafilatura_log = logging.getLogger("trafilatura")
    if trafilatura_log.level == logging.NOTSET:
        # Its warnings ("discarding data: None") repeat, less clearly, what our SourceError says.
        trafilatura_log.setLevel(logging.ERROR)
    if not _HTML_DOCUMENT.search(html):
        # A fragment (a pasted <p>…</p>) gives trafilatura no tree to work on.
        html = f"<html><body>{html}</body></html>"
    # A string, never a URL: trafilatura fetches nothing here. Dates only from the page's metadata.
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise SourceError(name, "no article text found in the HTML")
    refuse_bad_chars(f"{name}: extracted text", doc.text)
    published = None
    if doc.date:
        try:
            published = ingest.Published.parse(doc.date)
        except ingest.ImportRefused as exc:
            raise SourceError(name, f"the page's publication date: {exc}") from None
    declared = _HTML_LANG.search(html)
    lang = (doc.language or (declared.group(1) if declared else "")).lower()
    url = _clean_meta(doc.url)
    return ArticleInput(
        text=doc.text,
        title=_clean_meta(doc.title),
        lang=lang if lang in Lang.values else None,
        published=published,
        outlet=_clean_meta(doc.sitename)[:_MAX_OUTLET],
        # The page's own claim about its address is a hint: keep it only when it is a usable URL.
        source_url=url if len(url) <= _MAX_URL and _valid_url(url) else "",
        source=name,
    )


def read_page(name: str, html: str) -> ArticleInput:
    """The article in a web page fetched from `name` (its address): the main text, title, date,
    language and outlet, as for an uploaded .html file. Raises SourceError."""
    if not html.strip():
        raise SourceError(name, "the page is empty")
    return _checked(_read_html(name, html), "utf-8")


def _read_json(name: str, text: str) -> list[ArticleInput]:
    data = _parse_json(name, text)
    if isinstance(data, dict):
        return [_from_object(name, data)]
    if not isinstance(data, list):
        raise SourceError(name, f"expected an object or a list of objects, not {_type(data)}")
    if not data:
        raise SourceError(name, "the list has no articles")
    return [_from_object(f"{name}: item {n}", obj) for n, obj in enumerate(data, 1)]


def _read_jsonl(name: str, text: str) -> list[ArticleInput]:
    items = []
    # Not splitlines(): JSON strings may hold U+2028 and friends, which it would split on.
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            where = f"{name}: line {n}"
            items.append(_from_object(where, _parse_json(name, line, line_number=n)))
    return items


# Python refuses to turn longer digit strings into ints (CVE-2020-10735); say so ourselves.
_MAX_DIGITS = 4300
_LONG_NUMBER = re.compile(rf"-?\d{{{_MAX_DIGITS + 1},}}")


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_DIGITS:
        raise _NumberTooLong(digits)
    return int(digits)


class _NumberTooLong(ValueError):
    pass


def _parse_json(name: str, text: str, line_number: int | None = None):
    try:
        return json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        where = f"{name}: line {line_number or exc.lineno}, column {exc.colno}"
        if exc.pos >= len(text.rstrip()):
            raise SourceError(where, f"the JSON ends too early ({exc.msg})") from None
        raise SourceError(where, exc.msg) from None
    except _NumberTooLong as exc:
        found = _LONG_NUMBER.search(text)
        at = found.start() if found else 0
        line = line_number or text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        digits = len(str(exc).lstrip("-"))
        raise SourceError(
            f"{name}: line {line}, column {column}",
            f"a number with {digits:,} digits; JSON numbers here may have at most {_MAX_DIGITS:,}",
        ) from None
    except RecursionError:
        raise SourceError(
            f"{name}: line {line_number}" if line_number else name, "JSON nested too deeply"
        ) from None
    except ValueError as exc:  # anything else the decoder cannot take is still this file's problem
        raise SourceError(
            f"{name}: line {line_number}" if line_number else name, f"not valid JSON ({exc})"
        ) from None


def _from_object(where: str, obj) -> ArticleInput:
    if not isinstance(obj, dict):
        raise SourceError(where, f"expected an object, not {_type(obj)}")
    unknown = sorted(set(obj) - set(FIELDS))
    if unknown:
        noun = "field" if len(unknown) == 1 else "fields"
        raise SourceError(
            where, f"unknown {noun} {', '.join(map(repr, unknown))}; accepted: {', '.join(FIELDS)}"
        )
    if "text" not in obj or obj["text"] is None:
        raise SourceError(where, "field 'text' is missing")
    for field in FIELDS:
        value = obj.get(field)
        if value is not None and not isinstance(value, str):
            raise SourceError(where, f"field {field!r} must be a string, not {_type(value)}")
    fields = {field: obj.get(field) or "" for field in FIELDS}
    refuse_bad_chars(f"{where}: field 'text'", fields["text"])
    for field in ("title", "outlet", "source_url", "lang", "published"):
        fields[field] = _one_line(fields[field])
        refuse_bad_chars(f"{where}: field {field!r}", fields[field])
    if fields["lang"] and fields["lang"] not in Lang.values:
        raise SourceError(where, f"field 'lang' is “{fields['lang']}”: use one of {', '.join(Lang.values)}")
    published = None
    if fields["published"]:
        try:
            published = ingest.Published.parse(fields["published"])
        except ingest.ImportRefused as exc:
            raise SourceError(where, f"field 'published': {exc}") from None
    if len(fields["outlet"]) > _MAX_OUTLET:
        raise SourceError(where, f"field 'outlet' is longer than {_MAX_OUTLET} characters")
    url = check_source_url(where, fields["source_url"])
    return ArticleInput(
        text=fields["text"],
        title=fields["title"],
        lang=fields["lang"] or None,
        published=published,
        outlet=fields["outlet"],
        source_url=url,
        source=where,
    )


def _checked(item: ArticleInput, encoding: str) -> ArticleInput:
    """Apply the import's own text checks now (empty, too long), so a bad article refuses its file."""
    try:
        ingest.clean_body(item.text)
    except ingest.ImportRefused as exc:
        raise SourceError(item.source, str(exc)) from None
    if encoding == item.encoding:
        return item
    return dataclasses.replace(item, encoding=encoding)


def refuse_bad_chars(where: str, text: str) -> None:
    """Raise SourceError naming the line and column of the first character no article may hold.
    Files, JSON fields and pasted text all go through this one check."""
    bad = _BAD_CHAR.search(text)
    if bad:
        char = bad.group()
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        if "\ud800" <= char <= "\udfff":
            what = f"an unpaired surrogate (U+{ord(char):04X})"
        elif char == "\ufffd":
            what = "U+FFFD REPLACEMENT CHARACTER (bytes that were not valid text before they came here)"
        else:
            what = f"a control character (U+{ord(char):04X} {_char_name(char)})"
        raise SourceError(f"{where}: line {line}, column {column}", f"{what}, not text")


def _char_name(char: str) -> str:
    names = {0: "NUL", 7: "BEL", 8: "BACKSPACE", 0x0B: "VERTICAL TAB", 0x0C: "FORM FEED", 0x1B: "ESC"}
    return names.get(ord(char)) or unicodedata.name(char, "C1 control" if ord(char) >= 0x80 else "control")


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _clean_meta(value: str | None) -> str:
    """A page's metadata is a hint, not the article: drop what cannot be stored rather than refuse."""
    return _one_line(_BAD_CHAR.sub("", value or ""))


def check_source_url(where: str, url: str) -> str:
    """The article's source link as stored, or SourceError: http(s) only, as for every import."""
    url = url.strip()
    if url and (len(url) > _MAX_URL or not _valid_url(url)):
        raise SourceError(where, f"field 'source_url' is not an http(s) URL of at most {_MAX_URL} characters")
    return url


def check_unique(items: list[ArticleInput]) -> None:
    """Refuse a file that holds the same article twice (as the import would see it: the same
    cleaned text), naming both, before anything is stored."""
    first: dict[str, str] = {}
    for item in items:
        try:
            digest = ingest.content_hash(ingest.clean_body(item.text))
        except ingest.ImportRefused:
            continue  # refused on its own later, with its own reason
        if digest in first:
            name = item.source.rpartition(": ")[0]
            earlier = first[digest].rpartition(": ")[2]
            raise SourceError(
                item.source, f"the same article as {earlier}" if name else "the same article twice"
            )
        first[digest] = item.source


def _valid_url(url: str) -> bool:
    try:
        _is_url(url)
    except ValidationError:
        return False
    return True


def _type(value) -> str:
    return {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), type(value).__name__
    )
