"""The agreement appendix as a Word document (``qcoder agreement … --format docx``).

Sections: what was compared (coders, documents, unit); the statistics and why they were chosen;
the per-code table with verdicts (and the exclusive-code groups); then every code below the
reliability threshold with its largest disagreements quoted, one column per coder saying what
that coder did with the passage. Content: :mod:`qcoder.app.agreement_appendix`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.shared import Pt

from qcoder.analysis.agreement.appendix import ROUNDS_TEXT, UNITIZING_TEXT, Appendix
from qcoder.exporters.codebook_docs import CellSpec, add_table
from qcoder.exporters.docx_report import add_page_number_footer, style_document
from qcoder.exporters.locale_format import long_date

_TABLE_STYLE = "Table Grid"  # plain: no style-made bold first column over quoted passages
_PAGE_CM = 16.0


def export_agreement_docx(appendix: Appendix, path: Path, title: str = "Inter-coder agreement") -> Path:
    """Write ``appendix`` to ``path``."""
    doc = new_docx()
    style_document(doc)
    add_page_number_footer(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph().add_run(f"Methods appendix · {long_date(date.today())}").italic = True
    _compared(doc, appendix)
    _statistics(doc, appendix)
    _per_code(doc, appendix)
    _below_threshold(doc, appendix)
    doc.save(str(path))
    return path


def _compared(doc: DocxDocument, a: Appendix) -> None:
    doc.add_heading("What was compared", level=1)
    docs = a.documents
    doc.add_paragraph(f"Coders: {', '.join(a.coders)}.")
    doc.add_paragraph(f"Documents ({len(docs)}): {'; '.join(docs)}.")
    doc.add_paragraph(f"Unit: {a.unit} — {a.unit_text}. Pooling: {a.pooling}.")


def _statistics(doc: DocxDocument, a: Appendix) -> None:
    doc.add_heading("Statistics and why", level=1)
    for why in a.why:
        doc.add_paragraph(why, style="List Bullet")


_CODE_TABLE_CM = [3.1, 2.0, 2.3, 1.3, 1.9, 1.3, 1.9, 2.2]  # 16 cm: headers, figures (units in millions) and
# a code word ("Communication", indented) never wrap; intervals go to a table of their own
_HEADER_FILL = "DCE6F1"
_CELL_MARGIN_CM = 0.12  # narrower than the style's: eight columns in 16 cm


def _table(doc: DocxDocument, rows: list[list[str]], widths: list[float] | None = None) -> None:
    def cell(i: int, value: str, header: bool) -> CellSpec:
        align = None if i == 0 or (i >= 6 and widths is None) else "right"
        return CellSpec.text(value, bold=header, align=align, size_pt=9, fill=_HEADER_FILL if header else None)

    body = [[cell(i, v, r == 0) for i, v in enumerate(row)] for r, row in enumerate(rows)]
    grid = widths or _CODE_TABLE_CM[: len(rows[0])]
    add_table(doc, body, grid, style=_TABLE_STYLE, first_column=False, cell_margin_cm=_CELL_MARGIN_CM)


def _figures_table(doc: DocxDocument, rows: list[list[str]]) -> None:
    """A table of a label column (code paths: wide) and figures (narrow, never wrapped)."""
    figures = len(rows[0]) - 1
    side = min(2.2, 10.0 / max(1, figures))
    _table(doc, rows, [_PAGE_CM - side * figures] + [side] * figures)


INTERVALS_TEXT = (
    "The figures of the tables above with their uncertainty: α with its bootstrap interval [low, high], "
    "κ with its standard error (see Statistics and why)."
)
_FIGURE = re.compile(r"^(?P<value>.+?)(?: \[(?P<low>[^,\]]+), (?P<high>[^\]]+)\])?(?: \(SE (?P<se>[^)]+)\))?$")


def _parts(text: str) -> tuple[str, str, str]:
    """A figure of the per-code table ("0.560 [-0.338, 1.000]", "0.560 (SE 0.009)") as its value,
    its interval ("[-0.338, 1.000]" or "") and its standard error ("" when there is none)."""
    m = _FIGURE.match(text)
    if m is None:
        return text, "", ""
    interval = f"[{m['low']}, {m['high']}]" if m["low"] is not None else ""
    return m["value"], interval, m["se"] or ""


def _split_intervals(table: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """The table with its α and κ columns as bare figures (intervals and standard errors wrap
    those narrow columns to four lines), and those figures' intervals as a table of their own
    (code, α, interval, κ, SE), header first; only the header when nothing has an interval."""
    if not table:
        return [], []
    header = table[0]
    plain, intervals = [list(header)], [[header[0], header[3], "Interval", header[4], "SE"]]
    for row in table[1:]:
        (alpha, low_high, _), (kappa, _, se) = _parts(row[3]), _parts(row[4])
        plain.append([*row[:3], alpha, kappa, *row[5:]])
        if low_high or se:
            intervals.append([row[0], alpha, low_high or "–", kappa, se or "–"])
    return plain, intervals


def _per_code(doc: DocxDocument, a: Appendix) -> None:
    doc.add_heading("Agreement per code", level=1)
    doc.add_paragraph(
        "Codes in codebook order. Units: units rated by at least two coders. Agreement: share of units on "
        "which every coder agrees. – : not defined (a code nobody used, or only one value occurred)."
    )
    rows, intervals = _split_intervals(a.rows)
    _table(doc, rows)
    nominal, nominal_intervals = _split_intervals(a.nominal)
    if nominal:
        doc.add_heading("Mutually exclusive codes", level=2)
        _table(doc, nominal)
    if len(intervals) + len(nominal_intervals) > 2:
        doc.add_heading("Confidence intervals", level=2)
        doc.add_paragraph(INTERVALS_TEXT)
        both = intervals + nominal_intervals[1:]
        _table(doc, both, [_PAGE_CM - 11.0, 2.0, 3.5, 2.0, 3.5])
    for heading, text, table in (
        ("Agreement per training round", ROUNDS_TEXT, a.rounds),
        ("Unitizing", UNITIZING_TEXT, a.unitizing),
    ):
        if table:
            doc.add_heading(heading, level=2)
            doc.add_paragraph(text)
            _figures_table(doc, [list(r) for r in table])


def _below_threshold(doc: DocxDocument, a: Appendix) -> None:
    doc.add_heading("Codes below the reliability threshold", level=1)
    weak = a.weak
    if not weak:
        doc.add_paragraph("Every code reaches α ≥ .800 (or is not defined): none to review.")
        return
    doc.add_paragraph(
        "Weakest first. Under each code, its largest disagreements: the passage, and what each coder did "
        "with it. These are the places to discuss before coding goes on."
    )
    coders = a.coders
    for w in weak:
        alpha = "–" if w.alpha is None else f"{w.alpha:.3f}".replace("-0.000", "0.000")
        doc.add_heading(f"{w.path} — α {alpha}, {w.verdict}", level=2)
        if not w.disagreements:
            doc.add_paragraph("No disagreement regions were found for this code.")
            continue
        header = [CellSpec.text(h, bold=True, size_pt=9, fill=_HEADER_FILL) for h in ["Passage", *coders]]
        rows = [header]
        for q in w.disagreements:
            did = dict(q.by_coder)
            passage = CellSpec.text(f"{q.document}, characters {q.start}–{q.end}: “{q.text}”", size_pt=9)
            rows.append([passage, *[CellSpec.text(did.get(c, "not on this document"), size_pt=9) for c in coders]])
        side = min(3.0, 7.0 / max(1, len(coders)))
        widths = [_PAGE_CM - side * len(coders)] + [side] * len(coders)
        add_table(doc, rows, widths, style=_TABLE_STYLE, first_column=False)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)
