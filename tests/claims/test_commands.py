import shutil

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.models import Article, AuditEvent
from tests.conftest import SEED_DIR

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_dir(tmp_path):
    for path in SEED_DIR.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def test_load_seeds_imports_then_is_idempotent(seed_dir, capsys):
    call_command("load_seeds", str(seed_dir))
    first = capsys.readouterr().out
    assert "1 imported" in first
    article = Article.objects.get()
    assert article.published_display == "2019-02"
    assert article.claims.count() >= 20
    assert set(AuditEvent.objects.values_list("via", flat=True)) == {"command:load_seeds"}

    call_command("load_seeds", str(seed_dir))
    second = capsys.readouterr().out
    assert "Nothing to import" in second and "already imported" in second
    assert Article.objects.count() == 1


def test_malformed_file_is_refused_by_name_and_the_others_still_load(seed_dir, capsys):
    bad = seed_dir / "zz_bad.txt"
    bad.write_text("date 2019-13 Het kabinet zei dat alles goed gaat.", encoding="utf-8")
    (seed_dir / "empty.txt").write_text("date 2019-01 \n   ", encoding="utf-8")
    with pytest.raises(CommandError, match="1 imported, 0 already there, 2 refused"):
        call_command("load_seeds", str(seed_dir))
    err = capsys.readouterr().err
    assert f"{bad}: line 1:" in err and "month 13" in err
    assert "empty.txt: The article text is empty." in err
    assert Article.objects.count() == 1
    assert not Article.objects.filter(body__contains="alles goed").exists()


def test_load_seeds_dry_run_stores_nothing(seed_dir, capsys):
    call_command("load_seeds", str(seed_dir), "--dry-run")
    assert "Dry run: nothing was stored." in capsys.readouterr().out
    assert (Article.objects.count(), AuditEvent.objects.count()) == (0, 0)


def test_load_seeds_reads_through_claims_sources(seed_dir, capsys):
    (seed_dir / "oud.txt").write_bytes(
        "date 2018-07\nCafé-eigenaar Kees Vos zei dat de omzet daalde.".encode("cp1252")
    )
    (seed_dir / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (seed_dir / "notes.json").write_text('{"text": "Not a seed: only *.txt is read."}')
    with pytest.raises(CommandError, match="2 imported, 0 already there, 1 refused"):
        call_command("load_seeds", str(seed_dir))
    out, err = capsys.readouterr()
    assert f"{seed_dir / 'oud.txt'}: decoded as cp1252, not UTF-8." in out
    assert err == f"{seed_dir / 'scan.txt'}: binary file (NUL bytes), not text\n"
    oud = Article.objects.get(body__startswith="Café")
    assert oud.published_display == "2018-07"
    assert not Article.objects.filter(body__contains="Not a seed").exists()


def test_load_seeds_dry_run_reports_the_claims_it_would_store(seed_dir, capsys):
    call_command("load_seeds", str(seed_dir), "--dry-run")
    out = capsys.readouterr().out
    assert "would import “De Amerikaanse president Donald Trump" in out
    assert " (0 claims)" not in out


def test_load_seeds_refuses_a_missing_directory(tmp_path):
    with pytest.raises(CommandError, match="not a directory"):
        call_command("load_seeds", str(tmp_path / "nope"))


def test_ensure_admin_creates_one_admin_only_when_no_user_exists(capsys, monkeypatch):
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    monkeypatch.delenv("DJANGO_SUPERUSER_USERNAME", raising=False)
    call_command("ensure_admin")
    out = capsys.readouterr().out
    password = out.split("password: ")[1].split()[0]
    admin = get_user_model().objects.get()
    assert admin.is_superuser and admin.check_password(password)
    call_command("ensure_admin")
    assert "Users exist already" in capsys.readouterr().out
    assert get_user_model().objects.count() == 1


def test_ensure_admin_uses_django_superuser_variables(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "boss")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "s3cret-pass-word")
    call_command("ensure_admin")
    assert get_user_model().objects.get(username="boss").check_password("s3cret-pass-word")
