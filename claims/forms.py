import dataclasses

from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from . import netfetch, words
from .ingest import ImportRefused, Published
from .models import Claim, Feed, Lang, Speaker, fold_name
from .roles import holders
from .sources import (
    ArticleInput,
    SourceError,
    check_source_url,
    check_unique,
    max_upload_bytes,
    read_source,
    refuse_bad_chars,
)
from .webhooks.models import Event


class _SourceLinkField(forms.URLField):
    # Checked by `clean_source_url` with the rule JSON imports use, and its message.
    default_validators = []


class _MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class _MultipleFileField(forms.FileField):
    """One file or several (a JSONL file, or a folder's worth of .txt files)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", _MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        one = super().clean
        if isinstance(data, (list, tuple)):
            return [f for f in (one(d, initial) for d in data) if f]
        return [f for f in [one(data, initial)] if f]


class ArticleForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=300,
        required=False,
        help_text=_("Leave empty to use the first sentence."),
    )
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 16}), required=False)
    file = _MultipleFileField(
        label=_("…or upload files"),
        required=False,
        help_text=_(
            ".txt (it may start with a line “date YYYY-MM”), .html, .json or .jsonl; one file or "
            "several. A large upload is imported in the background, with a page that shows its progress."
        ),
    )
    link = forms.CharField(
        label=_("…or import from a link"),
        max_length=1000,
        required=False,
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
        help_text=_("The page is fetched in the background and its article text imported."),
    )
    published = forms.CharField(
        label=_("Published"),
        required=False,
        max_length=10,
        help_text=_("YYYY-MM-DD, or just YYYY-MM or YYYY."),
    )
    lang = forms.ChoiceField(
        label=_("Language"), choices=[("", _("Detect automatically")), *Lang.choices], required=False
    )
    outlet = forms.CharField(label=_("Outlet"), max_length=200, required=False)
    source_url = _SourceLinkField(
        label=_("Source link"), max_length=1000, required=False, assume_scheme="https"
    )

    def clean_source_url(self):
        # The same rule as a JSON file's source_url: http(s) only.
        try:
            return check_source_url("source_url", self.cleaned_data["source_url"])
        except SourceError as exc:
            raise forms.ValidationError(exc.reason) from None

    def clean_link(self):
        link = self.cleaned_data["link"].strip()
        if not link:
            return ""
        try:
            return netfetch.check_url(link)
        except netfetch.FetchError as exc:
            raise forms.ValidationError(str(exc)) from None

    def clean_published(self):
        value = self.cleaned_data["published"].strip()
        if not value:
            return None
        try:
            return Published.parse(value)
        except ImportRefused as exc:
            raise forms.ValidationError(str(exc)) from None

    def clean(self):
        data = super().clean()
        given = [bool(data.get("text")), bool(data.get("file")), bool(data.get("link"))]
        if "link" in self.errors:
            given[2] = True
        if sum(given) != 1:
            raise forms.ValidationError(
                _("Paste the article text, upload files or give a link (one of the three).")
            )
        return data

    def uploads(self) -> list[tuple[str, bytes]]:
        """The uploaded files as (name, content), each within the size limit."""
        if getattr(self, "_uploads", None) is not None:
            return self._uploads
        found = []
        for upload in self.cleaned_data["file"] or []:
            if upload.size > max_upload_bytes():
                raise SourceError(
                    upload.name, f"the file has {upload.size:,} bytes; the limit is {max_upload_bytes():,}"
                )
            found.append((upload.name, upload.read()))
        self._uploads = found
        return found

    def options(self) -> dict:
        """The form's choices that apply to every article, as JSON (for a background job)."""
        data = self.cleaned_data
        options = {key: data[key] for key in ("title", "lang", "outlet", "source_url") if data[key]}
        if data["published"]:
            options["published"] = data["published"].date.isoformat()[
                : {"year": 4, "month": 7}.get(data["published"].precision, 10)
            ]
        return options

    def inputs(
        self, uploads: list[tuple[str, bytes]] | None = None, *, unique: bool = True
    ) -> list[ArticleInput]:
        """The article(s) to import: the pasted text, or what the uploaded files hold, with the
        form's title, date, language and outlet taking precedence over the files' own."""
        data = self.cleaned_data
        if data["file"]:
            items = []
            for name, content in uploads if uploads is not None else self.uploads():
                items.extend(read_source(name, content))
            if unique:
                # Imported in one transaction: a second copy would refuse the whole upload and
                # point at an article that was rolled back.
                check_unique(items)
        else:
            # The same checks as a file's text (sources.refuse_bad_chars).
            refuse_bad_chars("pasted text", data["text"].replace("\r\n", "\n"))
            items = [ArticleInput(text=data["text"], source="pasted text")]
        overrides = {
            key: data[key] for key in ("title", "lang", "published", "outlet", "source_url") if data[key]
        }
        return [dataclasses.replace(item, **overrides) for item in items]


class VerdictForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Verdict"),
        choices=[(s.value, s.label) for s in Claim.VERDICTS],
        widget=forms.RadioSelect,
    )
    rationale = forms.CharField(label=_("Rationale"), widget=forms.Textarea(attrs={"rows": 3}))
    evidence_url = forms.URLField(
        label=_("Evidence link"), max_length=1000, required=False, assume_scheme="https"
    )
    evidence_note = forms.CharField(label=_("Note on the link"), max_length=500, required=False)
    version = forms.IntegerField(widget=forms.HiddenInput)
    # Set by the view when the claim changed under the reviewer: shown with the current state.
    conflict = ""

    @classmethod
    def for_claim(cls, claim, data=None):
        """A form for this claim: bound to `data` when given, else showing its current verdict."""
        initial = {"version": claim.version, "rationale": claim.rationale}
        if claim.status in Claim.VERDICTS:
            initial["status"] = claim.status
        return cls(data, initial=initial, prefix=f"c{claim.pk}")


class EvidenceForm(forms.Form):
    url = forms.URLField(label=_("Link"), max_length=1000, assume_scheme="https")
    note = forms.CharField(label=_("Note"), max_length=500, required=False)


def speaker_name_field():
    """A speaker typed by name: existing speakers are offered as you type (the page's
    `speaker-names` datalist); a new name creates a speaker; empty means the author."""
    return forms.CharField(
        widget=forms.TextInput(attrs={"list": "speaker-names", "autocomplete": "off"}),
        label=_("Speaker"),
        max_length=200,
        required=False,
        help_text=_("Empty: the author's own statement."),
    )


class ClaimEditForm(forms.Form):
    """Fix what the extractor got wrong: who said it, what kind of claim, the cue, or "not a claim"."""

    speaker_name = speaker_name_field()
    kind = forms.ChoiceField(label=_("Kind"), choices=Claim.Kind.choices)
    cue = forms.CharField(label=_("Cue"), max_length=100, required=False)
    dismissed = forms.BooleanField(label=_("Not a claim (dismiss it)"), required=False)
    version = forms.IntegerField(widget=forms.HiddenInput)

    @classmethod
    def for_claim(cls, claim, data=None):
        initial = {
            "speaker_name": claim.speaker.name if claim.speaker else "",
            "kind": claim.kind,
            "cue": claim.cue,
            "dismissed": claim.dismissed,
            "version": claim.version,
        }
        return cls(data, initial=initial, prefix="edit")


class BoundsForm(forms.Form):
    """A claim's boundaries moved by words: the span the page shows (moved there by claim.js, or the
    claim's own), and without JavaScript one word `move` to apply to it on the server."""

    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    move = forms.ChoiceField(choices=[(m, m) for m in words.MOVES], required=False)
    version = forms.IntegerField(widget=forms.HiddenInput)

    @classmethod
    def for_claim(cls, claim, data=None):
        form = cls(
            data, initial={"start": claim.start, "end": claim.end, "version": claim.version}, prefix="bounds"
        )
        form.body = claim.article.body
        return form

    def clean(self):
        data = super().clean()
        if data.get("move") and data.get("start") is not None and data.get("end") is not None:
            data["start"], data["end"] = words.step(self.body, data["start"], data["end"], data["move"])
        return data


class AssignForm(forms.Form):
    # Only people who may set verdicts: a claim is assigned to be reviewed.
    assignee = forms.ModelChoiceField(
        queryset=holders("set_verdict"),
        label=_("Reviewer"),
        required=False,
        empty_label=_("Nobody"),
    )
    version = forms.IntegerField(widget=forms.HiddenInput)

    @classmethod
    def for_claim(cls, claim, data=None):
        return cls(data, initial={"assignee": claim.assignee_id, "version": claim.version}, prefix="assign")


class ReopenForm(forms.Form):
    reason = forms.CharField(label=_("Why reopen it?"), max_length=1000)
    version = forms.IntegerField(widget=forms.HiddenInput)

    @classmethod
    def for_claim(cls, claim, data=None):
        return cls(data, initial={"version": claim.version}, prefix="reopen")


