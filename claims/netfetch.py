"""Fetching from the outside world without becoming a door into the inside one (SSRF).

Every fetch the app makes on someone's say-so (a feed, a pasted link, a webhook delivery) goes
through here. The rules:

- only ``http`` and ``https`` URLs, without user:password, on any port;
- the host name is resolved here, and every address it resolves to must be public: loopback,
  private (RFC 1918, IPv6 unique-local), link-local, shared/CGNAT (100.64.0.0/10), multicast,
  reserved, unspecified, benchmarking and documentation ranges are refused, IPv4 inside IPv6
  (v4-mapped, 6to4, Teredo, NAT64) is judged by the IPv4 address, and the cloud metadata addresses
  (169.254.169.254, fd00:ec2::254) are refused always;
- the connection goes to the address that was vetted (the TLS certificate is still checked
  against the host name), so a second DNS answer cannot switch it to an inside address;
- redirects are followed by ``fetch`` only, at most ``MAX_REDIRECTS``, each new address checked
  by the same rules; ``post`` never follows one (it returns the 3xx);
- a time limit for the whole exchange, and a maximum body size (read as it streams, and refused
  as soon as it is passed, or at once when Content-Length says so);
- at most one request per ``FACTCHECK_FETCH_MIN_INTERVAL`` seconds to a host (per process).

``settings.FACTCHECK_FETCH_ALLOWED_HOSTS`` names the inside hosts a newsroom allows (its own CMS):
host names (``cms.internal``), addresses (``10.1.2.3``) or networks (``10.1.0.0/16``). A name
listed there may resolve to any address but a metadata one; an address or network allows exactly
those addresses whatever the name.

Public functions (stable):

``fetch(url, *, headers=None, max_bytes=None, timeout=None, etag=None, last_modified=None) -> Fetched``
    GET with redirects. ``etag``/``last_modified`` (from an earlier ``Fetched``) make it a
    conditional GET: a 304 comes back as a ``Fetched`` with ``not_modified`` true and no body. Any
    other status outside 2xx raises ``FetchFailed`` (with ``.status``).
``post(url, body: bytes, headers=None, *, max_bytes=None, timeout=None) -> Fetched``
    POST ``body`` once, no redirects followed; every status comes back as a ``Fetched`` (a
    webhook's log wants the 500 too); only a failure to get an answer raises ``FetchFailed``.
``check_url(url) -> str``
    The URL's refusal as ``FetchRefused``, or the normalised URL: for forms that want to say "no"
    before queueing anything (the address is checked again when it is fetched).

Exceptions: ``FetchRefused`` (the rules say no: the message says which and why, "Refused:
10.0.0.5 is a private address."), ``FetchFailed`` (no usable answer: the network, a timeout, an
error status, too many redirects). Both subclass ``FetchError``, a ``ValueError``.
"""

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import urllib3
from django.conf import settings

MAX_REDIRECTS = 5
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0
USER_AGENT = "FactcheckWorkbench/1.0 (+fetcher)"
_CHUNK = 64 * 1024

