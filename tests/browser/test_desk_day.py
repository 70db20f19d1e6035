"""A newsroom's day at the desk in a real browser (issue 14): conflicts that keep the work, forms
that say what they need, each role's tools, the inbox, Dutch, the record, the keyboard, boundaries."""

import re

import pytest
from django.contrib.auth.models import User
from django.utils import timezone
from playwright.sync_api import expect

from claims import roles
from claims.models import Claim
from tests.browser.conftest import log_in
from tests.conftest import make_user
from tests.factories import import_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def article(seed_text):
    return import_text(seed_text)


@pytest.fixture
def claim(article):
    return Claim.objects.get(article=article, text="Dat konden we niet doen")


@pytest.fixture
def contexts(browser):
    opened = []

    def open_as(live_server, username):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        opened.append(context)
        page = context.new_page()
        log_in(page, live_server, username)
        return page

    yield open_as
    for context in opened:
        context.close()


def _type_verdict(page, status, rationale, link=None):
    page.get_by_label(status).check()
    page.get_by_label("Rationale").fill(rationale)
    if link:
        page.get_by_label("Evidence link").fill(link)


def _save_verdict(page, status, rationale):
    _type_verdict(page, status, rationale)
    page.get_by_role("button", name="Save verdict").click()
    expect(page.get_by_role("status")).to_contain_text("Verdict saved")


def test_a_conflict_on_the_claim_page_shows_who_changed_what_and_keeps_the_typing(
    live_server, contexts, reviewer, chief, claim
):
    url = f"{live_server.url}/claims/{claim.pk}/"
    rob, boss = contexts(live_server, "rob"), contexts(live_server, "chief")
    rob.goto(url)
    boss.goto(url)
    _save_verdict(rob, "Unverifiable", "Geen opname van de persconferentie.")

    # The chief typed on the page as it was before rob's verdict.
    _type_verdict(boss, "Disputed", "Het verslag zegt iets anders.", "https://example.org/verslag")
    with boss.expect_response(lambda r: r.request.method == "POST") as answer:
        boss.get_by_role("button", name="Save verdict").click()
    assert answer.value.status == 409
    alert = boss.locator("#verdict [role=alert]")
    expect(alert).to_contain_text("rob")
    expect(alert).to_contain_text("Verdict set")
    expect(alert).to_contain_text("Geen opname van de persconferentie.")
    assert boss.url.split("#")[0] == url
    expect(boss.get_by_label("Rationale")).to_have_value("Het verslag zegt iets anders.")
    expect(boss.get_by_label("Evidence link")).to_have_value("https://example.org/verslag")
    expect(boss.get_by_label("Disputed")).to_be_checked()
    # Sending it again, knowingly, changes the verdict.
    boss.get_by_role("button", name="Save verdict").click()
    expect(boss.get_by_role("status")).to_contain_text("Verdict saved")
    assert Claim.objects.get(pk=claim.pk).status == "disputed"


def test_a_reviewer_who_may_no_longer_change_it_still_sees_what_they_wrote(
    live_server, contexts, reviewer, claim
):
    make_user("bea", roles.REVIEWERS)
    url = f"{live_server.url}/claims/{claim.pk}/"
    rob, bea = contexts(live_server, "rob"), contexts(live_server, "bea")
    rob.goto(url)
    bea.goto(url)
    _save_verdict(bea, "Unverifiable", "Niet na te gaan.")
    _type_verdict(rob, "Unverifiable", "Mijn eigen uitleg, lang getypt.")
    rob.get_by_role("button", name="Save verdict").click()
    alert = rob.locator("#verdict [role=alert]")
    expect(alert).to_contain_text("bea")
    expect(alert).to_contain_text("Mijn eigen uitleg, lang getypt.")
    assert rob.url.split("#")[0] == url
    assert Claim.objects.get(pk=claim.pk).rationale == "Niet na te gaan."
    expect(rob.locator("#verdict")).not_to_have_text(re.compile("Save verdict"))


