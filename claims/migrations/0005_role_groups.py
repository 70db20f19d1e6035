from django.db import migrations


def create_groups(apps, schema_editor):
    # The definition lives in claims.roles, which post_migrate also applies after every migrate/flush.
    from claims.roles import sync_groups

    sync_groups(apps, strict=False)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Editors", "Reviewers", "Chief editors"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0004_roles_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
