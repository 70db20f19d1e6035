"""The audit trail as a person reads it, in the session's language: field names as labels, values as
the interface names them, the system's own notes translated. The stored events stay as they are
(their hashes cover them); the exports write them exactly."""

import datetime
import re
from dataclasses import dataclass

from django.utils import formats, timezone
from django.utils.translation import gettext, gettext_lazy, pgettext_lazy

from .models import AuditEvent, Claim, Lang, Speaker

Action = AuditEvent.Action

FIELD_LABELS = {
    "status": gettext_lazy("Verdict"),
    "rationale": gettext_lazy("Rationale"),
    "text": pgettext_lazy("claim", "Text"),
    "start": gettext_lazy("Starts at character"),
    "end": gettext_lazy("Ends at character"),
    "kind": gettext_lazy("Kind"),
    "speaker": gettext_lazy("Speaker"),
    "mention": gettext_lazy("Named as"),
    "cue": gettext_lazy("Cue"),
    "assignee": gettext_lazy("Assignee"),
    "dismissed": gettext_lazy("Dismissed"),
    "confirmed_by": gettext_lazy("Confirmed by"),
    "published_at": gettext_lazy("Published at"),
    "published_by": gettext_lazy("Published by"),
    "split_into": gettext_lazy("Rest split off as"),
    "merged": gettext_lazy("Merged with"),
    "reused_from": gettext_lazy("Verdict reused from"),
    "dismissed_match": gettext_lazy("Not the same claim as"),
    "evidence": gettext_lazy("Evidence"),
    "comment": gettext_lazy("Comment"),
    "hidden": gettext_lazy("Hidden comment"),
    "title": gettext_lazy("Title"),
    "lang": gettext_lazy("Language"),
    "published": gettext_lazy("Publication date"),
    "outlet": gettext_lazy("Outlet"),
    "source_url": gettext_lazy("Source link"),
    "content_hash": gettext_lazy("Text fingerprint"),
    "extractor_version": gettext_lazy("Extractor"),
    "claims": gettext_lazy("Claims"),
    "speakers": gettext_lazy("Speakers"),
    "name": gettext_lazy("Name"),
    "role": gettext_lazy("Role"),
    "aliases": gettext_lazy("Also named"),
    "description": gettext_lazy("Description"),
    "reference_url": gettext_lazy("Reference link"),
    "feed": gettext_lazy("Feed"),
    "url": gettext_lazy("Address"),
    "interval_minutes": gettext_lazy("Poll every (minutes)"),
    "paused": gettext_lazy("Paused"),
}

_SPLIT_OFF = re.compile(r"^split from claim #(\d+)$")

# Fields whose values are claim ids.
_CLAIM_REFERENCES = {"split_into", "merged"}


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    before: str
    after: str


def field_label(field: str) -> str:
    return str(FIELD_LABELS.get(field, field.replace("_", " ")))


