"""The claim queue, the claim page and the actions on a claim."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .. import workflow
from ..forms import (
    AssignForm,
    BoundsForm,
    ClaimEditForm,
    CommentForm,
    EvidenceForm,
    ReopenForm,
    SplitForm,
    VerdictForm,
)
from ..models import Article, AuditEvent, Claim, Speaker
from .articles import desk_permissions, segment_of
from .discussion import comments_context, render_comments


def _claim_page(request, claim, *, status=200, conflict="", **forms):
    """The claim page; `forms` replaces any of its forms with a bound one that has errors."""
    context = {
        "claim": claim,
        "conflict": conflict,
        "verdict_form": VerdictForm.for_claim(claim),
        "evidence_form": EvidenceForm(),
        "edit_form": ClaimEditForm.for_claim(claim),
        "bounds_form": BoundsForm.for_claim(claim),
        "bounds_window": _bounds_window(claim),
        "assign_form": AssignForm.for_claim(claim),
        "reopen_form": ReopenForm.for_claim(claim),
        "split_form": SplitForm.for_claim(claim),
        "comment_form": CommentForm(),
        **comments_context(claim),
        "speaker_names": Speaker.objects.order_by("name").values_list("name", flat=True)[:1000],
        "evidence": claim.evidence.select_related("added_by"),
        "events": AuditEvent.objects.for_claim(claim).for_log(),
        "checked_before": workflow.find_checked_before(claim),
        "publishing": workflow.publication_state(claim, request.user),
        "may_set_verdict": _may_set_verdict(request.user, claim),
        "extraction_locked": _extraction_locked(claim),
        **forms,
    }
    return render(request, "claims/claim_detail.html", context, status=status)


@require_http_methods(["GET", "POST"])
def claim_detail(request, pk):
    """The claim page. Its verdict form posts here, so a refusal or a conflict leaves the address
    at the claim page, where reloading shows the current state."""
    claim = get_object_or_404(Claim.objects.with_related(), pk=pk)
    if request.method == "POST":
        return _post_verdict(request, claim)
    return _claim_page(request, claim)


@require_http_methods(["GET", "POST"])
def claim_verdict(request, pk):
    """GET: the verdict form for a claim card (htmx), or the claim page. POST: set the verdict."""
    claim = get_object_or_404(Claim.objects.with_related(), pk=pk)
    if request.method == "GET":
        if not request.htmx:
            return redirect(f"{claim.get_absolute_url()}#verdict")
        context = {"claim": claim, "form": VerdictForm.for_claim(claim)}
        return render(request, "claims/article_detail.html#verdict-form", context)
    return _post_verdict(request, claim)


class Conflict:
    """Someone changed the claim after the form was loaded: who, what they changed (the audit events
    since that version), and what this person wrote, which is kept (in the form when they may still
    send it, else shown to copy). Prints as the message."""

    def __init__(self, claim, seen_version, typed, *, kept_in_form):
        self.events = list(AuditEvent.objects.changed_since(claim, seen_version).with_related())
        names = list(dict.fromkeys(e.actor_name or _("the system") for e in reversed(self.events)))
        self.message = _(
            "This claim was changed by %(who)s while you were looking at it. Nothing of yours was "
            "saved: see what changed, then send it again if it still holds."
        ) % {"who": ", ".join(names) or _("someone else")}
        self.typed = [] if kept_in_form else [(label, value) for label, value in typed if value]

    def __str__(self):
        return self.message


def _bounds_window(claim, reach: int = 400) -> dict:
    """The article's text around the claim, for moving its boundaries on the page (claim.js)."""
    body = claim.article.body
    first = max(0, claim.start - reach)
    return {"start": first, "text": body[first : claim.end + reach]}


