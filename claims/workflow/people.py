"""Speakers and article metadata."""

from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext as _

from .. import audit
from ..models import Article, Claim, Speaker, fold_name
from ..roles import require
from .base import Action, WorkflowError, clean_url

SPEAKER_FIELDS = ("name", "kind", "role", "aliases", "description", "reference_url")


def speaker_ref(speaker: Speaker, name: str | None = None) -> dict:
    """How a speaker event names its speaker: `changes["speaker"]` holds [before, after] of these,
    so a speaker's timeline finds its events by id (the trail has no speaker column)."""
    return {"id": speaker.pk, "name": speaker.name if name is None else name}


def clean_aliases(aliases) -> list[str]:
    """Forms of a name, whitespace collapsed, empty ones and repeats dropped, in the given order."""
    seen, kept = set(), []
    for alias in aliases or ():
        alias = " ".join(str(alias).split())
        if alias and alias not in seen:
            seen.add(alias)
            kept.append(alias)
    return kept


def _clean_speaker_changes(speaker: Speaker, changes: dict) -> dict:
    cleaned = dict(changes)
    if "name" in cleaned:
        cleaned["name"] = " ".join((cleaned["name"] or "").split())
        if not cleaned["name"]:
            raise WorkflowError(_("A speaker needs a name."))
        clash = Speaker.objects.filter(folded_name=fold_name(cleaned["name"])).exclude(pk=speaker.pk).first()
        if clash is not None:
            raise WorkflowError(
                _("“%(name)s” is already a speaker: to make them one, merge this speaker into it.")
                % {"name": clash.name}
            )
    if "kind" in cleaned and cleaned["kind"] not in Speaker.Kind.values:
        raise WorkflowError(_("“%(kind)s” is not a kind of speaker.") % {"kind": cleaned["kind"]})
    if "aliases" in cleaned:
        if not isinstance(cleaned["aliases"], list | tuple):
            raise WorkflowError(_("Aliases are a list of names."))
        cleaned["aliases"] = clean_aliases(cleaned["aliases"])
    if cleaned.get("reference_url"):
        cleaned["reference_url"] = clean_url(cleaned["reference_url"])
    for field in ("role", "description", "reference_url"):
        if field in cleaned:
            cleaned[field] = (cleaned[field] or "").strip()
    return cleaned


def edit_speaker(speaker: Speaker, *, actor, note: str = "", **changes) -> Speaker:
    """Change a speaker's name, kind, role, aliases, description or reference link. A name that
    (folded) is another speaker's is refused: that is a merge."""
    require(actor, "fix_extraction", "edit speakers")
    unknown = set(changes) - set(SPEAKER_FIELDS)
    if unknown:
        raise WorkflowError(
            _("These fields cannot be edited here: %(fields)s.") % {"fields": ", ".join(sorted(unknown))}
        )
    changes = _clean_speaker_changes(speaker, changes)
    with transaction.atomic():
        current = Speaker.objects.select_for_update().get(pk=speaker.pk)
        diff = {f: [getattr(current, f), v] for f, v in changes.items() if getattr(current, f) != v}
        if not diff:
            return current
        before = speaker_ref(current)
        for field, (_before, value) in diff.items():
            setattr(current, field, value)
        try:
            # A savepoint, so a rename racing another into the same name fails cleanly.
            with transaction.atomic():
                current.save()
        except IntegrityError:
            raise WorkflowError(
                _("“%(name)s” is already a speaker: merge instead.") % {"name": current.name}
            ) from None
        audit.record(
            Action.SPEAKER_EDITED,
            actor=actor,
            changes={"speaker": [before, speaker_ref(current)], **diff},
            note=note,
        )
    return current


def edit_article(article: Article, *, actor, **changes) -> Article:
    """Change an article's metadata (title, outlet, source link). The body never changes."""
    require(actor, "import_article", "edit articles")
    allowed = {"title", "outlet", "source_url", "published", "published_precision"}
    unknown = set(changes) - allowed
    if unknown:
        raise WorkflowError(
            _("These fields cannot be edited here: %(fields)s.") % {"fields": ", ".join(sorted(unknown))}
        )
    with transaction.atomic():
        current = Article.objects.select_for_update().get(pk=article.pk)
        diff = {f: [getattr(current, f), v] for f, v in changes.items() if getattr(current, f) != v}
        if not diff:
            return current
        for field, (_before, value) in diff.items():
            setattr(current, field, value)
        current.save(update_fields=list(diff))
        audit.record(Action.ARTICLE_EDITED, actor=actor, article=current, changes=diff)
    return current


def merge_speakers(source: Speaker, target: Speaker, *, actor) -> Speaker:
    """Fold `source` into `target`: its claims, name and aliases move over, then `source` is removed."""
    require(actor, "merge_speakers", "merge speakers")
    if source.pk == target.pk:
        raise WorkflowError(_("A speaker cannot be merged into itself."))
    with transaction.atomic():
        source = Speaker.objects.select_for_update().get(pk=source.pk)
        target = Speaker.objects.select_for_update().get(pk=target.pk)
        claim_ids = list(Claim.objects.filter(speaker=source).order_by("id").values_list("id", flat=True))
        # Moving claims bumps their version, so a form opened before the merge is refused.
        Claim.objects.filter(id__in=claim_ids).update(speaker=target, version=models.F("version") + 1)
        aliases = sorted({*target.aliases, *source.aliases, source.name} - {target.name})
        changes = {
            "speaker": [speaker_ref(source), speaker_ref(target)],
            "aliases": [target.aliases, aliases],
            "claims": [None, claim_ids],
        }
        target.aliases = aliases
        # What the target lacks, the source may know.
        for field in ("role", "description", "reference_url"):
            setattr(target, field, getattr(target, field) or getattr(source, field))
        target.save(update_fields=["aliases", "role", "description", "reference_url"])
        source.delete()
        audit.record(
            Action.SPEAKER_MERGED, actor=actor, changes=changes, note=f"{source.name} → {target.name}"
        )
    return target


def find_or_create_speaker(name: str, *, actor) -> Speaker:
    """The speaker with this name (folded), or a new one; a new speaker is audited."""
    name = " ".join(name.split())
    if not name:
        raise WorkflowError(_("A speaker needs a name."))
    require(actor, "fix_extraction", "add speakers")
    existing = Speaker.objects.filter(folded_name=fold_name(name)).first()
    if existing:
        return existing
    with transaction.atomic():
        speaker = Speaker.objects.create(name=name, aliases=[name])
        audit.record(Action.SPEAKER_CREATED, actor=actor, changes={"speaker": [None, speaker_ref(speaker)]})
    return speaker
