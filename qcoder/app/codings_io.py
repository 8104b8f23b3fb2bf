"""Codings as CSV: ``document,code,coder,start,end,memo,time``.

``code`` is the full path (`` > `` between levels); offsets are code-point offsets into the
stored text, end exclusive. ``time`` (export only, ignored on import) is where the coding
starts in the document's recording, ``hh:mm:ss`` interpolated inside its timed turn, else
empty. Import checks every row first, then creates missing codes and
coders and writes all codings in one undoable step — or nothing, with per-row errors.
Rows identical to a coding already in the project (or earlier in the file) are skipped.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from qcoder.app.media import clock
from qcoder.app.project import Project
from qcoder.app.tables import read_table, write_table
from qcoder.core import commands as cmd
from qcoder.core.cells import unescape_cell
from qcoder.core.codepath import code_paths, join_path, split_path
from qcoder.core.codes import PALETTE, check_code_path
from qcoder.core.errors import ImportFailed, InvalidRows, InvalidValue
from qcoder.core.model import Code, Coding, new_id, utcnow
from qcoder.core.names import check_name

COLUMNS = ("document", "code", "coder", "start", "end", "memo")
EXPORT_COLUMNS = (*COLUMNS, "time")


@dataclass
class CodingsReport:
    imported: int = 0
    duplicates: int = 0
    created_codes: list[str] = field(default_factory=list)
    created_coders: list[str] = field(default_factory=list)


def export_codings(project: Project, path: Path, coder_ids: list[str] | None = None) -> int:
    docs = {d.id: d.name for d in project.documents()}
    paths = code_paths(project.codes())
    coders = {c.id: c.name for c in project.coders()}
    times = clock(project)
    rows = [
        [
            docs[c.document_id],
            paths[c.code_id],
            coders[c.coder_id],
            c.start,
            c.end,
            c.memo,
            times.hms_of(c.document_id, c.start),
        ]
        for c in project.codings(coder_ids=coder_ids)
    ]
    write_table(path, EXPORT_COLUMNS, rows, sheet="Codings")
    return len(rows)


Row = tuple[str, str, str, int, int, str]  # document id, code path, coder name, start, end, memo


def import_codings(project: Project, path: Path) -> CodingsReport:
    """Codings from a CSV or XLSX sheet (document, code path, coder, start, end, memo): missing
    codes and coders are created, exact duplicates skipped; one undo step. Any bad row refuses
    the whole file, with every problem listed."""
    rows = read_table(path) if path.suffix.lower() != ".csv" else _read_csv(path)
    parsed = _parse_rows(project, path, rows)
    report = CodingsReport()
    by_path, steps = _missing_codes(project, parsed, report)
    coder_ids: dict[str, str] = {}
    for name in dict.fromkeys(p[2] for p in parsed):
        existing = project.coder_by_name(name)
        if existing is None:
            report.created_coders.append(name)
            existing = project.ensure_coder(name)
        coder_ids[name] = existing.id
    seen = {(c.document_id, c.code_id, c.coder_id, c.start, c.end) for c in project.codings()}
    now = utcnow()
    new: list[Coding] = []
    for doc_id, code_path, coder, start, end, memo in parsed:
        row_key = (doc_id, by_path[code_path.casefold()], coder_ids[coder], start, end)
        if row_key in seen:
            report.duplicates += 1
            continue
        seen.add(row_key)
        new.append(Coding(new_id(), doc_id, row_key[1], row_key[2], start, end, memo, False, now, now))
    if new:
        steps.append(cmd.AddCodings(new))
    if steps:
        project.execute(cmd.Batch(steps, text=f"Import codings {path.name}"))
    report.imported = len(new)
    return report


def _parse_rows(project: Project, path: Path, rows: list[dict[str, str]]) -> list[Row]:
    """Every row checked against the project's documents; raises with all the problems."""
    errors: list[str] = []
    if rows:
        missing = [c for c in COLUMNS[:5] if c not in rows[0]]
        if missing:
            raise InvalidRows(path.name, [f"missing column(s): {', '.join(missing)}"])
    docs = {d.name.casefold(): d for d in project.documents()}
    parsed: list[Row] = []
    for n, row in enumerate(rows, start=2):
        name = (row.get("document") or "").strip()
        doc = docs.get(name.casefold()) or docs.get(Path(name).stem.casefold())
        code_path = row.get("code") or ""
        coder = (row.get("coder") or "").strip()
        try:
            start, end = int(str(row.get("start")).strip()), int(str(row.get("end")).strip())
        except ValueError:
            errors.append(f"row {n}: start and end must be whole numbers")
            continue
        code_path, coder, problem = _checked_names(code_path, coder)
        if doc is None:
            errors.append(f"row {n}: no document named {name!r}")
        elif not code_path:
            errors.append(f"row {n}: empty code")
        elif not coder:
            errors.append(f"row {n}: empty coder")
        elif problem:
            errors.append(f"row {n}: {problem}")
        elif not 0 <= start < end <= doc.chars:
            errors.append(f"row {n}: offsets [{start}, {end}) are outside {doc.name!r} ({doc.chars} characters)")
        else:
            parsed.append((doc.id, code_path, coder, start, end, row.get("memo") or ""))
    if errors:
        raise InvalidRows(path.name, errors)
    return parsed


def _checked_names(code_path: str, coder: str) -> tuple[str, str, str]:
    """A row's code path and coder name as every entry path stores them (qcoder.core.names),
    and what is wrong with them ("" when nothing)."""
    try:
        code_path = check_code_path(code_path) if split_path(code_path) else ""
        return code_path, check_name(coder, "coder name") if coder else "", ""
    except InvalidValue as exc:
        return code_path, coder, str(exc)


def _missing_codes(
    project: Project, parsed: list[Row], report: CodingsReport
) -> tuple[dict[str, str], list[cmd.Command]]:
    """Code path (case-folded) -> id, with the commands creating the codes (and parents) not
    yet in the codebook."""
    codes = project.codes()
    by_path = {p.casefold(): cid for cid, p in code_paths(codes).items()}
    steps: list[cmd.Command] = []
    n_codes = len(codes)
    for code_path in dict.fromkeys(p[1] for p in parsed):
        parts = split_path(code_path)
        parent: str | None = None
        for depth in range(1, len(parts) + 1):
            key = join_path(parts[:depth]).casefold()
            if key not in by_path:
                code = Code(new_id(), parts[depth - 1], parent, PALETTE[n_codes % len(PALETTE)], position=n_codes)
                n_codes += 1
                by_path[key] = code.id
                steps.append(cmd.CreateCode(code))
                report.created_codes.append(join_path(parts[:depth]))
            parent = by_path[key]
    return by_path, steps


def _cell(value: object) -> str:
    return unescape_cell(value) if isinstance(value, str) else value  # type: ignore[return-value]


def _read_csv(path: Path) -> list[dict[str, str]]:
    # codings files are machine-written UTF-8; read them strictly (no encoding guessing)
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            return [{(k or "").strip().lower(): _cell(v) for k, v in r.items()} for r in csv.DictReader(fh)]
    except UnicodeDecodeError as exc:
        raise ImportFailed(f"{path.name} is not UTF-8 text (byte {exc.start}); save it as CSV UTF-8") from exc
    except csv.Error as exc:
        raise ImportFailed(f"{path.name} is not a readable CSV file: {exc}") from exc
