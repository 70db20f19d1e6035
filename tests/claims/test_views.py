import pytest
from django.urls import reverse

from claims import workflow
from claims.models import Article, AuditEvent, Claim
from tests.factories import import_text, make_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(seed_text):
    return import_text(seed_text)


@pytest.fixture
def claim(article):
    return Claim.objects.get(article=article, text="Dat konden we niet doen")


@pytest.fixture
def logged_in(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def _pages(article, claim):
    return [
        reverse("claims:dashboard"),
        reverse("claims:articles"),
        reverse("claims:article_new"),
        reverse("claims:article", args=[article.pk]),
        reverse("claims:claims"),
        reverse("claims:claim", args=[claim.pk]),
        reverse("claims:speakers"),
        reverse("claims:speaker", args=[claim.speaker_id]),
        reverse("claims:audit"),
    ]


def test_every_page_requires_login(client, article, claim):
    for url in _pages(article, claim):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/?next="), url


def test_every_page_renders_for_a_logged_in_user(logged_in, article, claim):
    for url in _pages(article, claim):
        if url == reverse("claims:article_new"):
            continue  # editors import; a reviewer is told so before filling it in
        assert logged_in.get(url).status_code == 200, url


def test_the_import_page_renders_for_an_editor_and_refuses_a_reviewer_up_front(client, reviewer, editor):
    url = reverse("claims:article_new")
    client.force_login(editor)
    assert client.get(url).status_code == 200
    client.force_login(reviewer)
    response = client.get(url)
    assert (
        response.status_code == 403 and "that is for an Editor or Chief editor" in response.content.decode()
    )


def test_login_page_is_public(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200 and b"Log in" in response.content


def test_article_page_highlights_each_claim_beside_the_list(logged_in, article, claim):
    html = logged_in.get(reverse("claims:article", args=[article.pk])).content.decode()
    assert f'id="mark-{claim.pk}"' in html and f'id="claim-{claim.pk}"' in html
    assert html.count('class="claim-card') == article.claims.count()
    assert "Donald Trump" in html and "Mike Pompeo" in html
    assert "<strong>0</strong> of" in html  # progress


def test_verdict_by_plain_post_redirects_and_is_audited(logged_in, claim, reviewer):
    url = reverse("claims:claim_verdict", args=[claim.pk])
    back = reverse("claims:article", args=[claim.article_id]) + f"#claim-{claim.pk}"
    response = logged_in.post(
        url,
        {
            f"c{claim.pk}-status": "unverifiable",
            f"c{claim.pk}-rationale": "No recording.",
            f"c{claim.pk}-version": 1,
            "next": back,
        },
    )
    assert response.status_code == 302 and response["Location"] == back
    claim.refresh_from_db()
    assert (claim.status, claim.reviewed_by) == ("unverifiable", reviewer)
    event = AuditEvent.objects.get(action="verdict.set")
    assert event.actor == reviewer and event.changes["status"] == ["unreviewed", "unverifiable"]


def test_verdict_by_htmx_returns_the_card_with_highlight_and_progress(logged_in, claim):
    response = logged_in.post(
        reverse("claims:claim_verdict", args=[claim.pk]),
        {
            f"c{claim.pk}-status": "disputed",
            f"c{claim.pk}-rationale": "Transcript differs.",
            f"c{claim.pk}-version": 1,
            f"c{claim.pk}-evidence_url": "https://example.org/transcript",
        },
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert f'<li id="claim-{claim.pk}" class="claim-card status-disputed"' in html
    assert f'id="mark-{claim.pk}"' in html and 'hx-swap-oob="true"' in html
    assert 'id="article-progress"' in html and "<strong>1</strong> of" in html
    assert Claim.objects.get(pk=claim.pk).status == "disputed"


@pytest.mark.parametrize("htmx", [False, True])
def test_verdict_without_rationale_is_refused_with_a_message(logged_in, claim, htmx):
    headers = {"HX-Request": "true"} if htmx else {}
    response = logged_in.post(
        reverse("claims:claim_verdict", args=[claim.pk]),
        {f"c{claim.pk}-status": "unverifiable", f"c{claim.pk}-rationale": "", f"c{claim.pk}-version": 1},
        headers=headers,
    )
    assert response.status_code == 422
    assert "This field is required." in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == "unreviewed"


@pytest.mark.parametrize("htmx", [False, True])
def test_verdict_without_required_evidence_is_refused_with_a_message(logged_in, claim, htmx):
    headers = {"HX-Request": "true"} if htmx else {}
    response = logged_in.post(
        reverse("claims:claim_verdict", args=[claim.pk]),
        {
            f"c{claim.pk}-status": "verified",
            f"c{claim.pk}-rationale": "Said on TV.",
            f"c{claim.pk}-version": 1,
        },
        headers=headers,
    )
    assert response.status_code == 422
    assert "A verified verdict needs at least one evidence link." in response.content.decode()
    assert not AuditEvent.objects.filter(action="verdict.set").exists()


def test_stale_verdict_form_gets_409_with_the_current_state(logged_in, claim, chief):
    workflow.set_verdict(claim, "unverifiable", actor=chief, rationale="Chief was first.", expected_version=1)
    response = logged_in.post(
        reverse("claims:claim_verdict", args=[claim.pk]),
        {
            f"c{claim.pk}-status": "unverifiable",
            f"c{claim.pk}-rationale": "Me too.",
            f"c{claim.pk}-version": 1,
        },
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert response.status_code == 409
    assert "changed by chief" in html and "Chief was first." in html
    assert Claim.objects.get(pk=claim.pk).rationale == "Chief was first."


def test_claim_page_shows_the_timeline(logged_in, claim, reviewer):
    workflow.set_verdict(
        claim, "unverifiable", actor=reviewer, rationale="Cannot confirm.", expected_version=1
    )
    html = logged_in.get(reverse("claims:claim", args=[claim.pk])).content.decode()
    assert "Verdict set" in html and "rob" in html and "Cannot confirm." in html
    assert "Article imported" in html and "Claims extracted" in html
    # Field names as labels, values as the interface names them (the export keeps the raw record).
    label = '<span class="field">Verdict</span>: '
    assert label + '<span class="before">Unreviewed</span> → <span class="after">Unverifiable' in html
    assert "<code>status</code>" not in html


def test_add_evidence_from_the_claim_page(logged_in, claim):
    url = reverse("claims:claim_evidence", args=[claim.pk])
    response = logged_in.post(url, {"url": "https://example.org/source", "note": "video"})
    assert response.status_code == 302
    assert claim.evidence.get().url == "https://example.org/source"
    bad = logged_in.post(url, {"url": "javascript:alert(1)"})
    assert bad.status_code == 422 and claim.evidence.count() == 1


def test_new_article_form_imports_and_redirects(editor_client, editor):
    text = "Premier Mark Rutte zei maandag dat het kabinet 2 miljard euro extra uittrekt voor de zorg."
    response = editor_client.post(
        reverse("claims:article_new"), {"text": text, "published": "2023-05-02", "lang": ""}
    )
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == article.get_absolute_url()
    assert article.created_by == editor and article.lang == "nl" and article.claims.exists()


def test_new_article_form_refuses_a_duplicate_with_a_link(editor_client, article):
    response = editor_client.post(reverse("claims:article_new"), {"text": article.body})
    html = response.content.decode()
    assert response.status_code == 400
    assert "already imported" in html and article.get_absolute_url() in html
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "   "}, "Paste the article text, upload files or give a link (one of the three)."),
        ({"text": "Tekst.", "published": "2019-13"}, "is not a valid date"),
        ({"text": "Tekst.\x01"}, "control character"),
    ],
)
def test_new_article_form_refuses_bad_input(editor_client, data, message):
    response = editor_client.post(reverse("claims:article_new"), data)
    assert response.status_code == 400 and message in response.content.decode()
    assert not Article.objects.exists()


