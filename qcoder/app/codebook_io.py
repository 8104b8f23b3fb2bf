"""Codebook import/export as CSV or XLSX.

Columns: ``code`` (full path, `` > `` between levels), ``color`` (#RRGGBB), ``definition``,
``inclusion``, ``exclusion``, ``example``. Import creates missing codes (and their parents)
and updates the fields of existing ones; it is checked whole first and written as one
undoable step, or not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from qcoder.app.project import Project
from qcoder.app.tables import read_table, write_table
from qcoder.core import commands as cmd
from qcoder.core.codepath import code_paths, join_path, split_path
from qcoder.core.codes import PALETTE, check_code_path
from qcoder.core.errors import ImportFailed, InvalidRows, InvalidValue
from qcoder.core.model import Code, new_id

COLUMNS = ("code", "color", "definition", "inclusion", "exclusion", "example")
FIELDS = COLUMNS[2:]
_COLOR = re.compile(r"^#?[0-9a-fA-F]{6}$")


@dataclass
class CodebookReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0


def import_codebook(project: Project, path: Path) -> CodebookReport:
    """Codes from a CSV or XLSX sheet (code path, colour, definition, inclusion, exclusion,
    example): new paths are created with their parents, existing codes get the sheet's
    fields; one undo step. Any bad row refuses the whole file, with every problem listed."""
    wanted = _wanted_codes(path, read_table(path))
    if not wanted:  # garbage, or a header without rows: say so rather than "0 created"
        raise ImportFailed(
            f"{path.name}: no codes found (a sheet with a 'code' column, one code per row); nothing imported"
        )
    codes = project.codes()
    by_path = {p.casefold(): c for c, p in ((c, code_paths(codes)[c.id]) for c in codes)}
    report = CodebookReport()
    steps: list[cmd.Command] = []
    for path_key, row in wanted.items():
        parts = split_path(path_key)
        parent: Code | None = None
        for depth in range(1, len(parts) + 1):
            key = join_path(parts[:depth]).casefold()
            code = by_path.get(key)
            is_leaf = depth == len(parts)
            if code is None:
                code = _new_code(parts[depth - 1], parent, row if is_leaf else {}, by_path)
                by_path[key] = code
                steps.append(cmd.CreateCode(code))
                report.created.append(join_path(parts[:depth]))
            elif is_leaf:
                step = _update_step(code, row)
                if step is not None:
                    steps.append(step)
                    report.updated.append(path_key)
                else:
                    report.unchanged += 1
            parent = code
    if steps:
        project.execute(cmd.Batch(steps, text=f"Import codebook {path.name}"))
    return report


def _wanted_codes(path: Path, rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    """Code path -> the row's fields (lower-case column names), every row checked."""
    if rows and "code" not in {k.strip().lower() for k in rows[0]}:
        raise InvalidRows(path.name, [f"no 'code' column (found: {', '.join(rows[0])})"])
    errors: list[str] = []
    wanted: dict[str, dict[str, str]] = {}
    for n, raw in enumerate(rows, start=2):
        row = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        parts = split_path(row.get("code", ""))
        if not parts:
            if any(row.values()):
                errors.append(f"row {n}: empty code")
            continue
        try:
            path_key = check_code_path(row.get("code", ""))
        except InvalidValue as exc:
            errors.append(f"row {n}: {exc}")
            continue
        color = row.get("color", "")
        if color and not _COLOR.match(color):
            errors.append(f"row {n}: {color!r} is not a color like #1F77B4")
        if path_key.casefold() in {k.casefold() for k in wanted}:
            errors.append(f"row {n}: {path_key!r} appears twice")
        wanted[path_key] = row
    if errors:
        raise InvalidRows(path.name, errors)
    return wanted


def _new_code(name: str, parent: Code | None, row: dict[str, str], by_path: dict[str, Code]) -> Code:
    """A code to create under ``parent`` with the row's fields (a parent created on the way
    gets none), placed last among its siblings; the colour comes from the palette when the
    row has none."""
    parent_id = parent.id if parent else None
    color = row.get("color") or PALETTE[len(by_path) % len(PALETTE)]
    texts = {f: row.get(f, "") for f in FIELDS}
    return Code(
        id=new_id(),
        name=name,
        parent_id=parent_id,
        color="#" + color.lstrip("#").upper(),
        definition=texts["definition"],
        inclusion=texts["inclusion"],
        exclusion=texts["exclusion"],
        example=texts["example"],
        position=sum(1 for c in by_path.values() if c.parent_id == parent_id),
    )


def _update_step(code: Code, row: dict[str, str]) -> cmd.Command | None:
    """The update an existing code needs to match its row, or None."""
    changes = {f: row[f] for f in FIELDS if f in row and row[f] != getattr(code, f)}
    if row.get("color") and "#" + row["color"].lstrip("#").upper() != code.color.upper():
        changes["color"] = "#" + row["color"].lstrip("#").upper()
    return cmd.UpdateCode(replace(code, **changes)) if changes else None  # type: ignore[arg-type]


def codebook_rows(project: Project) -> list[list[str]]:
    codes = project.codes()
    paths = code_paths(codes)
    ordered = sorted(codes, key=lambda c: _sort_key(c, {x.id: x for x in codes}))
    return [[paths[c.id], c.color, c.definition, c.inclusion, c.exclusion, c.example] for c in ordered]


def _sort_key(code: Code, by_id: dict[str, Code]) -> list[tuple[int, str]]:
    chain: list[tuple[int, str]] = []
    node: Code | None = code
    while node is not None:
        chain.append((node.position, node.name.casefold()))
        node = by_id.get(node.parent_id) if node.parent_id else None
    return chain[::-1]


def export_codebook(project: Project, path: Path) -> int:
    rows = codebook_rows(project)
    fills = {(i, 1): row[1] for i, row in enumerate(rows)}
    write_table(path, COLUMNS, rows, sheet="Codebook", fills=fills)
    return len(rows)