def _extraction_locked(claim) -> str:
    """Why the claim's extraction cannot be fixed as it stands (the workflow refuses it), or ""."""
    if claim.published_at:
        return _(
            "This claim's verdict is published, so what the claim says and who said it are locked. "
            "A Chief editor can reopen the verdict, with a reason, to change them."
        )
    if claim.status != Claim.Status.UNREVIEWED:
        return _(
            "This claim has a verdict, which is about the claim as it stands: reopen the verdict first, "
            "with a reason, to change its words, speaker or kind."
        )
    return ""


def _may_set_verdict(user, claim) -> bool:
    """Whether the claim page offers this person the verdict form (the workflow decides in the end)."""
    return workflow.may_change_verdict(claim, user)


def _verdict_conflict(request, claim, data):
    """After a conflict: the form on the current claim, holding what the person typed."""
    may_send = _may_set_verdict(request.user, claim)
    form = VerdictForm.for_claim(claim)
    typed = {key: data.get(key) or "" for key in ("status", "rationale", "evidence_url", "evidence_note")}
    form.initial.update(typed)
    status_label = dict(form.fields["status"].choices).get(typed["status"], "")
    form.conflict = Conflict(
        claim,
        data.get("version"),
        [
            (_("Verdict"), status_label),
            (_("Rationale"), typed["rationale"]),
            (_("Evidence link"), typed["evidence_url"]),
            (_("Note on the link"), typed["evidence_note"]),
        ],
        kept_in_form=may_send,
    )
    return form


def _post_verdict(request, claim):
    pk = claim.pk
    form = VerdictForm.for_claim(claim, request.POST)
    status = 422
    if form.is_valid():
        data = form.cleaned_data
        try:
            claim = workflow.set_verdict(
                claim,
                data["status"],
                actor=request.user,
                rationale=data["rationale"],
                expected_version=data["version"],
                evidence_url=data["evidence_url"],
                evidence_note=data["evidence_note"],
            )
        except workflow.StaleVersion:
            claim, status = Claim.objects.with_related().get(pk=pk), 409
            form = _verdict_conflict(request, claim, data)
        except PermissionDenied as exc:
            if not request.htmx:
                raise
            form.conflict, status = str(exc), 403
        except workflow.WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            if not request.htmx:
                messages.success(
                    request, _("Verdict saved: %(status)s.") % {"status": claim.get_status_display()}
                )
                return redirect(_next_url(request, claim))
            form, status = VerdictForm.for_claim(claim), 200
    if request.htmx:
        return _claim_card(request, claim, form, status)
    return _claim_page(request, claim, verdict_form=form, status=status)


def _claim_card(request, claim, form, status):
    """The claim's card in the article list, with its highlight and the progress bar out of band."""
    # The progress bar's counts; the body is the claim's article's, already loaded.
    article = Article.objects.with_progress().defer("body").get(pk=claim.article_id)
    segment = segment_of(claim, claim.article.body) if not claim.dismissed else None
    claim.form = form if status != 200 else None  # after a save, the panel closes
    context = {
        "article": article,
        "claim": claim,
        "segment": segment,
        "saved": status == 200,
        **desk_permissions(request.user),
    }
    return render(request, "claims/article_detail.html#claim-update", context, status=status)


def _claim_action(request, pk, form_class, form_name, change, success):
    """Shared shape of the claim page's small forms: validate, call one workflow function with the
    form's data and the version it was loaded at, then redirect, or show the page with the problem."""
    claim = get_object_or_404(Claim.objects.with_related(), pk=pk)
    form = form_class.for_claim(claim, request.POST)
    if form.is_valid():
        try:
            change(claim, form.cleaned_data)
        except workflow.StaleVersion:
            current = Claim.objects.with_related().get(pk=pk)
            # The form again on the current claim, holding what was typed: sending it again is a choice.
            kept = form_class.for_claim(current)
            kept.initial.update({k: v for k, v in form.cleaned_data.items() if k != "version"})
            conflict = Conflict(current, form.cleaned_data["version"], [], kept_in_form=True)
            return _claim_page(request, current, status=409, conflict=conflict, **{form_name: kept})
        except workflow.WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, success)
            return redirect(claim)
    return _claim_page(request, claim, status=422, **{form_name: form})


