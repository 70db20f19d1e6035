"""Background imports (ImportJob): a large upload, a link, one poll of a feed. The web creates a
job and enqueues `claims.tasks.run_job`; a worker runs it here and records what became of each
article (ImportJobItem) as it goes, so the job's page shows progress and then the result.

Jobs are idempotent: a job already finished does nothing when run again, and an attempt after a
failed one imports only what is not in yet (the same text, or for links the same address, is
skipped). A job that fails for a reason that may pass (the network, the database) is tried again,
`FACTCHECK_JOB_MAX_ATTEMPTS` times in all, after FACTCHECK_JOB_BACKOFF_SECONDS, then 4 times that,
16 times...; one refused for good (a private address, a malformed file, a 404) fails at once.
Either way its page says why.
"""

import datetime
import logging
from dataclasses import replace

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import date_format

from . import audit, ingest, netfetch, sources
from .models import Article, Feed, ImportJob, ImportJobFile, ImportJobItem

logger = logging.getLogger(__name__)

Outcome = ImportJobItem.Outcome
State = ImportJob.State

# Minutes without a sign of life after which a running job is taken as lost (its worker died).
STALLED_MINUTES = 15


class Permanent(Exception):
    """A failure that trying again would not change."""


# -- enqueueing -------------------------------------------------------------------------------


def enqueue(task, *args, run_after: datetime.datetime | None = None):
    """Put `task(*args)` on the app's queue, to run at `run_after` where the backend can wait."""
    task = task.using(queue_name=settings.FACTCHECK_TASKS_QUEUE)
    if run_after is not None and task.get_backend().supports_defer:
        # Up to the next whole second: RQ keeps whole seconds, and would otherwise run it early.
        if run_after.microsecond:
            run_after = run_after.replace(microsecond=0) + datetime.timedelta(seconds=1)
        task = task.using(run_after=run_after)
    return task.enqueue(*args)


def start(job: ImportJob) -> ImportJob:
    """Enqueue a saved (committed) job."""
    from . import tasks

    enqueue(tasks.run_job, job.pk)
    return job


def create_upload(actor, files: list[tuple[str, bytes]], *, total: int, options: dict) -> ImportJob:
    with transaction.atomic():
        job = ImportJob.objects.create(
            kind=ImportJob.Kind.UPLOAD, created_by=actor, total=total, options=options
        )
        ImportJobFile.objects.bulk_create(
            ImportJobFile(job=job, name=name[:255], content=content) for name, content in files
        )
    return start(job)


def create_link(actor, url: str, *, options: dict) -> ImportJob:
    job = ImportJob.objects.create(
        kind=ImportJob.Kind.LINK, created_by=actor, url=url, total=1, options=options
    )
    return start(job)


# -- progress ---------------------------------------------------------------------------------


def progress(job: ImportJob) -> dict:
    """Counts for the job's page: total, done, imported, skipped, refused, percent."""
    counts = job.items.aggregate(
        done=Count("id", filter=~Q(outcome=Outcome.PENDING)),
        imported=Count("id", filter=Q(outcome=Outcome.IMPORTED)),
        skipped=Count("id", filter=Q(outcome=Outcome.SKIPPED)),
        refused=Count("id", filter=Q(outcome=Outcome.REFUSED)),
    )
    total = max(job.total, counts["done"])
    counts["total"] = total
    counts["percent"] = 100 if job.state == State.DONE else int(100 * counts["done"] / total) if total else 0
    return counts


# -- running ----------------------------------------------------------------------------------


def run(job_id: int) -> str:
    """Run one attempt of a job (the task's body). Returns the job's state afterwards."""
    now = timezone.now()
    claimed = ImportJob.objects.filter(pk=job_id, state=State.QUEUED).update(
        state=State.RUNNING,
        started_at=Coalesce(F("started_at"), now),
        attempts=F("attempts") + 1,
        next_attempt_at=None,
        updated_at=now,
    )
    job = ImportJob.objects.select_related("feed", "created_by").filter(pk=job_id).first()
    if job is None or not claimed:
        # Gone, finished, or running elsewhere: nothing to do (this is what makes re-runs safe).
        return job.state if job else "missing"
    try:
        with audit.cause(f"job:{job.pk}"):
            RUNNERS[job.kind](job)
    except Exception as exc:
        permanent, reason = classify(exc)
        if not isinstance(exc, (Permanent, netfetch.FetchError, ingest.ImportRefused, PermissionDenied)):
            logger.exception("Import job %s failed (attempt %s)", job.pk, job.attempts)
        if permanent or job.attempts >= settings.FACTCHECK_JOB_MAX_ATTEMPTS:
            fail(job, reason)
        else:
            retry_later(job, reason)
    job.refresh_from_db(fields=["state"])
    return job.state


