"""XLSX workbook and CSV tables: structure, formatting and values (checked against the
analysis tables, whose counts tests/analysis/test_frequencies.py works out by hand)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from qcoder.analysis.frequencies import stats_tables
from qcoder.analysis.synthetic import INTERVIEWER, SnapshotBuilder, example_project
from qcoder.core.errors import NotFound
from qcoder.exporters.codebook_docs import export_codebook_xlsx
from qcoder.exporters.xlsx_export import clean_cell_text, export_csv_tables, export_xlsx, hex_color

INFO = "Collaboration > Information sharing"


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    path = tmp_path_factory.mktemp("xlsx") / "analysis.xlsx"
    assert export_xlsx(example_project(), path, by=["stakeholder_group", "site"], coders=["A"]) == path
    return openpyxl.load_workbook(path)


def test_sheets_in_order(workbook: openpyxl.Workbook) -> None:
    assert workbook.sheetnames == [
        "Frequencies",
        "Themes x stakeholder_group",
        "Themes x site",
        "Matrix (excerpts)",
        "By stakeholder_group",
        "By site",
        "stakeholder_group x site",
        "Co-occurrence",
        "Codebook",
        "Excerpts",
        "Notes",
    ]


def test_values_match_the_analysis_tables(workbook: openpyxl.Workbook) -> None:
    tables = stats_tables(example_project(), ["stakeholder_group", "site"], coders=["A"])
    titles = [t for t in workbook.sheetnames if not t.startswith(("Matrix", "Themes x"))]
    for table, title in zip(tables, titles[:4], strict=True):
        ws = workbook[title]
        got = [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
        assert got == [[v for v in row] for row in table.rows], title
    header = [c.value for c in workbook["By site"][1]]
    assert header[:4] == ["Code", "Depth", "Site", "Excerpts"] and header[-2:] == ["Sites", "Sites total"]


def test_formatting(workbook: openpyxl.Workbook) -> None:
    ws = workbook["By stakeholder_group"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.b
    # heat map (colour scale) on every count column of the 30 data rows
    ranges = {str(cf.sqref): [r.type for r in cf.rules] for cf in ws.conditional_formatting}
    for col in "DEFI":  # excerpts, documents, participants, sites
        assert ranges[f"{col}2:{col}31"] == ["colorScale"]
    assert ws["H2"].number_format == "0%"  # share
    # codes indented by depth: "Collaboration" bold at the top, children indented
    assert ws["A2"].value == "Collaboration" and ws["A2"].font.b
    child = next(r for r in range(2, ws.max_row + 1) if ws[f"A{r}"].value == INFO)
    assert ws[f"A{child}"].alignment.indent == 2
    assert ws.column_dimensions["A"].width > 20
    assert workbook["Co-occurrence"].freeze_panes == "B2"


def test_cooccurrence_sheet(workbook: openpyxl.Workbook) -> None:
    ws = workbook["Co-occurrence"]
    paths = [c.value for c in ws[1]][1:]
    assert paths[:3] == ["Collaboration", "Collaboration > Trust", INFO]
    trust_row = [c.value for c in ws[3]]
    assert trust_row[0] == "Collaboration > Trust"
    assert trust_row[1:4] == [3, 3, 1]  # with Collaboration 3, itself 3 excerpts, with Information sharing 1


def test_codebook_and_excerpts_sheets(workbook: openpyxl.Workbook) -> None:
    cb = workbook["Codebook"]
    assert [c.value for c in cb[1]] == ["Colour", "Code", "Path", "Definition", "Inclusion", "Exclusion", "Example"]
    assert cb["A2"].fill.start_color.rgb == "FF1F77B4"  # Collaboration's colour as the swatch
    assert cb["B3"].value == "Trust" and cb["B3"].alignment.indent == 2
    assert cb["E3"].value == "Statements of trust or distrust."
    ex = workbook["Excerpts"]
    header = [c.value for c in ex[1]]
    assert header[:7] == ["Code", "Document", "Speaker", "Interviewer", "Participant", "Stakeholder group", "Site"]
    rows = [dict(zip(header, r, strict=True)) for r in ex.iter_rows(min_row=2, values_only=True)]
    assert len(rows) == 11  # every coding of coder A, the interviewer's c7 included
    question = next(r for r in rows if r["Text"] == "Do you share information?")
    assert question["Interviewer"] is True and question["Speaker"] == "Interviewer"
    first = rows[0]
    assert (first["Code"], first["Participant"], first["Coder"], first["Start"], first["Exemplar"]) == (
        "Collaboration > Trust",
        "Lee",
        "A",
        51,
        True,
    )


def test_awkward_text_survives(tmp_path: Path) -> None:
    b = SnapshotBuilder()
    d = b.document(
        'D <&> "quoted"', [("Interviewer", "Q?", INTERVIEWER), ("Ann", "=SUM(A1) & <b>bold</b>\x07 bell  ", None)]
    )
    b.code_text(d, "=Formula-like code", "=SUM(A1) & <b>bold</b>\x07 bell  ")
    path = export_xlsx(b.build(), tmp_path / "x.xlsx", by=[])
    ex = openpyxl.load_workbook(path)["Excerpts"]
    row = dict(zip([c.value for c in ex[1]], [c.value for c in ex[2]], strict=True))
    assert row["Code"] == "=Formula-like code"  # text, not a formula
    assert row["Text"] == "=SUM(A1) & <b>bold</b> bell  "  # control character dropped, spaces kept
    assert row["Document"] == 'D <&> "quoted"'


def test_unknown_attribute(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        export_xlsx(example_project(), tmp_path / "x.xlsx", by=["nope"])


def test_csv_directory_and_prefix(tmp_path: Path) -> None:
    paths = export_csv_tables(example_project(), tmp_path / "out", by=["stakeholder_group"], coders=["A"])
    assert [p.name for p in paths] == [
        "frequencies.csv",
        "matrix_excerpts.csv",
        "by_stakeholder_group.csv",
        "cooccurrence_overlap.csv",
        "codebook.csv",
        "excerpts.csv",
    ]
    raw = paths[2].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, for Excel
    with paths[2].open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    info = {r["stakeholder_group"]: r for r in rows if r["code"] == INFO}
    # by hand (see test_frequencies): service providers 2 excerpts, 2 of 2 respondents
    assert (info["service_provider"]["excerpts"], info["service_provider"]["share"]) == ("2", "1.0")
    assert info["other"]["share"] == ""  # no respondents: empty, not 0
    prefixed = export_csv_tables(example_project(), tmp_path / "res" / "stats.csv", by=[])
    assert prefixed[0] == tmp_path / "res" / "stats_frequencies.csv" and prefixed[0].exists()


def test_codebook_xlsx(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(export_codebook_xlsx(example_project(), tmp_path / "cb.xlsx"))["Codebook"]
    assert ws.max_row == 7  # header + 6 codes
    assert ws["A6"].fill.start_color.rgb == "FFFF9896"  # Turnover
    assert ws["G3"].value == "We trust the advocates."


def test_helpers() -> None:
    assert hex_color("#abc") == "AABBCC" and hex_color("nonsense") == "808080" and hex_color("#1f77b4") == "1F77B4"
    assert clean_cell_text("a\x00b") == "ab"
    assert len(clean_cell_text("x" * 40_000)) == 32_767


def test_empty_project_exports(tmp_path: Path) -> None:
    from qcoder.core.snapshot import ProjectSnapshot
    from qcoder.exporters.codebook_docs import export_codebook_docx
    from qcoder.exporters.docx_report import export_report

    empty = ProjectSnapshot(name="Empty")
    wb = openpyxl.load_workbook(export_xlsx(empty, tmp_path / "e.xlsx", by=[]))
    assert wb["Frequencies"].max_row == 1  # header only
    assert len(export_csv_tables(empty, tmp_path / "csv", by=[])) == 4  # frequencies, co-occurrence, codebook, excerpts
    export_report(empty, tmp_path / "e.docx")
    export_codebook_docx(empty, tmp_path / "cb.docx")
    export_codebook_xlsx(empty, tmp_path / "cb.xlsx")


def test_the_matrix_sheet_is_the_windows_matrix(workbook: openpyxl.Workbook) -> None:
    """Issue 13: one matrix definition for the window, the CLI and the workbook."""
    from qcoder.analysis.matrix import AnalysisData, CountKind, Options, compute_matrix, fit_options, matrix_grid

    data = AnalysisData(example_project())
    coder_a = next(c for c in data.index.coder_order if data.index.coders[c].name == "A")
    options = fit_options(data, Options(attribute="stakeholder_group", attribute2="site", coders=frozenset({coder_a})))
    grid = matrix_grid(compute_matrix(data, options), CountKind.EXCERPTS)
    sheet = [[c for c in row] for row in workbook["Matrix (excerpts)"].iter_rows(values_only=True)]

    def norm(h: object) -> str:  # sheet headers are written for people: "law_enforcement" → "Law enforcement"
        return str(h).casefold().replace("_", " ")

    assert [norm(h) for h in sheet[0][2:]] == [norm(h) for h in grid[0][1:]]
    figures = [[f"{int(v or 0):,}" for v in row[2:]] for row in sheet[1:]]
    assert figures == [line[1:] for line in grid[1:]]


def test_plain_sheets_use_the_one_writer_and_survive_hostile_text(tmp_path: Path) -> None:
    """Issue 13: codebook, codings and review sheets were written by a second XLSX writer that
    neither cleaned control characters (openpyxl refuses them) nor kept "=..." as text."""
    from qcoder.app.tables import write_table

    path = tmp_path / "codings.xlsx"
    rows = [["Interview A", "Trust", "Ana", 0, 5, "memo \x01 with a control"], ["B", "=HYPERLINK(1)", "Bo", 1, 2, ""]]
    write_table(
        path, ["document", "code", "coder", "start", "end", "memo"], rows, sheet="Codings", fills={(0, 1): "#FF0000"}
    )
    ws = openpyxl.load_workbook(path)["Codings"]
    values = [[c.value for c in row] for row in ws.iter_rows(values_only=False)]
    assert values[1][5] == "memo  with a control"
    assert values[2][1] == "=HYPERLINK(1)" and ws.cell(row=3, column=2).data_type == "s"
    assert ws.cell(row=2, column=2).fill.start_color.rgb == "FFFF0000"
    assert ws.cell(row=1, column=1).font.bold and ws.freeze_panes == "A2"


def test_theme_by_group_matrix_equals_stats(workbook: openpyxl.Workbook) -> None:
    """Issue 16: themes as rows in codebook order, groups as columns (N in the heading), the
    respondents who mention each theme then the excerpts, as in the stats JSON."""
    from qcoder.analysis.frequencies import stats_json

    stats = stats_json(example_project(), ["stakeholder_group"], coders=["A"])
    sheet = [list(r) for r in workbook["Themes x stakeholder_group"].iter_rows(values_only=True)]
    header, body = sheet[0], sheet[1:]
    groups = [v for v, c in stats[0]["by"]["stakeholder_group"].items() if c["respondents"] > 0]
    groups.sort(key=lambda v: v == "(none)")  # unclassified respondents last
    titles = ["Unclassified" if v == "(none)" else v for v in groups]
    ns = [stats[0]["by"]["stakeholder_group"][v]["respondents"] for v in groups]
    total = sum(c["respondents"] for c in stats[0]["by"]["stakeholder_group"].values())
    assert header == [
        "Theme",
        *(f"{t}: respondents (N={n})" for t, n in zip(titles, ns, strict=True)),
        f"All: respondents (N={total})",
        *(f"{t}: excerpts" for t in titles),
        "All: excerpts",
        "Path",
    ]
    assert [row[-1] for row in body] == [s["code"] for s in stats]  # codebook order
    for row, s in zip(body, stats, strict=True):
        by = s["by"]["stakeholder_group"]
        assert row[0] == s["code"].split(" > ")[-1]
        k = len(groups)
        assert row[1 : k + 1] == [by[v]["participants"] for v in groups] and row[k + 1] == s["participants"]
        assert row[k + 2 : 2 * k + 2] == [by[v]["excerpts"] for v in groups] and row[2 * k + 2] == s["excerpts"]
    ws = workbook["Themes x stakeholder_group"]
    assert ws.freeze_panes == "B2" and ws["A1"].font.b and ws["A2"].font.b and not ws["A3"].font.b
