"""A claim's discussion: the comment thread's context, and hiding a comment (Chief editors)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .. import workflow
from ..forms import CommentForm, HideCommentForm
from ..models import Claim
from ..roles import require

MAX_COLLEAGUES = 300


def comments_context(claim) -> dict:
    """What the claim page's `comments` partial needs: the thread in time order with authors and
    hidings (two joins, no query per comment), and the colleagues one can @mention."""
    names = list(
        get_user_model()
        .objects.filter(is_active=True)
        .order_by("username")
        .values_list("username", flat=True)[:MAX_COLLEAGUES]
    )
    comments = list(claim.comments.select_related("author", "hiding__hidden_by").order_by("created_at", "id"))
    return {
        "comments": comments,
        # The timeline shows a hidden comment's text to Chief editors only, as the thread does.
        "hidden_comment_texts": {comment.body for comment in comments if comment.is_hidden},
        "colleagues": names,
        "mentionable": frozenset(name.casefold() for name in names),
    }


def render_comments(request, claim, *, status=200, **extra):
    context = {"claim": claim, "comment_form": CommentForm(), **comments_context(claim), **extra}
    return render(request, "claims/claim_detail.html#comments", context, status=status)


@require_POST
def claim_comment_hide(request, pk, comment_pk):
    """Hide a comment with a reason. The comment stays in the record; the thread says who hid it."""
    require(request.user, "hide_comment", "hide comments")
    claim = get_object_or_404(Claim.objects.with_related(), pk=pk)
    comment = get_object_or_404(claim.comments, pk=comment_pk)
    form = HideCommentForm(request.POST)
    problem = ""
    if form.is_valid():
        try:
            workflow.hide_comment(comment, actor=request.user, reason=form.cleaned_data["reason"])
        except workflow.WorkflowError as exc:
            problem = str(exc)
    else:
        problem = " ".join(str(error) for errors in form.errors.values() for error in errors)
    if request.htmx:
        extra = {"hide_error_for": comment.pk, "hide_error": problem} if problem else {}
        return render_comments(request, claim, status=422 if problem else 200, **extra)
    if problem:
        messages.error(request, problem)
    return redirect(f"{claim.get_absolute_url()}#comment-{comment.pk}")
