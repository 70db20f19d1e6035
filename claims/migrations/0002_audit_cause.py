from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="auditevent",
            name="via",
            field=models.CharField(
                default="unknown",
                help_text="Where the change came from: web, admin, a command.",
                max_length=60,
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="auditevent",
            name="request_id",
            field=models.CharField(blank=True, db_index=True, max_length=64),
        ),
    ]
