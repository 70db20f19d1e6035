"""The forms of the claim queue and the audit log: GET filters that narrow a QuerySet through its
named methods, the queue's keyset pages, and its bulk action form."""

import datetime
import math
import re
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.forms.renderers import Jinja2
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Article, AuditEvent, Claim, ClaimQuerySet, Speaker
from .roles import holders


def _users():
    return get_user_model().objects.filter(is_active=True).order_by("username")


def _articles():
    # The chosen article (a filter's cleaned value) needs its id, never its body.
    return Article.objects.only("id", "title").order_by("-created_at", "-id")


class _BoundedChoices(forms.models.ModelChoiceIterator):
    """At most `field.limit` options from the queryset, plus the chosen row when it is not among
    them. Read as (id, label) pairs, not as model objects: the queue draws several of these lists on
    every page."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        rows = self.queryset.values_list("pk", self.field.label_field)
        shown = list(rows[: self.field.limit])
        chosen = self.field.chosen_pk
        if chosen.isdigit() and all(str(pk) != chosen for pk, _label in shown):
            shown[:0] = rows.filter(pk=chosen)
        yield from shown

    def __len__(self):
        return self.field.limit + 2

    def __bool__(self):
        return True


class BoundedModelChoiceField(forms.ModelChoiceField):
    """A select box that lists at most `limit` rows (the queryset's first, labelled by their
    `label_field`), so a table of 100,000 articles does not become a 100,000-option page; any
    existing row is still a valid choice, so a link such as `?article=123` from an article page
    filters and shows it selected."""

    iterator = _BoundedChoices

    def __init__(self, *args, limit: int, label_field: str, **kwargs):
        self.limit, self.label_field, self.chosen_pk = limit, label_field, ""
        super().__init__(*args, **kwargs)


def _user_field(label, empty_label, queryset=None):
    # A newsroom has dozens of people, a big one a few hundred: all of them, up to a bound.
    return BoundedModelChoiceField(
        label=label,
        queryset=_users() if queryset is None else queryset,
        required=False,
        empty_label=empty_label,
        limit=500,
        label_field="username",
    )


def _article_field():
    return BoundedModelChoiceField(
        label=_("Article"),
        queryset=_articles(),
        required=False,
        empty_label=_("Any"),
        limit=100,
        label_field="title",
    )


# The queue's select boxes hold hundreds of options, and Django's own widget templates spent more
# than half of that page's time including a template per option; Django's Jinja2 versions of the
# same templates draw them several times faster. One instance: it keeps the compiled templates.
_WIDGETS = Jinja2()


class _Form(forms.Form):
    """Labels without the trailing colon: the filters read as a toolbar. Widgets drawn by Jinja2."""

    default_renderer = _WIDGETS

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if isinstance(field, BoundedModelChoiceField):
                field.chosen_pk = str(self.data.get(self.add_prefix(name)) or "")


class _DateRangeMixin:
    """Two optional dates, `first_field` on or before `last_field`."""

    first_field = last_field = ""

    def clean(self):
        data = super().clean()
        first, last = data.get(self.first_field), data.get(self.last_field)
        if first and last and first > last:
            self.add_error(self.last_field, _("The end date is before the start date."))
        return data


class DateInput(forms.DateInput):
    input_type = "date"


class ClaimFilterForm(_DateRangeMixin, _Form):
    """What the queue shows. Every field is optional: an empty form is the whole queue."""

    SORTS = [
        ("worth", _("Most check-worthy first")),
        ("newest", _("Newest imported first")),
        ("oldest", _("Oldest imported first")),
    ]
    first_field, last_field = "imported_from", "imported_to"

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any")), *Claim.Status.choices], required=False
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=[("", _("Any")), *Claim.Kind.choices], required=False)
    speaker = BoundedModelChoiceField(
        label=_("Speaker"),
        queryset=Speaker.objects.order_by("name"),
        required=False,
        empty_label=_("Any"),
        limit=500,
        label_field="name",
    )
    article = _article_field()
    assignee = _user_field(_("Assigned to"), _("Anyone"))
    imported_from = forms.DateField(label=_("Imported between"), required=False, widget=DateInput)
    imported_to = forms.DateField(label=_("and"), required=False, widget=DateInput)
    sort = forms.ChoiceField(label=_("Sort"), choices=SORTS, required=False)
    mine = forms.BooleanField(label=_("My queue (assigned to me, unreviewed)"), required=False)
    dismissed = forms.BooleanField(label=_("Show dismissed"), required=False)
    # Keyset pages: the sort key of the row a page starts after (next) or ends before (previous).
    # Only the pager's links carry them; the filter form never renders them, so a new filter or
    # search starts again at the first page.
    after = forms.CharField(label=_("Page"), required=False, widget=forms.HiddenInput)
    before = forms.CharField(label=_("Page"), required=False, widget=forms.HiddenInput)

    def dropdowns(self):
        """The select boxes, in the order the page shows them."""
        return [self[name] for name in ("status", "kind", "speaker", "article", "assignee", "sort")]

    def clean(self):
        data = super().clean()
        sort = data.get("sort") or "worth"
        for name in ("after", "before"):
            if data.get(name):
                try:
                    data[name] = parse_cursor(data[name], sort)
                except ValueError:
                    self.add_error(name, _("This page link is broken; start again from the first page."))
        if data.get("after") and data.get("before"):
            self.add_error(None, _("A page link gives “after” or “before”, not both."))
        return data

    def page(self, claims, size: int):
        """The page of `claims` (as `filter` returned them) that the form's cursor asks for."""
        data = self.cleaned_data
        sort = data["sort"] or "worth"
        widen = None
        if sort == "worth" and (data["imported_from"] or data["imported_to"]) and self._filtered:
            # Many claims in the dates: find the page by the order's index, not the time index.
            unfiltered, user = self._filtered
            widen = lambda: self.filter(unfiltered, user=user, wide=True)  # noqa: E731
        return KeysetPage.fetch(claims, sort, data["after"], data["before"], size, widen=widen)

    _filtered = None

    def filter(self, claims, *, user, wide=False):
        """`claims` narrowed and sorted as the (valid) form says; `user` is who "me" is. `wide`:
        see ClaimQuerySet.imported_between."""
        self._filtered = (claims, user)
        data = self.cleaned_data
        if not data["dismissed"]:
            claims = claims.active()
        if data["mine"]:
            claims = claims.my_queue(user)
        if data["speaker"]:
            claims = claims.for_speaker(data["speaker"])
        if data["article"]:
            claims = claims.for_article(data["article"])
        if data["assignee"]:
            claims = claims.assigned_to(data["assignee"])
        claims = claims.with_status(data["status"]).of_kind(data["kind"]).search(data["q"])
        claims = claims.imported_between(data["imported_from"], data["imported_to"], wide=wide)
        return claims.sorted_by(data["sort"] or "worth")


