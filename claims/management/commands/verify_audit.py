from django.core.management.base import BaseCommand, CommandError

from claims.audit import verify_chain


class Command(BaseCommand):
    help = "Recompute the audit trail's hash chain; exit non-zero naming the first broken event."

    def handle(self, **options):
        report = verify_chain()
        if not report.ok:
            event = report.broken
            raise CommandError(
                f"Audit trail broken at event #{event.pk} ({event.action}, {event.at:%Y-%m-%d %H:%M:%S}): "
                f"{report.reason}. {report.checked} events before it verified."
            )
        self.stdout.write(self.style.SUCCESS(f"Audit trail intact: {report.checked} events verified."))
