"""The API's views: each parses its input, calls one ingest or workflow function (or one named
query), and answers with a serializer. Lists are keyset pages: `next` and `previous` are links."""

from django import forms
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param
from rest_framework.views import APIView

from .. import claimreview, ingest, jobs, netfetch, workflow
from ..filters import ClaimFilterForm, KeysetPage
from ..models import Article, Claim, ImportJob, Speaker
from ..roles import require
from . import serializers as s

DEFAULT_LIMIT, MAX_LIMIT = 50, 200

LIMIT = OpenApiParameter("limit", int, description=f"Rows per page, 1–{MAX_LIMIT} (default {DEFAULT_LIMIT}).")
AFTER_ID = OpenApiParameter("after", int, description="The page after this id: follow `next`.")


def _page_serializer(name: str, item, *, count: bool = False):
    fields = {
        "results": item(many=True),
        "next": serializers.URLField(allow_null=True),
        "previous": serializers.URLField(allow_null=True),
    }
    if count:
        fields["count"] = serializers.IntegerField()
        fields["count_capped"] = serializers.BooleanField()
    return inline_serializer(name, fields)


def _valid(serializer_class, data) -> dict:
    if not isinstance(data, dict):
        raise ValidationError({"non_field_errors": [_("Send a JSON object.")]})
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def _limit(request) -> int:
    text = request.query_params.get("limit", "")
    if not text:
        return DEFAULT_LIMIT
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise ValidationError({"limit": [_("A number from 1 to %(max)d.") % {"max": MAX_LIMIT}]})
    return int(text)


def _id_page(request, rows, *, serializer, newest_first: bool = True) -> dict:
    """A keyset page over ids: `?after=<id>` continues after that row."""
    limit, after = _limit(request), request.query_params.get("after", "")
    if after:
        if not after.isdigit() or len(after) > 18:
            raise ValidationError(
                {"after": [_("This page link is broken; start again from the first page.")]}
            )
        rows = rows.filter(pk__lt=int(after)) if newest_first else rows.filter(pk__gt=int(after))
    rows = list(rows.order_by("-pk" if newest_first else "pk")[: limit + 1])
    url = request.build_absolute_uri()
    next_url = replace_query_param(url, "after", rows[limit - 1].pk) if len(rows) > limit else None
    results = serializer(rows[:limit], many=True, context={"base_url": _base_url(request)}).data
    return s.page_of(results, next_url=next_url, previous_url=None)


class ArticleList(APIView):
    read_permission = "claims.view_article"

    @extend_schema(
        operation_id="articles_list",
        summary="List articles, newest first",
        parameters=[AFTER_ID, LIMIT],
        responses=_page_serializer("ArticlePage", s.ArticleOut),
    )
    def get(self, request):
        articles = Article.objects.defer("body").select_related("created_by")
        return Response(_id_page(request, articles, serializer=s.ArticleOut))

    @extend_schema(
        summary="Import an article from its text or from a link",
        description=(
            "Editors and Chief editors. With `text`: imported and its claims extracted at once (201). "
            "With `url`: fetched in the background by the same link import as the web's New article "
            "(only public addresses), answered at once with the job (202); follow its `Location`."
        ),
        request=s.ArticleIn,
        responses={201: s.ArticleDetailOut, 202: s.JobOut},
    )
    def post(self, request):
        data = _valid(s.ArticleIn, request.data)
        if "url" in data:
            return self._from_link(request, data)
        article = ingest.import_article(
            data["text"],
            actor=request.user,
            title=data["title"],
            lang=data["lang"] or None,
            published=data["published"],
            outlet=data["outlet"],
            source_url=data["source_url"],
        )
        location = request.build_absolute_uri(reverse("api:article", args=[article.pk]))
        return Response(
            s.ArticleDetailOut(article).data, status=status.HTTP_201_CREATED, headers={"Location": location}
        )

    def _from_link(self, request, data):
        require(request.user, "import_article", "import articles")
        try:
            url = netfetch.check_url(data["url"])
        except netfetch.FetchError as exc:
            raise ValidationError({"url": [str(exc)]}) from None
        options = {key: data[key] for key in ("title", "lang", "outlet") if data[key]}
        if data["published"]:
            options["published"] = request.data["published"].strip()  # as given: YYYY, YYYY-MM or a day
        job = jobs.create_link(request.user, url, options=options)
        job.refresh_from_db()
        location = request.build_absolute_uri(reverse("api:job", args=[job.pk]))
        return Response(s.JobOut(job).data, status=status.HTTP_202_ACCEPTED, headers={"Location": location})


