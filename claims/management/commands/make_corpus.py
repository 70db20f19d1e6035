"""`manage.py make_corpus --articles N --out DIR [--seed S] [--lang-mix 0.6]`: a synthetic corpus."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims import corpus


class Command(BaseCommand):
    help = (
        "Write N synthetic Dutch and English news articles (seed file format: `date YYYY-MM`, a title, "
        "paragraphs; about 10 claims each, a few hundred recurring speakers) to DIR, at most 1000 "
        "files a folder, for benchmarks and load tests. The same seed gives the same files; a file "
        "that is already there with the same text is left alone. See claims.corpus."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, required=True, help="How many articles.")
        parser.add_argument("--out", required=True, help="The folder to write to.")
        parser.add_argument("--seed", type=int, default=1, help="The corpus's random seed (default 1).")
        parser.add_argument(
            "--lang-mix", type=float, default=0.6, help="Share of Dutch articles, 0 to 1 (default 0.6)."
        )

    def handle(self, articles, out, seed=1, lang_mix=0.6, **options):
        if articles < 1:
            raise CommandError("--articles must be at least 1.")
        if not 0 <= lang_mix <= 1:
            raise CommandError("--lang-mix must be between 0 and 1.")
        root = Path(out)
        if root.exists() and not root.is_dir():
            raise CommandError(f"{root}: not a folder.")
        written = 0
        folders = set()
        for n in range(articles):
            path = root / corpus.path_for(n, articles)
            if path.parent not in folders:
                path.parent.mkdir(parents=True, exist_ok=True)
                folders.add(path.parent)
            text = corpus.article(n, seed=seed, lang_mix=lang_mix).encode()
            if not path.exists() or path.read_bytes() != text:
                path.write_bytes(text)
                written += 1
        self.stdout.write(
            f"{articles} articles in {len(folders)} folders under {root} "
            f"({written} written, {articles - written} already there); seed {seed}, "
            f"{lang_mix:.0%} Dutch."
        )
