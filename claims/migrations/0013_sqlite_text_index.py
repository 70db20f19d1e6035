"""Search on SQLite: an FTS5 index of the claim text with the trigram tokenizer (SQLite 3.34+), so
the queue's search stays the case-insensitive substring match it was ("begroting" finds
"begrotingstekort") but reads the index instead of every claim: at 1.15M claims a full scan took
0.6-2 s. PostgreSQL has its own full-text search (migration 0009): there this migration does nothing.

`claims_claim_text` is an external-content table: it stores only the index, the text stays in
`claims_claim`, and three triggers keep the two in step on insert, delete and a change of text (the
bulk importer's inserts included). The triggers belong to `claims_claim`: a later migration that
makes SQLite rebuild that table (Django copies it into a new one and drops the old) drops them, and
must create them again (`create_text_index` below); tests/claims/test_search.py fails until it does.

An SQLite without FTS5 or its trigram tokenizer gets no index, and the search scans as before
(claims.dbfeatures asks the SQLite library, for this migration and for ClaimQuerySet.search).
"""

from django.db import migrations

from claims.dbfeatures import sqlite_has_trigram_index

TABLE = "claims_claim_text"

CREATE = [
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(text, content='claims_claim', content_rowid='id', "
    "tokenize='trigram')",
    f"""CREATE TRIGGER {TABLE}_insert AFTER INSERT ON claims_claim BEGIN
        INSERT INTO {TABLE}(rowid, text) VALUES (new.id, new.text);
    END""",
    f"""CREATE TRIGGER {TABLE}_delete AFTER DELETE ON claims_claim BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    f"""CREATE TRIGGER {TABLE}_update AFTER UPDATE OF text ON claims_claim BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO {TABLE}(rowid, text) VALUES (new.id, new.text);
    END""",
    # The claims already there.
    f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')",
]


def create_text_index(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite" or not sqlite_has_trigram_index():
        return  # PostgreSQL, or no FTS5 trigram tokenizer in this SQLite: the search scans
    for statement in CREATE:
        schema_editor.execute(statement)


def drop_text_index(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for trigger in ("insert", "delete", "update"):
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{trigger}")
    schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0012_status_kind_index")]

    operations = [migrations.RunPython(create_text_index, drop_text_index, elidable=False)]
