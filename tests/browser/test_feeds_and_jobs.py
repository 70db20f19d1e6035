"""Feeds and background imports in a real browser: a Chief editor adds a feed and polls it; the
job page follows a running job by itself (htmx polling) until its result."""

import re

import pytest
from playwright.sync_api import expect

from claims.models import Article, ImportJob, ImportJobItem
from tests.browser.conftest import log_in
from tests.claims.test_tasks import _rss, _serve_story
from tests.localserver import LocalServer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def outlet(settings):
    server = LocalServer("127.0.0.1")
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    yield server
    server.close()


def test_a_chief_editor_adds_a_feed_and_its_articles_arrive(page, live_server, chief, outlet):
    paths = [_serve_story(outlet, n) for n in (1, 2)]
    outlet.serve("/feed.xml", _rss(outlet, paths), headers={"Content-Type": "application/rss+xml"})
    log_in(page, live_server, "chief")
    page.get_by_role("link", name="Feeds").click()
    page.get_by_label("Name").fill("The Courier")
    page.get_by_label("Address").fill(outlet.url("/feed.xml"))
    page.locator("#id_lang").select_option("en")  # "Language" also names the switcher
    page.get_by_label("Poll every (minutes)").fill("15")
    page.get_by_role("button", name="Add feed").click()
    expect(page.get_by_role("heading", name="The Courier")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Feed “The Courier” added")

    page.get_by_role("button", name="Poll now").click()
    expect(page).to_have_url(re.compile(r"/imports/\d+/$"))
    expect(page.locator("#job-result")).to_contain_text("Homes story 1")
    expect(page.locator(".job-progress")).to_contain_text("2 of 2 articles (100%)")
    page.get_by_role("link", name="Homes story 2").click()
    expect(page).to_have_url(re.compile(rf"/articles/{Article.objects.get(title='Homes story 2').pk}/$"))

    page.goto(f"{live_server.url}/feeds/")
    expect(page.locator("table.feeds")).to_contain_text("The Courier")
    page.get_by_role("link", name="The Courier").click()
    expect(page.locator("#feed-status")).to_contain_text("2 items, 2 new")
    page.get_by_role("button", name="Pause").click()
    expect(page.get_by_role("status")).to_contain_text("Feed paused.")
    expect(page.get_by_role("button", name="Resume")).to_be_visible()


def test_the_job_page_follows_progress_until_the_result(page, live_server, editor):
    job = ImportJob.objects.create(kind="upload", created_by=editor, total=4, state="running")
    items = [
        ImportJobItem.objects.create(job=job, source=f"desk.jsonl: line {n}", outcome="pending")
        for n in (1, 2, 3, 4)
    ]
    ImportJobItem.objects.filter(pk__in=[items[0].pk, items[1].pk]).update(
        outcome="refused", reason="too short"
    )
    log_in(page, live_server, "edith")
    page.goto(f"{live_server.url}{job.get_absolute_url()}")
    progress = page.locator(".job-progress")
    expect(progress).to_contain_text("2 of 4 articles (50%)")
    expect(progress).to_contain_text("Importing…")

    # The worker goes on; the page follows by itself.
    ImportJobItem.objects.filter(pk=items[2].pk).update(outcome="refused", reason="empty")
    expect(progress).to_contain_text("3 of 4 articles (75%)", timeout=8000)
    ImportJobItem.objects.filter(pk=items[3].pk).update(outcome="refused", reason="the article text is empty")
    ImportJob.objects.filter(pk=job.pk).update(state="done")
    expect(page.locator("#job-result")).to_contain_text("the article text is empty", timeout=8000)
    expect(progress).to_contain_text("4 of 4 articles (100%)")
    expect(page.locator("#job-body")).not_to_have_attribute("hx-trigger", "every 2s")