_METADATA = frozenset(ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254"))
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchError(ValueError):
    """Nothing usable came back from a fetch; the message says why, for a person."""


class FetchRefused(FetchError):
    """The rules refuse this URL or address (before anything was sent to it)."""


class FetchFailed(FetchError):
    """The fetch was allowed but failed: network, timeout, error status, too many redirects."""

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(message)
        self.status = status


@dataclass
class Fetched:
    url: str  # the final URL, after redirects
    status: int
    headers: dict[str, str]  # names in lower case
    body: bytes = b""
    elapsed: float = 0.0  # seconds, the whole exchange
    redirects: list[str] = field(default_factory=list)  # URLs passed through

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str:
        return self.headers.get("etag", "")

    @property
    def last_modified(self) -> str:
        return self.headers.get("last-modified", "")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip('"').lower()
        return None

    def text(self) -> str:
        """The body decoded with the declared charset, else UTF-8 (bad bytes replaced)."""
        try:
            return self.body.decode(self.charset or "utf-8", errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


def fetch(
    url: str,
    *,
    headers: dict | None = None,
    max_bytes: int | None = None,
    timeout: float | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    extra = dict(headers or {})
    if etag:
        extra["If-None-Match"] = etag
    if last_modified:
        extra["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + (timeout or _setting("FACTCHECK_FETCH_TIMEOUT", DEFAULT_TIMEOUT))
    started = time.monotonic()
    passed: list[str] = []
    current = url
    while True:
        response = _request("GET", current, extra, None, max_bytes, deadline)
        if response.status in (301, 302, 303, 307, 308) and response.headers.get("location"):
            if len(passed) >= MAX_REDIRECTS:
                raise FetchFailed(f"More than {MAX_REDIRECTS} redirects, starting at {url}.")
            passed.append(current)
            current = urljoin(current, response.headers["location"])
            continue
        response.redirects, response.elapsed = passed, time.monotonic() - started
        if response.status == 304 or 200 <= response.status < 300:
            return response
        raise FetchFailed(f"{current} answered HTTP {response.status}.", status=response.status)


def post(
    url: str,
    body: bytes,
    headers: dict | None = None,
    *,
    max_bytes: int | None = None,
    timeout: float | None = None,
) -> Fetched:
    started = time.monotonic()
    deadline = started + (timeout or _setting("FACTCHECK_FETCH_TIMEOUT", DEFAULT_TIMEOUT))
    response = _request("POST", url, dict(headers or {}), body, max_bytes, deadline)
    response.elapsed = time.monotonic() - started
    return response


def check_url(url: str) -> str:
    """Refuse a URL by the rules (scheme, credentials, every address its host resolves to)."""
    target = _Target.parse(url)
    target.vet()
    return target.url


# -- the rules --------------------------------------------------------------------------------


def refusal(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why this address may not be fetched ("a private address"), or None when it is public."""
    if ip in _METADATA:
        return "a cloud metadata address"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            inner = refusal(embedded)
            return f"{inner} ({embedded} inside an IPv6 address)" if inner else None
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT:
        return "a shared (carrier-grade NAT) address"
    if ip.is_reserved:
        return "a reserved address"
    if ip.is_private:
        return "a private address"
    if not ip.is_global:
        return "not a public address"
    return None


def _allowed_entries() -> tuple[set[str], list]:
    names, networks = set(), []
    for entry in _setting("FACTCHECK_FETCH_ALLOWED_HOSTS", []):
        entry = entry.strip().lower().strip("[]")
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            names.add(entry.rstrip("."))
    return names, networks


@dataclass
class _Target:
    url: str
    scheme: str
    host: str  # lower case, without brackets
    port: int
    path: str  # path and query, for the request line

    @classmethod
    def parse(cls, url: str) -> "_Target":
        url = (url or "").strip()
        if not url:
            raise FetchRefused("Refused: the address is empty.")
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise FetchRefused(f"Refused: “{url[:200]}” is not a valid address ({exc}).") from None
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            shown = f"“{scheme}:”" if scheme else "no scheme"
            raise FetchRefused(f"Refused: {shown} is not allowed, only http:// and https:// addresses.")
        if parts.username is not None or parts.password is not None:
            raise FetchRefused("Refused: addresses with a user name or password are not allowed.")
        host = (parts.hostname or "").rstrip(".")
        if not host:
            raise FetchRefused(f"Refused: “{url[:200]}” has no host name.")
        port = port or (443 if scheme == "https" else 80)
        path = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        clean = urlunsplit((scheme, parts.netloc, parts.path or "/", parts.query, ""))
        return cls(clean, scheme, host, port, path)

    def vet(self) -> str:
        """Resolve the host and check every address; the one to connect to."""
        names, networks = _allowed_entries()
        try:
            literal = ipaddress.ip_address(self.host)
        except ValueError:
            literal = None
        if literal is not None:
            addresses = [literal]
        else:
            try:
                infos = socket.getaddrinfo(self.host, self.port, type=socket.SOCK_STREAM)
            except (socket.gaierror, UnicodeError) as exc:
                raise FetchFailed(f"{self.host} could not be resolved ({exc}).") from None
            addresses = []
            for info in infos:
                ip = ipaddress.ip_address(info[4][0].split("%")[0])
                if ip not in addresses:
                    addresses.append(ip)
            if not addresses:
                raise FetchFailed(f"{self.host} has no address.")
        name_allowed = self.host in names
        for ip in addresses:
            if ip in _METADATA:
                raise FetchRefused(f"Refused: {self._shown(ip)} is a cloud metadata address.")
            if name_allowed or any(ip in net for net in networks):
                continue
            why = refusal(ip)
            if why:
                raise FetchRefused(f"Refused: {self._shown(ip)} is {why}.")
        return str(addresses[0])

    def _shown(self, ip) -> str:
        if self.host == str(ip) or _is_literal(self.host):
            return self.host
        return f"{self.host} resolves to {ip}, which"


def _is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


# -- the exchange -----------------------------------------------------------------------------

_last_request: dict[str, float] = {}
_rate_lock = threading.Lock()


def _wait_for_turn(host: str) -> None:
    """At most one request per FACTCHECK_FETCH_MIN_INTERVAL seconds to one host, in this process."""
    interval = float(_setting("FACTCHECK_FETCH_MIN_INTERVAL", 1.0))
    if interval <= 0:
        return
    with _rate_lock:
        now = time.monotonic()
        turn = max(now, _last_request.get(host, 0.0) + interval)
        _last_request[host] = turn
    if turn > now:
        time.sleep(turn - now)


def _request(method, url, headers, body, max_bytes, deadline) -> Fetched:
    target = _Target.parse(url)
    ip = target.vet()
    limit = max_bytes or _setting("FACTCHECK_FETCH_MAX_BYTES", DEFAULT_MAX_BYTES)
    _wait_for_turn(target.host)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchFailed(f"Timed out before fetching {target.url}.")
    default_port = 443 if target.scheme == "https" else 80
    host_header = target.host if ":" not in target.host else f"[{target.host}]"
    if target.port != default_port:
        host_header += f":{target.port}"
    sent = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity", **headers, "Host": host_header}
    timeout = urllib3.Timeout(connect=min(remaining, 10.0), read=remaining)
    if target.scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            ip,
            target.port,
            timeout=timeout,
            retries=False,
            maxsize=1,
            server_hostname=target.host,
            assert_hostname=target.host,
            cert_reqs="CERT_REQUIRED",
        )
    else:
        pool = urllib3.HTTPConnectionPool(ip, target.port, timeout=timeout, retries=False, maxsize=1)
    try:
        response = pool.urlopen(
            method,
            target.path,
            body=body,
            headers=sent,
            redirect=False,
            retries=False,
            preload_content=False,
            decode_content=False,
            assert_same_host=False,
        )
        try:
            data = _read(response, limit, deadline, target.url)
        finally:
            response.release_conn()
    except urllib3.exceptions.NewConnectionError as exc:
        raise FetchFailed(f"{target.url} could not be fetched ({_short(exc)}).") from None
    except urllib3.exceptions.TimeoutError:
        raise FetchFailed(f"{target.url} did not answer in time.") from None
    except urllib3.exceptions.SSLError as exc:
        raise FetchFailed(f"{target.url}: the secure connection failed ({_short(exc)}).") from None
    except urllib3.exceptions.HTTPError as exc:
        raise FetchFailed(f"{target.url} could not be fetched ({_short(exc)}).") from None
    finally:
        pool.close()
    headers_out = {k.lower(): v for k, v in response.headers.items()}
    return Fetched(url=target.url, status=response.status, headers=headers_out, body=data)


def _read(response, limit: int, deadline: float, url: str) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchRefused(f"Refused: {url} is {_size(int(declared))}; the limit is {_size(limit)}.")
    chunks, size = [], 0
    for chunk in response.stream(_CHUNK, decode_content=False):
        size += len(chunk)
        if size > limit:
            raise FetchRefused(f"Refused: {url} is larger than the limit of {_size(limit)}.")
        if time.monotonic() > deadline:
            raise FetchFailed(f"{url} took too long to send its answer.")
        chunks.append(chunk)
    return b"".join(chunks)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _short(exc: Exception) -> str:
    reason = getattr(exc, "reason", None) or exc
    text = str(reason)
    # urllib3 puts the connection object's repr first: keep what a person can use.
    return text.split(">: ", 1)[-1][:200]


def _setting(name: str, default):
    return getattr(settings, name, default)
