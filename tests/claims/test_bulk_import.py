"""Bulk import (claims.bulk through manage.py import_articles): the same rows as importing one by
one, audited, resumable, and a bad file named while the rest loads."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import Client
from django.urls import reverse

from claims import audit, bulk, ingest, workflow
from claims.models import Article, AuditEvent, Claim, Speaker
from claims.sources import read_path
from tests.factories import import_text, make_speaker

pytestmark = pytest.mark.django_db

N = 24  # at least bulk.POOL_MIN_FILES, so the default runs a pool


@pytest.fixture
def corpus_dir(tmp_path):
    call_command("make_corpus", "--articles", str(N), "--out", str(tmp_path / "corpus"), "--seed", "11")
    return tmp_path / "corpus"


def files(folder):
    return sorted(folder.rglob("*.txt"))


def snapshot():
    """Everything an import stores, by content rather than by id."""
    articles = sorted(
        Article.objects.values_list("content_hash", "title", "lang", "published", "published_precision")
    )
    claims = sorted(
        Claim.objects.values_list(
            "article__content_hash",
            "start",
            "end",
            "text",
            "text_key",
            "kind",
            "speaker__name",
            "mention",
            "cue",
            "rule",
            "confidence",
            "checkworthiness",
            "status",
            "version",
        )
    )
    speakers = sorted(
        (s.name, s.folded_name, s.kind, s.role, tuple(s.aliases)) for s in Speaker.objects.all()
    )
    events = sorted(
        AuditEvent.objects.values_list("action", "article__content_hash", "changes", "note", "actor_id")
    )
    return articles, claims, speakers, [(a, h, sorted(c.items()), n, u) for a, h, c, n, u in events]


def import_one_by_one(folder):
    for path in files(folder):
        (item,) = read_path(path)
        ingest.import_article(**item.import_kwargs(), actor=None)


def rolled_back(fn):
    """Run fn in a transaction that is undone; return what it returned."""
    with transaction.atomic():
        result = fn()
        transaction.set_rollback(True)
    return result


def test_it_stores_what_import_article_stores_audited_and_chained(corpus_dir, capsys):
    def one_by_one():
        with audit.cause("command:import_articles"):
            import_one_by_one(corpus_dir)
        return snapshot()

    expected = rolled_back(one_by_one)
    call_command("import_articles", str(corpus_dir), "--batch-size", "7")
    assert snapshot() == expected
    articles, claims, speakers, events = expected
    assert len(articles) == N and len(claims) >= 8 * N and len(events) == 2 * N
    assert audit.verify_chain().ok
    out = capsys.readouterr().out
    assert f"{N} articles imported ({len(claims)} claims), 0 duplicates skipped, 0 refused" in out
    assert f"stored {N} articles, {len(claims)} claims, {len(speakers)} new speakers; 0 already in" in out
    assert "articles/s" in out and "claims/s" in out


def test_two_workers_store_the_same_rows_as_one(corpus_dir):
    def run(workers):
        call_command("import_articles", str(corpus_dir), "--workers", str(workers), "--batch-size", "5")
        return snapshot()

    assert rolled_back(lambda: run(1)) == rolled_back(lambda: run(2))


def test_a_rerun_skips_everything(corpus_dir, capsys):
    call_command("import_articles", str(corpus_dir), "--workers", "1")
    before = snapshot()
    capsys.readouterr()
    call_command("import_articles", str(corpus_dir), "--workers", "1")
    out = capsys.readouterr().out
    assert f"0 articles imported (0 claims), {N} duplicates skipped, 0 refused, from {N} files." in out
    assert out.count("already imported as #") == N
    assert snapshot() == before
    assert audit.verify_chain().ok


def test_a_killed_import_resumes_where_it_stopped(corpus_dir, capsys, monkeypatch):
    expected = rolled_back(lambda: call_command("import_articles", str(corpus_dir)) or snapshot())
    real = bulk.BulkImporter._write_once
    batches = []

    def killed_on_the_third_batch(self, pendings):
        batches.append(len(pendings))
        if len(batches) == 3:
            raise KeyboardInterrupt
        real(self, pendings)

    monkeypatch.setattr(bulk.BulkImporter, "_write_once", killed_on_the_third_batch)
    with pytest.raises(KeyboardInterrupt):
        call_command("import_articles", str(corpus_dir), "--workers", "1", "--batch-size", "5")
    assert Article.objects.count() == 10  # two whole batches, nothing of the third
    assert AuditEvent.objects.count() == 20
    monkeypatch.setattr(bulk.BulkImporter, "_write_once", real)
    capsys.readouterr()
    call_command("import_articles", str(corpus_dir), "--workers", "1", "--batch-size", "5")
    assert f"{N - 10} articles imported" in capsys.readouterr().out
    assert snapshot()[:3] == expected[:3]
    assert audit.verify_chain().ok


def test_a_bad_file_is_named_with_its_line_and_the_rest_loads(corpus_dir, capsys):
    bad = corpus_dir / "000" / "bad.txt"
    bad.write_text("date 2019-13\nHet kabinet zei dat alles goed gaat.\n")
    half = corpus_dir / "half.jsonl"
    half.write_text('{"text": "Marie Smit zei dat de huur 5 procent stijgt."}\n{"text": 12}\n')
    with pytest.raises(CommandError, match=rf"^{N} articles imported .* 2 refused, from {N + 2} files\.$"):
        call_command("import_articles", str(corpus_dir))
    assert capsys.readouterr().err.splitlines() == [
        f"{bad}: line 1: malformed date header: month 13 out of range",
        f"{half}: line 2: field 'text' must be a string, not int",
    ]
    assert Article.objects.count() == N
    assert not Article.objects.filter(body__contains="Marie Smit").exists()  # never half a file


def test_known_speakers_are_matched_as_import_article_matches_them(corpus_dir):
    # Two frequent speakers of the corpus are known already: one by full name, one by surname only.
    counts = {}
    for path in files(corpus_dir):
        for claim in ingest.extract_article(read_path(path)[0].text).claims:
            if claim.speaker and len(claim.speaker.split()) == 2:
                counts[claim.speaker] = counts.get(claim.speaker, 0) + 1
    first, second = sorted(counts, key=counts.get, reverse=True)[:2]

    def known_then(importing):
        make_speaker(first, role="bekend")
        import_text(f"{second.split()[-1]} zei dat de dijk 2 meter hoger wordt.")
        importing()
        return snapshot(), Claim.objects.filter(speaker__name=first).count()

    def one_by_one():
        with audit.cause("command:import_articles"):
            import_one_by_one(corpus_dir)

    expected = rolled_back(lambda: known_then(one_by_one))
    result = rolled_back(lambda: known_then(lambda: call_command("import_articles", str(corpus_dir))))
    assert result == expected
    assert result[1] == counts[first]  # all of them on the one speaker that was there
    assert len({s[1] for s in result[0][2]}) == len(result[0][2])


def test_another_writer_between_check_and_insert_is_survived(corpus_dir, capsys, monkeypatch):
    """A batch whose article and speakers someone else stored after the batch looked: the insert
    fails, the batch is rolled back and written again with what is there now."""
    real_write, real_refresh = bulk.BulkImporter._write, bulk.SpeakerIndex.refresh
    raced, blind = [], []

    def racing_write(self, pendings):
        if self._speakers is not None and not raced:  # the second batch: the index is loaded
            speakers = Speaker.objects.count()
            raced.append(ingest.import_article(pendings[0].body, actor=None))
            assert Speaker.objects.count() > speakers  # it brought a speaker the batch will want
            blind.append(True)  # and the index does not see it coming
        real_write(self, pendings)

    def refresh(self):
        if blind:
            blind.pop()
        else:
            real_refresh(self)

    monkeypatch.setattr(bulk.BulkImporter, "_write", racing_write)
    monkeypatch.setattr(bulk.SpeakerIndex, "refresh", refresh)
    call_command("import_articles", str(corpus_dir), "--workers", "1", "--batch-size", "12")
    out = capsys.readouterr().out
    assert f"{N - 1} articles imported" in out and "1 duplicate skipped" in out
    assert f"already imported as #{raced[0].pk}, skipped." in out
    assert Article.objects.count() == N
    assert audit.verify_chain().ok


def test_a_dry_run_stores_nothing(corpus_dir, capsys):
    call_command("import_articles", str(corpus_dir), "--dry-run")
    assert f"{N} articles would be imported" in capsys.readouterr().out
    assert (Article.objects.count(), Speaker.objects.count(), AuditEvent.objects.count()) == (0, 0, 0)


def test_record_many_chains_like_record(db):
    article = import_text("Jan Jansen zei dat de dijk 2 meter hoger wordt.")
    with transaction.atomic():
        n = audit.record_many(
            [
                {"action": AuditEvent.Action.ARTICLE_EDITED, "actor": None, "article": article},
                {
                    "action": AuditEvent.Action.CLAIM_EDITED,
                    "actor": None,
                    "claim": article.claims.get(),
                    "changes": {"cue": ["zei", "zegt"]},
                    "note": "n",
                },
            ]
        )
        audit.record(AuditEvent.Action.ARTICLE_EDITED, actor=None, article=article)
    assert n == 2
    events = list(AuditEvent.objects.order_by("id"))
    assert [e.action for e in events][-3:] == ["article.edited", "claim.edited", "article.edited"]
    assert events[-2].article_id == article.pk and events[-2].changes == {"cue": ["zei", "zegt"]}
    assert [e.prev_hash for e in events[1:]] == [e.hash for e in events[:-1]]
    assert audit.verify_chain() == audit.ChainReport(len(events))
    with transaction.atomic():
        assert audit.record_many([]) == 0
    assert AuditEvent.objects.count() == len(events)


def test_the_bench_commands_measure_a_small_corpus(corpus_dir, tmp_path, capsys):
    """bench_scale's actions, as bench/run.py drives them, on a corpus small enough for a test."""

    def run(*args):
        call_command("bench_scale", *args)
        return json.loads(capsys.readouterr().out.strip().splitlines()[-1])

    imported = run("import", str(corpus_dir), "--workers", "1")
    assert imported["articles"] == N and imported["claims"] == Claim.objects.count()
    assert imported["rss_main_mb"] > 0
    served = run("serve-times", "--repeat", "3")
    assert [row["n"] for row in served["rows"]] == [3] * len(served["rows"])
    # Every page of the desk, each with the queries of one request counted.
    names = [row["name"] for row in served["rows"]]
    for page in ("queue page", "queue, one speaker", "article list", "claim page", "speaker list"):
        assert page in names
    for page in ("dashboard", "inbox", "audit log", "published verdict (public)"):
        assert page in names
    assert any(name.startswith("speaker page") for name in names)
    assert all(row["queries"] > 0 for row in served["rows"])
    only = run("serve-times", "--repeat", "3", "--only", "dashboard")
    assert [row["name"] for row in only["rows"]] == ["dashboard"]
    plan_path = tmp_path / "plan.json"
    before = run("reviewers", "--count", "2", "--claims", "4", "--out", str(plan_path))
    plan = json.loads(plan_path.read_text())
    assert [len(u["claims"]) for u in plan["users"]] == [6, 6]  # 4 of their own, 2 shared
    claim = Claim.objects.get(pk=plan["users"][0]["claims"][0])
    reviewer = get_user_model().objects.get(username=plan["users"][0]["username"])
    assert not reviewer.has_usable_password()  # the plan's session is how it signs in
    signed_in = Client()
    signed_in.cookies[plan["session_cookie"]] = plan["users"][0]["session"]
    assert signed_in.get(reverse("claims:claim", args=[claim.pk])).context["user"] == reviewer
    workflow.set_verdict(claim, "unverifiable", actor=reviewer, rationale="r", expected_version=claim.version)
    assert run("load-check", "--since", str(before["last_event"])) == {
        "verdict_events": 1,
        "other_events": 0,
        "audit_ok": True,
        "audit_checked": AuditEvent.objects.count(),
        "audit_reason": "",
    }


def test_an_institution_with_and_without_its_acronym_is_one_speaker_in_a_bulk_import(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {
        "a.txt": "Het Openbaar Ministerie zegt dat het onderzoek nog loopt.\n",
        "b.txt": "Het OM zegt dat de verdachte vrijdag voor de rechter komt.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    call_command("import_articles", str(folder))
    speaker = Speaker.objects.get()
    assert speaker.claims.values("article").distinct().count() == 2
