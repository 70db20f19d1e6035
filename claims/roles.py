"""The three roles, as Django groups with permissions. Migration 0005 creates the groups, and they are
put back after every `migrate` or `flush` (post_migrate), so a database never lacks them.
`claims.workflow` checks the permissions, so the web, the admin and scripts obey the same rules.
Superusers have every permission."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext, gettext_noop

EDITORS = "Editors"
REVIEWERS = "Reviewers"
CHIEF_EDITORS = "Chief editors"

# Our own permissions (codename -> who needs it, for the refusal message).
NEEDS = {
    "import_article": gettext_noop("an Editor or Chief editor"),
    "fix_extraction": gettext_noop("an Editor or Chief editor"),
    "assign_claim": gettext_noop("an Editor or Chief editor"),
    "add_evidence": gettext_noop("an Editor, Reviewer or Chief editor"),
    "add_comment": gettext_noop("an Editor, Reviewer or Chief editor"),
    "set_verdict": gettext_noop("a Reviewer or Chief editor"),
    "reopen_verdict": gettext_noop("a Chief editor"),
    "publish_verdict": gettext_noop("a Chief editor"),
    "hide_comment": gettext_noop("a Chief editor"),
    "merge_speakers": gettext_noop("a Chief editor"),
    "manage_feeds": gettext_noop("a Chief editor"),
    "manage_webhooks": gettext_noop("a Chief editor"),
}

# What `require` callers say the refused person wanted to do, marked here for translation: the
# refusal is shown in the person's language (a phrase not listed stays as written).
DOING = [
    gettext_noop("add claims"),
    gettext_noop("add evidence"),
    gettext_noop("add speakers"),
    gettext_noop("assign claims"),
    gettext_noop("change a claim's extraction"),
    gettext_noop("change a verdict that is already set"),
    gettext_noop("comment on claims"),
    gettext_noop("confirm verdicts"),
    gettext_noop("dismiss “checked before” suggestions"),
    gettext_noop("edit articles"),
    gettext_noop("edit speakers"),
    gettext_noop("hide comments"),
    gettext_noop("import articles"),
    gettext_noop("manage feeds"),
    gettext_noop("manage webhooks"),
    gettext_noop("merge claims"),
    gettext_noop("merge speakers"),
    gettext_noop("publish verdicts"),
    gettext_noop("re-extract articles"),
    gettext_noop("reopen verdicts"),
    gettext_noop("reuse verdicts"),
    gettext_noop("set verdicts"),
    gettext_noop("split claims"),
]

_VIEW_ALL = [f"claims.view_{model}" for model in ("article", "speaker", "claim", "evidence", "auditevent")]
_DISCUSS = ["claims.add_evidence", "claims.add_comment", "claims.view_comment"]
_EDIT = ["claims.import_article", "claims.fix_extraction", "claims.assign_claim", *_DISCUSS]

GROUP_PERMISSIONS = {
    EDITORS: [*_VIEW_ALL, *_EDIT],
    REVIEWERS: [*_VIEW_ALL, "claims.set_verdict", *_DISCUSS],
    CHIEF_EDITORS: [
        *_VIEW_ALL,
        *(f"claims.{codename}" for codename in NEEDS),
        "claims.view_comment",
        "claims.change_article",
        "claims.change_speaker",
        "claims.change_claim",
        "auth.view_user",
        "auth.add_user",
        "auth.change_user",
        "auth.view_group",
    ],
}


def sync_groups(apps, *, strict: bool = True) -> None:
    """Create the role groups and give each exactly its permissions. Takes an app registry, so a
    migration can pass its historical one (`strict=False`: models added by later migrations do not
    exist yet there; post_migrate runs this again, strictly, once they do)."""
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the groups need them now.
    for label in ("auth", "claims"):
        config = apps.get_app_config(label)
        config.models_module = getattr(config, "models_module", None) or True
        create_permissions(config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted, missing = [], []
        for perm in perms:
            app_label, codename = perm.split(".")
            found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            (wanted if found else missing).append(found or perm)
        if missing and strict:
            raise LookupError(f"Role {name}: no such permission {', '.join(missing)}.")
        group.permissions.set(wanted)


def holders(codename: str):
    """Active users who hold `claims.<codename>` through a role, directly, or as superusers: the
    people a list of candidates (such as assignees) may offer. Lazy, so forms can use it at import."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    users = get_user_model().objects.filter(is_active=True)
    perm = {"content_type__app_label": "claims", "codename": codename}
    direct = Q(**{f"user_permissions__{k}": v for k, v in perm.items()})
    through_role = Q(**{f"groups__permissions__{k}": v for k, v in perm.items()})
    return users.filter(Q(is_superuser=True) | direct | through_role).distinct().order_by("username")


def require(actor, codename: str, doing: str) -> None:
    """Refuse with PermissionDenied unless `actor` holds `claims.<codename>`. `actor=None` is the
    system itself (a management command run by the operator) and may do anything."""
    if actor is not None and not actor.has_perm(f"claims.{codename}"):
        raise PermissionDenied(
            gettext("You cannot %(doing)s: that is for %(who)s.")
            % {"doing": gettext(doing), "who": gettext(NEEDS[codename])}
        )
