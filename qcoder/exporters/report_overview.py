"""Parts of the theme report beyond one theme's figures: the overall theme × group table the
report opens with ("n of N respondents" per cell), and the framework-matrix summaries written
for a theme, each with whose it is.

The table's figures are those of :mod:`qcoder.analysis.frequencies` (what ``qcoder stats``
prints): a cell is the respondents of the group who mention the theme (``participants``) of
the group's respondents, with the share rounded half up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from docx.document import Document as DocxDocument
from docx.shared import Pt, RGBColor

from qcoder.analysis.frequencies import Cell, FrequencyResult
from qcoder.analysis.index import NONE_VALUE
from qcoder.exporters.codebook_docs import CellSpec, Para, Run, add_table, xml_text
from qcoder.exporters.report_text import group_noun, humanize, share_text

TABLE_STYLE = "Light List Accent 1"
_PAGE_CM = 16.0  # A4/Letter width inside the report's 2.5 cm margins
_GREY = RGBColor(0x55, 0x55, 0x55)


@dataclass(frozen=True)
class GroupSummary:
    """A summary written in the framework matrix for one theme and one group (the case
    ``ATTR=VALUE`` of the report's grouping attribute), with its author's name."""

    value: str  # the group's value ("prosecutor")
    text: str
    author: str  # the author's name ("" unknown)
    updated_at: datetime


def group_title(value: str) -> str:
    """A group as a column or row heading: ``Law enforcement``, ``Unclassified``."""
    return "Unclassified" if value == NONE_VALUE else humanize(value)


def numbers_table(
    doc: DocxDocument, header: list[str], rows: list[list[str]], total: list[str] | None, widths: list[float]
) -> None:
    """A table of figures: first column left, the others right-aligned, totals in bold."""

    def line(values: list[str], bold: bool = False) -> list[CellSpec]:
        return [
            CellSpec.text(v, bold=bold, align=None if i == 0 else "right", size_pt=10) for i, v in enumerate(values)
        ]

    body = [line(header)] + [line(r) for r in rows] + ([line(total, bold=True)] if total else [])
    add_table(doc, body, widths, style=TABLE_STYLE, center=True, first_column=False, keep_together=len(body) <= 15)


def overview_groups(result: FrequencyResult, group_attribute: str | None) -> list[str]:
    """The groups the overview table has a column for: those with respondents, in value order."""
    if not group_attribute or group_attribute not in result.groups:
        return []
    return [v for v in result.values[group_attribute] if result.groups[group_attribute][v].respondents > 0]


def add_overview_table(doc: DocxDocument, result: FrequencyResult, group_attribute: str | None) -> None:
    """The theme × group table: a row per reported theme (codebook order, sub-themes indented),
    a column per group with respondents ("n of N (p%)"), then all respondents."""
    groups = overview_groups(result, group_attribute)
    theme_cm = 9.0 if not groups else 5.0 if len(groups) <= 3 else 3.9
    rest = (_PAGE_CM - theme_cm) / (len(groups) + 1)
    widths = [theme_cm] + [rest] * (len(groups) + 1)
    size = 10 if len(groups) <= 3 else 9 if len(groups) <= 5 else 8
    top = min((cf.depth for cf in result.codes), default=0)

    def head(text: str, align: str | None = "right") -> CellSpec:
        return CellSpec.text(text, bold=True, align=align, size_pt=size - 1 if len(groups) > 3 else size)

    def figure(c: Cell) -> CellSpec:  # "4 of 6" over "67%"
        share = Para((Run(share_text(c), size_pt=size - 1, color="595959"),), "right", space_after_pt=2)
        n = Para((Run(f"{c.participants} of {c.respondents}", size_pt=size),), "right", space_after_pt=0)
        return CellSpec((n, share))

    header = [head("Theme", None)] + [head(group_title(v)) for v in groups] + [head("All respondents")]
    body = [header]
    for cf in result.codes:
        level = cf.depth - top
        name = CellSpec(
            (Para((Run(cf.name, bold=level == 0, size_pt=size),), None, 0.4 * level),),
        )
        cells = [cf.by[group_attribute][v] for v in groups] if group_attribute else []
        figures = [figure(c) for c in [*cells, cf.total]]
        body.append([name, *figures])
    add_table(
        doc,
        body,
        widths,
        style=TABLE_STYLE,
        center=True,
        first_column=False,
        keep_together=len(body) <= 15,
        cell_margin_cm=0.12,
    )


def add_summaries(
    doc: DocxDocument,
    summaries: Sequence[GroupSummary],
    order: Sequence[str],
    respondents: Mapping[str, int],
    labels: Mapping[str, str] | None,
) -> None:
    """The summaries written for a theme, a paragraph per group in ``order`` (unclassified last),
    each ending with whose it is and when it was last written."""
    pos = {v: i for i, v in enumerate(order)}
    ranked = sorted(summaries, key=lambda s: (s.value == NONE_VALUE, pos.get(s.value, len(pos)), s.value))
    label = doc.add_paragraph()
    label.paragraph_format.space_before = Pt(10)
    label.paragraph_format.keep_with_next = True
    title = label.add_run("Summaries from the framework matrix")
    title.bold = True
    title.font.size = Pt(10)
    title.font.color.rgb = _GREY
    for s in ranked:
        para = doc.add_paragraph()
        group = group_noun(s.value, respondents.get(s.value, 2), labels)
        lead = para.add_run(group[:1].upper() + group[1:] + ". ")
        lead.bold = True
        para.add_run(xml_text(s.text.strip()))
        day = s.updated_at
        whose = f" (Summary by {xml_text(s.author)}, {day:%B} {day.day}, {day.year}.)" if s.author else " (Summary.)"
        note = para.add_run(whose)
        note.italic = True
        note.font.size = Pt(9.5)
        note.font.color.rgb = _GREY
