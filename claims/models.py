"""Articles, the claims extracted from them, who made them, the evidence, and the audit trail.

Only `claims.ingest` (one article), `claims.bulk` (many) and `claims.workflow` change these rows;
`claims.audit` writes AuditEvent.
"""

import datetime
import re
import unicodedata

from django.conf import settings
from django.db import connections, models
from django.db.models import Count, ExpressionWrapper, F, Func, Lookup, OuterRef, Q, Subquery, Value
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .dbfeatures import sqlite_has_trigram_index

_ACRONYM_TAIL = re.compile(r"\s*\([^\s()]{1,8}\)\s*$")


def fold_name(name: str) -> str:
    """Case- and accent-insensitive key for a name: "Mark  Rütte" -> "mark rutte". An acronym the
    extractor shows after an institution's name is no part of the key: "Openbaar Ministerie (OM)"
    and "Openbaar Ministerie" are one speaker."""
    decomposed = unicodedata.normalize("NFKD", _ACRONYM_TAIL.sub("", name) or name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


class Lang(models.TextChoices):
    NL = "nl", _("Dutch")
    EN = "en", _("English")


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


def one_of(model, field: str, values) -> RawSQL:
    """`field IN (values)` with the values written into the SQL, for a filter that a partial index
    with that very condition serves: SQLite uses a partial index only where it can see that the
    query implies the index's condition, which it cannot see through parameters, and then reads the
    whole table. The values are the code's own constants, never input."""
    return RawSQL(one_of_sql(model, field, values), [], output_field=models.BooleanField())


def one_of_sql(model, field: str, values) -> str:
    if not all(re.fullmatch(r"[a-z_.]+", value) for value in values):
        raise ValueError(f"not constants: {values!r}")
    listed = ", ".join(f"'{value}'" for value in values)
    return f'"{model._meta.db_table}"."{field}" IN ({listed})'


def count_of(claims) -> Subquery:
    """How many rows `claims` (a queryset filtered on an OuterRef) has, as a correlated subquery.
    Annotated on a page of articles or speakers it counts the claims of the rows shown only: a
    COUNT over a join with GROUP BY counts every claim of every row before the LIMIT (all 1.15M
    claims for the article list's first 50), and the page's COUNT(*) groups them all again."""
    counted = claims.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Subquery(counted, output_field=models.IntegerField())


class ArticleQuerySet(models.QuerySet):
    def with_progress(self):
        """Annotate claim counts: `n_claims` (not dismissed) and `n_reviewed` (with a verdict)."""
        active = Claim.objects.filter(article=OuterRef("pk"), dismissed=False)
        return self.annotate(
            n_claims=count_of(active),
            n_reviewed=count_of(active.exclude(status=Claim.Status.UNREVIEWED)),
        ).order_by("-created_at", "-id")


class Article(models.Model):
    title = models.CharField(max_length=300)
    # The exact text; claim offsets index into it, so it is never rewritten after import.
    body = models.TextField()
    lang = models.CharField(max_length=2, choices=Lang.choices)
    published = models.DateField(null=True, blank=True)
    # The seed header gives only a month: keep what precision the source gave.
    published_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    outlet = models.CharField(max_length=200, blank=True)
    source_url = models.URLField(max_length=1000, blank=True)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    extractor_version = models.CharField(max_length=40, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["-created_at"], name="article_created_idx"),
            # Feeds and links skip a page already imported from the same address.
            models.Index(fields=["source_url"], name="article_source_url_idx"),
        ]
        permissions = [("import_article", "Can import articles")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("claims:article", args=[self.pk])

    @property
    def published_display(self) -> str:
        if self.published is None:
            return ""
        if self.published_precision == DatePrecision.YEAR:
            return f"{self.published:%Y}"
        if self.published_precision == DatePrecision.MONTH:
            return f"{self.published:%Y-%m}"
        return self.published.isoformat()

    def count_progress(self) -> "Article":
        """Set `n_claims` and `n_reviewed` as `with_progress` does, for this one article: one
        aggregate over its claims, where the join would carry the body through every claim row
        (40,000 claims of a 1 MB article took seconds to group)."""
        reviewed = ~Q(status=Claim.Status.UNREVIEWED)
        counts = self.claims.filter(dismissed=False).aggregate(
            n_claims=Count("id"), n_reviewed=Count("id", filter=reviewed)
        )
        self.n_claims, self.n_reviewed = counts["n_claims"], counts["n_reviewed"]
        return self


class SpeakerQuerySet(models.QuerySet):
    def with_claim_counts(self):
        active = Claim.objects.filter(speaker=OuterRef("pk"), dismissed=False)
        return self.annotate(n_claims=count_of(active)).order_by("name")


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANISATION = "organisation", _("Organisation")
        UNKNOWN = "unknown", _("Unknown")

    name = models.CharField(max_length=200)
    # "Trump" in two articles is one speaker: the folded name is the key.
    folded_name = models.CharField(max_length=200, unique=True, editable=False)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.PERSON)
    aliases = models.JSONField(default=list, blank=True, help_text=_("Forms of the name seen in text."))
    role = models.CharField(max_length=300, blank=True)
    description = models.TextField(blank=True)
    reference_url = models.URLField(
        max_length=500, blank=True, help_text=_("Wikidata or another page that identifies the speaker.")
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        permissions = [("merge_speakers", "Can merge speakers")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.folded_name = fold_name(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("claims:speaker", args=[self.pk])

    @property
    def role_shown(self) -> str:
        """The role beside the name, unless the name says it already ("officier van justitie", "Mr
        Hammond's official spokesman")."""
        return "" if set(fold_name(self.role).split()) <= set(self.folded_name.split()) else self.role


class _EqualsAny(Lookup):
    """`lhs = ANY(rhs)`, rhs an array (PostgreSQL): unlike `IN (SELECT ...)` inside an OR, the
    planner evaluates the array once and looks its values up in the index on lhs."""

    lookup_name = "equals_any"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} = ANY({rhs})", (*lhs_params, *rhs_params)


# SQLite's index of the claim text for the search (migration 0013).
SQLITE_TEXT_INDEX = "claims_claim_text"


class ClaimQuerySet(models.QuerySet):
    # The queue's sort keys: key -> (field, descending). Every order ends with the id, same direction.
    SORTS = {
        "worth": ("checkworthiness", True),
        "newest": ("created_at", True),
        "oldest": ("created_at", False),
    }
    # Text search configurations on PostgreSQL, the app's two languages. Migration 0009 indexes
    # `search_vector(config)` for each: change one and the other together, or the index goes unused.
    SEARCH_CONFIGS = ("dutch", "english")

    @staticmethod
    def search_vector(config: str):
        """The claim text as a tsvector of text search configuration `config` (PostgreSQL only)."""
        from django.contrib.postgres.search import SearchVector

        return SearchVector("text", config=config)

    def active(self):
        return self.filter(dismissed=False)

    def for_article(self, article):
        return self.filter(article=article)

    def for_speaker(self, speaker):
        return self.filter(speaker=speaker)

    def unreviewed(self):
        return self.filter(status=Claim.Status.UNREVIEWED)

    def with_verdict(self):
        """Claims with a verdict (Claim.VERDICTS), a small part of all, read from their partial index
        claim_reviewed_idx. The values are written into the SQL as the index's condition has them:
        SQLite uses a partial index only where it can see the query implies the condition, which
        it cannot with parameters, and then it read every claim (a second for the dashboard)."""
        return self.filter(one_of(Claim, "status", [str(status) for status in Claim.VERDICTS]))

    def with_status(self, status):
        if status in Claim.VERDICTS:
            # Also "one of the verdicts", which tells SQLite that claim_reviewed_idx holds them all.
            return self.with_verdict().filter(status=status)
        return self.filter(status=status) if status else self

    def with_related(self):
        return self.select_related("article", "speaker", "reviewed_by", "assignee")

    def with_people(self):
        """What a claim card shows, without the article: an article page has it already, and each
        claim carrying its own copy of a long body costs the body's size once per claim."""
        return self.select_related("speaker", "reviewed_by", "assignee")

    def in_text_order(self):
        return self.order_by("article_id", "start", "id")

    def following(self, claim):
        """Claims after this one in the text, nearest first."""
        return (
            self.filter(article_id=claim.article_id, start__gte=claim.end)
            .exclude(pk=claim.pk)
            .in_text_order()
        )

    def by_worthiness(self):
        return self.sorted_by("worth")

    def of_kind(self, kind):
        return self.filter(kind=kind) if kind else self

    def assigned_to(self, user):
        return self.filter(assignee=user)

    def my_queue(self, user):
        """What `user` has to do: claims assigned to them that still await a verdict."""
        return self.assigned_to(user).unreviewed()

    def search(self, q: str):
        """Claims whose text matches `q`, or whose speaker's name contains it. One method with one
        interface on both databases; what "matches" means differs:

        - PostgreSQL: full-text search. `q` is read as a web search (words, "a quoted phrase", `or`,
          `-word`) and matched against the claim text stemmed as Dutch and as English, so
          "belastingen" finds "belasting", "verhoging" finds "verhogen" and "taxes" finds "tax";
          whole words only ("begroting" does not find "begrotingstekort"). GIN indexes on exactly
          these two expressions (migration 0009) serve it.
        - SQLite: a case-insensitive substring match, no stemming ("begroting" finds
          "begrotingstekort", "belastingen" does not find "belasting"), read from the FTS5 trigram
          index `claims_claim_text` (migration 0013) for a `q` of three characters or more; a
          shorter one, or an SQLite without FTS5's trigram tokenizer, scans the claims.

        The speaker's name is a case-insensitive substring match on both (the speakers table is
        small); on PostgreSQL the matching speaker ids are an array the claims' speaker index can
        use, so no branch of the OR needs a sequential scan of the claims.
        """
        q = (q or "").strip()
        if not q:
            return self
        speakers = Speaker.objects.order_by().filter(name__icontains=q).values("pk")
        connection = connections[self.db]
        if connection.vendor != "postgresql":
            searched = self.alias(searched_text=Value(True))  # see sorted_by
            if len(q) >= 3 and sqlite_has_trigram_index():
                # The words as one FTS5 string: a run of trigrams, i.e. the substring, whatever
                # quotes, stars or operators `q` holds.
                phrase = '"' + q.replace('"', '""') + '"'
                found = RawSQL(
                    f"SELECT rowid FROM {SQLITE_TEXT_INDEX} WHERE {SQLITE_TEXT_INDEX} MATCH %s", [phrase]
                )
                return searched.filter(Q(pk__in=found) | Q(speaker_id__in=speakers))
            return searched.filter(Q(text__icontains=q) | Q(speaker_id__in=speakers))
        from django.contrib.postgres.expressions import ArraySubquery
        from django.contrib.postgres.search import SearchQuery

        claims = self.alias(**{f"text_{c}": self.search_vector(c) for c in self.SEARCH_CONFIGS})
        matches = Q()
        for config in self.SEARCH_CONFIGS:
            matches |= Q(**{f"text_{config}": SearchQuery(q, config=config, search_type="websearch")})
        matches |= _EqualsAny(F("speaker_id"), ArraySubquery(speakers))
        return claims.alias(searched_text=Value(True)).filter(matches)

    def imported_between(self, first=None, last=None, *, wide=False):
        """Claims created (imported or added by hand) on or after day `first`, up to and including
        day `last`, in the current time zone. Bounds as datetimes, so the index on time is usable.

        `wide`: the caller knows that many claims match (more than a page count shows). Then on
        SQLite the bounds are written so that they cannot use the time index (`+created_at`, the
        same value): SQLite's statistics cannot tell a day from a year, and it took the time index
        and sorted every claim of a busy range (0.6 s at 1.15M claims imported on one day) where
        walking the page's own order finds a page after a few thousand rows."""
        claims, midnight, field = self, datetime.time.min, "created_at"
        if wide and connections[self.db].vendor == "sqlite":
            field = "created_unindexed"
            plus = Func(F("created_at"), template="+%(expressions)s", output_field=models.DateTimeField())
            claims = claims.alias(created_unindexed=plus)
        if first:
            start = timezone.make_aware(datetime.datetime.combine(first, midnight))
            claims = claims.filter(**{f"{field}__gte": start})
        if last:
            end = timezone.make_aware(datetime.datetime.combine(last, midnight)) + datetime.timedelta(days=1)
            claims = claims.filter(**{f"{field}__lt": end})
        return claims

    def sorted_by(self, key: str):
        """`worth` (most check-worthy first), `newest` or `oldest` (by when the claim came in);
        ties are broken by id, so the order is total and a keyset page boundary is exact."""
        field, descending = self.SORTS.get(key, self.SORTS["worth"])
        first = F(field)
        if "searched_text" in self.query.annotations:
            # A search: sort what the text indexes found. Walking the sort index and testing each
            # row's text instead costs a to_tsvector per row (PostgreSQL), which the planner
            # underprices: at a million claims 0.5 s a page and 10 s for the count, against 70 ms.
            # The sort key plus zero is the same order that no index offers.
            zero = datetime.timedelta(0) if field == "created_at" else 0.0
            first = ExpressionWrapper(first + Value(zero), output_field=Claim._meta.get_field(field))
        if descending:
            return self.order_by(first.desc(), "-id")
        return self.order_by(first.asc(), "id")

    def seek(self, key: str, value, pk: int, *, backwards: bool = False):
        """Keyset pagination: the claims after the row (`value`, `pk`) in the `sorted_by(key)`
        order, in that order; with `backwards`, the claims before it, nearest first. No OFFSET: the
        bound is a range on the sort index, so page 1,000 costs what page 2 costs."""
        field, descending = self.SORTS[key]
        op = "lt" if descending != backwards else "gt"
        # `field <= value` is where the index scan starts; the OR only drops the ties already shown.
        claims = self.filter(**{f"{field}__{op}e": value}).filter(
            Q(**{f"{field}__{op}": value}) | Q(**{f"id__{op}": pk})
        )
        claims = claims.sorted_by(key)
        return claims.reverse() if backwards else claims

    def for_queue(self):
        """With what a row of the queue shows, without the article bodies it does not."""
        return self.with_related().defer("article__body")

    def status_counts(self) -> dict[str, int]:
        """Claims per status, every status present (zero when none)."""
        counts = dict(self.order_by().values_list("status").annotate(n=Count("id")))
        return {status: counts.get(status, 0) for status in Claim.Status.values}

    def active_status_counts(self) -> dict[str, int]:
        """`Claim.objects.active().status_counts()` for the whole table (the dashboard's figures) in
        one query that reads only the few claims with a verdict and the few dismissed ones, each
        from its partial index, plus a COUNT(*) of the table (SQLite answers that from its smallest
        index without reading the rows). The unreviewed claims are the rest. Grouping every claim
        by status read the whole table: 0.2 s on PostgreSQL and 2 s on SQLite at 1.15M claims."""
        connection = connections[self.db]
        table = connection.ops.quote_name(Claim._meta.db_table)
        reviewed = one_of_sql(Claim, "status", [str(status) for status in Claim.VERDICTS])
        verdicts = ", ".join(
            f"(SELECT COUNT(*) FROM {table} WHERE {reviewed} AND status = %s AND NOT dismissed)"
            for _ in Claim.VERDICTS
        )
        # SQLite has no statistics that say how rare dismissed claims are: it is told the index.
        hint = " INDEXED BY claim_dismissed_idx" if connection.vendor == "sqlite" else ""
        everyone = f"(SELECT COUNT(*) FROM {table}), (SELECT COUNT(*) FROM {table}{hint} WHERE dismissed)"
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {everyone}, {verdicts}", [str(status) for status in Claim.VERDICTS])
            everything, dismissed, *counted = cursor.fetchone()
        counts = dict(zip(Claim.VERDICTS, counted, strict=True))
        counts[Claim.Status.UNREVIEWED] = everything - dismissed - sum(counted)
        return {status: counts[status] for status in Claim.Status.values}


class Claim(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", _("Direct quote")
        INDIRECT = "indirect", _("Reported speech")
        UNATTRIBUTED = "unattributed", _("Author's statement")

    class Origin(models.TextChoices):
        EXTRACTED = "extracted", _("Extracted")
        MANUAL = "manual", _("Added by hand")

    class Status(models.TextChoices):
        UNREVIEWED = "unreviewed", _("Unreviewed")
        VERIFIED = "verified", _("Verified")
        DISPUTED = "disputed", _("Disputed")
        UNVERIFIABLE = "unverifiable", _("Unverifiable")

    VERDICTS = (Status.VERIFIED, Status.DISPUTED, Status.UNVERIFIABLE)
    # The verdicts that need an evidence link while FACTCHECK_REQUIRE_EVIDENCE is on.
    EVIDENCE_VERDICTS = (Status.VERIFIED, Status.DISPUTED)

    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="claims")
    text = models.TextField()
    # Offsets into Article.body: body[start:end] is the claim's text or contains it.
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    kind = models.CharField(max_length=12, choices=Kind.choices)
    # No index of its own: claim_speaker_worth_idx and claim_speaker_article_idx start with it.
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.PROTECT, related_name="claims", db_index=False
    )
    mention = models.CharField(max_length=300, blank=True, help_text=_("How the text named the speaker."))
    cue = models.CharField(max_length=100, blank=True)
    rule = models.CharField(max_length=100, blank=True, help_text=_("The extraction rule that fired."))
    confidence = models.FloatField(default=1.0)
    checkworthiness = models.FloatField(default=0.5)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EXTRACTED)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.UNREVIEWED)
    rationale = models.TextField(blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )
    dismissed = models.BooleanField(default=False, help_text=_("An editor said: not a claim."))
    # "Checked before": sha256 of the normalised text (claims.matching.text_key), same for the
    # same wording whatever its case, punctuation or quote marks.
    text_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    # Four-eyes: the verdict set by `reviewed_by` confirmed by a second person.
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # A published verdict is locked until it is reopened (with a reason).
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    # The earlier claim whose verdict was reused for this one.
    reused_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reused_by"
    )
    # Optimistic locking: every change bumps it; a form holding an older one is refused.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start", "id"]
        indexes = [
            models.Index(fields=["article", "start"], name="claim_article_start_idx"),
            # A status filter in the queue's default order, ties by id: one range of it (migration
            # 0019 added the id: without it a page of a rare status was found by walking the worth
            # index, and the ties sorted).
            models.Index(fields=["status", "-checkworthiness", "-id"], name="claim_status_worth_id_idx"),
            # Someone's queue (assignee, unreviewed) in the default order is one range of it.
            models.Index(
                fields=["assignee", "status", "-checkworthiness", "-id"], name="claim_assignee_queue_idx"
            ),
            # The queue's orders (ClaimQuerySet.SORTS), ties broken by id: a page is a range of one
            # of these, and a filter no index seeks on is checked on the rows it walks. Full-text
            # search has GIN indexes on PostgreSQL only (migration 0009).
            models.Index(fields=["-checkworthiness", "-id"], name="claim_worth_idx"),
            models.Index(fields=["created_at", "id"], name="claim_created_idx"),
            # Status with kind, the queue's commonest filter: check-worthiness follows the kind (the
            # author's figures score high, quotes lower), so walking the worth index for one kind
            # skips most of the table before it finds a page.
            models.Index(
                fields=["status", "kind", "-checkworthiness", "-id"], name="claim_status_kind_worth_idx"
            ),
            # The queue's other one-column filters in its default order (not dismissed, as it shows
            # them unless asked): a page of one speaker, one kind or one assignee is a range of one
            # of these, not a walk down the worth index past everyone else's claims. The speaker's
            # also counts the claims of each speaker on the speakers page from the index alone.
            # (The speaker's two carry `dismissed` and `status` at the end rather than a condition:
            # then they answer a speaker's counts by status alone, which SQLite does not see in a
            # partial index; and they stand in for the foreign key's own index.)
            models.Index(
                fields=["speaker", "-checkworthiness", "-id", "status", "dismissed"],
                name="claim_speaker_worth_idx",
            ),
            # A speaker's page: their claims newest article first, in text order, and (the status
            # at the end) the tally of their claims by status, both from the index alone.
            models.Index(
                fields=["speaker", "-article", "start", "id", "status", "dismissed"],
                name="claim_speaker_article_idx",
            ),
            models.Index(
                fields=["kind", "-checkworthiness", "-id"],
                condition=Q(dismissed=False),
                name="claim_kind_worth_idx",
            ),
            models.Index(
                fields=["assignee", "-checkworthiness", "-id"],
                condition=Q(assignee__isnull=False),
                name="claim_assigned_worth_idx",
            ),
            # The few dismissed claims: the dashboard counts the active ones as all minus these.
            models.Index(fields=["id"], condition=Q(dismissed=True), name="claim_dismissed_idx"),
            # Claims with a verdict, a small part of all: "checked before" looks only among them.
            models.Index(
                fields=["status"],
                condition=Q(status__in=["verified", "disputed", "unverifiable"]),
                name="claim_reviewed_idx",
            ),
        ]
        permissions = [
            ("fix_extraction", "Can fix the extraction (speaker, kind, span, dismissal)"),
            ("set_verdict", "Can set verdicts"),
            ("reopen_verdict", "Can reopen verdicts"),
            ("assign_claim", "Can assign claims"),
            ("publish_verdict", "Can publish verdicts"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="claim_span_ordered"),
            models.CheckConstraint(
                condition=Q(confidence__gte=0, confidence__lte=1), name="claim_confidence_0_1"
            ),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0, checkworthiness__lte=1), name="claim_worthiness_0_1"
            ),
        ]

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    def save(self, *args, **kwargs):
        from .matching import text_key

        self.text_key = text_key(self.text)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "text" in update_fields:
            kwargs["update_fields"] = {*update_fields, "text_key"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("claims:claim", args=[self.pk])

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    @property
    def next_claim(self):
        """The next active claim of the article, or None."""
        return Claim.objects.active().following(self).first()

    @property
    def context(self) -> tuple[str, str, str]:
        """The claim with about 200 characters of the article on either side, cut at whole words."""
        body = self.article.body
        before = body[max(0, self.start - 200) : self.start]
        after = body[self.end : self.end + 200]
        if self.start > 200:
            before = before.split(" ", 1)[-1]
        if self.end + 200 < len(body):
            after = after.rsplit(" ", 1)[0]
        return before, body[self.start : self.end], after


class Evidence(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="evidence")
    url = models.URLField(max_length=1000)
    note = models.TextField(blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["added_at", "id"]
        verbose_name_plural = "evidence"

    def __str__(self):
        return self.url


class AppendOnlyError(Exception):
    """Raised on any attempt to change or remove a row of the record (audit events, comments)."""


class AppendOnlyModel(models.Model):
    """A row that, once written, is part of the record: it is never changed or deleted."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError(
                f"{self._meta.verbose_name_plural.capitalize()} cannot be changed once written."
            )
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(f"{self._meta.verbose_name_plural.capitalize()} cannot be deleted.")


class Comment(AppendOnlyModel):
    """The team's discussion of a claim. Part of the record: never edited, never deleted."""

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["claim", "created_at"], name="comment_claim_idx")]
        permissions = [("hide_comment", "Can hide comments (with a reason)")]

    def __str__(self):
        return f"{self.author} on claim #{self.claim_id}"

    @property
    def is_hidden(self) -> bool:
        return hasattr(self, "hiding")


