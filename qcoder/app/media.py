"""Recordings linked to documents, and the times of turns and codings.

A recording is referenced, never copied unless asked (``copy=True`` puts it in the folder
``<project name> media`` beside the project file). Its path is stored relative to the project
file's folder when it lies under it, so moving the project folder with its recordings keeps the
link; otherwise absolute. A link whose file is missing is listed as missing (the window offers
to re-link it).

Turn times: a caption cue's time, a time written in the text (``[00:01:23]``, read on import
and on demand), or interpolated between those and marked estimated (:mod:`qcoder.core.media`).
"""

from __future__ import annotations

import shutil
import wave
from collections.abc import Iterable, Sequence
from pathlib import Path

from qcoder.app.project import Project
from qcoder.core import commands as cmd
from qcoder.core.errors import InvalidValue
from qcoder.core.media import (
    MEDIA_SUFFIXES,
    Clock,
    TimedTurns,
    is_media,
    marker_times,
    media_beside,
    time_markers,
)
from qcoder.core.model import MediaLink, Turn

MEDIA_EXTRA_HINT = "install the media extra to play recordings: pip install 'qcoder[media]'"


def project_folder(project: Project) -> Path | None:
    return project.path.parent if project.path is not None else None


def media_folder(project: Project) -> Path | None:
    """Where copies of recordings go: ``<project name> media`` beside the project file (None
    for a project on a server)."""
    folder = project_folder(project)
    return None if folder is None or project.path is None else folder / f"{project.path.stem} media"


def stored_path(project: Project, file: Path) -> str:
    """How ``file`` is stored: relative (POSIX separators) to the project file's folder when
    it lies under it, else absolute."""
    file = file.resolve()
    folder = project_folder(project)
    if folder is not None:
        try:
            return file.relative_to(folder.resolve()).as_posix()
        except ValueError:
            pass
    return str(file)


def resolve(project: Project, stored: str) -> Path:
    """The file a stored media path names."""
    path = Path(stored)
    folder = project_folder(project)
    return path if path.is_absolute() or folder is None else folder / path


def probe_duration(file: Path) -> float | None:
    """The recording's length in seconds: WAV through the standard library, other formats
    through mutagen (the media extra) when installed; None when unknown."""
    if file.suffix.lower() == ".wav":
        try:
            with wave.open(str(file), "rb") as w:
                return w.getnframes() / float(w.getframerate())
        except (OSError, wave.Error, EOFError):
            return None
    try:
        import mutagen
    except ImportError:
        return None
    try:
        info = mutagen.File(str(file))
    except Exception:  # noqa: BLE001 - a file mutagen cannot read has no known length
        return None
    length = getattr(getattr(info, "info", None), "length", None)
    return float(length) if length else None


def link_media(project: Project, document_id: str, file: Path, copy: bool = False) -> MediaLink:
    """Link ``file`` to a document (one undoable step); ``copy``: copy it beside the project
    first. Refuses a missing file or one that is not audio or video."""
    if not file.is_file():
        raise InvalidValue(f"no such recording: {file.name}")
    if not is_media(file):
        raise InvalidValue(f"{file.name} is not a recording qcoder plays ({', '.join(MEDIA_SUFFIXES)})")
    if copy:
        target_dir = media_folder(project)
        if target_dir is None:
            raise InvalidValue("a project on a server keeps no copies of recordings: link the file instead")
        target_dir.mkdir(exist_ok=True)
        target = target_dir / file.name
        if not target.exists():
            shutil.copy2(file, target)
        file = target
    link = MediaLink(document_id, stored_path(project, file), probe_duration(file))
    project.execute(cmd.SetMedia(document_id, link))
    return link


