"""Builds the agreement appendix (:mod:`qcoder.analysis.agreement.appendix`) for a project:
the per-code table with verdicts and, for every code below the reliability threshold, its
largest disagreements with the passages read from the project."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qcoder.analysis.agreement import AgreementReport
from qcoder.analysis.agreement.appendix import (
    QUOTE_CHARS,
    QUOTES_PER_CODE,
    UNIT_TEXT,
    WHY,
    Appendix,
    QuotedDisagreement,
    WeakCode,
    appendix_sheets,
    ci_why,
)
from qcoder.analysis.agreement.disagreements import find_disagreements
from qcoder.analysis.agreement.verdicts import ALPHA_RELIABLE, alpha_verdict
from qcoder.app.agreement import AgreementInputs
from qcoder.app.agreement_text import agreement_rows, codebook_order, first_interval, nominal_rows, unitized_rows
from qcoder.app.project import Project
from qcoder.core.errors import InvalidValue
from qcoder.core.model import Code


def build_appendix(
    project: Project,
    report: AgreementReport,
    inputs: AgreementInputs,
    codes: Sequence[Code],
    rounds: Sequence[Sequence[str]] | None = None,
) -> Appendix:
    """``rounds``: the per-round table (:func:`round_rows`, header first) when the appendix
    should show it; the unitizing table comes from ``report`` when it was asked for."""
    names = inputs.coder_names
    return Appendix(
        coders=[names.get(c, c) for c in report.coders],
        documents=sorted((inputs.doc_names.get(d, d) for d in report.documents), key=str.casefold),
        unit=report.unit.value,
        unit_text=UNIT_TEXT[report.unit],
        pooling=report.pooling.value,
        rows=agreement_rows(report, inputs, codes),
        nominal=nominal_rows(report, inputs) if report.nominal else [],
        weak=_weak_codes(project, report, inputs, codes),
        why=WHY if (iv := first_interval(report)) is None else (*WHY, ci_why(iv.level, iv.draws, iv.seed)),
        rounds=[list(r) for r in rounds or []],
        unitizing=unitized_rows(report, inputs, codes) if report.unitized is not None else [],
    )


def _weak_codes(
    project: Project, report: AgreementReport, inputs: AgreementInputs, codes: Sequence[Code]
) -> list[WeakCode]:
    """Codes with α below the reliable threshold, weakest first, each with its largest
    disagreements (by characters) quoted."""
    order = {cid: i for i, cid in enumerate(codebook_order(codes))}
    weak = [
        cid
        for cid, st in report.by_code.items()
        if st.krippendorff_alpha is not None and st.krippendorff_alpha < ALPHA_RELIABLE
    ]
    weak.sort(key=lambda c: (report.by_code[c].krippendorff_alpha or 0.0, order.get(c, len(order))))
    found = {cid: find_disagreements(inputs.data, inputs.coder_ids, codes=[cid])[:QUOTES_PER_CODE] for cid in weak}
    texts = project.document_texts(sorted({d.document for items in found.values() for d in items}))
    out = []
    for cid in weak:
        quoted = []
        for d in found[cid]:
            text = texts.get(d.document, "")
            passage = _passage(text, d.start, d.end)
            applied = dict(d.values)
            by_coder = tuple(
                (inputs.coder_names.get(r, r), "applied the code" if cid in applied.get(r, ()) else "did not")
                for r in d.coders
            )
            quoted.append(
                QuotedDisagreement(inputs.doc_names.get(d.document, d.document), d.start, d.end, passage, by_coder)
            )
        st = report.by_code[cid]
        out.append(
            WeakCode(
                inputs.code_names.get(cid, cid),
                st.krippendorff_alpha,
                alpha_verdict(st.krippendorff_alpha),
                st.units,
                tuple(quoted),
            )
        )
    return out


def _passage(text: str, start: int, end: int) -> str:
    """The disagreement's text, marked "…" where it starts or ends inside a word (or is cut)."""
    passage = text[start:end]
    if len(passage) > QUOTE_CHARS:
        return passage[: QUOTE_CHARS - 1].rstrip() + "…"
    head = "…" if 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum() else ""
    tail = "…" if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum() else ""
    return head + passage + tail


def write_appendix(
    project: Project,
    report: AgreementReport,
    inputs: AgreementInputs,
    path: Path,
    rounds: Sequence[Sequence[str]] | None = None,
) -> Path:
    """The appendix as ``path``'s suffix says: a Word document (.docx), or a workbook (.xlsx:
    Summary, Per code, Training rounds and Unitizing when there are, Below threshold, and every
    breakdown). ``rounds``: the per-round table to include, as :func:`build_appendix` takes it."""
    appendix = build_appendix(project, report, inputs, project.codes(), rounds)
    if path.suffix.lower() == ".docx":
        from qcoder.exporters.agreement_docx import export_agreement_docx

        return export_agreement_docx(appendix, path)
    if path.suffix.lower() != ".xlsx":
        raise InvalidValue(f"the appendix is written as .docx or .xlsx, not {path.suffix or 'a file without a suffix'}")
    from qcoder.exporters.xlsx_rows import write_sheets_xlsx

    rows = report.to_rows(inputs.code_names, inputs.doc_names)
    header = list(dict.fromkeys(k for r in rows for k in r))  # averaged rows add columns
    breakdowns = ("Breakdowns", header, [[r.get(h, "") for h in header] for r in rows])
    write_sheets_xlsx(path, [*appendix_sheets(appendix), breakdowns])
    return path
