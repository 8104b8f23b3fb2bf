"""The framework matrix over a project: ``--cases`` and ``--case`` forms, themes by path, the
matrix with the stored summaries, a cell's draft, and writing a summary (undoable)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from qcoder.analysis.drafts import Draft, draft_summary
from qcoder.analysis.framework import (
    DOCUMENTS,
    PARTICIPANTS,
    Case,
    Framework,
    case_attributes,
    case_key,
    compute_framework,
    draft_sources,
    framework_data,
)
from qcoder.core.errors import InvalidValue, NotFound

if TYPE_CHECKING:
    from qcoder.app.project import Project

CASE_FORMS = "ATTR=VALUE[|ATTR=VALUE], document:NAME or participant:NAME"


def check_cases(project: Project, cases: str) -> str:
    """``cases`` (documents, participants, ATTR or ATTR,ATTR) checked against the project."""
    cases = cases.strip()
    if cases in (DOCUMENTS, PARTICIPANTS):
        return cases
    wanted = case_attributes(cases)
    if not wanted or len(wanted) > 2:
        raise InvalidValue("--cases is documents, participants, or one or two attribute names")
    known = {a.name for a in project.attributes()}
    for name in wanted:
        if name not in known:
            raise NotFound("attribute", name)
    return ",".join(wanted)


def theme_ids(project: Project, paths: Sequence[str] | None) -> list[str] | None:
    """The code ids of the theme ``paths`` (None: every code)."""
    if paths is None:
        return None
    out = []
    for path in paths:
        code = project.code_by_path(path)
        if code is None:
            raise NotFound("code", path)
        out.append(code.id)
    return out


def parse_case(project: Project, case: str) -> tuple[str, str]:
    """(stored key, the ``--cases`` form it belongs to) of a ``--case`` value."""
    kind, sep, name = case.partition(":")
    if sep and kind.strip().casefold() in ("document", "participant") and name.strip():
        if kind.strip().casefold() == "document":
            return f"document:{project.document_by_name(name.strip()).id}", DOCUMENTS
        participant = project.participant_by_name(name.strip())
        if participant is None:
            raise NotFound("participant", name.strip())
        return f"participant:{participant.id}", PARTICIPANTS
    pairs = []
    for part in case.split("|"):
        attr, eq, value = part.partition("=")
        if not eq or not attr.strip() or not value.strip():
            raise InvalidValue(f"a case is {CASE_FORMS}")
        pairs.append((attr.strip(), value.strip()))
    if len({a for a, _ in pairs}) != len(pairs) or len(pairs) > 2:
        raise InvalidValue("a case names one or two different attributes")
    cases = check_cases(project, ",".join(a for a, _ in pairs))
    return case_key(pairs), cases


def project_framework(
    project: Project,
    cases: str,
    themes: Sequence[str] | None = None,
    coders: Sequence[str] | None = None,
    drafts: bool = True,
) -> Framework:
    """The framework matrix of ``project``: ``themes`` code paths, ``coders`` coder ids."""
    cases = check_cases(project, cases)
    ids = theme_ids(project, themes)
    data = framework_data(project.snapshot(), cases)
    chosen = frozenset(coders) if coders else None
    return compute_framework(data, cases, ids, chosen, project.summaries(ids), drafts)


def _cell(project: Project, case: str, theme: str, coders: Sequence[str] | None) -> tuple[Framework, Case, str]:
    """The framework of a ``--case`` and ``--theme``, the case and the theme's code id; raises
    NotFound for a case no document or participant is in (a misspelt value)."""
    key, cases = parse_case(project, case)
    ids = theme_ids(project, [theme])
    assert ids is not None
    framework = project_framework(project, cases, [theme], coders, drafts=False)
    found = next((c for c in framework.cases if c.key == key), None)
    if found is None:
        raise NotFound("case", case)
    return framework, found, ids[0]


def cell_draft(project: Project, case: str, theme: str, coders: Sequence[str] | None = None) -> Draft:
    """The draft summary of one cell (``case`` in a ``--case`` form, ``theme`` a code path)."""
    framework, found, code_id = _cell(project, case, theme, coders)
    return draft_summary(draft_sources(framework.data, framework.matrix, code_id, found.column))


def set_cell_summary(project: Project, case: str, theme: str, text: str, author: str | None = None) -> str:
    """Write a cell's summary (empty text removes it); returns the case's stored key."""
    _framework, found, code_id = _cell(project, case, theme, None)
    project.set_summary(found.key, code_id, text, author)
    return found.key
