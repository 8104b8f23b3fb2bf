"""The Word theme report with its options (issue 16) on the demo project: its numbers equal
``qcoder stats`` JSON for the same options, themes with their subcodes, coders or a consensus
coder, the grouping attribute, the summary table, quotes per theme, the framework summaries with
whose they are, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from qcoder.app import Project
from qcoder.app.reports import ReportOptions, report_stats, resolve_options, write_report
from qcoder.cli import main
from qcoder.core.errors import InvalidValue
from qcoder.exporters.report_text import percent_of


@pytest.fixture
def project(demo_copy: Path) -> Path:
    return demo_copy


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def stats(capsys: pytest.CaptureFixture[str], project: Path, by: str, coder: str | None = None) -> list[dict[str, Any]]:
    args = ["stats", str(project), "--by", by, "--format", "json"]
    if coder:
        args += ["--coder", coder]
    code, out, _ = run(capsys, *args)
    assert code == 0
    data: list[dict[str, Any]] = json.loads(out)
    return data


def tables(path: Path) -> list[tuple[str, list[list[str]]]]:
    """(caption before it, rows of cell texts) of every table of the document, in order."""
    document = docx.Document(str(path))
    out: list[tuple[str, list[list[str]]]] = []
    caption = ""
    for el in document.element.body.iterchildren():
        if el.tag == qn("w:p"):
            para = docx.text.paragraph.Paragraph(el, document)
            if para.style is not None and para.style.name == "Caption":
                caption = para.text
        elif el.tag == qn("w:tbl"):
            table = docx.table.Table(el, document)
            out.append((caption, [[c.text for c in row.cells] for row in table.rows]))
            caption = ""
    return out


def paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name if p.style is not None else "", p.text) for p in docx.Document(str(path)).paragraphs]


def check_overview(path: Path, expected: list[dict[str, Any]], by: str) -> None:
    """Table 1 equals the stats: a row per theme in order, "n of N" over the share per group
    with respondents, then all respondents."""
    caption, rows = tables(path)[0]
    assert caption.startswith("Table 1. Respondents who mentioned each theme")
    header, body = rows[0], rows[1:]
    groups = [v for v, c in expected[0]["by"][by].items() if c["respondents"] > 0]
    assert header[0] == "Theme" and header[-1] == "All respondents" and len(header) == len(groups) + 2
    assert [row[0] for row in body] == [s["code"].split(" > ")[-1] for s in expected]
    for row, s in zip(body, expected, strict=True):
        for text, value in zip(row[1:-1], groups, strict=True):
            c = s["by"][by][value]
            assert (
                text == f"{c['participants']} of {c['respondents']}\n{percent_of(c['participants'], c['respondents'])}"
            )
        respondents = sum(c["respondents"] for c in s["by"][by].values())
        assert row[-1].split("\n")[0] == f"{s['participants']} of {respondents}"


def check_group_tables(path: Path, expected: list[dict[str, Any]], by: str) -> int:
    """Each theme's table by group equals the stats; returns how many were checked."""
    by_name = {s["code"].split(" > ")[-1]: s for s in expected}
    checked = 0
    for caption, rows in tables(path)[1:]:
        name, sep, rest = caption.partition(": respondents who mentioned it, by ")
        if not sep or rest != by.replace("_", " "):
            continue
        name = name.split(". ", 1)[1]
        cells = {v: c for v, c in by_name[name]["by"][by].items() if c["respondents"] > 0}
        for row, (value, c) in zip(rows[1:-1], cells.items(), strict=True):
            assert row[:4] == [
                value[:1].upper() + value[1:],
                f"{c['participants']} of {c['respondents']}",
                percent_of(c["participants"], c["respondents"]),
                str(c["excerpts"]),
            ]
        total = rows[-1]
        assert total[1].startswith(f"{by_name[name]['participants']} of ")
        assert total[3] == str(by_name[name]["excerpts"])
        checked += 1
    return checked


def test_report_numbers_equal_stats_json(capsys, project, tmp_path):
    out = tmp_path / "r.docx"
    code, said, _ = run(capsys, "report", str(project), "-o", str(out))
    assert code == 0 and said.strip() == f"wrote {out}"
    expected = stats(capsys, project, "stakeholder_group")
    check_overview(out, expected, "stakeholder_group")
    assert check_group_tables(out, expected, "stakeholder_group") >= 10


def test_coder_themes_and_grouping_options_equal_stats_json(capsys, project, tmp_path):
    out = tmp_path / "r.docx"
    code, _, err = run(
        capsys, "report", str(project), "-o", str(out), "--coder", "Maya Chen", "--by", "site", "--themes", "Challenges"
    )
    assert code == 0, err
    # the parent with its subcodes, nothing else
    expected = [s for s in stats(capsys, project, "site", "Maya Chen") if s["code"].startswith("Challenges")]
    assert len(expected) > 1
    check_overview(out, expected, "site")
    assert check_group_tables(out, expected, "site") >= 1
    heads = [t for k, t in paragraphs(out) if k == "Heading 2"]
    assert heads == ["Challenges"]
    assert any(t.startswith("Excerpts were coded by Maya Chen with") for _, t in paragraphs(out))


def test_consensus_coder(capsys, project, tmp_path):
    code, _, err = run(capsys, "reconcile", str(project), "--coders", "Maya Chen,Jordan Reyes", "--method", "union")
    assert code == 0, err
    out = tmp_path / "r.docx"
    code, _, err = run(capsys, "report", str(project), "-o", str(out), "--consensus", "Consensus")
    assert code == 0, err
    check_overview(out, stats(capsys, project, "stakeholder_group", "Consensus"), "stakeholder_group")
    body = "\n".join(t for _, t in paragraphs(out))
    assert "Excerpts are the consensus coding (Consensus), reconciled from the coders' work" in body


