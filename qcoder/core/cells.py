"""Spreadsheet cells: one rule against formula injection for every table qcoder writes.

A spreadsheet program opening a CSV file runs a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return as a formula (OWASP "CSV injection"). Every CSV writer
therefore goes through :func:`csv_writer`, which prefixes such a text cell with a single quote
(``'=HYPERLINK(…)``), and every CSV reader of our own exports undoes it with
:func:`unescape_cell`, so a memo "-5 years" survives export → import unchanged. Numbers stay
numbers: ints and floats, and texts that are plain numbers ("-5", "+0.25", "-1e3"), are
written as they are. A text already starting with quotes before such a character gets one
more quote, so the escaping is exactly undone (``'=x`` → ``''=x`` → ``'=x``).

XLSX cells are never escaped with a quote: the workbook writers store every text as a string
cell (never a formula), see ``qcoder.exporters.xlsx_cells``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, Protocol

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?")


def formula_like(text: str) -> bool:
    """Whether a spreadsheet program would read ``text`` (as a CSV cell) as a formula."""
    return text.startswith(FORMULA_START) and not _NUMBER.fullmatch(text)


def _needs_quote(text: str) -> bool:
    return formula_like(text.lstrip("'"))


def escape_cell(value: object) -> object:
    """``value`` as a CSV cell: formula-looking text prefixed with ``'``, anything else as is."""
    if isinstance(value, str) and _needs_quote(value):
        return "'" + value
    return value


def unescape_cell(text: str) -> str:
    """Undo :func:`escape_cell` on a cell read back from a CSV file."""
    if text.startswith("'") and _needs_quote(text[1:]):
        return text[1:]
    return text


class _Writer(Protocol):
    def writerow(self, row: Iterable[Any], /) -> Any: ...


class SafeCsvWriter:
    """A :func:`csv.writer` whose every cell goes through :func:`escape_cell`."""

    def __init__(self, writer: _Writer) -> None:
        self._writer = writer

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([escape_cell(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(stream: Any, **fmt: Any) -> SafeCsvWriter:
    """The only way qcoder writes CSV: ``csv.writer(stream, **fmt)`` with escaped cells."""
    return SafeCsvWriter(csv.writer(stream, **fmt))
