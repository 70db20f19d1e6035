"""Load test: reviewers browsing the claim queue and setting verdicts (`make bench` runs it).

    locust -f bench/locustfile.py --headless -u 50 -r 10 -t 60s --host http://127.0.0.1:PORT

Each simulated reviewer is its own user, signed in already, and works through its own claims
(bench_scale `reviewers` writes the plan: users, their sessions, claims and articles per user, a
few claims shared with the next user so that two reviewers now and then race for one). Signing in
is left out on purpose: 50 password hashes (PBKDF2, about 1.5 s of CPU each here) at the start
would be most of the minute's work and measure the hasher, not the desk. A verdict answered 200 is
accepted; 409 (someone changed the claim first) is an expected outcome, counted apart; anything
else that is not 2xx/3xx is an error. The counts go to BENCH_OUTCOME as JSON when the test ends.

Environment: BENCH_PLAN (the plan's JSON file), BENCH_OUTCOME (where to write the counts),
BENCH_MAX_REQUESTS (stop after this many requests in all; default 30000). 127.0.0.1 only.
"""

import html
import itertools
import json
import os
import random
import re
from urllib.parse import urlsplit

from locust import HttpUser, between, events, task

PLAN = json.loads(open(os.environ["BENCH_PLAN"], encoding="utf-8").read())  # noqa: SIM115
MAX_REQUESTS = int(os.environ.get("BENCH_MAX_REQUESTS", "30000"))
_VERSION = re.compile(r'name="c(\d+)-version" value="(\d+)"')
_NEXT = re.compile(r'<a href="(\?[^"]*)"[^>]*rel="next"')
_next_user = itertools.count()
outcome = {"accepted": 0, "conflicts": 0, "errors": 0, "requests": 0, "skipped_done": 0}
_done: set[int] = set()  # claims with a verdict, for every user: a reviewer sees a claim is done


def _send_secure_cookies(session):
    """The app runs as behind its TLS proxy (X-Forwarded-Proto: https), so its cookies are Secure;
    the test speaks plain HTTP to 127.0.0.1 and must send them back anyway. (A cookie policy would
    not do: requests copies the cookies into a jar of its own for each request.)"""
    for cookie in session.cookies:
        cookie.secure = False


@events.init.add_listener
def _bounded(environment, **kwargs):
    host = urlsplit(environment.host or "").hostname
    if host not in ("127.0.0.1", "localhost"):
        raise SystemExit(f"This load test runs against 127.0.0.1 only, not {host!r}.")


@events.request.add_listener
def _count(exception, context, **kwargs):
    outcome["requests"] += 1
    if exception is not None:
        outcome["errors"] += 1
    if outcome["requests"] >= MAX_REQUESTS and _runner:
        _runner.quit()


_runner = None


@events.test_start.add_listener
def _remember_runner(environment, **kwargs):
    global _runner
    _runner = environment.runner


@events.quitting.add_listener
def _write_outcome(environment, **kwargs):
    path = os.environ.get("BENCH_OUTCOME")
    if path:
        with open(path, "w", encoding="utf-8") as out:
            json.dump(outcome, out)


class Reviewer(HttpUser):
    # A reviewer reads before clicking: one to three seconds between actions.
    wait_time = between(1, 3)

    def on_start(self):
        me = PLAN["users"][next(_next_user) % len(PLAN["users"])]
        self.claims = list(me["claims"])
        self.articles = me["articles"]
        self.next_page = ""
        random.shuffle(self.claims)
        origin = self.host.replace("http://", "https://", 1)
        self.client.headers.update({"X-Forwarded-Proto": "https", "Origin": origin, "Referer": origin + "/"})
        # Signed in already (bench_scale `reviewers` made the session); the CSRF cookie comes with
        # the first page that has a form.
        self.client.cookies.set(PLAN["session_cookie"], me["session"])

    def _get(self, url: str, name: str):
        """A page that must be served as it is: a redirect (to the login page, say) is an error."""
        with self.client.get(url, name=name, allow_redirects=False, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{url}: {response.status_code}")
        _send_secure_cookies(self.client)
        return response

    @task(4)
    def browse_queue(self):
        """A filter, or the next page of the last queue page this reviewer read (its "Next →" link)."""
        if self.next_page and random.random() < 0.3:
            query, self.next_page = self.next_page, ""
        else:
            query = random.choice(
                [
                    "",
                    "?status=unreviewed",
                    "?status=unreviewed&kind=direct",
                    "?sort=newest",
                    f"?article={random.choice(self.articles)}",
                ]
            )
        page = self._get(f"/claims/{query}", "/claims/ (queue, filters, pages)")
        found = _NEXT.search(page.text or "")
        self.next_page = html.unescape(found.group(1)) if found else ""

    @task(1)
    def read_article(self):
        self._get(f"/articles/{random.choice(self.articles)}/", "/articles/<id>/")

    @task(3)
    def set_verdict(self):
        while self.claims and self.claims[-1] in _done:
            self.claims.pop()
            outcome["skipped_done"] += 1
        if not self.claims:
            return
        pk = self.claims.pop()
        page = self._get(f"/claims/{pk}/", "/claims/<id>/")
        found = dict(_VERSION.findall(page.text or ""))
        if str(pk) not in found:
            return  # the page shows no verdict form (done meanwhile): nothing to do
        status = random.choice(["verified", "unverifiable"])
        data = {
            f"c{pk}-status": status,
            f"c{pk}-rationale": "Checked against the source (load test).",
            f"c{pk}-version": found[str(pk)],
            f"c{pk}-evidence_url": "https://example.org/source" if status == "verified" else "",
            f"c{pk}-evidence_note": "",
        }
        headers = {"HX-Request": "true", "X-CSRFToken": self.client.cookies.get("csrftoken", "")}
        with self.client.post(
            f"/claims/{pk}/verdict/",
            data,
            headers=headers,
            name="/claims/<id>/verdict/ [POST]",
            catch_response=True,
        ) as response:
            if response.status_code == 200:
                outcome["accepted"] += 1
                _done.add(pk)
            elif response.status_code == 409:
                outcome["conflicts"] += 1
                _done.add(pk)
                response.success()  # someone was first: expected, and counted apart
            else:
                response.failure(f"verdict on claim {pk}: {response.status_code}")
