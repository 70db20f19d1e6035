"""The interface in English (the default) and Dutch: the catalogue, the language switcher, and pages,
messages and dates in the chosen language."""

import ast
import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import formats, timezone, translation

from claims import workflow
from claims.models import Claim
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
NL_PO = LOCALE_DIR / "nl" / "LC_MESSAGES" / "django.po"
NL_MO = NL_PO.with_suffix(".mo")
DASHBOARD = reverse("claims:dashboard")
LOGIN = reverse("login")
SET_LANGUAGE = reverse("set_language")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def read_po(path: Path) -> list[dict]:
    """The entries of a .po file as dicts: `flags` (a set), `msgctxt`, `msgid`, `msgid_plural`,
    `msgstr` (a list: one string, or one per plural form) and `obsolete`. The header is left out.
    Enough of the format for makemessages' output; polib is not a dependency."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        entry = {"flags": set(), "msgstr": {}, "obsolete": False}
        key = None
        for line in block.strip().splitlines():
            if line.startswith("#~"):
                entry["obsolete"] = True
                continue
            if line.startswith("#,"):
                entry["flags"].update(flag.strip() for flag in line[2:].split(","))
                continue
            if line.startswith("#"):
                continue
            match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?) (".*")$', line)
            if match:
                key, index, value = match[1], match[2], ast.literal_eval(match[3])
                if key.startswith("msgstr"):
                    key = int(index or 0)
                    entry["msgstr"][key] = value
                else:
                    entry[key] = value
            elif isinstance(key, int):
                entry["msgstr"][key] += ast.literal_eval(line)
            else:
                entry[key] += ast.literal_eval(line)
        if entry.get("msgid"):
            entry["msgstr"] = [entry["msgstr"][i] for i in sorted(entry["msgstr"])]
            entries.append(entry)
    return entries


def _label(entry) -> str:
    return f"{entry.get('msgctxt', '')}|{entry['msgid']}"


# The catalogue ---------------------------------------------------------------------------------


def test_the_dutch_catalogue_translates_every_entry():
    entries = read_po(NL_PO)
    assert len(entries) > 250
    assert [_label(e) for e in entries if "fuzzy" in e["flags"]] == []
    assert [_label(e) for e in entries if e["obsolete"]] == []
    assert [_label(e) for e in entries if not all(s.strip() for s in e["msgstr"])] == []
    assert [_label(e) for e in entries if "msgid_plural" in e and len(e["msgstr"]) != 2] == []


def test_the_dutch_catalogue_keeps_every_placeholder():
    for entry in read_po(NL_PO):
        if "python-format" not in entry["flags"]:
            continue
        wanted = set(PLACEHOLDER.findall(entry["msgid"]))
        for msgstr in entry["msgstr"]:
            assert set(PLACEHOLDER.findall(msgstr)) == wanted, _label(entry)
            assert msgstr.count("%%") == entry["msgid"].count("%%"), _label(entry)


def test_the_compiled_catalogue_matches_the_po_file():
    """The .mo is kept in the repository (a fresh machine may lack gettext): it must be current."""
    with NL_MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in read_po(NL_PO):
        context, msgid = entry.get("msgctxt"), entry["msgid"]
        plural = entry.get("msgid_plural")
        if plural and context is None:
            got = [compiled.ngettext(msgid, plural, n) for n in (1, 2)]
        elif plural:
            got = [compiled.npgettext(context, msgid, plural, n) for n in (1, 2)]
        elif context is None:
            got = [compiled.gettext(msgid)]
        else:
            got = [compiled.pgettext(context, msgid)]
        assert got == entry["msgstr"], f"{_label(entry)}: run manage.py compilemessages"


def test_model_choices_are_in_the_catalogue():
    with translation.override("nl"):
        assert str(Claim.Status.UNVERIFIABLE.label) == "Niet te verifiëren"
        assert str(Claim.Status.UNREVIEWED.label) == "Nog niet beoordeeld"


# Choosing the language -------------------------------------------------------------------------


def test_english_is_the_default(client, reviewer):
    client.force_login(reviewer)
    html = client.get(DASHBOARD).content.decode()
    assert '<html lang="en">' in html
    assert ">Dashboard</a>" in html and ">Audit log</a>" in html and ">Go</button>" in html


def test_the_browser_preference_gives_dutch(client, reviewer):
    client.force_login(reviewer)
    html = client.get(DASHBOARD, headers={"accept-language": "nl-NL,nl;q=0.9,en;q=0.5"}).content.decode()
    assert '<html lang="nl">' in html
    assert ">Overzicht</a>" in html and ">Logboek</a>" in html and ">Beweringen</a>" in html
    assert "<h1>Overzicht</h1>" in html and ">Kies</button>" in html


def test_an_unknown_browser_language_falls_back_to_english(client, reviewer):
    client.force_login(reviewer)
    html = client.get(DASHBOARD, headers={"accept-language": "fr-FR,fr;q=0.9"}).content.decode()
    assert '<html lang="en">' in html and ">Dashboard</a>" in html


def test_the_switcher_sets_dutch_and_back(client, reviewer):
    client.force_login(reviewer)
    queue = reverse("claims:claims") + "?status=unreviewed"
    response = client.post(SET_LANGUAGE, {"language": "nl", "next": queue})
    assert response.status_code == 302 and response["Location"] == queue
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "nl"
    html = client.get(queue).content.decode()
    assert '<html lang="nl">' in html and "<h1>Beweringen</h1>" in html
    # The switcher wins over the browser's preference, and switches back the same way.
    client.post(SET_LANGUAGE, {"language": "en", "next": queue})
    html = client.get(queue, headers={"accept-language": "nl"}).content.decode()
    assert '<html lang="en">' in html and "<h1>Claims</h1>" in html


def test_the_switcher_is_a_plain_form_on_every_page(client, reviewer):
    client.force_login(reviewer)
    html = client.get(reverse("claims:articles") + "?page=1").content.decode()
    assert f'<form class="lang-switch" method="post" action="{SET_LANGUAGE}">' in html
    assert '<input type="hidden" name="next" value="/articles/?page=1">' in html
    assert '<option value="nl" lang="nl">Nederlands</option>' in html
    assert '<option value="en" lang="en" selected>English</option>' in html
    assert "onchange" not in html and "<script>" not in html


def test_the_switcher_works_before_logging_in(client):
    html = client.get(LOGIN).content.decode()
    assert 'name="language"' in html and f'action="{SET_LANGUAGE}"' in html
    response = client.post(SET_LANGUAGE, {"language": "nl", "next": LOGIN})
    assert response.status_code == 302 and response["Location"] == LOGIN
    html = client.get(LOGIN).content.decode()
    assert '<html lang="nl">' in html and "<h1>Inloggen</h1>" in html and ">Gebruikersnaam</label>" in html


def test_the_switcher_does_not_redirect_off_site(client):
    response = client.post(SET_LANGUAGE, {"language": "nl", "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/"


def test_an_unknown_language_is_ignored(client):
    client.post(SET_LANGUAGE, {"language": "xx", "next": LOGIN})
    assert '<html lang="en">' in client.get(LOGIN).content.decode()


# Dutch pages, messages and dates ---------------------------------------------------------------


@pytest.fixture
def in_dutch(client, reviewer):
    client.force_login(reviewer)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"
    return client


def test_choice_labels_and_counts_are_dutch(in_dutch):
    claim = make_claim()
    html = in_dutch.get(claim.article.get_absolute_url()).content.decode()
    assert "Nog niet beoordeeld" in html and "1 bewering</h2>" in html
    assert "<strong>0</strong> van 1 beweringen beoordeeld (0%)" in html


def test_messages_are_dutch(in_dutch, reviewer):
    claim = make_claim()
    response = in_dutch.post(reverse("claims:claim_evidence", args=[claim.pk]), {"url": "https://cbs.nl/x"})
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Bewijs toegevoegd."]


def test_bulk_messages_count_in_dutch(in_dutch):
    claims = [make_claim(), make_claim()]
    data = {
        "action": "verdict",
        "selected": [f"{c.pk}:{c.version}" for c in claims],
        "status": "unverifiable",
        "rationale": "Geen bron.",
    }
    response = in_dutch.post(reverse("claims:claims_bulk"), data)
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["2 oordelen opgeslagen."]


def test_dates_follow_the_language(client, reviewer):
    claim = make_claim()
    workflow.add_comment(claim, actor=reviewer, body="Bron opgevraagd.")
    at = timezone.localtime(claim.comments.get().created_at)
    client.force_login(reviewer)
    for language in ("nl", "en"):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        html = client.get(claim.get_absolute_url()).content.decode()
        with translation.override(language):
            shown = formats.date_format(at, "SHORT_DATETIME_FORMAT")
        assert f'<time datetime="{at.isoformat()}">{shown}</time>' in html


def test_the_article_list_headings_are_dutch(in_dutch):
    make_article(title="Zwembaden")
    html = in_dutch.get(reverse("claims:articles")).content.decode()
    assert '<th scope="col">Titel</th>' in html and '<th scope="col">Voortgang</th>' in html
