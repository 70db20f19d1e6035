"""Issue 13, item 7: the smaller gaps an outside probe found, one by one."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims import sources
from claims.models import Article
from tests.conftest import make_user
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db
NEW = reverse("claims:article_new")


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


# Too large: said with the limit, and refused before the body is read --------------------------


def test_a_paste_over_the_limit_says_what_the_limit_is(as_editor, settings):
    settings.FACTCHECK_MAX_UPLOAD_BYTES = 100_000
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 200_000
    response = as_editor.post(NEW, {"text": "woord " * 50_000})
    assert response.status_code == 413
    html = response.content.decode()
    assert "300,0" in html and "200,000 bytes" in html  # what was sent, and the limit
    assert not Article.objects.exists()


def test_a_large_upload_is_refused_on_its_content_length_before_it_is_read(as_editor):
    # The body is tiny but claims 50 MB: a server that read it first would wait for (or choke on) the rest.
    boundary = "BoUnDaRy"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\nxx\r\n'
        f"--{boundary}--\r\n"
    ).encode()
    response = as_editor.generic(
        "POST",
        NEW,
        body,
        content_type=f"multipart/form-data; boundary={boundary}",
        CONTENT_LENGTH=str(50 * 2**20),
    )
    assert response.status_code == 413
    assert "52,428,800 bytes" in response.content.decode()


# The same article twice in one JSON list -------------------------------------------------------


def test_a_json_list_with_the_same_article_twice_is_refused_by_item(as_editor):
    text = "Minister Jan de Vries zei dat de begroting 3 procent groeit."
    content = json.dumps([{"text": text}, {"text": "Iets anders, zei Piet."}, {"text": " " + text + " "}])
    response = as_editor.post(NEW, {"file": SimpleUploadedFile("twice.json", content.encode())})
    assert response.status_code == 400
    html = response.content.decode()
    assert "twice.json: item 3: the same article as item 1" in html
    assert "/articles/" not in html.split("twice.json")[1][:200]  # no link to a rolled-back article
    assert not Article.objects.exists()


# One validation for pasted text and uploads, and for source links ------------------------------


@pytest.mark.parametrize(
    ("char", "name"),
    [("\x9b", "U+009B"), ("\x85", "U+0085"), ("\x07", "U+0007 BEL"), ("\ufffd", "U+FFFD")],
)
def test_pasted_text_is_checked_like_an_upload(as_editor, char, name):
    text = f"Minister Jan de Vries zei dat{char} de begroting groeit."
    pasted = as_editor.post(NEW, {"text": text})
    uploaded = as_editor.post(NEW, {"file": SimpleUploadedFile("a.txt", text.encode())})
    assert pasted.status_code == uploaded.status_code == 400
    assert "pasted text: line 1, column 30: " in pasted.content.decode()
    assert name in pasted.content.decode() and name in uploaded.content.decode()
    assert not Article.objects.exists()


@pytest.mark.parametrize("url", ["ftp://example.org/a", "javascript:alert(1)", "file:///etc/passwd"])
def test_source_links_are_http_on_the_form_as_in_json(as_editor, url):
    response = as_editor.post(NEW, {"text": "Jan zei dat het regent.", "source_url": url})
    assert response.status_code == 400
    assert "not an http(s) URL" in response.content.decode()
    with pytest.raises(sources.SourceError, match="not an http"):
        sources.read_source("a.json", json.dumps({"text": "x", "source_url": url}).encode())
    assert not Article.objects.exists()


def test_an_https_source_link_is_kept(as_editor):
    as_editor.post(NEW, {"text": "Jan zei dat het regent.", "source_url": "https://example.org/a"})
    assert Article.objects.get().source_url == "https://example.org/a"


# What an account without a role sees: nothing but a page that says so ---------------------------


@pytest.fixture
def roleless(client):
    client.force_login(make_user("nora"))
    make_claim(make_article())
    return client


def test_a_roleless_user_gets_a_page_that_says_they_have_no_role(roleless):
    response = roleless.get(reverse("claims:dashboard"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "no role yet" in html and "Chief editor" in html
    assert "Recent activity" not in html and "Verdicts per week" not in html


@pytest.mark.parametrize(
    "name",
    [
        "claims:audit",
        "claims:audit_export",
        "claims:claims_export_csv",
        "claims:claims_export_json",
        "claims:claims",
        "claims:articles",
        "claims:speakers",
    ],
)
def test_a_roleless_user_sees_no_audit_log_export_or_desk_page(roleless, name):
    response = roleless.get(reverse(name))
    assert response.status_code == 403
    html = response.content.decode()
    assert "no role yet" in html
    assert "hash" not in html.lower() or "prev_hash" not in html


def test_a_roleless_user_may_still_log_out_and_switch_language(roleless):
    assert roleless.post(reverse("set_language"), {"language": "nl"}).status_code == 302
    assert roleless.post(reverse("logout")).status_code in (200, 302)


def test_a_user_with_a_role_sees_the_dashboard(client, reviewer):
    client.force_login(reviewer)
    html = client.get(reverse("claims:dashboard")).content.decode()
    assert "no role yet" not in html


# Login throttling: per address too, and in fixed windows ---------------------------------------

LOGIN = reverse("login")


def _login(client, username, password="wrong", address="10.1.1.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_one_address_trying_many_usernames_is_throttled(client, reviewer, settings):
    settings.FACTCHECK_LOGIN_FAILURES_PER_ADDRESS = 20
    for n in range(20):
        assert _login(client, f"user{n}").status_code == 200
    refused = _login(client, "rob", "pw-rob-123")  # even the right password: the address waits
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Too many failed logins from your address" in html and "refused until" in html
    # Another address is not affected.
    assert _login(client, "rob", "pw-rob-123", address="10.2.2.2").status_code == 302


def test_the_address_window_is_fixed(client, reviewer, settings, monkeypatch):
    import datetime

    from django.utils import timezone

    settings.FACTCHECK_LOGIN_FAILURES_PER_ADDRESS = 3
    settings.FACTCHECK_LOGIN_ADDRESS_WINDOW_MINUTES = 15
    start = timezone.now().replace(hour=10, minute=0, second=0, microsecond=0)
    clock = {"now": start + datetime.timedelta(minutes=1)}
    monkeypatch.setattr("claims.throttle.timezone.now", lambda: clock["now"])
    for n in range(3):
        _login(client, f"user{n}")
    clock["now"] = start + datetime.timedelta(minutes=14)
    for _ in range(5):  # retrying while throttled does not move the end of the window
        assert _login(client, "someone").status_code == 429
    clock["now"] = start + datetime.timedelta(minutes=15, seconds=1)
    assert _login(client, "rob", "pw-rob-123").status_code == 302


def test_a_username_lockout_does_not_restart_on_every_attempt(client, reviewer, monkeypatch):
    import datetime

    import axes.handlers.proxy
    from django.utils import timezone

    start = timezone.now()
    clock = {"now": start}
    monkeypatch.setattr(axes.handlers.proxy, "now", lambda: clock["now"])
    for _ in range(5):
        _login(client, "rob")
    clock["now"] = start + datetime.timedelta(minutes=50)
    assert _login(client, "rob").status_code == 429  # still locked, and this attempt does not count
    clock["now"] = start + datetime.timedelta(minutes=61)
    assert _login(client, "rob", "pw-rob-123").status_code == 302
