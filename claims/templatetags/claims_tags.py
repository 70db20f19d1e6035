from html import escape as html_escape

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import normalize_newlines
from django.utils.translation import gettext

register = template.Library()

STATUS_ICONS = {"unreviewed": "○", "verified": "✓", "disputed": "✗", "unverifiable": "?"}


@register.filter
def status_icon(status: str) -> str:
    """A symbol per status, so the status never rests on colour alone."""
    return STATUS_ICONS.get(status, "")


@register.filter
def audit_value(value) -> str:
    """An audit before/after value as a person reads it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, dict) and "name" in value:
        return value["name"]
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


@register.filter
def event_changes(event) -> list:
    """An audit event's changes with labels and readable values (claims.audit_display)."""
    from claims import audit_display

    return audit_display.changes(event)


@register.filter
def event_action(event) -> str:
    from claims import audit_display

    return audit_display.action_label(event)


@register.filter
def event_note(event) -> str:
    from claims import audit_display

    return audit_display.note(event)


@register.filter
def percent(part, whole) -> int:
    return round(100 * part / whole) if whole else 0


@register.simple_tag
def claim_mark(segment, oob=False):
    """One highlighted claim in the article text; see `article_text`."""
    return mark_safe(_mark(segment, _Labels(), oob=oob))


@register.simple_tag
def article_text(segments):
    """The article's text with its claims highlighted, built here rather than in a template: an
    article can show 40,000 claims, and the template engine (and a format_html with lazy labels
    per claim) would cost the page seconds. Every value is escaped as a template would."""
    labels = _Labels()
    return mark_safe(
        "".join(_mark(seg, labels) if seg.claim is not None else html_escape(seg.text) for seg in segments)
    )


class _Labels(dict):
    """Status labels and the author's name in the current language, translated once per page."""

    def __missing__(self, status):
        from claims.models import Claim

        self[status] = html_escape(
            str(Claim.Status(status).label) if status in Claim.Status.values else status
        )
        return self[status]

    @property
    def author(self):
        if "\0author" not in self:
            self["\0author"] = html_escape(gettext("the author"))
        return self["\0author"]


def _mark(segment, labels: _Labels, *, oob=False) -> str:
    claim = segment.claim
    speaker = html_escape(claim.speaker.name) if claim.speaker_id else labels.author
    status, kind = html_escape(claim.status), html_escape(claim.kind)
    swap = ' hx-swap-oob="true"' if oob else ""
    icon = STATUS_ICONS.get(claim.status, "")
    return (
        f'<a id="mark-{claim.pk}" href="#claim-{claim.pk}" data-claim="{claim.pk}" '
        f'class="claim-mark status-{status} kind-{kind}" title="{labels[claim.status]} · {speaker}"{swap}>'
        f'<span class="icon" aria-hidden="true">{icon}</span>{html_escape(segment.text)}</a>'
    )


@register.filter
def with_mentions(text: str, mentionable=()) -> str:
    """A comment as HTML: everything escaped, line breaks kept, and each `@name` of a colleague in
    `mentionable` (casefolded usernames) marked as a mention. Unknown @names stay plain text."""
    from claims.workflow.discussion import MENTION_RE

    text = normalize_newlines(str(text))
    parts, pos = [], 0
    for match in MENTION_RE.finditer(text):
        if match.group(1).casefold() not in mentionable:
            continue
        parts.append(escape(text[pos : match.start()]))
        parts.append(format_html('<span class="at-mention">@{}</span>', match.group(1)))
        pos = match.end()
    parts.append(escape(text[pos:]))
    return mark_safe("".join(parts).replace("\n", "<br>"))
