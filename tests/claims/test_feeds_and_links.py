"""Feeds and links through the web: who may add feeds, what the pages show, refusals with clear
messages (private addresses, also after DNS and via a redirect; other schemes; oversized pages),
large uploads as jobs. Tasks run at once here (the immediate backend); test_tasks.py runs them
on real workers."""

import socket

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims import feeds, jobs
from claims.models import Article, AuditEvent, Feed, ImportJob
from tests.localserver import LocalServer

from .tasking import corpus_jsonl
from .test_tasks import PAGE, _rss, _serve_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def server(settings):
    s = LocalServer("127.0.0.1")
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    yield s
    s.close()


@pytest.fixture
def chief_client(client, chief):
    client.force_login(chief)
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


# -- feeds ------------------------------------------------------------------------------------


def test_a_chief_editor_adds_a_feed_and_it_is_audited(chief_client, server):
    url = server.serve("/feed.xml", _rss(server, [_serve_story(server, 1)]))
    response = chief_client.post(
        reverse("claims:feed_new"),
        {"name": "Het Dagblad", "url": url, "kind": "feed", "lang": "en", "interval_minutes": 30},
    )
    feed = Feed.objects.get()
    assert response.status_code == 302 and response.url == feed.get_absolute_url()
    assert (feed.name, feed.url, feed.lang, feed.interval_minutes, feed.paused) == (
        "Het Dagblad",
        url,
        "en",
        30,
        False,
    )
    event = AuditEvent.objects.get(action=AuditEvent.Action.FEED_ADDED)
    assert event.actor_name == "chief" and event.changes["url"] == [None, url]

    page = chief_client.get(feed.get_absolute_url()).content.decode()
    assert "Poll now" in page and "Not polled yet." in page
    # Poll now: the job page, the article in.
    response = chief_client.post(reverse("claims:feed_poll", args=[feed.pk]))
    job = ImportJob.objects.get(kind=ImportJob.Kind.FEED)
    assert response.url == job.get_absolute_url()
    assert job.state == ImportJob.State.DONE
    assert Article.objects.get().source_url == server.url("/story/1")
    page = chief_client.get(feed.get_absolute_url()).content.decode()
    assert "1 items, 1 new" in page


def test_editing_pausing_and_resuming_a_feed_is_audited(chief_client, chief):
    feed = feeds.add_feed(actor=chief, name="A", url="https://example.org/feed.xml")
    response = chief_client.post(
        reverse("claims:feed_edit", args=[feed.pk]),
        {
            "name": "B",
            "url": "https://example.org/feed.xml",
            "kind": "feed",
            "lang": "",
            "interval_minutes": 15,
        },
    )
    assert response.status_code == 302
    chief_client.post(reverse("claims:feed_pause", args=[feed.pk]), {"paused": "1"})
    feed.refresh_from_db()
    assert (feed.name, feed.interval_minutes, feed.paused) == ("B", 15, True)
    edits = list(AuditEvent.objects.filter(action=AuditEvent.Action.FEED_EDITED).order_by("id"))
    assert [e.changes.get("name") or e.changes.get("paused") for e in edits] == [["A", "B"], [False, True]]
    assert edits[0].changes["interval_minutes"] == [60, 15]
    assert feeds.poll_due() == []  # paused
    chief_client.post(reverse("claims:feed_pause", args=[feed.pk]), {"paused": "0"})
    feed.refresh_from_db()
    assert not feed.paused