class JobDetail(APIView):
    read_permission = "claims.view_article"

    @extend_schema(
        summary="A background import (from a link): its state and what it imported", responses=s.JobOut
    )
    def get(self, request, pk):
        return Response(s.JobOut(get_object_or_404(ImportJob, pk=pk, kind=ImportJob.Kind.LINK)).data)


class ArticleDetail(APIView):
    read_permission = "claims.view_article"

    @extend_schema(summary="One article with its claims, in text order", responses=s.ArticleDetailOut)
    def get(self, request, pk):
        article = get_object_or_404(Article.objects.select_related("created_by"), pk=pk)
        return Response(s.ArticleDetailOut(article).data)


def _queue_parameters():
    form = ClaimFilterForm()
    described = {
        "q": "Search the claim text (and speaker names).",
        "speaker": "Speaker id.",
        "article": "Article id.",
        "assignee": "User id.",
        "imported_from": "YYYY-MM-DD",
        "imported_to": "YYYY-MM-DD",
        "mine": "Only claims assigned to you that await a verdict.",
        "dismissed": "Include dismissed claims.",
        "after": "Follow `next`.",
        "before": "Follow `previous`.",
    }
    params = []
    for name, field in form.fields.items():
        plain = isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField)
        enum = [value for value, _label in field.choices if value] if plain else None
        kind = bool if name in ("mine", "dismissed") else str
        params.append(OpenApiParameter(name, kind, description=described.get(name, ""), enum=enum))
    return [*params, LIMIT]


class ClaimList(APIView):
    @extend_schema(
        operation_id="claims_list",
        summary="List claims with the queue's filters",
        description="The same filters, sorts and keyset pages as the web's claim queue.",
        parameters=_queue_parameters(),
        responses=_page_serializer("ClaimPage", s.ClaimOut, count=True),
    )
    def get(self, request):
        limit = _limit(request)
        form = ClaimFilterForm(request.query_params)
        if not form.is_valid():
            errors = form.errors.get_json_data()
            raise ValidationError(
                {
                    "non_field_errors" if name == "__all__" else name: [e["message"] for e in found]
                    for name, found in errors.items()
                }
            )
        claims = form.filter(Claim.objects.for_queue(), user=request.user)
        page = form.page(claims, limit)
        url = remove_query_param(remove_query_param(request.build_absolute_uri(), "after"), "before")
        body = s.page_of(
            s.ClaimOut(page.object_list, many=True).data,
            next_url=replace_query_param(url, "after", page.next_after) if page.has_next else None,
            previous_url=replace_query_param(url, "before", page.previous_before)
            if page.has_previous
            else None,
            count=min(page.matching, KeysetPage.COUNT_CAP),
        )
        body["count_capped"] = page.matching > KeysetPage.COUNT_CAP
        return Response(body)


def _claim(pk) -> Claim:
    claims = (
        Claim.objects.with_related()
        .select_related("published_by", "confirmed_by")
        .defer("article__body")
        .prefetch_related("evidence__added_by")
    )
    return get_object_or_404(claims, pk=pk)


class ClaimDetail(APIView):
    @extend_schema(
        summary="One claim with its verdict, speaker, evidence and publication", responses=s.ClaimDetailOut
    )
    def get(self, request, pk):
        return Response(s.ClaimDetailOut(_claim(pk)).data)


