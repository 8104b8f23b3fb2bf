"""An excerpt's time in the recording (hh:mm:ss, interpolated inside its timed turn) travels to
every place excerpts are listed: the codings CSV/XLSX, the workbook's Excerpts sheet, the
analysis drill-down and the Word report's quotes. Untimed documents leave it empty."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import openpyxl
import pytest

from qcoder.analysis.analysis_data import AnalysisData
from qcoder.analysis.matrix import Column, Options, cell_excerpts, compute_matrix, fit_options
from qcoder.app.codings_io import export_codings, import_codings
from qcoder.app.project import Project
from qcoder.cli import main
from qcoder.core.media import Clock, hms
from qcoder.core.model import Turn
from qcoder.importers.base import ImportedDocument
from qcoder.importers.captions import read as read_captions

VTT = """WEBVTT

00:00:00.000 --> 00:00:02.000
<v Maria Lopez>We started the task force in 2019 with a small grant.

00:00:02.000 --> 00:00:04.000
<v Interviewer>What changed once the coordinator came?

00:01:04.000 --> 00:01:06.000
<v Maria Lopez>Everyone knew whom to call, and the calls got answered.
"""


@pytest.fixture
def timed(tmp_path: Path):  # type: ignore[no-untyped-def]
    vtt = tmp_path / "call.vtt"
    vtt.write_text(VTT, encoding="utf-8")
    project = Project.create(tmp_path / "p.qcoder")
    doc = project.add_document(read_captions(vtt))
    plain = project.add_document(ImportedDocument("Everyone knew whom to call.", "notes.txt", "txt"), "notes")
    code = project.create_code("Coordination")
    coder = project.ensure_coder("Maya")
    text = project.document(doc.id).text
    start = text.index("the calls")  # well inside the third turn: 1:04 + share of 2 s
    project.add_coding(doc.id, code.id, coder.id, start, start + 9)
    project.add_coding(plain.id, code.id, coder.id, 0, 8)
    yield project, tmp_path
    project.close()


def test_the_clock_interpolates_inside_a_turn_and_reads_caption_paragraphs() -> None:
    turns = [Turn("a", "d", "s", 0, 10, 60.0, 70.0), Turn("b", "d", "s", 10, 20, None, None)]
    clock = Clock(turns, {"captions": [(0, 5.0), (100, 9.0)]})
    assert clock.time_of("d", 5) == 65.0
    assert clock.hms_of("d", 5) == "00:01:05"
    assert clock.time_of("d", 25) is None  # outside every turn
    assert clock.time_of("captions", 150) == 9.0  # the last paragraph: its start
    assert clock.time_of("captions", 50) == 7.0  # between two paragraph starts
    assert clock.time_of("nothing", 3) is None and hms(None) == ""


def test_the_codings_csv_and_xlsx_carry_the_time(timed) -> None:  # type: ignore[no-untyped-def]
    project, folder = timed
    export_codings(project, folder / "c.csv")
    with (folder / "c.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["document"]: r["time"] for r in rows} == {"call": "00:01:05", "notes": ""}
    export_codings(project, folder / "c.xlsx")
    sheet = openpyxl.load_workbook(folder / "c.xlsx").active
    values = list(sheet.values)
    column = values[0].index("time")
    assert sorted(str(v[column] or "") for v in values[1:]) == ["", "00:01:05"]
    # the time column is ignored on import: the file reads back as duplicates
    assert import_codings(project, folder / "c.csv").duplicates == 2


def test_the_workbook_drill_down_and_report_show_the_time(timed, capsys) -> None:  # type: ignore[no-untyped-def]
    project, folder = timed
    data = AnalysisData(project.counting_index(with_text=True, with_ids=True))
    matrix = compute_matrix(data, fit_options(data, Options()))
    code_id = project.codes()[0].id
    items = cell_excerpts(data, matrix, code_id, Column(()))
    assert sorted(i.time for i in items) == ["", "00:01:05"]
    path = str(project.path)
    project.close()
    assert main(["export", path, "-o", str(folder / "t.xlsx")]) == 0
    sheet = openpyxl.load_workbook(folder / "t.xlsx")["Excerpts"]
    values = list(sheet.values)
    column = values[0].index("Time")  # the workbook's headers are labels ("time" in the CSV tables)
    assert sorted(str(v[column] or "") for v in values[1:]) == ["", "00:01:05"]
    assert main(["report", path, "-o", str(folder / "r.docx")]) == 0
    said = [p.text for p in docx.Document(str(folder / "r.docx")).paragraphs if p.text.startswith("—")]
    assert any(s.endswith(", at 00:01:05") for s in said), said
    assert any(not s.endswith(", at ") and "at 00" not in s for s in said), said  # the untimed quote