def test_only_chief_editors_manage_feeds(editor_client, editor, chief):
    feed = feeds.add_feed(actor=chief, name="A", url="https://example.org/feed.xml")
    page = editor_client.get(reverse("claims:feeds"))
    assert page.status_code == 200 and "Add a feed" not in page.content.decode()
    data = {"name": "X", "url": "https://example.org/x.xml", "kind": "feed", "interval_minutes": 60}
    assert editor_client.post(reverse("claims:feed_new"), data).status_code == 403
    assert editor_client.post(reverse("claims:feed_poll", args=[feed.pk])).status_code == 403
    assert (
        editor_client.post(reverse("claims:feed_pause", args=[feed.pk]), {"paused": "1"}).status_code == 403
    )
    assert editor_client.post(reverse("claims:feed_edit", args=[feed.pk]), data).status_code == 403
    assert Feed.objects.count() == 1 and not ImportJob.objects.exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://10.0.0.5/feed.xml", "Refused: 10.0.0.5 is a private address."),
        ("http://169.254.169.254/latest/", "Refused: 169.254.169.254 is a cloud metadata address."),
        ("http://127.0.0.1:9/feed.xml", "Refused: 127.0.0.1 is a loopback address."),
        ("ftp://example.org/feed.xml", "Refused: “ftp:” is not allowed, only http:// and https://"),
        ("http://nothing.invalid/feed.xml", "nothing.invalid could not be resolved"),
    ],
)
def test_a_feed_on_a_private_address_is_refused_when_added(chief_client, url, message):
    data = {"name": "X", "url": url, "kind": "feed", "interval_minutes": 60}
    response = chief_client.post(reverse("claims:feed_new"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Feed.objects.exists()


def test_a_feed_whose_name_resolves_to_a_private_address_is_refused_when_polled(chief, monkeypatch):
    feed = Feed.objects.create(name="Inside", url="https://news.example.org/feed.xml")
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda host, port, *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.1.20", port))],
    )
    job = feeds.poll_now(feed, actor=chief)
    job.refresh_from_db()
    feed.refresh_from_db()
    message = "Refused: news.example.org resolves to 192.168.1.20, which is a private address."
    assert (job.state, job.attempts, job.error) == (ImportJob.State.FAILED, 1, message)
    assert feed.last_error == message


def test_a_feed_redirecting_to_a_private_address_is_refused(chief, settings):
    """127.0.0.2 is allowed (the newsroom's own server), 127.0.0.1 is not."""
    allowed, inside = LocalServer("127.0.0.2"), LocalServer("127.0.0.1")
    try:
        settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.2"]
        inside.serve("/feed.xml", _rss(inside, ["/secret"]))
        feed = Feed.objects.create(name="Hop", url=allowed.redirect("/feed.xml", inside.url("/feed.xml")))
        job = feeds.poll_now(feed, actor=chief)
        job.refresh_from_db()
        assert job.state == ImportJob.State.FAILED
        assert job.error == "Refused: 127.0.0.1 is a loopback address."
        assert inside.requests == []
    finally:
        allowed.close()
        inside.close()


def test_feed_items_on_private_addresses_are_refused_one_by_one(chief, server):
    good = _serve_story(server, 1)
    items = (
        f"<item><link>{server.url(good)}</link></item>"
        "<item><link>http://10.1.2.3/story</link></item>"
        "<item><link>file:///etc/passwd</link></item>"
    )
    url = server.serve("/feed.xml", f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>')
    feed = Feed.objects.create(name="Mixed", url=url)
    job = feeds.poll_now(feed, actor=chief)
    job.refresh_from_db()
    feed.refresh_from_db()
    assert job.state == ImportJob.State.DONE
    outcomes = {i.link: (i.outcome, i.reason) for i in job.items.all()}
    assert outcomes == {
        server.url(good): ("imported", ""),
        "http://10.1.2.3/story": ("refused", "Refused: 10.1.2.3 is a private address."),
    }  # a file: link is not a web page: left out
    assert (feed.items_seen, feed.items_imported, feed.items_refused) == (2, 1, 1)


def test_the_same_text_under_another_link_is_skipped(chief, server):
    html = PAGE.format(
        title="Same", body="The mayor said that 300 homes will be built this year in the city."
    )
    server.serve("/a", html)
    server.serve("/b", html)
    url = server.serve("/feed.xml", _rss(server, ["/a", "/b"]))
    job = feeds.poll_now(Feed.objects.create(name="Dup", url=url), actor=chief)
    items = list(job.items.order_by("id"))
    assert [i.outcome for i in items] == ["imported", "skipped"]
    assert items[1].reason == f"Already in (same text) as #{items[0].article_id}."
    assert Article.objects.count() == 1


def test_a_sitemap(chief, server):
    for n in (1, 2):
        _serve_story(server, n)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{server.url('/story/1')}</loc><lastmod>2026-12-01</lastmod></url>"
        f"<url><loc>{server.url('/story/2')}</loc></url></urlset>"
    )
    index = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{server.serve('/news.xml', body)}</loc></sitemap></sitemapindex>"
    )
    feed = Feed.objects.create(name="Map", url=server.serve("/sitemap.xml", index), kind=Feed.Kind.SITEMAP)
    job = feeds.poll_now(feed, actor=chief)
    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE, job.error
    assert Article.objects.count() == 2


