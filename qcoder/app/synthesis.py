"""Group synthesis over a project: the group and ``--across`` attributes checked, themes by path,
the stored case summaries rolled up (:mod:`qcoder.analysis.synthesis`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from qcoder.analysis.analysis_data import AnalysisData
from qcoder.analysis.matrix import UNIT_ATTRIBUTE
from qcoder.analysis.synthesis import Synthesis, compute_synthesis
from qcoder.app.framework import theme_ids
from qcoder.core.errors import NotFound

if TYPE_CHECKING:
    from qcoder.app.project import Project


def default_across(project: Project, group: str) -> str | None:
    """The attribute cases roll up across when none is named: ``site`` when the project has it
    and groups by something else (as ``qcoder stats`` counts "k of K sites")."""
    known = {a.name for a in project.attributes()}
    return UNIT_ATTRIBUTE if UNIT_ATTRIBUTE in known and group != UNIT_ATTRIBUTE else None


def project_synthesis(
    project: Project,
    group: str,
    across: str | None = None,
    themes: Sequence[str] | None = None,
    coders: Sequence[str] | None = None,
) -> Synthesis:
    """The group synthesis of ``project``: ``group``/``across`` attribute names (``across`` None:
    no case counts), ``themes`` code paths (None: every code), ``coders`` coder ids."""
    known = {a.name for a in project.attributes()}
    for name in (group, across):
        if name is not None and name not in known:
            raise NotFound("attribute", name)
    ids = theme_ids(project, themes)
    data = AnalysisData(project.snapshot())
    chosen = frozenset(coders) if coders else None
    return compute_synthesis(data, group, across, ids, chosen, project.summaries(ids))
