"""Every report of Project → Export, for the window: the same service calls the command line
makes (``qcoder export``, ``matrix``, ``memo export``, ``saturation``, ``agreement``), each
written through :func:`write_replacing` so that a cancelled or failed export leaves no partial
file (and an existing file as it was), and never over the open project's own file.

Each ``write_*`` function runs in a worker: it says which step it is in (a busy indicator: the
steps are single calls of unknown length), checks the cancel token between its steps and
returns what the status bar says (the path, and a count where there is one).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from qcoder.app.agreement import DEFAULT_GROUP_BY
from qcoder.app.project import Project
from qcoder.core.errors import InvalidValue
from qcoder.core.progress import CancelToken, ProgressCallback

if TYPE_CHECKING:
    from qcoder.analysis.agreement import AgreementReport
    from qcoder.app.agreement import AgreementInputs

DEFAULT_WORKBOOK_BY = ("stakeholder_group", "site")
"""The attributes of ``qcoder export``'s tables when none are chosen (those the project has)."""

Writer = Callable[[Path], object]


@dataclass(frozen=True)
class Written:
    """An export done: the file, and how many items it holds when that is worth saying."""

    path: Path
    count: int | None = None
    noun: str = ""


def is_project_file(project: Project, path: Path) -> bool:
    """Whether ``path`` is the open project's own file (or one of its SQLite companions)."""
    own = project.path
    if own is None:
        return False
    target = path.expanduser().resolve()
    own = Path(own).resolve()
    return target == own or target.parent == own.parent and target.name.startswith(own.name + "-")


def check_target(project: Project, path: Path) -> None:
    """Refuse to write over the open project file."""
    if is_project_file(project, path):
        raise InvalidValue(f"{path.name} is the open project's own file: choose another name")


def write_replacing(path: Path, write: Writer, cancel: CancelToken) -> Path:
    """Write ``path`` through a temporary file beside it (same suffix: writers go by it), then
    put it in place in one step. Cancelled (checked before and after writing) or failed: the
    temporary file is removed and ``path`` is left as it was (an error names ``path``)."""
    cancel.check()
    tmp = path.with_name(f".{path.stem}.{secrets.token_hex(4)}.part{path.suffix}")
    try:
        write(tmp)
        cancel.check()
        os.replace(tmp, path)
    except OSError as exc:
        if exc.filename is not None and Path(exc.filename) == tmp:
            exc.filename = str(path)  # the user's file, not the temporary name
        raise
    finally:
        tmp.unlink(missing_ok=True)
    return path


def workbook_by(project: Project, by: Sequence[str] | None) -> list[str]:
    """The grouping attributes of the workbook: ``by``, or the defaults the project has."""
    if by is not None:
        return list(by)
    known = {a.name for a in project.attributes()}
    return [b for b in DEFAULT_WORKBOOK_BY if b in known]


def write_workbook(
    project: Project,
    path: Path,
    progress: ProgressCallback,
    cancel: CancelToken,
    by: Sequence[str] | None = None,
    coders: Sequence[str] | None = None,
) -> Written:
    """The analysis workbook, as ``qcoder export FILE.xlsx [--by] [--coder]`` (coder ids)."""
    from qcoder.exporters.xlsx_export import export_xlsx

    progress(0, 0, "Reading the project…")
    snapshot = project.snapshot()
    columns = workbook_by(project, by)
    cancel.check()
    progress(0, 0, f"Writing {path.name}…")
    write_replacing(path, lambda p: export_xlsx(snapshot, p, by=columns, coders=coders), cancel)
    return Written(path)


def write_framework(
    project: Project,
    path: Path,
    progress: ProgressCallback,
    cancel: CancelToken,
    cases: str,
    themes: Sequence[str] | None = None,
    coders: Sequence[str] | None = None,
) -> Written:
    """The framework matrix (.xlsx or .docx), as ``qcoder matrix --format xlsx|docx``."""
    from qcoder.app.framework import project_framework
    from qcoder.exporters.framework_docx import export_framework_docx
    from qcoder.exporters.framework_xlsx import export_framework_xlsx

    progress(0, 0, "Computing the matrix and its drafts…")
    framework = project_framework(project, cases, themes, coders)
    cancel.check()
    progress(0, 0, f"Writing {path.name}…")
    write = export_framework_xlsx if path.suffix.lower() == ".xlsx" else export_framework_docx
    write_replacing(path, lambda p: write(framework, p), cancel)
    return Written(path, len(framework.cases) * len(framework.themes), "cell")


