"""The speaker record: counts, claims, timeline, editing (audited) and who may edit."""

import pytest
from django.urls import reverse

from claims import workflow
from claims.models import AuditEvent, Claim, Speaker
from claims.views.speakers import speaker_timeline
from tests.factories import make_article, make_claim, make_speaker

pytestmark = pytest.mark.django_db

LINK = "https://example.org/source"

BODY = (
    "Jan de Vries zei dat de begroting 3 procent groeit, dat de lonen 2 procent stijgen en dat het goed gaat."
)


@pytest.fixture
def speaker():
    return make_speaker("Jan de Vries", role="minister", aliases=["De Vries"])


@pytest.fixture
def claims(speaker):
    article = make_article(BODY)
    return [
        make_claim(article, "de begroting 3 procent groeit", speaker=speaker),
        make_claim(article, "de lonen 2 procent stijgen", speaker=speaker),
        make_claim(article, "het goed gaat", speaker=speaker),
    ]


def _edit_data(speaker, **overrides):
    data = {
        "speaker-name": speaker.name,
        "speaker-kind": speaker.kind,
        "speaker-role": speaker.role,
        "speaker-description": speaker.description,
        "speaker-reference_url": speaker.reference_url,
        "speaker-aliases": "\n".join(speaker.aliases),
    }
    data.update({f"speaker-{key}": value for key, value in overrides.items()})
    return data


def test_page_counts_claims_and_verdicts(client, reviewer, speaker, claims):
    workflow.set_verdict(
        claims[0], "verified", actor=reviewer, rationale="CBS.", expected_version=1, evidence_url=LINK
    )
    workflow.set_verdict(
        claims[1], "disputed", actor=reviewer, rationale="Nee.", expected_version=1, evidence_url=LINK
    )
    make_claim(make_article(BODY), "het goed gaat", speaker=speaker, dismissed=True)
    client.force_login(reviewer)
    response = client.get(speaker.get_absolute_url())
    assert response.context["n_claims"] == 3  # the dismissed claim does not count
    assert response.context["tally"] == {"unreviewed": 1, "verified": 1, "disputed": 1, "unverifiable": 0}
    html = response.content.decode()
    assert "badge status-verified" in html and "badge status-disputed" in html
    assert f'href="{claims[0].article.get_absolute_url()}#claim-{claims[0].pk}"' in html


def test_claims_are_listed_newest_article_first_and_paged(client, reviewer, speaker):
    old, new = make_article(BODY), make_article(BODY)
    old_claim = make_claim(old, "het goed gaat", speaker=speaker)
    new_claim = make_claim(new, "het goed gaat", speaker=speaker)
    client.force_login(reviewer)
    listed = list(client.get(speaker.get_absolute_url()).context["page"])
    assert listed == [new_claim, old_claim]
    article = make_article(BODY)
    Claim.objects.bulk_create(
        Claim(article=article, text="het", start=0, end=3, kind="indirect", speaker=speaker)
        for _ in range(60)
    )
    page = client.get(speaker.get_absolute_url()).context["page"]
    assert len(page.object_list) == 50 and page.paginator.count == 62
    assert len(client.get(speaker.get_absolute_url(), {"page": 2}).context["page"].object_list) == 12


def test_page_shows_the_record(client, reviewer, speaker):
    workflow.edit_speaker(
        speaker,
        actor=None,
        description="Minister <b>van</b> Financiën.",
        reference_url="https://www.wikidata.org/wiki/Q1",
    )
    client.force_login(reviewer)
    html = client.get(speaker.get_absolute_url()).content.decode()
    assert '<a href="https://www.wikidata.org/wiki/Q1" rel="noopener noreferrer"' in html
    assert "Minister &lt;b&gt;van&lt;/b&gt; Financiën." in html
    assert "<li>De Vries</li>" in html and "minister" in html


def test_timeline_has_speaker_events_and_verdicts_on_its_claims(chief, speaker, claims):
    other = make_speaker("Piet Jansen")
    other_claim = make_claim(make_article(BODY), speaker=other)
    workflow.edit_speaker(speaker, actor=chief, role="oud-minister")
    workflow.set_verdict(
        claims[0], "verified", actor=chief, rationale="CBS.", expected_version=1, evidence_url=LINK
    )
    workflow.set_verdict(
        other_claim, "disputed", actor=chief, rationale="Nee.", expected_version=1, evidence_url=LINK
    )
    workflow.edit_speaker(other, actor=chief, role="woordvoerder")
    workflow.add_evidence(claims[1], actor=chief, url="https://example.org/e")
    timeline = speaker_timeline(speaker)
    assert [(e.action, e.claim_id) for e in timeline] == [
        ("verdict.set", claims[0].pk),
        ("speaker.edited", None),
    ]


