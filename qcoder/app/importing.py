"""Batch import of transcript files and folders into a project.

Files are read (on several cores when there are many: :mod:`qcoder.importers.parallel`) and
stored in batches: one transaction per :data:`BATCH_DOCUMENTS`
documents, :data:`BATCH_CHARACTERS` characters or :data:`BATCH_SECONDS` of reading, whichever
comes first (a synced commit per document cost more than reading a caption file). A document
is stored whole or not at all, also after a crash; a file that cannot be read is reported and
the rest imports; a batch the database refuses is retried file by file, so one bad document
does not cost its neighbours. Cancelling between files keeps (and stores) what was read.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from qcoder.app.import_files import NOT_TRANSCRIPTS as NOT_TRANSCRIPTS
from qcoder.app.import_files import Problem as Problem
from qcoder.app.import_files import StartedImport, start_import
from qcoder.app.import_files import collect_files as collect_files
from qcoder.app.project import Project
from qcoder.app.sheets import SheetReport, apply_attribute_rows, apply_filename_pattern, read_sheet_rows
from qcoder.core.errors import AlreadyImported, ImportFailed, ProjectError, QcoderError, UnsupportedFile
from qcoder.core.progress import CancelToken, ProgressCallback, no_progress
from qcoder.core.text import text_sha256
from qcoder.importers.base import ImportedDocument

BATCH_DOCUMENTS = 200
BATCH_CHARACTERS = 8_000_000
BATCH_SECONDS = 0.3
ALREADY_IMPORTED = "same text as a document already in the project"


@dataclass(frozen=True, slots=True)
class Imported:
    document: str
    document_id: str
    path: str
    chars: int
    speakers: int
    turns: int
    warnings: tuple[str, ...] = ()


@dataclass
class ImportReport:
    imported: list[Imported] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)
    cancelled: bool = False
    sheet: SheetReport | None = None
    media: list[tuple[str, str]] = field(default_factory=list)  # (document, recording) linked

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "imported": [
                {
                    "document": i.document,
                    "chars": i.chars,
                    "speakers": i.speakers,
                    "turns": i.turns,
                    "path": i.path,
                    "warnings": list(i.warnings),
                }
                for i in self.imported
            ],
            "skipped": [{"path": p.path, "reason": p.reason} for p in self.skipped],
            "failed": [{"path": p.path, "error": p.reason} for p in self.failed],
            "media": [{"document": d, "media": m} for d, m in self.media],
        }
        if self.cancelled:
            out["cancelled"] = True
        if self.sheet is not None:
            out["attributes"] = self.sheet.to_json()
        return out


NO_SPEAKERS_HINT = (
    "no speaker labels found, so no turns: excerpts cannot be attributed to a speaker. In the window, "
    "Project → Speakers of this document gives its paragraphs to an interviewer and a respondent in one "
    "step (alternating, or by how the interviewer's paragraphs start); or label turns 'Name: …' in the "
    "file and import it again"
)


class _Batch:
    """Documents read but not yet stored; :meth:`store` commits them in one transaction."""

    def __init__(
        self,
        project: Project,
        report: ImportReport,
        on_stored: Callable[[list[Imported]], None],
        taken: set[str],
    ) -> None:
        self.project, self.report, self.on_stored = project, report, on_stored
        self.taken = taken  # names of the project's documents and of those read so far
        self.pending: list[tuple[Path, ImportedDocument, str]] = []
        self.chars = 0
        self.started = time.monotonic()

    def add(self, path: Path, doc: ImportedDocument) -> None:
        if not self.pending:
            self.started = time.monotonic()
        name, n = path.stem, 2
        while name in self.taken:
            name = f"{path.stem} ({n})"
            n += 1
        self.taken.add(name)
        self.pending.append((path, doc, name))
        self.chars += len(doc.text)
        full = len(self.pending) >= BATCH_DOCUMENTS or self.chars >= BATCH_CHARACTERS
        if full or time.monotonic() - self.started >= BATCH_SECONDS:
            self.store()

    def store(self) -> None:
        pending, self.pending, self.chars = self.pending, [], 0
        self._store(pending)

    def _store(self, pending: list[tuple[Path, ImportedDocument, str]]) -> None:
        if not pending:
            return
        try:
            infos = self.project.add_documents([(doc, name) for _p, doc, name in pending], once=True)
        except ProjectError:
            raise  # the project cannot be written (locked, replaced, read-only): no file is to blame
        except QcoderError as exc:
            if len(pending) == 1 and isinstance(exc, AlreadyImported):  # stored meanwhile by another import
                self.report.skipped.append(Problem(str(pending[0][0]), ALREADY_IMPORTED))
            elif len(pending) == 1:
                self.report.failed.append(Problem(str(pending[0][0]), str(exc)))
            else:  # find the document the database refused: store them one by one
                for item in pending:
                    self._store([item])
            return
        stored = [
            Imported(info.name, info.id, str(path), info.chars, len(doc.speakers), len(doc.turns), tuple(doc.warnings))
            for (path, doc, _name), info in zip(pending, infos, strict=True)
        ]
        self.report.imported.extend(stored)
        self.on_stored(stored)


def _read(path: Path, outcome: ImportedDocument | ImportFailed, report: ImportReport) -> ImportedDocument | None:
    if isinstance(outcome, UnsupportedFile):  # not a transcript: skipped, with what it appears to be
        report.skipped.append(Problem(str(path), str(outcome)))
        return None
    if isinstance(outcome, ImportFailed):
        report.failed.append(Problem(str(path), str(outcome)))
        return None
    if not outcome.turns and outcome.text.strip():
        outcome.warnings.append(NO_SPEAKERS_HINT)
    return outcome


def _add(batch: _Batch, seen_hashes: set[str], path: Path, doc: ImportedDocument, report: ImportReport) -> None:
    sha = text_sha256(doc.text)
    if sha in seen_hashes:
        report.skipped.append(Problem(str(path), ALREADY_IMPORTED))
        return
    seen_hashes.add(sha)
    batch.add(path, doc)


def import_paths(
    project: Project,
    paths: Iterable[str | Path] | StartedImport,
    sheet: str | Path | None = None,
    pattern: str | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    on_stored: Callable[[list[Imported]], None] = lambda _stored: None,
) -> ImportReport:
    """Import files and folders; then apply the attribute sheet and/or file-name pattern.

    ``paths`` may be an import already started (:func:`qcoder.app.import_files.start_import`,
    whose reading workers start while the caller opens the project). ``on_stored`` is called
    after each committed batch with the documents it stored. An unreadable attribute sheet is
    refused before anything is imported."""
    started = paths if isinstance(paths, StartedImport) else start_import(paths)
    report = ImportReport(failed=list(started.missing), skipped=list(started.not_transcripts))
    reading = started.reading
    try:
        rows = read_sheet_rows(Path(sheet)) if sheet is not None else None
        existing = project.document_names_and_hashes()
    except BaseException:
        reading.close()
        raise
    seen_hashes = {sha for _name, sha in existing}
    batch = _Batch(project, report, on_stored, {name for name, _sha in existing})
    total = len(started.files)
    try:
        for n, (path, outcome) in enumerate(reading):
            if cancel is not None and cancel.cancelled:
                report.cancelled = True
                break
            progress(n, total, path.name)
            doc = _read(path, outcome, report)
            if doc is not None:
                _add(batch, seen_hashes, path, doc, report)
    finally:
        reading.close()  # a cancelled import stops the reading workers
    batch.store()
    _link_recordings(project, report)
    progress(total if not report.cancelled else len(report.imported), total, "")
    names = [i.document for i in report.imported]
    if rows is not None:
        report.sheet = apply_attribute_rows(project, rows)
    if pattern:
        pattern_report = apply_filename_pattern(project, pattern, names)
        report.sheet = pattern_report if report.sheet is None else report.sheet.merge(pattern_report)
    return report


def _link_recordings(project: Project, report: ImportReport) -> None:
    """Link each imported transcript to the recording beside it with its base name (Zoom's
    .m4a beside its .vtt); a recording so linked is no longer listed as skipped."""
    from qcoder.app.media import link_beside

    linked = link_beside(project, [(i.document_id, Path(i.path)) for i in report.imported])
    if not linked:
        return
    names = {i.document_id: i.document for i in report.imported}
    report.media = [(names[d], str(path)) for d, path in linked]
    used = {str(path) for _d, path in linked}
    report.skipped = [p for p in report.skipped if p.path not in used]