class CommentHiding(AppendOnlyModel):
    """A Chief editor hid a comment, with a reason. The comment itself stays in the record."""

    comment = models.OneToOneField(Comment, on_delete=models.PROTECT, related_name="hiding")
    hidden_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField()
    hidden_at = models.DateTimeField(default=timezone.now, editable=False)

    def __str__(self):
        return f"comment #{self.comment_id} hidden by {self.hidden_by}"


class DismissedMatch(models.Model):
    """A reviewer said an earlier reviewed claim is not the same claim: do not suggest it again."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="dismissed_matches")
    earlier = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    dismissed_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("dismissed match")
        verbose_name_plural = _("dismissed matches")
        constraints = [models.UniqueConstraint(fields=["claim", "earlier"], name="dismissed_match_once")]

    def __str__(self):
        return f"claim #{self.earlier_id} is not claim #{self.claim_id}"


class NotificationQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(recipient=user)

    def unread(self):
        """Not read yet, leaving out requests someone has answered already (they ask nothing now)."""
        return self.filter(read_at__isnull=True).exclude(Notification.ANSWERED)


class Notification(models.Model):
    """An item in a user's inbox. Not part of the record: the audit trail holds what happened."""

    class Kind(models.TextChoices):
        ASSIGNED = "assigned", _("Assigned to you")
        MENTIONED = "mentioned", _("Mentioned you")
        CONFIRM = "confirm", _("Asks for a second pair of eyes")
        PUBLISHED = "published", _("Verdict published")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    message = models.CharField(max_length=500)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    read_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    # A four-eyes request is answered once the verdict it asked about was confirmed, published,
    # reopened, set again (which asks anew) or dismissed, by whoever did it.
    ANSWERED = Q(kind="confirm", claim__isnull=False) & (
        Q(claim__confirmed_at__isnull=False)
        | Q(claim__published_at__isnull=False)
        | Q(claim__status="unreviewed")
        | Q(claim__reviewed_at__gt=models.F("created_at"))
        | Q(claim__dismissed=True)
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at", "-created_at"], name="notification_inbox_idx")
        ]

    def __str__(self):
        return f"to {self.recipient}: {self.message}"

    @property
    def answer(self) -> str:
        """How a four-eyes request was answered ("confirmed by bea"), or "" while it is open. The
        same test as ANSWERED, on the claim loaded with the notification."""
        claim = self.claim
        if self.kind != self.Kind.CONFIRM or claim is None:
            return ""
        who = {"user": ""}
        if claim.published_at is not None:
            who["user"] = claim.published_by.get_username() if claim.published_by else _("the system")
            if claim.confirmed_at is not None and claim.confirmed_by is not None:
                who["confirmer"] = claim.confirmed_by.get_username()
                return _("confirmed by %(confirmer)s, published by %(user)s") % who
            return _("published by %(user)s") % who
        if claim.confirmed_at is not None:
            who["user"] = claim.confirmed_by.get_username() if claim.confirmed_by else _("the system")
            return _("confirmed by %(user)s") % who
        if claim.dismissed:
            return _("the claim was dismissed")
        if claim.status == Claim.Status.UNREVIEWED:
            return _("the verdict was reopened")
        if claim.reviewed_at and claim.reviewed_at > self.created_at:
            return _("the verdict was changed since")
        return ""


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Audit events cannot be updated.")

    def delete(self):
        raise AppendOnlyError("Audit events cannot be deleted.")

    def for_claim(self, claim):
        """The claim's own events and its article's events that concern no single claim (its import)."""
        return self.filter(Q(claim=claim) | Q(article_id=claim.article_id, claim__isnull=True))

    def with_related(self):
        return self.select_related("actor", "article", "claim")

    def of(self, actions):
        """Events of these kinds: SPEAKER_EVENTS or VERDICT_EVENTS, each read from its partial index
        (see `one_of`)."""
        return self.filter(one_of(AuditEvent, "action", list(actions)))

    def changed_since(self, claim, version: int):
        """The events that moved `claim` on from `version` (the one a form was loaded at), newest
        first: one per version in between, leaving out evidence, comments and dismissed matches,
        which do not change the claim's version."""
        unversioned = (
            AuditEvent.Action.EVIDENCE_ADDED,
            AuditEvent.Action.COMMENT_ADDED,
            AuditEvent.Action.COMMENT_HIDDEN,
            AuditEvent.Action.MATCH_DISMISSED,
        )
        steps = max(claim.version - (version or 0), 0)
        return self.filter(claim=claim).exclude(action__in=unversioned).order_by("-id")[:steps]

    def for_log(self):
        """With what a line of the audit log shows, without the article bodies it does not."""
        return self.with_related().defer("article__body")

    def by_actor(self, user):
        return self.filter(actor=user)

    def by_system(self):
        """Events no person caused (commands run by the operator, imports, the system's own steps)."""
        return self.filter(actor__isnull=True)

    def with_action(self, action):
        return self.filter(action=action) if action else self

    def for_article(self, article):
        """Events on the article itself and on any of its claims."""
        return self.filter(article=article)

    def between(self, first=None, last=None):
        """Events from day `first` up to and including day `last`, in the current time zone."""
        import datetime

        events, midnight = self, datetime.time.min
        if first:
            start = timezone.make_aware(datetime.datetime.combine(first, midnight))
            events = events.filter(at__gte=start)
        if last:
            end = timezone.make_aware(datetime.datetime.combine(last, midnight)) + datetime.timedelta(days=1)
            events = events.filter(at__lt=end)
        return events


