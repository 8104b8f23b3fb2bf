"""Project exchange through REFI-QDA (``.qdpx`` projects, ``.qdc`` codebooks).

Imports are merged into the open project with the merge rules (documents by text hash, codes
by UUID then path, coders by UUID then name), so importing into an empty project reproduces
the file, and importing into a populated one adds without duplicating. Recordings travel as
audio and video sources (:mod:`qcoder.exchange.refiqda.media`): an embedded one is written into
the project's media folder (``<project name> media`` beside the project file) and linked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcoder.app.import_files import EXCHANGE_SUFFIXES as EXCHANGE_SUFFIXES
from qcoder.app.media import media_folder, probe_duration, project_folder, stored_path
from qcoder.app.merge import MergePlan, apply_merge, plan_merge
from qcoder.app.project import Project
from qcoder.core import commands as cmd
from qcoder.core.errors import ImportFailed
from qcoder.core.model import MediaLink
from qcoder.core.snapshot import ProjectSnapshot


@dataclass
class ExchangeImport:
    plan: MergePlan
    report: Any  # qcoder.exchange.refiqda.ImportReport

    def to_json(self) -> dict[str, Any]:
        r = self.report
        return {
            "merge": self.plan.to_json(),
            "origin": r.origin,
            "not_carried_over": [
                {"kind": str(loss.kind), "subject": loss.subject, "detail": loss.detail} for loss in r.losses
            ],
            "notices": list(r.notices),
            "positions": [
                {
                    "source": p.source_name,
                    "convention": str(p.convention),
                    "selections": p.selections,
                    "mapped": p.mapped,
                }
                for p in r.positions
            ],
        }


def import_exchange(project: Project, path: Path, actor: str = "", dry_run: bool = False) -> ExchangeImport:
    from qcoder.exchange import refiqda

    suffix = path.suffix.lower()
    if suffix == ".qdpx":
        snapshot, report = refiqda.import_qdpx(path, media_dir=None if dry_run else media_folder(project))
    elif suffix == ".qdc":
        codes, report = refiqda.import_qdc(path)
        snapshot = ProjectSnapshot(codes=codes)
    else:
        raise ImportFailed(f"{path.name}: REFI-QDA files end in .qdpx (project) or .qdc (codebook)")
    plan = plan_merge(project, snapshot, source=path.name)
    plan.steps.extend(_media_steps(project, snapshot, plan.doc_map))
    if not dry_run:
        apply_merge(project, plan, actor)
    return ExchangeImport(plan, report)


def _media_steps(project: Project, snapshot: ProjectSnapshot, doc_map: dict[str, str]) -> list[cmd.Command]:
    """Link the imported recordings to our documents that have none yet."""
    linked = {m.document_id for m in project.media_links()}
    steps: list[cmd.Command] = []
    for link in snapshot.media:
        ours = doc_map.get(link.document_id)
        if ours is None or ours in linked:
            continue
        linked.add(ours)
        file = Path(link.path)
        steps.append(cmd.SetMedia(ours, MediaLink(ours, stored_path(project, file), probe_duration(file))))
    return steps


def import_exchange_codebook(project: Project, path: Path, actor: str = "") -> ExchangeImport:
    """Only the codebook of a REFI-QDA file: a ``.qdc`` codebook, or the codebook of a ``.qdpx``
    project (its sources, codings and cases are left out). Codes are merged by GUID, then path."""
    from qcoder.exchange import refiqda

    suffix = path.suffix.lower()
    if suffix == ".qdc":
        codes, report = refiqda.import_qdc(path)
    elif suffix == ".qdpx":
        snapshot, report = refiqda.import_qdpx(path)
        codes = snapshot.codes
    else:
        raise ImportFailed(f"{path.name}: a REFI-QDA codebook ends in .qdc (or .qdpx for a project's codebook)")
    plan = plan_merge(project, ProjectSnapshot(codes=codes), source=path.name)
    apply_merge(project, plan, actor)
    return ExchangeImport(plan, report)


def export_exchange(project: Project, path: Path) -> list[str]:
    """Write a ``.qdpx`` project or a ``.qdc`` codebook. Returns the file names of the linked
    recordings written as a path only (missing, or too large to put into the ``.qdpx``)."""
    from qcoder.exchange import refiqda

    suffix = path.suffix.lower()
    if suffix == ".qdpx":
        return refiqda.export_qdpx(project.snapshot(), path, base=project_folder(project)).referenced
    if suffix == ".qdc":
        refiqda.export_qdc(project.codes(), path)
        return []
    raise ImportFailed(f"{path.name}: REFI-QDA files end in .qdpx (project) or .qdc (codebook)")
