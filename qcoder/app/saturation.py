"""Saturation of an open project, for the command line and the window: the project read as
columns (coding records, with their times, only for the coding order), the JSON records and
the table (text, CSV) both show."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from qcoder.analysis.index import ProjectIndex
from qcoder.analysis.saturation import Order, Saturation, first_coded, saturation
from qcoder.app.project import Project
from qcoder.core.cells import csv_writer

ORDER_LABELS = {
    Order.PROJECT: "Project order",
    Order.CODING: "Order first coded",
    Order.DATE: "Interview date",
    Order.NAME: "Document name",
}


def compute_saturation(
    project: Project, order: Order = Order.PROJECT, coder_ids: Iterable[str] | None = None
) -> Saturation:
    """New codes per document of ``project`` in ``order``, for ``coder_ids`` (None = every coder)."""
    coders = None if coder_ids is None else frozenset(coder_ids)
    if order is Order.CODING:  # the coding times are in the records, not the columns
        snapshot = project.snapshot(with_text=False)
        return saturation(ProjectIndex(snapshot), order, coders, first_coded(snapshot.codings, coders))
    return saturation(project.counting_index(), order, coders)


def saturation_json(result: Saturation, by_coder: bool = False) -> list[dict[str, Any]]:
    """``[{"document", "new_codes", "cumulative_codes"}]`` (counts), with ``"coders": {name:
    {"new_codes", "cumulative_codes"}}`` added to each record when ``by_coder``."""
    out: list[dict[str, Any]] = []
    for i, step in enumerate(result.overall.steps):
        record: dict[str, Any] = {
            "document": result.names[step.document_id],
            "new_codes": len(step.new_codes),
            "cumulative_codes": step.cumulative,
        }
        if by_coder:
            record["coders"] = {
                s.name: {"new_codes": len(s.steps[i].new_codes), "cumulative_codes": s.steps[i].cumulative}
                for s in result.coders
            }
        out.append(record)
    return out


def saturation_table(result: Saturation, by_coder: bool = True) -> list[list[str]]:
    """Header and rows: document, new codes, cumulative codes, per coder new and cumulative
    (when ``by_coder``), and the paths of the new codes."""
    coders = result.coders if by_coder else ()
    header = ["#", "Document", "New codes", "Cumulative codes"]
    for s in coders:
        header += [f"{s.name}: new", f"{s.name}: cumulative"]
    header.append("Codes new in this document")
    rows = [header]
    for i, step in enumerate(result.overall.steps):
        row = [str(i + 1), result.names[step.document_id], str(len(step.new_codes)), str(step.cumulative)]
        for s in coders:
            row += [str(len(s.steps[i].new_codes)), str(s.steps[i].cumulative)]
        row.append("; ".join(result.paths.get(c, c) for c in step.new_codes))
        rows.append(row)
    return rows


def write_saturation_csv(result: Saturation, stream: IO[str], by_coder: bool = True) -> None:
    """The table as CSV (cells escaped against spreadsheet formulas)."""
    csv_writer(stream).writerows(saturation_table(result, by_coder))
