"""The group synthesis as a Word document: an overview table (themes × groups, "n of N
respondents"), then per theme what each group said -- counts, the case summaries with their
authors, and the starred quotes, attributed."""

from __future__ import annotations

from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument

from qcoder.analysis.synthesis import Synthesis, SynthesisCell
from qcoder.exporters.codebook_docs import CellSpec, Para, Run, add_table
from qcoder.exporters.docx_report import style_document
from qcoder.exporters.framework_docx import clean_text
from qcoder.exporters.synthesis_xlsx import counts_text

_OVERVIEW_CM = 16.0


def _overview(doc: DocxDocument, synthesis: Synthesis) -> None:
    n = len(synthesis.groups)
    first = 4.5
    rest = (_OVERVIEW_CM - first) / max(n, 1)
    size = 9.0  # a long group name ("law enforcement") fits its column rather than breaking mid-word
    header = [
        CellSpec.text("Theme", bold=True, size_pt=size),
        *(CellSpec.text(g, bold=True, size_pt=size) for g in synthesis.groups),
    ]
    rows = [header]
    for t, (_, path) in enumerate(synthesis.themes):
        cells = synthesis.cells[t * n : (t + 1) * n]
        counts = [CellSpec.text(f"{c.respondents} of {c.respondents_total}", size_pt=size) for c in cells]
        rows.append([CellSpec.text(path, size_pt=size), *counts])
    add_table(doc, rows, (first, *([rest] * n)), style="Table Grid")


def _group_cell(synthesis: Synthesis, cell: SynthesisCell) -> CellSpec:
    paras = [Para((Run(cell.group, bold=True), Run(f" \u2014 {counts_text(synthesis, cell)}", size_pt=9)))]
    for s in cell.summaries:
        by = f" \u2014 {s.author}" if s.author else ""
        paras.append(Para((Run(f"{s.title}: ", bold=True, size_pt=9), Run(s.text), Run(by, italic=True, size_pt=9))))
    for q in cell.quotes:
        paras.append(
            Para((Run(f"\u201c{q.text}\u201d", italic=True, size_pt=9), Run(f" \u2014 {q.attribution()}", size_pt=9)))
        )
    return CellSpec(tuple(paras))


def export_synthesis_docx(synthesis: Synthesis, path: Path, title: str = "Group synthesis") -> Path:
    doc = new_docx()
    style_document(doc)
    doc.add_heading(clean_text(title), level=0)
    group = synthesis.group.replace("_", " ")  # the attribute as words ("stakeholder group")
    doc.add_paragraph(clean_text(f"Respondents who mention each theme, by {group}: n of N respondents of the group."))
    _overview(doc, synthesis)
    n = len(synthesis.groups)
    for t, (_, path_text) in enumerate(synthesis.themes):
        cells = synthesis.cells[t * n : (t + 1) * n]
        doc.add_heading(clean_text(path_text), level=1)
        add_table(doc, [[_group_cell(synthesis, c)] for c in cells], (_OVERVIEW_CM,), style="Table Grid", header_rows=0)
    doc.save(str(path))
    return path
