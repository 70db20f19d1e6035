"""`manage.py import_articles PATH... [--workers N] [--batch-size N] [--dry-run] [--lang nl|en]`:
bulk import of article files, in batches, resumable (see claims.bulk)."""

import os
import sys
from pathlib import Path

from django.core.management.base import CommandError
from tqdm import tqdm

from claims import bulk, sources
from claims.management.base import AuditedCommand
from claims.models import Lang


class Command(AuditedCommand):
    help = (
        "Import articles from files and folders (searched recursively, hidden ones skipped): "
        f"{', '.join(sources.ACCEPTED_EXTENSIONS)}; see claims.sources for the formats. A file is "
        "checked whole before any of it is stored: a bad one is refused as `PATH: reason` on stderr "
        "and the others still load. Claims are extracted in worker processes and the articles stored "
        "in batches, each batch in one transaction with its audit events. An article already there "
        "is reported and skipped, so a re-run, or a run after an interrupted one, imports only what "
        "is new. The exit status is non-zero when anything was refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Files or folders.")
        parser.add_argument("--dry-run", action="store_true", help="Check and extract, store nothing.")
        parser.add_argument(
            "--lang", choices=Lang.values, help="Language of articles that name none (default: detect)."
        )
        parser.add_argument(
            "--workers",
            type=_positive,
            help=f"Extraction processes (default: one per CPU, {os.cpu_count()} here; "
            f"one process in all for fewer than {bulk.POOL_MIN_FILES} files).",
        )
        parser.add_argument(
            "--batch-size",
            type=_positive,
            default=bulk.DEFAULT_BATCH_SIZE,
            help=f"Articles stored per transaction (default {bulk.DEFAULT_BATCH_SIZE}).",
        )
        parser.add_argument(
            "--no-progress", "--quiet", action="store_true", dest="no_progress", help="No progress bar."
        )

    def handle(
        self,
        paths,
        dry_run=False,
        lang=None,
        workers=None,
        batch_size=bulk.DEFAULT_BATCH_SIZE,
        no_progress=False,
        verbosity=1,
        **options,
    ):
        files, refused = self._collect(paths)
        for line in refused:
            self.stderr.write(line)
        # The bar goes to the real stderr (Django's wrapper would add a newline to every redraw).
        show_bar = not no_progress and len(files) > 1 and self.stderr.isatty()
        with tqdm(total=len(files), unit="file", file=sys.stderr, disable=not show_bar) as bar:
            report = _Report(self, bar, dry_run, verbosity)
            importer = bulk.BulkImporter(
                lang=lang, batch_size=batch_size, workers=workers, dry_run=dry_run, report=report
            )
            summary = importer.run(files)
        refused += summary.refused
        if show_bar and summary.refused:
            # The bar has scrolled them away: say them again, together.
            self.stderr.write("Refused:")
            for line in summary.refused:
                self.stderr.write(f"  {line}")
        self.stdout.write(self._statistics(summary, dry_run))
        final = self._summary(summary, len(refused), len(files), dry_run)
        if refused:
            raise CommandError(final)
        self.stdout.write(self.style.SUCCESS(final))

    def _collect(self, paths) -> tuple[list[Path], list[str]]:
        """The files to read, sorted and each once; missing paths are refusals."""
        files, refused = set(), []
        for name in paths:
            path = Path(name)
            if path.is_dir():
                for folder, subfolders, names in os.walk(path):
                    subfolders[:] = [d for d in subfolders if not d.startswith(".")]
                    files.update(
                        Path(folder, n)
                        for n in names
                        if not n.startswith(".") and Path(n).suffix.lower() in sources.ACCEPTED_EXTENSIONS
                    )
            elif path.exists():
                files.add(path)  # named explicitly: read_path says so if its type is not accepted
            else:
                refused.append(f"{path}: no such file or folder")
        return sorted(files), refused

    @staticmethod
    def _statistics(summary, dry_run) -> str:
        stored = "would store" if dry_run else "stored"
        return (
            f"Read {_count(summary.files, 'file')} in {summary.seconds:.1f} s with "
            f"{_count(summary.workers, 'process', 'processes')}: {stored} "
            f"{_count(summary.imported, 'article')}, {_count(summary.claims, 'claim')}, "
            f"{_count(summary.speakers_created, 'new speaker')}; {summary.skipped} already in, "
            f"{len(summary.refused)} refused. {summary.articles_per_second:.1f} articles/s, "
            f"{summary.claims_per_second:.1f} claims/s."
        )

    @staticmethod
    def _summary(summary, n_refused, n_files, dry_run) -> str:
        imported = "would be imported" if dry_run else "imported"
        line = (
            f"{_count(summary.imported, 'article')} {imported} ({_count(summary.claims, 'claim')}), "
            f"{_count(summary.skipped, 'duplicate')} skipped, {n_refused} refused, "
            f"from {_count(n_files, 'file')}."
        )
        if dry_run:
            line += " Dry run: nothing was stored."
        return line


class _Report(bulk.Report):
    """Prints what the import says, above the progress bar when there is one."""

    def __init__(self, command, bar, dry_run, verbosity):
        self.command, self.bar, self.dry_run, self.verbosity = command, bar, dry_run, verbosity

    def refused(self, line):
        self._say(self.command.stderr, line)

    def note(self, line):
        self._say(self.command.stdout, line)

    def skipped(self, pending):
        if self.dry_run and pending.same_as is not None:
            why = f"same text as {pending.same_as.source}"
        else:
            why = f"already imported as #{pending.existing}"
        self._say(self.command.stdout, f"{pending.source}: {why}, skipped.")

    def imported(self, pending):
        if self.verbosity >= 2:
            verb = "would import" if self.dry_run else f"imported as #{pending.article.pk}"
            claims = _count(len(pending.extracted.claims), "claim")
            self._say(self.command.stdout, f"{pending.source}: {verb} “{pending.title}” ({claims}).")

    def advanced(self, files, summary):
        if not self.bar.disable:
            elapsed = self.bar.format_dict["elapsed"] or 1e-9
            self.bar.set_postfix_str(
                f"{summary.imported} articles, {summary.imported / elapsed:.0f} articles/s", refresh=False
            )
            self.bar.update(files)

    def _say(self, stream, line):
        if not self.bar.disable:
            with tqdm.external_write_mode(file=sys.stderr):
                stream.write(line)
        else:
            stream.write(line)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


def _count(n: int, noun: str, plural: str = "") -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"