class MergeSpeakerForm(forms.Form):
    target = forms.ModelChoiceField(label=_("Merge into"), queryset=Speaker.objects.all())

    def __init__(self, *args, speaker, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = Speaker.objects.exclude(pk=speaker.pk).order_by("name")


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


class SplitForm(forms.Form):
    """Where to cut: a word boundary inside the claim, as an offset into the article."""

    at = forms.TypedChoiceField(label=_("Split before"), coerce=int)
    version = forms.IntegerField(widget=forms.HiddenInput)

    @classmethod
    def for_claim(cls, claim, data=None):
        form = cls(data, initial={"version": claim.version}, prefix="split")
        body = claim.article.body
        points = [
            (i, f"…{body[max(claim.start, i - 25) : i].lstrip()} | {body[i : i + 25].rstrip()}…")
            for i in range(claim.start + 1, claim.end)
            if body[i - 1].isspace() and not body[i].isspace()
        ]
        form.fields["at"].choices = points
        return form


class NewClaimForm(forms.Form):
    """A claim the extractor missed: the span someone selected in the article, and what it is."""

    start = forms.IntegerField(label=_("From character"), min_value=0)
    end = forms.IntegerField(label=_("To character"), min_value=0)
    kind = forms.ChoiceField(label=_("Kind"), choices=Claim.Kind.choices)
    speaker_name = speaker_name_field()
    cue = forms.CharField(label=_("Cue"), max_length=100, required=False)


class SpeakerForm(forms.Form):
    """A speaker's record: names, kind, role, description, and a page that identifies them."""

    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=Speaker.Kind.choices)
    role = forms.CharField(label=_("Role"), max_length=300, required=False)
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    reference_url = forms.URLField(
        label=_("Reference link"),
        max_length=500,
        required=False,
        assume_scheme="https",
        error_messages={"invalid": _("Enter an http:// or https:// link.")},
        help_text=_("Wikidata or another page that identifies the speaker."),
    )
    aliases = forms.CharField(
        label=_("Also named"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_("One per line: the forms of the name seen in articles."),
    )

    def __init__(self, *args, speaker, **kwargs):
        super().__init__(*args, **kwargs)
        self.speaker = speaker

    @classmethod
    def for_speaker(cls, speaker, data=None):
        initial = {
            "name": speaker.name,
            "kind": speaker.kind,
            "role": speaker.role,
            "description": speaker.description,
            "reference_url": speaker.reference_url,
            "aliases": "\n".join(speaker.aliases),
        }
        return cls(data, initial=initial, speaker=speaker, prefix="speaker")

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        clash = Speaker.objects.filter(folded_name=fold_name(name)).exclude(pk=self.speaker.pk).first()
        if clash is not None:
            raise forms.ValidationError(
                _(
                    "“%(name)s” is already a speaker. If they are the same, merge this speaker into "
                    "“%(name)s” instead (Chief editors can merge)."
                ),
                params={"name": clash.name},
                code="taken",
            )
        return name

    def clean_reference_url(self):
        url = self.cleaned_data["reference_url"]
        if url:
            # A plain URLField also takes ftp:// links; the page links out, so only the web.
            URLValidator(
                schemes=["http", "https"], message=self.fields["reference_url"].error_messages["invalid"]
            )(url)
        return url

    def clean_aliases(self):
        return [" ".join(line.split()) for line in self.cleaned_data["aliases"].splitlines() if line.strip()]


class HideCommentForm(forms.Form):
    reason = forms.CharField(
        label=_("Why hide it?"),
        max_length=1000,
        error_messages={"required": _("Say why the comment is hidden: a reason is required.")},
    )


class _ClaimButtonForm(forms.Form):
    """A button on a claim that sends only the version the page showed: a changed claim is refused."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    prefix_name = ""

    @classmethod
    def for_claim(cls, claim, data=None):
        return cls(data, initial={"version": claim.version}, prefix=cls.prefix_name)


class ConfirmVerdictForm(_ClaimButtonForm):
    prefix_name = "confirm"


class PublishVerdictForm(_ClaimButtonForm):
    prefix_name = "publish"


class FeedForm(forms.ModelForm):
    url = forms.URLField(
        label=_("address"),
        max_length=1000,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
        help_text=_("The address of the RSS/Atom feed or the sitemap (XML)."),
    )

    class Meta:
        model = Feed
        fields = ["name", "url", "kind", "lang", "interval_minutes", "paused"]
        help_texts = {"interval_minutes": _("At least 5 minutes.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lang"].choices = [("", _("Detect automatically")), *Lang.choices]

    def clean_url(self):
        url = self.cleaned_data["url"]
        if self.instance.pk and url == self.instance.url:
            return url  # unchanged: checked when it was set, and again at every fetch
        try:
            return netfetch.check_url(url)
        except netfetch.FetchError as exc:
            raise forms.ValidationError(str(exc)) from None

    def clean_interval_minutes(self):
        value = self.cleaned_data["interval_minutes"]
        if value < 5:
            raise forms.ValidationError(_("Poll at most every 5 minutes."))
        if value > 7 * 24 * 60:
            raise forms.ValidationError(_("Poll at least once a week (10080 minutes)."))
        return value


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What or who will use it, e.g. “CMS import”."),
    )


class WebhookForm(forms.Form):
    url = forms.URLField(label=_("URL"), max_length=1000, assume_scheme="https")
    description = forms.CharField(label=_("Description"), max_length=200, required=False)
    events = forms.MultipleChoiceField(
        label=_("Events"), choices=Event.choices, widget=forms.CheckboxSelectMultiple
    )
    active = forms.BooleanField(
        label=_("Active"), required=False, initial=True, help_text=_("A paused endpoint is sent nothing.")
    )
