"""Persona fixtures shared by the database tests."""

import importlib
from pathlib import Path

import pytest
from django.db import connection

from claims import audit, roles

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"


def make_user(username: str, *groups: str, **fields):
    """A user with password `pw-<username>-123`, in the given role groups."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username, password=f"pw-{username}-123", **fields)
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def editor(db):
    return make_user("edith", roles.EDITORS)


@pytest.fixture
def reviewer(db):
    return make_user("rob", roles.REVIEWERS)


@pytest.fixture
def chief(db):
    return make_user("chief", roles.CHIEF_EDITORS, is_staff=True)


@pytest.fixture
def seed_text():
    """The seed article's body, without its `date` header."""
    from claims.sources import read_path

    (seed,) = read_path(next(SEED_DIR.glob("*.txt")))
    return seed.text


TRIGGERS = importlib.import_module("claims.migrations.0003_audit_append_only_triggers")


def set_audit_triggers(on: bool) -> None:
    """Install or drop the database triggers that keep the audit trail append-only."""
    create, drop = TRIGGERS.STATEMENTS.get(connection.vendor, ([], []))
    with connection.cursor() as cursor:
        for sql in create if on else drop:
            cursor.execute(sql)


@pytest.fixture(autouse=True)
def _audit_triggers_for_flush(request):
    """Transactional tests end with a flush, which on SQLite is a DELETE the trigger refuses:
    drop the triggers just before that flush and put them back for the next test."""
    marker = request.node.get_closest_marker("django_db")
    transactional = marker is not None and marker.kwargs.get("transaction", False)
    if not transactional and "live_server" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("transactional_db")
    set_audit_triggers(True)
    yield
    if connection.vendor == "sqlite":
        set_audit_triggers(False)


@pytest.fixture(autouse=True)
def _audit_cause():
    """Code called straight from a test is audited as caused by `test`; web and commands set their own."""
    with audit.cause("test"):
        yield


@pytest.fixture(autouse=True)
def _audit_checkpoints(settings, tmp_path):
    """Checkpoints of each test go to its own directory, signed with a test key, never into var/."""
    settings.FACTCHECK_AUDIT_CHECKPOINT_DIR = tmp_path / "audit-checkpoints"
    settings.FACTCHECK_AUDIT_KEY = "test-audit-key"
    settings.FACTCHECK_AUDIT_KEY_FILE = tmp_path / "no-key-file"


@pytest.fixture(autouse=True)
def _tasks_and_fetching(settings):
    """Tasks run at once, inside the call that enqueues them, unless a test chooses a backend with
    the `task_backend` fixture (tests/claims/test_tasks.py); fetches are not spaced out per host."""
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "QUEUES": [settings.FACTCHECK_TASKS_QUEUE],
        }
    }
    settings.FACTCHECK_FETCH_MIN_INTERVAL = 0
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = []
