"""The database itself refuses UPDATE and DELETE on the audit trail, whoever connects.

TRUNCATE is left to the database owner (PostgreSQL fires no row trigger for it); removing the trail
that way is not quiet, and `verify_audit` on an archive export shows what was there.
"""

from django.db import migrations

MESSAGE = "claims_auditevent is append-only"

SQLITE_CREATE = [
    "CREATE TRIGGER IF NOT EXISTS claims_auditevent_no_update BEFORE UPDATE ON claims_auditevent "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}: UPDATE refused'); END;",
    "CREATE TRIGGER IF NOT EXISTS claims_auditevent_no_delete BEFORE DELETE ON claims_auditevent "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}: DELETE refused'); END;",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS claims_auditevent_no_update;",
    "DROP TRIGGER IF EXISTS claims_auditevent_no_delete;",
]
POSTGRES_CREATE = [
    "CREATE OR REPLACE FUNCTION claims_auditevent_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN RAISE EXCEPTION '{MESSAGE}: % refused', TG_OP; END; $$;",
    "DROP TRIGGER IF EXISTS claims_auditevent_append_only ON claims_auditevent;",
    "CREATE TRIGGER claims_auditevent_append_only BEFORE UPDATE OR DELETE ON claims_auditevent "
    "FOR EACH ROW EXECUTE FUNCTION claims_auditevent_refuse();",
]
POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS claims_auditevent_append_only ON claims_auditevent;",
    "DROP FUNCTION IF EXISTS claims_auditevent_refuse();",
]
STATEMENTS = {
    "sqlite": (SQLITE_CREATE, SQLITE_DROP),
    "postgresql": (POSTGRES_CREATE, POSTGRES_DROP),
}


def _run(schema_editor, which):
    create, drop = STATEMENTS.get(schema_editor.connection.vendor, ([], []))
    for sql in create if which == "create" else drop:
        schema_editor.execute(sql, params=None)


def install(apps, schema_editor):
    _run(schema_editor, "create")


def remove(apps, schema_editor):
    _run(schema_editor, "drop")


class Migration(migrations.Migration):
    dependencies = [("claims", "0002_audit_cause")]

    operations = [migrations.RunPython(install, remove)]