def classify(exc: Exception) -> tuple[bool, str]:
    """(permanent?, why) for a failed attempt."""
    if isinstance(exc, (Permanent, netfetch.FetchRefused, ingest.ImportRefused, PermissionDenied)):
        return True, str(exc)
    if isinstance(exc, netfetch.FetchFailed):
        # A page that is not there, or not for us, will not be there on a second try either.
        permanent = exc.status is not None and 400 <= exc.status < 500 and exc.status not in (408, 425, 429)
        return permanent, str(exc)
    return False, f"{type(exc).__name__}: {exc}"


def backoff(attempt: int) -> datetime.timedelta:
    """The wait after failed attempt number `attempt` (1, 2, ...): base, 4x base, 16x base..."""
    return datetime.timedelta(seconds=settings.FACTCHECK_JOB_BACKOFF_SECONDS * 4 ** (attempt - 1))


def retry_later(job: ImportJob, reason: str) -> None:
    from . import tasks

    at = timezone.now() + backoff(job.attempts)
    job.state, job.next_attempt_at, job.updated_at = State.QUEUED, at, timezone.now()
    job.error = (
        f"Attempt {job.attempts} of {settings.FACTCHECK_JOB_MAX_ATTEMPTS} failed: {reason} "
        f"Trying again at {date_format(timezone.localtime(at), 'H:i:s')}."
    )
    job.save(update_fields=["state", "next_attempt_at", "updated_at", "error"])
    if job.feed_id:
        Feed.objects.filter(pk=job.feed_id).update(last_error=job.error)
    enqueue(tasks.run_job, job.pk, run_after=at)


def fail(job: ImportJob, reason: str) -> None:
    attempts = job.attempts
    job.state, job.finished_at = State.FAILED, timezone.now()
    job.updated_at = job.finished_at
    job.error = reason if attempts <= 1 else f"Failed after {attempts} attempts: {reason}"
    job.save(update_fields=["state", "finished_at", "updated_at", "error"])
    # What was waiting will not be done by this job (a feed tries it again at the next poll).
    job.items.filter(outcome=Outcome.PENDING).update(
        outcome=Outcome.REFUSED, reason="Not done: the job failed.", transient=True
    )
    if job.feed_id:
        Feed.objects.filter(pk=job.feed_id).update(last_error=job.error)


def finish(job: ImportJob) -> None:
    now = timezone.now()
    ImportJob.objects.filter(pk=job.pk, state=State.RUNNING).update(
        state=State.DONE, finished_at=now, updated_at=now, error=""
    )


def finish_if_complete(job_id: int) -> None:
    """Mark a job done once none of its items is waiting (for jobs whose items run as tasks)."""
    if not ImportJobItem.objects.filter(job_id=job_id, outcome=Outcome.PENDING).exists():
        job = ImportJob.objects.filter(pk=job_id).first()
        if job is not None:
            finish(job)


def rescue_stalled() -> int:
    """Jobs whose worker died (running, no sign of life for STALLED_MINUTES) are tried again
    or failed, as any failed attempt; jobs queued that long past their time are enqueued again.
    Run by the scheduler (`manage.py poll_feeds`)."""
    limit = timezone.now() - datetime.timedelta(minutes=STALLED_MINUTES)
    rescued = 0
    for job in ImportJob.objects.filter(state=State.RUNNING, updated_at__lt=limit):
        reason = f"no sign of life from its worker for {STALLED_MINUTES} minutes"
        if job.kind == ImportJob.Kind.FEED or job.attempts >= settings.FACTCHECK_JOB_MAX_ATTEMPTS:
            fail(job, reason)
        else:
            retry_later(job, reason)
        rescued += 1
    # Queued long past their time: their task was lost (Redis restarted empty). Enqueued again;
    # if the first task turns up after all, only one of the two claims the job.
    for job in ImportJob.objects.filter(state=State.QUEUED).filter(
        Q(next_attempt_at__lt=limit) | Q(next_attempt_at__isnull=True, updated_at__lt=limit)
    ):
        ImportJob.objects.filter(pk=job.pk).update(updated_at=timezone.now())
        start(job)
        rescued += 1
    return rescued


def alive(job: ImportJob) -> None:
    ImportJob.objects.filter(pk=job.pk).update(updated_at=timezone.now())


# -- uploads ----------------------------------------------------------------------------------


class _Upload:
    def __init__(self, row: ImportJobFile):
        self.pk, self.name = row.pk, row.name

    def __str__(self):
        return self.name


def _read_upload(upload: _Upload) -> list[sources.ArticleInput]:
    content = ImportJobFile.objects.values_list("content", flat=True).get(pk=upload.pk)
    return sources.read_source(upload.name, bytes(content))


def adjuster(options: dict):
    """The form's choices for every article of an upload, as `ArticleForm.inputs` applies them."""
    overrides = {k: options[k] for k in ("title", "lang", "outlet", "source_url") if options.get(k)}
    if options.get("published"):
        overrides["published"] = ingest.Published.parse(options["published"])
    if not overrides:
        return None
    return lambda item: replace(item, **overrides)


