"""Read REFI-QDA ``.qdpx`` projects and ``.qdc`` codebooks into plain qcoder records.

Tolerated dialects (NVivo for Windows and Mac, ATLAS.ti, MAXQDA, QualCoder, Taguette):
``sources/`` or ``Sources/`` (any case), an extra ``sources/.root``, the project XML named
``project.qde`` or any single ``*.qde``, ``plainTextPath`` with ``internal://``, ``internal:/``
or no scheme, any namespace (or none) on the elements, GUIDs in braces or upper case, CRLF
text, a BOM, text embedded as ``PlainTextContent``. Selection positions are mapped per source
with the convention detected by :mod:`.positions`. Audio and video sources: :mod:`.media`.

What qcoder cannot hold is listed in the :class:`ImportReport`, never dropped silently.
"""

from __future__ import annotations

import os
import uuid
import zipfile
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from xml.etree.ElementTree import Element

from qcoder.core.errors import ImportFailed
from qcoder.core.model import (
    AttributeScope,
    Code,
    Coder,
    Coding,
    Document,
    DocumentInfo,
    Memo,
    MemoTarget,
    Participant,
)
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.core.text import text_sha256
from qcoder.exchange.refiqda.archive import ArchiveLimits, SafeArchive, parse_xml
from qcoder.exchange.refiqda.export import JOURNAL_NOTE, derived_guid
from qcoder.exchange.refiqda.media import MediaImport, MediaSource, read_media_source
from qcoder.exchange.refiqda.positions import Detection, RawSelection, SourceText, detect, preferred_for_origin
from qcoder.exchange.refiqda.reading import (
    CodebookReader,
    Unknown,
    norm_guid,
    parse_datetime,
    read_xml_file,
    sets_loss,
)
from qcoder.exchange.refiqda.report import ImportReport, LossKind, SourcePositions
from qcoder.exchange.refiqda.summaries import PendingSummary, pending_summary, resolve_summaries
from qcoder.exchange.refiqda.variables import VariableReader

_TEXT_SOURCE_CHILDREN = {"Description", "PlainTextContent", "PlainTextSelection", "Coding", "NoteRef", "VariableValue"}
_MEDIA = {
    "PictureSource": "picture",
    "PDFSource": "PDF",
}
_SELECTION_TAGS = ("PictureSelection", "PDFSelection", "AudioSelection", "VideoSelection", "TranscriptSelection")


def import_qdc(path: str | os.PathLike[str]) -> tuple[list[Code], ImportReport]:
    """Read a REFI-QDA codebook (``.qdc``); any namespace version is accepted."""
    root, name = read_xml_file(path, "REFI-QDA codebook (.qdc)")
    if root.tag != "CodeBook":
        hint = " (it looks like a project file: import it as a project)" if root.tag == "Project" else ""
        raise ImportFailed(f"{name} is not a REFI-QDA codebook: its root element is <{root.tag}>{hint}")
    report = ImportReport(origin=root.get("origin", ""))
    unknown = Unknown()
    codes = CodebookReader(report, unknown, allow_notes=False).read(root)
    sets_loss(report, root.find("Sets"))
    unknown.report_to(report)
    if not codes:
        report.note(f"{name} holds no codes")
    return codes, report


