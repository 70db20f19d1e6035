"""Fixing the extraction: edit a claim's fields, speaker, span; add, split and merge claims."""

from django.db import transaction
from django.utils.translation import gettext

from .. import audit
from ..extraction import checkworthiness, lexicon
from ..models import Article, Claim, Notification
from ..notifications import notify
from ..roles import require
from .base import Action, WorkflowError, audit_value, locked
from .people import find_or_create_speaker

EDITABLE_FIELDS = ("text", "start", "end", "kind", "speaker", "mention", "cue", "assignee", "dismissed")
# What a verdict is about: these stay as they were judged while a verdict is set.
JUDGED_FIELDS = ("text", "start", "end", "kind", "speaker")


def check_edit(claim: Claim, fields) -> None:
    """Raise WorkflowError when changing `fields` of the claim as it stands is not allowed: a
    verdict is about the claim as it stood, so its words, span, speaker and kind stay while it is
    set; a published claim keeps everything but its assignee."""
    if claim.is_published and set(fields) - {"assignee"}:
        # The public ClaimReview quotes this claim: what it says and who said it stay as
        # published until the verdict is reopened, with a reason.
        raise WorkflowError(
            gettext("This verdict is published: reopen it, with a reason, before changing the claim.")
        )
    judged = [field for field in JUDGED_FIELDS if field in fields]
    if judged and claim.status != Claim.Status.UNREVIEWED:
        raise WorkflowError(
            gettext(
                "This claim has a verdict (%(status)s), which is about the claim as it stood: "
                "reopen the verdict first, with a reason, before changing its %(fields)s."
            )
            % {"status": claim.get_status_display().lower(), "fields": ", ".join(judged)}
        )


