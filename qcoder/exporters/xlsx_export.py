"""Tabular exports: an XLSX workbook of every analysis table, or one CSV file per table.

Tables (see :func:`build_tables`): ``frequencies`` (each code overall), ``by_<attr>`` for
each ``by`` attribute, ``by_<a1>_x_<a2>`` for two, ``cooccurrence_<mode>``, ``codebook``
and ``excerpts`` (one row per coding with its document, speaker, participant,
attributes, coder, offsets, time in the recording and text). Counting rules: :mod:`qcoder.analysis.frequencies`.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from qcoder.analysis.cooccurrence import Mode, compute_cooccurrence
from qcoder.analysis.excerpts import attribution_indices, ordered_codings
from qcoder.analysis.frequencies import FrequencyResult, compute_frequencies, result_tables
from qcoder.analysis.index import ProjectData, ProjectIndex, Selection, as_index, make_selection
from qcoder.analysis.matrix import CountKind, layout, matrix_table
from qcoder.analysis.tables import CellValue, Table
from qcoder.core.cells import csv_writer
from qcoder.exporters.xlsx_cells import EXCEL_CELL_LIMIT as EXCEL_CELL_LIMIT
from qcoder.exporters.xlsx_cells import clean_cell_text as clean_cell_text
from qcoder.exporters.xlsx_cells import text_cell
from qcoder.exporters.xlsx_matrix import MATRIX_NOTE, matrix_sheet_name, write_group_matrix_sheet

_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
# control characters XML 1.0 forbids; in UTF-8 these bytes never occur inside a multi-byte
# character, and never in the markup we write, so deleting them byte-wise is safe
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_INF = float("inf")
CODEBOOK_FIELDS = ("definition", "inclusion", "exclusion", "example")

_HEADER_FONT = Font(bold=True)
HEADER_FONT = _HEADER_FONT  # shared with xlsx_rows
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", start_color="FFD9E1F2")
HEADER_FILL = _HEADER_FILL
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="top")
_WRAP = Alignment(wrap_text=True, vertical="top")
# white -> orange -> red, like a heat map
_HEAT = ColorScaleRule(  # type: ignore[no-untyped-call]  # untyped in types-openpyxl
    start_type="min",
    start_color="FFFFFFFF",
    mid_type="percentile",
    mid_value=50,
    mid_color="FFFFD580",
    end_type="max",
    end_color="FFF8696B",
)


def hex_color(color: str, default: str = "808080") -> str:
    """``RRGGBB`` (upper case, no ``#``) for ``#rgb``/``#rrggbb``; ``default`` otherwise."""
    m = _HEX.match((color or "").strip())
    if not m:
        return default
    h = m.group(1)
    if len(h) == 3:
        h = "".join(ch * 2 for ch in h)
    return h.upper()


# -- tables ------------------------------------------------------------------------------------


def codebook_table(project: ProjectData) -> Table:
    """One row per code in codebook order: path, depth, name, colour and the four texts."""
    index = as_index(project)
    t = Table(
        "codebook",
        "Codebook",
        ["code", "depth", "name", "color", *CODEBOOK_FIELDS],
        depth_column="depth",
        wrap_columns=CODEBOOK_FIELDS,
    )
    for cid in index.code_order:
        c = index.codes[cid]
        row: list[CellValue] = [index.paths[cid], index.depth[cid], c.name, "#" + hex_color(c.color)]
        row += [getattr(c, f) for f in CODEBOOK_FIELDS]
        t.rows.append(row)
    return t


def coding_table(index: ProjectIndex, selection: Selection) -> Table:
    """Every selected coding with where it sits and who said it (interviewers flagged);
    the same rows as :func:`qcoder.analysis.excerpts.coding_rows`, built in one pass."""
    attrs = index.attribute_names()
    cols = [
        "code",
        "document",
        "speaker",
        "interviewer",
        "participant",
        *attrs,
        "coder",
        "start",
        "end",
        "time",
        "exemplar",
        "memo",
        "text",
        "coding_id",
    ]
    t = Table("excerpts", "Excerpts", cols, wrap_columns=("text",))
    chosen = ordered_codings(index, selection)
    profiles = attribution_indices(index, chosen)[0]
    who: dict[int, list[CellValue]] = {}
    for p in set(profiles):
        prof = index.profiles[p]
        speaker = index.speakers.get(prof.speaker_id) if prof.speaker_id else None
        participant = index.participants.get(prof.participant_id) if prof.participant_id else None
        who[p] = [
            speaker.label if speaker else "",
            prof.is_interviewer,
            participant.name if participant else "",
            *(prof.attributes.get(a, "") for a in attrs),
        ]
    coder_names = {k: (index.coders[k].name if k in index.coders else k) for k in index.coder_order}
    docs, paths = index.documents, index.paths
    t.rows = [
        [
            paths[c.code_id],
            docs[c.document_id].name,
            *who[p],
            coder_names[c.coder_id],
            c.start,
            c.end,
            index.clock.hms_of(c.document_id, c.start),
            c.exemplar,
            c.memo,
            docs[c.document_id].text[c.start : c.end],
            c.id,
        ]
        for c, p in zip(chosen, profiles, strict=True)
    ]
    return t


def build_tables(
    index: ProjectIndex,
    selection: Selection,
    by: Sequence[str],
    unit: str | None = "site",
    cooccurrence: Mode = "overlap",
    result: FrequencyResult | None = None,
) -> list[Table]:
    """Every table of the workbook, in sheet order (``result``: the frequencies, when computed)."""
    if result is None:
        result = frequencies(index, selection, by, unit)
    tables = result_tables(result)
    if result.by:  # the analysis window's matrix, one sheet: codes × groups, excerpts counted
        rows, columns, cells = layout(index, result)
        tables.insert(1, matrix_table(rows, columns, cells, CountKind.EXCERPTS, result.unit_label))
    tables.append(compute_cooccurrence(index, selection, cooccurrence).to_table())
    tables.append(codebook_table(index))
    tables.append(coding_table(index, selection))
    return tables


def frequencies(index: ProjectIndex, selection: Selection, by: Sequence[str], unit: str | None) -> FrequencyResult:
    """The workbook's frequencies: by each ``by`` attribute, and by the pair of two."""
    wanted = [b for b in by if b]
    return compute_frequencies(index, selection, wanted, unit, pairs=len(wanted) == 2)


# -- XLSX --------------------------------------------------------------------------------------

_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def sheet_title(table: Table, used: set[str]) -> str:
    """A valid, unique sheet name (31 characters, no ``[]:*?/\\``)."""
    names = {"frequencies": "Frequencies", "codebook": "Codebook", "excerpts": "Excerpts"}
    if table.name in names:
        base = names[table.name]
    elif table.name.startswith("matrix_"):
        base = f"Matrix ({table.name[7:]})"
    elif table.name.startswith("cooccurrence"):
        base = "Co-occurrence"
    elif table.name.startswith("by_") and "_x_" in table.name:
        a1, a2 = table.name[3:].split("_x_", 1)
        base = f"{a1} x {a2}"
    elif table.name.startswith("by_"):
        base = "By " + table.name[3:]
    else:
        base = table.title
    base = _SHEET_BAD.sub("-", base)[:31] or "Sheet"
    title, k = base, 2
    while title.casefold() in {u.casefold() for u in used}:
        suffix = f" ({k})"
        title = base[: 31 - len(suffix)] + suffix
        k += 1
    used.add(title)
    return title


def _width(values: Iterable[CellValue], header: str, cap: int) -> float:
    longest = len(header)
    for v in values:
        if v is None:
            continue
        n = len(f"{v:.0%}") if isinstance(v, float) else len(str(v))
        longest = max(longest, n)
    return min(max(longest + 2, 6), cap)


def _strip_xml_illegal(data: bytes) -> bytes:
    data = data.translate(None, _CONTROL_BYTES)
    if b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data:  # U+FFFE, U+FFFF
        data = data.replace(b"\xef\xbf\xbe", b"").replace(b"\xef\xbf\xbf", b"")
    return data


def _header_label(name: str) -> str:
    """``sites_total`` -> ``Sites total`` (column names stay machine-friendly in CSV)."""
    text = name.replace("_", " ")
    return text[:1].upper() + text[1:]


def _style_id(
    ws: WriteOnlyWorksheet,
    font: Font | None = None,
    fill: PatternFill | None = None,
    alignment: Alignment | None = None,
    number_format: str | None = None,
) -> int:
    """Register a cell style in the workbook and return its index (the ``s`` attribute)."""
    cell = WriteOnlyCell(ws)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if alignment is not None:
        cell.alignment = alignment
    if number_format is not None:
        cell.number_format = number_format
    return int(cell.style_id)


_PRESERVE = ' xml:space="preserve"'
_SPACE = frozenset(" \t\n\r")


def _esc(v: str) -> str:
    if len(v) > EXCEL_CELL_LIMIT:
        v = v[: EXCEL_CELL_LIMIT - 1] + "…"
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _one_cell(ref: str, v: CellValue, st: str) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        if not v:
            return ""
        return f'<c r="{ref}"{st} t="inlineStr"><is><t xml:space="preserve">{_esc(v)}</t></is></c>'
    if isinstance(v, bool):
        return f'<c r="{ref}"{st} t="b"><v>{int(v)}</v></c>'
    if v != v or v in (_INF, -_INF):
        return ""
    return f'<c r="{ref}"{st} t="n"><v>{v!r}</v></c>'


def _column_cells(letter: str, values: list[CellValue], styles: list[str]) -> list[str]:
    """The ``<c>`` elements of one column, data rows starting at row 2 (fast paths for
    columns holding only ints or only strings)."""
    kinds = {type(v) for v in values}
    rows = range(2, len(values) + 2)
    if kinds <= {int}:
        return [f'<c r="{letter}{r}"{st} t="n"><v>{v}</v></c>' for r, v, st in zip(rows, values, styles, strict=True)]
    if kinds <= {bool}:
        return [
            f'<c r="{letter}{r}"{st} t="b"><v>{int(v)}</v></c>'  # type: ignore[arg-type]
            for r, v, st in zip(rows, values, styles, strict=True)
        ]
    if kinds <= {str}:
        texts: list[str] = values  # type: ignore[assignment]
        if any(len(v) > EXCEL_CELL_LIMIT for v in texts):
            texts = [v[: EXCEL_CELL_LIMIT - 1] + "…" if len(v) > EXCEL_CELL_LIMIT else v for v in texts]
        return [
            (
                f'<c r="{letter}{r}"{st} t="inlineStr"><is><t'
                f"{_PRESERVE if v[0] in _SPACE or v[-1] in _SPACE else ''}>"
                f"{v.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</t></is></c>"
            )
            if v
            else ""
            for r, v, st in zip(rows, texts, styles, strict=True)
        ]
    return [_one_cell(f"{letter}{r}", v, st) for r, v, st in zip(rows, values, styles, strict=True)]


class _SheetRows:
    """A table rendered as SpreadsheetML ``<sheetData>`` directly.

    openpyxl spends ~20 µs per cell; an excerpts sheet has hundreds of thousands. The
    workbook, styles, column widths, panes and conditional formats are still written by
    openpyxl (styles registered through it, see :func:`_style_id`); only the cell XML is
    produced here, column by column, and put in place of the sheet's placeholder row after
    saving.
    """

    def __init__(
        self,
        marker: str,
        header: list[str],
        header_style: int,
        rows: list[list[CellValue]],
        styles: list[list[int] | int],
    ) -> None:
        self.marker = marker
        self.header = header
        self.header_style = header_style
        self.rows = rows
        self.styles = styles  # per column: one style id, or one per row

    def xml(self) -> bytes:
        n = len(self.rows)
        letters = [get_column_letter(i + 1) for i in range(len(self.header))]
        hs = f' s="{self.header_style}"' if self.header_style else ""
        head = "".join(_one_cell(f"{letter}1", h, hs) for letter, h in zip(letters, self.header, strict=True))
        columns: list[list[str]] = []
        for i, letter in enumerate(letters):
            style = self.styles[i]
            if isinstance(style, int):
                st = [f' s="{style}"' if style else ""] * n
            else:
                st = [f' s="{x}"' if x else "" for x in style]
            columns.append(_column_cells(letter, [row[i] for row in self.rows], st))
        parts = ["<sheetData>", f'<row r="1">{head}</row>']
        parts.extend(
            f'<row r="{r}">{"".join(cells)}</row>' for r, cells in enumerate(zip(*columns, strict=True), start=2)
        )
        parts.append("</sheetData>")
        return _strip_xml_illegal("".join(parts).encode("utf-8", "replace"))


def sheet_layout(ws: WriteOnlyWorksheet) -> Worksheet:
    """The layout half of a write-only sheet. At run time openpyxl gives write-only sheets
    the column dimensions, conditional formats and auto-filter of an ordinary sheet; the
    type stubs do not declare them there."""
    return cast(Worksheet, ws)


def write_table_sheet(ws: WriteOnlyWorksheet, table: Table, marker: str) -> _SheetRows:
    """Lay out a table sheet: bold frozen header, fitted widths, heat map on count columns,
    percent format on share columns, the code column indented by depth (bold at the top
    level), an auto-filter. Returns the rendered rows; the sheet itself only holds a
    placeholder cell containing ``marker`` until :func:`_replace_placeholders` runs."""
    cols = table.columns
    is_matrix = table.name.startswith("cooccurrence")
    for i, name in enumerate(cols):
        if name in table.wrap_columns:
            w: float = 80 if name == "text" else 45
        elif is_matrix and i > 0:
            w = 12
        else:
            w = _width((r[i] for r in table.rows[:2000]), name, 60)  # enough rows to judge
        sheet_layout(ws).column_dimensions[get_column_letter(i + 1)].width = w
    ws.freeze_panes = "B2" if is_matrix else "A2"
    header_style = _style_id(ws, _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN)
    styles: list[list[int] | int] = [0] * len(cols)
    for c in table.share_columns:
        if c in cols:
            styles[cols.index(c)] = _style_id(ws, number_format="0%")
    for c in table.wrap_columns:
        if c in cols:
            styles[cols.index(c)] = _style_id(ws, alignment=_WRAP)
    code_i = cols.index("code") if "code" in cols else -1
    depth_i = cols.index(table.depth_column) if table.depth_column in cols else -1
    if depth_i >= 0 and code_i >= 0:
        depth_styles: dict[int, int] = {}
        per_row: list[int] = []
        for row in table.rows:
            depth = row[depth_i]
            d = depth if isinstance(depth, int) else 0
            if d not in depth_styles:
                depth_styles[d] = (
                    _style_id(ws, font=_BOLD) if d == 0 else _style_id(ws, alignment=Alignment(indent=2 * d))
                )
            per_row.append(depth_styles[d])
        styles[code_i] = per_row
    header = list(cols) if is_matrix else [_header_label(c) for c in cols]
    if is_matrix:
        header[0] = "Code"
    rows = _SheetRows(marker, header, header_style, table.rows, styles)
    ws.append([marker])
    n = len(table.rows)
    if n:
        if is_matrix:
            sheet_layout(ws).conditional_formatting.add(f"B2:{get_column_letter(len(cols))}{n + 1}", _HEAT)
        else:
            for name in table.count_columns:
                if name in cols:
                    letter = get_column_letter(cols.index(name) + 1)
                    sheet_layout(ws).conditional_formatting.add(f"{letter}2:{letter}{n + 1}", _HEAT)
        sheet_layout(ws).auto_filter.ref = f"A1:{get_column_letter(len(cols))}{n + 1}"
    return rows


_SHEET_DATA = re.compile(rb"<sheetData>.*?</sheetData>|<sheetData/>", re.S)


def _replace_placeholders(workbook: bytes, path: Path, sheets: list[_SheetRows], level: int = 1) -> None:
    """Write the saved workbook to ``path`` with each placeholder sheet's data replaced."""
    todo = {s.marker.encode("utf-8"): s for s in sheets}
    with (
        zipfile.ZipFile(io.BytesIO(workbook)) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as dst,
    ):
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/") and todo:
                for marker, rows in list(todo.items()):
                    if marker in data:
                        m = _SHEET_DATA.search(data)
                        if m is None:  # pragma: no cover - openpyxl always writes sheetData
                            raise RuntimeError("sheetData not found")
                        data = data[: m.start()] + rows.xml() + data[m.end() :]
                        del todo[marker]
                        break
            dst.writestr(info.filename, data)
    if todo:  # pragma: no cover - would mean openpyxl changed its output
        raise RuntimeError("workbook placeholders not found")


def write_codebook_sheet(ws: WriteOnlyWorksheet, project: ProjectData) -> None:
    """The codebook sheet: a colour swatch column filled with each code's colour, the code
    name indented by level, its path, definition, inclusion, exclusion and example."""
    index = as_index(project)
    headers = ["Colour", "Code", "Path", "Definition", "Inclusion", "Exclusion", "Example"]
    for i, w in enumerate([8, 34, 40, 60, 40, 40, 40]):
        sheet_layout(ws).column_dimensions[get_column_letter(i + 1)].width = w
    ws.freeze_panes = "C2"
    header = []
    for h in headers:
        cell = text_cell(ws, h)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        header.append(cell)
    ws.append(header)
    for cid in index.code_order:
        c = index.codes[cid]
        swatch = WriteOnlyCell(ws, value="")
        swatch.fill = PatternFill("solid", start_color="FF" + hex_color(c.color))
        cells = [swatch]
        for i, text in enumerate([c.name, index.paths[cid], *(getattr(c, f) for f in CODEBOOK_FIELDS)]):
            cell = text_cell(ws, text)
            if i == 0:
                cell.alignment = Alignment(indent=2 * index.depth[cid], vertical="top")
                if index.depth[cid] == 0:
                    cell.font = _BOLD
            else:
                cell.alignment = _WRAP
            cells.append(cell)
        ws.append(cells)


def _notes_sheet(ws: WriteOnlyWorksheet, index: ProjectIndex, selection: Selection, by: Sequence[str]) -> None:
    sheet_layout(ws).column_dimensions["A"].width = 22
    sheet_layout(ws).column_dimensions["B"].width = 110
    coders = selection.coder_ids if selection.coder_ids is not None else index.coder_order
    names = [index.coders[c].name if c in index.coders else c for c in index.coder_order if c in coders]
    docs = index.selected_documents(selection)
    rows = [
        ("ProjectData", index.snapshot.name),
        ("Documents", f"{len(docs)} of {len(index.document_order)}"),
        ("Coders", ", ".join(names)),
        ("Broken down by", ", ".join(by) or "—"),
        (
            "Excerpt",
            "A maximal passage coded with the code or any code below it, per document and coder; "
            "overlapping codings count once, each coder's excerpts count separately.",
        ),
        (
            "Participants",
            "Distinct respondents who speak an excerpt: the linked participant, or the document "
            "when the speaker is not linked to one. Interviewers' speech is not counted.",
        ),
        (
            "Respondents",
            "Respondents of the group who speak in the selected documents (a document without "
            "linked participants counts as one).",
        ),
        ("Share", "participants / respondents of the group."),
        ("Themes x …", MATRIX_NOTE),
        ("Excerpts sheet", "One row per coding, interviewer codings included and flagged."),
    ]
    for k, v in rows:
        key = text_cell(ws, k)
        key.font = _BOLD
        val = text_cell(ws, v)
        val.alignment = _WRAP
        ws.append([key, val])


def export_xlsx(
    snapshot: ProjectData,
    path: str | Path,
    by: Sequence[str] = ("stakeholder_group", "site"),
    coders: Iterable[str] | None = None,
    *,
    documents: Iterable[str] | None = None,
    document_attributes: Mapping[str, Iterable[str]] | None = None,
    codes: Iterable[str] | None = None,
    unit: str | None = "site",
    cooccurrence: Mode = "overlap",
    include_interviewers: bool = False,
) -> Path:
    """Write the analysis workbook: Frequencies, Themes x <attr> (the theme × group matrix,
    per ``by``), Matrix (excerpts), By <attr> (per ``by``), <a1> x <a2>, Co-occurrence,
    Codebook, Excerpts and Notes sheets. Filters as in
    :func:`qcoder.analysis.frequencies.theme_frequencies`; ``by`` attributes that no
    document or participant has raise :class:`~qcoder.core.errors.NotFound`."""
    index = as_index(snapshot)
    selection = make_selection(index, coders, documents, document_attributes, codes, include_interviewers)
    result = frequencies(index, selection, by, unit)
    tables = build_tables(index, selection, by, unit, cooccurrence, result)
    path = Path(path)
    wb = Workbook(write_only=True)
    used: set[str] = set()
    pending: list[_SheetRows] = []
    for k, table in enumerate(tables):
        if k == 1:  # after Frequencies: the theme x group matrix of each attribute
            for attribute in result.by:
                name = sheet_title(Table("themes", matrix_sheet_name(attribute), []), used)
                write_group_matrix_sheet(wb.create_sheet(name), result, attribute)
        ws = wb.create_sheet(sheet_title(table, used))
        if table.name == "codebook":
            write_codebook_sheet(ws, index)
        else:
            pending.append(write_table_sheet(ws, table, f"@@qcoder-sheet-{k}-{uuid.uuid4().hex}@@"))
    _notes_sheet(wb.create_sheet(sheet_title(Table("notes", "Notes", []), used)), index, selection, by)
    buffer = io.BytesIO()
    wb.save(buffer)
    _replace_placeholders(buffer.getvalue(), path, pending)
    return path


# -- CSV ---------------------------------------------------------------------------------------


def export_csv_tables(
    snapshot: ProjectData,
    directory_or_path: str | Path,
    by: Sequence[str] = ("stakeholder_group", "site"),
    coders: Iterable[str] | None = None,
    *,
    documents: Iterable[str] | None = None,
    document_attributes: Mapping[str, Iterable[str]] | None = None,
    codes: Iterable[str] | None = None,
    unit: str | None = "site",
    cooccurrence: Mode = "overlap",
    include_interviewers: bool = False,
    encoding: str = "utf-8-sig",
) -> list[Path]:
    """Write each table as a CSV file and return the paths.

    A directory (existing, or a path without ``.csv``; created if needed) receives
    ``frequencies.csv``, ``by_<attr>.csv``…, ``codebook.csv``, ``excerpts.csv``. A path
    ending in ``.csv`` is used as a prefix: ``out.csv`` -> ``out_frequencies.csv``, … .
    UTF-8 with a byte-order mark by default, so that Excel reads accents correctly.
    """
    index = as_index(snapshot)
    selection = make_selection(index, coders, documents, document_attributes, codes, include_interviewers)
    tables = build_tables(index, selection, by, unit, cooccurrence)
    target = Path(directory_or_path)
    if target.suffix.lower() == ".csv" and not target.is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
        paths = [target.with_name(f"{target.stem}_{t.name}.csv") for t in tables]
    else:
        target.mkdir(parents=True, exist_ok=True)
        paths = [target / f"{t.name}.csv" for t in tables]
    for table, p in zip(tables, paths, strict=True):
        with p.open("w", newline="", encoding=encoding) as fh:
            w = csv_writer(fh)
            w.writerow(table.columns)
            for row in table.rows:
                w.writerow(["" if v is None else v for v in row])
    return paths