def cursor_of(claim, sort: str) -> str:
    """The claim's place in the `sort` order as a page link value: "0.73:1234" (worth and id) or
    "2025-03-01T09:30:00.123456Z:1234" (import time in UTC and id)."""
    field, _descending = ClaimQuerySet.SORTS[sort]
    value = getattr(claim, field)
    if isinstance(value, datetime.datetime):
        text = value.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")
    else:
        text = repr(float(value))  # the shortest text that reads back as the same float
    return f"{text}:{claim.pk}"


_CURSOR = re.compile(r"^(.{1,60}):(\d{1,18})$")


def parse_cursor(text: str, sort: str) -> tuple:
    """`(value, pk)` from `cursor_of`'s text for this sort; ValueError for anything else."""
    match = _CURSOR.match(text)
    if not match:
        raise ValueError(text)
    field, _descending = ClaimQuerySet.SORTS[sort]
    if field == "created_at":
        value = datetime.datetime.fromisoformat(match[1])
        if timezone.is_naive(value):
            raise ValueError(text)
        try:
            value = value.astimezone(datetime.UTC)  # out of range near year 1 and year 9999
        except OverflowError as exc:
            raise ValueError(text) from exc
    else:
        value = float(match[1])
        if not math.isfinite(value):
            raise ValueError(text)
    return value, int(match[2])


