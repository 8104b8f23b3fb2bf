"""The Word theme report's options, one object for the command line and the window.

:class:`ReportOptions` says whose codings count (coders by name, or one consensus coder), the
grouping attribute (stakeholder group by default), the themes (code paths; a parent includes
its subcodes), whether the report opens with the theme × group table, and how many quotes a
theme gets. :func:`resolve_options` checks them against a project (a typed error with one
clear line for anything unknown); :func:`write_report` writes the report with the summaries
written in the framework matrix for the grouping attribute's cases; :func:`report_stats` is
``qcoder stats --format json`` for the same options, the figures the report prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcoder.core.errors import InvalidValue
from qcoder.core.progress import CancelToken, ProgressCallback, no_progress

if TYPE_CHECKING:
    from qcoder.app.project import Project
    from qcoder.exporters.report_overview import GroupSummary

DEFAULT_GROUP = "stakeholder_group"
DEFAULT_QUOTES = 3
MAX_QUOTES = 50


@dataclass(frozen=True)
class ReportOptions:
    coders: tuple[str, ...] = ()  # coder names; () = every coder
    consensus: str | None = None  # the consensus coder's name, instead of ``coders``
    group_by: str = DEFAULT_GROUP  # "" = no grouping
    themes: tuple[str, ...] = ()  # code paths; () = every code
    summary_table: bool = True  # open with the theme × group table
    quotes: int = DEFAULT_QUOTES  # quotes per theme


@dataclass(frozen=True)
class ResolvedReport:
    """Options checked against a project: ids for the exporter."""

    coder_ids: list[str] | None  # None = every coder
    code_ids: list[str] | None  # the themes and their subcodes, codebook order; None = all
    group_by: str | None  # None: no grouping (or the default attribute, which the project lacks)
    consensus: bool
    options: ReportOptions


def _coder_id(project: Project, name: str) -> str:
    coder = project.coder_by_name(name.strip())
    if coder is None:
        known = ", ".join(c.name for c in project.coders()) or "none"
        raise InvalidValue(f"no coder named {name.strip()!r} (coders: {known})")
    return coder.id


def _theme_ids(project: Project, paths: Sequence[str]) -> list[str] | None:
    """The codes of ``paths`` with every code below them, in codebook order (None: every code)."""
    if not paths:
        return None
    codes = project.codes()
    children: dict[str | None, list[str]] = {}
    for c in codes:
        children.setdefault(c.parent_id, []).append(c.id)
    wanted: set[str] = set()
    for path in paths:
        code = project.code_by_path(path.strip())
        if code is None:
            raise InvalidValue(f"no code at {path.strip()!r} (give a code path such as 'Parent > Child')")
        stack = [code.id]
        while stack:
            cid = stack.pop()
            if cid not in wanted:
                wanted.add(cid)
                stack.extend(children.get(cid, []))
    order = project.code_paths()  # codebook order
    return [cid for cid in order if cid in wanted]


def _group_by(project: Project, name: str) -> str | None:
    name = name.strip()
    if not name:
        return None
    known = sorted({a.name for a in project.attributes()})
    if name in known:
        return name
    if name == DEFAULT_GROUP:  # the default, in a project without groups: a report without them
        return None
    raise InvalidValue(f"no attribute named {name!r} (attributes: {', '.join(known) or 'none'})")


def resolve_options(project: Project, options: ReportOptions) -> ResolvedReport:
    """``options`` checked against ``project``; raises :class:`InvalidValue` (one line) for an
    unknown coder, code path or attribute, for coders given with a consensus coder, and for a
    number of quotes outside 0..50."""
    if options.coders and options.consensus:
        raise InvalidValue("choose coders or a consensus coder, not both")
    if not 0 <= options.quotes <= MAX_QUOTES:
        raise InvalidValue(f"quotes per theme: give a number from 0 to {MAX_QUOTES}")
    coder_ids: list[str] | None = None
    if options.consensus is not None:
        if not options.consensus.strip():
            raise InvalidValue("the consensus coder needs a name")
        coder_ids = [_coder_id(project, options.consensus)]
    elif options.coders:
        coder_ids = list(dict.fromkeys(_coder_id(project, n) for n in options.coders))
    return ResolvedReport(
        coder_ids=coder_ids,
        code_ids=_theme_ids(project, options.themes),
        group_by=_group_by(project, options.group_by),
        consensus=options.consensus is not None,
        options=options,
    )


def theme_choices(project: Project) -> list[tuple[str, int, str]]:
    """(name, depth, path) of every code in codebook order: the themes a report may choose."""
    from qcoder.app.agreement_text import codebook_order
    from qcoder.core.codepath import code_paths

    codes = project.codes()
    by_id = {c.id: c for c in codes}
    paths = code_paths(codes)
    out = []
    for cid in codebook_order(codes):
        depth, parent = 0, by_id[cid].parent_id
        while parent is not None and parent in by_id:
            depth, parent = depth + 1, by_id[parent].parent_id
        out.append((by_id[cid].name, depth, paths[cid]))
    return out


def report_summaries(project: Project, resolved: ResolvedReport) -> dict[str, list[GroupSummary]]:
    """code id -> the framework-matrix summaries of the grouping attribute's cases
    (``ATTR=VALUE``), the most recent per group: those of the chosen coders, or anyone's for
    every coder or a consensus report (the consensus coder writes none itself)."""
    from qcoder.exporters.report_overview import GroupSummary

    attr = resolved.group_by
    if attr is None:
        return {}
    authors = None if resolved.consensus or resolved.coder_ids is None else set(resolved.coder_ids)
    names = {c.id: c.name for c in project.coders()}
    prefix = f"{attr}="
    latest: dict[tuple[str, str], Any] = {}
    for s in project.summaries(resolved.code_ids):
        if not s.case_key.startswith(prefix) or "|" in s.case_key or not s.text.strip():
            continue
        if authors is not None and s.author not in authors:
            continue
        key = (s.code_id, s.case_key[len(prefix) :])
        if key not in latest or s.updated_at > latest[key].updated_at:
            latest[key] = s
    out: dict[str, list[GroupSummary]] = {}
    for (code_id, value), s in latest.items():
        out.setdefault(code_id, []).append(GroupSummary(value, s.text, names.get(s.author, ""), s.updated_at))
    return out


def write_report(
    project: Project,
    options: ReportOptions,
    path: str | Path,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> Path:
    """Write the Word theme report of ``project`` with ``options`` to ``path`` (.docx)."""
    from qcoder.exporters.docx_report import export_report

    target = Path(path)
    if target.suffix.lower() != ".docx":
        raise InvalidValue("the report is a Word file: give a path ending in .docx")
    resolved = resolve_options(project, options)
    progress(0, 0, "reading the project")
    snapshot = project.snapshot()
    if cancel is not None:
        cancel.check()
    return export_report(
        snapshot,
        target,
        coders=resolved.coder_ids,
        codes=resolved.code_ids,
        group_attribute=resolved.group_by,
        max_quotes=options.quotes,
        summary_table=options.summary_table,
        summaries=report_summaries(project, resolved),
        consensus=resolved.consensus,
        progress=progress,
        cancel=cancel,
    )


def report_stats(project: Project, options: ReportOptions) -> list[dict[str, Any]]:
    """``qcoder stats --format json`` for the report's options: the figures the report prints
    (by the grouping attribute, the same coders and themes)."""
    from qcoder.analysis.frequencies import stats_json

    resolved = resolve_options(project, options)
    by = [resolved.group_by] if resolved.group_by else []
    return stats_json(project.snapshot(), by, resolved.coder_ids, codes=resolved.code_ids)
