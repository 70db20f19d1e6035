from django.core.management.base import BaseCommand, CommandError

from claims.checkpoints import CheckpointError, head, read_checkpoints, write_checkpoint


class Command(BaseCommand):
    help = (
        "Sign the audit trail's head (event count, last id and hash) and write it as a checkpoint file "
        "into FACTCHECK_AUDIT_CHECKPOINT_DIR, outside the database; `verify_audit` compares against it. "
        "Run it from cron as often as you like: it writes nothing when the trail has not grown."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Write one even if nothing changed.")

    def handle(self, force=False, **options):
        try:
            if not force:
                latest = read_checkpoints()[0]
                count, last_id, head_hash = head()
                if latest and (latest[-1].count, latest[-1].last_id, latest[-1].head_hash) == (
                    count,
                    last_id,
                    head_hash,
                ):
                    self.stdout.write(f"Nothing new since checkpoint {latest[-1].path}.")
                    return
            checkpoint = write_checkpoint()
        except CheckpointError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Checkpoint {checkpoint.path}: {checkpoint.count} events up to "
                f"#{checkpoint.last_id}, head {checkpoint.head_hash[:16]}…, signed."
            )
        )