# The events a speaker's timeline shows (AuditEvent.Action values), each kind with a partial index.
SPEAKER_EVENTS = ("speaker.created", "speaker.edited", "speaker.merged")
VERDICT_EVENTS = (
    "verdict.set",
    "verdict.reopened",
    "verdict.confirmed",
    "verdict.published",
    "verdict.reused",
)


class AuditEvent(AppendOnlyModel):
    class Action(models.TextChoices):
        ARTICLE_IMPORTED = "article.imported", _("Article imported")
        ARTICLE_EDITED = "article.edited", _("Article edited")
        CLAIMS_EXTRACTED = "claims.extracted", _("Claims extracted")
        CLAIMS_REEXTRACTED = "claims.reextracted", _("Claims extracted again")
        CLAIM_ADDED = "claim.added", _("Claim added by hand")
        CLAIM_EDITED = "claim.edited", _("Claim edited")
        CLAIM_SPLIT = "claim.split", _("Claim split")
        CLAIM_MERGED = "claim.merged", _("Claims merged")
        CLAIM_ASSIGNED = "claim.assigned", _("Claim assigned")
        CLAIM_DISMISSED = "claim.dismissed", _("Claim dismissed")
        VERDICT_SET = "verdict.set", _("Verdict set")
        VERDICT_REOPENED = "verdict.reopened", _("Verdict reopened")
        VERDICT_CONFIRMED = "verdict.confirmed", _("Verdict confirmed (four eyes)")
        VERDICT_PUBLISHED = "verdict.published", _("Verdict published")
        VERDICT_REUSED = "verdict.reused", _("Verdict reused from a claim checked before")
        MATCH_DISMISSED = "match.dismissed", _("“Checked before” suggestion dismissed")
        COMMENT_HIDDEN = "comment.hidden", _("Comment hidden")
        SPEAKER_MERGED = "speaker.merged", _("Speakers merged")
        EVIDENCE_ADDED = "evidence.added", _("Evidence added")
        COMMENT_ADDED = "comment.added", _("Comment added")
        SPEAKER_CREATED = "speaker.created", _("Speaker added")
        SPEAKER_EDITED = "speaker.edited", _("Speaker edited")
        TOKEN_CREATED = "token.created", _("API token created")
        TOKEN_REVOKED = "token.revoked", _("API token revoked")
        WEBHOOK_ADDED = "webhook.added", _("Webhook endpoint added")
        WEBHOOK_EDITED = "webhook.edited", _("Webhook endpoint edited")
        WEBHOOK_SECRET_ROTATED = "webhook.rotated", _("Webhook secret rotated")
        WEBHOOK_REDELIVERED = "webhook.redelivered", _("Webhook delivery sent again")
        FEED_ADDED = "feed.added", _("Feed added")
        FEED_EDITED = "feed.edited", _("Feed changed")

    at = models.DateTimeField(default=timezone.now)
    # PROTECT: a user with a history is deactivated, never deleted, so the trail keeps its actors.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_name = models.CharField(max_length=150, blank=True, help_text=_("Username at the time."))
    via = models.CharField(max_length=60, help_text=_("Where the change came from: web, admin, a command."))
    request_id = models.CharField(max_length=64, blank=True, db_index=True)
    action = models.CharField(max_length=40, choices=Action.choices)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.PROTECT, related_name="audit_events"
    )
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.PROTECT, related_name="audit_events"
    )
    changes = models.JSONField(default=dict, blank=True, help_text=_("field -> [before, after]"))
    note = models.TextField(blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["claim", "id"], name="audit_claim_idx"),
            models.Index(fields=["action", "-at"], name="audit_action_at_idx"),
            # A speaker's timeline: the newest events about speakers, and the newest verdict events
            # (few among the imports), each kind from its own partial index (AuditEventQuerySet.of).
            models.Index(
                fields=["-id"], condition=Q(action__in=SPEAKER_EVENTS), name="audit_speaker_events_idx"
            ),
            models.Index(
                fields=["-id"], condition=Q(action__in=VERDICT_EVENTS), name="audit_verdict_events_idx"
            ),
        ]

    def __str__(self):
        return f"{timezone.localtime(self.at):%Y-%m-%d %H:%M} {self.actor_name or 'system'} {self.action}"


