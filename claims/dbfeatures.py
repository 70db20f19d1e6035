"""What the SQLite library in this process can do, asked once: the app and its migrations agree."""

import functools
import sqlite3


@functools.cache
def sqlite_has_trigram_index() -> bool:
    """FTS5 with the trigram tokenizer (SQLite 3.34+, FTS5 compiled in): the search's text index."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(text, tokenize='trigram')")
    except sqlite3.OperationalError:
        return False
    finally:
        probe.close()
    return True
