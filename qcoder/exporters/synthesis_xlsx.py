"""The group synthesis as a workbook: the grid (themes × groups, each cell its "n of N"
respondents, "k of K" sites, the case summaries and the starred quotes, wrapped and sized) and
the same cells in long format."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from qcoder.analysis.synthesis import Synthesis, SynthesisCell
from qcoder.exporters.framework_xlsx import grid_sheet, wrapped_row

LONG_COLUMNS = ("theme", "group", "respondents", "respondents_total", "cases", "cases_total", "summaries", "quotes")


def counts_text(synthesis: Synthesis, cell: SynthesisCell) -> str:
    """The counts in words ("3 of 4 respondents, in 3 of 4 sites"; "0 of 1 respondent, in 0 of 1
    site": the noun agrees with the total)."""
    text = f"{cell.respondents} of {_noun(cell.respondents_total, 'respondent')}"
    if cell.cases is not None and synthesis.across:
        text += f", in {cell.cases} of {_noun(cell.cases_total or 0, synthesis.across.replace('_', ' '))}"
    return text


def _noun(total: int, noun: str) -> str:
    return f"{total} {noun}" if total == 1 else f"{total} {noun}s"


def summaries_text(cell: SynthesisCell) -> str:
    return "\n".join(f"{s.title}{f' ({s.author})' if s.author else ''}: {s.text}" for s in cell.summaries)


def quotes_text(cell: SynthesisCell) -> str:
    return "\n".join(f"\u201c{q.text}\u201d \u2014 {q.attribution()}" for q in cell.quotes)


def cell_text(synthesis: Synthesis, cell: SynthesisCell) -> str:
    """What a grid cell shows: counts, the case summaries, the starred quotes."""
    parts = [counts_text(synthesis, cell), summaries_text(cell), quotes_text(cell)]
    return "\n\n".join(p for p in parts if p)


def export_synthesis_xlsx(synthesis: Synthesis, path: Path) -> Path:
    wb = Workbook(write_only=True)
    grid = grid_sheet(wb, "Group synthesis", synthesis.groups, 50)
    n = len(synthesis.groups)
    for t, (_, path_text) in enumerate(synthesis.themes):
        cells = synthesis.cells[t * n : (t + 1) * n]
        grid.append(wrapped_row(grid, [path_text, *(cell_text(synthesis, c) for c in cells)]))
    long = wb.create_sheet("Cells")
    for letter, width in zip("ABCDEFGH", (30, 22, 12, 18, 8, 12, 60, 60), strict=True):
        long.column_dimensions[letter].width = width
    long.append(wrapped_row(long, list(LONG_COLUMNS), bold=True))
    for cell in synthesis.cells:
        values = [cell.path, cell.group, cell.respondents, cell.respondents_total, cell.cases, cell.cases_total]
        long.append(wrapped_row(long, [*values, summaries_text(cell), quotes_text(cell)]))
    wb.save(path)
    return path
