"""Coding-query results as a table: CSV (through the one escaping CSV writer) or a workbook with
the excerpts and their counts by every attribute (string cells, never formulas)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from qcoder.analysis.index import ProjectIndex
from qcoder.analysis.query import QueryResult
from qcoder.core.cells import csv_writer
from qcoder.exporters.xlsx_cells import text_cell

COLUMNS = ["document", "start", "end", "speaker", "participant", "coder", "codes", "text"]


def result_rows(index: ProjectIndex, result: QueryResult) -> list[list[str | int]]:
    """The excerpts as rows (header first): document, start, end, speaker, participant, coder,
    the query's codes coded on it, its text."""
    rows: list[list[str | int]] = [list(COLUMNS)]
    for i, e in enumerate(result.excerpts):
        codes = "; ".join(e.codes)
        rows.append([e.document, e.start, e.end, e.speaker, e.participant, e.coder, codes, result.text(i)])
    return rows


def write_results_csv(index: ProjectIndex, result: QueryResult, stream: Any) -> None:
    csv_writer(stream).writerows(result_rows(index, result))


def export_results(index: ProjectIndex, result: QueryResult, path: Path) -> Path:
    """Write the excerpts to ``path``: CSV, or XLSX (any other suffix becomes .xlsx) with a sheet
    of counts by every attribute."""
    if path.suffix.lower() == ".csv":
        with open(path, "w", newline="", encoding="utf-8-sig") as fh:
            write_results_csv(index, result, fh)
        return path
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Excerpts")
    sheet.append([text_cell(sheet, f"Query: {result.query}")])
    for row in result_rows(index, result):
        sheet.append([text_cell(sheet, v) for v in row])
    counts = book.create_sheet("Counts")
    counts.append([text_cell(counts, v) for v in ("attribute", "value", "excerpts", "documents", "respondents")])
    counts.append([text_cell(counts, v) for v in ("(all)", "", result.count, result.documents, result.respondents)])
    for name in index.attribute_names():
        for c in result.by_attribute(name):
            values = (name, c.value, c.excerpts, c.documents, c.respondents)
            counts.append([text_cell(counts, v) for v in values])
    book.save(path)
    return path
