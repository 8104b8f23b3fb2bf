"""The codebook as a document: DOCX (a table, one row per code, indented by level, with a
colour swatch) and XLSX (one row per code, the colour as the cell fill).

Also the DOCX table helper the theme report uses: python-docx builds tables cell by cell
(tens of milliseconds per table); :func:`add_table` writes the table XML in one go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.shared import Cm, Pt
from openpyxl import Workbook

from qcoder.analysis.index import ProjectData, as_index
from qcoder.exporters.xlsx_export import codebook_table, hex_color, write_codebook_sheet

__all__ = [
    "CellSpec",
    "Para",
    "Run",
    "add_codebook_table",
    "add_table",
    "codebook_table",
    "xml_text",
    "export_codebook_docx",
    "export_codebook_xlsx",
    "hex_color",
]


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TWIPS_PER_CM = 567


def xml_text(text: str) -> str:
    """``text`` without the control characters XML (and so Word) cannot hold."""
    return _XML_BAD.sub("", text)


def _border(side: str, size: int, color: str) -> str:
    return f'<w:{side} w:val="single" w:sz="{size}" w:space="0" w:color="{color}"/>'


_FRAME = ("4F81BD", 8)  # colour and width (eighths of a point): the frame
_RULE = ("BFBFBF", 4)  # the lines inside
# explicit lines on every table and every cell: a table style's conditional borders (header
# row, column bands) are drawn differently by Word and LibreOffice, a cell's own borders alike
TABLE_BORDERS = (
    "<w:tblBorders>"
    + "".join(_border(side, _FRAME[1], _FRAME[0]) for side in ("top", "left", "bottom", "right"))
    + "".join(_border(side, _RULE[1], _RULE[0]) for side in ("insideH", "insideV"))
    + "</w:tblBorders>"
)
_CELL_BORDERS: dict[tuple[bool, bool, bool, bool], str] = {}


def cell_borders(top: bool, left: bool, bottom: bool, right: bool) -> str:
    """A cell's ``w:tcBorders``: the frame on the sides at the table's edge, rules elsewhere."""
    key = (top, left, bottom, right)
    if key not in _CELL_BORDERS:
        sides = zip(("top", "left", "bottom", "right"), key, strict=True)
        body = "".join(
            _border(side, (_FRAME if edge else _RULE)[1], (_FRAME if edge else _RULE)[0]) for side, edge in sides
        )
        _CELL_BORDERS[key] = f"<w:tcBorders>{body}</w:tcBorders>"
    return _CELL_BORDERS[key]


def export_codebook_xlsx(snapshot: ProjectData, path: str | Path) -> Path:
    """Write the codebook as an XLSX workbook with one sheet, ``Codebook``."""
    path = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Codebook")
    write_codebook_sheet(ws, snapshot)
    wb.save(path)
    return path


# -- DOCX tables -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    size_pt: float | None = None
    color: str | None = None  # RRGGBB


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    align: str | None = None  # "left" | "right" | "center"
    indent_cm: float = 0.0
    keep_next: bool = False
    space_after_pt: float | None = None  # None: the style's


@dataclass(frozen=True)
class CellSpec:
    paras: tuple[Para, ...] = field(default_factory=tuple)
    fill: str | None = None  # RRGGBB

    @staticmethod
    def text(
        text: str,
        bold: bool = False,
        align: str | None = None,
        fill: str | None = None,
        indent_cm: float = 0.0,
        size_pt: float | None = None,
    ) -> CellSpec:
        return CellSpec((Para((Run(text, bold=bold, size_pt=size_pt),), align, indent_cm),), fill)


def _run_xml(r: Run) -> str:
    props = ""
    if r.bold:
        props += "<w:b/>"
    if r.italic:
        props += "<w:i/>"
    if r.color:
        props += f'<w:color w:val="{r.color}"/>'
    if r.size_pt:
        props += f'<w:sz w:val="{round(r.size_pt * 2)}"/>'
    text = escape(_XML_BAD.sub("", r.text))
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _para_xml(p: Para, keep_next: bool = False) -> str:
    props = "<w:keepNext/>" if keep_next or p.keep_next else ""
    if p.space_after_pt is not None:
        props += f'<w:spacing w:after="{round(p.space_after_pt * 20)}"/>'
    if p.indent_cm:
        props += f'<w:ind w:left="{round(p.indent_cm * _TWIPS_PER_CM)}"/>'
    if p.align:
        props += f'<w:jc w:val="{p.align}"/>'
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{''.join(_run_xml(r) for r in p.runs)}</w:p>"


def _table_props(style_id: str | None, center: bool, first_column: bool, cell_margin_cm: float | None) -> str:
    """A table's ``w:tblPr``: style, width, alignment, borders, cell padding and look."""
    parts = ["<w:tblPr>"]
    if style_id:
        parts.append(f'<w:tblStyle w:val="{style_id}"/>')
    parts.append('<w:tblW w:type="auto" w:w="0"/>')
    if center:
        parts.append('<w:jc w:val="center"/>')
    parts.append(TABLE_BORDERS)
    if cell_margin_cm is not None:
        pad = round(cell_margin_cm * _TWIPS_PER_CM)
        parts.append(
            f'<w:tblCellMar><w:left w:w="{pad}" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>'
        )
    parts.append(
        # w:val repeats the flags as bits (LibreOffice reads it): header row, first column, no column bands
        f'<w:tblLook w:val="{0x0420 | (0x0080 if first_column else 0):04X}" w:firstRow="1" w:lastRow="0" '
        f'w:firstColumn="{int(first_column)}" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
    )
    return "".join(parts)


