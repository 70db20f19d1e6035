"""The API's pages in a real browser: the token page (make a token, shown once, revoke it) and the
Swagger UI docs page, which must load its own files and run under the CSP without a violation."""

import re
import urllib.request

import pytest
from playwright.sync_api import expect

from claims.api.models import ApiToken

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def watch_for_csp_violations(page) -> list[str]:
    problems = []
    page.on(
        "console", lambda msg: problems.append(msg.text) if "Content Security Policy" in msg.text else None
    )
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    return problems


def test_the_token_page_makes_a_token_once_and_revokes_it(page, live_server, reviewer):
    problems = watch_for_csp_violations(page)
    log_in(page, live_server, "rob")
    page.get_by_role("link", name="API", exact=True).click()
    expect(page.get_by_role("heading", name="API tokens", exact=True)).to_be_visible()
    page.get_by_label("Name").fill("CMS import")
    page.get_by_role("button", name="Make token").click()
    shown = page.get_by_label("The new token")
    expect(shown).to_have_value(re.compile(r"^fcw_"))
    raw = shown.input_value()

    def call_api():
        request = urllib.request.Request(
            f"{live_server.url}/api/v1/claims/", headers={"Authorization": f"Bearer {raw}"}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert call_api() == 200
    # Opened again (a GET: the token was in the answer to the POST only, stored nowhere).
    page.goto(f"{live_server.url}/account/tokens/")
    expect(page.get_by_label("The new token")).to_have_count(0)
    expect(page.get_by_role("cell", name=f"{raw[:12]}…")).to_be_visible()

    page.get_by_role("button", name="Revoke CMS import").click()
    expect(page.get_by_text("revoked: it no longer works")).to_be_visible()
    expect(page.get_by_role("button", name="Revoke CMS import")).to_have_count(0)
    assert call_api() == 401
    assert ApiToken.objects.get().revoked_at is not None
    assert problems == []


def test_the_docs_page_loads_swagger_ui_without_csp_errors(page, live_server, reviewer):
    problems = watch_for_csp_violations(page)
    violations = []
    page.on("console", lambda msg: violations.append(msg.text) if msg.type == "error" else None)
    log_in(page, live_server, "rob")
    page.goto(f"{live_server.url}/api/v1/docs/")
    expect(page.get_by_role("heading", name=re.compile("Factcheck Workbench API"))).to_be_visible()
    # The operations come from /api/v1/schema/, fetched and drawn by Swagger UI's own scripts.
    expect(page.get_by_text("/api/v1/claims/", exact=True).first).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Authorize"))).to_be_visible()
    assert problems == []
    assert violations == []
