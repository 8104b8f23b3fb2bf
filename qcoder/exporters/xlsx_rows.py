"""Plain one-sheet workbooks (codebook, codings, review and agreement sheets), written with the
analysis workbook's helpers: one XLSX writer for everything qcoder saves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from qcoder.exporters.xlsx_cells import text_cell
from qcoder.exporters.xlsx_export import HEADER_FILL, HEADER_FONT, hex_color, sheet_layout


def write_rows_xlsx(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    sheet: str = "Sheet1",
    fills: Mapping[tuple[int, int], str] | None = None,
) -> None:
    """A one-sheet workbook of plain rows (codebook, codings, review and agreement sheets): the
    workbook's header style, frozen header, fitted widths, text cleaned for Excel and always a
    string cell (never a formula), ``fills`` (data row, column) -> #RRGGBB backgrounds."""
    write_sheets_xlsx(path, [(sheet, header, rows)], {0: fills} if fills else None)


def write_sheets_xlsx(
    path: Path,
    sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[object]]]],
    fills: Mapping[int, Mapping[tuple[int, int], str]] | None = None,
) -> None:
    """Several such sheets in one workbook: ``(name, header, rows)`` each; ``fills`` by sheet."""
    wb = Workbook(write_only=True)
    for n, (name, header, rows) in enumerate(sheets):
        _sheet(wb, name, header, rows, (fills or {}).get(n))
    wb.save(path)


def _sheet(
    wb: Workbook,
    sheet: str,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    fills: Mapping[tuple[int, int], str] | None,
) -> None:
    ws = wb.create_sheet(sheet[:31] or "Sheet1")
    for i, name in enumerate(header, start=1):
        width = max([len(str(name))] + [min(len(str(r[i - 1])), 60) for r in rows if i - 1 < len(r)])
        sheet_layout(ws).column_dimensions[get_column_letter(i)].width = max(8, width + 2)
    ws.freeze_panes = "A2"
    head = []
    for name in header:
        cell = text_cell(ws, str(name))
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        head.append(cell)
    ws.append(head)
    for r, row in enumerate(rows):
        line = []
        for c, value in enumerate(row):
            cell = text_cell(ws, value)  # text is a string cell, never a formula
            color = (fills or {}).get((r, c))
            if color:
                cell.fill = PatternFill("solid", start_color="FF" + hex_color(color))
            line.append(cell)
        ws.append(line)