def test_no_summary_table_and_quotes_per_theme(capsys, project, tmp_path):
    out = tmp_path / "r.docx"
    code, _, _ = run(capsys, "report", str(project), "-o", str(out), "--no-summary-table", "--quotes", "1")
    assert code == 0
    heads = [t for k, t in paragraphs(out) if k == "Heading 1"]
    assert heads == ["Methods", "Codebook", "Findings"]
    assert not tables(out)[0][0].startswith("Table 1. Respondents who mentioned each theme")
    # a quote is two Quote paragraphs (the words, then "—Group"); one per theme section
    paras = paragraphs(out)
    sections: list[int] = []
    for kind, text in paras:
        if kind.startswith("Heading") and kind != "Heading 1":
            sections.append(0)
        elif kind == "Quote" and text.startswith("—") and sections:
            sections[-1] += 1
    assert sections and max(sections) == 1
    run(capsys, "report", str(project), "-o", str(out), "--quotes", "0")
    assert not [t for k, t in paragraphs(out) if k == "Quote"]


def test_framework_summaries_with_whose_they_are(capsys, project, tmp_path):
    theme = "Challenges > Confidentiality"
    for case, text, coder in (
        ("stakeholder_group=prosecutor", "Prosecutors reach survivors through advocates.", "Maya Chen"),
        ("stakeholder_group=law enforcement", "Officers want to know where survivors are.", "Jordan Reyes"),
        ("site=Harbor City", "Not a group case: not in a report by group.", "Maya Chen"),
    ):
        assert (
            run(capsys, "summary", str(project), "--case", case, "--theme", theme, "--set", text, "--coder", coder)[0]
            == 0
        )
    out = tmp_path / "r.docx"
    run(capsys, "report", str(project), "-o", str(out))
    kinds = paragraphs(out)
    paras = [t for _, t in kinds]
    at = paras.index("Summaries from the framework matrix")
    # in the theme's section: the last heading before it is the theme's
    assert [t for k, t in kinds[:at] if k.startswith("Heading")][-1] == "Confidentiality"
    # groups in their order, each saying whose it is
    assert paras[at + 1].startswith(
        "Law enforcement officials. Officers want to know where survivors are. (Summary by Jordan Reyes, "
    )
    assert paras[at + 2].startswith(
        "Prosecutors. Prosecutors reach survivors through advocates. (Summary by Maya Chen, "
    )
    assert not any("Not a group case" in t for t in paras)
    # then the quotes
    assert kinds[at + 3][0] == "Quote" and paras.count("Summaries from the framework matrix") == 1
    # one coder's report shows that coder's summaries only
    run(capsys, "report", str(project), "-o", str(out), "--coder", "Maya Chen")
    paras = [t for _, t in paragraphs(out)]
    assert any(t.startswith("Prosecutors. Prosecutors reach survivors") for t in paras)
    assert not any("Officers want to know" in t for t in paras)


def test_options_resolved_with_clear_errors(project):
    with Project.open(project) as p:
        resolved = resolve_options(p, ReportOptions(themes=("Challenges",)))
        paths = p.code_paths()
        assert {paths[c] for c in resolved.code_ids or []} == {v for v in paths.values() if v.startswith("Challenges")}
        assert resolve_options(p, ReportOptions(group_by="")).group_by is None
        for options, message in (
            (ReportOptions(coders=("Nobody",)), "no coder named 'Nobody' (coders: Jordan Reyes, Maya Chen)"),
            (ReportOptions(consensus="Nobody"), "no coder named 'Nobody'"),
            (ReportOptions(coders=("Maya Chen",), consensus="Maya Chen"), "choose coders or a consensus coder"),
            (ReportOptions(group_by="region"), "no attribute named 'region' (attributes: "),
            (ReportOptions(themes=("Nope > Never",)), "no code at 'Nope > Never'"),
            (ReportOptions(quotes=-1), "quotes per theme"),
            (ReportOptions(quotes=51), "quotes per theme"),
        ):
            with pytest.raises(InvalidValue) as info:
                resolve_options(p, options)
            assert message in str(info.value)
        with pytest.raises(InvalidValue, match=r"\.docx"):
            write_report(p, ReportOptions(), project.with_suffix(".pdf"))
        figures = report_stats(p, ReportOptions(coders=("Maya Chen",), themes=("Challenges",)))
        assert figures[0]["code"] == "Challenges" and set(figures[0]["by"]) == {"stakeholder_group"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--coder", "Nobody"], "qcoder report: error: no coder named 'Nobody'"),
        (["--consensus", "Nobody"], "qcoder report: error: no coder named 'Nobody'"),
        (["--by", "region"], "qcoder report: error: no attribute named 'region'"),
        (["--themes", "Nope"], "qcoder report: error: no code at 'Nope'"),
        (["--themes", ","], "qcoder report: error: --themes names one or more code paths"),
        (["--quotes", "99"], "qcoder report: error: quotes per theme: give a number from 0 to 50"),
        (["--quotes", "-1"], "qcoder report: error: argument --quotes: -1 is negative"),
        (["--coder", "Maya Chen", "--consensus", "C"], "not allowed with argument --coder"),
    ],
)
def test_cli_errors_are_one_line(capsys, project, tmp_path, args, message):
    out = tmp_path / "r.docx"
    code, _, err = (
        run(capsys, "report", str(project), "-o", str(out), *args)
        if "argument" not in message
        else (_argparse_exit(capsys, ["report", str(project), "-o", str(out), *args]))
    )
    assert code != 0 and message in err
    assert [line for line in err.splitlines() if "error" in line] == [err.splitlines()[-1]]
    assert not out.exists()


def _argparse_exit(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err