def test_something_that_is_not_a_feed_fails_with_why(chief, server):
    feed = Feed.objects.create(name="Page", url=server.serve("/page", "<html><body>hello</body></html>"))
    job = feeds.poll_now(feed, actor=chief)
    job.refresh_from_db()
    assert job.state == ImportJob.State.FAILED
    assert job.error.startswith(f"{feed.url} is not an RSS or Atom feed")
    sitemap = Feed.objects.create(name="Bad map", url=server.serve("/bad.xml", "<urlset"), kind="sitemap")
    job = feeds.poll_now(sitemap, actor=chief)
    job.refresh_from_db()
    assert job.error.startswith(f"{sitemap.url} is not a sitemap")


# -- links ------------------------------------------------------------------------------------


def _post_link(client, link, **data):
    return client.post(reverse("claims:article_new"), {"link": link, **data})


def test_import_from_a_link_lands_on_the_job_page(editor_client, editor, server):
    path = _serve_story(server, 5)
    response = _post_link(editor_client, server.url(path), lang="en")
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response.url == job.get_absolute_url()
    assert (job.kind, job.state, job.created_by) == ("link", "done", editor)
    article = Article.objects.get()
    assert (article.source_url, article.title, article.created_by) == (
        server.url(path),
        "Homes story 5",
        editor,
    )
    page = editor_client.get(job.get_absolute_url()).content.decode()
    assert article.get_absolute_url() in page and "Homes story 5" in page
    assert "hx-trigger" not in page  # finished: no polling
    # The same link again: already in.
    _post_link(editor_client, server.url(path))
    again = ImportJob.objects.latest("id")
    assert again.items.get().reason == f"Already in (same link) as #{article.pk}."


@pytest.mark.parametrize(
    ("link", "message"),
    [
        ("http://10.0.0.5/story", "Refused: 10.0.0.5 is a private address."),
        ("http://[::1]/story", "Refused: ::1 is a loopback address."),
        (
            "http://[::ffff:192.168.0.1]/",
            "Refused: ::ffff:192.168.0.1 is a private address (192.168.0.1 inside",
        ),
        ("http://100.64.0.9/", "Refused: 100.64.0.9 is a shared (carrier-grade NAT) address."),
        ("ftp://example.org/story", "Refused: “ftp:” is not allowed, only http:// and https:// addresses."),
        ("javascript:alert(1)", "Refused: “javascript:” is not allowed"),
    ],
)
def test_a_link_to_a_private_address_or_another_scheme_is_refused_on_the_form(editor_client, link, message):
    response = _post_link(editor_client, link)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ImportJob.objects.exists()


def test_a_link_redirecting_to_a_private_address_fails_with_a_clear_message(editor_client, settings):
    allowed, inside = LocalServer("127.0.0.2"), LocalServer("127.0.0.1")
    try:
        settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.2"]
        inside.serve("/admin", "secret")
        response = _post_link(editor_client, allowed.redirect("/go", inside.url("/admin")))
        job = ImportJob.objects.get()
        assert response.url == job.get_absolute_url()
        assert (job.state, job.error) == ("failed", "Refused: 127.0.0.1 is a loopback address.")
        page = editor_client.get(job.get_absolute_url()).content.decode()
        assert "Refused: 127.0.0.1 is a loopback address." in page
        assert inside.requests == []
    finally:
        allowed.close()
        inside.close()


def test_an_oversized_page_is_refused(editor_client, server, settings):
    settings.FACTCHECK_FETCH_MAX_BYTES = 10_000
    url = server.serve("/huge", "<p>" + "x" * 20_000 + "</p>", headers={"Content-Type": "text/html"})
    _post_link(editor_client, url)
    job = ImportJob.objects.get()
    assert (job.state, job.error) == ("failed", f"Refused: {url} is 20,007 bytes; the limit is 10,000 bytes.")


