"""Publishing in a real browser, as three people in three browser contexts: a reviewer sets a disputed
verdict, a second reviewer confirms it (four eyes), a Chief editor publishes it, the public page
carries the ClaimReview without a CSP complaint, and reopen → set again → publish again works."""

import json
import re

import pytest
from playwright.sync_api import expect

from claims import roles
from claims.models import AuditEvent, Claim
from tests.browser.conftest import log_in
from tests.conftest import make_user
from tests.factories import import_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Collects Content-Security-Policy violations the page reports; runs before the page's own scripts.
CSP_WATCH = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
    (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture
def claim(seed_text):
    article = import_text(seed_text)
    return Claim.objects.get(article=article, text="Dat konden we niet doen")


@pytest.fixture
def people(browser, live_server, reviewer, chief):
    """A logged-in page for rob (reviewer), bea (a second reviewer) and chief, each in its own context."""
    make_user("bea", roles.REVIEWERS)
    contexts, pages = [], {}
    for name in ("rob", "bea", "chief"):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        pages[name] = context.new_page()
        log_in(pages[name], live_server, name)
    yield pages
    for context in contexts:
        context.close()


def _actions(claim):
    return list(AuditEvent.objects.filter(claim=claim).order_by("id").values_list("action", "actor_name"))


def test_four_eyes_publish_reopen_and_republish(browser, live_server, people, claim):
    url = f"{live_server.url}/claims/{claim.pk}/"
    rob, bea, chief = people["rob"], people["bea"], people["chief"]

    # rob proposes a disputed verdict: it waits for a second pair of eyes.
    rob.goto(url)
    rob.get_by_label("Disputed").check()
    rob.get_by_label("Rationale").fill("Volgens het verslag bood de VS wel een deel van de sancties aan.")
    rob.get_by_label("Evidence link").fill("https://example.org/verslag-hanoi")
    rob.get_by_role("button", name="Save verdict").click()
    panel = rob.locator("#publishing")
    expect(panel).to_contain_text("Proposed by")
    expect(panel).to_contain_text("Waiting for a second person to confirm this verdict.")
    expect(panel.get_by_role("button", name="Confirm the verdict")).to_have_count(0)
    expect(panel.get_by_role("button", name="Publish the verdict")).to_have_count(0)

    # The Chief editor cannot publish it yet, and is told why.
    chief.goto(url)
    panel = chief.locator("#publishing")
    expect(panel.get_by_role("button", name="Publish the verdict")).to_have_count(0)
    expect(panel).to_contain_text("A disputed verdict needs a second person's confirmation")

    # bea, in her own browser context, confirms it (htmx, then the page refreshes).
    bea.goto(url)
    bea.locator("#publishing").get_by_role("button", name="Confirm the verdict").click()
    expect(bea.locator(".messages")).to_contain_text("Verdict confirmed.")
    expect(bea.locator("#publishing")).to_contain_text("Confirmed by")
    expect(bea.locator("#publishing")).to_contain_text("bea")
    expect(bea.get_by_text("Verdict confirmed (four eyes)")).to_be_visible()

    # Now the Chief editor publishes it; the verdict form is locked.
    chief.reload()
    chief.locator("#publishing").get_by_role("button", name="Publish the verdict").click()
    expect(chief.locator(".messages")).to_contain_text("Verdict published.")
    expect(chief.locator("#publishing")).to_contain_text("by chief")
    expect(chief.locator("#verdict")).to_contain_text("This verdict is published, so it is locked")
    expect(chief.get_by_role("button", name="Save verdict")).to_have_count(0)
    assert Claim.objects.get(pk=claim.pk).published_by.username == "chief"

    # The public page, opened by someone not logged in: the verdict, and its ClaimReview embedded.
    visitor_context = browser.new_context()
    visitor = visitor_context.new_page()
    visitor.add_init_script(CSP_WATCH)
    console = []
    visitor.on("console", lambda message: console.append(message.text))
    public_href = chief.locator("#publishing").get_by_role("link", name="public page").get_attribute("href")
    visitor.goto(f"{live_server.url}{public_href}")
    expect(visitor).to_have_url(f"{live_server.url}/published/{claim.pk}/")
    expect(visitor.get_by_role("heading", level=1)).to_contain_text("Dat konden we niet doen")
    expect(visitor.locator(".verdict")).to_contain_text("Betwist")
    embedded = json.loads(visitor.locator('script[type="application/ld+json"]').text_content())
    served = visitor.request.get(f"{live_server.url}/claims/{claim.pk}/claimreview.json")
    assert served.ok and served.headers["content-type"] == "application/ld+json"
    assert embedded == served.json()
    assert embedded["reviewRating"]["alternateName"] == "Betwist"
    assert embedded["itemReviewed"]["author"] == {"@type": "Person", "name": "Donald Trump"}
    assert visitor.evaluate("window.__cspViolations") == []
    assert not [text for text in console if "Content Security Policy" in text], console

    # Reopening, with a reason, unpublishes it.
    chief.get_by_label("Why reopen it?").fill("Nieuw verslag: het aanbod was anders.")
    chief.get_by_role("button", name="Reopen and unpublish").click()
    expect(chief.locator(".messages")).to_contain_text("Verdict reopened.")
    expect(chief.locator("#publishing")).to_contain_text("No verdict yet")
    assert visitor.goto(f"{live_server.url}/published/{claim.pk}/").status == 404
    assert visitor.request.get(f"{live_server.url}/claims/{claim.pk}/claimreview.json").status == 404

    # rob sets a new verdict (unverifiable: no four eyes needed), the Chief editor publishes again.
    rob.reload()
    rob.get_by_label("Unverifiable").check()
    rob.get_by_label("Rationale").fill("De verslagen spreken elkaar tegen.")
    rob.get_by_role("button", name="Save verdict").click()
    expect(rob.locator("#publishing")).not_to_contain_text("Waiting for a second person")
    chief.reload()
    chief.locator("#publishing").get_by_role("button", name="Publish the verdict").click()
    expect(chief.locator(".messages")).to_contain_text("Verdict published.")
    republished = visitor.goto(f"{live_server.url}/published/{claim.pk}/")
    assert republished.status == 200
    expect(visitor.locator(".verdict")).to_contain_text("Niet te verifiëren")
    visitor_context.close()

    # The claim's timeline tells the whole story, and so does the audit trail.
    timeline = chief.locator(".timeline").last
    expect(timeline).to_contain_text("Verdict reopened")
    expect(timeline).to_contain_text("published again after a reopen")
    assert [a for a in _actions(claim) if a[0].startswith("verdict.")] == [
        ("verdict.set", "rob"),
        ("verdict.confirmed", "bea"),
        ("verdict.published", "chief"),
        ("verdict.reopened", "chief"),
        ("verdict.set", "rob"),
        ("verdict.published", "chief"),
    ]
    reopened = AuditEvent.objects.get(claim=claim, action="verdict.reopened")
    assert reopened.note == "Nieuw verslag: het aanbod was anders."
    assert set(reopened.changes) >= {"status", "published_at", "published_by", "confirmed_by"}
    assert re.match(r"\d{4}-\d{2}-\d{2}T", reopened.changes["published_at"][0])
