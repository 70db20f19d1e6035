"""The forms of the claim queue and the audit log: GET filters that narrow a QuerySet through its
named methods, and the queue's bulk action form."""

import re

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Article, AuditEvent, Claim, Speaker


def _users():
    return get_user_model().objects.filter(is_active=True).order_by("username")


def _articles():
    # A dropdown needs the titles, never the bodies.
    return Article.objects.only("id", "title").order_by("-created_at", "-id")


class _Form(forms.Form):
    """Labels without the trailing colon: the filters read as a toolbar."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


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
    speaker = forms.ModelChoiceField(
        label=_("Speaker"), queryset=Speaker.objects.only("id", "name"), required=False, empty_label=_("Any")
    )
    article = forms.ModelChoiceField(
        label=_("Article"), queryset=_articles(), required=False, empty_label=_("Any")
    )
    assignee = forms.ModelChoiceField(
        label=_("Assigned to"), queryset=_users(), required=False, empty_label=_("Anyone")
    )
    imported_from = forms.DateField(label=_("Imported between"), required=False, widget=DateInput)
    imported_to = forms.DateField(label=_("and"), required=False, widget=DateInput)
    sort = forms.ChoiceField(label=_("Sort"), choices=SORTS, required=False)
    mine = forms.BooleanField(label=_("My queue (assigned to me, unreviewed)"), required=False)
    dismissed = forms.BooleanField(label=_("Show dismissed"), required=False)

    def dropdowns(self):
        """The select boxes, in the order the page shows them."""
        return [self[name] for name in ("status", "kind", "speaker", "article", "assignee", "sort")]

    def filter(self, claims, *, user):
        """`claims` narrowed and sorted as the (valid) form says; `user` is who "me" is."""
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
        claims = claims.imported_between(data["imported_from"], data["imported_to"])
        return claims.sorted_by(data["sort"] or "worth")


class AuditFilterForm(_DateRangeMixin, _Form):
    first_field, last_field = "since", "until"

    actor = forms.ModelChoiceField(
        label=_("User"), queryset=_users(), required=False, empty_label=_("Anyone")
    )
    action = forms.ChoiceField(
        label=_("Action"), choices=[("", _("Any")), *AuditEvent.Action.choices], required=False
    )
    article = forms.ModelChoiceField(
        label=_("Article"), queryset=_articles(), required=False, empty_label=_("Any")
    )
    since = forms.DateField(label=_("From"), required=False, widget=DateInput)
    until = forms.DateField(label=_("to"), required=False, widget=DateInput)

    def filter(self, events):
        data = self.cleaned_data
        if data["actor"]:
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
        label=_("Evidence link (optional)"), max_length=1000, required=False, assume_scheme="https"
    )
    assignee = forms.ModelChoiceField(
        label=_("Assign to"), queryset=_users(), required=False, empty_label=_("Choose someone")
    )
    # The queue's query string, to go back to the same filters and page.
    query = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "bulk-%s")
        super().__init__(*args, **kwargs)

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
