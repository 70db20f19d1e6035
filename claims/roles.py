"""The three roles, as Django groups with permissions. Migration 0005 creates the groups, and they are
put back after every `migrate` or `flush` (post_migrate), so a database never lacks them.
`claims.workflow` checks the permissions, so the web, the admin and scripts obey the same rules.
Superusers have every permission."""

from django.core.exceptions import PermissionDenied

EDITORS = "Editors"
REVIEWERS = "Reviewers"
CHIEF_EDITORS = "Chief editors"

# Our own permissions (codename -> who needs it, for the refusal message).
NEEDS = {
    "import_article": "an Editor or Chief editor",
    "fix_extraction": "an Editor or Chief editor",
    "assign_claim": "an Editor or Chief editor",
    "add_evidence": "an Editor, Reviewer or Chief editor",
    "add_comment": "an Editor, Reviewer or Chief editor",
    "set_verdict": "a Reviewer or Chief editor",
    "reopen_verdict": "a Chief editor",
    "publish_verdict": "a Chief editor",
    "hide_comment": "a Chief editor",
    "merge_speakers": "a Chief editor",
}

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
        raise PermissionDenied(f"You cannot {doing}: that is for {NEEDS[codename]}.")
