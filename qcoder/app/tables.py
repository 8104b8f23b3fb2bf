"""Reading and writing simple tables (CSV, XLSX) for codebooks and codings."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from qcoder.analysis.tables import Table
from qcoder.core.cells import csv_writer, unescape_cell
from qcoder.core.errors import ImportFailed


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV or XLSX file as header → value strings; text cells of a CSV file have the
    formula escaping of our own exports undone (:func:`qcoder.core.cells.unescape_cell`)."""
    from qcoder.importers.sheet import read_attribute_sheet

    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".tsv", ".txt"):
        raise ImportFailed(f"{path.name}: expected a .csv or .xlsx file")
    rows = read_attribute_sheet(path)
    if suffix == ".xlsx":
        return rows
    return [{k: unescape_cell(v) if isinstance(v, str) else v for k, v in r.items()} for r in rows]


def write_table(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    sheet: str = "Sheet1",
    fills: dict[tuple[int, int], str] | None = None,
) -> None:
    """Write CSV (UTF-8 with BOM so spreadsheet programs detect it) or XLSX by suffix (the
    workbook writer of :mod:`qcoder.exporters.xlsx_rows`, on the analysis workbook's helpers).

    ``fills`` maps (row index, column index) of data cells to a #RRGGBB background (XLSX only).
    """
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv_writer(fh)
            writer.writerow(header)
            writer.writerows(rows)
        return
    if suffix != ".xlsx":
        raise ImportFailed(f"{path.name}: write .csv or .xlsx")
    from qcoder.exporters.xlsx_rows import write_rows_xlsx

    write_rows_xlsx(path, header, rows, sheet, fills)


def write_tables_csv(tables: Sequence[Table], path: Path | None, stream: TextIO) -> list[Path]:
    """Write analysis tables as CSV.

    To a file ``out.csv``: the first table goes to ``out.csv`` and each further one to
    ``out-<table name>.csv``. To ``stream`` (no path): each table is preceded by a
    ``# <title>`` line and followed by a blank line.
    """
    written: list[Path] = []
    for i, table in enumerate(tables):
        if path is None:
            stream.write(f"# {table.title}\n")
            writer = csv_writer(stream, lineterminator="\n")
            writer.writerow(table.columns)
            writer.writerows(table.rows)
            stream.write("\n")
            continue
        target = path if i == 0 else path.with_name(f"{path.stem}-{table.name}{path.suffix}")
        with target.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv_writer(fh)
            writer.writerow(table.columns)
            writer.writerows(table.rows)
        written.append(target)
    return written
