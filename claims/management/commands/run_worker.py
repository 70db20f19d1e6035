"""Run one worker for the configured task backend: the database backend's `db_worker`, or an RQ
worker (with its scheduler, for retries that wait) when FACTCHECK_TASKS_BACKEND=rq."""

from django.conf import settings
from django.core.management import BaseCommand, call_command


class Command(BaseCommand):
    help = "Run a worker for background tasks (imports, feed polls) on the configured backend."

    def add_arguments(self, parser):
        parser.add_argument("--burst", action="store_true", help="Run what is queued, then stop.")

    def handle(self, *args, burst=False, **options):
        queue = settings.FACTCHECK_TASKS_QUEUE
        backend = settings.FACTCHECK_TASKS_BACKEND
        self.stdout.write(f"Worker for the {backend} task backend, queue “{queue}”.")
        if backend == "rq":
            # An RQ worker forks a process per task: load here, once, what each task would
            # otherwise load again (trafilatura, feedparser, the extraction engine's tables).
            _warm_up()
            call_command(
                "rqworker",
                queue,
                burst=burst,
                with_scheduler=True,
                job_class="django_tasks_rq.backend.Job",
                verbosity=options["verbosity"],
            )
        elif backend == "database":
            call_command(
                "db_worker",
                queue_name=queue,
                batch=burst,
                reload=False,
                interval=1,
                verbosity=options["verbosity"],
            )
        else:
            self.stderr.write(f"The “{backend}” backend runs tasks at once: no worker needed.")


def _warm_up() -> None:
    import feedparser  # noqa: F401
    import trafilatura  # noqa: F401

    from claims.extraction import extract_article

    for lang in ("nl", "en"):
        extract_article("Warm up.", lang)