def import_qdpx(
    path: str | os.PathLike[str], limits: ArchiveLimits | None = None, media_dir: Path | None = None
) -> tuple[ProjectSnapshot, ImportReport]:
    """Read a REFI-QDA project (``.qdpx``, or a bare ``.qde`` whose sources are embedded);
    recordings embedded in it are written into ``media_dir`` (None: not carried)."""
    p = Path(path)
    if not p.is_file():
        raise ImportFailed(f"{p.name} does not exist or is not a file")
    if not zipfile.is_zipfile(p):
        with p.open("rb") as fh:
            head = fh.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
        if head.startswith(b"<"):
            root, _name = read_xml_file(p, "REFI-QDA project file (.qde)")
            return _ProjectReader(root, None, "", p.name).run()
        raise ImportFailed(f"{p.name} is not a REFI-QDA project: a .qdpx file is a zip archive, and this is not one")
    with SafeArchive(p, limits) as archive:
        entry = archive.project_entry()
        root = parse_xml(archive.read(entry), f"{p.name} ({entry})")
        base = str(PurePosixPath(entry).parent)
        return _ProjectReader(root, archive, "" if base == "." else base, p.name, media_dir).run()


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``… when already taken (compared case-insensitively)."""
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate, n = f"{name} ({n})", n + 1
    taken.add(candidate.casefold())
    return candidate


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Text of a source file, and a note when it was not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "was not UTF-8; it was read as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "was not UTF-8; it was read as Latin-1"


class _ProjectReader:
    def __init__(
        self, root: Element, archive: SafeArchive | None, base: str, file_name: str, media_dir: Path | None = None
    ) -> None:
        if root.tag != "Project":
            hint = " (it looks like a codebook: import it as a codebook)" if root.tag == "CodeBook" else ""
            raise ImportFailed(f"{file_name} is not a REFI-QDA project: its root element is <{root.tag}>{hint}")
        self.root = root
        self.archive = archive
        self.base = base
        self.file_name = file_name
        self.media_dir = media_dir
        self.report = ImportReport(origin=root.get("origin", ""))
        self.unknown = Unknown()
        self.snap = ProjectSnapshot(name=(root.get("name") or "").strip() or Path(file_name).stem)
        self.coders: dict[str, Coder] = {}
        self.codes: dict[str, str] = {}  # GUID as written -> code id
        self.notes: dict[str, tuple[str, str, datetime | None]] = {}  # guid -> name, text, when
        self.used_notes: set[str] = set()
        self.note_users: dict[str, str] = {}  # note guid -> the guid of its creating user
        self.summary_notes: list[PendingSummary] = []
        self.coding_ids: set[str] = set()
        self.coder_names: set[str] = set()
        self.document_names: set[str] = set()
        self.participant_names: set[str] = set()
        self.variables = VariableReader(self.report, self.unknown)
        self.now = datetime.now(UTC)
        self.preferred = preferred_for_origin(self.report.origin)

    # -- driver -----------------------------------------------------------------------------

    def run(self) -> tuple[ProjectSnapshot, ImportReport]:
        r = self.root
        self.unknown.check(
            r,
            {
                "Users",
                "CodeBook",
                "Variables",
                "Cases",
                "Sources",
                "Notes",
                "Links",
                "Sets",
                "Graphs",
                "Description",
                "NoteRef",
            },
        )
        self._notes(r.find("Notes"))
        self._users(r.find("Users"))
        self._codebook(r.find("CodeBook"))
        self.variables.read_definitions(r.find("Variables"))
        self._cases(r.find("Cases"))
        self._sources(r.find("Sources"))
        self._others(r)
        self.variables.apply(self.snap)
        self._project_memo(r)
        self.snap.coders = list(self.coders.values())
        self.snap.summaries = resolve_summaries(self.summary_notes, self.snap, self.codes, self.report, self.now)
        self.unknown.report_to(self.report)
        return self.snap, self.report

    # -- notes, users, codes ----------------------------------------------------------------

    def _notes(self, notes: Element | None) -> None:
        if notes is None:
            return
        self.unknown.check(notes, {"Note"})
        for i, note in enumerate(notes.findall("Note")):
            g = norm_guid(note.get("guid")) or derived_guid("note", str(i))
            name = note.get("name") or "Note"
            text = self._source_text(note, name, quiet=True)
            if text is None:
                self.report.lose(LossKind.OTHER, f"note {name!r}", "its text is missing from the file")
                continue
            coded = len(note.findall("PlainTextSelection")) + len(note.findall("Coding"))
            if coded:
                self.report.lose(
                    LossKind.SELECTION,
                    f"note {name!r}",
                    f"{coded} selection(s) or coding(s) inside a note were not carried over: "
                    "qcoder codes documents, not memos",
                )
            if (summary := pending_summary(note, SourceText(text).normalized.strip("\n"))) is not None:
                self.summary_notes.append(summary)  # not a memo: put back in its cell at the end
                continue
            when = parse_datetime(note.get("modifiedDateTime")) or parse_datetime(note.get("creationDateTime"))
            self.notes[g] = (name, SourceText(text).normalized.strip("\n"), when)
            if (user := norm_guid(note.get("creatingUser"))) is not None:
                self.note_users[g] = user

    def _note_author(self, refs: list[Element]) -> str:
        """The user (a coder of the file) who wrote the first of these notes that says so, or ""."""
        users = (self.note_users.get(norm_guid(r.get("targetGUID")) or "", "") for r in refs)
        return next((u for u in users if u in self.coders), "")

    def _note_text(self, refs: list[Element]) -> tuple[str, datetime | None]:
        texts: list[str] = []
        latest: datetime | None = None
        for ref in refs:
            g = norm_guid(ref.get("targetGUID"))
            if g is None or g not in self.notes:
                continue
            _name, text, when = self.notes[g]
            self.used_notes.add(g)
            if text and text not in texts:
                texts.append(text)
            if when and (latest is None or when > latest):
                latest = when
        return "\n\n".join(texts), latest

    def _users(self, users: Element | None) -> None:
        if users is None:
            return
        self.unknown.check(users, {"User"})
        for user in users.findall("User"):
            g = norm_guid(user.get("guid"))
            if g is None or g in self.coders:
                continue
            name = (user.get("name") or user.get("id") or "").strip() or f"User {g}"
            self.coders[g] = Coder(g, unique_name(name, self.coder_names))

    def _coder(self, *raw: str | None) -> str:
        for value in raw:
            g = norm_guid(value)
            if g is None:
                continue
            if g not in self.coders:
                label = (value or "").strip().strip("{}")
                self.coders[g] = Coder(g, unique_name(f"Unknown ({label})", self.coder_names))
                self.report.note(
                    f"codings by user {label}, who is not listed among the project's users, "
                    f"were given to a coder named 'Unknown ({label})'"
                )
            return g
        g = derived_guid("unknown-user")
        if g not in self.coders:
            self.coders[g] = Coder(g, unique_name("Unknown", self.coder_names))
            self.report.note("some codings do not say who made them; they were given to a coder named 'Unknown'")
        return g

    def _codebook(self, codebook: Element | None) -> None:
        if codebook is None:
            return
        reader = CodebookReader(self.report, self.unknown, allow_notes=True)
        self.snap.codes = reader.read(codebook)
        self.codes = reader.alias
        for cid, refs in reader.note_refs.items():
            elements = [Element("NoteRef", targetGUID=g) for g in refs]
            text, when = self._note_text(elements)
            if text:
                self.snap.memos.append(Memo(MemoTarget.CODE, cid, text, when or self.now, self._note_author(elements)))
        sets_loss(self.report, codebook.find("Sets"))

    # -- variables and cases ----------------------------------------------------------------

    def _cases(self, cases: Element | None) -> None:
        if cases is None:
            return
        self.unknown.check(cases, {"Case"})
        links = 0
        for case in cases.findall("Case"):
            self.unknown.check(case, {"Description", "CodeRef", "VariableValue", "SourceRef", "SelectionRef"})
            g = norm_guid(case.get("guid")) or str(uuid.uuid4())
            name = (case.get("name") or "").strip() or f"Case {len(self.snap.participants) + 1}"
            self.variables.read_values(case, AttributeScope.PARTICIPANT, g, name)
            unique = unique_name(name, self.participant_names)
            if unique != name:
                self.report.note(f"two cases are named {name!r}; the second became {unique!r}")
            self.snap.participants.append(Participant(g, unique))
            memo = (case.findtext("Description") or "").strip()
            if memo:
                self.snap.memos.append(Memo(MemoTarget.PARTICIPANT, g, memo, self.now))
            links += sum(len(case.findall(t)) for t in ("SourceRef", "SelectionRef", "CodeRef"))
        if links:
            self.report.lose(
                LossKind.CASE_LINK,
                f"{links} link(s) from cases to sources, selections or codes",
                "cases were imported as participants with their attributes; qcoder links "
                "participants to documents through speakers, so these links were not carried over",
            )

    # -- sources ----------------------------------------------------------------------------

    def _resolve(self, path: str) -> str | None:
        """The archive entry of a ``plainTextPath``/``path`` value, or None."""
        if self.archive is None:
            return None
        p = path.strip().replace("\\", "/")
        low = p.lower()
        for scheme in ("internal://", "internal:/", "internal:"):
            if low.startswith(scheme):
                p = p[len(scheme) :]
                break
        else:
            if "://" in p:  # relative:// or absolute://: a file outside the archive
                p = p.split("://", 1)[1]
                p = p.rsplit("/", 1)[-1]
        p = p.lstrip("/")
        prefix = f"{self.base}/" if self.base else ""
        for candidate in (f"{prefix}sources/{p}", f"{prefix}{p}", f"{prefix}sources/{p.rsplit('/', 1)[-1]}"):
            found = self.archive.find(candidate)
            if found:
                return found
        return None

    def _source_text(self, el: Element, name: str, quiet: bool = False) -> str | None:
        content = el.find("PlainTextContent")
        if content is not None:
            return content.text or ""
        path = el.get("plainTextPath")
        if not path:
            return None
        entry = self._resolve(path)
        if entry is None or self.archive is None:
            return None
        text, problem = decode_text(self.archive.read(entry))
        if problem and not quiet:
            self.report.note(f"the text of {name!r} {problem}")
        return text

    def _sources(self, sources: Element | None) -> None:
        if sources is None:
            return
        media: dict[str, list[str]] = defaultdict(list)
        media_codings: dict[str, int] = defaultdict(int)
        recordings: list[tuple[Element, MediaSource]] = []  # audio and video: read once the texts are in
        for i, el in enumerate(sources):
            if el.tag == "TextSource":
                self._text_source(el, i)
            elif el.tag in ("AudioSource", "VideoSource"):
                transcript = el.find("Transcript")
                text = None if transcript is None else self._source_text(transcript, "transcript", quiet=True)
                recordings.append((el, read_media_source(el, None if text is None else SourceText(text).normalized)))
            elif el.tag in _MEDIA:
                kind = _MEDIA[el.tag]
                media[kind].append(el.get("name") or "(unnamed)")
                media_codings[kind] += sum(1 for t in _SELECTION_TAGS for _ in el.iter(t)) + len(el.findall("Coding"))
            elif isinstance(el.tag, str):
                self.unknown.seen[("Sources", el.tag)] += 1
        base_path = self.root.get("basePath") or ""
        MediaImport(self.snap, self.report, self.archive, self._resolve, self.media_dir, base_path).run(recordings)
        for kind, names in media.items():
            shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
            self.report.lose(
                LossKind.SOURCE,
                f"{len(names)} {kind} source(s): {shown}",
                f"qcoder holds text documents only; these sources and their "
                f"{media_codings[kind]} selection(s) were not carried over",
            )

    def _text_source(self, el: Element, index: int) -> None:
        self.unknown.check(el, _TEXT_SOURCE_CHILDREN)
        doc_id = norm_guid(el.get("guid")) or str(uuid.uuid4())
        path = el.get("plainTextPath") or ""
        file_name = path.replace("\\", "/").rsplit("/", 1)[-1]
        name = (el.get("name") or "").strip() or file_name or f"Source {index + 1}"
        selections = el.findall("PlainTextSelection")
        raw = self._source_text(el, name)
        if raw is None:
            why = (
                "its plain text is missing from the archive"
                if path or el.get("richTextPath")
                else "it has neither PlainTextContent nor a plainTextPath"
            )
            self.report.lose(
                LossKind.SOURCE,
                f"text source {name!r}",
                f"{why}; the source and its {len(selections)} selection(s) were not carried over",
            )
            return
        unique = unique_name(name, self.document_names)
        if unique != name:
            self.report.note(f"two sources are named {name!r}; the second became {unique!r}")
            name = unique
        source = SourceText(raw)
        text = source.normalized
        created = parse_datetime(el.get("creationDateTime")) or self.now

        # document memo: description and notes
        memo_parts = [(el.findtext("Description") or "").strip()]
        note_text, note_when = self._note_text(el.findall("NoteRef"))
        memo_parts.append(note_text)
        memo = "\n\n".join(p for p in memo_parts if p)
        if memo:
            author = self._note_author(el.findall("NoteRef"))
            self.snap.memos.append(Memo(MemoTarget.DOCUMENT, doc_id, memo, note_when or created, author))
        self.variables.read_values(el, AttributeScope.DOCUMENT, doc_id, name)

        codings = self._selections(el, selections, source, doc_id, name, created)
        self.snap.documents.append(
            Document(
                DocumentInfo(
                    doc_id, name, len(text), text_sha256(text), file_name or name, "qdpx", created, codings=codings
                ),
                text,
            )
        )

    def _selections(
        self,
        el: Element,
        selections: list[Element],
        source: SourceText,
        doc_id: str,
        name: str,
        created: datetime,
    ) -> int:
        """Codings of a text source's selections (positions mapped with the convention detected
        for this source) and of the whole source; returns how many were made."""
        parsed = self._parse_selections(selections, name)
        detection = detect(source, [rs for _sel, rs in parsed], self.preferred)
        count = mapped = uncoded = 0
        for sel, rs in parsed:
            span = self._mapped_span(rs, detection, name)
            if span is None:
                continue
            codings = sel.findall("Coding")
            if not codings:
                uncoded += 1
                continue
            memo_parts = [(sel.findtext("Description") or "").strip(), self._note_text(sel.findall("NoteRef"))[0]]
            times = (parse_datetime(sel.get("creationDateTime")), parse_datetime(sel.get("modifiedDateTime")))
            made = sum(self._coding(cd, doc_id, name, *span, memo_parts, sel, *times, created) for cd in codings)
            count += made
            mapped += made > 0
        if uncoded:
            self.report.lose(
                LossKind.SELECTION,
                f"{uncoded} selection(s) without a code in {name!r}",
                "qcoder keeps coded text only; selections that carry no code were not carried over",
            )
        count += self._whole_source_codings(el, doc_id, name, len(source.normalized), created)
        self.report.positions.append(
            SourcePositions(
                doc_id,
                name,
                detection.convention,
                detection.evidence,
                len(selections),
                mapped,
                detection.names_matched,
                detection.names_present,
            )
        )
        return count

    def _parse_selections(self, selections: list[Element], name: str) -> list[tuple[Element, RawSelection]]:
        parsed: list[tuple[Element, RawSelection]] = []
        for sel in selections:
            self.unknown.check(sel, {"Description", "Coding", "NoteRef"})
            try:
                rs = RawSelection(int(sel.get("startPosition", "")), int(sel.get("endPosition", "")), sel.get("name"))
            except ValueError:
                self.report.lose(
                    LossKind.SELECTION, f"a selection in {name!r}", "its start or end position is not a whole number"
                )
                continue
            parsed.append((sel, rs))
        return parsed

    def _mapped_span(self, rs: RawSelection, detection: Detection, name: str) -> tuple[int, int] | None:
        """A selection's span in the stored text, or None (reported) when it cannot be mapped."""
        mapper = detection.mapper
        start, end = sorted((rs.start, rs.end))
        if not (mapper.in_range(start) and mapper.in_range(end)):
            self.report.lose(
                LossKind.SELECTION,
                f"selection {start}-{end} in {name!r}",
                f"it lies outside the source's text ({mapper.length} {detection.convention.label})",
            )
            return None
        ns, ne = mapper.to_normalized(start), mapper.to_normalized(end)
        if ns >= ne:
            self.report.lose(
                LossKind.SELECTION,
                f"selection {start}-{end} in {name!r}",
                "it selects no text (empty, or only line-break or invisible characters)",
            )
            return None
        return ns, ne

    def _whole_source_codings(self, el: Element, doc_id: str, name: str, length: int, created: datetime) -> int:
        whole = el.findall("Coding")
        if not whole or not length:
            return 0
        self.report.note(f"codings of the whole source {name!r} became codings of its whole text")
        return sum(self._coding(cd, doc_id, name, 0, length, [], el, None, None, created) for cd in whole)

    def _coding(
        self,
        cd: Element,
        doc_id: str,
        name: str,
        start: int,
        end: int,
        memo_parts: list[str],
        sel: Element,
        sel_created: datetime | None,
        sel_updated: datetime | None,
        created: datetime,
    ) -> int:
        self.unknown.check(cd, {"CodeRef", "NoteRef"})
        ref = cd.find("CodeRef")
        code_guid = norm_guid(ref.get("targetGUID")) if ref is not None else None
        code_id = self.codes.get(code_guid or "")
        if code_id is None:
            self.report.lose(
                LossKind.SELECTION, f"a coding in {name!r}", "it refers to a code that is not in the project's codebook"
            )
            return 0
        cid = norm_guid(cd.get("guid")) or str(uuid.uuid4())
        if cid in self.coding_ids:
            cid = str(uuid.uuid4())
        self.coding_ids.add(cid)
        coder = self._coder(cd.get("creatingUser"), sel.get("creatingUser"))
        when = parse_datetime(cd.get("creationDateTime")) or sel_created or created
        note_text, _ = self._note_text(cd.findall("NoteRef"))
        memo = "\n\n".join(dict.fromkeys(p for p in [*memo_parts, note_text] if p))
        self.snap.codings.append(
            Coding(cid, doc_id, code_id, coder, start, end, memo, False, when, sel_updated or when)
        )
        return 1

    # -- the rest ---------------------------------------------------------------------------

    def _others(self, root: Element) -> None:
        for tag, child, kind, what in (
            ("Links", "Link", LossKind.LINK, "link(s) between items"),
            ("Graphs", "Graph", LossKind.GRAPH, "graph(s)"),
        ):
            el = root.find(tag)
            if el is None:
                continue
            n = len(el.findall(child))
            if n:
                self.report.lose(kind, f"{n} {what}", "qcoder has no equivalent; not carried over")
        sets_loss(self.report, root.find("Sets"))

    def _journal(self, refs: list[Element]) -> list[Element]:
        """Notes named as qcoder names journal entries become entries again (with their time and
        author); the project's other note references are returned."""
        rest = []
        for ref in refs:
            g = norm_guid(ref.get("targetGUID"))
            if g is None or g not in self.notes or not self.notes[g][0].startswith(JOURNAL_NOTE):
                rest.append(ref)
                continue
            self.used_notes.add(g)
            _name, text, when = self.notes[g]
            user = self.note_users.get(g, "")
            author = user if user in self.coders else ""
            if text:
                self.snap.memos.append(Memo(MemoTarget.PROJECT, g, text, when or self.now, author))
        return rest

    def _project_memo(self, root: Element) -> None:
        parts = [(root.findtext("Description") or "").strip()]
        text, when = self._note_text(self._journal(root.findall("NoteRef")))
        parts.append(text)
        orphans = [g for g in self.notes if g not in self.used_notes]
        for g in orphans:
            name, body, _when = self.notes[g]
            if body:
                parts.append(f"{name}\n{'-' * min(len(name), 40)}\n{body}")
        if orphans:
            self.report.note(
                f"{len(orphans)} note(s) not attached to anything qcoder imports were added to the project memo"
            )
        memo = "\n\n".join(p for p in parts if p)
        if memo:
            self.snap.memos.append(Memo(MemoTarget.PROJECT, "", memo, when or self.now))
