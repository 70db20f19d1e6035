"""The task layer for real, on both backends (the database worker, and RQ on the local Redis):
an upload of 1,000 articles as a job with progress and result, a failing job retried with back-off
then failed with its reason, a feed polled twice importing each item once, a 304 respected."""

import pytest

from claims import feeds, jobs
from claims.models import Article, AuditEvent, Feed, ImportJob, ImportJobItem
from tests.localserver import LocalServer

from .tasking import corpus_jsonl, run_until, use_backend

pytestmark = pytest.mark.django_db(transaction=True)

BACKENDS = ["database", "rq"]


@pytest.fixture(params=BACKENDS)
def worker(request, settings):
    w = use_backend(request.param, settings)
    yield w
    w.close()


@pytest.fixture
def server(settings):
    s = LocalServer("127.0.0.1")
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    yield s
    s.close()


def test_an_upload_of_1000_articles_is_a_job_with_progress_and_a_result(
    worker, editor, settings, monkeypatch
):
    settings.FACTCHECK_JOB_BATCH_SIZE = 250
    data = corpus_jsonl(1000)
    seen = []
    real_alive = jobs.alive
    monkeypatch.setattr(jobs, "alive", lambda job: (seen.append(jobs.progress(job)["done"]), real_alive(job)))

    job = jobs.create_upload(editor, [("desk.jsonl", data)], total=1000, options={})
    assert job.state == ImportJob.State.QUEUED
    assert jobs.progress(job)["done"] == 0

    run_until(worker, lambda: ImportJob.objects.get(pk=job.pk).finished)
    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE, job.error
    assert seen == [250, 500, 750, 1000]  # progress, a batch at a time
    counts = jobs.progress(job)
    assert (counts["total"], counts["done"], counts["imported"], counts["percent"]) == (1000, 1000, 1000, 100)
    assert Article.objects.count() == 1000
    first = job.items.first()
    assert first.source == "desk.jsonl: line 1"
    assert first.article.created_by == editor
    # Audited as every import, with the job as the cause.
    event = AuditEvent.objects.filter(action=AuditEvent.Action.ARTICLE_IMPORTED).first()
    assert (event.via, event.actor_name) == (f"job:{job.pk}", "edith")
    assert job.files.count() == 0

    # Idempotent: run again, nothing more is imported and the result stays the same.
    ImportJob.objects.filter(pk=job.pk).update(state=ImportJob.State.QUEUED)
    jobs.start(job)
    run_until(worker, lambda: ImportJob.objects.get(pk=job.pk).state == ImportJob.State.DONE)
    assert Article.objects.count() == 1000
    assert jobs.progress(job)["imported"] == 1000


def test_a_failing_job_is_retried_with_back_off_then_fails_with_its_reason(worker, editor, server, settings):
    settings.FACTCHECK_JOB_BACKOFF_SECONDS = 0.3
    settings.FACTCHECK_JOB_MAX_ATTEMPTS = 3
    url = server.serve("/story", "down for maintenance", status=503)

    job = jobs.create_link(editor, url, options={})
    run_until(worker, lambda: ImportJob.objects.get(pk=job.pk).finished, timeout=30)
    job.refresh_from_db()
    times = [t for (_m, p, _h), t in zip(server.requests, server.times, strict=True) if p == "/story"]
    assert job.state == ImportJob.State.FAILED
    assert job.attempts == 3
    assert job.error == f"Failed after 3 attempts: {url} answered HTTP 503."
    assert len(times) == 3
    # Back-off: 0.3 s, then 4 x 0.3 s.
    assert times[1] - times[0] >= 0.3
    assert times[2] - times[1] >= 1.2
    assert Article.objects.count() == 0


def test_a_job_that_fails_for_good_is_not_retried(worker, editor, server, settings):
    url = server.serve("/gone", "", status=404)
    job = jobs.create_link(editor, url, options={})
    run_until(worker, lambda: ImportJob.objects.get(pk=job.pk).finished)
    job.refresh_from_db()
    assert (job.state, job.attempts, job.error) == (ImportJob.State.FAILED, 1, f"{url} answered HTTP 404.")


PAGE = """<!doctype html><html lang="en"><head><title>{title}</title></head><body><article>
<h1>{title}</h1><p>{body}</p></article></body></html>"""


