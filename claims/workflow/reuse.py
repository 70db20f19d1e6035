"""“Checked before”: earlier reviewed claims like this one; reuse one's verdict, or say it is not the
same claim. Scoring is claims.matching; this module asks the database for a bounded set of
candidates, and makes the two changes (audited, like every change).
"""

import re
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import audit, matching
from ..models import Claim, DismissedMatch, Evidence
from ..roles import require
from .base import Action, WorkflowError, audit_value, locked
from .discussion import add_evidence
from .publishing import ask_for_confirmation
from .verdicts import check_verdict

# At most this many earlier claims are scored for one claim, whatever the database holds (scoring
# one takes about half a millisecond; on PostgreSQL they are the most alike by trigrams).
CANDIDATE_CAP = 100
# pg_trgm similarity (0..1) a candidate needs to be considered on PostgreSQL. Every same-claim pair
# of tests/matching/pairs.jsonl has at least 0.3; lower, so paraphrases are not lost before scoring.
TRIGRAM_THRESHOLD = 0.2
# On SQLite, the words of the claim that pick candidates (with the same speaker's reviewed claims).
SEARCH_WORDS = 4

LEVEL_LABELS = {
    matching.EXACT: gettext_lazy("Same wording"),
    matching.NEAR: gettext_lazy("Near-certain match"),
    matching.SUGGESTED: gettext_lazy("Possible match"),
}
_LEVEL_ORDER = {matching.EXACT: 0, matching.NEAR: 1, matching.SUGGESTED: 2}


@dataclass(frozen=True)
class Suggestion:
    """An earlier reviewed claim that may be the same claim, with its article, speaker and reviewer."""

    earlier: Claim
    score: float
    level: str  # matching.EXACT, NEAR or SUGGESTED

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS[self.level]


# The condition of the partial index `claim_reviewed_idx` (Claim.Meta), word for word.
REVIEWED_SQL = """"status" IN ('verified', 'disputed', 'unverifiable')"""


def find_checked_before(claim: Claim, limit: int = 3) -> list[Suggestion]:
    """Up to `limit` earlier claims with a verdict that say what `claim` says, best first: exact
    wording, then near-certain, then possible matches. Only for a claim that still awaits a verdict
    and is long enough to match; never the claim itself, a dismissed claim, or an earlier claim a
    reviewer said is not the same (DismissedMatch).

    One query (two on PostgreSQL, which first sets the trigram threshold), at most CANDIDATE_CAP
    rows: same text key, same speaker, or alike by trigrams (PostgreSQL, GIN index) or by a few of
    the claim's rarer words (SQLite); then scored in Python by claims.matching.
    """
    if claim.status != Claim.Status.UNREVIEWED or claim.dismissed or not matching.long_enough(claim.text):
        return []
    key = matching.text_key(claim.text)
    alike = Q(text_key=key)
    if claim.speaker_id is not None:
        alike |= Q(speaker_id=claim.speaker_id)
    candidates = (
        Claim.objects.active()
        .filter(status__in=Claim.VERDICTS)
        .exclude(pk=claim.pk)
        .exclude(pk__in=DismissedMatch.objects.filter(claim_id=claim.pk).values("earlier_id"))
        .select_related("article", "speaker", "reviewed_by")
        .defer("article__body")
        .alias(exact=Case(When(text_key=key, then=Value(0)), default=Value(1), output_field=IntegerField()))
    )
    if connection.vendor == "postgresql":
        from django.contrib.postgres.lookups import TrigramSimilar
        from django.contrib.postgres.search import TrigramSimilarity

        with connection.cursor() as cursor:
            # `%` (TrigramSimilar) compares with this setting, and only `%` can use the GIN index.
            cursor.execute(
                "SELECT set_config('pg_trgm.similarity_threshold', %s, false)", [str(TRIGRAM_THRESHOLD)]
            )
        alike |= Q(TrigramSimilar(F("text"), claim.text))
        candidates = candidates.filter(alike).alias(trigrams=TrigramSimilarity("text", claim.text))
        candidates = candidates.order_by("exact", "-trigrams", "-id")
    else:
        for term in _search_terms(claim.text):
            alike |= Q(text__icontains=term)
        speaker_first = Case(
            When(speaker_id=claim.speaker_id, then=Value(0)), default=Value(1), output_field=IntegerField()
        )
        # Narrowed in a subquery of claims alone (in the join with articles SQLite's planner scans
        # every article first), on the partial index of reviewed claims: SQLite uses a partial index
        # only for a condition written as in the index, with literals, not bound parameters.
        reviewed_alike = Claim.objects.extra(where=[REVIEWED_SQL]).filter(alike).values("pk")
        candidates = candidates.filter(pk__in=reviewed_alike).order_by(
            "exact", speaker_first, "-reviewed_at", "-id"
        )
    suggestions = []
    for earlier in candidates[:CANDIDATE_CAP]:
        found = matching.match(claim.text, earlier.text, claim.speaker_id, earlier.speaker_id)
        if found.level is not None:
            suggestions.append(Suggestion(earlier, found.score, found.level))
    suggestions.sort(key=lambda s: (_LEVEL_ORDER[s.level], -s.score, -s.earlier.pk))
    return suggestions[:limit]