def write_synthesis(
    project: Project,
    path: Path,
    progress: ProgressCallback,
    cancel: CancelToken,
    group: str,
    across: str | None,
    themes: Sequence[str] | None = None,
    coders: Sequence[str] | None = None,
) -> Written:
    """The group synthesis (.xlsx or .docx), as ``qcoder matrix --synthesis ATTR --format xlsx|docx``."""
    from qcoder.app.synthesis import project_synthesis
    from qcoder.exporters.synthesis_docx import export_synthesis_docx
    from qcoder.exporters.synthesis_xlsx import export_synthesis_xlsx

    progress(0, 0, "Rolling up the case summaries…")
    synthesis = project_synthesis(project, group, across, themes, coders)
    cancel.check()
    progress(0, 0, f"Writing {path.name}…")
    write = export_synthesis_xlsx if path.suffix.lower() == ".xlsx" else export_synthesis_docx
    write_replacing(path, lambda p: write(synthesis, p), cancel)
    return Written(path, len(synthesis.groups) * len(synthesis.themes), "cell")


def write_codebook(project: Project, path: Path, progress: ProgressCallback, cancel: CancelToken) -> Written:
    """The codebook, as ``qcoder codebook export``: .xlsx or .csv (Import codebook reads them
    back) or a .docx codebook to read."""
    from qcoder.app.codebook_io import export_codebook
    from qcoder.exporters.codebook_docs import export_codebook_docx

    progress(0, 0, f"Writing {path.name}…")
    if path.suffix.lower() == ".docx":
        snapshot = project.snapshot(with_text=False)
        write_replacing(path, lambda p: export_codebook_docx(snapshot, p), cancel)
        return Written(path, len(snapshot.codes), "code")
    counted: list[int] = []
    write_replacing(path, lambda p: counted.append(export_codebook(project, p)), cancel)
    return Written(path, counted[0], "code")


def write_exchange(project: Project, path: Path, progress: ProgressCallback, cancel: CancelToken) -> Written:
    """A REFI-QDA project (.qdpx) or codebook (.qdc), as ``qcoder export FILE.qdpx|.qdc``."""
    from qcoder.app.exchange import export_exchange

    progress(0, 0, f"Writing {path.name}…")
    write_replacing(path, lambda p: export_exchange(project, p), cancel)
    return Written(path)


def write_memos(
    project: Project,
    path: Path,
    progress: ProgressCallback,
    cancel: CancelToken,
    kinds: Sequence[str] | None = None,
    author: str = "",
    search: str = "",
    since: date | None = None,
    until: date | None = None,
) -> Written:
    """The memos (.docx), as ``qcoder memo export [--type] [--author] [--search] [--since]
    [--until]`` (default: all but coding memos and summaries, by anyone; ``author`` is a
    coder's name; the dates are inclusive)."""
    from qcoder.app.memos import memo_entries
    from qcoder.core.memos import KINDS, MemoFilter, filter_memos
    from qcoder.exporters.memos_docx import export_memos_docx

    chosen = frozenset(kinds or KINDS[:4])
    progress(0, 0, "Reading the memos…")
    memo_filter = MemoFilter(kinds=chosen, author=author, since=since, until=until, text=search)
    every = memo_entries(project, codings="coding" in chosen, summaries="summary" in chosen)
    entries = filter_memos(every, memo_filter)
    cancel.check()
    progress(0, 0, f"Writing {path.name}…")
    title = f"Memos: {project.name}" if project.name else "Memos"
    write_replacing(path, lambda p: export_memos_docx(entries, p, title), cancel)
    return Written(path, len(entries), "memo")


