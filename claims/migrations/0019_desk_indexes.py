"""Indexes for the desk's pages at newsroom scale (1.15M claims; issue 14, item 10).

- The queue's one-column filters in its default order (most check-worthy first, ties by id): status
  (the old status index lacked the id), speaker, kind and assignee. A page of one of them is a range
  of its index, not a walk down the worth index past everyone else's claims.
- A speaker's page: their claims newest article first, and their tally by status, from one index.
  The two speaker indexes start with the speaker, so the foreign key's own index goes (by name, in
  SQL: Django's AlterField would rebuild the whole claims table on SQLite).
- The few dismissed claims (the dashboard counts all minus these), and the speaker and verdict
  events of the audit trail (a speaker's timeline).

On PostgreSQL a plain CREATE INDEX blocks writes to the table while it builds: DEPLOY.md says how to
build these first with CREATE INDEX CONCURRENTLY on a big production database.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0018_api_webhooks"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["status", "-checkworthiness", "-id"], name="claim_status_worth_id_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["speaker", "-checkworthiness", "-id", "status", "dismissed"],
                name="claim_speaker_worth_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["speaker", "-article", "start", "id", "status", "dismissed"],
                name="claim_speaker_article_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                condition=models.Q(("dismissed", False)),
                fields=["kind", "-checkworthiness", "-id"],
                name="claim_kind_worth_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                condition=models.Q(("assignee__isnull", False)),
                fields=["assignee", "-checkworthiness", "-id"],
                name="claim_assigned_worth_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                condition=models.Q(("dismissed", True)), fields=["id"], name="claim_dismissed_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="auditevent",
            index=models.Index(
                condition=models.Q(("action__in", ("speaker.created", "speaker.edited", "speaker.merged"))),
                fields=["-id"],
                name="audit_speaker_events_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="auditevent",
            index=models.Index(
                condition=models.Q(
                    (
                        "action__in",
                        (
                            "verdict.set",
                            "verdict.reopened",
                            "verdict.confirmed",
                            "verdict.published",
                            "verdict.reused",
                        ),
                    )
                ),
                fields=["-id"],
                name="audit_verdict_events_idx",
            ),
        ),
        # Replaced by claim_status_worth_id_idx and the two speaker indexes.
        migrations.RemoveIndex(model_name="claim", name="claim_status_worth_idx"),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="claim",
                    name="speaker",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="claims",
                        to="claims.speaker",
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    'DROP INDEX IF EXISTS "claims_claim_speaker_id_e031226b"',
                    'CREATE INDEX "claims_claim_speaker_id_e031226b" ON "claims_claim" ("speaker_id")',
                ),
            ],
        ),
    ]
