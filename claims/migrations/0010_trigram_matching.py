"""“Checked before” on PostgreSQL: the pg_trgm extension and a trigram GIN index on the text of the
claims with a verdict (the only ones suggested, a small part of all claims: a partial index), so
`find_checked_before` picks its candidates (`text % claim`) from the index, not by reading every
claim. SQLite has neither and picks candidates by a few words: there this migration does nothing.

The index is not in Claim.Meta (it exists on one database only), so it is made here by hand and the
migration state does not know it: makemigrations stays quiet. Going back drops the index and leaves
the extension, which something else may use. (Django's TrigramExtension operation is not used: its
reverse queries pg_extension on any database, SQLite included.)
"""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations
from django.db.models import Q

# The same condition as find_checked_before's (Claim.VERDICTS, not dismissed), or the planner cannot
# prove the query needs only these rows and will not use the index.
INDEX = GinIndex(
    fields=["text"],
    opclasses=["gin_trgm_ops"],
    condition=Q(status__in=["verified", "disputed", "unverifiable"], dismissed=False),
    name="claim_checked_text_trgm_idx",
)


def add_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.add_index(apps.get_model("claims", "Claim"), INDEX)


def remove_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.remove_index(apps.get_model("claims", "Claim"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("claims", "0009_search_and_queue_indexes")]

    operations = [migrations.RunPython(add_trigram_index, remove_trigram_index, elidable=False)]
