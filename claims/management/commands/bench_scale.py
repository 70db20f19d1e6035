"""`manage.py bench_scale ACTION`: the measuring parts of `make bench` (bench/run.py drives them).

Run against a bench database only (var/bench.sqlite3 or PostgreSQL `factcheck_bench`): `import`
and `reviewers` write to it. Each action prints one JSON object on its last line.

- `import PATH...`: bulk-import like import_articles; rates, time and peak memory (main process
  and the largest worker, from getrusage).
- `serve-times`: server time of the desk's pages in-process (Django test client, full middleware),
  median and p95 of repeated requests: queue, filtered queue, search, article page, claim page,
  and the htmx verdict round trip (real verdicts, on claims nobody reviewed); then the JSON API's
  claim list (/api/v1/claims/, with a token): first page, filtered, page 20.
- `long-article`: one article of 4,000 and one of 40,000 claims: time and peak memory of its page,
  an htmx verdict on one of its claims, and the dashboard.
- `reviewers`: create the load test's reviewer accounts and write its plan (bench/locustfile.py).
- `load-check`: after the load test, the `verdict.set` events since a given event and the state
  of the audit chain.
- `feed URL`: add the feed at URL, poll it once, and wait for the workers (started by
  bench/feed.py) to import its items: articles per second from the poll to the last item.
"""

import gc
import json
import random
import resource
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import Count, Max, Min
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from claims import audit, bulk, roles, workflow
from claims.filters import cursor_of
from claims.models import Article, AuditEvent, Claim, Speaker

REVIEWER_PREFIX = "bench-reviewer-"


