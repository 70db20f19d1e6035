import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create a superuser when no user exists yet: from DJANGO_SUPERUSER_USERNAME / _PASSWORD / _EMAIL "
        "when set, otherwise 'admin' with a random password printed once."
    )

    def handle(self, **options):
        User = get_user_model()
        if User.objects.exists():
            self.stdout.write("Users exist already: no admin account created.")
            return
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME") or "admin"
        email = os.environ.get("DJANGO_SUPERUSER_EMAIL") or ""
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        generated = not password
        password = password or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=email, password=password)
        if generated:
            self.stdout.write(
                self.style.WARNING(
                    f"Created admin account “{username}” with password: {password}\n"
                    "It is shown only this once; change it after logging in."
                )
            )
        else:
            self.stdout.write(f"Created admin account “{username}” from DJANGO_SUPERUSER_* variables.")
