"""SQLite: refuse INSERT OR REPLACE / REPLACE INTO on the audit trail.

REPLACE deletes the row it conflicts with without firing the delete trigger (SQLite fires delete
triggers for REPLACE only with recursive_triggers on), so it could rewrite an event in place. A
BEFORE INSERT trigger refuses an insert whose id or hash is already there; a plain INSERT with
either would fail on the unique index anyway. PostgreSQL has no REPLACE (its upsert is an UPDATE,
which the trigger of 0003 refuses).
"""

from django.db import migrations

MESSAGE = "claims_auditevent is append-only"

SQLITE_CREATE = [
    "CREATE TRIGGER IF NOT EXISTS claims_auditevent_no_replace BEFORE INSERT ON claims_auditevent "
    "WHEN EXISTS (SELECT 1 FROM claims_auditevent WHERE id = NEW.id OR hash = NEW.hash) "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}: REPLACE of an existing event refused'); END;",
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS claims_auditevent_no_replace;"]


def install(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for sql in SQLITE_CREATE:
            schema_editor.execute(sql, params=None)


def remove(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for sql in SQLITE_DROP:
            schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [("claims", "0013_sqlite_text_index")]

    operations = [migrations.RunPython(install, remove)]
