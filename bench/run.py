"""`make bench`: import rates, server times and a load test, on SQLite and PostgreSQL, as one table.

    .venv/bin/python bench/run.py

Steps: a synthetic corpus (manage.py make_corpus, under var/bench/); for each database, a fresh
migrated database per run (SQLite: var/bench.sqlite3, copied from a migrated template;
PostgreSQL: `factcheck_bench`, or BENCH_PG_DB, on host 127.0.0.1, restored from a migrated dump), bulk
imports of each size (manage.py bench_scale import), each figure the median of the runs; on the
largest corpus the desk's server times (bench_scale serve-times) and one long article's page,
verdict and dashboard at 4,000 and 40,000 claims with peak memory (bench_scale long-article); on
PostgreSQL then gunicorn
(DEBUG off) and Locust, headless, 50 signed-in reviewers for 60 s (bench/locustfile.py), three
times, after each of which the `verdict.set` events must equal the accepted verdicts and
verify_audit must pass. It never touches
var/db.sqlite3 or another PostgreSQL database.

Environment (all optional):
  BENCH_SIZES      articles per import, comma-separated (default 1000,10000,100000)
  BENCH_REPEAT     runs per size, one number or one per size (default 3: every figure a median of 3)
  BENCH_DATABASES  sqlite,postgresql (default both)
  BENCH_WORKERS    extraction processes for the imports (default: one per CPU)
  BENCH_PG         PostgreSQL server as postgres://user@host:port (default postgres://postgres@127.0.0.1:5432)
  BENCH_PG_DB      the PostgreSQL database it drops and re-creates (default factcheck_bench), so that
                   two people benching on one server do not share one
  BENCH_USERS, BENCH_RUN_TIME, BENCH_MAX_REQUESTS   load test: 50, 60s, 30000
  BENCH_LOAD_RUNS  load tests one after the other on the same database (default 3)
  BENCH_PORT       gunicorn's port on 127.0.0.1 (default 8123)
  BENCH_LONG_CLAIMS  claims of the one long article whose page, verdict and dashboard are
                   measured with their peak memory (default 4000,40000)
  BENCH_FEED       0 skips the feed figure (articles/s through a feed with two workers, bench/feed.py)
  BENCH_FEED_ITEMS items of that feed (default 1000)

The full run took 21 minutes on the 2-core test machine (most of it the six imports of 100,000
articles); BENCH_SIZES=1000,10000 takes about 5.
"""

import csv
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
WORK = VAR / "bench"
PY = sys.executable
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "1000,10000,100000").split(",")]
_REPEAT = [int(n) for n in os.environ.get("BENCH_REPEAT", "3").split(",")]
REPEAT = {size: _REPEAT[min(i, len(_REPEAT) - 1)] for i, size in enumerate(SIZES)}
DATABASES = os.environ.get("BENCH_DATABASES", "sqlite,postgresql").split(",")
WORKERS = os.environ.get("BENCH_WORKERS", "")
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432").rstrip("/")
PG_DB = os.environ.get("BENCH_PG_DB", "factcheck_bench")
PORT = int(os.environ.get("BENCH_PORT", "8123"))
USERS = int(os.environ.get("BENCH_USERS", "50"))
RUN_TIME = os.environ.get("BENCH_RUN_TIME", "60s")
MAX_REQUESTS = os.environ.get("BENCH_MAX_REQUESTS", "30000")
LOAD_RUNS = int(os.environ.get("BENCH_LOAD_RUNS", "3"))
LONG = os.environ.get("BENCH_LONG_CLAIMS", "4000,40000")


def main() -> int:
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", PG_DB):
        sys.exit(f"BENCH_PG_DB={PG_DB!r}: a database name of lower-case letters, digits and _, please.")
    WORK.mkdir(parents=True, exist_ok=True)
    corpus = WORK / "corpus"
    say(f"corpus: {max(SIZES):,} articles in {corpus}")
    manage(["make_corpus", "--articles", str(max(SIZES)), "--out", str(corpus)], env())
    # DEBUG off serves hashed static file names: pages need the manifest (var/static/).
    manage(["collectstatic", "--no-input", "-v0"], env())
    results = {}
    for database in DATABASES:
        results[database] = bench_database(database, corpus)
    print_table(results)
    return 0