@dataclass
class KeysetPage:
    """One page of the queue, found by seeking past a row's sort key instead of by OFFSET, with the
    number of matching claims counted no further than COUNT_CAP + 1 (shown as "1000+")."""

    COUNT_CAP = 1000

    object_list: list
    sort: str
    matching: int
    is_first: bool
    has_next: bool
    has_previous: bool

    @classmethod
    def fetch(cls, claims, sort: str, after=None, before=None, size: int = 50, widen=None) -> "KeysetPage":
        """The page of `claims` (sorted by `sort`) after cursor `after`, or before `before`, or the
        first page. Two queries: the capped count, then the rows, one more than a page to know
        whether more follow. `widen`, if given, returns the same claims written for a filter that
        matches many: it replaces `claims` when the count reaches the cap."""
        # Counted in no order: the database reads the first COUNT_CAP + 1 matching rows by whatever
        # path finds them soonest (the filter's own index for a narrow filter, any for a wide one).
        # In the page's order, a narrow filter walked the whole sort index to find its few rows.
        matching = claims.order_by().values("pk")[: cls.COUNT_CAP + 1].count()
        if widen and matching > cls.COUNT_CAP:
            claims = widen()
        if before:
            rows = _head(claims.seek(sort, *before, backwards=True), size + 1)
            if len(rows) < size:  # too little before it for a whole page: that is the first page
                return cls.fetch(claims, sort, size=size, widen=widen)
            has_previous = len(rows) > size
            rows, is_first, has_next = rows[:size][::-1], not has_previous, True
        else:
            rows = _head(claims.seek(sort, *after) if after else claims, size + 1)
            rows, is_first, has_next = rows[:size], not after, len(rows) > size
            # After the last row there is nothing to go back from but the first page.
            has_previous = bool(after and rows)
        return cls(rows, sort, matching, is_first, has_next, has_previous)

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    @property
    def has_other_pages(self) -> bool:
        return not self.is_first or self.has_next

    @property
    def next_after(self) -> str:
        """The `after` of the next page: the last row's key."""
        return cursor_of(self.object_list[-1], self.sort) if self.has_next else ""

    @property
    def previous_before(self) -> str:
        """The `before` of the previous page: the first row's key."""
        return cursor_of(self.object_list[0], self.sort) if self.has_previous else ""


def _head(claims, n: int) -> list:
    """The first `n` of `claims`. A search's matches have no index in the page's order, so all of
    them are sorted (16,828 for one word at 1.15M claims): that sort takes only their ids and sort
    keys, in a subquery, and the page's rows with what they show are read for those `n` alone. In
    one statement, the rows of every match went through the sort with their joins (0.1 s, SQLite)."""
    if "searched_text" not in claims.query.annotations:
        return list(claims[:n])
    rows = claims.model._default_manager.filter(pk__in=claims.values("pk")[:n])
    rows.query.select_related = claims.query.select_related
    rows.query.deferred_loading = claims.query.deferred_loading
    rows.query.standard_ordering = claims.query.standard_ordering
    return list(rows.order_by(*claims.query.order_by))


SYSTEM = "system"


class _WithSystem(_BoundedChoices):
    """The users, after "Anyone" and "the system" (events no person caused: imports by a command…)."""

    def __iter__(self):
        choices = super().__iter__()
        if self.field.empty_label is not None:
            yield next(choices)
        yield (SYSTEM, _("the system"))
        yield from choices


class ActorChoiceField(BoundedModelChoiceField):
    """A user, or SYSTEM for the events without one."""

    iterator = _WithSystem

    def to_python(self, value):
        return SYSTEM if value == SYSTEM else super().to_python(value)

    def validate(self, value):
        if value != SYSTEM:
            super().validate(value)


