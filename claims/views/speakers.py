"""Speakers: who said what, what became of it, their record, and merging two names for one person."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .. import workflow
from ..forms import MergeSpeakerForm, SpeakerForm
from ..models import SPEAKER_EVENTS, VERDICT_EVENTS, AuditEvent, Claim, Speaker, fold_name
from ..roles import require

CLAIMS_PER_PAGE = 50
TIMELINE_LENGTH = 50


@require_GET
def speaker_list(request):
    speakers = Speaker.objects.with_claim_counts()
    q = request.GET.get("q", "").strip()
    if q:
        speakers = speakers.filter(folded_name__contains=fold_name(q))
    page = Paginator(speakers, 100).get_page(request.GET.get("page"))
    return render(request, "claims/speaker_list.html", {"page": page, "q": q})


def speaker_timeline(speaker: Speaker, limit: int = TIMELINE_LENGTH) -> list[AuditEvent]:
    """The newest events about this speaker: its own (added, edited, merged; the trail names the
    speaker by id in `changes["speaker"]`, including speakers merged into it) and the verdicts on
    its claims. Two indexed queries, merged here, rather than one OR over a join."""
    about_speaker = Q(changes__speaker__1__id=speaker.pk) | Q(changes__speaker__0__id=speaker.pk)
    merged_in = (
        AuditEvent.objects.of(SPEAKER_EVENTS)
        .filter(action=AuditEvent.Action.SPEAKER_MERGED, changes__speaker__1__id=speaker.pk)
        .values_list("changes__speaker__0__id", flat=True)
    )
    ids = [pk for pk in merged_in if pk is not None]
    if ids:
        about_speaker |= Q(changes__speaker__1__id__in=ids) | Q(changes__speaker__0__id__in=ids)
    own = AuditEvent.objects.for_log().of(SPEAKER_EVENTS).filter(about_speaker).order_by("-id")
    verdicts = AuditEvent.objects.for_log().of(VERDICT_EVENTS).filter(claim__speaker=speaker).order_by("-id")
    events = [*own[:limit], *verdicts[:limit]]
    return sorted(events, key=lambda event: event.pk, reverse=True)[:limit]


def _speaker_page(request, speaker, status=200, **forms):
    """The speaker's record; `forms` replaces the edit or merge form with a bound one with errors."""
    claims = Claim.objects.active().for_speaker(speaker)
    tally = claims.status_counts()
    # Newest article first (articles are numbered as they come in), each in text order: the order
    # of the speaker's index, so a page is a range of it rather than all their claims sorted.
    newest_first = claims.for_queue().order_by("-article_id", "start", "id")
    context = {
        "speaker": speaker,
        "tally": tally,
        "n_claims": sum(tally.values()),
        "page": Paginator(newest_first, CLAIMS_PER_PAGE).get_page(request.GET.get("page")),
        "timeline": speaker_timeline(speaker),
        "edit_form": SpeakerForm.for_speaker(speaker),
        "merge_form": MergeSpeakerForm(speaker=speaker),
        **forms,
    }
    return render(request, "claims/speaker_detail.html", context, status=status)


@require_GET
def speaker_detail(request, pk):
    return _speaker_page(request, get_object_or_404(Speaker, pk=pk))


@require_POST
def speaker_edit(request, pk):
    require(request.user, "fix_extraction", "edit speakers")
    speaker = get_object_or_404(Speaker, pk=pk)
    form = SpeakerForm.for_speaker(speaker, request.POST)
    if form.is_valid():
        try:
            workflow.edit_speaker(speaker, actor=request.user, **form.cleaned_data)
        except workflow.WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Speaker saved."))
            return redirect(speaker)
    return _speaker_page(request, speaker, edit_form=form, status=422)


@require_POST
def speaker_merge(request, pk):
    speaker = get_object_or_404(Speaker, pk=pk)
    form = MergeSpeakerForm(request.POST, speaker=speaker)
    if form.is_valid():
        try:
            target = workflow.merge_speakers(speaker, form.cleaned_data["target"], actor=request.user)
        except workflow.WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _("“%(speaker)s” merged into “%(target)s”.")
                % {"speaker": speaker.name, "target": target.name},
            )
            return redirect(target)
    return _speaker_page(request, speaker, merge_form=form, status=422)
