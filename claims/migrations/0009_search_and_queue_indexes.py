"""Indexes for the claim queue: its sort orders and someone's queue (both databases), and full-text
search (PostgreSQL).

The GIN indexes are built from the very expressions `ClaimQuerySet.search` queries with
(`SearchVector("text", config=...)`), compiled by Django for this connection, so the index
expression and the query expression are the same text and the planner can use the index. SQLite
has no GIN indexes and searches by substring: there the second operation does nothing.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations, models

# Kept here rather than imported, as migrations are: it must stay equal to
# ClaimQuerySet.SEARCH_CONFIGS and ClaimQuerySet.search_vector.
SEARCH_CONFIGS = ("dutch", "english")


def _text_indexes():
    return [
        GinIndex(SearchVector("text", config=config), name=f"claim_text_{config}_idx")
        for config in SEARCH_CONFIGS
    ]


def add_text_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    claim = apps.get_model("claims", "Claim")
    for index in _text_indexes():
        schema_editor.add_index(claim, index)


def remove_text_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    claim = apps.get_model("claims", "Claim")
    for index in _text_indexes():
        schema_editor.remove_index(claim, index)


class Migration(migrations.Migration):
    dependencies = [("claims", "0008_publishing_matching_notifications")]

    operations = [
        # Widened so that someone's queue in the default order is one index range.
        migrations.RemoveIndex(model_name="claim", name="claim_assignee_status_idx"),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["assignee", "status", "-checkworthiness", "-id"], name="claim_assignee_queue_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["-checkworthiness", "-id"], name="claim_worth_idx"),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["created_at", "id"], name="claim_created_idx"),
        ),
        migrations.RunPython(add_text_indexes, remove_text_indexes, elidable=False),
    ]
