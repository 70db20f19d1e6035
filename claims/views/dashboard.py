"""The dashboard: where the desk stands."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, DateField, Q
from django.db.models.functions import TruncWeek
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.views.decorators.http import require_GET

from ..models import Article, AuditEvent, Claim
from ..templatetags.claims_tags import status_icon

CHART_WEEKS = 12
CHART_SPEAKERS = 10


@dataclass(frozen=True)
class VerdictChart:
    """Verdict counts per category (a week, a speaker): one row per label, one column per verdict."""

    labels: list[str]
    counts: list[list[int]]  # counts[row][i] is the number of Claim.VERDICTS[i]
    links: list[str] | None = None

    @property
    def total(self) -> int:
        return sum(map(sum, self.counts))

    @property
    def rows(self) -> list[dict]:
        links = self.links or [""] * len(self.labels)
        return [
            {"label": label, "link": link, "counts": counts, "total": sum(counts)}
            for label, link, counts in zip(self.labels, links, self.counts, strict=True)
        ]

    @property
    def data(self) -> dict:
        """What dashboard.js draws: chart.js labels and one series per verdict, named with its icon
        so the legend never rests on colour alone."""
        return {
            "labels": self.labels,
            "series": [
                {
                    "status": status,
                    "label": f"{status_icon(status)} {Claim.Status(status).label}",
                    "data": [row[i] for row in self.counts],
                }
                for i, status in enumerate(Claim.VERDICTS)
            ],
        }


def verdicts_by_week(claims, *, weeks: int = CHART_WEEKS, today: date | None = None) -> VerdictChart:
    """Verdicts given per week (Monday to Sunday, local time) over the last `weeks` weeks, this one
    included, by the claims' reviewed_at. One query; weeks without verdicts count zero."""
    today = today or timezone.localdate()
    first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    since = timezone.make_aware(datetime.combine(first, time.min))
    rows = (
        claims.with_verdict()
        .filter(reviewed_at__gte=since)
        .annotate(week=TruncWeek("reviewed_at", output_field=DateField()))
        .order_by()
        .values_list("week", "status")
        .annotate(n=Count("id"))
    )
    found = {(week, status): n for week, status, n in rows}
    starts = [first + timedelta(weeks=i) for i in range(weeks)]
    return VerdictChart(
        labels=[date_format(start, "j M") for start in starts],
        counts=[[found.get((start, status), 0) for status in Claim.VERDICTS] for start in starts],
    )


def verdicts_by_speaker(*, limit: int = CHART_SPEAKERS) -> VerdictChart:
    """The `limit` speakers with the most reviewed (not dismissed) claims, their verdicts counted.
    One query, from the claims with a verdict (a small part of all, found by their own index) up
    to their speakers, not from every speaker down to all of their claims."""
    per_verdict = {f"n_{s}": Count("id", filter=Q(status=s)) for s in Claim.VERDICTS}
    rows = (
        Claim.objects.active()
        .with_verdict()
        .filter(speaker__isnull=False)
        .values("speaker_id", "speaker__name")
        .annotate(n_reviewed=Count("id"), **per_verdict)
        .order_by("-n_reviewed", "speaker__name")[:limit]
    )
    return VerdictChart(
        labels=[row["speaker__name"] for row in rows],
        counts=[[row[f"n_{s}"] for s in Claim.VERDICTS] for row in rows],
        links=[reverse("claims:speaker", args=[row["speaker_id"]]) for row in rows],
    )


@require_GET
def dashboard(request):
    claims = Claim.objects.active()
    by_week, by_speaker = verdicts_by_week(claims), verdicts_by_speaker()
    return render(
        request,
        "claims/dashboard.html",
        {
            "counts": Claim.objects.active_status_counts(),
            "articles": Article.objects.with_progress().defer("body")[:10],
            "my_queue": claims.unreviewed().filter(assignee=request.user).for_queue().by_worthiness()[:10],
            "events": AuditEvent.objects.for_log()[:10],
            "by_week": by_week,
            "by_speaker": by_speaker,
            "chart_data": {"weeks": by_week.data, "speakers": by_speaker.data},
            "chart_weeks": CHART_WEEKS,
            "chart_speakers": CHART_SPEAKERS,
        },
    )
