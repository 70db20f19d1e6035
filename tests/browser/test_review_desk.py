"""The review desk in a real browser: keyboard, selection, fixing a speaker, discussion."""

import re

import pytest
from playwright.sync_api import expect

from claims.models import AuditEvent, Claim, Comment
from tests.browser.conftest import log_in
from tests.conftest import make_user
from tests.factories import import_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def article(seed_text):
    return import_text(seed_text)


def test_keyboard_moves_between_claims_and_starts_a_verdict(page, live_server, reviewer, article):
    log_in(page, live_server, "rob")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    claims = list(Claim.objects.for_article(article).in_text_order())
    page.locator("body").press("j")
    expect(page.locator(f"#claim-{claims[0].pk}")).to_be_focused()
    page.keyboard.press("j")
    expect(page.locator(f"#claim-{claims[1].pk}")).to_be_focused()
    page.keyboard.press("k")
    expect(page.locator(f"#claim-{claims[0].pk}")).to_be_focused()
    page.keyboard.press("u")
    card = page.locator(f"#claim-{claims[0].pk}")
    expect(card.locator("textarea")).to_be_focused()
    page.keyboard.type("Geen opname van de persconferentie.")
    card.get_by_role("button", name="Save verdict").click()
    expect(page.locator(f"#claim-{claims[0].pk}")).to_have_class(re.compile("status-unverifiable"))
    page.keyboard.press("Escape")
    page.keyboard.press("?")
    expect(page.get_by_role("dialog", name="Keyboard shortcuts")).to_be_visible()


def test_clicking_a_highlight_focuses_its_claim(page, live_server, reviewer, article):
    log_in(page, live_server, "rob")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    claim = Claim.objects.get(article=article, text="Dat konden we niet doen")
    page.locator(f"#mark-{claim.pk}").click()
    expect(page.locator(f"#claim-{claim.pk}")).to_be_focused()


def test_select_text_to_add_a_claim(page, live_server, editor, article):
    log_in(page, live_server, "edith")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    target = "Dat heeft Trump laten weten tijdens een persconferentie"
    start = article.body.index(target)
    # Select the words in the article text the way a mouse would, then let the page read the offsets.
    page.evaluate(
        """([needle]) => {
            const body = document.querySelector('.article-text .body');
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode;
                const i = node.data.indexOf(needle);
                if (i >= 0) {
                    const range = document.createRange();
                    range.setStart(node, i);
                    range.setEnd(node, i + needle.length);
                    const sel = window.getSelection();
                    sel.removeAllRanges();
                    sel.addRange(range);
                    body.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    return;
                }
            }
        }""",
        [target],
    )
    panel = page.locator("#add-claim")
    expect(panel.get_by_label("From character")).to_have_value(str(start))
    expect(panel.get_by_label("To character")).to_have_value(str(start + len(target)))
    panel.get_by_label("Kind").select_option("unattributed")
    panel.get_by_role("button", name="Add claim").click()
    added = Claim.objects.get(article=article, origin="manual")
    assert added.text == target
    expect(page.locator(f"#claim-{added.pk}")).to_contain_text(target)
    assert AuditEvent.objects.filter(action="claim.added", actor__username="edith").exists()


def test_fix_a_speaker_and_discuss_the_claim(page, live_server, editor, article):
    log_in(page, live_server, "edith")
    claim = Claim.objects.get(article=article, text="Dat konden we niet doen")
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    fix = page.locator("#fix")
    fix.get_by_label("Speaker").fill("Mike Pompeo")
    fix.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("status")).to_contain_text("Claim updated.")
    assert Claim.objects.get(pk=claim.pk).speaker.name == "Mike Pompeo"
    expect(page.locator(".timeline").last).to_contain_text("Claim edited")

    page.evaluate("window.__notReloaded = true")
    page.get_by_label("Add a comment").fill("Pompeo zei dit, niet Trump: zie de video.")
    page.get_by_role("button", name="Comment").click()
    expect(page.locator("#comment-thread")).to_contain_text("Pompeo zei dit, niet Trump")
    assert page.evaluate("window.__notReloaded") is True
    assert Comment.objects.get().author.username == "edith"


def test_a_reviewer_sees_no_extraction_tools(page, live_server, article):
    make_user("rita", "Reviewers")
    log_in(page, live_server, "rita")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(page.locator("#add-claim")).to_have_count(0)
    claim = Claim.objects.for_article(article).first()
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    expect(page.locator("#fix")).to_have_count(0)
