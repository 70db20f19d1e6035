"""Show how the database answers the claim queue, and fail if any answer reads the whole claims table.

For every sort order and every filter of the queue (and a few combinations), the command runs the
queue's own code (ClaimFilterForm, KeysetPage) against the current database, records the SQL it
sends (the first page, the capped count, the next page and the previous page), and EXPLAINs each
statement: on PostgreSQL with ANALYZE (the statement runs; nothing is written), on SQLite with
EXPLAIN QUERY PLAN. One line per statement says which indexes the plan uses; a sequential scan of
claims_claim ("Seq Scan on claims_claim", or SQLite's "SCAN claims_claim" without an index) is
reported and makes the command exit with status 1, except in the capped count, which reads in no
order and stops after KeysetPage.COUNT_CAP + 1 rows: there a sequential scan that skipped at most
ten times that many rows (PostgreSQL's ANALYZE says; SQLite does not) is a bounded scan, not a fail.

The plans depend on the data: run it on a database the size of production (DEPLOY.md shows how to
fill one with a million synthetic claims). On a tiny table PostgreSQL rightly prefers a sequential
scan; `--no-seqscan` (PostgreSQL) then tells the planner to avoid one where any index allows it,
which shows the indexes cover every query, not that they will be chosen.

On SQLite the search is a substring match that no index serves: those scans are listed as expected
and do not fail the command.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from claims.filters import ClaimFilterForm, KeysetPage
from claims.models import Claim

PAGE_SIZE = 50
PG_SEQ_SCAN = re.compile(r"Seq Scan on claims_claim\b")
PG_INDEXES = re.compile(r"(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) (\w+)")
SQLITE_SEQ_SCAN = re.compile(r"\bSCAN claims_claim\s*$")
SQLITE_INDEXES = re.compile(
    r"claims_claim USING (?:COVERING )?INDEX (\w+)|claims_claim USING (INTEGER PRIMARY KEY)"
)
PG_TIME = re.compile(r"Execution Time: ([\d.]+) ms")
PG_REMOVED = re.compile(r"Rows Removed by Filter: (\d+)")
# A sequential scan under the count's LIMIT that skipped at most this many rows is no table scan.
BOUNDED_SCAN = 10 * (KeysetPage.COUNT_CAP + 1)


@dataclass
class Explained:
    sort: str
    label: str
    step: str
    sql: str
    params: tuple
    plan: list[str] = field(default_factory=list)
    seq_scan: bool = False
    expected: bool = False
    indexes: list[str] = field(default_factory=list)
    ms: float | None = None


class Command(BaseCommand):
    help = "EXPLAIN each claim queue query on this database; exit 1 if one scans claims_claim sequentially."

    def add_arguments(self, parser):
        parser.add_argument("--q", help="Search term (default: a word of the newest claim).")
        parser.add_argument("--buffers", action="store_true", help="PostgreSQL: add BUFFERS to the plans.")
        parser.add_argument(
            "--no-analyze", action="store_true", help="PostgreSQL: plan only, do not run the statements."
        )
        parser.add_argument(
            "--no-seqscan",
            action="store_true",
            help="PostgreSQL: SET enable_seqscan = off first, to show an index path exists for each query.",
        )
        parser.add_argument("--plans", action="store_true", help="Print every plan in full.")

    def handle(self, *args, **options):
        vendor = connection.vendor
        if options["no_seqscan"] and vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET enable_seqscan = off")
                # The penalty on the scans that remain (the small speakers table) pushes the cost
                # past jit_above_cost, and compiling every statement would take a second each.
                cursor.execute("SET jit = off")
        total = Claim.objects.count() if vendor != "postgresql" else _estimated_rows()
        self.stdout.write(f"{vendor}: claims_claim has about {total:,} rows")
        results = []
        for sort, _label in ClaimFilterForm.SORTS:
            for label, params, user in self.combinations(options["q"]):
                results.extend(self.explain_combination(sort, label, params, user, options))
        self.report(results, options["plans"])

    def combinations(self, q):
        """(label, GET parameters, user) for each filter of the queue, from rows of this database."""
        newest = Claim.objects.sorted_by("newest").select_related(None).only("text", "created_at").first()
        if newest is None:
            raise CommandError("There are no claims to explain the queue with.")
        speaker = _first(Claim.objects.filter(speaker__isnull=False).order_by("speaker_id"), "speaker_id")
        article = _first(Claim.objects.order_by("article_id"), "article_id")
        assignee = _first(Claim.objects.filter(assignee__isnull=False).order_by("assignee_id"), "assignee_id")
        q = q or next(iter(re.findall(r"\w{4,}", newest.text)), newest.text.split()[0])
        day = timezone.localdate(newest.created_at)
        user = Claim._meta.get_field("assignee").related_model.objects.filter(pk=assignee).first()
        combos = [
            ("all", {}),
            ("status=unreviewed", {"status": "unreviewed"}),
            ("status=disputed", {"status": "disputed"}),
            ("kind=direct", {"kind": "direct"}),
            ("status+kind", {"status": "unreviewed", "kind": "indirect"}),
            ("speaker", {"speaker": speaker}),
            ("article", {"article": article}),
            ("imported 30 days", {"imported_from": day - datetime.timedelta(days=30), "imported_to": day}),
            (f"search {q!r}", {"q": q}),
            (f"search {q!r}+status", {"q": q, "status": "unreviewed"}),
            ("with dismissed", {"dismissed": "on"}),
        ]
        if user is not None:
            combos += [("assignee", {"assignee": assignee}), ("my queue", {"mine": "on"})]
        else:
            self.stdout.write("(no claim is assigned: the assignee and my-queue filters are left out)")
        return [(label, {k: v for k, v in params.items() if v is not None}, user) for label, params in combos]

    def explain_combination(self, sort, label, params, user, options):
        """The statements of the first page (rows, count), the next page and back, explained."""

        def fetch(**cursor):
            """A page as the queue view gets it: the form's filter, then the form's page."""
            form = ClaimFilterForm({**params, "sort": sort, **cursor})
            if not form.is_valid():
                raise CommandError(f"{label}: {form.errors.as_text()}")
            return form.page(form.filter(Claim.objects.for_queue(), user=user), PAGE_SIZE)

        with _Recorder() as first:
            page = fetch()
        count, rows = first.statements  # the count comes first (KeysetPage.fetch); shown second
        steps = [("page 1", rows), ("count", count)]
        if page.has_next:
            with _Recorder() as second:
                after = fetch(after=page.next_after)
            steps.append(("page 2", second.statements[1]))  # after its count
            if after.has_previous:
                with _Recorder() as back:
                    fetch(before=after.previous_before)
                steps.append(("back", back.statements[1]))
        searching = bool(params.get("q"))
        return [
            self.explain(sort, label, step, sql, sql_params, searching, options)
            for step, (sql, sql_params) in steps
        ]

    def explain(self, sort, label, step, sql, params, searching, options):
        result = Explained(sort, label, step, sql, params)
        if connection.vendor == "postgresql":
            explain_options = {"analyze": not options["no_analyze"]}
            if options["buffers"]:
                explain_options["buffers"] = True
            prefix = connection.ops.explain_query_prefix(**explain_options)
        else:
            prefix = connection.ops.explain_query_prefix()
        with connection.cursor() as cursor:
            cursor.execute(f"{prefix} {sql}", params)
            rows = cursor.fetchall()
        if connection.vendor == "postgresql":
            result.plan = [row[0] for row in rows]
            text = "\n".join(result.plan)
            result.seq_scan = bool(PG_SEQ_SCAN.search(text))
            result.indexes = list(dict.fromkeys(PG_INDEXES.findall(text)))
            if match := PG_TIME.search(text):
                result.ms = float(match[1])
            # The count reads rows in no order and stops at COUNT_CAP + 1: a scan that found them
            # among few others (ANALYZE's "Rows Removed by Filter") read a few thousand rows at most.
            removed = [int(n) for n in PG_REMOVED.findall(text)]
            bounded = step == "count" and "Limit" in text and (not removed or max(removed) <= BOUNDED_SCAN)
            result.expected = result.seq_scan and bounded
        else:
            result.plan = [str(row[-1]) for row in rows]
            result.seq_scan = any(SQLITE_SEQ_SCAN.search(line) for line in result.plan)
            found = [a or b for line in result.plan for a, b in SQLITE_INDEXES.findall(line)]
            result.indexes = list(dict.fromkeys(found))
            # A substring search has no index on SQLite: it reads every claim by design. The count
            # reads in no order and stops at COUNT_CAP + 1 rows (SQLite does not say how many it read).
            result.expected = result.seq_scan and (searching or step == "count")
        return result

    def report(self, results, full_plans):
        failures = [r for r in results if r.seq_scan and not r.expected]
        for r in results:
            verdict = (
                "SEQ SCAN" if r.seq_scan and not r.expected else "scan (expected)" if r.seq_scan else "ok"
            )
            time = f"{r.ms:9.2f} ms" if r.ms is not None else ""
            indexes = ", ".join(r.indexes) or "-"
            self.stdout.write(f"{verdict:<15} {r.sort:<7} {r.label:<28} {r.step:<7} {time:>12}  {indexes}")
            if full_plans or (r.seq_scan and not r.expected):
                for line in r.plan:
                    self.stdout.write(f"    {line}")
        self.stdout.write(
            f"{len(results)} statements explained, {len(failures)} with a sequential scan on claims_claim."
        )
        if failures:
            raise CommandError(f"{len(failures)} queue statements scan claims_claim sequentially.")


class _Recorder:
    """Records the SELECTs on claims_claim sent while it is active (they still run)."""

    def __enter__(self):
        self.statements = []
        self._wrapper = connection.execute_wrapper(self)
        self._wrapper.__enter__()
        return self

    def __exit__(self, *exc):
        return self._wrapper.__exit__(*exc)

    def __call__(self, execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("SELECT") and "claims_claim" in sql:
            self.statements.append((sql, tuple(params or ())))
        return execute(sql, params, many, context)


def _first(claims, column):
    return claims.values_list(column, flat=True).first()


def _estimated_rows() -> int:
    """The planner's row estimate: counting a million rows to print one number is not needed."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE relname = 'claims_claim'")
        (estimate,) = cursor.fetchone()
    return max(estimate, 0)