def test_queue_filters_by_status(logged_in, article, claim, reviewer):
    workflow.set_verdict(claim, "unverifiable", actor=reviewer, rationale="n/a", expected_version=1)
    html = logged_in.get(reverse("claims:claims"), {"status": "unverifiable"}).content.decode()
    assert ">1 claim</p>" in html and claim.text in html


def test_verdict_form_is_served_to_htmx_and_plain_get_goes_to_the_claim_page(logged_in):
    claim = make_claim()
    url = reverse("claims:claim_verdict", args=[claim.pk])
    response = logged_in.get(url)
    assert response.status_code == 302 and response["Location"] == f"/claims/{claim.pk}/#verdict"
    html = logged_in.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in html and f'name="c{claim.pk}-rationale"' in html and 'hx-post="' in html
    assert logged_in.put(url).status_code == 405


def test_unknown_claim_is_404(logged_in):
    assert logged_in.get(reverse("claims:claim", args=[999999])).status_code == 404


def _upload(client, name, content, **data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(reverse("claims:article_new"), {"file": SimpleUploadedFile(name, content), **data})


def test_upload_a_seed_style_text_file(editor_client):
    response = _upload(
        editor_client, "seed.txt", b" date 2019-02 Premier Mark Rutte zei dat er 3 miljard bij komt."
    )
    article = Article.objects.get()
    assert response.status_code == 302 and article.published_display == "2019-02"
    assert article.body.startswith("Premier Mark Rutte")


def test_upload_html_keeps_the_text_and_drops_the_script(editor_client):
    html = (
        "<html><head><title>Zorg</title><script>alert('x')</script></head><body><article>"
        "<p>Minister Jan de Vries zei dinsdag dat de zorgkosten met 4 procent stijgen.</p>"
        "<p>“We moeten ingrijpen”, zei De Vries.</p></article></body></html>"
    )
    assert _upload(editor_client, "zorg.html", html.encode()).status_code == 302
    body = Article.objects.get().body
    assert "zorgkosten met 4 procent" in body and "alert" not in body and "<p>" not in body


def test_upload_a_json_list_imports_every_article(editor_client):
    content = (
        b'[{"text": "Het kabinet trekt 2 miljard uit.", "lang": "nl"},'
        b' {"text": "The cabinet spends 2 billion."}]'
    )
    response = _upload(editor_client, "batch.json", content)
    assert response.status_code == 302 and response["Location"] == reverse("claims:articles")
    assert Article.objects.count() == 2


def test_upload_cp1252_is_imported_and_said(editor_client):
    response = _upload(
        editor_client, "oud.txt", "Café De Kroon telt 40 medewerkers, zei eigenaar Jan Smit.".encode("cp1252")
    )
    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert "oud.txt: decoded as cp1252, not UTF-8." in messages


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "scan.txt: binary file"),
        ("bad.json", b'{"text": 3}', "bad.json: field &#x27;text&#x27; must be a string"),
        ("report.pdf", b"%PDF-1.4", "unsupported file type"),
        (
            "month.txt",
            b"date 2019-13 Tekst.",
            "month.txt: line 1: malformed date header: month 13 out of range",
        ),
    ],
)
def test_bad_uploads_are_refused_with_the_file_name(editor_client, name, content, message):
    response = _upload(editor_client, name, content)
    assert response.status_code == 400 and message in response.content.decode()
    assert not Article.objects.exists()


