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
    """One highlighted claim in the article text. Built here rather than in a template because an
    article shows hundreds of them and the template engine would cost a millisecond each; every
    value goes through format_html, so it is escaped like a template's."""
    claim = segment.claim
    speaker = claim.speaker.name if claim.speaker_id else gettext("the author")
    return format_html(
        '<a id="mark-{pk}" href="#claim-{pk}" data-claim="{pk}" '
        'class="claim-mark status-{status} kind-{kind}" title="{label} · {speaker}"{oob}>'
        '<span class="icon" aria-hidden="true">{icon}</span>{text}</a>',
        pk=claim.pk,
        status=claim.status,
        kind=claim.kind,
        label=claim.get_status_display(),
        speaker=speaker,
        oob=mark_safe(' hx-swap-oob="true"') if oob else "",
        icon=STATUS_ICONS.get(claim.status, ""),
        text=segment.text,
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
