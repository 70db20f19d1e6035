"""Discussion in a real browser: a mention reaches a colleague's inbox, and leads back to the claim."""

import re

import pytest
from playwright.sync_api import expect

from claims.models import Notification
from tests.browser.conftest import log_in
from tests.factories import make_claim

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_mention_lands_in_the_colleagues_inbox(page, browser, live_server, editor, reviewer):
    claim = make_claim()
    log_in(page, live_server, "edith")
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    page.get_by_label("Add a comment").fill("@rob please check")
    page.get_by_role("button", name="Comment", exact=True).click()
    thread = page.locator("#comment-thread")
    expect(thread.locator(".at-mention")).to_have_text("@rob")
    expect(thread).to_contain_text("please check")
    assert Notification.objects.get().recipient == reviewer

    # Rob, in a browser of his own.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        rob = context.new_page()
        log_in(rob, live_server, "rob")
        inbox_link = rob.get_by_role("link", name="Inbox (1)")
        expect(inbox_link).to_be_visible()
        inbox_link.click()
        expect(rob).to_have_url(f"{live_server.url}/inbox/")
        item = rob.locator(".notification.unread")
        expect(item).to_contain_text("edith mentioned you on a claim")
        expect(item).to_contain_text("@rob please check")
        item.get_by_role("button", name=f"Open claim #{claim.pk}").click()
        expect(rob).to_have_url(re.compile(rf"/claims/{claim.pk}/$"))
        expect(rob.locator("#comment-thread .at-mention")).to_have_text("@rob")
        expect(rob.get_by_role("link", name="Inbox", exact=True)).to_be_visible()
        assert Notification.objects.get().read_at is not None
    finally:
        context.close()
