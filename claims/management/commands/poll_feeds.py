"""The scheduler: start a poll of every feed that is due (claims.feeds.poll_due), and try again or
fail import jobs whose worker died (claims.jobs.rescue_stalled). Once, or with --loop every
--every seconds until stopped (`make run` starts it beside the worker). One is enough per site;
two do no harm (a due feed is claimed by one update)."""

import time

from django.core.management import BaseCommand
from django.db import close_old_connections

from claims import feeds, jobs


class Command(BaseCommand):
    help = "Start polls of the feeds that are due (once, or every --every seconds with --loop)."

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep going until stopped.")
        parser.add_argument("--every", type=float, default=30.0, help="Seconds between rounds (30).")

    def handle(self, *args, loop=False, every=30.0, **options):
        while True:
            close_old_connections()
            started = feeds.poll_due()
            rescued = jobs.rescue_stalled()
            if started or rescued or not loop:
                self.stdout.write(f"Polls started: {len(started)}; stalled jobs taken up again: {rescued}.")
            if not loop:
                return
            try:
                time.sleep(every)
            except KeyboardInterrupt:
                return
