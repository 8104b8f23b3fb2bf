"""Cells of the workbooks qcoder writes: text Excel accepts, and always a string cell.

openpyxl stores a text starting with ``=`` as a live formula; :func:`text_cell` makes every
text a string cell instead (the XLSX half of the formula-injection rule of
:mod:`qcoder.core.cells`; the fast sheet writer of :mod:`qcoder.exporters.xlsx_export` writes
inline strings, which are never formulas either).
"""

from __future__ import annotations

import re

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
EXCEL_CELL_LIMIT = 32_767


def clean_cell_text(text: str) -> str:
    """Text Excel accepts: no control characters, at most 32,767 characters."""
    text = _ILLEGAL.sub("", text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "…"
    return text


def text_cell(ws: WriteOnlyWorksheet, value: object) -> Cell:
    """A write-only cell for ``value``: None, numbers and booleans as they are, anything else as
    cleaned text in a string cell (never a formula, whatever it starts with)."""
    if value is None or isinstance(value, int | float):
        return WriteOnlyCell(ws, value=value)
    cell = WriteOnlyCell(ws, value=clean_cell_text(str(value)))
    cell.data_type = "s"
    return cell
