import datetime

import pytest

from claims.models import AppendOnlyError, Article, AuditEvent, Claim, DatePrecision, Speaker, fold_name
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "folded"),
    [("Donald Trump", "donald trump"), ("  Mark   Rütte ", "mark rutte"), ("KIM Jong-un", "kim jong-un")],
)
def test_fold_name(name, folded):
    assert fold_name(name) == folded


def test_status_counts_lists_every_status():
    article = make_article()
    make_claim(article, status=Claim.Status.VERIFIED)
    make_claim(article, status=Claim.Status.VERIFIED)
    make_claim(article)
    assert Claim.objects.for_article(article).status_counts() == {
        "unreviewed": 1,
        "verified": 2,
        "disputed": 0,
        "unverifiable": 0,
    }


def test_with_progress_counts_reviewed_and_ignores_dismissed():
    article = make_article()
    make_claim(article, status=Claim.Status.DISPUTED)
    make_claim(article)
    make_claim(article, dismissed=True)
    annotated = Article.objects.with_progress().get(pk=article.pk)
    assert (annotated.n_claims, annotated.n_reviewed) == (2, 1)


def test_active_status_counts_are_the_active_claims_per_status():
    """The dashboard's figures, counted as all minus dismissed minus verdicts, are the grouped count."""
    article = make_article()
    for status in ("verified", "verified", "disputed", "unverifiable", "unreviewed", "unreviewed"):
        make_claim(article, status=status)
    make_claim(article, status="verified", dismissed=True)
    make_claim(article, dismissed=True)
    expected = {"unreviewed": 2, "verified": 2, "disputed": 1, "unverifiable": 1}
    assert Claim.objects.active().status_counts() == expected
    assert Claim.objects.active_status_counts() == expected


def test_with_verdict_and_with_status():
    article = make_article()
    claims = [make_claim(article, status=s) for s in ("verified", "unreviewed", "disputed")]
    assert set(Claim.objects.with_verdict()) == {claims[0], claims[2]}
    assert list(Claim.objects.with_status("disputed")) == [claims[2]]
    assert list(Claim.objects.with_status("unreviewed")) == [claims[1]]


def test_with_claim_counts_counts_each_speakers_active_claims():
    alice = Speaker.objects.create(name="Alice")
    Speaker.objects.create(name="Bob")
    article = make_article()
    make_claim(article, speaker=alice)
    make_claim(article, speaker=alice)
    make_claim(article, speaker=alice, dismissed=True)
    counted = {s.name: s.n_claims for s in Speaker.objects.with_claim_counts()}
    assert counted == {"Alice": 2, "Bob": 0}


@pytest.mark.parametrize(
    ("precision", "shown"),
    [(DatePrecision.DAY, "2019-02-01"), (DatePrecision.MONTH, "2019-02"), (DatePrecision.YEAR, "2019")],
)
def test_published_display_keeps_precision(precision, shown):
    article = make_article(published=datetime.date(2019, 2, 1), published_precision=precision)
    assert article.published_display == shown


def test_claim_span_must_be_ordered():
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        make_claim(start=10, end=5)


def _event():
    from django.db import transaction

    from claims import audit

    with transaction.atomic():
        return audit.record(AuditEvent.Action.ARTICLE_EDITED, actor=None, note="x")


def test_audit_event_refuses_save_of_existing_row():
    event = _event()
    event.note = "rewritten"
    with pytest.raises(AppendOnlyError):
        event.save()


def test_audit_event_refuses_delete():
    event = _event()
    with pytest.raises(AppendOnlyError):
        event.delete()
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_audit_queryset_refuses_update_and_delete():
    _event()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().update(note="rewritten")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get().note == "x"
