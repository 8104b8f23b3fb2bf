"""The workbook's theme × group matrix: themes as rows in codebook order, the groups of an
attribute as columns, as NVivo's matrix coding export lays it out (one number per cell, row and
column labels around them), so it sorts, sums and charts as it stands.

Two blocks of columns: the respondents of each group who mention the theme, the group's
respondents (N) in the heading ("Prosecutor: respondents (N=4)"), then all respondents; then
the excerpts of each group and in all. Figures are those of
:mod:`qcoder.analysis.frequencies` (what ``qcoder stats`` prints); every text goes through
:func:`qcoder.exporters.xlsx_cells.text_cell` (never a formula).
"""

from __future__ import annotations

from typing import cast

from openpyxl.cell.cell import Cell as XlCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from qcoder.analysis.frequencies import FrequencyResult
from qcoder.analysis.index import NONE_VALUE
from qcoder.exporters.xlsx_cells import text_cell

_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", start_color="FFD9E1F2")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="top")
_ALL = "All"
MATRIX_NOTE = (
    "Themes (rows, codebook order; a theme counts its sub-themes) by each group (columns): first the "
    "respondents of the group who mention the theme, the group's respondents (N) in the heading; then the "
    "excerpts."
)


def matrix_sheet_name(attribute: str) -> str:
    """``Themes x stakeholder_group`` (the workbook shortens it to 31 characters)."""
    return f"Themes x {attribute}"


def group_matrix(result: FrequencyResult, attribute: str) -> tuple[list[str], list[tuple[str, int, list[int]]]]:
    """(column headings, rows of (theme name, depth, figures)) of the matrix for ``attribute``:
    groups with respondents, in the attribute's value order; unclassified respondents last."""
    values = [v for v in result.values[attribute] if result.groups[attribute][v].respondents > 0]
    values.sort(key=lambda v: v == NONE_VALUE)
    titles = ["Unclassified" if v == NONE_VALUE else v for v in values]
    header = ["Theme"]
    header += [
        f"{t}: respondents (N={result.groups[attribute][v].respondents})" for t, v in zip(titles, values, strict=True)
    ]
    header.append(f"{_ALL}: respondents (N={result.overall.respondents})")
    header += [f"{t}: excerpts" for t in titles] + [f"{_ALL}: excerpts", "Path"]
    rows: list[tuple[str, int, list[int]]] = []
    for cf in result.codes:
        cells = [cf.by[attribute][v] for v in values]
        figures = [c.participants for c in cells] + [cf.total.participants]
        figures += [c.excerpts for c in cells] + [cf.total.excerpts]
        rows.append((cf.name, cf.depth, figures))
    return header, rows


def write_group_matrix_sheet(ws: WriteOnlyWorksheet, result: FrequencyResult, attribute: str) -> None:
    """Lay out the matrix of ``attribute`` on a write-only sheet: a frozen heading row and theme
    column, theme names indented by level (top-level themes bold), the path last."""
    header, rows = group_matrix(result, attribute)
    layout = cast(Worksheet, ws)  # write-only sheets have column dimensions at run time
    widths = [40.0] + [16.0] * (len(header) - 2) + [50.0]
    for i, w in enumerate(widths):
        layout.column_dimensions[get_column_letter(i + 1)].width = w
    ws.freeze_panes = "B2"
    head: list[XlCell] = []
    for h in header:
        cell = text_cell(ws, h)
        cell.font, cell.fill, cell.alignment = _BOLD, _HEADER_FILL, _HEADER_ALIGN
        head.append(cell)
    ws.append(head)
    paths = [cf.path for cf in result.codes]
    for (name, depth, figures), path in zip(rows, paths, strict=True):
        first = text_cell(ws, name)
        first.alignment = Alignment(indent=2 * depth, vertical="top")
        if depth == 0:
            first.font = _BOLD
        ws.append([first, *(text_cell(ws, n) for n in figures), text_cell(ws, path)])
