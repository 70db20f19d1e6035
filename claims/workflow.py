"""Every change to a claim, its evidence or its speaker: guarded, saved and audited in one transaction.

Each function takes a keyword-only `actor` (a user, or None for the system) and raises a
WorkflowError whose message can be shown to that person as it is.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models, transaction
from django.utils import timezone

from . import audit
from .models import Article, AuditEvent, Claim, Evidence, Speaker, fold_name
from .roles import require

Action = AuditEvent.Action


class WorkflowError(Exception):
    """A change was refused; the message says why."""


class StaleVersion(WorkflowError):
    """Someone else changed the claim since the form was loaded."""

    def __init__(self, current: Claim):
        self.current = current
        who = current.reviewed_by.get_username() if current.reviewed_by else "someone else"
        super().__init__(
            f"This claim was changed by {who} while you were looking at it "
            f"(it is now at version {current.version}, status “{current.get_status_display()}”). "
            "Nothing was saved: review the current state and try again."
        )


def _locked(claim: Claim, expected_version: int | None) -> Claim:
    """Re-read the claim under a row lock and check the version the caller saw."""
    current = (
        Claim.objects.select_for_update(of=("self",))
        .select_related("article", "reviewed_by")
        .get(pk=claim.pk)
    )
    if expected_version is not None and current.version != expected_version:
        raise StaleVersion(current)
    return current


_validate_url = URLValidator(schemes=["http", "https"])


def _clean_url(url: str) -> str:
    url = (url or "").strip()
    try:
        _validate_url(url)
    except ValidationError:
        raise WorkflowError(f"“{url}” is not a valid http(s) link.") from None
    return url


def add_evidence(claim: Claim, *, actor, url: str, note: str = "") -> Evidence:
    """Attach an evidence link to a claim."""
    require(actor, "add_evidence", "add evidence")
    url = _clean_url(url)
    with transaction.atomic():
        evidence = Evidence.objects.create(claim=claim, url=url, note=note.strip(), added_by=actor)
        audit.record(
            Action.EVIDENCE_ADDED,
            actor=actor,
            claim=claim,
            changes={"evidence": [None, {"url": url, "note": evidence.note}]},
        )
    return evidence


def check_verdict(claim: Claim, status: str, rationale: str, *, evidence_url: str = "") -> None:
    """Raise WorkflowError when this verdict may not be set on the claim as it stands."""
    if status not in Claim.VERDICTS:
        raise WorkflowError(f"“{status}” is not a verdict: choose verified, disputed or unverifiable.")
    if not (rationale or "").strip():
        raise WorkflowError("Every verdict needs a rationale: say why.")
    if evidence_url.strip():
        _clean_url(evidence_url)
    elif (
        settings.FACTCHECK_REQUIRE_EVIDENCE
        and status in (Claim.Status.VERIFIED, Claim.Status.DISPUTED)
        and not claim.evidence.exists()
    ):
        label = Claim.Status(status).label.lower()
        raise WorkflowError(f"A {label} verdict needs at least one evidence link.")


def set_verdict(
    claim: Claim,
    status: str,
    *,
    actor,
    rationale: str,
    expected_version: int | None,
    evidence_url: str = "",
    evidence_note: str = "",
) -> Claim:
    """Tag a claim verified, disputed or unverifiable, with a rationale (and optionally a new link).

    Verified and disputed need at least one evidence link while FACTCHECK_REQUIRE_EVIDENCE is on;
    a link given here is added in the same transaction and counts. Changing a verdict that is
    already set is reopening it, which only a Chief editor may do.
    """
    require(actor, "set_verdict", "set verdicts")
    rationale = (rationale or "").strip()
    with transaction.atomic():
        current = _locked(claim, expected_version)
        if current.status != Claim.Status.UNREVIEWED and current.status != status:
            require(actor, "reopen_verdict", "change a verdict that is already set")
        check_verdict(current, status, rationale, evidence_url=evidence_url)
        if evidence_url.strip():
            add_evidence(current, actor=actor, url=evidence_url, note=evidence_note)
        changes = {}
        for field, value in (("status", status), ("rationale", rationale)):
            if getattr(current, field) != value:
                changes[field] = [getattr(current, field), value]
        if not changes:
            return current
        current.status = status
        current.rationale = rationale
        current.reviewed_by = actor
        current.reviewed_at = timezone.now()
        current.version += 1
        current.save(update_fields=["status", "rationale", "reviewed_by", "reviewed_at", "version"])
        audit.record(Action.VERDICT_SET, actor=actor, claim=current, changes=changes, note=rationale)
    return current


# Fields an edit may touch; verdict fields go through set_verdict.
EDITABLE_FIELDS = ("text", "start", "end", "kind", "speaker", "mention", "cue", "assignee", "dismissed")


def edit_claim(claim: Claim, *, actor, expected_version: int | None, note: str = "", **changes) -> Claim:
    """Change a claim's extraction fields (text, span, kind, speaker, cue…), its assignee or dismissal.

    The audit action names what changed: `claim.assigned` or `claim.dismissed` when that is all,
    `claim.edited` otherwise.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise WorkflowError(f"These fields cannot be edited here: {', '.join(sorted(unknown))}.")
    if set(changes) == {"assignee"}:
        require(actor, "assign_claim", "assign claims")
    else:
        require(actor, "fix_extraction", "change a claim's extraction")
    with transaction.atomic():
        current = _locked(claim, expected_version)
        diff = {}
        for field, value in changes.items():
            before = getattr(current, field)
            if before != value:
                diff[field] = [_audit_value(before), _audit_value(value)]
                setattr(current, field, value)
        if not diff:
            return current
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
    return current


