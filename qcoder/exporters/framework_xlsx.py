"""The framework matrix as a workbook: the grid (themes × cases, each cell its counts, summary,
draft and quotes, wrapped and sized) and the same cells in long format."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from qcoder.analysis.framework import Framework, FrameworkCell, cell_quotes
from qcoder.exporters.xlsx_cells import text_cell

_WRAP = Alignment(wrap_text=True, vertical="top")
_BOLD = Font(bold=True)
LONG_COLUMNS = ("case", "theme", "excerpts", "respondents", "respondents_total", "summary", "summary_author", "draft")


def cell_text(framework: Framework, cell: FrameworkCell, quotes: int = 2) -> str:
    """What a grid cell shows: counts, the summary (or the draft, marked), quotes."""
    lines = [f"{cell.respondents} of {cell.respondents_total} respondents · {cell.excerpts} excerpts"]
    if cell.summary:
        by = f" ({cell.summary_author})" if cell.summary_author else ""
        lines += ["", f"Summary{by}: {cell.summary}"]
    elif cell.draft is not None and cell.draft.sentences:
        lines += ["", "Draft (computed, not edited):", cell.draft.text()]
    if cell.excerpts and quotes:
        lines += ["", *(f"\u201c{text}\u201d \u2014 {who}" for text, who in cell_quotes(framework, cell, quotes))]
    return "\n".join(lines)


def wrapped_row(ws: WriteOnlyWorksheet, values: list[object], bold: bool = False) -> list[Cell]:
    cells = []
    for v in values:
        c = text_cell(ws, v)
        c.alignment = _WRAP
        if bold:
            c.font = _BOLD
        cells.append(c)
    return cells


def grid_sheet(wb: Workbook, title: str, columns: list[str], width: int) -> WriteOnlyWorksheet:
    """A sheet whose first column names the themes and the others are ``columns``, ``width``
    characters wide, headings frozen."""
    grid = wb.create_sheet(title)
    grid.column_dimensions["A"].width = 30
    for i in range(len(columns)):
        grid.column_dimensions[get_column_letter(i + 2)].width = width
    grid.freeze_panes = "B2"
    grid.append(wrapped_row(grid, ["Theme", *columns], bold=True))
    return cast(WriteOnlyWorksheet, grid)


def export_framework_xlsx(framework: Framework, path: Path) -> Path:
    wb = Workbook(write_only=True)
    grid = grid_sheet(wb, "Framework matrix", [c.label for c in framework.cases], 45)
    by_theme: dict[str, list[FrameworkCell]] = {}
    for cell in framework.cells:
        by_theme.setdefault(cell.theme.code_id, []).append(cell)
    for theme in framework.themes:
        cells = by_theme.get(theme.code_id, [])
        grid.append(wrapped_row(grid, [theme.path, *(cell_text(framework, c) for c in cells)]))
    long = wb.create_sheet("Cells")
    for letter, width in zip("ABCDEFGH", (28, 30, 10, 12, 18, 60, 16, 60), strict=True):
        long.column_dimensions[letter].width = width
    long.append(wrapped_row(long, list(LONG_COLUMNS), bold=True))
    for cell in framework.cells:
        data = cell.as_json()
        long.append(wrapped_row(long, [data[k] for k in LONG_COLUMNS]))
    wb.save(path)
    return path
