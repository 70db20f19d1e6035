"""The foundation's promise, in a real browser: a verdict set with htmx lands without a reload."""

import re

import pytest
from playwright.sync_api import expect

from claims.models import AuditEvent, Claim
from tests.factories import import_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def claim(seed_text):
    article = import_text(seed_text)
    return Claim.objects.get(article=article, text="Dat konden we niet doen")


def test_login_is_required_and_works(page, live_server, reviewer):
    page.goto(f"{live_server.url}/articles/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/articles/"))
    page.get_by_label("Username").fill("rob")
    page.get_by_label("Password").fill("pw-rob-123")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Articles")).to_be_visible()


def test_verdict_via_htmx_updates_card_highlight_and_progress_without_reload(
    logged_in_page, live_server, claim
):
    page = logged_in_page
    page.goto(f"{live_server.url}/articles/{claim.article_id}/")
    page.evaluate("window.__notReloaded = true")
    card = page.locator(f"#claim-{claim.pk}")
    card.get_by_text("Set verdict").click()
    card.get_by_label("Disputed").check()
    card.get_by_label("Rationale").fill("The transcript says otherwise.")
    card.get_by_label("Evidence link").fill("https://example.org/transcript")
    card.get_by_role("button", name="Save verdict").click()

    expect(page.locator(f"#claim-{claim.pk}")).to_have_class(re.compile("status-disputed"))
    expect(page.locator(f"#claim-{claim.pk}")).to_contain_text("Verdict saved.")
    expect(page.locator(f"#mark-{claim.pk}")).to_have_class(re.compile("status-disputed"))
    expect(page.locator("#article-progress")).to_contain_text("1 of")
    assert page.evaluate("window.__notReloaded") is True
    event = AuditEvent.objects.get(action="verdict.set")
    assert event.actor_name == "rob" and event.claim_id == claim.pk


def test_refused_verdict_shows_the_reason_in_place(logged_in_page, live_server, claim):
    page = logged_in_page
    page.goto(f"{live_server.url}/articles/{claim.article_id}/")
    card = page.locator(f"#claim-{claim.pk}")
    card.get_by_text("Set verdict").click()
    card.get_by_label("Verified").check()
    card.get_by_label("Rationale").fill("He said it on camera.")
    card.get_by_role("button", name="Save verdict").click()
    expect(page.locator(f"#claim-{claim.pk} [role=alert]")).to_contain_text(
        "A verified verdict needs at least one evidence link."
    )
    assert Claim.objects.get(pk=claim.pk).status == "unreviewed"


def test_timeline_shows_the_verdict_with_its_author(logged_in_page, live_server, claim):
    page = logged_in_page
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    page.get_by_label("Unverifiable").check()
    page.get_by_label("Rationale").fill("No recording of the press conference.")
    page.get_by_role("button", name="Save verdict").click()
    timeline = page.locator(".timeline")
    expect(timeline).to_contain_text("Verdict set")
    expect(timeline).to_contain_text("rob")
    expect(timeline).to_contain_text("No recording of the press conference.")