def test_timeline_follows_speakers_merged_into_this_one(chief, speaker, claims):
    twin = workflow.find_or_create_speaker("J. de Vries", actor=chief)
    workflow.edit_speaker(twin, actor=chief, role="minister van Financiën")
    workflow.merge_speakers(twin, speaker, actor=chief)
    actions = [e.action for e in speaker_timeline(speaker)]
    assert actions == ["speaker.merged", "speaker.edited", "speaker.created"]


def test_timeline_is_capped(chief, speaker, claims):
    for i in range(30):
        workflow.edit_speaker(speaker, actor=chief, role=f"rol {i}")
    for claim in claims:
        workflow.set_verdict(
            claim, "verified", actor=chief, rationale="Ja.", expected_version=1, evidence_url=LINK
        )
    timeline = speaker_timeline(speaker, limit=20)
    assert len(timeline) == 20 and timeline[0].action == "verdict.set"
    assert [e.pk for e in timeline] == sorted((e.pk for e in timeline), reverse=True)


def test_edit_is_audited_with_before_and_after(client, editor, speaker):
    client.force_login(editor)
    response = client.post(
        reverse("claims:speaker_edit", args=[speaker.pk]),
        _edit_data(
            speaker,
            name="Jan  de Vries-Smit",
            kind="person",
            role="oud-minister",
            reference_url="https://nl.wikipedia.org/wiki/Jan",
            aliases="De Vries\n\n  Jan   de Vries \nDe Vries\n",
        ),
    )
    assert response.status_code == 302
    speaker.refresh_from_db()
    assert speaker.name == "Jan de Vries-Smit" and speaker.folded_name == "jan de vries-smit"
    assert speaker.aliases == ["De Vries", "Jan de Vries"]
    event = AuditEvent.objects.get(action="speaker.edited")
    assert event.actor == editor and event.via == "web"
    assert event.changes["speaker"] == [
        {"id": speaker.pk, "name": "Jan de Vries"},
        {"id": speaker.pk, "name": "Jan de Vries-Smit"},
    ]
    assert event.changes["name"] == ["Jan de Vries", "Jan de Vries-Smit"]
    assert event.changes["role"] == ["minister", "oud-minister"]
    assert event.changes["aliases"] == [["De Vries"], ["De Vries", "Jan de Vries"]]
    assert event.changes["reference_url"] == ["", "https://nl.wikipedia.org/wiki/Jan"]
    assert "kind" not in event.changes


def test_saving_unchanged_writes_no_event(client, editor, speaker):
    client.force_login(editor)
    response = client.post(reverse("claims:speaker_edit", args=[speaker.pk]), _edit_data(speaker))
    assert response.status_code == 302 and not AuditEvent.objects.filter(action="speaker.edited").exists()


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.wikidata.org/wiki/Q57792", True),
        ("http://example.org/person", True),
        ("www.wikidata.org/wiki/Q1", True),  # https:// is assumed
        ("ftp://example.org/file", False),
        ("javascript:alert(1)", False),
        ("not a link", False),
    ],
)
def test_reference_url_must_be_http(client, editor, speaker, url, ok):
    client.force_login(editor)
    response = client.post(
        reverse("claims:speaker_edit", args=[speaker.pk]), _edit_data(speaker, reference_url=url)
    )
    speaker.refresh_from_db()
    if ok:
        assert response.status_code == 302 and speaker.reference_url.startswith("http")
    else:
        assert response.status_code == 422 and speaker.reference_url == ""
        assert "http" in response.context["edit_form"].errors["reference_url"][0]


def test_workflow_refuses_a_non_http_reference(editor, speaker):
    with pytest.raises(workflow.WorkflowError, match="not a valid http"):
        workflow.edit_speaker(speaker, actor=editor, reference_url="ftp://example.org/x")


def test_renaming_to_another_speakers_name_suggests_a_merge(client, editor, speaker):
    make_speaker("Mark Rutte")
    client.force_login(editor)
    response = client.post(
        reverse("claims:speaker_edit", args=[speaker.pk]), _edit_data(speaker, name="mark  RUTTE")
    )
    assert response.status_code == 422
    (error,) = response.context["edit_form"].errors["name"]
    assert "“Mark Rutte” is already a speaker" in error and "merge" in error
    assert "already a speaker" in response.content.decode()
    assert Speaker.objects.get(pk=speaker.pk).name == "Jan de Vries"
    with pytest.raises(workflow.WorkflowError, match="merge"):
        workflow.edit_speaker(speaker, actor=editor, name="Mark Rütte")


