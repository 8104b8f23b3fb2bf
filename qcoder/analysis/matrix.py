"""The analysis matrix: codes × groups, one definition for the window, the CLI and the exports.

:class:`AnalysisData` (:mod:`qcoder.analysis.analysis_data`) holds one project's index with
its codings as columns (built once and reused for every choice of columns, coders or count). :func:`compute_matrix`
turns it and :class:`Options` into a :class:`Matrix`: the
:func:`qcoder.analysis.frequencies.compute_frequencies` result laid out as rows (codes in
codebook order) × columns (all respondents, then each value of the chosen attribute, or
each pair of values of two attributes), plus the counted excerpts, so that a cell's
excerpts are listed (:func:`cell_excerpts`) by the same rule that counted them.
:func:`matrix_grid` is its text layout (the window's copy and CSV, ``qcoder stats --matrix``
and the workbook's matrix sheet). No attribute name is required: the columns and the unit
("n of N sites") are options, and a project without them still gets its "All" column.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from qcoder.analysis.analysis_data import AnalysisData as AnalysisData
from qcoder.analysis.excerpts import ExcerptArrays, excerpt_arrays
from qcoder.analysis.frequencies import Cell, FrequencyResult, compute_frequencies
from qcoder.analysis.index import ProjectIndex, Selection, make_selection
from qcoder.analysis.tables import Table

UNIT_ATTRIBUTE = "site"  # the default unit, counted as "n of N sites"
PREFERRED_COLUMNS = ("stakeholder_group", "site")  # offered first when a project has them


class CountKind(StrEnum):
    EXCERPTS = "excerpts"
    DOCUMENTS = "documents"
    PARTICIPANTS = "participants"
    UNITS = "units"  # sites
    SHARE = "share"  # participants / respondents of the group


class RowMode(StrEnum):
    ROLLUP = "rollup"  # every code; a parent counts its whole subtree (the analysis default)
    OWN = "own"  # every code; each counts only the codings made with it
    TOP = "top"  # top-level themes only (rolled up)


@dataclass(frozen=True)
class Options:
    attribute: str = ""  # "" = only the All column (fit_options picks one the project has)
    attribute2: str = ""  # "" = none
    coders: frozenset[str] | None = None  # coder ids; None = every coder
    include_interviewers: bool = False
    rows: RowMode = RowMode.ROLLUP
    unit: str | None = UNIT_ATTRIBUTE  # counted as "n of N <unit>s" when the project has it

    def by(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a for a in (self.attribute, self.attribute2) if a))


@dataclass(frozen=True)
class Column:
    """``key`` is ``()`` for the all-respondents column, ``(value,)`` or ``(value1, value2)``."""

    key: tuple[str, ...]

    @property
    def is_total(self) -> bool:
        return not self.key

    def label(self) -> str:
        return " · ".join(self.key) if self.key else "All"


@dataclass(frozen=True)
class Row:
    code_id: str
    name: str
    path: str
    depth: int
    color: str
    is_parent: bool


@dataclass
class Matrix:
    options: Options
    rows: list[Row]
    columns: list[Column]
    cells: list[list[Cell]]  # [row][column]
    result: FrequencyResult
    selection: Selection
    excerpts: ExcerptArrays
    index: ProjectIndex  # the index the counts come from (tree or flat)
    coder_ids: tuple[str, ...] = ()
    unit_label: str | None = None
    row_of: dict[str, int] = field(default_factory=dict)

    def cell(self, row: int, column: int) -> Cell:
        return self.cells[row][column]


def default_attribute(names: list[str], preferred: tuple[str, ...] = PREFERRED_COLUMNS) -> str:
    for wanted in preferred:
        if wanted in names:
            return wanted
    return names[0] if names else ""


def fit_options(data: AnalysisData, options: Options) -> Options:
    """``options`` with attributes and coders that no longer exist replaced or dropped."""
    names = data.attribute_names()
    attribute = options.attribute if options.attribute in names else default_attribute(names)
    attribute2 = options.attribute2 if options.attribute2 in names and options.attribute2 != attribute else ""
    coders = options.coders
    if coders is not None:
        coders = frozenset(c for c in coders if c in data.index.coder_pos) or None
    return replace(options, attribute=attribute, attribute2=attribute2, coders=coders)


def compute_matrix(data: AnalysisData, options: Options) -> Matrix:
    """The matrix for ``options`` (call :func:`fit_options` first)."""
    base = data.index
    index = data.flat if options.rows == RowMode.OWN else base
    by = options.by()
    roots = base.children.get(None, []) if options.rows == RowMode.TOP else None
    selection = make_selection(index, options.coders, codes=roots, include_interviewers=options.include_interviewers)
    arrays = excerpt_arrays(index, selection)  # once: the counts and the drill-down share them
    result = compute_frequencies(index, selection, by, unit=options.unit, pairs=len(by) == 2, arrays=arrays)
    rows, columns, cells = layout(base, result)
    return Matrix(
        options,
        rows,
        columns,
        cells,
        result,
        selection,
        arrays,
        index,
        coder_ids=result.coder_ids,
        unit_label=result.unit_label,
        row_of={r.code_id: i for i, r in enumerate(rows)},
    )


def layout(base: ProjectIndex, result: FrequencyResult) -> tuple[list[Row], list[Column], list[list[Cell]]]:
    """The matrix layout of a frequency result: codes in codebook order × (All, then each value
    of ``result.by[0]``, or each pair of values of the two ``by`` attributes that has
    respondents)."""
    by = result.by
    columns = [Column(())]
    if len(by) == 1:
        columns += [Column((v,)) for v in result.values[by[0]]]
    elif len(by) == 2:
        a1, a2 = by
        # only the pairs that have respondents: most sites lack some groups
        pairs = [(v1, v2) for v1 in result.values[a1] for v2 in result.values[a2]]
        present = {k for cf in result.codes[:1] for k, c in cf.pairs.items() if c.respondents}
        columns += [Column(k) for k in pairs if k in present]
    by_code = {cf.code_id: cf for cf in result.codes}
    rows: list[Row] = []
    cells: list[list[Cell]] = []
    for cid in base.code_order:  # tree order, also for the flat index
        cf = by_code.get(cid)
        if cf is None:
            continue
        code = base.codes[cid]
        rows.append(Row(cid, code.name, base.paths[cid], base.depth[cid], code.color, bool(base.children.get(cid))))
        line: list[Cell] = []
        for col in columns:
            if col.is_total:
                line.append(cf.total)
            elif len(col.key) == 1:
                line.append(cf.by[by[0]][col.key[0]])
            else:
                line.append(cf.pairs[(col.key[0], col.key[1])])
        cells.append(line)
    return rows, columns, cells


# -- text layout -------------------------------------------------------------------------------

KIND_LABELS = {
    CountKind.EXCERPTS: "Excerpts",
    CountKind.DOCUMENTS: "Documents",
    CountKind.PARTICIPANTS: "Participants",
    CountKind.UNITS: "Sites",
    CountKind.SHARE: "Share of respondents",
}


def kind_label(kind: CountKind, unit_label: str | None = None) -> str:
    """ "Excerpts", …; the unit count is named after the unit ("Sites", "Task forces")."""
    if kind == CountKind.UNITS and unit_label:
        return unit_label[:1].upper() + unit_label[1:]
    return KIND_LABELS[kind]


def cell_value(cell: Cell, kind: CountKind) -> float | None:
    if kind == CountKind.EXCERPTS:
        return cell.excerpts
    if kind == CountKind.DOCUMENTS:
        return cell.documents
    if kind == CountKind.PARTICIPANTS:
        return cell.participants
    if kind == CountKind.UNITS:
        return cell.units
    return cell.share


def cell_text(cell: Cell, kind: CountKind) -> str:
    if kind == CountKind.SHARE:
        return "–" if cell.share is None else f"{cell.share:.0%}"
    if kind == CountKind.UNITS:
        return cell.units_text() or "–"
    value = cell_value(cell, kind)
    return f"{int(value or 0):,}"


def matrix_grid(
    matrix: Matrix, kind: CountKind, rows: list[int] | None = None, columns: list[int] | None = None
) -> list[list[str]]:
    """The matrix as text: a header row (the count, then the column titles), then one line per
    code (indented by depth unless only top-level themes are shown); every row and column
    unless given."""
    rows = list(range(len(matrix.rows))) if rows is None else rows
    columns = list(range(len(matrix.columns))) if columns is None else columns
    flat = matrix.options.rows == RowMode.TOP
    head = [f"Code ({kind_label(kind, matrix.unit_label).lower()})"] + [matrix.columns[c].label() for c in columns]
    out = [head]
    for r in rows:
        row = matrix.rows[r]
        name = row.name if flat else "  " * row.depth + row.name
        out.append([name] + [cell_text(matrix.cells[r][c], kind) for c in columns])
    return out


def matrix_table(
    rows: list[Row], columns: list[Column], cells: list[list[Cell]], kind: CountKind, unit_label: str | None = None
) -> Table:
    """The matrix as a table for the workbook: code path and depth, then one figure per column."""
    titles = [c.label() for c in columns]
    label = kind_label(kind, unit_label)
    figures = tuple(titles)
    table = Table(
        f"matrix_{kind.value}",
        f"Matrix: {label.lower()}",
        ["code", "depth", *titles],
        count_columns=() if kind == CountKind.SHARE else figures,
        share_columns=figures if kind == CountKind.SHARE else (),
        depth_column="depth",
    )
    for row, line in zip(rows, cells, strict=True):
        table.rows.append([row.path, row.depth, *(cell_value(c, kind) for c in line)])
    return table


# -- drill-down --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExcerptItem:
    """One counted excerpt behind a cell, with what the drill-down list shows."""

    id: str
    code_id: str  # the row's code
    document_id: str
    document: str
    coder_id: str
    coder: str
    start: int
    end: int
    speaker: str
    participant: str
    group: str  # the excerpt's value(s) of the column attribute(s)
    codes: str  # names of the codes coded on it (a parent's excerpt may join several subcodes)
    text: str
    coding_ids: tuple[str, ...]
    exemplar: bool
    profile: int = -1  # who speaks it: an index into the index's profiles
    time: str = ""  # where it starts in the document's recording (hh:mm:ss), "" when unknown


def _column_mask(matrix: Matrix, column: Column) -> npt.NDArray[np.bool_]:
    """Which of the matrix's excerpts are spoken by the column's respondents."""
    arrays = matrix.excerpts
    if not column.key or not len(arrays.profile):
        return np.ones(len(arrays), dtype=np.bool_)
    by = matrix.options.by()
    ok = np.array(
        [all(p.value(a) == v for a, v in zip(by, column.key, strict=False)) for p in matrix.index.profiles],
        dtype=np.bool_,
    )
    mask: npt.NDArray[np.bool_] = ok[arrays.profile]
    return mask


def cell_excerpts(
    data: AnalysisData,
    matrix: Matrix,
    code_id: str,
    column: Column,
    where: npt.NDArray[np.bool_] | None = None,
) -> list[ExcerptItem]:
    """The excerpts counted in the cell (``code_id``, ``column``), in document order; ``where``
    (over ``matrix.excerpts``) keeps only some of them."""
    index = matrix.index
    base = data.index
    code_pos = {c: i for i, c in enumerate(index.code_order)}
    if code_id not in code_pos:
        return []
    arrays = matrix.excerpts
    mask = (arrays.code == code_pos[code_id]) & _column_mask(matrix, column)
    if where is not None:
        mask &= where
    by = matrix.options.by()
    sub = arrays.subset(mask)
    own = {code_id} if matrix.options.rows == RowMode.OWN else data.subtree(code_id)
    names = data.coder_names()
    out: list[ExcerptItem] = []
    for di, ki, s, e, pi in zip(
        *(a.tolist() for a in (sub.doc, sub.coder, sub.start, sub.end, sub.profile)), strict=True
    ):
        doc_id, coder_id = index.document_order[di], index.coder_order[ki]
        prof = index.profiles[pi]
        speaker = index.speakers.get(prof.speaker_id) if prof.speaker_id else None
        participant = index.participants.get(prof.participant_id) if prof.participant_id else None
        behind = [c for c in data.codings_at(doc_id, coder_id, s, e) if c.code_id in own]
        code_names = list(dict.fromkeys(base.codes[c.code_id].name for c in behind if c.code_id in base.codes))
        doc = index.documents[doc_id]
        out.append(
            ExcerptItem(
                id=f"{code_id}:{doc_id}:{coder_id}:{s}:{e}",
                code_id=code_id,
                document_id=doc_id,
                document=doc.name,
                coder_id=coder_id,
                coder=names.get(coder_id, coder_id),
                start=s,
                end=e,
                speaker=speaker.label if speaker is not None else "",
                participant=participant.name if participant is not None else "",
                group=" · ".join(prof.value(a) for a in by),
                codes=", ".join(code_names),
                text=doc.text[s:e],
                coding_ids=tuple(c.id for c in behind),
                exemplar=any(c.exemplar for c in behind),
                profile=pi,
                time=base.clock.hms_of(doc_id, s),
            )
        )
    doc_pos = index.doc_pos
    out.sort(key=lambda x: (doc_pos[x.document_id], x.start, x.end, x.coder))
    return out


def refresh_item(data: AnalysisData, item: ExcerptItem) -> ExcerptItem:
    """``item`` with its star taken from the current coding records."""
    starred = any(data.exemplar(c) for c in item.coding_ids)
    return item if starred == item.exemplar else replace(item, exemplar=starred)


def star_changes(data: AnalysisData, item: ExcerptItem) -> list[tuple[str, bool]]:
    """(coding id, new exemplar flag) to toggle an excerpt's star: a starred excerpt loses the
    star on every coding behind it, an unstarred one gets it on every one."""
    new = not item.exemplar
    return [(c, new) for c in item.coding_ids if data.exemplar(c) not in (None, new)]
