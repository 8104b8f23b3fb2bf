"""Recordings in REFI-QDA: ``AudioSource``/``VideoSource`` with a ``Transcript`` and its
``SyncPoint``s (QDA-XML 1.0, ``Project.xsd``).

Export: each document with a linked recording gets an audio (or video) source whose
``Transcript`` names the document's text file (``plainTextPath``, the same
``internal://<guid>.txt`` as its ``TextSource``) and carries one ``SyncPoint`` per known time: a
turn's start (and its end, when the captions gave one) or a caption paragraph's start, with
``position`` the code-point offset in that text and ``timeStamp`` in milliseconds. Estimated
(interpolated) times are not written: they are recomputed on import. The recording itself goes
into the archive's ``sources`` folder (``path="internal://<guid>.<ext>"``) when the file exists
and is at most :data:`EMBED_LIMIT` bytes (and the archive's recordings stay under
:data:`EMBED_TOTAL`); otherwise it is referenced by its absolute path
(``path="absolute://…"``). Codings stay on the ``TextSource`` (no ``TranscriptSelection``,
``AudioSelection`` or ``VideoSelection`` is written).

Import: a media source whose ``Transcript`` names a text source's file (or holds the same text)
links that document to the recording; its sync points become the document's paragraph times
(the times the viewer, the player and every excerpt's time are computed from). An embedded
recording is written into ``media_dir`` (beside the project) when one is given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.etree.ElementTree import Element, SubElement

from qcoder.core.media import is_media, is_video
from qcoder.core.model import MediaLink, Turn
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.exchange.refiqda.archive import SafeArchive
from qcoder.exchange.refiqda.report import ImportReport, LossKind

EMBED_LIMIT = 200 * 1024 * 1024  # one recording embedded in the .qdpx: at most 200 MiB
EMBED_TOTAL = 1024 * 1024 * 1024  # all embedded recordings: at most 1 GiB (an import reads up to 2 GiB)


def _guid(*parts: str) -> str:
    from qcoder.exchange.refiqda.export import derived_guid

    return derived_guid(*parts)


def sync_points(turns: Iterable[Turn], paragraph_times: Iterable[tuple[int, float]]) -> list[tuple[int, int]]:
    """(position, milliseconds) of every known time in a document, by position; a position
    given twice keeps its first time, and times never run backwards."""
    points: dict[int, int] = {}
    for t in sorted(turns, key=lambda t: t.start):
        if t.start_time is not None:
            points.setdefault(t.start, round(t.start_time * 1000))
        if t.end_time is not None:
            points.setdefault(t.end, round(t.end_time * 1000))
    for offset, seconds in paragraph_times:
        points.setdefault(offset, round(seconds * 1000))
    out: list[tuple[int, int]] = []
    for position in sorted(points):
        if not out or points[position] >= out[-1][1]:
            out.append((position, points[position]))
    return out


@dataclass
class MediaExport:
    """The media sources written, and the files to put into the archive (entry -> file)."""

    embedded: dict[str, Path] = field(default_factory=dict)
    referenced: list[str] = field(default_factory=list)  # recordings written as a path only

    def add_sources(
        self, sources: Element, s: ProjectSnapshot, base: Path | None, text_guids: Mapping[str, str]
    ) -> None:
        """An ``AudioSource``/``VideoSource`` for each linked recording (``text_guids``: document
        id -> the GUID of its ``TextSource``)."""
        by_doc: dict[str, list[Turn]] = {}
        for t in s.turns:
            by_doc.setdefault(t.document_id, []).append(t)
        names = {d.id: d.info.name for d in s.documents}
        total = 0
        for link in sorted(s.media, key=lambda m: names.get(m.document_id, "")):
            if link.document_id not in text_guids:
                continue
            file = Path(link.path)
            if not file.is_absolute() and base is not None:
                file = base / file
            g = _guid("media", link.document_id)
            size = file.stat().st_size if file.is_file() else -1
            if 0 <= size <= EMBED_LIMIT and total + size <= EMBED_TOTAL:
                total += size
                entry = f"{g}{file.suffix.lower()}"
                self.embedded[f"sources/{entry}"] = file
                path = f"internal://{entry}"
            else:
                path = "absolute://" + file.absolute().as_posix()
                self.referenced.append(file.name)
            tag = "VideoSource" if is_video(file) else "AudioSource"
            src = SubElement(sources, tag, {"guid": g, "name": file.name, "path": path})
            text_guid = text_guids[link.document_id]
            transcript = SubElement(
                src,
                "Transcript",
                {
                    "guid": _guid("transcript", link.document_id),
                    "name": names[link.document_id],
                    "plainTextPath": f"internal://{text_guid}.txt",
                },
            )
            times = s.paragraph_times.get(link.document_id, [])
            for position, ms in sync_points(by_doc.get(link.document_id, []), times):
                attrs = {"guid": _guid("sync", link.document_id, str(position)), "timeStamp": str(ms)}
                SubElement(transcript, "SyncPoint", {**attrs, "position": str(position)})


@dataclass(frozen=True, slots=True)
class MediaSource:
    """An audio or video source read from a project file."""

    name: str
    path: str  # as written: internal://…, absolute://…, relative://…, or a bare path
    transcript_path: str  # the Transcript's plainTextPath ("" when it embeds its text)
    transcript_text: str | None
    points: list[tuple[int, int]]  # (position, milliseconds)
    selections: int  # audio/video/transcript selections and codings (not carried)


def read_media_source(el: Element, transcript_text: str | None) -> MediaSource:
    transcript = el.find("Transcript")
    points: list[tuple[int, int]] = []
    if transcript is not None:
        for sp in transcript.findall("SyncPoint"):
            try:
                points.append((int(sp.get("position") or ""), int(sp.get("timeStamp") or "")))
            except ValueError:
                continue  # a sync point without a position or a time places nothing
    tags = ("AudioSelection", "VideoSelection", "TranscriptSelection")
    return MediaSource(
        name=el.get("name") or "(unnamed)",
        path=(el.get("path") or el.get("currentPath") or "").strip(),
        transcript_path=(transcript.get("plainTextPath") or "") if transcript is not None else "",
        transcript_text=transcript_text,
        points=sorted(points),
        selections=sum(1 for t in tags for _ in el.iter(t)) + len(el.findall("Coding")),
    )


def paragraph_times(points: Iterable[tuple[int, int]], length: int) -> list[tuple[int, float]]:
    """Sync points as a document's (offset, seconds), inside the text, never running backwards."""
    out: list[tuple[int, float]] = []
    for position, ms in sorted(points):
        if 0 <= position <= length and ms >= 0 and (not out or (position > out[-1][0] and ms / 1000 >= out[-1][1])):
            out.append((position, ms / 1000))
    return out