def test_the_bulk_verdict_form_says_what_a_verdict_needs_and_a_refusal_keeps_the_form(
    page, live_server, reviewer, chief
):
    from claims import workflow
    from claims.models import Evidence
    from tests.factories import make_claim

    proven, bare, changing = make_claim(), make_claim(), make_claim()
    Evidence.objects.create(claim=proven, url="https://example.org/proof")
    log_in(page, live_server, "rob")
    page.goto(f"{live_server.url}/claims/")
    bulk = page.locator("fieldset.bulk-verdict")
    expect(bulk).not_to_contain_text("optional")
    for claim in (proven, bare, changing):
        page.locator(f"#pick-{claim.pk}").check()
    bulk.get_by_label("Verdict").select_option("verified")
    bulk.get_by_label("Rationale").fill("Klopt volgens het CBS.")
    # Said before sending: a ticked claim without evidence needs a link for this verdict.
    expect(bulk).to_contain_text(f"#{bare.pk}")
    link = bulk.get_by_label("Evidence link")
    expect(link).to_have_attribute("required", "")
    bulk.get_by_role("button", name="Set verdict").click()
    assert link.evaluate("el => !el.checkValidity()")
    assert Claim.objects.get(pk=bare.pk).status == "unreviewed"
    # Untick the bare claims: the claim with evidence may be verified without a new link.
    for claim in (bare, changing):
        page.locator(f"#pick-{claim.pk}").uncheck()
    expect(link).not_to_have_attribute("required", "")
    for claim in (bare, changing):
        page.locator(f"#pick-{claim.pk}").check()
    # An unverifiable verdict needs no link; meanwhile the chief decides one of the ticked claims.
    bulk.get_by_label("Verdict").select_option("unverifiable")
    expect(link).not_to_have_attribute("required", "")
    workflow.set_verdict(
        changing,
        "disputed",
        actor=chief,
        rationale="Eerder.",
        expected_version=1,
        evidence_url="https://example.org/x",
    )
    bulk.get_by_role("button", name="Set verdict").click()
    expect(page.get_by_role("status")).to_contain_text("1 refused")
    assert Claim.objects.get(pk=bare.pk).status == "unverifiable"
    # The refused claim is still ticked, the saved ones are not, and the form is as it was.
    expect(page.locator(f"#pick-{changing.pk}")).to_be_checked()
    expect(page.locator(f"#pick-{bare.pk}")).not_to_be_checked()
    bulk = page.locator("fieldset.bulk-verdict")
    expect(bulk.get_by_label("Rationale")).to_have_value("Klopt volgens het CBS.")
    expect(bulk.get_by_label("Verdict")).to_have_value("unverifiable")


@pytest.fixture
def published(claim, reviewer, chief):
    from claims import workflow

    make_user("bea", roles.REVIEWERS)
    make_user("nobody")
    done = workflow.set_verdict(
        claim, "unverifiable", actor=reviewer, rationale="Niet na te gaan.", expected_version=1
    )
    return workflow.publish_verdict(done, actor=chief, expected_version=done.version)


@pytest.mark.parametrize(
    ("username", "imports", "fixes", "assigns"),
    [("rob", False, False, False), ("edith", True, True, True), ("chief", True, True, True)],
)
def test_each_role_sees_only_the_tools_it_may_use(
    page, live_server, editor, published, username, imports, fixes, assigns
):
    log_in(page, live_server, username)
    new_article = page.get_by_role("link", name="+ New article")
    expect(new_article).to_have_count(1 if imports else 0)
    page.goto(f"{live_server.url}/articles/")  # the top bar's and the list's own
    expect(page.get_by_role("link", name="+ New article")).to_have_count(2 if imports else 0)
    answer = page.goto(f"{live_server.url}/articles/new/")
    if imports:
        assert answer.status == 200
        expect(page.get_by_label("Text")).to_be_visible()
    else:
        # Told before typing anything, not after the pasted text is lost.
        assert answer.status == 403
        expect(page.get_by_role("alert")).to_contain_text("Editor or Chief editor")
        expect(page.get_by_label("Text")).to_have_count(0)

    page.goto(f"{live_server.url}/claims/{published.pk}/")
    fix = page.locator("#fix")
    if fixes:
        # Published: the claim is locked, so no form that can only fail; the page says why.
        expect(fix).to_contain_text("reopen")
        expect(fix.get_by_role("button", name="Save changes")).to_have_count(0)
        expect(fix.get_by_label("Speaker")).to_have_count(0)
    else:
        expect(fix).to_have_count(0)
    if assigns:
        options = page.locator("#id_assign-assignee option").all_inner_texts()
        assert options == ["Nobody", "bea", "chief", "rob"], options
    else:
        expect(page.locator("#id_assign-assignee")).to_have_count(0)

    page.goto(f"{live_server.url}/claims/")
    bulk_assignees = page.locator("#bulk-assignee option")
    if assigns:
        assert bulk_assignees.all_inner_texts() == ["Choose someone", "bea", "chief", "rob"]
    else:
        expect(bulk_assignees).to_have_count(0)