class LoginFailureWindow(models.Model):
    """Failed logins from one address in one fixed window of time (claims.throttle)."""

    address = models.CharField(max_length=64)
    window_start = models.DateTimeField(db_index=True)
    failures = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["address", "window_start"], name="login_failure_window_unique")
        ]

    def __str__(self):
        return f"{self.address}: {self.failures} failed logins from {self.window_start:%H:%M}"


class Feed(models.Model):
    """An outlet's RSS/Atom feed or sitemap, polled for new articles (claims.feeds)."""

    class Kind(models.TextChoices):
        FEED = "feed", _("RSS or Atom feed")
        SITEMAP = "sitemap", _("Sitemap")

    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("address"), max_length=1000, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.FEED)
    lang = models.CharField(
        _("language"),
        max_length=2,
        choices=Lang.choices,
        blank=True,
        help_text=_("Empty: detect per article."),
    )
    interval_minutes = models.PositiveIntegerField(_("poll every (minutes)"), default=60)
    paused = models.BooleanField(_("paused"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    # Polling: when it is next due, what the last fetch said, for a conditional GET next time.
    next_poll_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_status = models.CharField(max_length=200, blank=True)
    last_error = models.TextField(blank=True)
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    items_seen = models.PositiveIntegerField(default=0)
    items_imported = models.PositiveIntegerField(default=0)
    items_refused = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["name", "id"]
        permissions = [("manage_feeds", "Can add, change and poll feeds")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("claims:feed", args=[self.pk])


class ImportJob(models.Model):
    """Articles imported in the background: a large upload, a link, or one poll of a feed.
    Its items (ImportJobItem) say what became of each article."""

    class Kind(models.TextChoices):
        UPLOAD = "upload", _("Upload")
        LINK = "link", _("Link")
        FEED = "feed", _("Feed poll")

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    kind = models.CharField(max_length=10, choices=Kind.choices)
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs")
    url = models.CharField(max_length=1000, blank=True)  # a link job's address
    # The form's choices that apply to every article (lang, outlet, published, source_url, title).
    options = models.JSONField(default=dict, blank=True)
    total = models.PositiveIntegerField(default=0)  # articles to do, once known
    error = models.TextField(blank=True)  # why the job failed, or why the last attempt did
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)  # the last sign of life

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("claims:job", args=[self.pk])

    @property
    def finished(self) -> bool:
        return self.state in (self.State.DONE, self.State.FAILED)


class ImportJobFile(models.Model):
    """An uploaded file waiting for its job, kept in the database so any worker can read it."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(max_length=255)
    content = models.BinaryField()

    def __str__(self):
        return self.name


class ImportJobItem(models.Model):
    """What became of one article of a job: imported, already in, refused (and why)."""

    class Outcome(models.TextChoices):
        PENDING = "pending", _("Waiting")
        IMPORTED = "imported", _("Imported")
        SKIPPED = "skipped", _("Already in")
        REFUSED = "refused", _("Refused")

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="items")
    # A feed's items are remembered by link, so the next poll skips them.
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.CASCADE, related_name="items")
    link = models.CharField(max_length=1000, blank=True)
    source = models.CharField(max_length=1200)  # where it came from: `FILE: line N`, a link
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.PENDING)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    title = models.CharField(max_length=300, blank=True)
    reason = models.TextField(blank=True)
    # Refused for a reason that may pass (the page did not answer): a feed tries it again next time.
    transient = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["id"]
        indexes = [
            models.Index(fields=["feed", "link"], name="jobitem_feed_link_idx"),
            models.Index(fields=["job", "outcome"], name="jobitem_job_outcome_idx"),
        ]

    def __str__(self):
        return f"{self.source}: {self.outcome}"


# Models of the API and webhooks live beside their code; imported here so Django finds them.
from .api.models import ApiToken  # noqa: E402, F401
from .webhooks.models import WebhookDelivery, WebhookEndpoint  # noqa: E402, F401