def add_table(
    doc: DocxDocument,
    rows: Sequence[Sequence[CellSpec]],
    widths_cm: Sequence[float],
    style: str | None = "Light List Accent 1",
    header_rows: int = 1,
    center: bool = False,
    first_column: bool = True,
    keep_together: bool = False,
    cell_margin_cm: float | None = None,
) -> None:
    """Append a table at the end of the document body in one XML operation.

    The first ``header_rows`` rows repeat on each page; ``style`` is a table style name of
    the document's template (``first_column``: its first-column emphasis);
    ``keep_together`` keeps a short table on one page; ``cell_margin_cm``: the cells' left and
    right padding (default: the style's). Every table carries its own borders
    (:data:`TABLE_BORDERS`): LibreOffice lacks Word's built-in table styles and would draw
    the lines differently, or not at all."""
    style_id = doc.styles[style].style_id if style else None
    parts = [f'<w:tbl xmlns:w="{_W}">', _table_props(style_id, center, first_column, cell_margin_cm), "<w:tblGrid>"]
    twips = [round(w * _TWIPS_PER_CM) for w in widths_cm]
    parts.extend(f'<w:gridCol w:w="{t}"/>' for t in twips)
    parts.append("</w:tblGrid>")
    last = len(rows) - 1
    for i, row in enumerate(rows):
        parts.append("<w:tr>")
        if i < header_rows:
            parts.append("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        else:
            parts.append("<w:trPr><w:cantSplit/></w:trPr>")
        keep = keep_together and i < last
        for j, (cell, t) in enumerate(zip(row, twips, strict=True)):
            edges = (i == 0, j == 0, i == last, j == len(twips) - 1)
            fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.fill}"/>' if cell.fill else ""
            paras = "".join(_para_xml(p, keep) for p in cell.paras) or (
                "<w:p><w:pPr><w:keepNext/></w:pPr></w:p>" if keep else "<w:p/>"
            )
            tc_props = f'<w:tcW w:w="{t}" w:type="dxa"/>{cell_borders(*edges)}{fill}'
            parts.append(f"<w:tc><w:tcPr>{tc_props}</w:tcPr>{paras}</w:tc>")
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    tbl = parse_xml("".join(parts))
    body = doc.element.body
    sect = body.find(f"{{{_W}}}sectPr")
    if sect is not None:
        sect.addprevious(tbl)
    else:
        body.append(tbl)


# -- the codebook ------------------------------------------------------------------------------


def add_codebook_table(
    doc: DocxDocument,
    project: ProjectData,
    details: bool = True,
    widths_cm: Sequence[float] = (0.6, 5.4, 10.5),
    columns: bool = False,
) -> None:
    """Append the codebook as a table: colour swatch | code (indented by level, top-level
    codes in bold) | definition. With ``details``, inclusion, exclusion and example follow
    as labelled lines in the definition cell or, with ``columns``, in columns of their own
    (``widths_cm`` then has six entries)."""
    index = as_index(project)
    head = ["", "Code", "Definition"] + (["Inclusion", "Exclusion", "Example"] if columns else [])
    rows: list[list[CellSpec]] = [[CellSpec.text(h) for h in head]]
    for cid in index.code_order:
        c = index.codes[cid]
        depth = index.depth[cid]
        example = f"“{c.example.strip()}”" if c.example.strip() else ""
        paras = [Para((Run(c.definition.strip() or "—"),))]
        extra: list[CellSpec] = []
        if columns:
            extra = [CellSpec.text(c.inclusion.strip()), CellSpec.text(c.exclusion.strip()), CellSpec.text(example)]
        elif details:
            for label, value in (
                ("Include", c.inclusion.strip()),
                ("Exclude", c.exclusion.strip()),
                ("Example", example),
            ):
                if value:
                    paras.append(Para((Run(label + ": ", italic=True, size_pt=9), Run(value, size_pt=9))))
        rows.append(
            [
                CellSpec(fill=hex_color(c.color)),
                CellSpec.text(c.name, bold=depth == 0, indent_cm=0.5 * depth),
                CellSpec(tuple(paras)),
                *extra,
            ]
        )
    add_table(doc, rows, widths_cm)


def export_codebook_docx(snapshot: ProjectData, path: str | Path, title: str | None = None) -> Path:
    """Write the codebook as a landscape DOCX document: a title, a count line and the
    codebook table (hierarchy, colour swatch, definition, inclusion, exclusion, example)."""
    index = as_index(snapshot)
    path = Path(path)
    doc = new_docx()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    name = index.snapshot.name.strip()
    doc.add_heading(title or (f"Codebook: {name}" if name else "Codebook"), level=0)
    tops = len(index.children.get(None, []))
    n = len(index.code_order)
    doc.add_paragraph(f"{n} code{'s' if n != 1 else ''} in {tops} top-level theme{'s' if tops != 1 else ''}.")
    if n:
        add_codebook_table(doc, index, widths_cm=(0.7, 4.6, 6.8, 3.8, 3.8, 3.8), columns=True)
    doc.save(str(path))
    return path