def test_an_answered_four_eyes_request_is_marked_done_in_the_inbox(
    live_server, contexts, reviewer, chief, claim
):
    from claims import workflow

    make_user("bea", roles.REVIEWERS)
    disputed = workflow.set_verdict(
        claim,
        "disputed",
        actor=reviewer,
        rationale="Het verslag zegt iets anders.",
        expected_version=1,
        evidence_url="https://example.org/verslag",
    )
    boss = contexts(live_server, "chief")
    expect(boss.get_by_role("link", name="Inbox (1)")).to_be_visible()
    boss.goto(f"{live_server.url}/inbox/")
    request = boss.locator("li.notification").filter(has_text="asks you to confirm")
    expect(request).not_to_contain_text("Done")
    # bea confirms and publishes it: the chief's request has been answered by someone else.
    bea = User.objects.get(username="bea")
    confirmed = workflow.confirm_verdict(disputed, actor=bea, expected_version=disputed.version)
    workflow.publish_verdict(confirmed, actor=chief, expected_version=confirmed.version)
    boss.goto(f"{live_server.url}/inbox/")
    request = boss.locator("li.notification").filter(has_text="asks you to confirm")
    expect(request).to_contain_text("Done")
    expect(request).to_contain_text("confirmed by bea")
    expect(request).not_to_have_class(re.compile("unread"))
    expect(boss.get_by_role("link", name="Inbox", exact=True)).to_be_visible()


# Words of the English interface that never occur in these Dutch pages' own text (the article,
# rationales and names are Dutch here): one of them on the page is an untranslated string.
ENGLISH = re.compile(
    r"\b(the|and|by|from|with|verdict|claims?|published|confirmed|reviewed|unreviewed|verified|"
    r"disputed|unverifiable|status|rationale|evidence|split|merged|hash|details|system|none|true|"
    r"false|added|changed|set|reopened|imported|extracted|note|speaker|kind|start|end|text|"
    r"version|indirect|unattributed|cue|assignee|confirm|publish|reason)\b",
    re.IGNORECASE,
)


