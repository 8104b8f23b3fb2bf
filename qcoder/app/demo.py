"""The demo project: the bundled sample transcripts, their attribute sheet, the sample
codebook and codings by two coders (anchored on exact excerpts, so they survive edits of
the transcripts' layout), with exemplar excerpts starred.

The stars follow a stated rule, not a reading of the text (no one read the transcripts to pick
them): for each theme (code) and site, the passage both coders coded with that theme -- their
agreement taken as the sign of a clear statement of it -- and of several such passages the
longest (the fullest statement, what a report quotes), the first in the documents' order on a
tie. Both coders' codings of that passage are starred. A theme and site where the coders agreed
on no passage has no star. This rule knows nothing of the draft summaries' method (LexRank), so
it can measure them (``bench/bench_drafts.py``)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from pathlib import Path

from qcoder.app.codebook_io import import_codebook
from qcoder.app.importing import ImportReport, import_paths
from qcoder.app.project import Project
from qcoder.core.model import Coding, new_id, utcnow
from qcoder.core.progress import ProgressCallback, no_progress

_PACKAGE = Path(__file__).resolve().parents[1]
REPO = _PACKAGE.parent
# An installed wheel or a frozen bundle carries copies under qcoder/data (setup.py's build_py,
# packaging/qcoder.spec); a source checkout or editable install reads the top-level folders.
_DATA = _PACKAGE / "data" if (_PACKAGE / "data" / "sample_transcripts").is_dir() else REPO
SAMPLES = _DATA / "sample_transcripts"
RESOURCES = _DATA / "resources"


@dataclass
class DemoReport:
    path: Path
    imported: ImportReport
    codings: int = 0
    unresolved: list[str] = field(default_factory=list)


def sample_paths() -> tuple[Path, Path, Path]:
    for p in (SAMPLES, RESOURCES / "sample_codebook.csv", RESOURCES / "demo_codings"):
        if not p.exists():
            raise FileNotFoundError(f"{p} is missing (neither a source checkout nor an installed qcoder)")
    return SAMPLES, RESOURCES / "sample_codebook.csv", RESOURCES / "demo_codings"


def build_demo(out_dir: Path, progress: ProgressCallback = no_progress) -> DemoReport:
    """Create ``out_dir/demo.qcoder`` from scratch (an existing demo project is replaced)."""
    samples, codebook, codings_dir = sample_paths()
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "demo.qcoder"
    for old in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        old.unlink(missing_ok=True)
    transcripts = [p for p in sorted(samples.iterdir()) if p.is_file() and p.name != "attributes.csv"]
    with Project.create(path, name="ECM task force interviews (demo)") as project:
        report = import_paths(project, transcripts, sheet=samples / "attributes.csv", progress=progress)
        import_codebook(project, codebook)
        demo = DemoReport(path, report)
        _apply_demo_codings(project, codings_dir, demo)
        project.history.clear()  # the demo starts with an empty undo history
    return demo


def _apply_demo_codings(project: Project, folder: Path, demo: DemoReport) -> None:
    docs = {d.name: d.id for d in project.documents()}
    codes = {path.casefold(): cid for cid, path in project.code_paths().items()}
    coders: dict[str, str] = {}
    now = utcnow()
    new: list[Coding] = []
    for csv_path in sorted(folder.glob("*.csv")):
        doc_id = docs.get(csv_path.stem)
        if doc_id is None:
            demo.unresolved.append(f"{csv_path.name}: no document {csv_path.stem}")
            continue
        text = project.document(doc_id).text
        with csv_path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                code_id = codes.get(row["code"].casefold())
                start = text.find(row["excerpt"])
                if code_id is None or start < 0:
                    demo.unresolved.append(f"{csv_path.name}: {row['code']}: {row['excerpt'][:40]!r}")
                    continue
                if row["coder"] not in coders:
                    coders[row["coder"]] = project.ensure_coder(row["coder"]).id
                new.append(
                    Coding(
                        new_id(),
                        doc_id,
                        code_id,
                        coders[row["coder"]],
                        start,
                        start + len(row["excerpt"]),
                        "",
                        False,
                        now,
                        now,
                    )
                )
    project.add_codings(star_exemplars(new, _sites(project)), label="Demo codings")
    demo.codings = len(new)


def _sites(project: Project) -> dict[str, str]:
    return {d.id: d.attributes.get("site", "") for d in project.documents()}


def star_exemplars(codings: list[Coding], sites: dict[str, str]) -> list[Coding]:
    """``codings`` with the exemplars starred by the rule in the module docstring: per (code,
    site) the longest passage every coder coded with that code, the first on a tie."""
    coders = {c.coder_id for c in codings}
    by_passage: dict[tuple[str, int, int, str], set[str]] = {}
    for c in codings:
        by_passage.setdefault((c.document_id, c.start, c.end, c.code_id), set()).add(c.coder_id)
    order = {doc: i for i, doc in enumerate(dict.fromkeys(c.document_id for c in codings))}
    best: dict[tuple[str, str], tuple[str, int, int, str]] = {}
    for passage, who in by_passage.items():
        doc, start, end, code = passage
        if who != coders:
            continue
        cell = (code, sites.get(doc, ""))
        held = best.get(cell)
        if held is None or (end - start, -order[doc], -start) > (held[2] - held[1], -order[held[0]], -held[1]):
            best[cell] = passage
    starred = set(best.values())
    return [replace(c, exemplar=True) if (c.document_id, c.start, c.end, c.code_id) in starred else c for c in codings]
