"""Bulk import: many article files in, batched rows out, checked and audited as
`ingest.import_article` checks and audits one article. `manage.py import_articles` runs it.

1. The main process reads the files in order through `claims.sources` (a bad file is refused whole,
   by name and line, and never half-written) and gathers their articles into batches. Articles
   whose content hash is already stored (one query per batch) or already met in this run are
   skipped before any extraction, so re-running a killed import only does what is left.
2. A pool of worker processes extracts the claims: pure Python and CPU-bound, with results that
   are frozen dataclasses, cheap to send back. The next batch is read and extracted while the
   main process writes the one before.
3. Each batch is written in one transaction, one bulk insert per table: new speakers, articles,
   claims, and per article the `article.imported` and `claims.extracted` audit events that
   `import_article` writes, chained by `audit.record_many`. Killed half-way, an import loses at
   most the batch it was writing.

Speakers are matched as `ingest.match_speaker` matches them (the same folded name, else the one
speaker whose name ends with this surname, or the other way round, or who was seen under one of
these names), but against an index of the speaker table kept in memory and brought up to date at
the start of each batch's transaction. When another writer gets in between (it stored one of
these articles, or created or removed a speaker this batch relies on), the insert fails, the batch
is rolled back, the index reloaded and the batch written again without what is now there.
"""

import functools
import multiprocessing
import os
import time
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import django
from django.db import IntegrityError, connection, transaction

from . import audit, ingest, sources
from .extraction import ENGINE_VERSION, SpeakerInfo
from .matching import text_key
from .models import Article, AuditEvent, Claim, DatePrecision, Speaker, fold_name
from .roles import require
from .webhooks import events as webhook_events

DEFAULT_BATCH_SIZE = 500
# Below this many files the import runs in one process unless told otherwise: starting workers
# would cost more than they save.
POOL_MIN_FILES = 20
_WRITE_ATTEMPTS = 3


@dataclass
class Pending:
    """One article read from a file, on its way to the database."""

    item: sources.ArticleInput | None  # None once done with (see release)
    source: str  # where it came from: `PATH`, `PATH: item N`, `PATH: line N`
    body: str
    digest: str
    title: str
    existing: int | None = None  # the stored article with the same text
    same_as: "Pending | None" = None  # an article earlier in this run with the same text
    extracted: "Extracted | None" = None
    error: str = ""
    article: Article | None = None

    def release(self) -> None:
        """Keep only what a later copy of the same text needs (where it was, where it went), so a
        run of any length holds no more than two batches of texts and claims."""
        if self.article is not None:
            self.existing = self.article.pk
        self.item, self.body, self.extracted, self.article = None, "", None, None


@dataclass
class Summary:
    files: int = 0
    imported: int = 0
    skipped: int = 0  # already in (stored before, or earlier in this run)
    refused: list[str] = field(default_factory=list)
    claims: int = 0
    speakers_created: int = 0
    seconds: float = 0.0
    workers: int = 1

    @property
    def articles_per_second(self) -> float:
        return self.imported / self.seconds if self.seconds else 0.0

    @property
    def claims_per_second(self) -> float:
        return self.claims / self.seconds if self.seconds else 0.0


class Report:
    """What an import says as it goes; the command prints it. Each method does nothing here."""

    def refused(self, line: str) -> None:
        """A file or article refused: `PATH: reason`."""

    def note(self, line: str) -> None:
        """Something worth knowing that refuses nothing (a file not in UTF-8)."""

    def skipped(self, pending: Pending) -> None:
        """An article already in: `pending.existing`, or `pending.same_as` earlier in the run."""

    def imported(self, pending: Pending) -> None:
        """An article stored (`pending.article`), or that would be in a dry run."""

    def advanced(self, files: int, summary: Summary) -> None:
        """`files` more files are done with."""


