import datetime

import pytest

from claims import ingest
from claims.models import Article, AuditEvent, Claim, DatePrecision, Speaker
from tests.factories import import_text

pytestmark = pytest.mark.django_db


def test_seed_import_stores_claims_speakers_and_two_audit_events(seed_text, editor):
    article = import_text(seed_text, actor=editor, published=ingest.Published.parse("2019-02"))
    assert article.lang == "nl"
    assert article.published == datetime.date(2019, 2, 1)
    assert article.published_precision == DatePrecision.MONTH
    assert article.title.startswith("De Amerikaanse president Donald Trump")
    claims = list(article.claims.all())
    assert len(claims) >= 20
    for claim in claims:
        assert claim.text in article.body[claim.start : claim.end]
    names = set(Speaker.objects.values_list("name", flat=True))
    assert {"Donald Trump", "Mike Pompeo", "Kim Jong-un"} <= names
    pompeo = Speaker.objects.get(name="Mike Pompeo")
    assert "Buitenlandse Zaken" in pompeo.role
    events = list(AuditEvent.objects.order_by("id"))
    assert [e.action for e in events] == ["article.imported", "claims.extracted"]
    assert all(e.actor == editor for e in events)
    assert events[1].changes["claims"] == [0, len(claims)]


def test_quote_after_zei_is_attributed_to_trump(seed_text):
    article = import_text(seed_text)
    claim = Claim.objects.get(article=article, text="Dat konden we niet doen")
    assert (claim.speaker.name, claim.kind, claim.cue) == ("Donald Trump", "direct", "zei")


def test_speakers_are_shared_across_articles(seed_text):
    import_text(seed_text)
    import_text("Donald Trump zei woensdag dat de economie met 4 procent groeit.")
    assert Speaker.objects.filter(name="Donald Trump").count() == 1
    assert Speaker.objects.get(name="Donald Trump").claims.values("article").distinct().count() == 2


def test_the_same_text_is_never_imported_twice(seed_text):
    first = import_text(seed_text)
    with pytest.raises(ingest.DuplicateArticle) as excinfo:
        import_text("  " + seed_text.replace(" ", "  ") + "\n")
    assert excinfo.value.existing == first
    assert Article.objects.count() == 1


def test_a_failure_half_way_leaves_nothing(seed_text, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Claim.objects, "bulk_create", explode)
    with pytest.raises(RuntimeError, match="disk full"):
        import_text(seed_text)
    assert (Article.objects.count(), Claim.objects.count(), AuditEvent.objects.count()) == (0, 0, 0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("Een zin.\x00 Nog een.", "control character"),
        ("Regel een.\nRegel twee \x07.", "line 2"),
    ],
)
def test_bad_text_is_refused_with_a_reason(text, message):
    with pytest.raises(ingest.ImportRefused, match=message):
        import_text(text)
    assert not Article.objects.exists()


def test_text_over_the_limit_is_refused(settings):
    settings.FACTCHECK_MAX_ARTICLE_CHARS = 100
    with pytest.raises(ingest.ImportRefused, match="limit is 100"):
        import_text("Het is waar. " * 20)


def test_unknown_language_is_refused():
    with pytest.raises(ingest.ImportRefused, match="Unknown language"):
        import_text("Dit is een zin.", lang="fr")


@pytest.mark.parametrize(
    ("value", "date", "precision"),
    [
        ("2019", datetime.date(2019, 1, 1), "year"),
        ("2019-02", datetime.date(2019, 2, 1), "month"),
        ("2019-02-28", datetime.date(2019, 2, 28), "day"),
    ],
)
def test_published_keeps_the_precision_given(value, date, precision):
    assert ingest.Published.parse(value) == ingest.Published(date, precision)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2019-13", "not a valid date"),
        ("19-02", "not a date"),
        ("2019-02-30", "not a valid date"),
        ("2999-01", "future"),
    ],
)
def test_bad_published_dates_are_refused(value, message):
    with pytest.raises(ingest.ImportRefused, match=message):
        ingest.Published.parse(value)


def test_title_is_the_first_sentence():
    assert ingest.title_from("Eerste zin hier. Tweede zin.\nMeer.") == "Eerste zin hier."
    assert len(ingest.title_from("woord " * 100, limit=50)) == 50