class Command(BaseCommand):
    help = __doc__.split("\n\n")[0]

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        importing = actions.add_parser("import", help="Bulk-import files; time and memory.")
        importing.add_argument("paths", nargs="+")
        importing.add_argument("--workers", type=int)
        importing.add_argument("--batch-size", type=int, default=bulk.DEFAULT_BATCH_SIZE)
        serving = actions.add_parser("serve-times", help="Server times of the desk's pages.")
        serving.add_argument("--repeat", type=int, default=30)
        serving.add_argument("--only", default="", help="Only the pages whose name contains this.")
        long = actions.add_parser(
            "long-article", help="One long article: its page, a verdict, the dashboard."
        )
        long.add_argument("--claims", default="4000,40000", help="Claims per article, comma-separated.")
        long.add_argument("--repeat", type=int, default=5)
        reviewers = actions.add_parser("reviewers", help="Accounts and plan for the load test.")
        reviewers.add_argument("--count", type=int, default=50)
        reviewers.add_argument("--claims", type=int, default=60, help="Claims per reviewer.")
        reviewers.add_argument("--out", required=True, help="Where to write the plan (JSON).")
        check = actions.add_parser("load-check", help="Audit events since an event; verify the chain.")
        check.add_argument("--since", type=int, required=True, help="The last event id before the test.")
        feed = actions.add_parser("feed", help="Poll a feed once; wait for the workers to import it.")
        feed.add_argument("url")
        feed.add_argument("--timeout", type=float, default=1800.0)

    def handle(self, action, **options):
        handler = {
            "import": self.bulk_import,
            "serve-times": self.serve_times,
            "long-article": self.long_article,
            "reviewers": self.reviewers,
            "load-check": self.load_check,
            "feed": self.feed,
        }[action]
        self.stdout.write(json.dumps(handler(**options)))

    def bulk_import(self, paths, workers=None, batch_size=bulk.DEFAULT_BATCH_SIZE, **options):
        files = sorted(p for name in paths for p in _files(Path(name)))
        with audit.cause("command:import_articles"):
            summary = bulk.BulkImporter(workers=workers, batch_size=batch_size).run(files)
        if summary.refused:
            raise CommandError(f"{len(summary.refused)} refused, first: {summary.refused[0]}")
        main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        return {
            "articles": summary.imported,
            "claims": summary.claims,
            "skipped": summary.skipped,
            "speakers": summary.speakers_created,
            "seconds": summary.seconds,
            "articles_per_s": summary.articles_per_second,
            "claims_per_s": summary.claims_per_second,
            "workers": summary.workers if summary.workers > 1 else 0,
            "rss_main_mb": main,
            "rss_worker_mb": worker,
        }

    def feed(self, url, timeout=1800.0, **options):
        from claims import feeds, jobs
        from claims.models import Feed, ImportJob

        feed = Feed.objects.create(name="bench", url=url)
        started = time.perf_counter()
        with audit.cause("command:bench_scale"):
            job = feeds.poll_now(feed, actor=None)
        while not ImportJob.objects.get(pk=job.pk).finished:
            if time.perf_counter() - started > timeout:
                raise CommandError(f"The feed was not imported within {timeout:.0f} s.")
            time.sleep(0.2)
        seconds = time.perf_counter() - started
        job.refresh_from_db()
        if job.state != ImportJob.State.DONE:
            raise CommandError(f"The poll failed: {job.error}")
        counts = jobs.progress(job)
        return {
            "items": counts["total"],
            "imported": counts["imported"],
            "refused": counts["refused"],
            "claims": Claim.objects.count(),
            "seconds": seconds,
            "articles_per_s": counts["imported"] / seconds,
        }

    def serve_times(self, repeat=30, only="", **options):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # fresh statistics, as autovacuum (PostgreSQL) would give
        user = _user("bench-desk", roles.REVIEWERS)
        client = Client(SERVER_NAME="127.0.0.1")  # a host ALLOWED_HOSTS accepts
        client.force_login(user)
        pages = [(name, url) for name, url in self._desk_pages(user) if only.lower() in name.lower()]
        # The loaded app out of the garbage collector's sight, as gunicorn.conf.py has it in the
        # served workers; otherwise every full collection walks it and lands in some request's time.
        gc.freeze()
        try:
            rows = [(name, *self._get(client, url, repeat)) for name, url in pages]
            if only.lower() in "htmx verdict round trip":
                rows.append(("htmx verdict round trip", *self._verdicts(client, repeat)))
            api_pages = [(name, url) for name, url in self._api_pages() if only.lower() in name.lower()]
            if api_pages:
                api = self._api_client(user)
                rows += [(name, *self._get(api, url, repeat)) for name, url in api_pages]
        finally:
            gc.unfreeze()
        return {
            "articles": Article.objects.count(),
            "claims": Claim.objects.count(),
            "rows": [{"name": name, **_spread(times), "queries": n} for name, times, n in rows],
        }

    def _api_client(self, user):
        """A client of the JSON API with the desk user's token (made here, audited as the bench)."""
        from claims import workflow

        # The bench measures the server's time, not the rate limit: it must never answer 429 here.
        settings.FACTCHECK_API_RATE = "1000000/minute"
        with audit.cause("command:bench_scale"):
            _token, raw = workflow.create_token(actor=user, name="bench")
        return Client(SERVER_NAME="127.0.0.1", headers={"Authorization": f"Bearer {raw}"})

    def _api_pages(self):
        claims = reverse("api:claims")
        deep = Claim.objects.active().sorted_by("worth")[950:951].first()
        page_20 = f"{claims}?{urlencode({'after': cursor_of(deep, 'worth')})}" if deep else claims
        return [
            ("API claim list", claims),
            ("API claim list, filtered", f"{claims}?status=unreviewed&kind=direct&sort=newest"),
            ("API claim list, page 20", page_20),
        ]

    def _desk_pages(self, user):
        """(name, url) of every page of the desk, on rows picked the same way each run: the queue
        unfiltered, with each filter, deep and searched; the lists and a page of each kind."""
        ids = Article.objects.aggregate(Max("id"))["id__max"]
        article = Article.objects.filter(pk__gte=ids // 2).order_by("pk").first()
        claim = Claim.objects.filter(article__pk__gte=ids // 3).order_by("pk").first()
        published = self._published_and_assigned(user, claim)
        # The speaker with the most claims: the longest speaker page and the widest speaker filter.
        speaker = (
            Speaker.objects.annotate(n=Count("claims")).order_by("-n", "pk").first()
            if Speaker.objects.exists()
            else None
        )
        queue = reverse("claims:claims")
        word = "woningtekort" if Claim.objects.filter(text__contains="woningtekort")[:1] else "procent"
        # Page 20 of the queue is a keyset link: it starts after the 950th claim in the queue's order.
        deep = Claim.objects.active().sorted_by("worth")[950:951].first()
        page_20 = f"{queue}?{urlencode({'after': cursor_of(deep, 'worth')})}" if deep else queue
        day = timezone.localdate(Claim.objects.aggregate(Max("created_at"))["created_at__max"])
        pages = [
            ("queue page", queue),
            ("queue, filtered", f"{queue}?status=unreviewed&kind=direct&sort=newest"),
            ("queue, page 20", page_20),
            (f"search “{word}”", f"{queue}?q={word}"),
            ("queue, verified", f"{queue}?status=verified"),
            ("queue, author's statements", f"{queue}?kind=unattributed"),
            ("queue, oldest first", f"{queue}?sort=oldest"),
            ("queue, imported on a day", f"{queue}?imported_from={day}&imported_to={day}"),
            ("queue, my queue", f"{queue}?mine=on"),
            ("queue, assigned to me", f"{queue}?assignee={user.pk}"),
            ("queue, one article", f"{queue}?article={article.pk}"),
            ("queue, with dismissed", f"{queue}?dismissed=on"),
            ("article list", reverse("claims:articles")),
            (f"article page ({article.claims.count()} claims)", article.get_absolute_url()),
            ("claim page", claim.get_absolute_url()),
            ("speaker list", reverse("claims:speakers")),
            ("dashboard", reverse("claims:dashboard")),
            ("inbox", reverse("claims:inbox")),
            ("audit log", reverse("claims:audit")),
            ("published verdict (public)", reverse("claims:published", args=[published.pk])),
        ]
        if speaker:
            n = speaker.claims.count()
            pages[4:4] = [("queue, one speaker", f"{queue}?speaker={speaker.pk}")]
            pages.insert(-4, (f"speaker page ({n:,} claims)", speaker.get_absolute_url()))
        return pages

    def _published_and_assigned(self, user, near: Claim) -> Claim:
        """A published verdict for the public page, and claims assigned to `user` for their queue
        and inbox: made the first time (through the workflow, audited), found again later."""
        chief = _user("bench-chief", roles.CHIEF_EDITORS)
        done = Claim.objects.filter(published_by=chief).order_by("pk").first()
        if done:
            return done
        picks = list(Claim.objects.unreviewed().filter(pk__gt=near.pk).order_by("pk")[:21])
        with audit.cause("command:bench_scale"):
            for claim in picks[1:]:
                workflow.edit_claim(claim, actor=chief, expected_version=claim.version, assignee=user)
            claim = workflow.set_verdict(
                picks[0],
                Claim.Status.UNVERIFIABLE,
                actor=user,
                rationale="bench",
                expected_version=picks[0].version,
                evidence_url="https://example.org/bench",
            )
            return workflow.publish_verdict(claim, actor=chief, expected_version=claim.version)

    def _get(self, client, url, repeat, budget=30.0):
        """Times of `repeat` requests, or fewer (at least 5) for a page so slow that they would take
        more than `budget` seconds: the table shows how many. And the queries of one request."""
        with CaptureQueriesContext(connection) as queries:
            client.get(url)  # warms the caches too, as a running server has them
        counted = len(queries)  # now: the next request empties the log it reads
        times = []
        while len(times) < repeat and (len(times) < 5 or sum(times) < budget):
            start = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - start)
            if response.status_code != 200:
                raise CommandError(f"{url}: {response.status_code}")
        return times, counted

    def _verdicts(self, client, repeat):
        times = []
        # Claims spread over the corpus, as reviewers' work is.
        span = Claim.objects.aggregate(first=Min("id"), last=Max("id"))
        rng = random.Random(3)
        picks = sorted({rng.randint(span["first"], span["last"]) for _ in range(repeat * 3)})
        claims = list(Claim.objects.unreviewed().filter(pk__in=picks)[: repeat + 2])
        if len(claims) < repeat + 2:  # a small or sparse table: take the first unreviewed ones too
            chosen = {claim.pk for claim in claims}
            more = Claim.objects.unreviewed().exclude(pk__in=chosen).order_by("pk")
            claims += list(more[: repeat + 2 - len(claims)])
        counted = 0
        for n, claim in enumerate(claims):
            data = {
                f"c{claim.pk}-status": "unverifiable",
                f"c{claim.pk}-rationale": "bench",
                f"c{claim.pk}-version": claim.version,
            }
            url = reverse("claims:claim_verdict", args=[claim.pk])
            if n == 1:
                with CaptureQueriesContext(connection) as queries:
                    response = client.post(url, data, headers={"HX-Request": "true"})
                counted = len(queries)
            start = time.perf_counter()
            if n != 1:
                response = client.post(url, data, headers={"HX-Request": "true"})
            if n >= 2:  # the first two warm up
                times.append(time.perf_counter() - start)
            if response.status_code != 200:
                raise CommandError(f"verdict on claim {claim.pk}: {response.status_code}")
        return times, counted

    def long_article(self, claims="4000,40000", repeat=5, **options):
        """For each size, one article of that many quotes (about 22 characters each, so 40,000 make
        an 880 kB body), its claims stored directly: the article page, an htmx verdict on one of its
        claims and the dashboard, each `repeat` times (median and max ms), then once more under
        tracemalloc for the request's peak of Python memory."""
        user = _user("bench-desk", roles.REVIEWERS)
        client = Client(SERVER_NAME="127.0.0.1")
        client.force_login(user)
        rows = []
        for size in [int(n) for n in claims.split(",")]:
            article = _long_article(size)
            page = article.get_absolute_url()
            picks = iter(
                Claim.objects.for_article(article)
                .order_by("start")
                .values_list("pk", flat=True)[:: max(1, size // (repeat + 4))]
            )

            def verdict(picks=picks):
                pk = next(picks)
                data = {f"c{pk}-status": "unverifiable", f"c{pk}-rationale": "bench", f"c{pk}-version": 1}
                url = reverse("claims:claim_verdict", args=[pk])
                return client.post(url, data, headers={"HX-Request": "true"})

            for name, request in (
                ("article page", lambda page=page: client.get(page)),
                ("htmx verdict", verdict),
                ("dashboard", lambda: client.get(reverse("claims:dashboard"))),
            ):
                rows.append({"claims": size, "name": name, **_measured(request, repeat)})
        return {"rows": rows}

    def reviewers(self, count=50, claims=60, out="", **options):
        # Reviewers come to the load test signed in, as on a working morning: each gets a session
        # now, so the measured minute is browsing and verdicts, not 50 password hashes at once.
        users = [_user(f"{REVIEWER_PREFIX}{n:02d}", roles.REVIEWERS) for n in range(count)]
        sessions = {}
        for user in users:
            client = Client()
            client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
            sessions[user.username] = client.cookies[settings.SESSION_COOKIE_NAME].value
        # Unreviewed claims of articles spread over the corpus, each article to one reviewer.
        span = Article.objects.aggregate(first=Min("id"), last=Max("id"))
        rng = random.Random(5)
        plan = []
        taken = set()
        for user in users:
            mine, articles = [], []
            while len(mine) < claims:
                if len(taken) > span["last"] - span["first"]:
                    raise CommandError(f"Too few unreviewed claims for {count} reviewers × {claims}.")
                pk = rng.randint(span["first"], span["last"])
                if pk in taken:
                    continue
                taken.add(pk)
                found = list(Claim.objects.unreviewed().filter(article_id=pk).values_list("pk", flat=True))
                if found:
                    articles.append(pk)
                    mine.extend(found)
            plan.append(
                {
                    "username": user.username,
                    "session": sessions[user.username],
                    "claims": mine[:claims],
                    "articles": articles,
                }
            )
        # A few claims shared with the next reviewer: now and then two race for one (a 409).
        for n, entry in enumerate(plan):
            entry["claims"] += plan[(n + 1) % len(plan)]["claims"][:2]
        Path(out).write_text(
            json.dumps({"session_cookie": settings.SESSION_COOKIE_NAME, "users": plan}), encoding="utf-8"
        )
        last_event = AuditEvent.objects.aggregate(Max("id"))["id__max"] or 0
        return {"users": count, "claims": sum(len(e["claims"]) for e in plan), "last_event": last_event}

    def load_check(self, since, **options):
        events = AuditEvent.objects.filter(pk__gt=since)
        report = audit.verify_chain()
        return {
            "verdict_events": events.filter(action=AuditEvent.Action.VERDICT_SET).count(),
            "other_events": events.exclude(action=AuditEvent.Action.VERDICT_SET).count(),
            "audit_ok": report.ok,
            "audit_checked": report.checked,
            "audit_reason": report.reason,
        }


def _files(path: Path):
    return path.rglob("*.txt") if path.is_dir() else [path]


def _user(username, group):
    """The account, created the first time (with no password: the bench signs it in), in `group`."""
    User = get_user_model()
    with transaction.atomic():
        user, created = User.objects.get_or_create(username=username)
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.add(Group.objects.get(name=group))
    return user


def _long_article(size: int) -> Article:
    from claims import ingest

    body = "".join(f"“Nee {i:05d}”, zei Jan. " for i in range(size))
    article = Article.objects.create(
        title=f"Bench: one article of {size:,} quotes",
        body=body,
        lang="nl",
        content_hash=ingest.content_hash(f"{body} {time.time()}"),
        extractor_version="bench",
    )
    speaker = Speaker.objects.filter(name="Jan Bench").first() or Speaker.objects.create(name="Jan Bench")
    step = len(body) // size
    Claim.objects.bulk_create(
        (
            Claim(
                article=article,
                text=body[i * step + 1 : i * step + 10],
                start=i * step + 1,
                end=i * step + 10,
                kind=Claim.Kind.DIRECT,
                speaker=speaker,
                cue="zei",
                rule="bench",
            )
            for i in range(size)
        ),
        batch_size=2000,
    )
    return article


def _measured(request, repeat: int) -> dict:
    """Median and max time of `repeat` calls (after one to warm up), then one call's peak of Python
    allocations (tracemalloc, which slows it: its time is not counted)."""
    import tracemalloc

    times = []
    for n in range(repeat + 1):
        start = time.perf_counter()
        response = request()
        if n:
            times.append(time.perf_counter() - start)
        if response.status_code != 200:
            raise CommandError(f"{response.status_code} from {response.request['PATH_INFO']}")
    tracemalloc.start()
    try:
        request()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return {
        "median_ms": statistics.median(times) * 1000,
        "max_ms": max(times) * 1000,
        "peak_mb": peak / 2**20,
        "bytes": len(response.content),
    }


def _spread(times: list[float]) -> dict:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered) + 0.5) - 1)]
    return {"median_ms": statistics.median(ordered) * 1000, "p95_ms": p95 * 1000, "n": len(ordered)}
