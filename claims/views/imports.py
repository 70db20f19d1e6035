"""Background imports: a job's page (htmx polls it while it runs), the list of recent jobs, and
the feeds (list, add, page, edit, pause, poll now)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import feeds, jobs
from ..forms import FeedForm
from ..models import Feed, ImportJob, ImportJobItem
from ..roles import require

_OUTCOMES = {o.value for o in ImportJobItem.Outcome}


@require_GET
def job_list(request):
    page = Paginator(ImportJob.objects.select_related("created_by", "feed"), 50).get_page(
        request.GET.get("page")
    )
    return render(request, "claims/job_list.html", {"page": page})


@require_GET
def job_detail(request, pk):
    job = get_object_or_404(ImportJob.objects.select_related("created_by", "feed"), pk=pk)
    context = {"job": job, "counts": jobs.progress(job)}
    shown = request.GET.get("show", "")
    items = job.items.select_related("article").order_by("id")
    if shown in _OUTCOMES:
        items = items.filter(outcome=shown)
    context["show"] = shown if shown in _OUTCOMES else ""
    context["page"] = Paginator(items, 100).get_page(request.GET.get("page"))
    if request.htmx and request.GET.get("part") == "body":
        # The page polls this every 2 s while the job runs; the answer for a finished job carries
        # the result and no trigger, so the polling stops.
        return render(request, "claims/job_detail.html#job-body", context)
    return render(request, "claims/job_detail.html", context)


@require_GET
def feed_list(request):
    context = {"feeds": Feed.objects.all(), "form": FeedForm(initial={"interval_minutes": 60})}
    return render(request, "claims/feed_list.html", {**context, "feed_new_url": reverse("claims:feed_new")})


@require_POST
def feed_new(request):
    require(request.user, "manage_feeds", "manage feeds")
    form = FeedForm(request.POST)
    if form.is_valid():
        feed = feeds.add_feed(actor=request.user, **{f: form.cleaned_data[f] for f in feeds.FEED_FIELDS})
        messages.success(
            request, _("Feed “%(name)s” added; it is polled within a minute.") % {"name": feed.name}
        )
        return redirect(feed)
    context = {"feeds": Feed.objects.all(), "form": form, "feed_new_url": reverse("claims:feed_new")}
    return render(request, "claims/feed_list.html", context, status=400)


def _feed_page(request, feed, form=None, status=200):
    context = {
        "feed": feed,
        "form": form or FeedForm(instance=feed),
        "recent_jobs": feed.jobs.all()[:10],
        "running": feed.jobs.filter(state__in=[ImportJob.State.QUEUED, ImportJob.State.RUNNING]).first(),
    }
    return render(request, "claims/feed_detail.html", context, status=status)


@require_GET
def feed_detail(request, pk):
    return _feed_page(request, get_object_or_404(Feed, pk=pk))


@require_http_methods(["POST"])
def feed_edit(request, pk):
    require(request.user, "manage_feeds", "manage feeds")
    feed = get_object_or_404(Feed, pk=pk)
    form = FeedForm(request.POST, instance=Feed.objects.get(pk=pk))
    if form.is_valid():
        feeds.edit_feed(feed, actor=request.user, **{f: form.cleaned_data[f] for f in feeds.FEED_FIELDS})
        messages.success(request, _("Feed saved."))
        return redirect(feed)
    return _feed_page(request, feed, form, status=400)


@require_POST
def feed_pause(request, pk):
    feed = get_object_or_404(Feed, pk=pk)
    paused = request.POST.get("paused") == "1"
    feeds.edit_feed(feed, actor=request.user, paused=paused)
    messages.success(request, _("Feed paused.") if paused else _("Feed resumed."))
    return redirect(feed)


@require_POST
def feed_poll(request, pk):
    feed = get_object_or_404(Feed, pk=pk)
    job = feeds.poll_now(feed, actor=request.user)
    return redirect(job)
