"""The audit log, and its events as CSV."""

import csv
import json

from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.decorators.http import require_GET

from ..audit import export_record
from ..filters import AuditFilterForm
from ..models import AuditEvent
from ..spreadsheets import Echo, csv_cell

CSV_COLUMNS = [
    "id",
    "at",
    "actor",
    "via",
    "request_id",
    "action",
    "article_id",
    "claim_id",
    "changes",
    "note",
    "prev_hash",
    "hash",
]


class CappedPaginator(Paginator):
    """Page numbers without counting the whole trail: at most CAP events are counted (a count of
    every event grows with the trail, 40-70 ms at 200,000 on PostgreSQL); past it the log says
    "more than" and the filters narrow it down."""

    CAP = 10_000

    @cached_property
    def count(self):
        return self.object_list[: self.CAP + 1].count()

    @property
    def capped(self):
        return self.count > self.CAP


def _audit_page(request, form, status=200):
    """The log page; a form with errors shows no events (status 400) rather than all of them."""
    events = form.filter(AuditEvent.objects.for_log()) if status == 200 else AuditEvent.objects.none()
    context = {
        "form": form,
        "page": CappedPaginator(events, 100).get_page(request.GET.get("page")),
        "export_query": request.GET.copy(),
    }
    context["export_query"].pop("page", None)
    return render(request, "claims/audit_list.html", context, status=status)


@require_GET
def audit_list(request):
    form = AuditFilterForm(request.GET)
    return _audit_page(request, form, status=200 if form.is_valid() else 400)


@require_GET
def audit_export(request):
    """The filtered events as CSV for people, oldest first, streamed: values as stored (`at` in UTC),
    the actor by name, with each event's hash and link; a cell a spreadsheet would run as a formula
    starts with a ' (see claims.spreadsheets). The archive whose chain can be recomputed
    outside the app is `manage.py export_audit` (every hashed field) with `verify_audit --file`."""
    form = AuditFilterForm(request.GET)
    if not form.is_valid():
        return _audit_page(request, form, status=400)
    events = form.filter(AuditEvent.objects.all()).order_by("id").iterator(chunk_size=2000)
    response = StreamingHttpResponse(_csv_lines(events), content_type="text/csv; charset=utf-8")
    filename = f"audit-{timezone.localdate():%Y%m%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _csv_lines(events):
    writer = csv.writer(Echo())
    yield writer.writerow(CSV_COLUMNS)
    for event in events:
        record = export_record(event)
        record["actor"] = record["actor_name"]
        record["changes"] = json.dumps(record["changes"], ensure_ascii=False, sort_keys=True)
        yield writer.writerow([csv_cell(record[column]) for column in CSV_COLUMNS])
