"""A plain table (rows of cells) that the CSV, XLSX and DOCX exporters all write."""

from __future__ import annotations

from dataclasses import dataclass, field

CellValue = str | int | float | bool | None


@dataclass
class Table:
    """``name`` is a file-name-safe identifier (``frequencies_by_site``), ``title`` a
    human title. ``count_columns`` get a heat-map colour scale in XLSX, ``share_columns``
    a percent format; ``depth_column`` (if set) holds a code's depth in the codebook, used
    to indent the ``code`` column."""

    name: str
    title: str
    columns: list[str]
    rows: list[list[CellValue]] = field(default_factory=list)
    count_columns: tuple[str, ...] = ()
    share_columns: tuple[str, ...] = ()
    depth_column: str | None = None
    wrap_columns: tuple[str, ...] = ()

    def column(self, name: str) -> list[CellValue]:
        i = self.columns.index(name)
        return [r[i] for r in self.rows]

    def as_dicts(self) -> list[dict[str, CellValue]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]
