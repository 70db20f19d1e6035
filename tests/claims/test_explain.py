"""manage.py explain_queue: the plans of the queue's statements, and a failure for a full scan.

What these tests prove, and what they do not: on a table of a few dozen claims the planner's choice
says little about a million. On PostgreSQL the command runs with `--no-seqscan` (the planner avoids
a sequential scan wherever any index allows it), so a pass means an index path exists for every
queue statement, including search through the GIN indexes; that the planner also picks it at scale
is what running the command on a full database shows (DEPLOY.md, "Measured"). SQLite uses an index
whenever one fits, whatever the size, so there a pass is the plan itself.
"""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from claims.models import Claim
from tests.conftest import make_user
from tests.factories import make_article, make_speaker

pytestmark = pytest.mark.django_db

SORTS = ("worth", "newest", "oldest")
FILTERS = ("all", "status=unreviewed", "status=disputed", "kind=direct", "status+kind", "speaker", "article")
FILTERS += ("imported 30 days", "search 'begroting'", "search 'begroting'+status", "with dismissed")
FILTERS += ("assignee", "my queue")
POSTGRES = connection.vendor == "postgresql"


@pytest.fixture
def queue():
    """Enough claims for two pages of every sort, with speakers, assignees and statuses."""
    article = make_article("De begroting groeit. " * 5)
    speakers = [make_speaker(f"Spreker {i}") for i in range(3)]
    user = make_user("anna")
    now = timezone.now()
    Claim.objects.bulk_create(
        Claim(
            article=article,
            text="de begroting groeit" if i % 3 else "het kabinet zwijgt",
            start=0,
            end=20,
            kind=("direct", "indirect", "unattributed")[i % 3],
            speaker=speakers[i % 3],
            assignee=user if i % 2 else None,
            status=("unreviewed", "disputed")[i % 5 == 0],
            checkworthiness=(i % 10) / 10,
            created_at=now - datetime.timedelta(hours=i),
            dismissed=i % 17 == 0,
        )
        for i in range(130)
    )


def _explain(*args):
    out = io.StringIO()
    call_command("explain_queue", *args, "--q", "begroting", stdout=out)
    return out.getvalue()


def _lines(output):
    return [line for line in output.splitlines() if line.startswith(("ok", "SEQ", "scan"))]


def test_it_explains_every_sort_and_filter_and_finds_no_full_scan(queue):
    output = _explain("--no-seqscan") if POSTGRES else _explain()
    lines = _lines(output)
    for sort in SORTS:
        for label in FILTERS:
            steps = [line for line in lines if line.split()[1] == sort and f" {label} " in line]
            assert " page 1 " in steps[0] and " count " in steps[1], f"{sort} {label}: {steps}"
    assert f"{len(lines)} statements explained, 0 with a sequential scan on claims_claim." in output
    assert not [line for line in lines if line.startswith("SEQ")]
    # Each statement names the index it uses. A search uses the text indexes on PostgreSQL; on
    # SQLite (a substring match, no index) it may read every row, and is then listed as expected.
    searches = [line for line in lines if "search" in line]
    if POSTGRES:
        # The count of a plain search is in no order: on this tiny table, told not to scan it, the
        # planner may walk any index and test the text (at 1.15M claims it takes the text indexes,
        # DEPLOY.md); that the text indexes can serve a search is test_search's
        # test_search_is_served_by_the_text_indexes. Here: every count is explained, none scans.
        counts = [line for line in searches if "+status" not in line and " count " in line]
        assert len(counts) == 3 and all(line.startswith("ok") for line in counts), output
        assert not [line for line in lines if line.startswith("scan")]
    else:
        assert {line.split()[0] for line in searches} <= {"ok", "scan"}
        assert [line for line in lines if line.startswith("scan")] == [
            line for line in searches if line.startswith("scan")
        ]
    # The default order from its index (on this tiny table PostgreSQL, told not to scan, may take
    # the smaller partial claim_kind_worth_idx in the same order; at 1.15M claims: claim_worth_idx).
    default = [line for line in lines if " worth " in line and " all " in line and " page 1 " in line]
    assert "claim_worth_idx" in default[0] or (POSTGRES and "claim_kind_worth_idx" in default[0]), output
    assert any("claim_created_idx" in line for line in lines if " newest " in line and " all " in line)


def test_it_explains_the_first_page_the_count_the_next_page_and_back(queue):
    output = _explain("--no-seqscan") if POSTGRES else _explain()
    everything = [line.split() for line in _lines(output) if " worth " in line and " all " in line]
    steps = [" ".join(words[3:5]) if words[3] == "page" else words[3] for words in everything]
    assert steps == ["page 1", "count", "page 2", "back"]


def test_a_full_scan_is_reported_and_fails_the_command(queue):
    if POSTGRES:
        # On a tiny table, left to itself, PostgreSQL reads the whole table: the command says so.
        with pytest.raises(CommandError, match="scan claims_claim sequentially"):
            _explain()
    else:
        # Without the index for the default order SQLite must read the whole table and sort it.
        with connection.cursor() as cursor:
            cursor.execute("DROP INDEX claim_worth_idx")
        with pytest.raises(CommandError, match="scan claims_claim sequentially"):
            _explain()


def test_the_report_shows_the_plan_of_a_full_scan(queue):
    out = io.StringIO()
    if not POSTGRES:
        with connection.cursor() as cursor:
            cursor.execute("DROP INDEX claim_worth_idx")
    with pytest.raises(CommandError):
        call_command("explain_queue", "--q", "begroting", stdout=out)
    report = out.getvalue()
    assert "SEQ SCAN" in report
    assert ("Seq Scan on claims_claim" if POSTGRES else "SCAN claims_claim") in report


def test_it_needs_claims_to_explain(db):
    with pytest.raises(CommandError, match="no claims"):
        _explain()
