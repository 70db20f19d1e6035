from django import forms
from django.utils.translation import gettext_lazy as _

from .ingest import ImportRefused, Published
from .models import Claim, Lang


class ArticleForm(forms.Form):
    title = forms.CharField(
        max_length=300, required=False, help_text=_("Leave empty to use the first sentence.")
    )
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 16}))
    published = forms.CharField(
        required=False, max_length=10, help_text=_("YYYY-MM-DD, or just YYYY-MM or YYYY.")
    )
    lang = forms.ChoiceField(
        label=_("Language"), choices=[("", _("Detect automatically")), *Lang.choices], required=False
    )
    outlet = forms.CharField(max_length=200, required=False)
    source_url = forms.URLField(
        label=_("Source link"), max_length=1000, required=False, assume_scheme="https"
    )

    def clean_published(self):
        value = self.cleaned_data["published"].strip()
        if not value:
            return None
        try:
            return Published.parse(value)
        except ImportRefused as exc:
            raise forms.ValidationError(str(exc)) from None


class VerdictForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Verdict"),
        choices=[(s.value, s.label) for s in Claim.VERDICTS],
        widget=forms.RadioSelect,
    )
    rationale = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
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
    note = forms.CharField(max_length=500, required=False)