def _check_span(claim: Claim) -> None:
    body_len = len(claim.article.body)
    if not (0 <= claim.start <= claim.end <= body_len):
        raise WorkflowError(f"The span {claim.start}–{claim.end} lies outside the article (0–{body_len}).")
    if not claim.text.strip():
        raise WorkflowError("A claim needs text.")


def _audit_value(value):
    """What the audit trail stores for a field value: model instances by id and name."""
    if hasattr(value, "pk"):
        return {"id": value.pk, "name": str(value)}
    return value


def edit_speaker(speaker: Speaker, *, actor, note: str = "", **changes) -> Speaker:
    """Change a speaker's name, kind, role, aliases or description."""
    require(actor, "fix_extraction", "edit speakers")
    allowed = {"name", "kind", "role", "aliases", "description"}
    unknown = set(changes) - allowed
    if unknown:
        raise WorkflowError(f"These fields cannot be edited here: {', '.join(sorted(unknown))}.")
    with transaction.atomic():
        current = Speaker.objects.select_for_update().get(pk=speaker.pk)
        diff = {f: [getattr(current, f), v] for f, v in changes.items() if getattr(current, f) != v}
        if not diff:
            return current
        for field, (_, value) in diff.items():
            setattr(current, field, value)
        current.save()
        audit.record(Action.SPEAKER_EDITED, actor=actor, changes=diff, note=note or f"speaker #{current.pk}")
    return current


def edit_article(article: Article, *, actor, **changes) -> Article:
    """Change an article's metadata (title, outlet, source link). The body never changes."""
    require(actor, "import_article", "edit articles")
    allowed = {"title", "outlet", "source_url", "published", "published_precision"}
    unknown = set(changes) - allowed
    if unknown:
        raise WorkflowError(f"These fields cannot be edited here: {', '.join(sorted(unknown))}.")
    with transaction.atomic():
        current = Article.objects.select_for_update().get(pk=article.pk)
        diff = {f: [getattr(current, f), v] for f, v in changes.items() if getattr(current, f) != v}
        if not diff:
            return current
        for field, (_, value) in diff.items():
            setattr(current, field, value)
        current.save(update_fields=list(diff))
        audit.record(Action.ARTICLE_EDITED, actor=actor, article=current, changes=diff)
    return current


def reopen_verdict(claim: Claim, *, actor, reason: str, expected_version: int | None) -> Claim:
    """Take a verdict back to unreviewed, with a reason. The rationale stays in the audit trail."""
    require(actor, "reopen_verdict", "reopen verdicts")
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError("Reopening a verdict needs a reason.")
    with transaction.atomic():
        current = _locked(claim, expected_version)
        if current.status == Claim.Status.UNREVIEWED:
            raise WorkflowError("This claim has no verdict to reopen.")
        changes = {"status": [current.status, Claim.Status.UNREVIEWED], "rationale": [current.rationale, ""]}
        current.status, current.rationale = Claim.Status.UNREVIEWED, ""
        current.reviewed_by, current.reviewed_at = None, None
        current.version += 1
        current.save(update_fields=["status", "rationale", "reviewed_by", "reviewed_at", "version"])
        audit.record(Action.VERDICT_REOPENED, actor=actor, claim=current, changes=changes, note=reason)
    return current


def merge_speakers(source: Speaker, target: Speaker, *, actor) -> Speaker:
    """Fold `source` into `target`: its claims, name and aliases move over, then `source` is removed."""
    require(actor, "merge_speakers", "merge speakers")
    if source.pk == target.pk:
        raise WorkflowError("A speaker cannot be merged into itself.")
    with transaction.atomic():
        source = Speaker.objects.select_for_update().get(pk=source.pk)
        target = Speaker.objects.select_for_update().get(pk=target.pk)
        claim_ids = list(Claim.objects.filter(speaker=source).order_by("id").values_list("id", flat=True))
        # Moving claims bumps their version, so a form opened before the merge is refused.
        Claim.objects.filter(id__in=claim_ids).update(speaker=target, version=models.F("version") + 1)
        aliases = sorted({*target.aliases, *source.aliases, source.name} - {target.name})
        changes = {
            "speaker": [{"id": source.pk, "name": source.name}, {"id": target.pk, "name": target.name}],
            "aliases": [target.aliases, aliases],
            "claims": [None, claim_ids],
        }
        target.aliases = aliases
        target.role = target.role or source.role
        target.save(update_fields=["aliases", "role"])
        source.delete()
        audit.record(
            Action.SPEAKER_MERGED, actor=actor, changes=changes, note=f"{source.name} → {target.name}"
        )
    return target


def fix_claim(claim: Claim, *, actor, expected_version: int | None, speaker_name: str, **changes) -> Claim:
    """Correct the extraction, naming the speaker as text: an existing speaker is reused, a new one
    created, empty means the author. One transaction, so a refused edit adds no speaker."""
    with transaction.atomic():
        speaker = find_or_create_speaker(speaker_name, actor=actor) if speaker_name.strip() else None
        return edit_claim(claim, actor=actor, expected_version=expected_version, speaker=speaker, **changes)


def find_or_create_speaker(name: str, *, actor) -> Speaker:
    """The speaker with this name (folded), or a new one; a new speaker is audited."""
    name = " ".join(name.split())
    if not name:
        raise WorkflowError("A speaker needs a name.")
    require(actor, "fix_extraction", "add speakers")
    existing = Speaker.objects.filter(folded_name=fold_name(name)).first()
    if existing:
        return existing
    with transaction.atomic():
        speaker = Speaker.objects.create(name=name, aliases=[name])
        audit.record(Action.SPEAKER_CREATED, actor=actor, changes={"name": [None, name]})
    return speaker
