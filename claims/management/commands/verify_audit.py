import json

from django.core.management.base import BaseCommand, CommandError

from claims.audit import verify_chain, verify_records


class Command(BaseCommand):
    help = (
        "Recompute the audit trail's hash chain; exit non-zero naming the first broken event. "
        "With --file, check a JSONL export from `export_audit` instead of the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--file", help="A JSONL file written by `manage.py export_audit`.")

    def handle(self, file=None, **options):
        if file:
            report = verify_records(_read_jsonl(file), expected_prev=None)
            where = file
        else:
            report = verify_chain()
            where = "Audit trail"
        if not report.ok:
            event = report.broken
            raise CommandError(
                f"{where} broken at event #{event['id']} ({event['action']}, {event['at']}): "
                f"{report.reason}. {report.checked} events before it verified."
            )
        self.stdout.write(self.style.SUCCESS(f"{where} intact: {report.checked} events verified."))


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