def _rss(server, paths):
    items = "".join(
        f"<item><title>Story {p}</title><link>{server.url(p)}</link><guid>{p}</guid></item>" for p in paths
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet</title>{items}</channel></rss>'


def _serve_story(server, n):
    body = (
        f"The council said on Monday that {n * 7} new homes will be built in the city. "
        f"“We have never built so many homes in one year,” said alderman Jan de Vries {n}. "
        "According to the planning office, prices rose by 4 percent last year."
    )
    server.serve(
        f"/story/{n}", PAGE.format(title=f"Homes story {n}", body=body), headers={"Content-Type": "text/html"}
    )
    return f"/story/{n}"


def test_a_feed_polled_twice_imports_each_item_once(worker, chief, server):
    paths = [_serve_story(server, n) for n in range(3)]
    server.serve("/feed.xml", _rss(server, paths), headers={"Content-Type": "application/rss+xml"})
    feed = feeds.add_feed(actor=chief, name="Outlet", url=server.url("/feed.xml"), lang="en")

    first = feeds.poll_now(feed, actor=chief)
    run_until(worker, lambda: ImportJob.objects.get(pk=first.pk).finished)
    first.refresh_from_db()
    assert first.state == ImportJob.State.DONE, first.error
    assert Article.objects.count() == 3
    assert sorted(Article.objects.values_list("source_url", flat=True)) == sorted(
        server.url(p) for p in paths
    )

    # One more item; the old ones are not fetched again.
    paths.append(_serve_story(server, 3))
    server.serve("/feed.xml", _rss(server, paths), headers={"Content-Type": "application/rss+xml"})
    second = feeds.poll_now(feed, actor=chief)
    run_until(worker, lambda: ImportJob.objects.get(pk=second.pk).finished)
    second.refresh_from_db()
    assert second.state == ImportJob.State.DONE, second.error
    assert Article.objects.count() == 4
    assert [i.link for i in second.items.all()] == [server.url("/story/3")]
    assert all(server.hits(p) == 1 for p in paths)
    feed.refresh_from_db()
    assert (feed.items_seen, feed.items_imported, feed.items_refused) == (4, 4, 0)
    assert feed.last_error == ""
    event = AuditEvent.objects.filter(action=AuditEvent.Action.ARTICLE_IMPORTED).first()
    assert (event.via, event.actor_name) == (f"feed:{feed.pk}", "")


def test_a_304_ends_the_poll(worker, chief, server):
    paths = [_serve_story(server, n) for n in range(2)]
    server.serve("/feed.xml", _rss(server, paths), etag='"v1"')
    feed = feeds.add_feed(actor=chief, name="Outlet", url=server.url("/feed.xml"))
    job = feeds.poll_now(feed, actor=chief)
    run_until(worker, lambda: ImportJob.objects.get(pk=job.pk).finished)
    feed.refresh_from_db()
    assert feed.etag == '"v1"'

    again = feeds.poll_now(feed, actor=chief)
    run_until(worker, lambda: ImportJob.objects.get(pk=again.pk).finished)
    again.refresh_from_db()
    feed.refresh_from_db()
    assert again.state == ImportJob.State.DONE
    assert server.requests[-1][2]["If-None-Match"] == '"v1"'
    assert feed.last_status == "Not modified (HTTP 304)"
    assert again.items.count() == 0
    assert Article.objects.count() == 2
    assert ImportJobItem.objects.count() == 2


def test_due_feeds_are_polled_by_the_scheduler(worker, chief, server):
    server.serve("/feed.xml", _rss(server, [_serve_story(server, 1)]))
    feed = feeds.add_feed(actor=chief, name="Outlet", url=server.url("/feed.xml"), interval_minutes=30)
    paused = feeds.add_feed(actor=chief, name="Paused", url=server.url("/other.xml"), paused=True)
    started = feeds.poll_due()
    assert [j.feed for j in started] == [feed]
    assert feeds.poll_due() == []  # moved on by its interval
    run_until(worker, lambda: ImportJob.objects.get(pk=started[0].pk).finished)
    assert Article.objects.count() == 1
    feed.refresh_from_db()
    assert 29 * 60 < (feed.next_poll_at - feed.last_polled_at).total_seconds() <= 30 * 60 + 5
    assert not paused.jobs.exists()
    assert Feed.objects.count() == 2


def test_the_worker_command_runs_queued_jobs(settings, editor, server):
    """`manage.py run_worker --burst` on the database backend: what `make run` starts, once."""
    from django.core.management import call_command

    use_backend("database", settings)
    job = jobs.create_link(
        editor,
        server.serve("/s", PAGE.format(title="T", body="The mayor said that 3 parks open.")),
        options={},
    )
    assert ImportJob.objects.get(pk=job.pk).state == ImportJob.State.QUEUED
    call_command("run_worker", burst=True, verbosity=0)
    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE, job.error
    assert Article.objects.get().title == "T"


def test_the_scheduler_command_starts_due_polls(chief, server, capsys):
    from django.core.management import call_command

    server.serve("/feed.xml", _rss(server, [_serve_story(server, 1)]))
    feeds.add_feed(actor=chief, name="Outlet", url=server.url("/feed.xml"))
    call_command("poll_feeds")
    assert "Polls started: 1;" in capsys.readouterr().out
    assert Article.objects.count() == 1  # immediate tasks here
    call_command("poll_feeds")
    assert "Polls started: 0;" in capsys.readouterr().out
