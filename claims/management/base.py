from django.core.management.base import BaseCommand

from claims import audit


class AuditedCommand(BaseCommand):
    """A command whose changes are audited as caused by `command:<name>`."""

    def execute(self, *args, **options):
        name = self.__class__.__module__.rsplit(".", 1)[-1]
        with audit.cause(f"command:{name}"):
            return super().execute(*args, **options)
