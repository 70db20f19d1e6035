"""The language switcher in a real browser: a plain form in the top bar, before and after logging in."""

import re

import pytest
from playwright.sync_api import expect

from claims.models import Claim
from tests.factories import import_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def switch_to(page, language: str, button: str):
    page.locator("#language-select").select_option(language)
    page.get_by_role("button", name=button, exact=True).click()


def test_switch_to_dutch_and_back_on_the_dashboard(logged_in_page, live_server):
    page = logged_in_page
    expect(page.get_by_role("heading", name="Dashboard", exact=True)).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "en")

    switch_to(page, "nl", "Go")
    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", name="Overzicht", exact=True)).to_be_visible()
    nav = page.get_by_role("navigation", name="Hoofdmenu")
    expect(nav.get_by_role("link", name="Logboek")).to_be_visible()
    expect(page.get_by_label("Taal")).to_have_value("nl")

    # The choice sticks while browsing.
    nav.get_by_role("link", name="Beweringen").click()
    expect(page.get_by_role("heading", name="Beweringen", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Filteren")).to_be_visible()

    switch_to(page, "en", "Kies")
    expect(page).to_have_url(re.compile(r"/claims/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="Claims", exact=True)).to_be_visible()


def test_switch_on_the_login_page_before_logging_in(page, live_server, reviewer):
    page.goto(f"{live_server.url}/articles/")
    switch_to(page, "nl", "Go")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/articles/"))
    page.get_by_label("Gebruikersnaam").fill("rob")
    page.get_by_label("Wachtwoord").fill("pw-rob-123")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", name="Artikelen", exact=True)).to_be_visible()


def test_htmx_verdict_form_in_dutch(logged_in_page, live_server, seed_text):
    """The parts htmx fetches and swaps in are rendered in the chosen language too."""
    article = import_text(seed_text)
    claim = Claim.objects.get(article=article, text="Dat konden we niet doen")
    page = logged_in_page
    switch_to(page, "nl", "Go")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    card = page.locator(f"#claim-{claim.pk}")
    card.get_by_text("Oordeel geven").click()
    card.get_by_label("Niet te verifiëren").check()
    card.get_by_label("Onderbouwing").fill("Geen opname van de persconferentie.")
    card.get_by_role("button", name="Oordeel opslaan").click()
    expect(card).to_contain_text("Oordeel opgeslagen.")
    expect(card).to_contain_text("Niet te verifiëren")
    expect(page.locator("#article-progress")).to_contain_text("1 van")
