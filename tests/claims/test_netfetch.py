"""The safe fetcher: only public addresses (after DNS, on every redirect) unless a host is allowed,
http(s) only, a size limit, conditional GET, a per-host pace. Served from loopback addresses."""

import ipaddress
import re
import socket
import time

import pytest
from django.test import override_settings

from claims import netfetch
from tests.localserver import LocalServer


@pytest.fixture
def server():
    s = LocalServer("127.0.0.1")
    yield s
    s.close()


@pytest.fixture
def allow_local(settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "a loopback address"),
        ("10.0.0.5", "a private address"),
        ("192.168.1.1", "a private address"),
        ("172.16.3.4", "a private address"),
        ("169.254.10.1", "a link-local address"),
        ("169.254.169.254", "a cloud metadata address"),
        ("100.64.0.1", "a shared (carrier-grade NAT) address"),
        ("224.0.0.1", "a multicast address"),
        ("240.0.0.1", "a reserved address"),
        ("0.0.0.0", "an unspecified address"),
        ("::1", "a loopback address"),
        ("::", "an unspecified address"),
        ("fe80::1", "a link-local address"),
        ("fc00::1", "a private address"),
        ("ff02::1", "a multicast address"),
        ("fd00:ec2::254", "a cloud metadata address"),
        ("::ffff:10.0.0.5", "a private address (10.0.0.5 inside an IPv6 address)"),
        ("::ffff:127.0.0.1", "a loopback address (127.0.0.1 inside an IPv6 address)"),
        ("64:ff9b::a00:5", "a private address (10.0.0.5 inside an IPv6 address)"),
        ("2002:c0a8:101::1", "a private address (192.168.1.1 inside an IPv6 address)"),
    ],
)
def test_non_public_addresses_are_refused_with_the_reason(address, why):
    host = f"[{address}]" if ":" in address else address
    with pytest.raises(netfetch.FetchRefused) as refused:
        netfetch.fetch(f"http://{host}/page")
    assert str(refused.value) == f"Refused: {address} is {why}."


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700::1111", "8.8.8.8"])
def test_public_addresses_pass(address):
    assert netfetch.refusal(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "Refused: “file:” is not allowed, only http:// and https:// addresses."),
        ("gopher://x/", "Refused: “gopher:” is not allowed, only http:// and https:// addresses."),
        ("example.org/page", "Refused: no scheme is not allowed, only http:// and https:// addresses."),
        ("http://user:pw@example.org/", "Refused: addresses with a user name or password are not allowed."),
        ("http:///nohost", "Refused: “http:///nohost” has no host name."),
        ("http://example.org:99999/", "Refused: “http://example.org:99999/” is not a valid address"),
        ("", "Refused: the address is empty."),
    ],
)
def test_bad_urls_are_refused(url, message):
    with pytest.raises(netfetch.FetchRefused) as refused:
        netfetch.check_url(url)
    assert str(refused.value).startswith(message)


def test_a_name_resolving_to_a_private_address_is_refused(monkeypatch):
    def resolve(host, port, *args, **kwargs):
        assert host == "cms.example.org"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with pytest.raises(netfetch.FetchRefused) as refused:
        netfetch.fetch("https://cms.example.org/story")
    assert str(refused.value) == (
        "Refused: cms.example.org resolves to 10.0.0.5, which is a private address."
    )


def test_one_private_answer_among_public_ones_is_enough_to_refuse(monkeypatch):
    answers = [("93.184.216.34", 80), ("192.168.0.7", 80)]
    rows = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", a) for a in answers]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: rows)
    with pytest.raises(netfetch.FetchRefused, match=re.escape("resolves to 192.168.0.7")):
        netfetch.check_url("http://mixed.example.org/")


def test_the_connection_goes_to_the_vetted_address(monkeypatch, server, settings):
    """DNS rebinding: the name is resolved once, checked, and the connection made to that address;
    a second lookup (which could answer differently) never happens."""
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["newsroom.test"]
    server.serve("/", "hello")
    lookups = []
    real_getaddrinfo = socket.getaddrinfo

    def resolve(host, port, *args, **kwargs):
        if host != "newsroom.test":
            return real_getaddrinfo(host, port, *args, **kwargs)
        lookups.append(host)
        # A second answer would point elsewhere (where nothing listens).
        address = "127.0.0.1" if len(lookups) == 1 else "127.0.0.3"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    fetched = netfetch.fetch(f"http://newsroom.test:{server.port}/")
    assert fetched.body == b"hello"
    assert lookups == ["newsroom.test"]
    # The server was asked for the name, not the address.
    assert server.requests[0][2]["Host"] == f"newsroom.test:{server.port}"


def test_metadata_addresses_are_refused_even_for_an_allowed_name(monkeypatch, settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["cms.internal", "169.254.0.0/16"]
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda host, port, *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("169.254.169.254", port))],
    )
    with pytest.raises(netfetch.FetchRefused, match="is a cloud metadata address"):
        netfetch.fetch("http://cms.internal/")


