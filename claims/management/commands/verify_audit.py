import json

from django.core.management.base import BaseCommand, CommandError

from claims import checkpoints
from claims.audit import verify_chain, verify_records


class Command(BaseCommand):
    help = (
        "Recompute the audit trail's hash chain and compare it with every signed checkpoint in "
        "FACTCHECK_AUDIT_CHECKPOINT_DIR; exit non-zero naming the first broken event and whatever is "
        "missing or changed since a checkpoint. With --file, check a JSONL export from `export_audit` "
        "instead of the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--file", help="A JSONL file written by `manage.py export_audit`.")

    def handle(self, file=None, **options):
        if file:
            report = verify_records(_read_jsonl(file), expected_prev=None)
            if not report.ok:
                raise CommandError(_broken(file, report))
            self.stdout.write(self.style.SUCCESS(f"{file} intact: {report.checked} events verified."))
            return
        report = verify_chain()
        problems = [] if report.ok else [_broken("Audit trail", report)]
        try:
            found, unreadable = checkpoints.read_checkpoints()
        except checkpoints.CheckpointError as exc:
            raise CommandError(f"{exc} The checkpoints cannot be checked without it.") from None
        comparison = checkpoints.compare(found)
        problems += unreadable + comparison.problems
        newer = _newer(comparison)
        if problems:
            lines = "\n".join(f"- {p}" for p in problems)
            raise CommandError(f"The audit trail does not match what was recorded:\n{lines}\n{newer}")
        self.stdout.write(self.style.SUCCESS(f"Audit trail intact: {report.checked} events verified."))
        latest = comparison.latest
        if latest is None:
            self.stdout.write(
                self.style.WARNING(
                    f"No checkpoint in {checkpoints.directory()}: only the chain was checked, which does "
                    "not show deleted last events, a truncation or a rewrite that was re-chained. "
                    "Run `manage.py audit_checkpoint`."
                )
            )
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Checkpoints agree: {comparison.checked} checked; the latest, {latest.name} "
                f"(signed {latest.at}), covers {latest.count} events up to #{latest.last_id}."
            )
        )
        self.stdout.write(newer)


def _broken(where, report) -> str:
    event = report.broken
    return (
        f"{where} broken at event #{event['id']} ({event['action']}, {event['at']}): "
        f"{report.reason}. {report.checked} events before it verified."
    )


def _newer(comparison) -> str:
    n = comparison.newer
    events = "1 event is" if n == 1 else f"{n} events are"
    if comparison.latest is None:
        return f"{events} not covered by any checkpoint: only chain-checked."
    return f"{events} newer than the last checkpoint (#{comparison.latest.last_id}): only chain-checked."


def _read_jsonl(path):
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise CommandError(f"{path}: line {number}: not JSON ({exc.msg}).") from None
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror}.") from None