@require_POST
def claim_edit(request, pk):
    def change(claim, data):
        # Boundaries move by words through claim_bounds; this form fixes speaker, kind and cue.
        workflow.fix_claim(
            claim,
            actor=request.user,
            expected_version=data["version"],
            speaker_name=data["speaker_name"],
            kind=data["kind"],
            cue=data["cue"],
            dismissed=data["dismissed"],
        )

    return _claim_action(request, pk, ClaimEditForm, "edit_form", change, _("Claim updated."))


@require_POST
def claim_bounds(request, pk):
    """Move a claim's start and end by words (BoundsForm), through the workflow."""

    def change(claim, data):
        workflow.move_bounds(
            claim, actor=request.user, expected_version=data["version"], start=data["start"], end=data["end"]
        )

    return _claim_action(request, pk, BoundsForm, "bounds_form", change, _("Boundaries saved."))


@require_POST
def claim_assign(request, pk):
    def change(claim, data):
        workflow.edit_claim(
            claim, actor=request.user, expected_version=data["version"], assignee=data["assignee"]
        )

    return _claim_action(request, pk, AssignForm, "assign_form", change, _("Assignment saved."))


@require_POST
def claim_reopen(request, pk):
    def change(claim, data):
        workflow.reopen_verdict(
            claim, actor=request.user, reason=data["reason"], expected_version=data["version"]
        )

    return _claim_action(request, pk, ReopenForm, "reopen_form", change, _("Verdict reopened."))


@require_POST
def claim_evidence(request, pk):
    claim = get_object_or_404(Claim.objects.with_related(), pk=pk)
    form = EvidenceForm(request.POST)
    if form.is_valid():
        try:
            workflow.add_evidence(
                claim, actor=request.user, url=form.cleaned_data["url"], note=form.cleaned_data["note"]
            )
        except workflow.WorkflowError as exc:
            form.add_error("url", str(exc))
        else:
            messages.success(request, _("Evidence added."))
            return redirect(claim)
    return _claim_page(request, claim, evidence_form=form, status=422)


def _next_url(request, claim):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return claim.get_absolute_url()


@require_POST
def claim_split(request, pk):
    def change(claim, data):
        workflow.split_claim(claim, data["at"], actor=request.user, expected_version=data["version"])

    return _claim_action(request, pk, SplitForm, "split_form", change, _("Claim split in two."))


@require_POST
def claim_merge_next(request, pk):
    """Merge the claim with the next claim of its article (the one that starts after it)."""
    claim = get_object_or_404(Claim.objects.with_related(), pk=pk)
    following = Claim.objects.for_article(claim.article).active().following(claim).first()
    if following is None:
        messages.error(request, _("There is no next claim to merge with."))
        return redirect(claim)
    try:
        versions = (int(request.POST.get("version", "")), int(request.POST.get("next_version", "")))
    except ValueError:
        return HttpResponseBadRequest(_("The form is missing the claims' versions."))
    try:
        workflow.merge_claims(claim, following, actor=request.user, expected_versions=versions)
    except workflow.StaleVersion:
        current = Claim.objects.with_related().get(pk=pk)
        conflict = Conflict(current, versions[0], [], kept_in_form=True)
        return _claim_page(request, current, status=409, conflict=conflict)
    except workflow.WorkflowError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Merged with claim #%(pk)d.") % {"pk": following.pk})
    return redirect(claim)


@require_POST
def claim_comment(request, pk):
    claim = get_object_or_404(Claim.objects.with_related(), pk=pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            workflow.add_comment(claim, actor=request.user, body=form.cleaned_data["body"])
        except workflow.WorkflowError as exc:
            form.add_error("body", str(exc))
        else:
            if request.htmx:
                return render_comments(request, claim)
            return redirect(f"{claim.get_absolute_url()}#comments")
    return _claim_page(request, claim, comment_form=form, status=422)