def test_allowed_host_is_fetched(server, allow_local):
    url = server.serve("/a", "<p>hi</p>", headers={"Content-Type": "text/html; charset=utf-8"})
    fetched = netfetch.fetch(url)
    assert (fetched.status, fetched.body, fetched.content_type, fetched.charset) == (
        200,
        b"<p>hi</p>",
        "text/html",
        "utf-8",
    )
    assert fetched.text() == "<p>hi</p>"


def test_allowed_networks_and_names(server, settings):
    server.serve("/a", "ok")
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.0/8"]
    assert netfetch.fetch(server.url("/a")).body == b"ok"
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["LOCALHOST"]
    assert netfetch.fetch(f"http://localhost:{server.port}/a").body == b"ok"
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.2"]
    with pytest.raises(netfetch.FetchRefused, match=re.escape("Refused: 127.0.0.1 is a loopback address.")):
        netfetch.fetch(server.url("/a"))


def test_a_redirect_to_a_refused_address_is_refused():
    """127.0.0.2 allowed, 127.0.0.1 not: a page on the allowed host redirecting there is refused."""
    allowed = LocalServer("127.0.0.2")
    inside = LocalServer("127.0.0.1")
    try:
        inside.serve("/secret", "internal data")
        start = allowed.redirect("/go", inside.url("/secret"))
        with (
            override_settings(FACTCHECK_FETCH_ALLOWED_HOSTS=["127.0.0.2"]),
            pytest.raises(netfetch.FetchRefused) as refused,
        ):
            netfetch.fetch(start)
        assert str(refused.value) == "Refused: 127.0.0.1 is a loopback address."
        assert inside.requests == []
    finally:
        allowed.close()
        inside.close()


def test_redirects_are_followed_up_to_five(server, allow_local):
    server.serve("/end", "done")
    for n in range(5):
        server.redirect(f"/r{n}", f"/r{n + 1}" if n < 4 else "/end")
    fetched = netfetch.fetch(server.url("/r0"))
    assert fetched.body == b"done"
    assert fetched.url == server.url("/end")
    assert len(fetched.redirects) == 5
    server.redirect("/r-1", "/r0")
    with pytest.raises(netfetch.FetchFailed, match="More than 5 redirects"):
        netfetch.fetch(server.url("/r-1"))


def test_post_does_not_follow_redirects_and_returns_every_status(server, allow_local):
    server.redirect("/hook", "http://10.0.0.5/")
    assert netfetch.post(server.url("/hook"), b"{}", {"Content-Type": "application/json"}).status == 302
    server.serve("/broken", "oops", status=500)
    posted = netfetch.post(server.url("/broken"), b"{}")
    assert (posted.status, posted.body) == (500, b"oops")
    assert server.requests[-1][0] == "POST"


def test_error_status_raises_fetch_failed(server, allow_local):
    with pytest.raises(netfetch.FetchFailed) as failed:
        netfetch.fetch(server.url("/missing"))
    assert failed.value.status == 404
    assert "answered HTTP 404" in str(failed.value)


def test_oversized_bodies_are_refused(server, allow_local):
    url = server.serve("/big", b"x" * 5000)
    with pytest.raises(netfetch.FetchRefused, match="is 5,000 bytes; the limit is 1,000 bytes"):
        netfetch.fetch(url, max_bytes=1000)
    assert netfetch.fetch(url, max_bytes=5000).body == b"x" * 5000


def test_a_body_longer_than_it_declared_is_cut_off_at_the_limit(allow_local):
    """No Content-Length: the limit is enforced while reading the stream."""
    import http.server
    import threading

    class Endless(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self):
            self.send_response(200)
            self.end_headers()
            try:
                for _ in range(1000):
                    self.wfile.write(b"y" * 65536)
            except OSError:
                pass

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Endless)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with pytest.raises(netfetch.FetchRefused, match=re.escape("is larger than the limit of 1.0 MB")):
            netfetch.fetch(f"http://127.0.0.1:{httpd.server_address[1]}/", max_bytes=1024 * 1024)
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_conditional_get_gets_a_304(server, allow_local):
    modified = {"Last-Modified": "Tue, 01 Dec 2026 10:00:00 GMT"}
    url = server.serve("/feed", "items", etag='"v1"', headers=modified)
    first = netfetch.fetch(url)
    assert (first.status, first.etag, first.last_modified) == (200, '"v1"', "Tue, 01 Dec 2026 10:00:00 GMT")
    again = netfetch.fetch(url, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    sent = server.requests[-1][2]
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == "Tue, 01 Dec 2026 10:00:00 GMT"


def test_timeout(allow_local):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection, never answers
    try:
        started = time.monotonic()
        with pytest.raises(netfetch.FetchFailed, match="did not answer in time"):
            netfetch.fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/", timeout=0.5)
        assert time.monotonic() - started < 3
    finally:
        listener.close()


def test_connection_refused_is_a_clear_failure(allow_local):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with pytest.raises(netfetch.FetchFailed, match=r"could not be fetched"):
        netfetch.fetch(f"http://127.0.0.1:{port}/")


def test_requests_to_one_host_are_spaced_out(server, allow_local, settings):
    settings.FACTCHECK_FETCH_MIN_INTERVAL = 0.3
    url = server.serve("/a", "ok")
    started = time.monotonic()
    for _ in range(3):
        netfetch.fetch(url)
    assert time.monotonic() - started >= 0.6
