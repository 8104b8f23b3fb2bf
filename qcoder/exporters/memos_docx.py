"""Memos as a Word document: a title, then one section per kind (project journal, document,
code, participant and coding memos), each memo under a heading naming what it is on, with its
author and date, then its text paragraph by paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from docx import Document as new_docx
from docx.shared import Pt, RGBColor

from qcoder.core.memos import KIND_TITLES, KINDS, MemoEntry
from qcoder.exporters.docx_report import style_document

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _XML_BAD.sub("", text)


def _heading(entry: MemoEntry) -> str:
    """What the memo is on, without its kind (the section says it)."""
    if entry.kind == "project":
        return entry.created.strftime("%Y-%m-%d %H:%M UTC")
    return entry.on.partition(":")[2]


def export_memos_docx(entries: Sequence[MemoEntry], path: str | Path, title: str = "Memos") -> Path:
    """Write ``entries`` (in the order given within each kind) to ``path``; empty kinds are left out."""
    path = Path(path)
    doc = new_docx()
    style_document(doc)  # the body font and margins of the other reports (python-docx's default is a serif)
    doc.add_heading(_clean(title), level=0)
    if not entries:
        doc.add_paragraph("No memos.")
    for kind in KINDS:
        of_kind = [e for e in entries if e.kind == kind]
        if not of_kind:
            continue
        doc.add_heading(f"{KIND_TITLES[kind]} ({len(of_kind)})", level=1)
        for entry in of_kind:
            doc.add_heading(_clean(_heading(entry)), level=2)
            byline = doc.add_paragraph()
            run = byline.add_run(f"{entry.author or 'unknown author'} · {entry.created:%Y-%m-%d}")
            run.italic = True
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
            for para in _clean(entry.text).split("\n\n"):
                doc.add_paragraph(para.strip("\n"))
    doc.save(str(path))
    return path
