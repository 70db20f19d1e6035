import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from claims import audit
from claims.models import AuditEvent

pytestmark = pytest.mark.django_db


def _record(n, actor=None):
    with transaction.atomic():
        return [
            audit.record(AuditEvent.Action.ARTICLE_EDITED, actor=actor, note=f"event {i}") for i in range(n)
        ]


@pytest.mark.django_db(transaction=True)
def test_record_refuses_to_run_outside_a_transaction():
    with pytest.raises(RuntimeError, match=r"inside transaction\.atomic"):
        audit.record(AuditEvent.Action.ARTICLE_EDITED, actor=None)


def test_events_are_chained(chief):
    first, second = _record(2, actor=chief)
    assert first.prev_hash == audit.GENESIS_HASH
    assert second.prev_hash == first.hash
    assert second.actor == chief and second.actor_name == "chief"
    assert audit.verify_chain().checked == 2


def test_verify_names_the_first_tampered_event(capsys):
    events = _record(3)
    # No trigger guards the table yet in this test, so raw SQL can alter a row the way an attacker would.
    with connection.cursor() as cursor:
        cursor.execute("UPDATE claims_auditevent SET note = %s WHERE id = %s", ["forged", events[1].pk])
    report = audit.verify_chain()
    assert not report.ok
    assert report.broken.pk == events[1].pk
    assert report.checked == 1
    with pytest.raises(CommandError, match=f"event #{events[1].pk}"):
        call_command("verify_audit")


def test_verify_audit_command_reports_intact_chain(capsys):
    _record(4)
    call_command("verify_audit")
    assert "Audit trail intact: 4 events verified." in capsys.readouterr().out


def test_changes_are_stored_as_json_values():
    import datetime

    with transaction.atomic():
        event = audit.record(
            AuditEvent.Action.ARTICLE_EDITED,
            actor=None,
            changes={"published": [None, datetime.date(2020, 1, 2)]},
        )
    assert AuditEvent.objects.get(pk=event.pk).changes == {"published": [None, "2020-01-02"]}
    assert audit.verify_chain().ok
