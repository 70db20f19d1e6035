"""Speakers and article metadata."""

from django.db import models, transaction

from .. import audit
from ..models import Article, Claim, Speaker, fold_name
from ..roles import require
from .base import Action, WorkflowError


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
