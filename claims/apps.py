from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Fact-checking"

    def ready(self):
        # After migrate and after flush (tests), the role groups are there with their permissions.
        post_migrate.connect(_sync_groups, sender=self, dispatch_uid="claims.sync_groups")
        from django.contrib.auth.signals import user_login_failed

        from .throttle import record_failure

        user_login_failed.connect(record_failure, dispatch_uid="claims.login_failures_per_address")


def _sync_groups(sender, apps=None, **kwargs):
    from django.apps import apps as global_apps

    from .roles import sync_groups

    # `migrate` passes its project state's apps; `flush` passes none.
    sync_groups(apps or global_apps)
