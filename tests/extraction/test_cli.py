import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_5e518ff5de4b58f3.txt"


def run(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "claims.extraction", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_json_for_one_file_is_a_list_of_claims():
    out = run("--lang", "nl", "--format", "json", str(SEED))
    assert out.returncode == 0, out.stderr
    claims = json.loads(out.stdout)
    assert isinstance(claims, list) and len(claims) >= 20
    assert {"text", "start", "end", "kind", "speaker", "cue", "rule"} <= set(claims[0])
    assert any(c["speaker"] == "Donald Trump" for c in claims)


def test_json_for_several_files_is_one_object_per_file(tmp_path):
    other = tmp_path / "en.txt"
    other.write_text('date 2021-03\n"We are ready," said John Smith.', encoding="utf-8")
    out = run(str(SEED), str(other))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [d["file"] for d in data] == [str(SEED), str(other)]
    assert [d["lang"] for d in data] == ["nl", "en"]
    assert data[1]["claims"][0]["speaker"] == "John Smith"


def test_text_format_is_a_table():
    out = run("--format", "text", str(SEED))
    assert out.returncode == 0
    assert [c.strip() for c in out.stdout.splitlines()[0].split(" | ")][:4] == [
        "speaker",
        "kind",
        "cue",
        "rule",
    ]
    assert "Mike Pompeo" in out.stdout


def test_missing_file_exits_2_with_the_path(tmp_path):
    missing = tmp_path / "nope.txt"
    out = run(str(missing))
    assert out.returncode == 2
    assert str(missing) in out.stderr
    assert "Traceback" not in out.stderr


def test_non_utf8_and_bad_header_exit_2(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 zei dat".encode("latin-1"))
    bad = tmp_path / "bad.txt"
    bad.write_text("date 2019-13 Tekst.", encoding="utf-8")
    for path in (latin, bad):
        out = run(str(path))
        assert out.returncode == 2
        assert out.stderr.startswith(f"{path}: ")
        assert "Traceback" not in out.stderr
