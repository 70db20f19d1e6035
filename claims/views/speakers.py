"""Speakers: who said what, and merging two names for one person."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .. import workflow
from ..forms import (
    MergeSpeakerForm,
)
from ..models import Claim, Speaker


@require_GET
def speaker_list(request):
    page = Paginator(Speaker.objects.with_claim_counts(), 100).get_page(request.GET.get("page"))
    return render(request, "claims/speaker_list.html", {"page": page})


def _speaker_page(request, speaker, merge_form=None, status=200):
    claims = Claim.objects.active().for_speaker(speaker)
    context = {
        "speaker": speaker,
        "tally": claims.status_counts(),
        "claims": claims.with_related().order_by("-article__created_at", "start"),
        "merge_form": merge_form or MergeSpeakerForm(speaker=speaker),
    }
    return render(request, "claims/speaker_detail.html", context, status=status)


@require_GET
def speaker_detail(request, pk):
    return _speaker_page(request, get_object_or_404(Speaker, pk=pk))


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
