"""What the API reads and writes. Output serializers are read-only views of the models; input
serializers only check shapes and types: the rules (roles, evidence, four eyes) are the
workflow's, so the API and the web refuse the same things with the same words."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers

from .. import claimreview, ingest
from ..models import Claim, Lang, Speaker


def _username(user) -> str | None:
    return user.get_username() if user is not None else None


class UserName(serializers.Field):
    """A user as their username (null for none)."""

    def to_representation(self, value):
        return _username(value)


UserName = extend_schema_field({"type": "string", "nullable": True})(UserName)


class SpeakerBrief(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class ArticleBrief(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()


class SpeakerOut(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=Speaker.Kind.choices)
    aliases = serializers.ListField(child=serializers.CharField())
    role = serializers.CharField()
    description = serializers.CharField()
    reference_url = serializers.CharField()
    claims = serializers.IntegerField(source="n_claims", required=False)


class EvidenceOut(serializers.Serializer):
    id = serializers.IntegerField()
    url = serializers.CharField()
    note = serializers.CharField()
    added_by = UserName()
    added_at = serializers.DateTimeField()


class ClaimOut(serializers.Serializer):
    """A claim as a row of the list."""

    id = serializers.IntegerField()
    text = serializers.CharField()
    kind = serializers.ChoiceField(choices=Claim.Kind.choices)
    status = serializers.ChoiceField(choices=Claim.Status.choices)
    checkworthiness = serializers.FloatField()
    speaker = SpeakerBrief(allow_null=True)
    mention = serializers.CharField()
    article = ArticleBrief()
    assignee = UserName()
    reviewed_by = UserName()
    reviewed_at = serializers.DateTimeField(allow_null=True)
    published_at = serializers.DateTimeField(allow_null=True)
    dismissed = serializers.BooleanField()
    version = serializers.IntegerField()
    created_at = serializers.DateTimeField()


class Publication(serializers.Serializer):
    published = serializers.BooleanField(source="is_published")
    published_at = serializers.DateTimeField(allow_null=True)
    published_by = UserName()
    confirmed_at = serializers.DateTimeField(allow_null=True)
    confirmed_by = UserName()


class ClaimDetailOut(ClaimOut):
    """A claim with its verdict, speaker, evidence and publication."""

    start = serializers.IntegerField()
    end = serializers.IntegerField()
    cue = serializers.CharField()
    confidence = serializers.FloatField()
    origin = serializers.ChoiceField(choices=Claim.Origin.choices)
    rationale = serializers.CharField()
    speaker = SpeakerOut(allow_null=True)
    evidence = EvidenceOut(many=True, source="evidence.all")
    publication = Publication(source="*")


class ArticleOut(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    lang = serializers.ChoiceField(choices=Lang.choices)
    published = serializers.CharField(
        source="published_display", help_text="YYYY, YYYY-MM or YYYY-MM-DD, or empty."
    )
    outlet = serializers.CharField()
    source_url = serializers.CharField()
    created_by = UserName()
    created_at = serializers.DateTimeField()


class ArticleDetailOut(ArticleOut):
    body = serializers.CharField()
    claims = serializers.SerializerMethodField()

    @extend_schema_field(ClaimOut(many=True))
    def get_claims(self, article):
        claims = article.claims.with_people().in_text_order()
        for claim in claims:
            claim.article = article  # not a query per claim for the brief article
        return ClaimOut(claims, many=True).data


class ArticleIn(serializers.Serializer):
    """From its text (imported at once) or from a link (fetched in the background): one of the two."""

    text = serializers.CharField(
        max_length=settings.FACTCHECK_MAX_ARTICLE_CHARS,
        trim_whitespace=False,
        required=False,
        help_text=_("The article text."),
    )
    url = serializers.URLField(
        max_length=1000,
        required=False,
        help_text=_("A link to the article: fetched and imported in the background."),
    )
    title = serializers.CharField(max_length=300, required=False, default="", allow_blank=True)
    lang = serializers.ChoiceField(
        choices=Lang.choices,
        required=False,
        allow_blank=True,
        default="",
        help_text=_("Detected when left out."),
    )
    published = serializers.CharField(
        max_length=10, required=False, allow_blank=True, default="", help_text="YYYY, YYYY-MM or YYYY-MM-DD"
    )
    outlet = serializers.CharField(max_length=200, required=False, default="", allow_blank=True)
    source_url = serializers.URLField(max_length=1000, required=False, default="", allow_blank=True)

    def validate(self, data):
        if ("text" in data) == ("url" in data):
            raise serializers.ValidationError(
                {"text": [_("Send the article's “text” or its “url”, one of the two.")]}
            )
        if "url" in data and data.get("source_url"):
            raise serializers.ValidationError(
                {"source_url": [_("A link import takes its source from “url”.")]}
            )
        return data

    def validate_published(self, value):
        if not value:
            return None
        try:
            return ingest.Published.parse(value)  # the importer's own rule and message
        except ingest.ImportRefused as exc:
            raise serializers.ValidationError(str(exc)) from None


class JobOut(serializers.Serializer):
    """A background import (a link), as `claims.jobs` runs it."""

    id = serializers.IntegerField()
    kind = serializers.CharField()
    state = serializers.CharField(help_text="queued, running, done or failed")
    url = serializers.CharField()
    error = serializers.CharField()
    attempts = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)
    items = serializers.SerializerMethodField()

    @extend_schema_field(
        inline_serializer(
            "JobItem",
            {
                "outcome": serializers.CharField(),
                "article": serializers.IntegerField(allow_null=True),
                "title": serializers.CharField(),
                "reason": serializers.CharField(),
            },
            many=True,
        )
    )
    def get_items(self, job):
        return [
            {"outcome": i.outcome, "article": i.article_id, "title": i.title, "reason": i.reason}
            for i in job.items.order_by("id")
        ]


class _Versioned(serializers.Serializer):
    version = serializers.IntegerField(
        min_value=1, help_text=_("The claim's version you read: a claim changed since is refused (409).")
    )


class VerdictIn(_Versioned):
    status = serializers.ChoiceField(choices=[(s.value, s.label) for s in Claim.VERDICTS])
    rationale = serializers.CharField(max_length=10_000)
    evidence_url = serializers.URLField(max_length=1000, required=False, default="", allow_blank=True)
    evidence_note = serializers.CharField(max_length=2000, required=False, default="", allow_blank=True)


class EvidenceIn(serializers.Serializer):
    url = serializers.URLField(max_length=1000)
    note = serializers.CharField(max_length=2000, required=False, default="", allow_blank=True)


class ReopenIn(_Versioned):
    reason = serializers.CharField(max_length=2000)


class VersionIn(_Versioned):
    pass


class PublishedVerdictOut(serializers.Serializer):
    claim = serializers.IntegerField(source="pk")
    status = serializers.ChoiceField(choices=Claim.Status.choices)
    rationale = serializers.CharField()
    published_at = serializers.DateTimeField()
    claimreview = serializers.SerializerMethodField(help_text="schema.org ClaimReview (JSON-LD)")

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_claimreview(self, claim):
        return claimreview.claim_review(claim, base_url=self.context["base_url"])


def page_of(results, *, next_url: str | None, previous_url: str | None, count: int | None = None) -> dict:
    page = {"results": results, "next": next_url, "previous": previous_url}
    if count is not None:
        page["count"] = count
    return page
