"""Whatever is wrong in a source file is a `PATH: reason` refusal, on the upload form and in
`import_articles`, and one bad file never stops the others."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from claims import sources
from claims.models import Article

pytestmark = pytest.mark.django_db

BIG = "9" * 5000
BAD_JSON = {
    "big-title.json": ('{"text": "x", "title": ' + BIG + "}", "a number with 5,000 digits"),
    "big-in-list.json": (
        '[{"text": "Jan zei dat het regent."}, {"text": "y", "n": -' + BIG + "}]",
        "5,000 digits",
    ),
    "big.jsonl": ('{"text": "x", "title": ' + BIG + "}\n", "line 1"),
}


@pytest.mark.parametrize("name", BAD_JSON)
def test_read_source_refuses_huge_numbers_by_path(name):
    content, reason = BAD_JSON[name]
    with pytest.raises(sources.SourceError) as refused:
        sources.read_source(name, content.encode())
    assert str(refused.value).startswith(f"{name}") and reason in str(refused.value)


@pytest.mark.parametrize("name", BAD_JSON)
def test_the_upload_form_refuses_them_without_a_500(client, editor, name):
    client.force_login(editor)
    content, reason = BAD_JSON[name]
    response = client.post(
        reverse("claims:article_new"), {"file": SimpleUploadedFile(name, content.encode())}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert f"{name}" in html and reason in html
    assert not Article.objects.exists()


def test_import_articles_refuses_the_bad_file_imports_the_rest_and_prints_the_summary(tmp_path, capsys):
    (tmp_path / "a-good.txt").write_text("Minister Jan de Vries zei dat de begroting 3 procent groeit.")
    for name, (content, _) in BAD_JSON.items():
        (tmp_path / name).write_text(content)
    (tmp_path / "z-good.json").write_text(
        '{"text": "Volgens Piet Jansen daalt de werkloosheid tot 4 procent."}'
    )
    with pytest.raises(CommandError, match=r"^2 articles imported .* 3 refused, from 5 files\."):
        call_command("import_articles", str(tmp_path))
    err = capsys.readouterr().err.splitlines()
    assert [line.split(": ")[0] for line in err] == [str(tmp_path / n) for n in sorted(BAD_JSON)]
    assert all("digits" in line for line in err)
    assert Article.objects.count() == 2
