"""No lost updates: real threads, each with its own database connection, race to set verdicts."""

import threading

import pytest
from django.db import connection

from claims import audit, workflow
from claims.models import AuditEvent, Claim
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db(transaction=True)

WORKERS = 8


def _race(target, args_per_worker):
    """Start every worker at once; collect what each got back (a Claim or the exception)."""
    barrier = threading.Barrier(len(args_per_worker))
    results = [None] * len(args_per_worker)

    def run(i, args):
        try:
            barrier.wait()
            with audit.cause("test:thread"):
                results[i] = target(*args)
        except Exception as exc:
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(args_per_worker)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_workers_racing_on_one_claim_and_on_their_own(reviewer):
    article = make_article()
    shared = make_claim(article)
    own = [make_claim(article) for _ in range(WORKERS)]

    def verdict(claim, rationale):
        return workflow.set_verdict(
            claim, "unverifiable", actor=reviewer, rationale=rationale, expected_version=1
        )

    # Every worker, holding version 1 of the shared claim, tries to set its own rationale on it;
    # at the same time every worker sets a verdict on a claim nobody else touches.
    results = _race(
        verdict,
        [(shared, f"worker {i}") for i in range(WORKERS)] + [(c, f"own {i}") for i, c in enumerate(own)],
    )
    shared_results, own_results = results[:WORKERS], results[WORKERS:]

    accepted = [r for r in shared_results if isinstance(r, Claim)]
    conflicts = [r for r in shared_results if isinstance(r, workflow.StaleVersion)]
    assert (len(accepted), len(conflicts)) == (1, WORKERS - 1), shared_results
    assert all(isinstance(r, Claim) for r in own_results), own_results

    shared.refresh_from_db()
    assert shared.version == 2 and shared.rationale == accepted[0].rationale  # the winner, not overwritten
    for claim in own:
        claim.refresh_from_db()
        assert (claim.version, claim.status) == (2, "unverifiable")

    # Exactly one audit event per accepted change, none for refused ones, and an unbroken chain.
    events = AuditEvent.objects.filter(action="verdict.set")
    assert events.count() == 1 + WORKERS
    assert events.filter(claim=shared).count() == 1
    report = audit.verify_chain()
    assert report.ok and report.checked == AuditEvent.objects.count()
