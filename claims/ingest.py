"""Text or file in, Article with its claims and speakers out: the only seam between NLP and the ORM."""

import datetime
import hashlib
import re
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import audit
from .extraction import ENGINE_VERSION, detect_language, extract_article
from .matching import text_key
from .models import Article, AuditEvent, Claim, DatePrecision, Evidence, Lang, Speaker, fold_name
from .roles import require
from .webhooks import events as webhook_events

# Control characters other than tab and newline have no place in an article body.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PUBLISHED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class ImportRefused(ValueError):
    """The input cannot become an article; the message says why, for the person who sent it."""


class DuplicateArticle(ImportRefused):
    def __init__(self, existing: Article):
        self.existing = existing
        super().__init__(f"This article was already imported as #{existing.pk} “{existing.title}”.")


@dataclass(frozen=True)
class Published:
    date: datetime.date
    precision: str

    @classmethod
    def parse(cls, value: str) -> "Published":
        """Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD", keeping the precision given."""
        match = _PUBLISHED.match(value.strip())
        if not match:
            raise ImportRefused(f"“{value}” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.")
        year, month, day = match.groups()
        precision = DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR
        try:
            date = datetime.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            raise ImportRefused(f"“{value}” is not a valid date.") from None
        if date > timezone.localdate():
            raise ImportRefused(f"“{value}” is in the future.")
        return cls(date, precision)


def content_hash(body: str) -> str:
    """Hash of the text with whitespace normalised: a re-pasted copy is still the same article."""
    return hashlib.sha256(" ".join(body.split()).encode()).hexdigest()


def clean_body(text: str) -> str:
    """Normalise line ends and trim; refuse text that cannot be an article."""
    body = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not body:
        raise ImportRefused("The article text is empty.")
    limit = settings.FACTCHECK_MAX_ARTICLE_CHARS
    if len(body) > limit:
        raise ImportRefused(f"The article text has {len(body):,} characters; the limit is {limit:,}.")
    bad = _CONTROL_CHARS.search(body)
    if bad:
        line = body.count("\n", 0, bad.start()) + 1
        raise ImportRefused(f"The text contains a control character ({bad.group()!r}) on line {line}.")
    return body


def title_from(body: str, limit: int = 200) -> str:
    """The first sentence (or line) of the body, shortened to `limit` characters."""
    first_line = body.split("\n", 1)[0].strip()
    sentence = re.split(r"(?<=[.!?])\s", first_line, maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def import_article(
    text: str,
    *,
    actor,
    title: str = "",
    lang: str | None = None,
    published: Published | None = None,
    outlet: str = "",
    source_url: str = "",
) -> Article:
    """Validate, extract and store one article with its claims and speakers, audited, atomically.

    Raises ImportRefused (DuplicateArticle for text already imported) and stores nothing then,
    or PermissionDenied when `actor` may not import.
    """
    require(actor, "import_article", "import articles")
    body = clean_body(text)
    digest = content_hash(body)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing:
        raise DuplicateArticle(existing)
    if lang not in (None, "", *Lang.values):
        raise ImportRefused(f"Unknown language “{lang}”: use one of {', '.join(Lang.values)}.")
    lang = lang or detect_language(body)
    # Extraction is pure CPU work: do it before taking the write lock.
    result = extract_article(body, lang)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                title=(title.strip() or title_from(body))[:300],
                body=body,
                lang=lang,
                published=published.date if published else None,
                published_precision=published.precision if published else DatePrecision.DAY,
                outlet=outlet.strip(),
                source_url=source_url.strip(),
                content_hash=digest,
                created_by=actor if actor is not None and actor.is_authenticated else None,
                extractor_version=ENGINE_VERSION,
            )
            audit.record(
                AuditEvent.Action.ARTICLE_IMPORTED,
                actor=actor,
                article=article,
                changes={
                    "title": [None, article.title],
                    "lang": [None, article.lang],
                    "published": [None, article.published_display or None],
                    "content_hash": [None, digest],
                },
            )
            speakers = _speakers_for(result.speakers)
            claims = Claim.objects.bulk_create(_claim_rows(article, result.claims, speakers))
            audit.record(
                AuditEvent.Action.CLAIMS_EXTRACTED,
                actor=actor,
                article=article,
                changes={"claims": [0, len(claims)], "speakers": [0, len(speakers)]},
                note=f"extractor {ENGINE_VERSION}",
            )
            webhook_events.articles_imported([(article, len(claims))])
    except IntegrityError:
        # Another import of the same text won the race between our check and our insert.
        existing = Article.objects.filter(content_hash=digest).first()
        if existing:
            raise DuplicateArticle(existing) from None
        raise
    return article