_RAW_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _search_terms(text: str) -> list[str]:
    """The longest content words (cut to 7 letters, so other forms of the word match too) and the
    longest number, as the claim writes it: rare enough to pick few candidates, common enough to
    find a paraphrase."""
    words = sorted(set(matching.profile(text).words), key=len, reverse=True)
    terms = [word[:7] for word in words if len(word) >= 5][:SEARCH_WORDS]
    numbers = sorted(_RAW_NUMBER.findall(text), key=len, reverse=True)
    if numbers and len(numbers[0]) >= 2:
        terms.append(numbers[0])
    return terms


def reuse_verdict(claim: Claim, earlier: Claim, *, actor, expected_version: int | None) -> Claim:
    """Give `claim` the verdict of `earlier`, a claim checked before: its status and rationale, and
    its evidence links as new evidence on this claim. Only for a claim without a verdict; the
    earlier claim must have one. Audited as a reuse naming the earlier claim (its evidence as
    additions), in one transaction; a verdict that needs four eyes asks for a confirmation.
    """
    require(actor, "set_verdict", "reuse verdicts")
    with transaction.atomic():
        current = locked(claim, expected_version)
        source = Claim.objects.select_related("article").defer("article__body").get(pk=earlier.pk)
        if source.pk == current.pk:
            raise WorkflowError(_("A claim cannot reuse its own verdict."))
        if current.status != Claim.Status.UNREVIEWED:
            raise WorkflowError(
                _("This claim already has a verdict (%(status)s): it cannot reuse another one.")
                % {"status": current.get_status_display()}
            )
        if source.status not in Claim.VERDICTS or source.dismissed:
            raise WorkflowError(_("Claim #%(pk)d has no verdict to reuse.") % {"pk": source.pk})
        have = set(current.evidence.values_list("url", flat=True))
        for item in Evidence.objects.filter(claim=source).order_by("added_at", "id"):
            if item.url not in have:
                add_evidence(current, actor=actor, url=item.url, note=item.note)
                have.add(item.url)
        check_verdict(current, source.status, source.rationale)
        changes = {
            "status": [current.status, source.status],
            "rationale": [current.rationale, source.rationale],
            "reused_from": [None, audit_value(source)],
        }
        current.status, current.rationale = source.status, source.rationale
        current.reviewed_by, current.reviewed_at = actor, timezone.now()
        current.reused_from = source
        current.version += 1
        current.save(
            update_fields=["status", "rationale", "reviewed_by", "reviewed_at", "reused_from", "version"]
        )
        note = f"Reused from claim #{source.pk} (article “{source.article.title}”)"
        audit.record(Action.VERDICT_REUSED, actor=actor, claim=current, changes=changes, note=note)
        ask_for_confirmation(current, actor=actor)
    return current


def dismiss_match(claim: Claim, earlier: Claim, *, actor) -> DismissedMatch:
    """Record that `earlier` is not the same claim as `claim`, so it is not suggested again.
    Dismissing it twice changes nothing and writes no second audit event."""
    require(actor, "set_verdict", "dismiss “checked before” suggestions")
    if claim.pk == earlier.pk:
        raise WorkflowError(_("A claim is always the same as itself."))
    with transaction.atomic():
        dismissal, created = DismissedMatch.objects.get_or_create(
            claim_id=claim.pk,
            earlier_id=earlier.pk,
            defaults={"dismissed_by": actor if actor is not None and actor.is_authenticated else None},
        )
        if created:
            audit.record(
                Action.MATCH_DISMISSED,
                actor=actor,
                claim=claim,
                changes={"dismissed_match": [None, audit_value(earlier)]},
                note=f"Claim #{earlier.pk} is not the same claim.",
            )
    return dismissal
