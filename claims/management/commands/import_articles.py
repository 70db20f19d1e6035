"""`manage.py import_articles PATH... [--dry-run] [--lang nl|en]`: bulk import of article files."""

import os
import sys
from pathlib import Path

from django.core.management.base import CommandError
from django.db import transaction
from tqdm import tqdm

from claims import ingest, sources
from claims.management.base import AuditedCommand
from claims.models import Lang


class Command(AuditedCommand):
    help = (
        "Import articles from files and folders (searched recursively, hidden ones skipped): "
        f"{', '.join(sources.ACCEPTED_EXTENSIONS)}; see claims.sources for the formats. A file is "
        "checked whole before any of it is stored: a bad one is refused as `PATH: reason` on stderr "
        "and the others still load. Each article is stored in its own transaction; one already "
        "there is reported and skipped, so a re-run imports only what is new. The exit status is "
        "non-zero when anything was refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Files or folders.")
        parser.add_argument("--dry-run", action="store_true", help="Check and extract, store nothing.")
        parser.add_argument(
            "--lang", choices=Lang.values, help="Language of articles that name none (default: detect)."
        )
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, paths, dry_run=False, lang=None, no_progress=False, verbosity=1, **options):
        files, refused = self._collect(paths)
        for line in refused:
            self.stderr.write(line)
        counts = {"imported": 0, "claims": 0, "duplicates": 0}
        seen = {}  # content hash -> source: a dry run stores nothing, so it spots a repeat itself
        # The bar goes to the real stderr (Django's wrapper would add a newline to every redraw).
        show_bar = not no_progress and len(files) > 1 and self.stderr.isatty()
        with tqdm(files, unit="file", file=sys.stderr, disable=not show_bar) as bar:
            for path in bar:
                try:
                    items = sources.read_path(path)
                except sources.SourceError as exc:
                    refused.append(str(exc))
                    self._say(bar, self.stderr, str(exc))
                    continue
                if items and items[0].encoding != "utf-8":
                    self._say(bar, self.stdout, f"{path}: decoded as {items[0].encoding}, not UTF-8.")
                for item in items:
                    refusal = self._import(item, lang, dry_run, seen, counts, bar, verbosity)
                    if refusal:
                        refused.append(refusal)
                        self._say(bar, self.stderr, refusal)
        summary = self._summary(counts, len(refused), len(files), dry_run)
        if refused:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))

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

    def _import(self, item, lang, dry_run, seen, counts, bar, verbosity) -> str | None:
        """Import one article; returns the refusal line, or None."""
        digest = ingest.content_hash(ingest.clean_body(item.text))
        if dry_run and digest in seen:
            counts["duplicates"] += 1
            self._say(bar, self.stdout, f"{item.source}: same text as {seen[digest]}, skipped.")
            return None
        kwargs = item.import_kwargs()
        kwargs["lang"] = kwargs["lang"] or lang
        try:
            with transaction.atomic():
                article = ingest.import_article(**kwargs, actor=None)
                n_claims = article.claims.count()
                if dry_run:
                    transaction.set_rollback(True)
        except ingest.DuplicateArticle as exc:
            counts["duplicates"] += 1
            self._say(bar, self.stdout, f"{item.source}: already imported as #{exc.existing.pk}, skipped.")
            return None
        except ingest.ImportRefused as exc:
            return f"{item.source}: {exc}"
        except ValueError as exc:
            # The extraction engine raises ValueError for text it cannot handle.
            return f"{item.source}: claims could not be extracted ({exc})"
        seen[digest] = item.source
        counts["imported"] += 1
        counts["claims"] += n_claims
        if verbosity >= 2:
            verb = "would import" if dry_run else f"imported as #{article.pk}"
            claims = _count(n_claims, "claim")
            self._say(bar, self.stdout, f"{item.source}: {verb} “{article.title}” ({claims}).")
        return None

    @staticmethod
    def _say(bar, stream, line):
        if not bar.disable:
            with tqdm.external_write_mode(file=sys.stderr):
                stream.write(line)
        else:
            stream.write(line)

    @staticmethod
    def _summary(counts, n_refused, n_files, dry_run) -> str:
        imported = "would be imported" if dry_run else "imported"
        summary = (
            f"{_count(counts['imported'], 'article')} {imported} ({_count(counts['claims'], 'claim')}), "
            f"{_count(counts['duplicates'], 'duplicate')} skipped, {n_refused} refused, "
            f"from {_count(n_files, 'file')}."
        )
        if dry_run:
            summary += " Dry run: nothing was stored."
        return summary


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
