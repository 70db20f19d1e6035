import csv
import datetime
import json
import os
import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from claims import checkpoints
from claims.audit import HASHED_KEYS, export_record
from claims.models import AuditEvent
from claims.spreadsheets import csv_cell


class Command(BaseCommand):
    help = (
        "Stream the audit trail for archiving, oldest first, with every hashed field and the hashes, "
        "so the chain can be checked outside the app (`verify_audit --file` does it for JSONL). "
        "Writes a signed checkpoint of the trail's head first (see `audit_checkpoint`)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--since", help="Only events on or after this date (YYYY-MM-DD).")
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        parser.add_argument("--output", "-o", help="Write to this file instead of standard output.")

    def handle(self, since=None, format="jsonl", output=None, **options):
        # Every export also leaves a signed checkpoint of the head it was taken at.
        try:
            checkpoint = checkpoints.write_checkpoint()
        except checkpoints.CheckpointError as exc:
            raise CommandError(str(exc)) from None
        self.stderr.write(
            f"Checkpoint {checkpoint.path}: {checkpoint.count} events up to #{checkpoint.last_id}."
        )
        events = AuditEvent.objects.order_by("id")
        if since:
            try:
                day = datetime.date.fromisoformat(since)
            except ValueError:
                raise CommandError(f"--since {since}: not a date, use YYYY-MM-DD.") from None
            start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
            events = events.filter(at__gte=start)
        if not output:
            try:
                _write(self.stdout, events.iterator(chunk_size=2000), format)
            except BrokenPipeError:
                # The reader stopped early (`| head`): that is its choice, not an error of ours.
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the interpreter's exit flush
            return
        try:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                count = _write(handle, events.iterator(chunk_size=2000), format)
        except OSError as exc:
            raise CommandError(f"{output}: {exc.strerror}.") from None
        self.stderr.write(f"{count} events written to {output}.")


def _write(out, events, format) -> int:
    count = 0
    if format == "csv":
        writer = csv.writer(out)
        writer.writerow(["id", *HASHED_KEYS, "hash"])
    for event in events:
        record = export_record(event)
        if format == "csv":
            row = [record["id"], *(record[k] for k in HASHED_KEYS), record["hash"]]
            row[HASHED_KEYS.index("changes") + 1] = json.dumps(record["changes"], ensure_ascii=False)
            # For people in a spreadsheet: formulas neutralised. The JSONL stays exact (verifiable).
            writer.writerow([csv_cell(value) for value in row])
        else:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