def env(database_url: str = "", **extra) -> dict:
    """The app's environment for a bench process: production settings, a bench database."""
    base = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    base.update(
        DEBUG="false",
        SECRET_KEY="bench-only-secret-key-not-for-production-0123456789",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        LOG_LEVEL="WARNING",
    )
    if database_url:
        base["DATABASE_URL"] = database_url
    base.update(extra)
    return base


def manage(args, environ, *, capture=False) -> str:
    done = subprocess.run(
        [PY, str(ROOT / "manage.py"), *args],
        env=environ,
        cwd=ROOT,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
    )
    return done.stdout or ""


def last_json(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


def bench_database(database: str, corpus: Path) -> dict:
    url, reset = prepare(database)
    result = {"imports": {}}
    for size in SIZES:
        runs = []
        for n in range(REPEAT[size]):
            reset()
            say(f"{database}: import {size:,} articles, run {n + 1} of {REPEAT[size]}")
            args = ["bench_scale", "import", *subset(corpus, size)]
            if WORKERS:
                args += ["--workers", WORKERS]
            runs.append(last_json(manage(args, env(url), capture=True)))
            say(f"  {runs[-1]['articles_per_s']:.0f} articles/s, {runs[-1]['claims']:,} claims")
        result["imports"][size] = runs
    say(f"{database}: server times at {max(SIZES):,} articles")
    result["serve"] = last_json(manage(["bench_scale", "serve-times"], env(url), capture=True))
    say(f"{database}: one long article, {LONG} claims")
    result["long"] = last_json(
        manage(["bench_scale", "long-article", "--claims", LONG], env(url), capture=True)
    )
    if os.environ.get("BENCH_FEED", "1") != "0":
        import feed  # bench/feed.py, beside this file

        try:
            result["feed"] = feed.run(url, reset, env, manage, PY, ROOT, WORK, say)
        except Exception as exc:  # optional-safe: the figure is left out, the bench goes on
            say(f"feed: failed ({exc})")
            result["feed"] = {"database": {"error": str(exc)[:200]}}
    if database == "postgresql":
        result["load"] = []
        for n in range(LOAD_RUNS):
            say(f"postgresql: load test, run {n + 1} of {LOAD_RUNS}")
            result["load"].append(load_test(url))
    return result


def subset(corpus: Path, size: int) -> list[str]:
    """The first `size` articles: whole folders of 1000 where possible."""
    folders = sorted(p for p in corpus.iterdir() if p.is_dir())
    whole, rest = divmod(size, 1000)
    paths = [str(f) for f in folders[:whole]]
    if rest:
        paths += [str(p) for p in sorted(folders[whole].glob("*.txt"))[:rest]]
    return paths


def prepare(database: str):
    """The database URL and a function that makes it fresh (migrated, empty) again."""
    if database == "sqlite":
        live, template = VAR / "bench.sqlite3", WORK / "template.sqlite3"
        drop_sqlite(template)
        say("sqlite: migrating a template database")
        manage(["migrate", "--no-input", "-v0"], env(f"sqlite:///{template}"))

        def reset():
            drop_sqlite(live)
            shutil.copyfile(template, live)

        return f"sqlite:///{live}", reset
    url, dump = f"{PG}/{PG_DB}", WORK / "template.pgdump"
    create_pg()
    say("postgresql: migrating a template database")
    manage(["migrate", "--no-input", "-v0"], env(url))
    can_dump = shutil.which("pg_dump") and shutil.which("pg_restore")
    if can_dump:
        subprocess.run(["pg_dump", "-Fc", "-f", str(dump), "--dbname", url], check=True)

    def reset():
        create_pg()
        if can_dump:
            subprocess.run(["pg_restore", "--dbname", url, str(dump)], check=True)
        else:
            manage(["migrate", "--no-input", "-v0"], env(url))

    return url, reset


def drop_sqlite(path: Path):
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def create_pg():
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {PG_DB}")


def load_test(url: str) -> dict:
    plan, outcome, stats = WORK / "plan.json", WORK / "outcome.json", WORK / "locust"
    say(f"postgresql: {USERS} reviewer accounts and their plan")
    reviewers = last_json(
        manage(
            ["bench_scale", "reviewers", "--count", str(USERS), "--out", str(plan)], env(url), capture=True
        )
    )
    command = [str(Path(PY).parent / "gunicorn"), "factcheck.wsgi", "--bind", f"127.0.0.1:{PORT}"]
    if (ROOT / "gunicorn.conf.py").exists():
        command[1:1] = ["-c", str(ROOT / "gunicorn.conf.py")]
    else:
        command += ["--workers", str(2 * (os.cpu_count() or 1) + 1)]
    say(f"postgresql: gunicorn on 127.0.0.1:{PORT}, Locust {USERS} users for {RUN_TIME}")
    log = open(WORK / "gunicorn.log", "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    server = subprocess.Popen(
        command, cwd=ROOT, env=env(url), start_new_session=True, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        wait_for(f"http://127.0.0.1:{PORT}/healthz")
        locust = [
            str(Path(PY).parent / "locust"),
            "-f", str(ROOT / "bench" / "locustfile.py"),
            "--headless", "--only-summary",
            "-u", str(USERS), "-r", "10", "-t", RUN_TIME, "--stop-timeout", "10",
            "--host", f"http://127.0.0.1:{PORT}",
            "--csv", str(stats),
        ]  # fmt: skip
        extra = {"BENCH_PLAN": str(plan), "BENCH_OUTCOME": str(outcome), "BENCH_MAX_REQUESTS": MAX_REQUESTS}
        subprocess.run(locust, cwd=ROOT, env={**os.environ, **extra}, check=False)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()
    check = last_json(
        manage(["bench_scale", "load-check", "--since", str(reviewers["last_event"])], env(url), capture=True)
    )
    with open(f"{stats}_stats.csv", newline="", encoding="utf-8") as f:
        endpoints = list(csv.DictReader(f))
    return {"outcome": json.loads(outcome.read_text()), "check": check, "endpoints": endpoints}


def wait_for(url: str, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.5)


def say(line: str):
    print(f"[bench] {line}", file=sys.stderr, flush=True)


def median(runs: list[dict], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def print_table(results: dict):
    cols = [db for db in ("sqlite", "postgresql") if db in results]
    width = 48
    rows: list[tuple[str, list[str], str]] = []

    def row(label, values, target=""):
        rows.append((label, values, target))

    def each(fn):
        return [fn(results[db]) if results[db] else "—" for db in cols]

    for size in SIZES:
        n = REPEAT[size]
        row(f"import {size:,} articles (median of {n})", ["" for _ in cols])
        imports = [results[db]["imports"][size] for db in cols]
        row("  articles/s", [f"{median(r, 'articles_per_s'):,.0f}" for r in imports], "≥ 200")
        row("  claims/s", [f"{median(r, 'claims_per_s'):,.0f}" for r in imports])
        row("  wall time s", [f"{median(r, 'seconds'):,.1f}" for r in imports])
        row(
            "  peak MB, main + workers × largest",
            [
                f"{median(r, 'rss_main_mb'):.0f} + {r[0]['workers']} × {median(r, 'rss_worker_mb'):.0f}"
                for r in imports
            ],
        )
    serve = [results[db]["serve"] for db in cols]
    row(
        f"server time at {serve[0]['articles']:,} articles, {serve[0]['claims']:,} claims",
        ["median / p95 ms, queries (n)" for _ in cols],
    )
    for i, first in enumerate(serve[0]["rows"]):
        target = "p95 < 100"
        row(
            f"  {first['name']}",
            [
                f"{r['median_ms']:.0f} / {r['p95_ms']:.0f}, {r['queries']} q (n={r['n']})"
                for r in (s["rows"][i] for s in serve)
            ],
            target,
        )
    long = [results[db]["long"]["rows"] for db in cols]
    row("one long article (median of 5)", ["ms median / max, peak MB" for _ in cols])
    for i, first in enumerate(long[0]):
        row(
            f"  {first['name']}, {first['claims']:,} claims",
            [f"{r[i]['median_ms']:.0f} / {r[i]['max_ms']:.0f}, {r[i]['peak_mb']:.1f} MB" for r in long],
        )
    if any("feed" in results[db] for db in cols):
        items = next(
            (r.get("items") for db in cols for r in results[db].get("feed", {}).values() if "items" in r),
            1000,
        )
        row(f"feed of {items:,} items, 2 workers: articles/s", ["" for _ in cols])
        for backend in ("database", "rq"):
            cells = []
            for db in cols:
                r = results[db].get("feed", {}).get(backend)
                if r is None:
                    cells.append("—")
                elif "error" in r:
                    cells.append("failed")
                else:
                    cells.append(f"{r['articles_per_s']:.1f} ({r['seconds']:.0f} s)")
            row(f"  {backend} tasks" + (" (Redis)" if backend == "rq" else ""), cells)
    if "postgresql" in results and "load" in results["postgresql"]:
        runs = results["postgresql"]["load"]
        pad = ["—"] * (len(cols) - 1)

        def endpoint(run, name):
            return next(e for e in run["endpoints"] if e["Name"] == name)

        def mid(name, column):
            return statistics.median(float(endpoint(run, name)[column]) for run in runs)

        row(
            f"load test: gunicorn, {USERS} reviewers, {RUN_TIME} (median of {len(runs)})",
            [*pad, "p50 / p95 / p99 ms"],
        )
        row("  requests/s (all)", [*pad, f"{mid('Aggregated', 'Requests/s'):.1f}"])
        for e in runs[0]["endpoints"]:
            name = e["Name"]
            if name == "Aggregated":
                continue
            target = "p95 < 100" if "verdict" in name else ""
            label = f"  {e['Type']} {name} ({mid(name, 'Request Count'):.0f})"
            row(label, [*pad, " / ".join(f"{mid(name, p):.0f}" for p in ("50%", "95%", "99%"))], target)
        outcomes = [run["outcome"] for run in runs]
        checks = [run["check"] for run in runs]
        row("  errors (all runs)", [*pad, str(sum(o["errors"] for o in outcomes))], "0")
        row(
            "  verdicts accepted / 409 conflicts (all runs)",
            [*pad, f"{sum(o['accepted'] for o in outcomes)} / {sum(o['conflicts'] for o in outcomes)}"],
        )
        pairs = [f"{c['verdict_events']} = {o['accepted']}" for c, o in zip(checks, outcomes, strict=True)]
        ok = all(c["verdict_events"] == o["accepted"] for c, o in zip(checks, outcomes, strict=True))
        row(
            "  verdict.set events = accepted, each run",
            [*pad, ", ".join(pairs) if ok else "NOT EQUAL: " + ", ".join(pairs).replace(" = ", " vs ")],
            "equal",
        )
        last = checks[-1]
        failed = [c for c in checks if not c["audit_ok"]]
        verify = (
            f"FAILS: {failed[0]['audit_reason']}"
            if failed
            else f"passes after each ({last['audit_checked']:,} events)"
        )
        row("  verify_audit", [*pad, verify], "passes")
    print()
    print(f"{'':<{width}}" + "".join(f"{c:>24}" for c in cols) + f"{'target':>14}")
    for label, values, target in rows:
        print(f"{label:<{width}}" + "".join(f"{v:>24}" for v in values) + f"{target:>14}")
    print(
        f"\n{os.cpu_count()} CPUs. Imports: bench_scale import (claims.bulk, extraction in worker "
        "processes), "
        "fresh database each run. Server times: in-process Django test client, DEBUG off, after ANALYZE. "
        "Load test: Locust against gunicorn + PostgreSQL, think time 1-3 s, 409 counted apart from errors. "
        "Feed: one run, pages served from 127.0.0.1, per-host pace off, from the poll to the last item."
    )


if __name__ == "__main__":
    sys.exit(main())
