"""Feeds: an outlet's RSS/Atom feed or sitemap, polled for new articles.

Scheduling: `poll_due()` starts a poll job (ImportJob of kind "feed") for every feed that is due
and not paused, moving its next poll on by its interval in the same update, so two schedulers never
start the same poll. `manage.py poll_feeds --loop` calls it every 30 seconds (`make run` starts it
beside the worker; production runs one, see DEPLOY.md). "Poll now" on the feed's page starts one
at once.

A poll (`poll`, run by the worker as the job) fetches the feed through `claims.netfetch` with a
conditional GET (ETag / Last-Modified: a 304 ends the poll at once), reads its items' links, and
takes those not seen before (by this feed) and not already imported from the same address. Each
becomes an item of the job, imported by its own task (`import_item`), so several workers share a
large feed: the page is fetched (netfetch again), its article text taken by trafilatura, imported
and extracted by `ingest.import_article` (the same text already in is skipped). A page that could
not be fetched for a passing reason is tried again at the next poll; one refused stays refused.
"""

import datetime
import logging
from urllib.parse import urldefrag, urljoin

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from . import audit, jobs, netfetch
from .models import Article, AuditEvent, Feed, ImportJob, ImportJobItem
from .roles import require

logger = logging.getLogger(__name__)

Outcome = ImportJobItem.Outcome
# A sitemap index names other sitemaps: at most this many are read per poll.
MAX_CHILD_SITEMAPS = 20
_FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


# -- changing feeds (audited) -----------------------------------------------------------------

FEED_FIELDS = ("name", "url", "kind", "lang", "interval_minutes", "paused")


def _ref(feed: Feed) -> dict:
    return {"id": feed.pk, "name": feed.name}


def add_feed(*, actor, **fields) -> Feed:
    require(actor, "manage_feeds", "manage feeds")
    with transaction.atomic():
        feed = Feed.objects.create(created_by=actor if actor and actor.is_authenticated else None, **fields)
        audit.record(
            AuditEvent.Action.FEED_ADDED,
            actor=actor,
            changes={"feed": [None, _ref(feed)], **{f: [None, getattr(feed, f)] for f in FEED_FIELDS}},
        )
    return feed


def edit_feed(feed: Feed, *, actor, **changes) -> Feed:
    require(actor, "manage_feeds", "manage feeds")
    with transaction.atomic():
        current = Feed.objects.select_for_update().get(pk=feed.pk)
        diff = {f: [getattr(current, f), v] for f, v in changes.items() if getattr(current, f) != v}
        if not diff:
            return current
        for field, (_before, value) in diff.items():
            setattr(current, field, value)
        if "url" in diff or "kind" in diff:
            # Another address: what the old one said about its version means nothing here.
            current.etag = current.last_modified = ""
        current.save()
        audit.record(
            AuditEvent.Action.FEED_EDITED, actor=actor, changes={"feed": [_ref(current)] * 2, **diff}
        )
    return current


def poll_now(feed: Feed, *, actor) -> ImportJob:
    """Start a poll at once (or return the one under way)."""
    require(actor, "manage_feeds", "manage feeds")
    running = feed.jobs.filter(state__in=[ImportJob.State.QUEUED, ImportJob.State.RUNNING]).first()
    if running is not None:
        return running
    Feed.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now() + interval(feed))
    return _start_poll(feed, actor)


def interval(feed: Feed) -> datetime.timedelta:
    return datetime.timedelta(
        minutes=max(feed.interval_minutes, settings.FACTCHECK_FEED_MIN_INTERVAL_MINUTES)
    )


def _start_poll(feed: Feed, actor) -> ImportJob:
    job = ImportJob.objects.create(
        kind=ImportJob.Kind.FEED,
        feed=feed,
        url=feed.url,
        created_by=actor if actor is not None and actor.is_authenticated else None,
    )
    return jobs.start(job)


def poll_due(now: datetime.datetime | None = None) -> list[ImportJob]:
    """Start a poll of every feed that is due (see the module docstring)."""
    now = now or timezone.now()
    started = []
    for feed in Feed.objects.filter(paused=False, next_poll_at__lte=now):
        claimed = Feed.objects.filter(pk=feed.pk, next_poll_at=feed.next_poll_at).update(
            next_poll_at=now + interval(feed)
        )
        if not claimed:
            continue  # another scheduler took it
        if feed.jobs.filter(state__in=[ImportJob.State.QUEUED, ImportJob.State.RUNNING]).exists():
            continue  # the last poll is not done yet (workers busy or down): no pile-up
        started.append(_start_poll(feed, None))
    return started


# -- polling ----------------------------------------------------------------------------------


