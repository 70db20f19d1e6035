"""The admin: every model visible; every change goes through claims.workflow, so it is audited.

Articles, speakers and claims come from imports, so the admin edits but does not add or delete
them; evidence and the audit trail are part of the record and are read-only here.
"""

from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from . import workflow
from .api.models import ApiToken
from .models import (
    Article,
    AuditEvent,
    Claim,
    Comment,
    CommentHiding,
    DismissedMatch,
    Evidence,
    Notification,
    Speaker,
    fold_name,
)
from .webhooks.models import WebhookDelivery, WebhookEndpoint


class NoAddDeleteMixin:
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyMixin(NoAddDeleteMixin):
    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(NoAddDeleteMixin, admin.ModelAdmin):
    list_display = ["title", "lang", "published", "outlet", "n_claims", "created_at"]
    list_filter = ["lang", "published_precision"]
    search_fields = ["title", "outlet"]
    date_hierarchy = "created_at"
    fields = [
        "title",
        "outlet",
        "source_url",
        "published",
        "published_precision",
        "lang",
        "body",
        "content_hash",
        "extractor_version",
        "created_by",
        "created_at",
    ]
    readonly_fields = ["lang", "body", "content_hash", "extractor_version", "created_by", "created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_claims=Count("claims"))

    @admin.display(ordering="n_claims", description="claims")
    def n_claims(self, obj):
        return obj.n_claims

    def save_model(self, request, obj, form, change):
        changes = {field: form.cleaned_data[field] for field in form.changed_data}
        workflow.edit_article(obj, actor=request.user, **changes)


class SpeakerAdminForm(forms.ModelForm):
    def clean_name(self):
        # The folded name is unique but not on the form, so the form's own unique check misses it.
        name = self.cleaned_data["name"]
        clash = Speaker.objects.filter(folded_name=fold_name(name)).exclude(pk=self.instance.pk).first()
        if clash is not None:
            raise forms.ValidationError(f"“{clash.name}” is already a speaker: merge the two instead.")
        return name

    def clean_aliases(self):
        aliases = self.cleaned_data["aliases"] or []
        if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
            raise forms.ValidationError('A list of names, like ["Trump", "Donald Trump"].')
        return aliases


@admin.register(Speaker)
class SpeakerAdmin(NoAddDeleteMixin, admin.ModelAdmin):
    form = SpeakerAdminForm
    list_display = ["name", "kind", "role", "n_claims"]
    list_filter = ["kind"]
    search_fields = ["name", "role"]
    fields = ["name", "kind", "role", "aliases", "description", "reference_url", "created_at"]
    readonly_fields = ["created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_claim_counts()

    @admin.display(ordering="n_claims", description="claims")
    def n_claims(self, obj):
        return obj.n_claims

    def save_model(self, request, obj, form, change):
        changes = {field: form.cleaned_data[field] for field in form.changed_data}
        workflow.edit_speaker(obj, actor=request.user, note="changed in the admin", **changes)


class ClaimAdminForm(forms.ModelForm):
    # The version the form was loaded at: a save over someone else's newer change is refused.
    expected_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Claim
        fields = [*workflow.EDITABLE_FIELDS, "status", "rationale"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expected_version"].initial = self.instance.version

    def clean(self):
        data = super().clean()
        current = Claim.objects.get(pk=self.instance.pk)
        if data.get("expected_version") != current.version:
            raise forms.ValidationError(str(workflow.StaleVersion(current)))
        try:
            workflow.check_edit(current, [f for f in self.changed_data if f in workflow.EDITABLE_FIELDS])
        except workflow.WorkflowError as exc:
            raise forms.ValidationError(str(exc)) from None
        if {"status", "rationale"} & set(self.changed_data):
            try:
                workflow.check_verdict(current, data.get("status"), data.get("rationale", ""))
            except workflow.WorkflowError as exc:
                raise forms.ValidationError(str(exc)) from None
        return data


class EvidenceInline(admin.TabularInline):
    model = Evidence
    fields = ["url", "note", "added_by", "added_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Claim)
class ClaimAdmin(NoAddDeleteMixin, admin.ModelAdmin):
    form = ClaimAdminForm
    list_display = ["__str__", "speaker", "kind", "cue", "status", "article", "assignee", "dismissed"]
    list_filter = ["status", "kind", "origin", "dismissed"]
    search_fields = ["text", "speaker__name", "article__title"]
    list_select_related = ["speaker", "article", "assignee"]
    autocomplete_fields = ["speaker", "assignee"]
    fieldsets = [
        (None, {"fields": ["article", "text", ("start", "end"), "kind", "speaker", "mention", "cue"]}),
        ("Review", {"fields": ["status", "rationale", "assignee", "dismissed", "expected_version"]}),
        (
            "Provenance",
            {
                "fields": [
                    "origin",
                    "rule",
                    "confidence",
                    "checkworthiness",
                    "reviewed_by",
                    "reviewed_at",
                    "version",
                    "created_at",
                ]
            },
        ),
        # Publishing goes through the claim page (confirm, publish, reopen): shown, never edited here.
        ("Publication", {"fields": ["confirmed_by", "confirmed_at", "published_by", "published_at"]}),
    ]
    readonly_fields = [
        "article",
        "origin",
        "rule",
        "confidence",
        "checkworthiness",
        "reviewed_by",
        "reviewed_at",
        "version",
        "created_at",
        "confirmed_by",
        "confirmed_at",
        "published_by",
        "published_at",
    ]
    inlines = [EvidenceInline]

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        expected = data["expected_version"]
        edits = {f: data[f] for f in form.changed_data if f in workflow.EDITABLE_FIELDS}
        if edits:
            obj = workflow.edit_claim(
                obj, actor=request.user, expected_version=expected, note="changed in the admin", **edits
            )
            expected = obj.version
        if {"status", "rationale"} & set(form.changed_data):
            workflow.set_verdict(
                obj,
                data["status"],
                actor=request.user,
                rationale=data["rationale"],
                expected_version=expected,
            )


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["url", "claim", "added_by", "added_at"]
    search_fields = ["url", "note"]
    list_select_related = ["claim", "added_by"]


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """The audit trail, read-only for everyone, superusers included."""

    list_display = ["at", "actor_name", "action", "article", "claim", "note"]
    list_filter = ["action"]
    search_fields = ["actor_name", "note"]
    date_hierarchy = "at"
    list_select_related = ["article", "claim"]
    readonly_fields = [f.name for f in AuditEvent._meta.fields]


@admin.register(Comment)
class CommentAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """Comments are part of the record: read-only here; a Chief editor hides one on the claim page."""

    list_display = ["created_at", "author", "claim", "__str__"]
    search_fields = ["body", "author__username"]
    list_select_related = ["author", "claim"]
    readonly_fields = ["claim", "author", "body", "created_at"]


@admin.register(CommentHiding)
class CommentHidingAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """Who hid which comment and why: part of the record, read-only for everyone."""

    list_display = ["hidden_at", "hidden_by", "comment", "reason"]
    search_fields = ["reason"]
    list_select_related = ["hidden_by", "comment__author"]
    readonly_fields = [f.name for f in CommentHiding._meta.fields]


@admin.register(Notification)
class NotificationAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["created_at", "recipient", "kind", "actor", "message", "read_at"]
    list_filter = ["kind"]
    search_fields = ["message", "recipient__username"]
    list_select_related = ["recipient", "actor"]
    readonly_fields = [f.name for f in Notification._meta.fields]


@admin.register(DismissedMatch)
class DismissedMatchAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """“Not the same claim”: a reviewer's answer to a checked-before suggestion, made (and audited)
    on the claim page; read-only here."""

    list_display = ["dismissed_at", "dismissed_by", "claim", "earlier"]
    list_select_related = ["dismissed_by", "claim", "earlier"]
    readonly_fields = [f.name for f in DismissedMatch._meta.fields]


@admin.register(ApiToken)
class ApiTokenAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """Tokens are made by their owners on their "API tokens" page; here they are seen and revoked."""

    list_display = ["prefix", "name", "user", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["prefix", "name", "user__username"]
    fields = readonly_fields = list_display
    actions = ["revoke"]

    @admin.action(description=_("Revoke the selected tokens"))
    def revoke(self, request, queryset):
        for token in queryset.live():
            workflow.revoke_token(token, actor=request.user)

    def has_change_permission(self, request, obj=None):
        # The action needs it; the fields stay read-only.
        return request.user.is_superuser


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """Endpoints are added, changed and rotated on the Webhooks page (audited there)."""

    list_display = ["url", "events", "active", "created_by", "created_at"]
    list_filter = ["active"]
    fields = ["url", "description", "events", "active", "created_by", "created_at"]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["created_at", "endpoint", "event", "attempt", "outcome", "status_code", "response_ms"]
    list_filter = ["outcome", "event"]
    list_select_related = ["endpoint"]
    fields = [
        "endpoint",
        "event",
        "event_id",
        "attempt",
        "outcome",
        "status_code",
        "response_ms",
        "error",
        "created_at",
        "run_after",
        "sent_at",
        "payload",
    ]
