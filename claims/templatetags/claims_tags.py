from django import template

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
def percent(part, whole) -> int:
    return round(100 * part / whole) if whole else 0