class _ClaimAction(APIView):
    """POST: check the input, call one workflow function, answer with the claim as it is now."""

    serializer_class = s.VersionIn

    def act(self, claim, data, user):
        raise NotImplementedError

    def post(self, request, pk):
        data = _valid(self.serializer_class, request.data)
        self.act(_claim(pk), data, request.user)
        return Response(s.ClaimDetailOut(_claim(pk)).data)


def _action_schema(summary, serializer):
    return extend_schema(summary=summary, request=serializer, responses=s.ClaimDetailOut)


class ClaimVerdict(_ClaimAction):
    serializer_class = s.VerdictIn

    @_action_schema("Set the verdict (Reviewers, Chief editors)", s.VerdictIn)
    def post(self, request, pk):
        return super().post(request, pk)

    def act(self, claim, data, user):
        workflow.set_verdict(
            claim,
            data["status"],
            actor=user,
            rationale=data["rationale"],
            expected_version=data["version"],
            evidence_url=data["evidence_url"],
            evidence_note=data["evidence_note"],
        )


class ClaimConfirm(_ClaimAction):
    @_action_schema("Confirm someone else's verdict (four eyes)", s.VersionIn)
    def post(self, request, pk):
        return super().post(request, pk)

    def act(self, claim, data, user):
        workflow.confirm_verdict(claim, actor=user, expected_version=data["version"])


class ClaimPublish(_ClaimAction):
    @_action_schema("Publish the verdict (Chief editors)", s.VersionIn)
    def post(self, request, pk):
        return super().post(request, pk)

    def act(self, claim, data, user):
        workflow.publish_verdict(claim, actor=user, expected_version=data["version"])


class ClaimReopen(_ClaimAction):
    serializer_class = s.ReopenIn

    @_action_schema("Reopen a verdict, with a reason (Chief editors); unpublishes it", s.ReopenIn)
    def post(self, request, pk):
        return super().post(request, pk)

    def act(self, claim, data, user):
        workflow.reopen_verdict(claim, actor=user, reason=data["reason"], expected_version=data["version"])


class ClaimEvidence(APIView):
    @extend_schema(summary="Add an evidence link", request=s.EvidenceIn, responses={201: s.ClaimDetailOut})
    def post(self, request, pk):
        data = _valid(s.EvidenceIn, request.data)
        workflow.add_evidence(_claim(pk), actor=request.user, url=data["url"], note=data["note"])
        return Response(s.ClaimDetailOut(_claim(pk)).data, status=status.HTTP_201_CREATED)


class SpeakerList(APIView):
    read_permission = "claims.view_speaker"

    @extend_schema(
        operation_id="speakers_list",
        summary="List speakers, in the order they were added",
        parameters=[AFTER_ID, LIMIT],
        responses=_page_serializer("SpeakerPage", s.SpeakerOut),
    )
    def get(self, request):
        speakers = Speaker.objects.with_claim_counts()
        return Response(_id_page(request, speakers, serializer=s.SpeakerOut, newest_first=False))


class SpeakerDetail(APIView):
    read_permission = "claims.view_speaker"

    @extend_schema(summary="One speaker", responses=s.SpeakerOut)
    def get(self, request, pk):
        return Response(s.SpeakerOut(get_object_or_404(Speaker.objects.with_claim_counts(), pk=pk)).data)


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


class VerdictList(APIView):
    @extend_schema(
        operation_id="verdicts_list",
        summary="Published verdicts with their ClaimReview, newest claims first",
        parameters=[AFTER_ID, LIMIT],
        responses=_page_serializer("VerdictPage", s.PublishedVerdictOut),
    )
    def get(self, request):
        page = _id_page(request, claimreview.published_claims(), serializer=s.PublishedVerdictOut)
        return Response(page)


class VerdictDetail(APIView):
    @extend_schema(summary="One published verdict with its ClaimReview", responses=s.PublishedVerdictOut)
    def get(self, request, pk):
        claim = get_object_or_404(claimreview.published_claims(), pk=pk)
        return Response(s.PublishedVerdictOut(claim, context={"base_url": _base_url(request)}).data)