def relink(project: Project, document_id: str, chosen: Path) -> list[str]:
    """Re-link missing recordings (one undoable step). ``chosen`` a file: it becomes
    ``document_id``'s recording; then every linked recording whose file is missing and whose file
    name lies in the folder (``chosen`` itself when it is a folder, else the file's folder) is
    linked to the file there. Returns the ids of the documents re-linked."""
    steps: list[cmd.Command] = []
    done: list[str] = []
    folder = chosen if chosen.is_dir() else chosen.parent
    if not chosen.is_dir():
        if not is_media(chosen) or not chosen.is_file():
            raise InvalidValue(f"{chosen.name} is not a recording qcoder plays ({', '.join(MEDIA_SUFFIXES)})")
        steps.append(
            cmd.SetMedia(document_id, MediaLink(document_id, stored_path(project, chosen), probe_duration(chosen)))
        )
        done.append(document_id)
    for link in project.media_links():
        found = folder / Path(link.path.replace("\\", "/")).name
        if link.document_id in done or resolve(project, link.path).is_file() or not found.is_file():
            continue
        steps.append(
            cmd.SetMedia(link.document_id, MediaLink(link.document_id, stored_path(project, found), link.duration))
        )
        done.append(link.document_id)
    if steps:
        project.execute(cmd.Batch(steps, text="Re-link recordings"))
    return done


def last_folder(project: Project, stored: str) -> Path:
    """The folder a missing recording was last in, or its nearest folder that still exists."""
    folder = resolve(project, stored).parent
    while not folder.is_dir() and folder.parent != folder:
        folder = folder.parent
    return folder


def unlink_media(project: Project, document_id: str) -> None:
    project.execute(cmd.SetMedia(document_id, None, text="Unlink recording"))


def media_of(project: Project, document_id: str) -> MediaLink | None:
    return next((m for m in project.media_links() if m.document_id == document_id), None)


def link_beside(project: Project, imported: Iterable[tuple[str, Path]]) -> list[tuple[str, Path]]:
    """Link each imported document (id, source file) to the recording with its base name in
    its folder, when it has none yet. Returns the (document id, recording) pairs linked."""
    linked = {m.document_id for m in project.media_links()}
    listings: dict[Path, dict[str, Path]] = {}
    out = []
    for document_id, source in imported:
        found = media_beside(source, listings)
        if found is not None and document_id not in linked:
            link_media(project, document_id, found)
            out.append((document_id, found))
    return out


def read_time_markers(project: Project, document_ids: Sequence[str] | None = None) -> int:
    """Give turns without a time the first time written inside them (one undoable step per
    document that changes). Returns how many turns got a time."""
    ids = list(document_ids) if document_ids is not None else [d.id for d in project.documents()]
    texts = project.document_texts(ids)
    by_doc: dict[str, list[Turn]] = {}
    for t in project.turns():
        if t.document_id in texts:
            by_doc.setdefault(t.document_id, []).append(t)
    count = 0
    for doc_id in ids:
        turns = sorted(by_doc.get(doc_id, []), key=lambda t: t.start)
        untimed = [t for t in turns if t.start_time is None]
        if not untimed:
            continue
        written = marker_times([(t.start, t.end) for t in turns], time_markers(texts[doc_id]))
        times = {
            t.id: (w, t.end_time) for t, w in zip(turns, written, strict=True) if t.start_time is None and w is not None
        }
        if times:
            project.execute(cmd.SetTurnTimes(doc_id, times))
            count += len(times)
    return count


def timed_turns(project: Project, document_id: str, turns: Sequence[Turn] | None = None) -> TimedTurns:
    """The document's turns with their times (:meth:`TimedTurns.of`); ``turns``: the document's
    turns when the caller has read them."""
    listed = turns if turns is not None else project.turns(document_id)
    starts = [] if listed else project.paragraph_times(document_id)
    length = project.document(document_id).info.chars if starts else 0
    return TimedTurns.of(document_id, listed, starts, length)


def clock(project: Project) -> Clock:
    """Times of codings anywhere in the project (two queries)."""
    return Clock(project.turns(), project.all_paragraph_times())


def media_rows(project: Project) -> list[dict[str, object]]:
    """``qcoder media list --json``: every document with a recording."""
    names = {d.id: d.name for d in project.documents()}
    by_doc: dict[str, list[Turn]] = {}
    for t in project.turns():
        by_doc.setdefault(t.document_id, []).append(t)
    rows: list[dict[str, object]] = []
    for link in sorted(project.media_links(), key=lambda m: names.get(m.document_id, "").casefold()):
        timed = timed_turns(project, link.document_id, by_doc.get(link.document_id, []))
        rows.append(
            {
                "document": names.get(link.document_id, link.document_id),
                "media": link.path,
                "duration": link.duration,
                "turns_timed": timed.timed,
                "turns_estimated": timed.estimated,
                "missing": not resolve(project, link.path).is_file(),
            }
        )
    return rows
