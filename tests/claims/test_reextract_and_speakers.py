import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims import ingest, workflow
from claims.extraction import ENGINE_VERSION
from claims.models import Article, AuditEvent, Claim, Evidence, Speaker
from tests.factories import import_text, make_speaker

pytestmark = pytest.mark.django_db

FULL = "De Amerikaanse president Donald Trump zei woensdag dat de economie met 4 procent groeit."
SHORT = "Trump zei donderdag dat de werkloosheid onder de 4 procent is gedaald."


def test_a_surname_finds_the_full_name_from_another_article():
    import_text(FULL)
    import_text(SHORT)
    trump = Speaker.objects.get()
    assert trump.name == "Donald Trump" and trump.claims.values("article").distinct().count() == 2


def test_a_full_name_later_upgrades_the_surname_speaker():
    import_text(SHORT)
    assert Speaker.objects.get().name == "Trump"
    import_text(FULL)
    trump = Speaker.objects.get()
    assert trump.name == "Donald Trump" and "Trump" in trump.aliases
    assert trump.role == "Amerikaanse president"


def test_an_ambiguous_surname_is_not_guessed():
    make_speaker("Donald Trump")
    make_speaker("Ivanka Trump")
    assert ingest.match_speaker("Trump") is None
    assert ingest.match_speaker("donald  TRUMP") == Speaker.objects.get(name="Donald Trump")


def test_merging_speakers_moves_claims_and_is_audited(chief):
    import_text(FULL)
    other = make_speaker("D. Trump")
    claim = Claim.objects.first()
    workflow.edit_claim(claim, actor=chief, expected_version=1, speaker=other)
    target = workflow.merge_speakers(other, Speaker.objects.get(name="Donald Trump"), actor=chief)
    assert Claim.objects.get(pk=claim.pk).speaker == target and "D. Trump" in target.aliases
    assert not Speaker.objects.filter(name="D. Trump").exists()
    event = AuditEvent.objects.get(action="speaker.merged")
    assert event.changes["claims"] == [None, [claim.pk]] and event.note == "D. Trump → Donald Trump"


@pytest.fixture
def worked_on(seed_text, chief):
    """The seed with three claims someone worked on: a verdict, evidence, a dismissal."""
    article = import_text(seed_text)
    first, second, third = Claim.objects.for_article(article).in_text_order()[:3]
    workflow.set_verdict(first, "unverifiable", actor=chief, rationale="No tape.", expected_version=1)
    workflow.add_evidence(second, actor=chief, url="https://example.org/e")
    workflow.edit_claim(third, actor=chief, expected_version=1, dismissed=True)
    return article, {first.pk, second.pk, third.pk}


def test_reextraction_keeps_every_claim_someone_worked_on(worked_on, chief):
    article, touched = worked_on
    before = set(Claim.objects.for_article(article).values_list("pk", flat=True))
    report = ingest.reextract_article(article, actor=chief)
    after = set(Claim.objects.for_article(article).values_list("pk", flat=True))
    assert touched <= after
    assert (report.kept, report.removed) == (3, len(before) - 3)
    assert len(after) == len(before)  # the same engine finds the same claims again
    assert not (before - touched) & after  # untouched ones were replaced by fresh rows
    assert Claim.objects.get(pk=min(touched)).status == "unverifiable"
    assert Evidence.objects.filter(claim__article=article).count() == 1
    event = AuditEvent.objects.get(action="claims.reextracted")
    assert event.actor == chief and event.changes["claims"] == [len(before), len(after)]


def test_extract_claims_command_reextracts_outdated_articles(worked_on, capsys):
    article, _ = worked_on
    Article.objects.filter(pk=article.pk).update(extractor_version="rules-0.9")
    call_command("extract_claims", "--outdated")
    assert f"1 articles extracted with {ENGINE_VERSION}." in capsys.readouterr().out
    assert Article.objects.get(pk=article.pk).extractor_version == ENGINE_VERSION
    assert AuditEvent.objects.get(action="claims.reextracted").via == "command:extract_claims"
    call_command("extract_claims", "--outdated")
    assert "0 articles extracted" in capsys.readouterr().out


def test_extract_claims_command_dry_run_and_bad_arguments(worked_on):
    article, _ = worked_on
    call_command("extract_claims", str(article.pk), "--dry-run")
    assert not AuditEvent.objects.filter(action="claims.reextracted").exists()
    with pytest.raises(CommandError, match="one of these"):
        call_command("extract_claims")
    with pytest.raises(CommandError, match="No article with id 999"):
        call_command("extract_claims", "999")


def test_reextract_button_for_editors(client, editor, worked_on):
    article, touched = worked_on
    Article.objects.filter(pk=article.pk).update(extractor_version="rules-0.9")
    client.force_login(editor)
    assert "Extract again with" in client.get(article.get_absolute_url()).content.decode()
    response = client.post(f"/articles/{article.pk}/reextract/")
    assert response.status_code == 302
    assert touched <= set(Claim.objects.for_article(article).values_list("pk", flat=True))


def test_an_institution_shown_with_its_acronym_is_the_same_speaker_across_articles():
    import_text("Het Openbaar Ministerie zegt dat het onderzoek nog loopt.")
    import_text("Het OM zegt dat de verdachte vrijdag voor de rechter komt.")
    speaker = Speaker.objects.get()
    assert speaker.name == "Openbaar Ministerie" and speaker.claims.values("article").distinct().count() == 2
    assert ingest.match_speaker("Openbaar Ministerie (OM)") == speaker


def test_the_migration_rekeys_speakers_stored_with_an_acronym_in_their_key():
    import importlib

    from django.apps import apps

    rekey = importlib.import_module("claims.migrations.0020_speaker_key_without_acronym").rekey
    shown = make_speaker("Openbaar Ministerie (OM)")
    Speaker.objects.filter(pk=shown.pk).update(folded_name="openbaar ministerie (om)")  # the old key
    make_speaker("Centraal Planbureau")
    blocked = make_speaker("Planbureau")
    Speaker.objects.filter(pk=blocked.pk).update(
        name="Centraal Planbureau (CPB)", folded_name="centraal planbureau (cpb)"
    )
    rekey(apps, None)
    assert Speaker.objects.get(pk=shown.pk).folded_name == "openbaar ministerie"
    assert (
        Speaker.objects.get(pk=blocked.pk).folded_name == "centraal planbureau (cpb)"
    )  # taken: merge by hand
