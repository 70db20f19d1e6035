"""Evidence and comments on a claim; @mentions in comments, and hiding a comment (with a reason)."""

import re

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.text import Truncator
from django.utils.translation import gettext

from .. import audit
from ..models import Claim, Comment, CommentHiding, Evidence, Notification
from ..notifications import notify
from ..roles import require
from .base import Action, WorkflowError, clean_url

# `@rob`, `@anne-marie`, `@j.smit`: an @ not glued to a word before it (so e-mail addresses are not
# mentions), a name of username characters that ends in a letter or digit ("@rob." is rob).
MENTION_RE = re.compile(r"(?<![\w@])@(\w(?:[\w.+-]*\w)?)")
MAX_MENTIONS = 20


def mentioned_names(body: str) -> list[str]:
    """The @names in a text, each once, in order of appearance (whether or not such a user exists)."""
    names = {}
    for match in MENTION_RE.finditer(body or ""):
        names.setdefault(match.group(1).casefold(), match.group(1))
    return list(names.values())[:MAX_MENTIONS]


def mentioned_users(body: str):
    """The active users a text mentions by @username (case-insensitive); unknown names are just text."""
    names = mentioned_names(body)
    if not names:
        return []
    match_any = Q()
    for name in names:
        match_any |= Q(username__iexact=name)
    return list(get_user_model().objects.filter(match_any, is_active=True))


def add_evidence(claim: Claim, *, actor, url: str, note: str = "") -> Evidence:
    """Attach an evidence link to a claim."""
    require(actor, "add_evidence", "add evidence")
    url = clean_url(url)
    with transaction.atomic():
        evidence = Evidence.objects.create(claim=claim, url=url, note=note.strip(), added_by=actor)
        audit.record(
            Action.EVIDENCE_ADDED,
            actor=actor,
            claim=claim,
            changes={"evidence": [None, {"url": url, "note": evidence.note}]},
            # Allowed: evidence does not change the verdict, but the trail says it came afterwards.
            note="added after the verdict was published" if claim.is_published else "",
        )
    return evidence


def add_comment(claim: Claim, *, actor, body: str) -> Comment:
    """Add a comment to the claim's discussion. Comments are never edited or deleted. Each active
    colleague it mentions (`@username`) finds it in their inbox, in the same transaction."""
    require(actor, "add_comment", "comment on claims")
    body = (body or "").strip()
    if not body:
        raise WorkflowError(gettext("A comment needs some text."))
    if actor is None:
        raise WorkflowError(gettext("A comment needs an author."))
    with transaction.atomic():
        comment = Comment.objects.create(claim=claim, author=actor, body=body)
        audit.record(Action.COMMENT_ADDED, actor=actor, claim=claim, changes={"comment": [None, body]})
        message = gettext("%(actor)s mentioned you on a claim: “%(comment)s”") % {
            "actor": actor.get_username(),
            "comment": Truncator(" ".join(body.split())).chars(300),
        }
        notify(mentioned_users(body), Notification.Kind.MENTIONED, message, claim=claim, actor=actor)
    return comment


def hide_comment(comment: Comment, *, actor, reason: str) -> CommentHiding:
    """Hide a comment from the discussion, with a reason everyone sees. The comment itself stays in
    the record (and Chief editors can still read it); a comment is hidden once."""
    require(actor, "hide_comment", "hide comments")
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError(gettext("Say why the comment is hidden: a reason is required."))
    if actor is None:
        raise WorkflowError(gettext("Hiding a comment needs a person who hides it."))
    with transaction.atomic():
        comment = Comment.objects.select_related("author", "claim").get(pk=comment.pk)
        earlier = CommentHiding.objects.filter(comment=comment).select_related("hidden_by").first()
        if earlier is not None:
            raise WorkflowError(
                gettext("This comment was already hidden by %(user)s: %(reason)s")
                % {"user": earlier.hidden_by.get_username(), "reason": earlier.reason}
            )
        try:
            with transaction.atomic():
                hiding = CommentHiding.objects.create(comment=comment, hidden_by=actor, reason=reason)
        except IntegrityError:
            raise WorkflowError(gettext("Someone else hid this comment just now.")) from None
        label = f"#{comment.pk} by {comment.author.get_username()}"
        audit.record(
            Action.COMMENT_HIDDEN,
            actor=actor,
            claim=comment.claim,
            changes={"hidden": [None, {"id": comment.pk, "name": label}]},
            note=reason,
        )
    return hiding
