"""CSV meant for people, who open it in a spreadsheet: cells that would run as formulas are
neutralised. Every CSV export uses this (claims, the audit log, `export_audit --format csv`); the
JSONL audit archive does not, because it must stay exactly what was hashed."""

# A cell a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return before one).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str:
    """A value as a CSV cell, neutralised with a leading ' when a spreadsheet would run it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = " ".join(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


class Echo:
    """A file-like object whose write() hands back the line, so csv.writer can feed a stream."""

    def write(self, value):
        return value