def value_text(field: str, value, *, action: str = "") -> str:
    """One before/after value as the interface says it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if field == "status" and value in Claim.Status.values:
        return str(Claim.Status(value).label)
    if field == "kind":
        choices = Speaker.Kind if action.startswith("speaker.") else Claim.Kind
        if value in choices.values:
            return str(choices(value).label)
    if field == "lang" and value in Lang.values:
        return str(Lang(value).label)
    if field in _CLAIM_REFERENCES and isinstance(value, int):
        return f"#{value}"
    if field == "claims" and isinstance(value, list):
        return ", ".join(f"#{pk}" for pk in value)
    if field.endswith("_at") and isinstance(value, str):
        return _moment(value)
    if isinstance(value, dict) and "name" in value:
        return str(value["name"])
    if isinstance(value, dict) and "url" in value:
        return f"{value['url']} ({value['note']})" if value.get("note") else str(value["url"])
    if isinstance(value, dict):
        return ", ".join(f"{field_label(k)}: {value_text(k, v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


def _moment(iso: str) -> str:
    """A stored ISO time (UTC) in local time, as the rest of the page shows times."""
    try:
        moment = datetime.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return formats.date_format(moment, "DATETIME_FORMAT")


# Kept in the record (and its export) for machines: a person learns nothing from them.
_NOT_SHOWN = {"content_hash"}


def changes(event: AuditEvent) -> list[Change]:
    """The event's changes, labelled, with readable values; leaving out what changed nothing
    ("— → —") and fingerprints."""
    shown = []
    for field, pair in (event.changes or {}).items():
        if field in _NOT_SHOWN or not (isinstance(pair, list | tuple) and len(pair) == 2):
            continue
        before = value_text(field, pair[0], action=event.action)
        after = value_text(field, pair[1], action=event.action)
        if before != after:
            shown.append(Change(field, field_label(field), before, after))
    return shown


def action_label(event: AuditEvent) -> str:
    """What happened, in words: a claim made by a split says so rather than "added by hand"."""
    if event.action == Action.CLAIM_ADDED:
        match = _SPLIT_OFF.match(event.note or "")
        if match:
            return gettext("Split off from claim #%s") % match[1]
    return str(event.get_action_display())


def _status(value: str) -> str:
    return str(Claim.Status(value).label).lower() if value in Claim.Status.values else value


# The notes the system itself writes, per action, with how to say them in the session's language.
# Anything else in a note was written by a person (a rationale, a reason) and is shown as written.
_SYSTEM_NOTES = {
    Action.CLAIM_ADDED: [(_SPLIT_OFF, lambda m: "")],  # said by action_label
    Action.CLAIM_MERGED: [
        (re.compile(r"^merged into claim #(\d+)$"), lambda m: gettext("merged into claim #%s") % m[1]),
    ],
    Action.CLAIMS_EXTRACTED: [
        (re.compile(r"^extractor (\S+)$"), lambda m: gettext("extractor %s") % m[1]),
    ],
    Action.CLAIMS_REEXTRACTED: [
        (
            re.compile(r"^kept (\d+) worked-on claims; (\d+) untouched replaced by (\d+)$"),
            lambda m: (
                gettext("kept %(kept)s worked-on claims; %(old)s untouched replaced by %(new)s")
                % {"kept": m[1], "old": m[2], "new": m[3]}
            ),
        ),
    ],
    Action.VERDICT_CONFIRMED: [
        (
            re.compile(r"^confirms the (\w+) verdict set by (.+)$"),
            lambda m: (
                gettext("confirms the verdict “%(status)s” set by %(user)s")
                % {"status": _status(m[1]), "user": m[2]}
            ),
        ),
    ],
    Action.VERDICT_PUBLISHED: [
        (
            re.compile(
                r"^(\w+) verdict published(?:, confirmed by (.+?))?(; published again after a reopen)?$"
            ),
            lambda m: _published_note(m),
        ),
    ],
    Action.VERDICT_REUSED: [
        (
            re.compile(r"^Reused from claim #(\d+) \(article “(.*)”\)$", re.DOTALL),
            lambda m: (
                gettext("Reused from claim #%(pk)s (article “%(title)s”)") % {"pk": m[1], "title": m[2]}
            ),
        ),
    ],
    Action.MATCH_DISMISSED: [
        (
            re.compile(r"^Claim #(\d+) is not the same claim\.$"),
            lambda m: gettext("Claim #%s is not the same claim.") % m[1],
        ),
    ],
    Action.EVIDENCE_ADDED: [
        (
            re.compile(r"^added after the verdict was published$"),
            lambda m: gettext("added after the verdict was published"),
        ),
    ],
}
# Edits made in the admin say so, whatever they changed.
_ADMIN_NOTE = (re.compile(r"^changed in the admin$"), lambda m: gettext("changed in the admin"))


def _published_note(m) -> str:
    values = {"status": _status(m[1]), "user": m[2] or ""}
    if m[2]:
        text = gettext("verdict “%(status)s” published, confirmed by %(user)s") % values
    else:
        text = gettext("verdict “%(status)s” published") % values
    if m[3]:
        text += gettext("; published again after a reopen")
    return text


def note(event: AuditEvent) -> str:
    """The event's note: a system note in the session's language, a person's words as written,
    nothing when it only repeats a change shown above it (a verdict's rationale)."""
    text = event.note or ""
    rationale = (event.changes or {}).get("rationale")
    if isinstance(rationale, list | tuple) and len(rationale) == 2 and rationale[1] == text:
        return ""
    for pattern, say in [*_SYSTEM_NOTES.get(event.action, []), _ADMIN_NOTE]:
        match = pattern.match(text)
        if match:
            return say(match)
    return text
