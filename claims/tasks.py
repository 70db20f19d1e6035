"""The app's background tasks, on Django's Tasks API (the django-tasks backport): the same code
whichever backend runs them (settings.FACTCHECK_TASKS_BACKEND: the database, or RQ on Redis).
Each takes ids, never objects, and does its work in claims.jobs / claims.feeds; enqueue them with
`claims.jobs.enqueue`, which puts them on the app's queue."""

from django.conf import settings
from django_tasks import task

from . import feeds, jobs

# Checked against the backend's queues when this module is imported; `jobs.enqueue` names the queue
# again at each call, so a queue changed later (tests) is used.
QUEUE = settings.FACTCHECK_TASKS_QUEUE


@task(queue_name=QUEUE)
def run_job(job_id: int) -> str:
    """One attempt of an import job (an upload, a link, a feed poll)."""
    return jobs.run(job_id)


@task(queue_name=QUEUE)
def import_feed_item(item_id: int) -> str:
    """One new item of a feed: fetched, its text taken, imported and extracted."""
    return feeds.import_item(item_id)


@task(queue_name=QUEUE)
def poll_due_feeds() -> int:
    """Start a poll of each feed that is due; `manage.py poll_feeds` does the same without a worker."""
    return len(feeds.poll_due())
