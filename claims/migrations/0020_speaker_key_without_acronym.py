"""Speakers' folded names leave out an acronym shown after an institution's name ("Openbaar
Ministerie (OM)" and "Openbaar Ministerie" are one key): recompute the keys that change. A row whose
new key another row holds already keeps its old key; an administrator merges the two."""

from django.db import migrations


def rekey(apps, schema_editor):
    from claims.models import fold_name

    Speaker = apps.get_model("claims", "Speaker")
    taken = set(Speaker.objects.values_list("folded_name", flat=True))
    for speaker in Speaker.objects.filter(name__endswith=")").only("pk", "name", "folded_name"):
        key = fold_name(speaker.name)
        if key != speaker.folded_name and key not in taken:
            taken.discard(speaker.folded_name)
            taken.add(key)
            Speaker.objects.filter(pk=speaker.pk).update(folded_name=key)


class Migration(migrations.Migration):
    dependencies = [("claims", "0019_desk_indexes")]
    operations = [migrations.RunPython(rekey, migrations.RunPython.noop)]
