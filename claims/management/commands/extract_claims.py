from django.core.management.base import CommandError
from django.db import transaction

from claims.extraction import ENGINE_VERSION
from claims.ingest import reextract_article
from claims.management.base import AuditedCommand
from claims.models import Article


class Command(AuditedCommand):
    help = (
        f"Extract claims again with the current engine ({ENGINE_VERSION}). Claims that anyone reviewed, "
        "edited, assigned, dismissed, added or gave evidence are kept; only untouched extracted claims "
        "are replaced. Name articles by id, or use --outdated (older engine) or --all."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, metavar="ARTICLE_ID")
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--all", action="store_true", help="Every article.")
        which.add_argument("--outdated", action="store_true", help="Articles extracted by an older engine.")
        parser.add_argument("--dry-run", action="store_true", help="Report what would change, store nothing.")

    def handle(self, ids, all=False, outdated=False, dry_run=False, **options):
        if bool(ids) + all + outdated != 1:
            raise CommandError("Name the articles by id, or use --outdated or --all (one of these).")
        articles = Article.objects.order_by("id")
        if ids:
            articles = articles.filter(pk__in=ids)
            missing = set(ids) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
        elif outdated:
            articles = articles.exclude(extractor_version=ENGINE_VERSION)
        done = 0
        for article in articles.iterator():
            with transaction.atomic():
                report = reextract_article(article, actor=None)
                if dry_run:
                    transaction.set_rollback(True)
            done += 1
            self.stdout.write(
                f"#{article.pk} “{article.title[:60]}”: kept {report.kept}, replaced {report.removed} "
                f"with {report.added} new claims."
            )
        suffix = " Dry run: nothing was stored." if dry_run else ""
        self.stdout.write(self.style.SUCCESS(f"{done} articles extracted with {ENGINE_VERSION}.{suffix}"))
