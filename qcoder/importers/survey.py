"""Survey exports read as a table: CSV (encoding and delimiter sniffed as for attribute sheets),
XLSX (first sheet) and SPSS .sav (through pyreadstat, the optional ``survey`` extra; value
labels replace the codes they label).

:func:`read_survey` returns a :class:`SurveyTable`: the header's column names and the data
rows as stripped strings, each with its row number in the file (for error messages).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcoder.core.errors import ImportFailed
from qcoder.importers.sheet import _cell_str, _csv_rows, _xlsx_rows, column_letter

SURVEY_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".sav", ".zsav")


@dataclass(frozen=True)
class SurveyTable:
    columns: list[str]
    rows: list[tuple[int, list[str]]]  # (row number in the file, one value per column)

    def column(self, wanted: str) -> int:
        """Index of the column named ``wanted`` (exactly, else ignoring case); ImportFailed if none."""
        if wanted in self.columns:
            return self.columns.index(wanted)
        folded = [c.casefold() for c in self.columns]
        if wanted.strip().casefold() in folded:
            return folded.index(wanted.strip().casefold())
        shown = ", ".join(repr(c) for c in self.columns[:20]) + (", …" if len(self.columns) > 20 else "")
        raise ImportFailed(f"the survey has no column {wanted!r} (its columns: {shown})")


def _sav_value(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        value = value.to_pydatetime()
    return _cell_str(value)


def _sav_rows(path: Path) -> list[list[str]]:
    try:
        import pyreadstat
    except ImportError:
        raise ImportFailed(
            "reading SPSS .sav files needs the pyreadstat package: pip install 'qcoder[survey]'"
        ) from None
    try:
        frame, _meta = pyreadstat.read_sav(str(path), apply_value_formats=True, formats_as_category=False)
    except Exception as exc:  # pyreadstat raises its own ReadstatError / PyreadstatError
        raise ImportFailed(f"the SPSS file could not be read ({type(exc).__name__}: {exc})") from exc
    header = [str(c) for c in frame.columns]
    return [header, *([_sav_value(v) for v in row] for row in frame.itertuples(index=False, name=None))]


def _raw_rows(path: Path) -> list[list[str]]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path)
    if suffix in (".sav", ".zsav"):
        return _sav_rows(path)
    if suffix in (".csv", ".tsv", ".txt"):
        return _csv_rows(path)
    raise ImportFailed(f"unsupported survey file type {suffix or '(no extension)'}: use .csv, .xlsx or .sav")


def _header(rows: list[tuple[int, list[str]]]) -> list[str]:
    header_no, header = rows[0]
    header = [h.lstrip("\ufeff").strip() for h in header]
    while header and not header[-1]:
        header.pop()
    seen: dict[str, int] = {}
    for i, name in enumerate(header):
        if not name:
            raise ImportFailed(f"row {header_no}: column {column_letter(i)} has no header name")
        if name.casefold() in seen:
            raise ImportFailed(
                f"row {header_no}: the column name {name!r} appears twice (columns "
                f"{column_letter(seen[name.casefold()])} and {column_letter(i)})"
            )
        seen[name.casefold()] = i
    return header


def read_survey(path: str | Path) -> SurveyTable:
    """The survey's header and data rows; ImportFailed for a missing, empty or unreadable file."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed("the survey file does not exist (or is a folder)")
    if path.stat().st_size == 0:
        raise ImportFailed("the survey file is empty")
    try:
        raw = _raw_rows(path)
    except ImportFailed as exc:
        raise ImportFailed(str(exc).replace("attribute sheet", "survey file")) from exc
    except PermissionError:
        raise ImportFailed("permission denied: qcoder may not read the survey file") from None
    numbered = [(n, [c.strip() for c in row]) for n, row in enumerate(raw, start=1)]
    numbered = [(n, row) for n, row in numbered if any(row)]
    if not numbered:
        raise ImportFailed("the survey file is empty")
    columns = _header(numbered)
    width = len(columns)
    rows = [(n, (row + [""] * width)[:width]) for n, row in numbered[1:]]
    if not rows:
        raise ImportFailed("the survey file has a header but no answers under it")
    return SurveyTable(columns, rows)