def _speakers_for(infos) -> dict[str, Speaker]:
    """Find or create the Speaker row for each extracted speaker, adding newly seen aliases."""
    found = {}
    for info in infos:
        speaker = match_speaker(info.name, info.aliases)
        if speaker is None:
            speaker = Speaker.objects.create(
                name=info.name, kind=info.kind, role=info.role, aliases=sorted(set(info.aliases))
            )
        else:
            # "Trump" known, "Donald Trump" seen now: the fuller name becomes the speaker's name.
            if len(info.name) > len(speaker.name) and _adds_first_names(
                fold_name(info.name), speaker.folded_name
            ):
                speaker.aliases = [*speaker.aliases, speaker.name]
                speaker.name = info.name
            speaker.aliases = sorted(set(speaker.aliases) | set(info.aliases))
            speaker.role = speaker.role or info.role
            speaker.save()
        found[info.name] = speaker
    return found


def match_speaker(name: str, aliases=()) -> Speaker | None:
    """The one known speaker this name refers to, across articles: the same folded name; else a
    speaker whose full name ends with this surname or the other way round ("Trump" / "Donald
    Trump"), or who was seen under one of these names. None when nobody, or more than one, fits."""
    folded = fold_name(name)
    exact = Speaker.objects.filter(folded_name=folded).first()
    if exact is not None or not folded:
        return exact
    forms = {fold_name(a) for a in aliases} | {folded}
    surname = folded.split()[-1]
    candidates = Speaker.objects.filter(folded_name__endswith=surname)
    matches = [s for s in candidates if _same_person(s, folded, forms)]
    return matches[0] if len(matches) == 1 else None


def _same_person(speaker: Speaker, folded: str, forms: set[str]) -> bool:
    known = speaker.folded_name
    if _adds_first_names(known, folded) or _adds_first_names(folded, known):
        return True
    return bool(forms & {fold_name(a) for a in speaker.aliases})


_LINK_WORDS = frozenset(["van", "of", "for", "voor", "bij", "at", "de", "the"])


def _adds_first_names(longer: str, shorter: str) -> bool:
    """ "donald trump" adds a first name to "trump"; "advocaat van jan m" does not name Jan M."""
    if not longer.endswith(" " + shorter):
        return False
    return not (set(longer[: -len(shorter)].split()) & _LINK_WORDS)


@dataclass(frozen=True)
class Reextraction:
    article: Article
    kept: int  # claims someone reviewed, edited, assigned, dismissed, added or gave evidence
    removed: int  # untouched extracted claims, replaced
    added: int


def reextract_article(article: Article, *, actor) -> Reextraction:
    """Run the current engine again without losing anyone's work: claims a person touched stay as
    they are; only untouched extracted claims are replaced, and new claims that overlap a kept
    one are left out. Audited as `claims.reextracted`."""
    require(actor, "fix_extraction", "re-extract articles")
    result = extract_article(article.body, article.lang)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        claims = list(Claim.objects.for_article(article))
        with_evidence = set(
            Evidence.objects.filter(claim__article=article).values_list("claim_id", flat=True)
        )
        kept = [c for c in claims if _touched(c) or c.pk in with_evidence]
        kept_ids = {c.pk for c in kept}
        untouched = [c.pk for c in claims if c.pk not in kept_ids]
        Claim.objects.filter(pk__in=untouched).delete()
        fresh = [c for c in result.claims if not any(c.start < k.end and k.start < c.end for k in kept)]
        speakers = _speakers_for(s for s in result.speakers if any(c.speaker == s.name for c in fresh))
        Claim.objects.bulk_create(_claim_rows(article, fresh, speakers))
        before = article.extractor_version
        article.extractor_version = ENGINE_VERSION
        article.save(update_fields=["extractor_version"])
        audit.record(
            AuditEvent.Action.CLAIMS_REEXTRACTED,
            actor=actor,
            article=article,
            changes={
                "extractor_version": [before, ENGINE_VERSION],
                "claims": [len(claims), len(kept) + len(fresh)],
            },
            note=f"kept {len(kept)} worked-on claims; {len(untouched)} untouched replaced by {len(fresh)}",
        )
    return Reextraction(article, kept=len(kept), removed=len(untouched), added=len(fresh))


def _touched(claim: Claim) -> bool:
    return (
        claim.status != Claim.Status.UNREVIEWED
        or claim.version > 1
        or claim.origin == Claim.Origin.MANUAL
        or claim.dismissed
        or claim.assignee_id is not None
    )


def _claim_rows(article: Article, extracted, speakers: dict[str, Speaker]) -> list[Claim]:
    return [
        Claim(
            article=article,
            text=c.text,
            text_key=text_key(c.text),
            start=c.start,
            end=c.end,
            kind=c.kind,
            speaker=speakers.get(c.speaker) if c.speaker else None,
            mention=(c.mention or "")[:300],
            cue=(c.cue or "")[:100],
            rule=c.rule[:100],
            confidence=c.confidence,
            checkworthiness=c.checkworthiness,
        )
        for c in extracted
    ]
