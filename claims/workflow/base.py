"""What every workflow function shares: its errors, the row lock with the version check, and how
values appear in the audit trail."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _

from ..models import AuditEvent, Claim

Action = AuditEvent.Action


class WorkflowError(Exception):
    """A change was refused; the message says why."""


class StaleVersion(WorkflowError):
    """Someone else changed the claim since the form was loaded."""

    def __init__(self, current: Claim):
        self.current = current
        who = current.reviewed_by.get_username() if current.reviewed_by else _("someone else")
        super().__init__(
            _(
                "This claim was changed by %(who)s while you were looking at it (it is now at "
                "version %(version)d, status “%(status)s”). Nothing was saved: review the current "
                "state and try again."
            )
            % {"who": who, "version": current.version, "status": current.get_status_display()}
        )


def locked(claim: Claim, expected_version: int | None) -> Claim:
    """Re-read the claim under a row lock and check the version the caller saw."""
    current = (
        Claim.objects.select_for_update(of=("self",))
        .select_related("article", "reviewed_by")
        .get(pk=claim.pk)
    )
    if expected_version is not None and current.version != expected_version:
        raise StaleVersion(current)
    return current


_VALIDATE_URL = URLValidator(schemes=["http", "https"])


def clean_url(url: str) -> str:
    url = (url or "").strip()
    try:
        _VALIDATE_URL(url)
    except ValidationError:
        raise WorkflowError(_("“%(url)s” is not a valid http(s) link.") % {"url": url}) from None
    return url


def audit_value(value):
    """What the audit trail stores for a field value: model instances by id and name."""
    if hasattr(value, "pk"):
        return {"id": value.pk, "name": str(value)}
    return value