class AuditFilterForm(_DateRangeMixin, _Form):
    first_field, last_field = "since", "until"

    actor = ActorChoiceField(
        label=_("User"),
        queryset=_users(),
        required=False,
        empty_label=_("Anyone"),
        limit=500,
        label_field="username",
    )
    action = forms.ChoiceField(
        label=_("Action"), choices=[("", _("Any")), *AuditEvent.Action.choices], required=False
    )
    article = _article_field()
    since = forms.DateField(label=_("From"), required=False, widget=DateInput)
    until = forms.DateField(label=_("to"), required=False, widget=DateInput)

    def filter(self, events):
        data = self.cleaned_data
        if data["actor"] == SYSTEM:
            events = events.by_system()
        elif data["actor"]:
            events = events.by_actor(data["actor"])
        if data["article"]:
            events = events.for_article(data["article"])
        return events.with_action(data["action"]).between(data["since"], data["until"])


_SELECTED = re.compile(r"^(\d{1,18}):(\d{1,9})$")


class SelectedClaimsField(forms.Field):
    """Checkbox values "id:version": which claims, and the version each row showed, so a claim
    changed since the page was loaded is refused rather than overwritten."""

    widget = forms.MultipleHiddenInput
    default_error_messages = {
        "required": _("Tick at least one claim."),
        "invalid": _("“%(value)s” is not a claim of this page."),
    }

    def to_python(self, value):
        pairs = {}
        for item in value or []:
            match = _SELECTED.match(str(item))
            if not match:
                raise ValidationError(self.error_messages["invalid"], code="invalid", params={"value": item})
            pairs[int(match[1])] = int(match[2])
        return pairs


class BulkActionForm(_Form):
    """One form for both bulk actions: the button pressed (`action`) says which fields count."""

    action = forms.ChoiceField(
        label=_("Action"), choices=[("verdict", _("Set verdict")), ("assign", _("Assign"))]
    )
    selected = SelectedClaimsField(label=_("Claims"))
    status = forms.ChoiceField(
        label=_("Verdict"),
        choices=[("", "—"), *((s.value, s.label) for s in Claim.VERDICTS)],
        required=False,
        # Required in the browser for the verdict button only: the assign button skips validation.
        widget=forms.Select(attrs={"required": True}),
    )
    rationale = forms.CharField(
        label=_("Rationale"), required=False, widget=forms.Textarea(attrs={"rows": 2, "required": True})
    )
    evidence_url = forms.URLField(
        label=_("Evidence link"), max_length=1000, required=False, assume_scheme="https"
    )
    assignee = _user_field(_("Assign to"), _("Choose someone"), queryset=holders("set_verdict"))
    # The queue's query string, to go back to the same filters and page.
    query = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "bulk-%s")
        super().__init__(*args, **kwargs)
        # What each verdict needs, said before sending; queue.js also makes the link required when
        # the chosen verdict needs one and a ticked claim has no evidence yet.
        needing = Claim.EVIDENCE_VERDICTS if settings.FACTCHECK_REQUIRE_EVIDENCE else ()
        self.fields["status"].widget.attrs["data-needs-evidence"] = " ".join(needing)
        self.fields["evidence_url"].help_text = (
            _(
                "Added to every ticked claim. Verified and Disputed need one for each claim that has no "
                "evidence yet; Unverifiable needs none."
            )
            if needing
            else _("Optional: added to every ticked claim.")
        )

    def clean(self):
        data = super().clean()
        if data.get("action") == "verdict":
            if not data.get("status"):
                self.add_error("status", _("Choose the verdict."))
            if not (data.get("rationale") or "").strip():
                self.add_error("rationale", _("Every verdict needs a rationale: say why."))
        elif data.get("action") == "assign" and not data.get("assignee"):
            self.add_error("assignee", _("Choose who gets the claims."))
        return data