def poll(job: ImportJob) -> None:
    """One poll of the job's feed: see the module docstring."""
    from . import tasks

    feed = job.feed
    if feed is None:
        raise jobs.Permanent("The feed was deleted.")
    now = timezone.now()
    Feed.objects.filter(pk=feed.pk).update(last_polled_at=now)
    fetched = netfetch.fetch(
        feed.url,
        headers={"Accept": _FEED_ACCEPT},
        etag=feed.etag or None,
        last_modified=feed.last_modified or None,
    )
    if fetched.not_modified:
        Feed.objects.filter(pk=feed.pk).update(
            last_status="Not modified (HTTP 304)", last_success_at=now, last_error=""
        )
        jobs.finish(job)
        return
    entries = read_entries(feed, fetched)
    links = list(dict.fromkeys(link for link, _title in entries))
    titles = dict(entries)
    seen = set()
    for start in range(0, len(links), 500):
        chunk = links[start : start + 500]
        seen.update(
            ImportJobItem.objects.filter(feed=feed, link__in=chunk, transient=False).values_list(
                "link", flat=True
            )
        )
    new = [link for link in links if link not in seen][: settings.FACTCHECK_FEED_MAX_ITEMS]
    stored = {}
    for start in range(0, len(new), 500):
        stored.update(
            Article.objects.filter(source_url__in=new[start : start + 500]).values_list("source_url", "pk")
        )
    with transaction.atomic():
        # A page that failed for a passing reason last time is taken again now.
        ImportJobItem.objects.filter(feed=feed, link__in=new, transient=True).update(
            transient=False, feed=None
        )
        rows = [
            ImportJobItem(
                job=job,
                feed=feed,
                link=link[:1000],
                source=link[:1200],
                title=titles.get(link, "")[:300],
                outcome=Outcome.SKIPPED if link in stored else Outcome.PENDING,
                article_id=stored.get(link),
                reason=f"Already in (same link) as #{stored[link]}." if link in stored else "",
            )
            for link in new
        ]
        items = ImportJobItem.objects.bulk_create(rows)
        job.total = len(items)
        job.save(update_fields=["total"])
        Feed.objects.filter(pk=feed.pk).update(
            etag=fetched.etag[:500],
            last_modified=fetched.last_modified[:100],
            last_status=f"{len(links)} items, {len(new)} new",
            last_success_at=now,
            last_error="",
            items_seen=F("items_seen") + len(new),
        )
    pending = [item.pk for item in items if item.outcome == Outcome.PENDING]
    for pk in pending:
        jobs.enqueue(tasks.import_feed_item, pk)
    if not pending:
        jobs.finish(job)


def read_entries(feed: Feed, fetched: netfetch.Fetched) -> list[tuple[str, str]]:
    """(link, title) of each item, in the feed's order; raises jobs.Permanent for what is not a
    feed (or sitemap) at all."""
    if feed.kind == Feed.Kind.SITEMAP:
        return _sitemap_entries(fetched, depth=0)
    return _feed_entries(fetched)


def _feed_entries(fetched: netfetch.Fetched) -> list[tuple[str, str]]:
    import feedparser

    # Bytes, never a URL: feedparser fetches nothing here.
    parsed = feedparser.parse(fetched.body, response_headers={"content-location": fetched.url})
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        why = parsed.get("bozo_exception") or "no items"
        raise jobs.Permanent(f"{fetched.url} is not an RSS or Atom feed ({why}).")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link:
            link = next((ln.get("href", "") for ln in entry.get("links", []) if ln.get("href")), "")
        link = _clean_link(fetched.url, link)
        if link:
            entries.append((link, (entry.get("title") or "").strip()))
    return entries


def _sitemap_entries(fetched: netfetch.Fetched, depth: int) -> list[tuple[str, str]]:
    from lxml import etree

    # No entities, no network, no huge trees: the XML is someone else's.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(fetched.body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise jobs.Permanent(f"{fetched.url} is not a sitemap ({exc}).") from None
    tag = etree.QName(root).localname
    locs = [
        (el.text or "").strip()
        for el in root.iter("{*}loc")
        if etree.QName(el.getparent()).localname in ("url", "sitemap")
    ]
    if tag == "urlset":
        return [(link, "") for link in (_clean_link(fetched.url, loc) for loc in locs) if link]
    if tag == "sitemapindex":
        if depth > 0:
            return []
        entries = []
        for loc in locs[:MAX_CHILD_SITEMAPS]:
            child_url = _clean_link(fetched.url, loc)
            if child_url:
                entries.extend(_sitemap_entries(netfetch.fetch(child_url), depth + 1))
        return entries
    raise jobs.Permanent(f"{fetched.url} is not a sitemap (its root is <{tag}>, not <urlset>).")


def _clean_link(base: str, link: str) -> str:
    link = urldefrag(urljoin(base, link.strip()))[0]
    return link if link.startswith(("http://", "https://")) and len(link) <= 1000 else ""


def import_item(item_id: int) -> str:
    """Import one feed item (the task's body). Returns its outcome."""
    item = ImportJobItem.objects.select_related("feed").filter(pk=item_id).first()
    if item is None or item.outcome != Outcome.PENDING:
        return item.outcome if item else "missing"
    feed = item.feed
    transient = False
    try:
        with audit.cause(f"feed:{feed.pk}" if feed else f"job:{item.job_id}"):
            result = jobs.import_page(item.link, actor=None, lang=(feed.lang if feed else "") or None)
        outcome, reason, article, title = result.outcome, result.reason, result.article, result.title
    except netfetch.FetchRefused as exc:
        outcome, reason, article, title = Outcome.REFUSED, str(exc), None, item.title
    except netfetch.FetchFailed as exc:
        permanent, reason = jobs.classify(exc)
        outcome, article, title, transient = Outcome.REFUSED, None, item.title, not permanent
    except Exception as exc:
        logger.exception("Feed item %s (%s) failed", item.pk, item.link)
        outcome, article, title, transient = Outcome.REFUSED, None, item.title, True
        reason = f"{type(exc).__name__}: {exc}"
    if transient:
        reason += " It is tried again at the next poll."
    updated = ImportJobItem.objects.filter(pk=item.pk, outcome=Outcome.PENDING).update(
        outcome=outcome,
        reason=reason,
        article=article,
        title=(title or item.title)[:300],
        transient=transient,
    )
    if updated and feed is not None:
        counter = {Outcome.IMPORTED: "items_imported", Outcome.REFUSED: "items_refused"}.get(outcome)
        if counter:
            Feed.objects.filter(pk=feed.pk).update(**{counter: F(counter) + 1})
    ImportJob.objects.filter(pk=item.job_id).update(updated_at=timezone.now())
    jobs.finish_if_complete(item.job_id)
    return outcome
