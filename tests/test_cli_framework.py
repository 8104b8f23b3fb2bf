"""``qcoder matrix`` and ``qcoder summary`` on the demo project: the JSON shape, numbers equal to
``qcoder stats``, summaries written and shown, drafts, XLSX and DOCX files, one-line errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from docx import Document as read_docx
from openpyxl import load_workbook

from qcoder.cli import main

KEYS = {"case", "theme", "excerpts", "respondents", "respondents_total", "summary", "summary_author", "draft"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--no-gui", "--out", str(folder)]) == 0
    return folder / "demo.qcoder"


@pytest.fixture
def project(demo: Path, tmp_path: Path) -> str:
    copy = tmp_path / "demo.qcoder"
    shutil.copy(demo, copy)
    return str(copy)


def test_matrix_json_equals_stats(capsys, project):
    code, out, _ = run(capsys, "matrix", project, "--cases", "site")
    data = json.loads(out)
    assert code == 0 and set(data) == {"cases", "themes", "cells"}
    assert data["cases"][0] == "site=Harbor City" and all(set(c) == KEYS for c in data["cells"])
    assert len(data["cells"]) == len(data["cases"]) * len(data["themes"])
    _, out, _ = run(capsys, "stats", project, "--by", "site", "--format", "json")
    stats = {row["code"]: row["by"]["site"] for row in json.loads(out)}
    for cell in data["cells"]:
        site = cell["case"].removeprefix("site=")
        expected = stats[cell["theme"]][site]
        assert (cell["excerpts"], cell["respondents"], cell["respondents_total"]) == (
            expected["excerpts"],
            expected["participants"],
            expected["respondents"],
        )
        assert cell["summary"] is None and (cell["draft"] is None) == (cell["excerpts"] == 0)


def test_documents_participants_and_two_attributes(capsys, project):
    _, out, _ = run(capsys, "matrix", project, "--cases", "documents", "--themes", "Challenges")
    data = json.loads(out)
    assert data["themes"] == ["Challenges"] and all(c.startswith("document:") for c in data["cases"])
    _, out, _ = run(capsys, "stats", project, "--format", "json")
    total = next(r for r in json.loads(out) if r["code"] == "Challenges")
    assert sum(c["excerpts"] for c in data["cells"]) == total["excerpts"]
    _, out, _ = run(capsys, "matrix", project, "--cases", "participants", "--themes", "Challenges")
    cells = json.loads(out)["cells"]
    assert all(c["respondents"] <= c["respondents_total"] == 1 for c in cells)
    _, out, _ = run(capsys, "matrix", project, "--cases", "site,stakeholder_group", "--themes", "Challenges")
    assert "site=Harbor City|stakeholder_group=law enforcement" in json.loads(out)["cases"]


def test_summary_set_draft_and_matrix(capsys, project):
    case, theme = "site=Harbor City", "Challenges > Turnover and burnout"
    code, out, _ = run(capsys, "summary", project, "--case", case, "--theme", theme, "--draft")
    lines = out.splitlines()
    assert code == 0 and 1 <= len(lines) <= 3 and all(line.endswith("]") and " [" in line for line in lines)
    coder = json.loads(run(capsys, "matrix", project, "--cases", "site", "--themes", theme)[1])
    assert coder["cells"][0]["draft"]
    from qcoder.app import Project

    with Project.open(project) as p:
        name = p.coders()[0].name
    assert (
        run(capsys, "summary", project, "--case", case, "--theme", theme, "--set", "Staff leave.", "--coder", name)[0]
        == 0
    )
    _, out, _ = run(capsys, "matrix", project, "--cases", "site", "--themes", theme)
    cell = json.loads(out)["cells"][0]
    assert (cell["case"], cell["summary"], cell["summary_author"]) == (case, "Staff leave.", name)


def test_xlsx_and_docx(capsys, project, tmp_path):
    xlsx, docx = tmp_path / "m.xlsx", tmp_path / "m.docx"
    assert run(capsys, "matrix", project, "--cases", "site", "--format", "xlsx", "-o", str(xlsx))[0] == 0
    wb = load_workbook(xlsx)
    grid = wb["Framework matrix"]
    assert grid["A1"].value == "Theme" and grid["B1"].value == "site=Harbor City"
    assert grid["B2"].value.startswith("3 of 3 respondents") and grid["B2"].alignment.wrap_text
    assert "\u201c" in grid["B2"].value  # a quote
    assert [c.value for c in wb["Cells"][1]][:3] == ["case", "theme", "excerpts"]
    assert (
        run(
            capsys, "matrix", project, "--cases", "site", "--themes", "Challenges", "--format", "docx", "-o", str(docx)
        )[0]
        == 0
    )
    document = read_docx(str(docx))
    assert [p.text for p in document.paragraphs][:2] == ["Framework matrix", "Challenges"]
    assert document.tables[0].rows[1].cells[0].text == "Harbor City"  # the case as the window shows it


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["matrix", "--cases", "nope"], "attribute not found"),
        (["matrix", "--cases", "a,b,c"], "one or two attribute"),
        (["matrix", "--cases", "site", "--themes", "Nope"], "code not found"),
        (["matrix", "--cases", "site", "--format", "xlsx"], "add -o"),
        (["summary", "--case", "x", "--theme", "Challenges", "--draft"], "a case is"),
        (["summary", "--case", "document:Nope", "--theme", "Challenges", "--draft"], "document not found"),
        (["summary", "--case", "site=A", "--theme", "Challenges"], "either --draft or --set"),
        (["summary", "--case", "site=Nowhere", "--theme", "Challenges", "--set", "typo"], "case not found"),
        (["summary", "--case", "site=A|site=B", "--theme", "Challenges", "--draft"], "different attributes"),
        (["matrix"], "either --cases or --synthesis"),
        (["matrix", "--cases", "site", "--synthesis", "site"], "either --cases or --synthesis"),
        (["matrix", "--cases", "site", "--across", "site"], "--across goes with --synthesis"),
        (["matrix", "--synthesis", "nope"], "attribute not found"),
        (["matrix", "--synthesis", "stakeholder_group", "--across", "nope"], "attribute not found"),
        (["matrix", "--synthesis", "site", "--format", "docx"], "add -o"),
    ],
)
def test_errors(capsys, project, args, message):
    code, _, err = run(capsys, args[0], project, *args[1:])
    lines = err.strip().splitlines()
    assert code != 0 and message in lines[-1] and lines[-1].startswith(f"qcoder {args[0]}: error:")


def test_synthesis_json_equals_stats(capsys, project):
    code, out, _ = run(capsys, "matrix", project, "--synthesis", "stakeholder_group")
    data = json.loads(out)
    assert code == 0 and (data["group"], data["across"]) == ("stakeholder_group", "site")
    assert data["groups"] == ["law enforcement", "other", "prosecutor", "victim service provider"]
    assert len(data["cells"]) == len(data["groups"]) * len(data["themes"])
    _, out, _ = run(capsys, "stats", project, "--by", "stakeholder_group", "--format", "json")
    stats = {row["code"]: row["by"]["stakeholder_group"] for row in json.loads(out)}
    for cell in data["cells"]:
        expected = stats[cell["theme"]][cell["group"]]
        assert (cell["respondents"], cell["respondents_total"]) == (expected["participants"], expected["respondents"])
        assert f"{cell['cases']} of {cell['cases_total']}" == expected["sites"]
    quotes = [q for c in data["cells"] for q in c["quotes"]]
    assert quotes and all(q["across"] and q["speaker"] and q["group"] for q in quotes)
    _, out, _ = run(
        capsys, "matrix", project, "--synthesis", "stakeholder_group", "--across", "", "--themes", "Challenges"
    )
    cells = json.loads(out)["cells"]
    assert all(c["cases"] is None and all(q["across"] is None for q in c["quotes"]) for c in cells)


def test_synthesis_rolls_up_case_summaries(capsys, project, tmp_path):
    theme = "Challenges > Confidentiality"
    case = "site=Harbor City|stakeholder_group=prosecutor"
    assert (
        run(
            capsys, "summary", project, "--case", case, "--theme", theme, "--set", "Privilege.", "--coder", "Maya Chen"
        )[0]
        == 0
    )
    _, out, _ = run(capsys, "matrix", project, "--synthesis", "stakeholder_group", "--themes", theme)
    cells = {c["group"]: c for c in json.loads(out)["cells"]}
    assert cells["prosecutor"]["summaries"] == [{"case": case, "text": "Privilege.", "author": "Maya Chen"}]
    assert not any(c["summaries"] for g, c in cells.items() if g != "prosecutor")
    _, out, _ = run(
        capsys, "matrix", project, "--synthesis", "stakeholder_group", "--themes", theme, "--coder", "Jordan Reyes"
    )
    assert not any(c["summaries"] for c in json.loads(out)["cells"])
    xlsx, docx = tmp_path / "s.xlsx", tmp_path / "s.docx"
    args = ["matrix", project, "--synthesis", "stakeholder_group", "--themes", theme]
    assert run(capsys, *args, "--format", "xlsx", "-o", str(xlsx))[0] == 0
    grid = load_workbook(xlsx)["Group synthesis"]
    assert [c.value for c in grid[1]] == ["Theme", "law enforcement", "other", "prosecutor", "victim service provider"]
    assert (
        grid["D2"].value.startswith("4 of 4 respondents, in 4 of 4 sites")
        and "Harbor City (Maya Chen): Privilege." in grid["D2"].value
    )
    assert grid["D2"].alignment.wrap_text and "\u201c" in grid["E2"].value
    assert run(capsys, *args, "--format", "docx", "-o", str(docx))[0] == 0
    document = read_docx(str(docx))
    assert [p.text for p in document.paragraphs][:1] == ["Group synthesis"]
    assert document.tables[0].rows[1].cells[3].text == "4 of 4"
    assert "Harbor City: Privilege. \u2014 Maya Chen" in document.tables[1].rows[2].cells[0].text
    assert "by stakeholder group:" in document.paragraphs[1].text
    other = document.tables[1].rows[1].cells[0].text  # the one "other" respondent: a singular noun
    assert other.startswith("other \u2014 ") and " of 1 respondent, in 1 of 1 site\n" in other
