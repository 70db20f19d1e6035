"""Persona fixtures shared by the database tests."""

from pathlib import Path

import pytest

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("edith", password="pw-edith-123")


@pytest.fixture
def reviewer(django_user_model):
    return django_user_model.objects.create_user("rob", password="pw-rob-123")


@pytest.fixture
def chief(django_user_model):
    return django_user_model.objects.create_superuser("chief", password="pw-chief-123")


@pytest.fixture
def seed_text():
    """The seed article's body, without its `date` header."""
    from claims.ingest import read_seed_file

    return read_seed_file(next(SEED_DIR.glob("*.txt"))).body
