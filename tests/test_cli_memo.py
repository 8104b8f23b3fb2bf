"""``qcoder memo add|list|export``: the JSON shape, filters and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document as read_docx

from qcoder.cli import main
from tests.helpers import INTERVIEW


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(capsys, tmp_path: Path) -> str:
    path = str(tmp_path / "p.qcoder")
    (tmp_path / "HC-LE-01.txt").write_text(INTERVIEW, encoding="utf-8")
    assert run(capsys, "new", path)[0] == 0
    assert run(capsys, "import", path, str(tmp_path / "HC-LE-01.txt"))[0] == 0
    from qcoder.app import Project

    with Project.open(path) as p:
        p.ensure_code_path("Barriers > Trust")
        p.ensure_coder("Ana")
        p.add_participant("Officer Diaz")
    return path


def test_add_and_list_json(capsys, project):
    assert run(capsys, "memo", "add", project, "--on", "project", "--text", "Day one.", "--coder", "Ana")[0] == 0
    assert run(capsys, "memo", "add", project, "--on", "project", "--text", "Day two.")[0] == 0
    assert run(capsys, "memo", "add", project, "--on", "document:HC-LE-01", "--text", "Long pauses.")[0] == 0
    assert run(capsys, "memo", "add", project, "--on", "code:Barriers > Trust", "--text", "Definition.")[0] == 0
    assert run(capsys, "memo", "add", project, "--on", "participant:Officer Diaz", "--text", "Veteran.")[0] == 0
    code, out, _ = run(capsys, "memo", "list", project, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and all(set(r) == {"id", "on", "author", "created", "text"} for r in rows)
    assert [r["on"] for r in rows] == [
        "project",
        "project",
        "document:HC-LE-01",
        "code:Barriers > Trust",
        "participant:Officer Diaz",
    ]
    assert rows[0]["author"] == "Ana" and rows[0]["text"] == "Day one." and rows[1]["author"] == ""
    assert len({r["id"] for r in rows}) == 5
    _, out, _ = run(capsys, "memo", "list", project, "--format", "json", "--type", "document,code")
    assert [r["on"] for r in json.loads(out)] == ["document:HC-LE-01", "code:Barriers > Trust"]
    _, out, _ = run(capsys, "memo", "list", project, "--format", "json", "--author", "ana")
    assert [r["text"] for r in json.loads(out)] == ["Day one."]
    _, out, _ = run(capsys, "memo", "list", project, "--format", "json", "--search", "PAUSES")
    assert [r["on"] for r in json.loads(out)] == ["document:HC-LE-01"]
    _, out, _ = run(capsys, "memo", "list", project, "--format", "json", "--since", "2999-01-01")
    assert json.loads(out) == []


def test_export_docx(capsys, project, tmp_path):
    run(capsys, "memo", "add", project, "--on", "project", "--text", "Day one.")
    out_file = tmp_path / "memos.docx"
    code, out, _ = run(capsys, "memo", "export", project, "-o", str(out_file))
    assert code == 0 and "1 memos" in out
    document = read_docx(str(out_file))
    assert "Day one." in [p.text for p in document.paragraphs]
    assert document.styles["Normal"].font.name == "Calibri"  # the other reports' body font, not a serif


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (("add", "--on", "code:Nope", "--text", "x"), 1, "code not found: Nope"),
        (("add", "--on", "nowhere", "--text", "x"), 1, "a memo is on project, document:NAME"),
        (("add", "--on", "project", "--text", " "), 1, "a memo needs some text"),
        (("add", "--on", "project"), 2, "memo add needs --on and --text"),
        (("add", "--on", "project", "--text", "x", "--coder", "Zed"), 2, "no coder named 'Zed'"),
        (("list", "--type", "journal"), 2, "unknown memo type 'journal'"),
        (("list", "--since", "yesterday"), 2, "--since wants a date"),
        (("export",), 2, "memo export needs -o"),
        (("export", "-o", "memos.pdf"), 2, "memo export writes .docx"),
    ],
)
def test_bad_input_gives_one_line(capsys, project, args, status, message):
    action, *rest = args
    code, _, err = run(capsys, "memo", action, project, *rest)
    assert code == status
    assert message in err and len(err.strip().splitlines()) == 1


def test_list_and_export_summaries(capsys, project, tmp_path: Path):
    assert run(capsys, "summary", project, "--case", "document:HC-LE-01", "--theme", "Barriers > Trust",
               "--set", "Trust comes slowly.", "--coder", "Ana")[0] == 0  # fmt: skip
    code, out, _err = run(capsys, "memo", "list", project, "--format", "json")
    assert json.loads(out) == []  # summaries only when asked for
    code, out, _err = run(
        capsys, "memo", "list", project, "--type", "summary", "--search", "slowly", "--format", "json"
    )
    [entry] = json.loads(out)
    assert entry["on"] == "summary:document:HC-LE-01 × Barriers > Trust" and entry["author"] == "Ana"
    assert entry["text"] == "Trust comes slowly."
    out_file = tmp_path / "memos.docx"
    assert run(capsys, "memo", "export", project, "--type", "summary,project", "-o", str(out_file))[0] == 0
    text = "\n".join(p.text for p in read_docx(str(out_file)).paragraphs)
    assert "Framework summaries (1)" in text and "Trust comes slowly." in text


def test_add_writes_links_and_warns_about_broken_ones(capsys, project):
    text = "See [[code:Barriers > Trust]] and [[document:Nope]]."
    code, out, err = run(capsys, "memo", "add", project, "--on", "project", "--text", text)
    assert code == 0 and err == "warning: the link [[document:Nope]] points to nothing in the project\n"
    _code, out, _err = run(capsys, "memo", "list", project, "--format", "json")
    assert json.loads(out)[0]["text"] == text  # kept as written