class _JobReport:
    """BulkImporter's report, written as job items a batch at a time."""

    def __init__(self, job: ImportJob):
        self.job = job
        self.rows: list[ImportJobItem] = []
        # A second attempt finds what the first imported as "already in": that stays "imported".
        self.ours = set(job.items.filter(outcome=Outcome.IMPORTED).values_list("article_id", flat=True))

    def refused(self, line: str) -> None:
        where, _, why = line.rpartition(": ")
        self.rows.append(
            ImportJobItem(job=self.job, source=(where or line)[:1200], outcome=Outcome.REFUSED, reason=why)
        )

    def note(self, line: str) -> None:
        pass

    def skipped(self, pending) -> None:
        if pending.existing in self.ours:
            return
        self.rows.append(
            ImportJobItem(
                job=self.job,
                source=pending.source[:1200],
                outcome=Outcome.SKIPPED,
                article_id=pending.existing,
                title=pending.title[:300],
                reason=f"Already in as #{pending.existing}.",
            )
        )

    def imported(self, pending) -> None:
        self.rows.append(
            ImportJobItem(
                job=self.job,
                source=pending.source[:1200],
                outcome=Outcome.IMPORTED,
                article_id=pending.article.pk,
                title=pending.title[:300],
            )
        )

    def advanced(self, files, summary) -> None:
        ImportJobItem.objects.bulk_create(self.rows)
        self.rows = []
        alive(self.job)


def _run_upload(job: ImportJob) -> None:
    from .bulk import BulkImporter

    # Items of an attempt that died half-way are written again by this one, except what it imported.
    job.items.exclude(outcome=Outcome.IMPORTED).delete()
    uploads = [_Upload(row) for row in job.files.only("pk", "name").order_by("pk")]
    options = job.options or {}
    importer = BulkImporter(
        actor=job.created_by,
        lang=options.get("lang") or None,
        batch_size=settings.FACTCHECK_JOB_BATCH_SIZE,
        workers=1,
        report=_JobReport(job),
        read=_read_upload,
        adjust=adjuster(options),
    )
    importer.run(uploads)
    finish(job)
    # The uploaded files have served their purpose.
    job.files.all().delete()


# -- links and pages --------------------------------------------------------------------------

_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


def import_page(url: str, *, actor, lang: str | None = None, options: dict | None = None) -> ImportJobItem:
    """Fetch the page at `url`, take its article text and import it. Returns an unsaved item with
    the outcome (imported, skipped as already in, refused with why). Raises FetchError when the
    page could not be fetched, for the caller to decide (fail the job, retry the item later)."""
    item = ImportJobItem(link=url[:1000], source=url[:1200])
    existing = Article.objects.filter(source_url=url).only("pk", "title").first()
    if existing is not None:
        return _skipped(item, existing, "Already in (same link) as #{pk}.")
    fetched = netfetch.fetch(url)
    if fetched.content_type not in _PAGE_TYPES:
        item.outcome, item.reason = Outcome.REFUSED, f"Not a web page ({fetched.content_type})."
        return item
    if fetched.url != url:
        existing = Article.objects.filter(source_url=fetched.url).only("pk", "title").first()
        if existing is not None:
            return _skipped(item, existing, "Already in (same link) as #{pk}.")
    options = options or {}
    try:
        if fetched.content_type == "text/plain":
            page = sources.ArticleInput(text=fetched.text(), source=url)
        else:
            page = sources.read_page(url, fetched.text())
        overrides = adjuster(options)
        if overrides is not None:
            page = overrides(page)
        kwargs = page.import_kwargs()
        kwargs["lang"] = kwargs["lang"] or lang or None
        if not options.get("source_url"):
            kwargs["source_url"] = url if len(url) <= 1000 else kwargs["source_url"]
        article = ingest.import_article(**kwargs, actor=actor)
    except ingest.DuplicateArticle as exc:
        return _skipped(item, exc.existing, "Already in (same text) as #{pk}.")
    except ingest.ImportRefused as exc:
        item.outcome, item.reason = Outcome.REFUSED, str(exc)
        return item
    item.outcome, item.article, item.title = Outcome.IMPORTED, article, article.title[:300]
    return item


def _skipped(item: ImportJobItem, article: Article, reason: str) -> ImportJobItem:
    item.outcome, item.article, item.title = Outcome.SKIPPED, article, article.title[:300]
    item.reason = reason.format(pk=article.pk)
    return item


def _run_link(job: ImportJob) -> None:
    job.items.all().delete()
    options = job.options or {}
    item = import_page(job.url, actor=job.created_by, lang=options.get("lang") or None, options=options)
    if item.outcome == Outcome.REFUSED:
        raise Permanent(item.reason)
    item.job = job
    item.save()
    finish(job)


def _run_feed(job: ImportJob) -> None:
    from . import feeds

    feeds.poll(job)


RUNNERS = {
    ImportJob.Kind.UPLOAD: _run_upload,
    ImportJob.Kind.LINK: _run_link,
    ImportJob.Kind.FEED: _run_feed,
}