def external_path(path: str, base_path: str) -> str | None:
    """The file an ``absolute://``, ``relative://`` (against the project's ``basePath``) or bare
    path names; None for an ``internal://`` one."""
    low = path.lower()
    if low.startswith("internal:"):
        return None
    if low.startswith("absolute://"):
        return path[len("absolute://") :]
    if low.startswith("relative://"):
        rest = path[len("relative://") :]
        return str(PurePosixPath(base_path.replace("\\", "/")) / rest) if base_path else rest
    return path


class MediaImport:
    """Reads a project file's audio and video sources into links and paragraph times of the
    snapshot's documents (their transcripts' text sources), reporting what cannot be carried."""

    def __init__(
        self,
        snap: ProjectSnapshot,
        report: ImportReport,
        archive: SafeArchive | None,
        resolve: Callable[[str], str | None],
        media_dir: Path | None,
        base_path: str = "",
    ) -> None:
        self.snap, self.report, self.archive, self.resolve = snap, report, archive, resolve
        self.media_dir, self.base_path = media_dir, base_path

    def run(self, sources: list[tuple[Element, MediaSource]]) -> None:
        by_file = {d.info.source_name.casefold(): d for d in self.snap.documents}
        by_text = {d.text: d for d in self.snap.documents}
        lost: dict[str, list[MediaSource]] = {}
        for el, src in sources:
            name = src.transcript_path.replace("\\", "/").rsplit("/", 1)[-1].casefold()
            doc = by_file.get(name) if name else None
            if doc is None and src.transcript_text is not None:
                doc = by_text.get(src.transcript_text)
            kind = "video" if el.tag == "VideoSource" else "audio"
            file = self._file(src, doc.id if doc is not None else "")
            if doc is None or file is None:
                lost.setdefault(kind, []).append(src)
                continue
            self.snap.media.append(MediaLink(doc.id, file))
            times = paragraph_times(src.points, doc.info.chars)
            if times and doc.id not in self.snap.paragraph_times:
                self.snap.paragraph_times[doc.id] = times
            if src.selections:
                self.report.lose(
                    LossKind.SELECTION,
                    f"{kind} source {src.name!r}",
                    f"its {src.selections} selection(s) on the recording were not carried over "
                    "(qcoder codes the transcript's text)",
                )
        for kind, items in lost.items():
            shown = ", ".join(s.name for s in items[:5]) + (", …" if len(items) > 5 else "")
            self.report.lose(
                LossKind.SOURCE,
                f"{len(items)} {kind} source(s): {shown}",
                "qcoder keeps a recording only with its transcript as a text source (and an embedded "
                f"recording only when importing into a project); these and their "
                f"{sum(s.selections for s in items)} selection(s) were not carried over",
            )

    def _file(self, src: MediaSource, document_id: str) -> str | None:
        """The recording's file: an external path as written, or the embedded one extracted
        into ``media_dir``; None when it cannot be had."""
        outside = external_path(src.path, self.base_path)
        if outside is not None:
            return outside or None
        entry = self.resolve(src.path)
        if entry is None or self.archive is None or self.media_dir is None or not document_id or not is_media(entry):
            return None  # (an embedded file that is not audio or video is never written out)
        self.media_dir.mkdir(parents=True, exist_ok=True)
        suffix = PurePosixPath(entry).suffix.lower()
        stem = Path(src.name).stem if src.name != "(unnamed)" else document_id
        target = self.media_dir / f"{_safe(stem)}{suffix}"
        n = 2
        while target.exists() and target.stat().st_size != self.archive.size(entry):
            target = self.media_dir / f"{_safe(stem)} ({n}){suffix}"
            n += 1
        if not target.exists():
            target.write_bytes(self.archive.read(entry))
        return str(target)


def _safe(name: str) -> str:
    """A file name from a name written by another program (no folders, no odd characters)."""
    kept = "".join(c if c.isalnum() or c in " ._-()" else "_" for c in name).strip(" .")
    return kept[:120] or "recording"