def test_a_page_that_is_not_html_is_refused(editor_client, server):
    url = server.serve("/photo.jpg", b"\xff\xd8\xff", headers={"Content-Type": "image/jpeg"})
    _post_link(editor_client, url)
    assert ImportJob.objects.get().error == "Not a web page (image/jpeg)."


def test_only_editors_import_links(client, reviewer):
    client.force_login(reviewer)
    assert _post_link(client, "https://example.org/").status_code == 403


# -- uploads ----------------------------------------------------------------------------------


def test_a_large_upload_becomes_a_job(editor_client, settings):
    settings.FACTCHECK_SYNC_IMPORT_MAX_ARTICLES = 20
    data = corpus_jsonl(30)
    response = editor_client.post(
        reverse("claims:article_new"), {"file": SimpleUploadedFile("batch.jsonl", data), "outlet": "Wire"}
    )
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response.url == job.get_absolute_url()
    assert (job.kind, job.total, job.state) == ("upload", 30, "done")
    assert Article.objects.filter(outlet="Wire").count() == 30
    page = editor_client.get(job.get_absolute_url()).content.decode()
    assert "30 of 30 articles (100%)" in page and "batch.jsonl: line 1" in page


def test_several_files_and_a_refused_one(editor_client, settings):
    settings.FACTCHECK_SYNC_IMPORT_MAX_ARTICLES = 2
    files = [
        SimpleUploadedFile("a.txt", b"The minister said that taxes will fall by 3 percent next year."),
        SimpleUploadedFile("b.txt", b"The mayor said that 200 homes were built in the city last year."),
        SimpleUploadedFile(
            "c.json", b'[{"text": "The council said that 40 new buses arrive in May."}, {"text": " "}]'
        ),
    ]
    response = editor_client.post(reverse("claims:article_new"), {"file": files})
    assert response.status_code == 400  # a malformed file refuses the upload at once, as before
    assert "c.json: item 2" in response.content.decode()
    files[2] = SimpleUploadedFile(
        "c.json", b'[{"text": "The council said that 40 new buses arrive in May."}]'
    )
    for f in files[:2]:
        f.seek(0)
    response = editor_client.post(reverse("claims:article_new"), {"file": files})
    job = ImportJob.objects.get()
    assert response.url == job.get_absolute_url()
    assert sorted(job.items.values_list("source", "outcome")) == [
        ("a.txt", "imported"),
        ("b.txt", "imported"),
        ("c.json: item 1", "imported"),
    ]


def test_the_job_page_polls_while_the_job_runs(editor_client, editor):
    job = ImportJob.objects.create(kind="upload", created_by=editor, total=10)
    page = editor_client.get(job.get_absolute_url()).content.decode()
    assert 'hx-trigger="every 2s"' in page and "Waiting for a worker" in page
    part = editor_client.get(job.get_absolute_url() + "?part=body", headers={"HX-Request": "true"})
    assert part.content.decode().lstrip().startswith('<div id="job-body"')
    assert "0 of 10 articles (0%)" in part.content.decode()
    ImportJob.objects.filter(pk=job.pk).update(state="failed", error="Failed after 3 attempts: boom.")
    part = editor_client.get(job.get_absolute_url() + "?part=body", headers={"HX-Request": "true"})
    body = part.content.decode()
    assert "hx-trigger" not in body and "Failed after 3 attempts: boom." in body
    assert editor_client.get(reverse("claims:jobs")).status_code == 200


def test_a_stalled_job_is_taken_up_again(editor, settings):
    import datetime

    from django.utils import timezone

    job = ImportJob.objects.create(kind="link", created_by=editor, url="http://10.0.0.5/", state="running")
    ImportJob.objects.filter(pk=job.pk).update(
        updated_at=timezone.now() - datetime.timedelta(hours=1), attempts=1
    )
    assert jobs.rescue_stalled() == 1
    job.refresh_from_db()
    # Taken up again at once here (immediate tasks), and refused for good.
    assert (job.state, job.error) == (
        "failed",
        "Failed after 2 attempts: Refused: 10.0.0.5 is a private address.",
    )
