"""The case × code export (``qcoder export P --cases respondents|documents --format csv|xlsx|sav``):
one row per respondent or document, its attributes, then for every code its presence (0/1) and
its count of excerpts, counted as the analysis matrix counts (:mod:`qcoder.analysis.cases`).

Column names are the same in every format and valid variable names for R, SPSS and Stata
(letters, digits and underscores, at most 32 characters, unique): ``case``, the attributes,
then ``p_<code>`` (presence) and ``n_<code>`` (count) per code; the .sav file labels each
variable with its attribute name or code path and labels presence 0/1 as absent/present.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from qcoder.analysis.cases import CaseKind, CaseTable, case_table
from qcoder.analysis.index import ProjectIndex, make_selection
from qcoder.app.project import Project
from qcoder.app.tables import write_table
from qcoder.core.errors import InvalidValue

CASE_FORMATS = ("csv", "xlsx", "sav")
NAME_LIMIT = 32  # Stata's limit (SPSS allows 64)


class _VariableNames:
    def __init__(self) -> None:
        self.taken: set[str] = set()

    def name(self, wanted: str, prefix: str = "") -> str:
        ascii_text = unicodedata.normalize("NFKD", wanted).encode("ascii", "ignore").decode()
        slug = re.sub(r"[^A-Za-z0-9]+", "_", ascii_text).strip("_").lower() or "v"
        base = (prefix + slug) if prefix or slug[0].isalpha() else "v_" + slug
        base = base[:NAME_LIMIT]
        name, n = base, 2
        while name.casefold() in self.taken:
            suffix = f"_{n}"
            name = base[: NAME_LIMIT - len(suffix)] + suffix
            n += 1
        self.taken.add(name.casefold())
        return name


def case_columns(table: CaseTable) -> tuple[list[str], list[str]]:
    """(variable names, labels) of the table's columns."""
    names = _VariableNames()
    columns = [names.name("case")]
    labels = ["Respondent" if table.kind == "respondents" else "Document"]
    for attribute in table.attributes:
        columns.append(names.name(attribute))
        labels.append(attribute)
    for path in table.code_paths:
        columns.append(names.name(path, "p_"))
        labels.append(f"{path} (present)")
    for path in table.code_paths:
        columns.append(names.name(path, "n_"))
        labels.append(f"{path} (excerpts)")
    return columns, labels


def case_rows(table: CaseTable) -> list[list[object]]:
    return [
        [case.name, *(case.attributes[a] for a in table.attributes), *table.presence(case), *case.counts]
        for case in table.cases
    ]


def project_case_table(
    project: Project, kind: CaseKind, coders: Sequence[str] | None = None, include_interviewers: bool = False
) -> CaseTable:
    index = ProjectIndex(project.snapshot(with_text=False))
    selection = make_selection(index, coders=coders, include_interviewers=include_interviewers)
    return case_table(index, selection, kind)


def export_cases(
    project: Project, path: Path, kind: CaseKind, fmt: str | None = None, coders: Sequence[str] | None = None
) -> CaseTable:
    """Write the case × code table to ``path`` as ``fmt`` (default: by the file's suffix)."""
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in CASE_FORMATS:
        raise InvalidValue(f"the case table is written as csv, xlsx or sav, not {fmt or 'a file without a suffix'!r}")
    if path.suffix.lower() != f".{fmt}":
        raise InvalidValue(f"write the {fmt} case table to a file ending in .{fmt}, not {path.name!r}")
    table = project_case_table(project, kind, coders)
    columns, labels = case_columns(table)
    rows = case_rows(table)
    if fmt == "sav":
        from qcoder.exporters.cases_sav import write_sav

        write_sav(path, columns, labels, rows, presence=columns[1 + len(table.attributes) :][: len(table.code_paths)])
    else:
        write_table(path, columns, rows, sheet="cases")
    return table