def write_saturation(
    project: Project,
    path: Path,
    progress: ProgressCallback,
    cancel: CancelToken,
    order: str = "project",
    coders: Sequence[str] | None = None,
    by_coder: bool = False,
) -> Written:
    """The saturation table (.csv), as ``qcoder saturation --format csv -o FILE``."""
    from qcoder.analysis.saturation import Order
    from qcoder.app.saturation import compute_saturation, write_saturation_csv

    progress(0, 0, "Counting new codes per document…")
    result = compute_saturation(project, Order(order), coders)
    cancel.check()
    progress(0, 0, f"Writing {path.name}…")

    def write(target: Path) -> None:
        with target.open("w", newline="", encoding="utf-8-sig") as fh:
            write_saturation_csv(result, fh, by_coder=by_coder)

    write_replacing(path, write, cancel)
    return Written(path, len(result.overall.steps), "document")


@dataclass(frozen=True)
class AgreementChoice:
    """The options of ``qcoder agreement`` (the command line builds one from its arguments):
    coder names (two or more), code paths (empty: every code the coders used), ``--exclusive``
    code paths with ``--none category`` as ``none_category``, ``--unitized``, ``--by-round``
    (per training round: it replaces ``group_by``) and ``--ci`` with its draws, level and seed."""

    coders: tuple[str, ...]
    unit: str = "character"
    pooling: str = "pooled"
    group_by: str | None = DEFAULT_GROUP_BY
    ci: bool = False
    codes: tuple[str, ...] = ()
    exclusive: tuple[str, ...] = ()
    none_category: bool = False
    unitized: bool = False
    by_round: bool = False
    ci_draws: int = 1000  # the command line's defaults (CIOptions')
    ci_level: float = 0.95
    ci_seed: int = 2007


@dataclass(frozen=True)
class AgreementRun:
    """What :func:`run_agreement` computed: the report, its inputs and the training rounds
    (their names, in order; empty unless ``by_round``)."""

    report: AgreementReport
    inputs: AgreementInputs
    rounds: list[str]


def run_agreement(project: Project, choice: AgreementChoice) -> AgreementRun:
    """Agreement as ``qcoder agreement`` computes it, for the command line and the window."""
    from qcoder.analysis.agreement import Pooling, Unit
    from qcoder.analysis.agreement.confidence import CIOptions
    from qcoder.app.agreement import agreement
    from qcoder.app.rounds import ROUND_ATTRIBUTE, round_names

    rounds = round_names(project) if choice.by_round else []
    if choice.by_round and not rounds:
        raise InvalidValue("no training rounds yet: add one with 'qcoder round add PROJECT NAME DOCUMENT...'")
    report, inputs = agreement(
        project,
        list(choice.coders),
        Unit(choice.unit),
        list(choice.codes) or None,
        Pooling(choice.pooling),
        group_by=ROUND_ATTRIBUTE if choice.by_round else choice.group_by or None,
        exclusive=list(choice.exclusive),
        ci=CIOptions(choice.ci_draws, choice.ci_seed, choice.ci_level) if choice.ci else None,
        none_category=choice.none_category,
        unitized=choice.unitized,
    )
    return AgreementRun(report, inputs, rounds)


def write_agreement(
    project: Project, path: Path, progress: ProgressCallback, cancel: CancelToken, choice: AgreementChoice
) -> Written:
    """The agreement methods appendix (.docx, or .xlsx with every breakdown), as ``qcoder
    agreement --format docx|xlsx``; with ``by_round`` the per-round table too."""
    from qcoder.app.agreement_appendix import write_appendix
    from qcoder.app.agreement_text import round_rows

    if len(choice.coders) < 2:
        raise InvalidValue("agreement compares two or more coders")
    progress(0, 0, "Computing agreement…")
    run = run_agreement(project, choice)
    table = round_rows(run.report, run.inputs, project.codes(), run.rounds) if run.rounds else None
    cancel.check()
    progress(0, 0, f"Writing {path.name}…")
    write_replacing(path, lambda p: write_appendix(project, run.report, run.inputs, p, table), cancel)
    return Written(path)
