"""Importing an article and working the queue, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from claims import workflow
from claims.models import Article, Claim
from tests.browser.conftest import log_in
from tests.factories import import_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = (
    "Minister Jan de Vries zei dinsdag dat de zorgkosten dit jaar met 4 procent stijgen.\n\n"
    "“We moeten nu ingrijpen”, zei De Vries. Volgens het CBS gaven huishoudens in 2024 gemiddeld "
    "3.100 euro uit aan zorg."
)


def test_import_an_article_and_see_its_claims(page, live_server, editor):
    log_in(page, live_server, "edith")
    page.get_by_role("link", name="+ New article").click()
    page.get_by_label("Text").fill(TEXT)
    page.get_by_label("Published").fill("2025-03")
    page.get_by_role("button", name="Import and extract claims").click()
    article = Article.objects.get()
    expect(page).to_have_url(re.compile(rf"/articles/{article.pk}/$"))
    expect(page.get_by_role("status")).to_contain_text("Imported")
    quote = Claim.objects.get(article=article, text="We moeten nu ingrijpen")
    expect(page.locator(f"#claim-{quote.pk}")).to_contain_text("Jan de Vries")
    expect(page.locator(f"#mark-{quote.pk}")).to_be_visible()

    # The same text again is refused with a link to the article already there.
    page.get_by_role("link", name="+ New article").click()
    page.get_by_label("Text").fill(TEXT)
    page.get_by_role("button", name="Import and extract claims").click()
    expect(page.get_by_role("alert")).to_contain_text("already imported")
    page.get_by_role("link", name="Open the existing article →").click()
    expect(page).to_have_url(re.compile(rf"/articles/{article.pk}/$"))


def test_filter_and_search_the_queue_without_a_reload(page, live_server, reviewer, seed_text):
    article = import_text(seed_text)
    judged = Claim.objects.get(article=article, text="Dat konden we niet doen")
    workflow.set_verdict(judged, "unverifiable", actor=reviewer, rationale="Geen opname.", expected_version=1)
    log_in(page, live_server, "rob")
    page.goto(f"{live_server.url}/claims/")
    page.evaluate("window.__notReloaded = true")
    rows = page.locator("#results tbody tr")
    expect(rows).to_have_count(Claim.objects.count())

    page.get_by_label("Status").select_option("unverifiable")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Dat konden we niet doen")
    expect(page).to_have_url(re.compile(r"status=unverifiable"))

    page.get_by_label("Status").select_option("")
    page.get_by_label("Search").fill("Pompeo")
    expect(rows).to_have_count(Claim.objects.filter(speaker__name="Mike Pompeo").count())
    assert page.evaluate("window.__notReloaded") is True


def test_a_long_article_loads_more_cards_as_you_scroll(page, live_server, reviewer):
    sentences = [f"Bron {i} zei dat de omzet met {i} procent steeg." for i in range(70)]
    article = import_text(" ".join(sentences))
    total = Claim.objects.for_article(article).count()
    assert total > 30
    log_in(page, live_server, "rob")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    cards = page.locator(".claim-card")
    expect(cards).to_have_count(30)
    for _ in range(5):
        page.locator(".claim-column").evaluate("el => el.lastElementChild.scrollIntoView()")
        page.mouse.wheel(0, 20000)
        if cards.count() == total:
            break
        page.wait_for_timeout(300)
    expect(cards).to_have_count(total)