def test_renaming_to_a_variant_of_its_own_name_is_fine(editor, speaker):
    assert workflow.edit_speaker(speaker, actor=editor, name="Jan De Vries").name == "Jan De Vries"


def test_reviewers_may_not_edit_speakers(client, reviewer, speaker):
    client.force_login(reviewer)
    assert 'id="speaker-edit"' not in client.get(speaker.get_absolute_url()).content.decode()
    response = client.post(reverse("claims:speaker_edit", args=[speaker.pk]), _edit_data(speaker, role="x"))
    assert response.status_code == 403 and Speaker.objects.get(pk=speaker.pk).role == "minister"


def test_editors_and_chiefs_see_the_edit_form_only_chiefs_merge(client, editor, chief, speaker):
    client.force_login(editor)
    html = client.get(speaker.get_absolute_url()).content.decode()
    assert 'id="speaker-edit"' in html and 'id="speaker-merge"' not in html
    client.force_login(chief)
    html = client.get(speaker.get_absolute_url()).content.decode()
    assert 'id="speaker-edit"' in html and 'id="speaker-merge"' in html


def test_edit_speaker_rejects_unknown_fields_and_kinds(editor, speaker):
    with pytest.raises(workflow.WorkflowError, match="cannot be edited"):
        workflow.edit_speaker(speaker, actor=editor, folded_name="x")
    with pytest.raises(workflow.WorkflowError, match="not a kind"):
        workflow.edit_speaker(speaker, actor=editor, kind="robot")


def test_merge_keeps_what_the_target_lacks(chief, speaker):
    twin = make_speaker("J. de Vries", description="Minister.", reference_url="https://example.org/jdv")
    target = workflow.merge_speakers(twin, speaker, actor=chief)
    assert (target.description, target.reference_url) == ("Minister.", "https://example.org/jdv")
    event = AuditEvent.objects.get(action="speaker.merged")
    assert event.changes["speaker"] == [
        {"id": twin.pk, "name": "J. de Vries"},
        {"id": speaker.pk, "name": "Jan de Vries"},
    ]


def test_speaker_list_finds_by_folded_name(client, reviewer, speaker):
    make_speaker("Mark Rütte")
    client.force_login(reviewer)
    names = [s.name for s in client.get(reverse("claims:speakers"), {"q": "rutte"}).context["page"]]
    assert names == ["Mark Rütte"]


def test_speaker_admin_edits_the_reference_url_through_the_workflow(client, chief, speaker):
    client.force_login(chief)
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])
    html = client.get(url).content.decode()
    assert 'name="reference_url"' in html
    data = {
        "name": speaker.name,
        "kind": speaker.kind,
        "role": speaker.role,
        "aliases": '["De Vries"]',
        "description": "",
        "reference_url": "https://www.wikidata.org/wiki/Q2",
    }
    assert client.post(url, data).status_code == 302
    event = AuditEvent.objects.get(action="speaker.edited")
    assert event.changes["reference_url"] == ["", "https://www.wikidata.org/wiki/Q2"]
    assert event.note == "changed in the admin"


def test_speaker_admin_refuses_another_speakers_name(client, chief, speaker):
    make_speaker("Mark Rutte")
    client.force_login(chief)
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])
    data = {
        "name": "MARK rutte",
        "kind": "person",
        "role": "",
        "aliases": "[]",
        "description": "",
        "reference_url": "",
    }
    response = client.post(url, data)
    assert response.status_code == 200 and "is already a speaker" in response.content.decode()
    assert Speaker.objects.get(pk=speaker.pk).name == "Jan de Vries"


def test_speaker_admin_wants_aliases_as_a_list_of_names(client, chief, speaker):
    client.force_login(chief)
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])
    data = {"name": speaker.name, "kind": "person", "role": "", "description": "", "reference_url": ""}
    # `aliases` has a callable default, so the admin form sends its initial value along.
    data["initial-aliases"] = '["De Vries"]'
    response = client.post(url, {**data, "aliases": '"De Vries"'})
    assert response.status_code == 200 and "A list of names" in response.content.decode()
    assert client.post(url, {**data, "aliases": ""}).status_code == 302
    assert Speaker.objects.get(pk=speaker.pk).aliases == []
