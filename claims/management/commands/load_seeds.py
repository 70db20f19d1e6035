"""`manage.py load_seeds [DIR] [--dry-run]`: import the seed articles (*.txt) in DIR."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.db import transaction

from claims.ingest import DuplicateArticle, ImportRefused, import_article
from claims.management.base import AuditedCommand
from claims.sources import SourceError, read_path


class Command(AuditedCommand):
    help = (
        "Import every *.txt seed article in DIR (default: seeds/). A file may start with a "
        "`date YYYY-MM` header. Articles already imported are skipped; a malformed file is refused "
        "with its name and the problem, the others still load, and the exit status is then non-zero."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", default=str(settings.BASE_DIR / "seeds"))
        parser.add_argument("--dry-run", action="store_true", help="Check and extract, store nothing.")

    def handle(self, directory, dry_run=False, **options):
        folder = Path(directory)
        if not folder.is_dir():
            raise CommandError(f"{folder}: not a directory.")
        files = sorted(folder.glob("*.txt"))
        imported = skipped = 0
        refused = []
        for path in files:
            try:
                # A .txt file holds exactly one article.
                (seed,) = read_path(path)
                if seed.encoding != "utf-8":
                    self.stdout.write(f"{path}: decoded as {seed.encoding}, not UTF-8.")
                with transaction.atomic():
                    article = import_article(**seed.import_kwargs(), actor=None)
                    n_claims = article.claims.count()
                    if dry_run:
                        transaction.set_rollback(True)
            except SourceError as exc:
                refused.append(path)
                self.stderr.write(str(exc))  # it starts with the path
            except DuplicateArticle as exc:
                skipped += 1
                self.stdout.write(f"{path}: already imported as #{exc.existing.pk}, skipped.")
            except ImportRefused as exc:
                refused.append(path)
                self.stderr.write(f"{path}: {exc}")
            else:
                imported += 1
                verb = "would import" if dry_run else "imported"
                self.stdout.write(f"{path}: {verb} “{article.title}” ({n_claims} claims).")
        summary = (
            f"{imported} imported, {skipped} already there, {len(refused)} refused ({len(files)} files)."
        )
        if dry_run:
            summary += " Dry run: nothing was stored."
        if not imported and not refused:
            summary = f"Nothing to import: {summary}"
        if refused:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
