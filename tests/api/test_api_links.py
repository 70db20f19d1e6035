"""Articles from a link through the API: the background link import (claims.jobs) with its SSRF
rules; the answer is the job, which says what it imported."""

import pytest

from claims.models import Article, AuditEvent
from tests.localserver import LocalServer

from .conftest import assert_error

PAGE = """<html><head><title>Begroting groeit</title></head><body><article>
<h1>Begroting groeit</h1>
<p>Minister Jan de Vries zei dinsdag dat de begroting volgend jaar met 3 procent groeit.</p>
<p>“We houden de uitgaven in de hand”, zei De Vries tegen verslaggevers in Den Haag.</p>
</article></body></html>"""


@pytest.fixture
def site(settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    server = LocalServer("127.0.0.1")
    yield server
    server.close()


def test_an_article_is_imported_from_a_link_as_a_job(api_as, editor, site):
    url = site.serve("/nieuws/begroting", PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    api = api_as(editor)
    response = api.post("/api/v1/articles/", {"url": url, "outlet": "Voorbeeldkrant", "published": "2025-03"})
    assert response.status_code == 202, response.content
    job = response.json()
    assert response["Location"].endswith(f"/api/v1/jobs/{job['id']}/")
    # The test backend runs the job at once; the worker would run it a moment later.
    read = api.get(f"/api/v1/jobs/{job['id']}/").json()
    assert read["state"] == "done", read
    (item,) = read["items"]
    assert item["outcome"] == "imported"
    article = Article.objects.get(pk=item["article"])
    assert (article.source_url, article.outlet, article.published_display) == (
        url,
        "Voorbeeldkrant",
        "2025-03",
    )
    assert article.claims.exists()
    assert AuditEvent.objects.filter(action="article.imported", actor=editor).exists()


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://10.0.0.5/nieuws", "10.0.0.5 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "metadata"),
        ("http://[::1]/x", "loopback"),
    ],
)
def test_a_private_link_is_refused_before_anything_is_queued(api_as, editor, url, why):
    error = assert_error(api_as(editor).post("/api/v1/articles/", {"url": url}), 400, "invalid")
    assert why in error["fields"]["url"][0]


def test_text_or_url_one_of_the_two(api_as, editor):
    both = api_as(editor).post("/api/v1/articles/", {"text": "Iets.", "url": "https://example.org/a"})
    assert "one of the two" in assert_error(both, 400, "invalid")["fields"]["text"][0]


def test_a_reviewer_may_not_import_from_a_link(api_as, reviewer):
    response = api_as(reviewer).post("/api/v1/articles/", {"url": "https://example.org/a"})
    assert_error(response, 403, "permission_denied")


def test_an_unknown_job_is_a_404(api_as, reviewer):
    assert_error(api_as(reviewer).get("/api/v1/jobs/999999/"), 404, "not_found")
