"""The framework matrix as a Word document: per theme, a table of cases with "n of N
respondents", the summary (or the computed draft, marked as such) and quotes."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document as new_docx

from qcoder.analysis.framework import Framework, FrameworkCell, cell_quotes
from qcoder.exporters.codebook_docs import CellSpec, Para, Run, add_table
from qcoder.exporters.docx_report import style_document

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
WIDTHS_CM = (2.9, 2.9, 6.0, 4.2)  # "Respondents" fits its column at the header's size
_HEADER_PT = 9.0


def clean_text(text: str) -> str:
    return _XML_BAD.sub("", text)


def _summary_cell(cell: FrameworkCell) -> CellSpec:
    if cell.summary:
        paras = [Para((Run(line),)) for line in cell.summary.splitlines() if line.strip()]
        if cell.summary_author:
            paras.append(Para((Run(f"\u2014 {cell.summary_author}", italic=True, size_pt=9),)))
        return CellSpec(tuple(paras))
    if cell.draft is not None and cell.draft.sentences:
        head = Para((Run("Draft (computed, not edited)", italic=True, size_pt=9, color="7F7F7F"),))
        lines = [Para((Run(s.text), Run(f" [{s.speaker or s.document}]", size_pt=9))) for s in cell.draft.sentences]
        return CellSpec((head, *lines))
    return CellSpec.text("")


def _quotes_cell(framework: Framework, cell: FrameworkCell) -> CellSpec:
    if not cell.excerpts:
        return CellSpec.text("")
    paras = [
        Para((Run(f"\u201c{text}\u201d", italic=True, size_pt=9), Run(f" \u2014 {who}", size_pt=9)))
        for text, who in cell_quotes(framework, cell)
    ]
    return CellSpec(tuple(paras))


def export_framework_docx(framework: Framework, path: Path, title: str = "Framework matrix") -> Path:
    doc = new_docx()
    style_document(doc)
    doc.add_heading(clean_text(title), level=0)
    by_theme: dict[str, list[FrameworkCell]] = {}
    for cell in framework.cells:
        by_theme.setdefault(cell.theme.code_id, []).append(cell)
    for theme in framework.themes:
        doc.add_heading(clean_text(theme.path), level=1)
        header = [CellSpec.text(h, bold=True, size_pt=_HEADER_PT) for h in ("Case", "Respondents", "Summary", "Quotes")]
        rows = [header]
        for cell in by_theme.get(theme.code_id, []):
            counts = CellSpec(
                (
                    Para((Run(f"{cell.respondents} of {cell.respondents_total}"),)),
                    Para((Run(f"{cell.excerpts} excerpts", size_pt=9),)),
                )
            )
            rows.append(
                [
                    CellSpec.text(cell.case.title),  # "Harbor City", as the window shows it
                    counts,
                    _summary_cell(cell),
                    _quotes_cell(framework, cell),
                ]
            )
        add_table(doc, rows, WIDTHS_CM, style="Table Grid")
    doc.save(str(path))
    return path