def edit_claim(claim: Claim, *, actor, expected_version: int | None, note: str = "", **changes) -> Claim:
    """Change a claim's extraction fields (text, span, kind, speaker, cue…), its assignee or dismissal.

    The audit action names what changed: `claim.assigned` or `claim.dismissed` when that is all,
    `claim.edited` otherwise.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise WorkflowError(
            gettext("These fields cannot be edited here: %(fields)s.")
            % {"fields": ", ".join(sorted(unknown))}
        )
    if set(changes) == {"assignee"}:
        require(actor, "assign_claim", "assign claims")
    else:
        require(actor, "fix_extraction", "change a claim's extraction")
    with transaction.atomic():
        current = locked(claim, expected_version)
        diff = {}
        for field, value in changes.items():
            before = getattr(current, field)
            if before != value:
                diff[field] = [audit_value(before), audit_value(value)]
                setattr(current, field, value)
        if not diff:
            return current
        check_edit(current, diff)
        _check_span(current)
        current.version += 1
        current.save(update_fields=[*diff, "version"])
        if set(diff) == {"assignee"}:
            action = Action.CLAIM_ASSIGNED
        elif set(diff) == {"dismissed"}:
            action = Action.CLAIM_DISMISSED
        else:
            action = Action.CLAIM_EDITED
        audit.record(action, actor=actor, claim=current, changes=diff, note=note)
        if "assignee" in diff and current.assignee is not None:
            _notify_assignee(current, actor)
    return current


def _notify_assignee(claim: Claim, actor) -> None:
    who = actor.get_username() if actor is not None else gettext("The system")
    message = gettext("%(actor)s assigned you a claim: “%(claim)s”") % {"actor": who, "claim": claim}
    notify([claim.assignee], Notification.Kind.ASSIGNED, message, claim=claim, actor=actor)


def _outside(start: int, end: int, length: int) -> str:
    return gettext("The span %(start)d–%(end)d lies outside the article (0–%(length)d).") % {
        "start": start,
        "end": end,
        "length": length,
    }


def _check_span(claim: Claim) -> None:
    body_len = len(claim.article.body)
    if not (0 <= claim.start <= claim.end <= body_len):
        raise WorkflowError(_outside(claim.start, claim.end, body_len))
    if not claim.text.strip():
        raise WorkflowError(gettext("A claim needs text."))


def fix_claim(claim: Claim, *, actor, expected_version: int | None, speaker_name: str, **changes) -> Claim:
    """Correct the extraction, naming the speaker as text: an existing speaker is reused, a new one
    created, empty means the author. New boundaries (`start`, `end`) take the article's text between
    them. One transaction, so a refused edit adds no speaker."""
    if "start" in changes or "end" in changes:
        start, end = _span(claim.article, changes.get("start", claim.start), changes.get("end", claim.end))
        changes.update(start=start, end=end, text=claim.article.body[start:end])
    with transaction.atomic():
        speaker = find_or_create_speaker(speaker_name, actor=actor) if speaker_name.strip() else None
        return edit_claim(claim, actor=actor, expected_version=expected_version, speaker=speaker, **changes)


def move_bounds(claim: Claim, *, actor, expected_version: int | None, start: int, end: int) -> Claim:
    """New boundaries for a claim: its text becomes the article's words between them (surrounding
    whitespace trimmed). Audited as an edit of the span and text, under the same rules as any
    other fix of the extraction."""
    start, end = _span(claim.article, start, end)
    text = claim.article.body[start:end]
    return edit_claim(claim, actor=actor, expected_version=expected_version, start=start, end=end, text=text)


def _span(article: Article, start: int, end: int) -> tuple[int, int]:
    """The span trimmed of surrounding whitespace; refused when empty or outside the article."""
    body = article.body
    if not (0 <= start < end <= len(body)):
        raise WorkflowError(_outside(start, end, len(body)))
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if start == end:
        raise WorkflowError(gettext("The selection holds no text."))
    return start, end


def _worthiness(article: Article, text: str, speaker) -> float:
    return checkworthiness(text, lexicon.get(article.lang), attributed=speaker is not None)


def add_claim(
    article: Article, *, actor, start: int, end: int, kind: str, speaker_name: str = "", cue: str = ""
):
    """A claim the extractor missed, from a span of the article someone selected."""
    require(actor, "fix_extraction", "add claims")
    if kind not in Claim.Kind.values:
        raise WorkflowError(gettext("“%(kind)s” is not a kind of claim.") % {"kind": kind})
    start, end = _span(article, start, end)
    with transaction.atomic():
        speaker = find_or_create_speaker(speaker_name, actor=actor) if speaker_name.strip() else None
        text = article.body[start:end]
        claim = Claim.objects.create(
            article=article,
            text=text,
            start=start,
            end=end,
            kind=kind,
            speaker=speaker,
            cue=cue.strip()[:100],
            rule="manual",
            origin=Claim.Origin.MANUAL,
            checkworthiness=_worthiness(article, text, speaker),
        )
        changes = {"text": [None, text], "start": [None, start], "end": [None, end], "kind": [None, kind]}
        if speaker:
            changes["speaker"] = [None, audit_value(speaker)]
        audit.record(Action.CLAIM_ADDED, actor=actor, claim=claim, changes=changes)
    return claim


def split_claim(claim: Claim, at: int, *, actor, expected_version: int | None) -> tuple[Claim, Claim]:
    """Cut a claim in two at offset `at` of the article: the claim keeps the first part, a new claim
    with the same speaker, kind and cue gets the rest. A claim with a verdict is reopened first."""
    require(actor, "fix_extraction", "split claims")
    with transaction.atomic():
        current = locked(claim, expected_version)
        if current.status != Claim.Status.UNREVIEWED:
            raise WorkflowError(gettext("This claim has a verdict: reopen it before splitting it."))
        if not current.start < at < current.end:
            raise WorkflowError(
                gettext("Split inside the claim, between %(start)d and %(end)d.")
                % {"start": current.start, "end": current.end}
            )
        (first_start, first_end), (second_start, second_end) = (
            _span(current.article, current.start, at),
            _span(current.article, at, current.end),
        )
        body = current.article.body
        before = {"text": current.text, "end": current.end}
        current.text, current.start, current.end = body[first_start:first_end], first_start, first_end
        current.version += 1
        current.save(update_fields=["text", "start", "end", "version"])
        rest = Claim.objects.create(
            article=current.article,
            text=body[second_start:second_end],
            start=second_start,
            end=second_end,
            kind=current.kind,
            speaker=current.speaker,
            mention=current.mention,
            cue=current.cue,
            rule=current.rule,
            confidence=current.confidence,
            origin=Claim.Origin.MANUAL,
            checkworthiness=_worthiness(current.article, body[second_start:second_end], current.speaker),
        )
        changes = {
            "text": [before["text"], current.text],
            "end": [before["end"], current.end],
            "split_into": [None, rest.pk],
        }
        audit.record(Action.CLAIM_SPLIT, actor=actor, claim=current, changes=changes)
        audit.record(
            Action.CLAIM_ADDED,
            actor=actor,
            claim=rest,
            changes={"text": [None, rest.text], "start": [None, rest.start], "end": [None, rest.end]},
            note=f"split from claim #{current.pk}",
        )
    return current, rest


def merge_claims(
    first: Claim, second: Claim, *, actor, expected_versions: tuple[int | None, int | None]
) -> Claim:
    """Join two neighbouring claims of one article: the first grows to cover both, the second is
    dismissed with a pointer to the first. Both must be without a verdict."""
    require(actor, "fix_extraction", "merge claims")
    if first.article_id != second.article_id:
        raise WorkflowError(gettext("Only claims of the same article can be merged."))
    with transaction.atomic():
        a = locked(first, expected_versions[0])
        b = locked(second, expected_versions[1])
        if a.start > b.start:
            a, b = b, a
        if a.status != Claim.Status.UNREVIEWED or b.status != Claim.Status.UNREVIEWED:
            raise WorkflowError(gettext("Claims with a verdict cannot be merged: reopen them first."))
        between = Claim.objects.for_article(a.article).active().filter(start__gte=a.end, start__lt=b.start)
        if a.dismissed or b.dismissed or between.exclude(pk__in=[a.pk, b.pk]).exists():
            raise WorkflowError(gettext("Only neighbouring claims that are not dismissed can be merged."))
        before = {"text": a.text, "end": a.end}
        a.end = max(a.end, b.end)
        a.text = a.article.body[a.start : a.end]
        a.version += 1
        a.save(update_fields=["text", "end", "version"])
        b.dismissed = True
        b.version += 1
        b.save(update_fields=["dismissed", "version"])
        audit.record(
            Action.CLAIM_MERGED,
            actor=actor,
            claim=a,
            changes={"text": [before["text"], a.text], "end": [before["end"], a.end], "merged": [None, b.pk]},
        )
        audit.record(
            Action.CLAIM_MERGED,
            actor=actor,
            claim=b,
            changes={"dismissed": [False, True]},
            note=f"merged into claim #{a.pk}",
        )
    return a