def test_a_json_file_with_a_duplicate_stores_none_of_it(editor_client, article):
    import json

    content = json.dumps([{"text": "Een nieuw artikel met 5 feiten."}, {"text": article.body}]).encode()
    response = _upload(editor_client, "mixed.json", content)
    assert response.status_code == 400 and "already imported" in response.content.decode()
    assert Article.objects.count() == 1


def test_text_and_file_together_are_refused(editor_client):
    response = _upload(editor_client, "a.txt", b"Tekst een.", text="Tekst twee.")
    assert response.status_code == 400 and "one of the three" in response.content.decode()


def test_speaker_page_title_is_the_name(logged_in, claim):
    html = logged_in.get(reverse("claims:speaker", args=[claim.speaker_id])).content.decode()
    assert "<title>Donald Trump · Factcheck Workbench</title>" in html


def test_fix_form_offers_existing_speakers(editor_client, claim):
    html = editor_client.get(reverse("claims:claim", args=[claim.pk])).content.decode()
    assert 'list="speaker-names"' in html and '<option value="Mike Pompeo">' in html


def test_a_speaker_named_by_a_role_is_not_shown_with_that_role_twice(logged_in):
    described = import_text('"Er is geen twijfel over zijn rol", zei de officier van justitie.')
    claim = described.claims.get()
    assert claim.speaker.name == claim.speaker.role == "officier van justitie"
    page = logged_in.get(described.get_absolute_url()).content.decode()
    assert "officier van justitie</a>, officier van justitie" not in page
    assert "officier van justitie</a>" in page


def test_a_speaker_whose_name_holds_the_role_is_not_shown_with_it_again(logged_in):
    article = import_text(
        "Mr Hammond's official spokesman said the government was monitoring the situation.", lang="en"
    )
    claim = article.claims.get(kind="indirect")
    assert claim.speaker.name == "Mr Hammond's official spokesman" and claim.speaker.role == "spokesman"
    page = logged_in.get(article.get_absolute_url()).content.decode()
    assert "spokesman</a>, spokesman" not in page
