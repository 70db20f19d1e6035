import random
import statistics
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test import Client
from django.urls import reverse

from claims import audit
from claims.extraction.bench import paragraph_pool
from claims.ingest import import_article
from claims.models import Claim


class Command(BaseCommand):
    help = (
        "Time the review desk's pages in-process (server time, median of repeated requests): the article "
        "page with ~300 claims, the queue over ~10,000 claims, and the htmx verdict round trip. Works "
        "inside a transaction that is rolled back, so the database is left as it was."
    )

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, default=10_000, help="Claims in the queue (about).")
        parser.add_argument("--repeat", type=int, default=20, help="Requests per measurement.")

    def handle(self, claims=10_000, repeat=20, **options):
        with audit.cause("command:bench_desk"), transaction.atomic():
            big, total = self._corpus(claims)
            client = Client(SERVER_NAME="127.0.0.1")  # a host ALLOWED_HOSTS accepts
            client.force_login(get_user_model().objects.create_superuser("bench-desk", password="x"))
            rows = [
                (
                    f"article page ({big.claims.count()} claims)",
                    self._get(client, big.get_absolute_url(), repeat),
                ),
                (f"queue ({total:,} claims)", self._get(client, reverse("claims:claims"), repeat)),
                ("claim page", self._get(client, Claim.objects.first().get_absolute_url(), repeat)),
                ("htmx verdict round trip", self._verdicts(client, big, repeat)),
            ]
            transaction.set_rollback(True)
        self.stdout.write(f"{'request':<34}{'median ms':>10}{'p90 ms':>9}{'n':>5}")
        for name, times in rows:
            median = statistics.median(times) * 1000
            p90 = sorted(times)[int(len(times) * 0.9) - 1] * 1000
            self.stdout.write(f"{name:<34}{median:>10.1f}{p90:>9.1f}{len(times):>5}")
        self.stdout.write("Server time in-process (Django test client, full middleware); nothing was stored.")

    def _corpus(self, target):
        pool = paragraph_pool()
        rng = random.Random(7)
        # One long article (the article page), then ordinary ones until the queue is full.
        big = import_article("\n\n".join(rng.sample(pool, len(pool)) * 3), actor=None, title="Bench: long")
        total, k = big.claims.count(), 0
        while total < target:
            k += 1
            text = "\n\n".join(rng.sample(pool, min(len(pool), 8))) + f"\n\nBench {k}."
            total += import_article(text, actor=None, title=f"Bench {k}").claims.count()
        return big, total

    def _get(self, client, url, repeat):
        client.get(url)  # warm the template cache
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - start)
            assert response.status_code == 200, (url, response.status_code)
        return times

    def _verdicts(self, client, article, repeat):
        times = []
        for claim in Claim.objects.for_article(article).unreviewed()[:repeat]:
            data = {
                f"c{claim.pk}-status": "unverifiable",
                f"c{claim.pk}-rationale": "bench",
                f"c{claim.pk}-version": claim.version,
            }
            url = reverse("claims:claim_verdict", args=[claim.pk])
            start = time.perf_counter()
            response = client.post(url, data, headers={"HX-Request": "true"})
            times.append(time.perf_counter() - start)
            assert response.status_code == 200, response.status_code
        return times
