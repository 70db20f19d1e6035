"""Hostile input comes back escaped, CSRF holds for htmx, the CSP allows no inline script, logins
are throttled, and production settings pass Django's deployment check."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from claims import workflow
from claims.models import AuditEvent, Claim
from tests.factories import import_text, make_speaker

pytestmark = pytest.mark.django_db

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
ROOT = Path(__file__).resolve().parents[2]


def test_hostile_text_is_escaped_everywhere(client, chief):
    article = import_text(f"Minister Jan de Vries zei dat de begroting 3 procent groeit {XSS}.")
    claim = article.claims.first()
    speaker = make_speaker(f"Evil {XSS}")
    workflow.edit_claim(claim, actor=chief, expected_version=claim.version, speaker=speaker)
    workflow.set_verdict(
        Claim.objects.get(pk=claim.pk),
        "disputed",
        actor=chief,
        rationale=f"Because {XSS}",
        expected_version=claim.version + 1,
        evidence_url="https://example.org/?q=<script>",
        evidence_note=XSS,
    )
    client.force_login(chief)
    for url in [
        reverse("claims:article", args=[article.pk]),
        reverse("claims:claim", args=[claim.pk]),
        reverse("claims:speaker", args=[speaker.pk]),
        reverse("claims:speakers"),
        reverse("claims:claims"),
        reverse("claims:audit"),
        reverse("claims:dashboard"),
    ]:
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html, url
        assert "&lt;script&gt;" in html, url


def test_csrf_is_enforced_on_htmx_posts(reviewer):
    article = import_text("Premier Mark Rutte zei dat de economie met 2 procent groeit.")
    claim = article.claims.first()
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    url = reverse("claims:claim_verdict", args=[claim.pk])
    data = {f"c{claim.pk}-status": "unverifiable", f"c{claim.pk}-rationale": "n/a", f"c{claim.pk}-version": 1}
    assert client.post(url, data, headers={"HX-Request": "true"}).status_code == 403
    page = client.get(reverse("claims:article", args=[article.pk])).content.decode()
    token = re.search(r'"X-CSRFToken": "([^"]+)"', page).group(1)
    response = client.post(url, data, headers={"HX-Request": "true", "X-CSRFToken": token})
    assert response.status_code == 200
    assert Claim.objects.get(pk=claim.pk).status == "unverifiable"


def test_pages_carry_a_csp_without_inline_script(client, reviewer):
    client.force_login(reviewer)
    response = client.get(reverse("claims:dashboard"))
    policy = response["Content-Security-Policy"]
    assert (
        "script-src 'self'" in policy and "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    )
    scripts = re.findall(r"<script[^>]*>", response.content.decode())
    # Scripts come from files; a JSON data block (json_script) is data, never executed.
    assert scripts and all("src=" in tag or 'type="application/json"' in tag for tag in scripts)


def test_every_web_event_records_the_request_id(client, reviewer):
    article = import_text("Premier Mark Rutte zei dat de economie met 2 procent groeit.")
    claim = article.claims.first()
    client.force_login(reviewer)
    response = client.post(
        reverse("claims:claim_verdict", args=[claim.pk]),
        {f"c{claim.pk}-status": "unverifiable", f"c{claim.pk}-rationale": "n/a", f"c{claim.pk}-version": 1},
        headers={"X-Request-ID": "req-1234567890"},
    )
    assert response["X-Request-ID"] == "req-1234567890"
    event = AuditEvent.objects.get(action="verdict.set")
    assert (event.via, event.request_id, event.actor) == ("web", "req-1234567890", reviewer)


def test_a_made_up_request_id_is_replaced(client, reviewer):
    client.force_login(reviewer)
    response = client.get(reverse("claims:dashboard"), headers={"X-Request-ID": "<bad id>"})
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_logins_are_throttled_after_repeated_failures(client, reviewer):
    url = reverse("login")
    for _ in range(4):
        assert client.post(url, {"username": "rob", "password": "wrong"}).status_code == 200
    assert client.post(url, {"username": "rob", "password": "wrong"}).status_code == 429  # the fifth
    response = client.post(url, {"username": "rob", "password": "pw-rob-123"})
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()


def _manage(*args, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**environment, **env},
        capture_output=True,
        text=True,
    )


def test_production_settings_pass_the_deployment_check():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="false",
        SECRET_KEY="x" * 20 + "-production-secret-" + "y" * 30,
        ALLOWED_HOSTS="factcheck.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage("check", DEBUG="false")
    assert result.returncode != 0 and "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_a_refusal_is_logged_once_without_a_traceback(client, editor):
    import io
    import logging

    from django.urls import reverse

    from claims.logfilters import RefusalsBriefly
    from tests.factories import make_claim

    claim = make_claim()
    console = next(
        h for h in logging.getLogger().handlers if any(isinstance(f, RefusalsBriefly) for f in h.filters)
    )
    out = io.StringIO()
    previous = console.setStream(out)
    try:
        client.force_login(editor)
        data = {
            f"c{claim.pk}-status": "unverifiable",
            f"c{claim.pk}-rationale": "x",
            f"c{claim.pk}-version": 1,
        }
        response = client.post(reverse("claims:claim_verdict", args=[claim.pk]), data)
    finally:
        console.setStream(previous)
    assert response.status_code == 403
    logged = out.getvalue()
    assert logged.count("Forbidden (Permission denied)") == 1 and "Traceback" not in logged
    # Django's own console handler would print every django.* record a second time.
    assert logging.getLogger("django").handlers == []