def test_a_dutch_session_reads_dutch_on_the_claim_page_timeline_and_audit_log(
    page, live_server, editor, reviewer, chief, article, claim
):
    from claims import workflow
    from claims.models import Evidence

    make_user("bea", roles.REVIEWERS)
    bea = User.objects.get(username="bea")
    long_claim = max(Claim.objects.filter(article=article), key=lambda c: len(c.text.split()))
    cut = long_claim.start + long_claim.text.index(" ", len(long_claim.text) // 2) + 1
    first, _rest = workflow.split_claim(long_claim, cut, actor=editor, expected_version=1)
    workflow.edit_claim(claim, actor=editor, expected_version=1, assignee=reviewer)
    Evidence.objects.create(claim=claim, url="https://example.org/verslag")
    disputed = workflow.set_verdict(
        claim, "disputed", actor=reviewer, rationale="Het verslag zegt iets anders.", expected_version=2
    )
    confirmed = workflow.confirm_verdict(disputed, actor=bea, expected_version=disputed.version)
    workflow.publish_verdict(confirmed, actor=chief, expected_version=confirmed.version)

    log_in(page, live_server, "chief")
    page.locator("#language-select").select_option("nl")
    page.get_by_role("button", name="Go", exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    # A verdict refused by the workflow is explained in Dutch too.
    page.goto(f"{live_server.url}/claims/{first.pk}/")
    page.get_by_label("Geverifieerd").check()
    page.get_by_label("Onderbouwing").fill("Zo staat het in het verslag.")
    page.get_by_role("button", name="Oordeel opslaan").click()
    expect(page.locator("#verdict [role=alert]")).to_be_visible()
    for url in (f"/claims/{first.pk}/", f"/claims/{_rest.pk}/", f"/claims/{claim.pk}/", "/audit/"):
        if url != f"/claims/{first.pk}/":
            page.goto(f"{live_server.url}{url}")
        text = page.locator("main").inner_text()
        # The article's own words are quoted on a claim page; leave them out of the check.
        quotes = page.locator("main .context, main dd:first-of-type, main blockquote, #id_split-at")
        for quoted in quotes.all_inner_texts():
            text = text.replace(quoted, "")
        english = sorted({m.group(0) for m in ENGLISH.finditer(text)})
        assert not english, f"{url}: English words {english} in:\n{text}"


def test_the_timeline_shows_what_a_person_needs_and_the_export_keeps_the_record(
    page, live_server, editor, reviewer, chief, article, claim
):
    import csv
    import io

    from claims import workflow

    long_claim = max(Claim.objects.filter(article=article), key=lambda c: len(c.text.split()))
    cut = long_claim.start + long_claim.text.index(" ", len(long_claim.text) // 2) + 1
    _first, rest = workflow.split_claim(long_claim, cut, actor=editor, expected_version=1)
    rationale = "Geen opname van de persconferentie te vinden."
    judged = workflow.set_verdict(
        claim, "unverifiable", actor=reviewer, rationale=rationale, expected_version=1
    )
    published = workflow.publish_verdict(judged, actor=chief, expected_version=judged.version)

    log_in(page, live_server, "chief")
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    timeline = page.locator("section.card", has=page.get_by_role("heading", name="Timeline"))
    text = timeline.inner_text()
    assert text.count(rationale) == 1, text
    assert "content_hash" not in text and "Text fingerprint" not in text
    assert article.content_hash not in text
    assert "— → —" not in text and "published_at" not in text
    # The publication time in local time, as the other times on the page (Amsterdam: UTC+1).
    assert published.published_at.isoformat()[:16] not in text
    local = timezone.localtime(published.published_at)
    assert f"{local:%H:%M}" in text

    page.goto(f"{live_server.url}/claims/{rest.pk}/")
    timeline = page.locator("section.card", has=page.get_by_role("heading", name="Timeline"))
    expect(timeline).to_contain_text(f"Split off from claim #{long_claim.pk}")
    expect(timeline).not_to_contain_text("added by hand")

    # The export keeps the exact record: raw fields, UTC times, hashes, the rationale in both places.
    export = page.request.get(f"{live_server.url}/audit/export.csv")
    rows = list(csv.DictReader(io.StringIO(export.text())))
    verdict = next(r for r in rows if r["action"] == "verdict.set")
    assert rationale in verdict["changes"] and verdict["note"] == rationale
    imported = next(r for r in rows if r["action"] == "article.imported")
    assert article.content_hash in imported["changes"] and len(imported["hash"]) == 64
    added = next(r for r in rows if r["action"] == "claim.added")
    assert added["note"] == f"split from claim #{long_claim.pk}"


def test_a_whole_article_reviewed_by_keyboard_alone(page, live_server, reviewer, article):
    claims = list(Claim.objects.for_article(article).active().in_text_order())
    assert len(claims) > 10
    log_in(page, live_server, "rob")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.keyboard.press("j")
    for n, claim in enumerate(claims):
        card = page.locator(f"#claim-{claim.pk}")
        expect(card, f"claim {n + 1} of {len(claims)}").to_be_focused()
        page.keyboard.press("u")
        expect(card.locator("textarea")).to_be_focused()
        page.keyboard.type(f"Niet na te gaan ({n}).")
        page.keyboard.press("Control+Enter")
        expect(page.locator(f"#claim-{claim.pk}")).to_have_class(re.compile("status-unverifiable"))
    # The last one keeps the focus; j goes nowhere past it, k goes back one.
    expect(page.locator(f"#claim-{claims[-1].pk}")).to_be_focused()
    page.keyboard.press("k")
    expect(page.locator(f"#claim-{claims[-2].pk}")).to_be_focused()
    statuses = set(Claim.objects.for_article(article).active().values_list("status", flat=True))
    assert statuses == {"unverifiable"}
    expect(page.locator("#article-progress")).to_contain_text(f"{len(claims)} of {len(claims)}")


def test_boundaries_move_by_words_live_and_are_stored_through_the_workflow(
    page, live_server, editor, article
):
    from claims.models import AuditEvent

    claim = Claim.objects.get(article=article, text="Dat konden we niet doen")
    log_in(page, live_server, "edith")
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    fix = page.locator("#fix")
    expect(fix.get_by_label("Starts at character")).to_have_count(0)  # no raw offsets any more
    mark = fix.locator(".bounds-preview mark")
    expect(mark).to_have_text("Dat konden we niet doen")
    fix.get_by_role("button", name="End one word earlier").click()
    expect(mark).to_have_text("Dat konden we niet")  # shown at once, nothing sent yet
    fix.get_by_role("button", name="Start one word later").click()
    expect(mark).to_have_text("konden we niet")
    fix.get_by_role("button", name="Start one word earlier").click()
    expect(mark).to_have_text("“Dat konden we niet")  # the quote mark goes with its word
    assert posts == []
    # Or select the new extent in the text: the selection is widened to whole words.
    page.evaluate(
        """() => {
            const mark = document.querySelector('#fix .bounds-preview mark');
            const node = mark.firstChild, text = node.data;
            const range = document.createRange();
            range.setStart(node, text.indexOf('onden'));
            range.setEnd(node, text.indexOf('niet') + 2);
            const sel = window.getSelection();
            sel.removeAllRanges();
            sel.addRange(range);
            mark.parentElement.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        }"""
    )
    expect(mark).to_have_text("konden we niet")
    fix.get_by_role("button", name="Save boundaries").click()
    expect(page.get_by_role("status")).to_contain_text("Boundaries saved")
    claim.refresh_from_db()
    assert claim.text == "konden we niet" and article.body[claim.start : claim.end] == claim.text
    event = AuditEvent.objects.filter(claim=claim, action="claim.edited").latest("id")
    assert event.actor_name == "edith" and event.changes["text"] == [
        "Dat konden we niet doen",
        "konden we niet",
    ]


CSP_WATCH = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
    (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def test_the_small_things(page, live_server, editor, reviewer, article, claim):
    from claims import workflow
    from tests.factories import make_claim

    make_user("root", is_superuser=True, is_staff=True)
    authors = make_claim(article, article.body[:20], kind="unattributed", speaker=None)
    workflow.set_verdict(
        claim, "unverifiable", actor=reviewer, rationale="Niet na te gaan.", expected_version=1
    )
    page.add_init_script(CSP_WATCH)

    # Dates read the same everywhere: "4 Dec 2026", never 12/04/2026.
    log_in(page, live_server, "rob")
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    text = page.locator("main").inner_text()
    assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{4}\b", text)
    today = timezone.localtime()
    assert f"{today.day} {today:%b %Y}" in text
    # htmx swaps (a saved verdict, a refused one) break no Content-Security-Policy rule.
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    other = Claim.objects.filter(article=article, status="unreviewed").exclude(pk=authors.pk).first()
    card = page.locator(f"#claim-{other.pk}")
    card.locator("summary").click()
    card.get_by_label("Verified").check()
    card.get_by_label("Rationale").fill("Zo staat het er.")
    card.get_by_role("button", name="Save verdict").click()
    expect(card.get_by_role("alert")).to_contain_text("needs at least one evidence link")
    card.get_by_label("Unverifiable").check()
    card.get_by_role("button", name="Save verdict").click()
    expect(page.locator(f"#claim-{other.pk}")).to_have_class(re.compile("status-unverifiable"))
    assert page.evaluate("window.__cspViolations") == []

    # The queue names the author as the cards do.
    page.goto(f"{live_server.url}/claims/?kind=unattributed")
    row = page.locator("tr", has=page.locator(f"#pick-{authors.pk}"))
    expect(row).to_contain_text("the author")

    # The audit log can be filtered to what the system did.
    page.goto(f"{live_server.url}/audit/")
    page.get_by_label("User").select_option(label="the system")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("li.event").first).to_contain_text("the system".replace("the ", ""))
    expect(page.locator("li.event", has_text="Verdict set")).to_have_count(0)
    expect(page.locator("li.event", has_text="Article imported")).to_have_count(1)

    # The favicon is there (no 404 on every page).
    icon = page.request.get(f"{live_server.url}/favicon.ico")
    assert icon.status == 200 and "svg" in icon.headers["content-type"]

    # The import form's help has no literal backticks.
    editor_page = page.context.browser.new_context().new_page()
    log_in(editor_page, live_server, "edith")
    editor_page.goto(f"{live_server.url}/articles/new/")
    expect(editor_page.locator("main")).not_to_contain_text("`")
    editor_page.context.close()

    # The superuser in the admin: "Dismissed matches", and a 403 that does not say "Your roles: none".
    root = page.context.browser.new_context().new_page()
    log_in(root, live_server, "root")
    root.goto(f"{live_server.url}/admin/")
    expect(root.get_by_role("link", name="Dismissed matches")).to_be_visible()
    event = claim.audit_events.first()
    answer = root.goto(f"{live_server.url}/admin/claims/auditevent/{event.pk}/delete/")
    assert answer.status == 403
    expect(root.locator("main")).not_to_contain_text("none")
    expect(root.locator("main")).to_contain_text("superuser")
    root.context.close()