@dataclass
class _Batch:
    pendings: list[Pending]
    files: int  # files whose last article is in this batch (or that were refused whole)
    new: list[Pending] = field(default_factory=list)
    results: Iterable = ()


class BulkImporter:
    """Import article files in batches; see the module's docstring. `workers=None` is one per CPU
    (or one process in all for fewer than POOL_MIN_FILES files); `actor=None` is the system."""

    def __init__(
        self,
        *,
        actor=None,
        lang: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        workers: int | None = None,
        dry_run: bool = False,
        report: Report | None = None,
        read=sources.read_path,
        adjust=None,
    ):
        """`read(file)` gives a file's articles (`sources.read_path` for paths; a background job
        reads uploads kept in the database); `adjust(item)`, when given, changes each article
        read (the upload form's language, outlet... that apply to every article)."""
        require(actor, "import_article", "import articles")
        self.actor, self.lang, self.dry_run = actor, lang, dry_run
        self.batch_size = max(1, batch_size)
        self.workers = workers
        self.report = report or Report()
        self.read, self.adjust = read, adjust
        self.summary = Summary()
        self._seen: dict[str, Pending] = {}
        self._speakers: SpeakerIndex | None = None

    def run(self, files: list[Path]) -> Summary:
        started = time.perf_counter()
        workers = self.workers or ((os.cpu_count() or 1) if len(files) >= POOL_MIN_FILES else 1)
        self.summary.workers = workers
        pool = _pool(workers)
        try:
            in_flight: deque[_Batch] = deque()
            for batch in self._batches(files):
                self._check(batch)
                bodies = [p.body for p in batch.new]
                langs = [p.item.lang or self.lang for p in batch.new]
                if pool:
                    # Submits the whole batch now; the results are collected when it is written.
                    chunk = max(1, len(bodies) // (4 * workers))
                    batch.results = pool.map(_extract, bodies, langs, chunksize=chunk)
                else:
                    batch.results = map(_extract, bodies, langs)  # lazy: runs when it is written
                in_flight.append(batch)
                if len(in_flight) > 1:  # keep the workers busy with the next batch while writing
                    self._finish(in_flight.popleft())
            while in_flight:
                self._finish(in_flight.popleft())
        finally:
            if pool:
                pool.shutdown(wait=True, cancel_futures=True)
        self.summary.seconds = time.perf_counter() - started
        return self.summary

    def _batches(self, files: list[Path]) -> Iterator[_Batch]:
        """Read the files in order, yielding batches of `batch_size` articles."""
        pendings: list[Pending] = []
        done = 0
        for path in files:
            self.summary.files += 1
            done += 1
            try:
                items = self.read(path)
                if self.adjust is not None:
                    items = [self.adjust(item) for item in items]
            except sources.SourceError as exc:
                self._refuse(str(exc))
                continue
            if items and items[0].encoding != "utf-8":
                self.report.note(f"{path}: decoded as {items[0].encoding}, not UTF-8.")
            for item in items:
                body = ingest.clean_body(item.text)  # sources has checked it: this cannot refuse
                title = (item.title.strip() or ingest.title_from(body))[:300]
                pendings.append(Pending(item, item.source, body, ingest.content_hash(body), title))
            while len(pendings) >= self.batch_size:
                yield _Batch(pendings[: self.batch_size], done)
                pendings, done = pendings[self.batch_size :], 0
        if pendings or done:
            yield _Batch(pendings, done)

    def _check(self, batch: _Batch) -> None:
        """Mark what is already in, with one query; `batch.new` is the rest."""
        digests = [p.digest for p in batch.pendings]
        stored = dict(Article.objects.filter(content_hash__in=digests).values_list("content_hash", "pk"))
        for p in batch.pendings:
            if p.digest in stored:
                p.existing = stored[p.digest]
            elif p.digest in self._seen:
                p.same_as = self._seen[p.digest]
            else:
                self._seen[p.digest] = p
                batch.new.append(p)

    def _finish(self, batch: _Batch) -> None:
        """Collect the batch's extractions, store them, report each article in order."""
        for p, (extracted, error) in zip(batch.new, batch.results, strict=True):
            p.extracted, p.error = extracted, error
        extracted = [p for p in batch.new if p.extracted is not None]
        if extracted and not self.dry_run:
            self._write(extracted)
        for p in batch.pendings:
            first = p.same_as
            if first is not None and first.error:
                p.error = first.error  # the same text fails the same way
            if p.error:
                self._refuse(f"{p.source}: {p.error}")
            elif p.existing is not None or first is not None:
                if first is not None:
                    p.existing = first.article.pk if first.article is not None else first.existing
                self.summary.skipped += 1
                self.report.skipped(p)
            else:
                self.summary.imported += 1
                self.summary.claims += len(p.extracted.claims)
                self.report.imported(p)
        for p in batch.pendings:
            p.release()
        self.report.advanced(batch.files, self.summary)

    def _write(self, pendings: list[Pending]) -> None:
        for attempt in range(1, _WRITE_ATTEMPTS + 1):
            try:
                with transaction.atomic():
                    self._write_once(pendings)
                return
            except IntegrityError:
                # Another writer got in between; start again from what the database holds now.
                self._speakers = None
                for p in pendings:
                    p.article = None
                if attempt == _WRITE_ATTEMPTS:
                    raise
                digests = [p.digest for p in pendings]
                stored = dict(
                    Article.objects.filter(content_hash__in=digests).values_list("content_hash", "pk")
                )
                for p in pendings:
                    p.existing = stored.get(p.digest)
                pendings = [p for p in pendings if p.existing is None]
                if not pendings:
                    return

    def _write_once(self, pendings: list[Pending]) -> None:
        """One transaction: speakers, articles, claims, audit events, one bulk insert each."""
        if self._speakers is None:
            self._speakers = SpeakerIndex()
        index = self._speakers
        index.refresh()
        found = [index.resolve(p.extracted.speakers) for p in pendings]
        created, changed = index.take_changes()
        if changed:
            # First: a renamed speaker ("dekker" now "thijs dekker") may free the name of a new one.
            Speaker.objects.bulk_update(changed, ["name", "folded_name", "aliases", "role"])
        Speaker.objects.bulk_create(created)
        created_by = self.actor if self.actor is not None and self.actor.is_authenticated else None
        articles = Article.objects.bulk_create(
            [_article_row(p, created_by) for p in pendings], batch_size=self.batch_size
        )
        claims, events = [], []
        for p, article, speakers in zip(pendings, articles, found, strict=True):
            p.article = article
            claims.extend(
                (article.pk, speakers[name].pk if name else None, *values)
                for name, values in p.extracted.claims
            )
            events.extend(_audit_entries(article, len(p.extracted.claims), len(speakers), self.actor))
        _CLAIMS.insert(claims)
        audit.record_many(events)
        webhook_events.articles_imported((p.article, len(p.extracted.claims)) for p in pendings)
        self.summary.speakers_created += len(created)

    def _refuse(self, line: str) -> None:
        self.summary.refused.append(line)
        self.report.refused(line)


@dataclass(frozen=True)
class Extracted:
    """What a worker sends back for one article: its language, its speakers, and each claim as
    (speaker name or None, the values of _ClaimInsert's columns after article and speaker)."""

    lang: str
    speakers: tuple[SpeakerInfo, ...]
    claims: tuple[tuple[str | None, tuple], ...]


def _extract(body: str, lang: str | None) -> tuple[Extracted | None, str]:
    """In a worker: the extraction, or why there is none. The claims leave as ready rows, so the
    main process, which does all the writing, has the least work per claim."""
    try:
        # Looked up on `ingest` at call time, as import_article does: both use the same engine.
        result = ingest.extract_article(body, lang)
    except ValueError as exc:
        # The extraction engine raises ValueError for text it cannot handle.
        return None, f"claims could not be extracted ({exc})"
    # The values ingest._claim_rows gives each claim (text key, field limits).
    claims = tuple(
        (
            c.speaker or None,
            (
                c.text,
                text_key(c.text),
                c.start,
                c.end,
                c.kind,
                (c.mention or "")[:300],
                (c.cue or "")[:100],
                c.rule[:100],
                c.confidence,
                c.checkworthiness,
            ),
        )
        for c in result.claims
    )
    return Extracted(result.lang, result.speakers, claims), ""


class _Insert:
    """INSERT rows of a model with one executemany: the `given` columns from each row (values
    ready for the database), every other column its field's default, the same for all rows. At
    this volume, model instances and bulk_create's per-value preparation cost more than the
    insert; the defaults still come from the model, so a field added later is filled as usual."""

    def __init__(self, model, given: list[str]):
        self.model, self.given = model, given

    def insert(self, rows: list[tuple]) -> None:
        if not rows:
            return
        fields = {f.attname: f for f in self.model._meta.concrete_fields}
        rest = [f for f in fields.values() if f.attname not in self.given and not f.primary_key]
        columns = [fields[name].column for name in self.given] + [f.column for f in rest]
        defaults = tuple(f.get_db_prep_save(f.get_default(), connection) for f in rest)
        audit.insert_rows(self.model._meta.db_table, columns, [(*row, *defaults) for row in rows])


_CLAIMS = _Insert(
    Claim,
    [
        "article_id",
        "speaker_id",
        "text",
        "text_key",
        "start",
        "end",
        "kind",
        "mention",
        "cue",
        "rule",
        "confidence",
        "checkworthiness",
    ],
)


def _pool(workers: int) -> ProcessPoolExecutor | None:
    if workers <= 1:
        return None
    if "fork" in multiprocessing.get_all_start_methods():
        # Forked workers inherit the loaded code and settings: nothing to set up per worker. They
        # only extract, and never touch the database connection they inherit.
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    return ProcessPoolExecutor(workers, initializer=django.setup)


def _article_row(p: Pending, created_by) -> Article:
    published = p.item.published
    return Article(
        title=p.title,
        body=p.body,
        lang=p.extracted.lang,
        published=published.date if published else None,
        published_precision=published.precision if published else DatePrecision.DAY,
        outlet=p.item.outlet.strip(),
        source_url=p.item.source_url.strip(),
        content_hash=p.digest,
        created_by=created_by,
        extractor_version=ENGINE_VERSION,
    )


def _audit_entries(article: Article, n_claims: int, n_speakers: int, actor) -> list[dict]:
    """The two events `import_article` records for an article, with the same fields."""
    return [
        {
            "action": AuditEvent.Action.ARTICLE_IMPORTED,
            "actor": actor,
            "article": article,
            "changes": {
                "title": [None, article.title],
                "lang": [None, article.lang],
                "published": [None, article.published_display or None],
                "content_hash": [None, article.content_hash],
            },
        },
        {
            "action": AuditEvent.Action.CLAIMS_EXTRACTED,
            "actor": actor,
            "article": article,
            "changes": {"claims": [0, n_claims], "speakers": [0, n_speakers]},
            "note": f"extractor {ENGINE_VERSION}",
        },
    ]


class SpeakerIndex:
    """The speaker table in memory, matched as `ingest.match_speaker` and updated as
    `ingest._speakers_for` would update it, without a query per name."""

    def __init__(self):
        self._by_folded: dict[str, Speaker] = {}
        self._by_surname: dict[str, set[str]] = defaultdict(set)  # last word -> folded names
        self._by_alias: dict[str, set[str]] = defaultdict(set)  # folded alias -> folded names
        self._last_id = 0
        self._created: list[Speaker] = []
        self._changed: dict[int, Speaker] = {}

    def refresh(self) -> None:
        """Add the speakers stored since the last look (by others, or by us: those are known)."""
        for speaker in Speaker.objects.filter(pk__gt=self._last_id).order_by("pk"):
            self._last_id = speaker.pk
            if speaker.folded_name not in self._by_folded:
                self._add(speaker)

    def match(self, name: str, aliases=()) -> Speaker | None:
        """As `ingest.match_speaker`: the one known speaker this name refers to, or None."""
        folded = _fold(name)
        exact = self._by_folded.get(folded)
        if exact is not None or not folded:
            return exact
        forms = {_fold(a) for a in aliases} | {folded}
        surname = folded.split()[-1]
        # match_speaker's candidates end with the surname; those _same_person accepts either have
        # it as their last word or share a form of the name.
        keys = set(self._by_surname.get(surname, ()))
        for form in forms:
            keys.update(k for k in self._by_alias.get(form, ()) if k.endswith(surname))
        matches = [self._by_folded[k] for k in keys if _same_person(self._by_folded[k], folded, forms)]
        return matches[0] if len(matches) == 1 else None

    def resolve(self, infos) -> dict[str, Speaker]:
        """As `ingest._speakers_for`: a speaker for each extracted one, created or updated here."""
        found = {}
        for info in infos:
            speaker = self.match(info.name, info.aliases)
            if speaker is None:
                speaker = Speaker(
                    name=info.name,
                    folded_name=_fold(info.name),
                    kind=info.kind,
                    role=info.role,
                    aliases=sorted(set(info.aliases)),
                )
                self._add(speaker)
                self._created.append(speaker)
            else:
                self._update(speaker, info)
            found[info.name] = speaker
        return found

    def take_changes(self) -> tuple[list[Speaker], list[Speaker]]:
        """The speakers to insert and the stored ones to update since the last call."""
        created, changed = self._created, list(self._changed.values())
        self._created, self._changed = [], {}
        return created, changed

    def _update(self, speaker: Speaker, info) -> None:
        old_key, known = speaker.folded_name, set(speaker.aliases)
        renamed = len(info.name) > len(speaker.name) and _fold(info.name).endswith(" " + old_key)
        role = speaker.role or info.role
        if not renamed and known.issuperset(info.aliases) and role == speaker.role:
            return
        # "Trump" known, "Donald Trump" seen now: the fuller name becomes the speaker's name.
        if renamed:
            speaker.aliases = [*speaker.aliases, speaker.name]
            speaker.name = info.name
            speaker.folded_name = _fold(info.name)
            del self._by_folded[old_key]
            self._by_folded[speaker.folded_name] = speaker
            self._by_surname[old_key.split()[-1]].discard(old_key)
            self._by_surname[speaker.folded_name.split()[-1]].add(speaker.folded_name)
            for alias in known:
                self._by_alias[_fold(alias)].discard(old_key)
        speaker.aliases = sorted(set(speaker.aliases) | set(info.aliases))
        speaker.role = role
        for alias in speaker.aliases:
            self._by_alias[_fold(alias)].add(speaker.folded_name)
        if speaker.pk is not None:
            self._changed[speaker.pk] = speaker

    def _add(self, speaker: Speaker) -> None:
        key = speaker.folded_name
        self._by_folded[key] = speaker
        if key:
            self._by_surname[key.split()[-1]].add(key)
        for alias in speaker.aliases:
            self._by_alias[_fold(alias)].add(key)


# Names recur across thousands of articles: fold each form once.
_fold = functools.lru_cache(maxsize=200_000)(fold_name)


def _same_person(speaker: Speaker, folded: str, forms: set[str]) -> bool:
    """`ingest._same_person`, with the folds cached."""
    known = speaker.folded_name
    if known.endswith(" " + folded) or folded.endswith(" " + known):
        return True
    return any(_fold(a) in forms for a in speaker.aliases)
