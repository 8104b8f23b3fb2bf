"""One open project: queries return plain records; every mutation is an undoable command
run in one transaction."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from qcoder.core import commands as cmd
from qcoder.core import permissions
from qcoder.core.attributes import canonical_value, infer_type
from qcoder.core.changes import ChangeSet, Kind, changes_from_json, changes_to_json
from qcoder.core.codepath import code_paths, descendants, join_path, split_path
from qcoder.core.codes import check_code_name, check_color, palette_color
from qcoder.core.errors import InvalidValue, NotFound
from qcoder.core.history import History, UndoHistory
from qcoder.core.model import (
    AttributeDef,
    AttributeScope,
    AttributeType,
    Code,
    Coder,
    Coding,
    Document,
    DocumentInfo,
    Memo,
    MemoTarget,
    Participant,
    Speaker,
    Turn,
    new_id,
    utcnow,
)
from qcoder.core.permissions import PermissionDenied, Role
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.core.text import text_sha256
from qcoder.importers.base import ImportedDocument
from qcoder.importers.speakers import looks_like_interviewer
from qcoder.store.project_store import ProjectStore
from qcoder.store.repository import SqlRepository

Listener = Callable[[ChangeSet], None]
_KEEP = "\x00keep"  # sentinel: "leave this field as it is"


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: str
    document_name: str
    start: int
    end: int
    before: str
    match: str
    after: str


class Project:
    """The service API over one open project (SQLite file or PostgreSQL URL)."""

    def __init__(self, store: ProjectStore) -> None:
        self._store = store
        self._listeners: list[Listener] = []
        self.history: History = UndoHistory(self)
        self.actor_id: str | None = None  # the coder using this client (set by identify)
        self.role: Role = Role.LEAD
        self._own_changes: set[int] = set()
        self._changes_lock = threading.Lock()  # workers write while the GUI thread polls
        with store.reader() as repo:
            self._polled = repo.latest_change()
            members = repo.members()
            db_user = repo.database_user() if members else None
        for coder_id, (role, user) in members.items():
            if db_user is not None and user == db_user:
                self.actor_id, self.role = coder_id, Role(role)

    # --- lifecycle ----------------------------------------------------------------------------
    @classmethod
    def create(
        cls, location: str | Path, name: str = "", *, passphrase: str | None = None, window: bool = False
    ) -> Project:
        """A new project; with ``passphrase`` an encrypted one (SQLCipher)."""
        return cls(ProjectStore.create(location, name, passphrase=passphrase, window=window))

    @classmethod
    def open(
        cls,
        location: str | Path,
        *,
        passphrase: str | None = None,
        read_only: bool = False,
        window: bool = False,
        check: bool = True,
        backup: bool | None = None,
    ) -> Project:
        """Open a project; the options are those of :meth:`ProjectStore.open` (encryption,
        read-only, the window lock, the integrity check, the rolling backup on open)."""
        return cls(
            ProjectStore.open(
                location, passphrase=passphrase, read_only=read_only, window=window, check=check, backup=backup
            )
        )

    @property
    def encrypted(self) -> bool:
        return self._store.encrypted

    @property
    def is_encrypted(self) -> bool:
        """True for a project file encrypted with a passphrase (SQLCipher)."""
        return self._store.encrypted

    @property
    def read_only(self) -> bool:
        """True when the project was opened read-only (every write is refused)."""
        return self._store.read_only

    @property
    def passphrase(self) -> str | None:
        """The passphrase the project was opened with (kept only in memory), None if plain."""
        return self._store.passphrase

    @property
    def store(self) -> ProjectStore:
        """The project's storage, for the app layer's own services (backups, safety checks)."""
        return self._store

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def location(self) -> str | Path:
        return self._store.location

    @property
    def path(self) -> Path | None:
        return self._store.path

    @property
    def backend(self) -> str:
        return self._store.dialect

    @property
    def upgraded_from(self) -> str | None:
        return self._store.upgraded_from

    @property
    def upgrade_backup(self) -> Path | None:
        return self._store.upgrade_backup

    @property
    def name(self) -> str:
        with self._store.reader() as repo:
            return repo.get_meta("name") or ""

    @property
    def project_id(self) -> str:
        with self._store.reader() as repo:
            return repo.get_meta("project_id") or ""

    def backup(self, target: Path) -> Path:
        return self._store.backup(target)

    # --- commands, undo, change notification ---------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, changes: ChangeSet) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    def run_do(self, command: cmd.Command) -> ChangeSet:
        with self._store.transaction() as repo:
            permissions.check(command, self.role, self.actor_id, repo)
            changes = command.do(repo)
            self._log(repo, changes)
        self._notify(changes)
        return changes

    def run_undo(self, command: cmd.Command) -> ChangeSet:
        with self._store.transaction() as repo:
            permissions.check(command, self.role, self.actor_id, repo)
            changes = command.undo(repo)
            self._log(repo, changes)
        self._notify(changes)
        return changes

    def _log(self, repo: SqlRepository, changes: ChangeSet) -> None:
        if changes:
            seq = repo.log_change(utcnow(), self.actor_id or "", changes_to_json(changes))
            with self._changes_lock:
                self._own_changes.add(seq)
            if seq % 1000 == 0:
                repo.prune_changes(keep=10_000)

    def poll_changes(self) -> ChangeSet:
        """Changes other clients committed since the last poll (and tell the listeners).

        Cheap when nothing happened (one indexed max() query); the window calls it on a timer
        for projects on a server.
        """
        with self._store.reader() as repo:
            rows = repo.changes_since(self._polled)
        merged = ChangeSet()
        with self._changes_lock:
            for seq, _actor, data in rows:
                self._polled = max(self._polled, seq)
                if seq not in self._own_changes:
                    merged.update(changes_from_json(data))
            self._own_changes = {s for s in self._own_changes if s > self._polled}
        self._notify(merged)
        return merged

    # --- identity and roles ---------------------------------------------------------------------
    def identify(self, coder_id: str) -> Role:
        """Act as ``coder_id`` from now on; the role comes from the project's members (a
        project without members is single-user: everyone is lead)."""
        with self._store.reader() as repo:
            members = repo.members()
        self.actor_id = coder_id
        self.role = Role(members[coder_id][0]) if coder_id in members else Role.CODER if members else Role.LEAD
        return self.role

    def members(self) -> dict[str, tuple[str, str | None]]:
        with self._store.reader() as repo:
            return repo.members()

    def install_server_security(self) -> tuple[str, str]:
        """Roles, grants and row-level security on a PostgreSQL project (owner only)."""
        from qcoder.store.server_pg import install_security

        return install_security(self._store.engine)

    def add_server_login(self, db_user: str, role: Role, password: str | None) -> None:
        from qcoder.store.server_pg import add_login

        add_login(self._store.engine, db_user, role.value, password)

    def set_member(self, coder_id: str, role: Role | None, db_user: str | None = None) -> None:
        """Give a coder a role (None removes them). Only a lead may, once members exist."""
        with self._store.transaction() as repo:
            members = repo.members()
            if members and self.role is not Role.LEAD:
                raise PermissionDenied("only a lead may change members")
            repo.set_member(coder_id, role.value if role else None, db_user)
            self._log(repo, ChangeSet().change(Kind.CODER, coder_id))

    def execute(self, command: cmd.Command) -> ChangeSet:
        """Run ``command`` as one undoable step (through the GUI's undo stack when one is set)."""
        return self.history.push(command)

    def undo(self) -> ChangeSet | None:
        return self.history.undo()

    def redo(self) -> ChangeSet | None:
        return self.history.redo()

    # --- documents ------------------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        with self._store.reader() as repo:
            return repo.document_infos()

    def document_info(self, document_id: str) -> DocumentInfo:
        with self._store.reader() as repo:
            return repo.document_info(document_id)

    def document(self, document_id: str) -> Document:
        with self._store.reader() as repo:
            return repo.get_document(document_id)

    def document_by_name(self, name: str) -> DocumentInfo:
        with self._store.reader() as repo:
            doc_id = repo.document_id_by_name(name)
            if doc_id is None:
                # accept the file name with its extension too
                doc_id = repo.document_id_by_name(Path(name).stem)
            if doc_id is None:
                raise NotFound("document", name)
            return repo.document_info(doc_id)

    def document_texts(self, document_ids: Sequence[str] | None = None) -> dict[str, str]:
        """Texts of several documents in one query (all when ``document_ids`` is None)."""
        with self._store.reader() as repo:
            return repo.document_texts() if document_ids is None else repo.document_texts_of(document_ids)

    def documents_with_text_hash(self, sha256: str) -> list[str]:
        with self._store.reader() as repo:
            return repo.document_ids_by_sha(sha256)

    def speakers(self, document_id: str | None = None) -> list[Speaker]:
        with self._store.reader() as repo:
            return repo.speakers(document_id)

    def turns(self, document_id: str | None = None) -> list[Turn]:
        with self._store.reader() as repo:
            return repo.turns(document_id)

    def unique_document_name(self, wanted: str) -> str:
        with self._store.reader() as repo:
            name, n = wanted, 2
            while repo.document_id_by_name(name) is not None:
                name = f"{wanted} ({n})"
                n += 1
            return name

    def add_document(self, imported: ImportedDocument, name: str | None = None) -> DocumentInfo:
        """Store an imported document with its speakers and turns (one undoable step)."""
        doc_id = new_id()
        text = imported.text
        info = DocumentInfo(
            id=doc_id,
            name=name or Path(imported.source_name).stem,
            chars=len(text),
            sha256=text_sha256(text),
            source_name=imported.source_name,
            source_format=imported.source_format,
            imported_at=utcnow(),
        )
        speakers: dict[str, Speaker] = {}
        turns: list[Turn] = []
        for t in imported.turns:
            if not 0 <= t.start <= t.end <= len(text):
                raise InvalidValue(f"turn [{t.start}, {t.end}) lies outside the text")
            sp = speakers.get(t.speaker)
            if sp is None:
                sp = speakers[t.speaker] = Speaker(
                    id=new_id(), document_id=doc_id, label=t.speaker, is_interviewer=looks_like_interviewer(t.speaker)
                )
            turns.append(Turn(new_id(), doc_id, sp.id, t.start, t.end, t.start_time, t.end_time))
        self.execute(cmd.AddDocument(Document(info, text), list(speakers.values()), turns, text=f"Import {info.name}"))
        return self.document_info(doc_id)

    def rename_document(self, document_id: str, name: str) -> None:
        if not name.strip():
            raise InvalidValue("a document needs a name")
        self.execute(cmd.RenameDocument(document_id, name.strip()))

    def delete_document(self, document_id: str) -> None:
        self.execute(cmd.DeleteDocument(document_id))

    def search(self, query: str, limit: int = 500, context: int = 60) -> list[SearchHit]:
        """Case-insensitive phrase search over all documents, with context around each hit."""
        query = query.strip()
        if not query:
            return []
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        with self._store.reader() as repo:
            names = repo.document_names()
            if re.search(r"\w", query) and not re.search(r"[^\w\s\-'.,;:!?\"]", query):
                candidates = self._store.search_documents(query)  # the index narrows word queries
            else:
                candidates = list(names)  # emoji, symbols: scan the texts
            texts = repo.document_texts_of(candidates)
        hits: list[SearchHit] = []
        for doc_id in candidates:
            text = texts[doc_id]
            for m in pattern.finditer(text):
                s, e = m.span()
                hits.append(
                    SearchHit(
                        doc_id, names[doc_id], s, e, text[max(0, s - context) : s], m.group(0), text[e : e + context]
                    )
                )
                if len(hits) >= limit:
                    return hits
        return hits

    # --- speakers and participants ---------------------------------------------------------------
    def participants(self) -> list[Participant]:
        with self._store.reader() as repo:
            return repo.participants()

    def participant_by_name(self, name: str) -> Participant | None:
        return next((p for p in self.participants() if p.name == name), None)

    def add_participant(self, name: str, attributes: dict[str, str] | None = None) -> Participant:
        participant = Participant(id=new_id(), name=name.strip())
        if not participant.name:
            raise InvalidValue("a participant needs a name")
        self.execute(cmd.AddParticipant(participant, text=f"Add participant {participant.name}"))
        if attributes:
            self.set_attributes(AttributeScope.PARTICIPANT, {participant.id: attributes})
        return next(p for p in self.participants() if p.id == participant.id)

    def rename_participant(self, participant_id: str, name: str) -> None:
        if not name.strip():
            raise InvalidValue("a participant needs a name")
        self.execute(cmd.RenameParticipant(participant_id, name.strip()))

    def update_speaker(
        self,
        speaker_id: str,
        *,
        label: str | None = None,
        is_interviewer: bool | None = None,
        participant_id: str | None = _KEEP,
    ) -> Speaker:
        """Rename, mark as interviewer, or link to a participant (``None`` unlinks)."""
        old = next((s for s in self.speakers() if s.id == speaker_id), None)
        if old is None:
            raise NotFound("speaker", speaker_id)
        new = replace(
            old,
            label=old.label if label is None else label.strip(),
            is_interviewer=old.is_interviewer if is_interviewer is None else is_interviewer,
            participant_id=old.participant_id if participant_id is _KEEP else participant_id,
        )
        if not new.label:
            raise InvalidValue("a speaker needs a label")
        self.execute(cmd.UpdateSpeaker(new))
        return new

    def merge_speakers(self, source_id: str, target_id: str) -> None:
        speakers = {s.id: s for s in self.speakers()}
        if source_id not in speakers or target_id not in speakers:
            raise NotFound("speaker", source_id if source_id not in speakers else target_id)
        if speakers[source_id].document_id != speakers[target_id].document_id:
            raise InvalidValue("only speakers of the same document can be merged")
        self.execute(cmd.MergeSpeakers(source_id, target_id, speakers[source_id].document_id))

    # --- attributes ------------------------------------------------------------------------------
    def attributes(self, scope: AttributeScope | None = None) -> list[AttributeDef]:
        with self._store.reader() as repo:
            return [a for a in repo.attributes() if scope is None or a.scope == scope]

    def attribute(self, name: str, scope: AttributeScope) -> AttributeDef | None:
        return next((a for a in self.attributes(scope) if a.name == name), None)

    def define_attribute(
        self,
        name: str,
        type: AttributeType,
        scope: AttributeScope = AttributeScope.DOCUMENT,
        allowed: Sequence[str] = (),
    ) -> AttributeDef:
        name = name.strip()
        if not name:
            raise InvalidValue("an attribute needs a name")
        attribute = AttributeDef(new_id(), name, type, scope, tuple(allowed), position=len(self.attributes(scope)))
        self.execute(cmd.DefineAttribute(attribute, text=f"Add attribute {name}"))
        return attribute

    def update_attribute(self, attribute: AttributeDef) -> None:
        self.execute(cmd.UpdateAttribute(attribute))

    def delete_attribute(self, attribute_id: str) -> None:
        self.execute(cmd.DeleteAttribute(attribute_id))

    def set_attributes(self, scope: AttributeScope, values: dict[str, dict[str, str]], *, create: bool = True) -> None:
        """Set attribute values: ``{target id: {attribute name: value}}``, one undo step.

        Unknown attributes are created (type inferred from the values) when ``create`` is true.
        Values are validated against the attribute's type; an empty value clears it. Category
        values that are not yet allowed are added to the allowed list.
        """
        by_name = {a.name: a for a in self.attributes(scope)}
        steps: list[cmd.Command] = []
        columns: dict[str, dict[str, str | None]] = {}
        for target, attrs in values.items():
            for name, value in attrs.items():
                columns.setdefault(name, {})[target] = value
        position = len(by_name)
        for name, column in columns.items():
            attribute = by_name.get(name)
            present = [v for v in column.values() if v]
            if attribute is None:
                if not create:
                    raise NotFound("attribute", name)
                kind = infer_type(name, present)
                allowed = tuple(sorted(set(present))) if kind is AttributeType.CATEGORY else ()
                attribute = AttributeDef(new_id(), name, kind, scope, allowed, position)
                position += 1
                steps.append(cmd.DefineAttribute(attribute))
            elif attribute.type is AttributeType.CATEGORY:
                known = {a.casefold() for a in attribute.allowed}
                extra = sorted({v.strip() for v in present if v.strip().casefold() not in known})
                if extra:
                    attribute = replace(attribute, allowed=attribute.allowed + tuple(extra))
                    steps.append(cmd.UpdateAttribute(attribute))
            canonical: dict[str, str | None] = {
                t: (canonical_value(attribute, v) if v else None) for t, v in column.items()
            }
            kind_of_target = Kind.DOCUMENT if scope is AttributeScope.DOCUMENT else Kind.PARTICIPANT
            steps.append(cmd.SetAttributeValues(attribute.id, canonical, kind_of_target))
        if steps:
            self.execute(cmd.Batch(steps, text="Set attributes"))

    # --- codebook ---------------------------------------------------------------------------------
    def codes(self) -> list[Code]:
        with self._store.reader() as repo:
            return repo.codes()

    def code(self, code_id: str) -> Code:
        with self._store.reader() as repo:
            return repo.get_code(code_id)

    def code_paths(self) -> dict[str, str]:
        return code_paths(self.codes())

    def code_by_path(self, path: str) -> Code | None:
        wanted = join_path(split_path(path)).casefold()
        for cid, p in self.code_paths().items():
            if p.casefold() == wanted:
                return self.code(cid)
        return None

    def coding_counts_by_coder(self) -> dict[str, int]:
        """coder id -> number of codings (coders without codings are absent)."""
        with self._store.reader() as repo:
            return repo.coding_counts_by_coder()

    def coding_counts(self, code_ids: Sequence[str] | None = None) -> dict[str, int]:
        """code id -> number of codings (of ``code_ids`` only, when given)."""
        with self._store.reader() as repo:
            return repo.coding_counts(code_ids)

    def document_coding_counts(self, document_ids: Sequence[str]) -> dict[str, int]:
        """document id -> number of codings, for a few documents (one indexed query)."""
        with self._store.reader() as repo:
            return repo.document_coding_counts(document_ids)

    def create_code(
        self,
        name: str,
        parent_id: str | None = None,
        *,
        color: str | None = None,
        definition: str = "",
        inclusion: str = "",
        exclusion: str = "",
        example: str = "",
        code_id: str | None = None,
    ) -> Code:
        name = check_code_name(name)
        codes = self.codes()
        siblings = [c for c in codes if c.parent_id == parent_id]
        code = Code(
            id=code_id or new_id(),
            name=name,
            parent_id=parent_id,
            color=check_color(color) if color else palette_color(len(codes)),
            definition=definition,
            inclusion=inclusion,
            exclusion=exclusion,
            example=example,
            position=max((c.position for c in siblings), default=-1) + 1,
        )
        self.execute(cmd.CreateCode(code, text=f"New code {name}"))
        return code

    def ensure_code_path(self, path: str, **fields: str) -> Code:
        """The code at ``path`` (``A > B > C``), creating missing levels."""
        parts = split_path(path)
        if not parts:
            raise InvalidValue("empty code path")
        parent: str | None = None
        code: Code | None = None
        for i, part in enumerate(parts):
            code = next(
                (c for c in self.codes() if c.parent_id == parent and c.name.casefold() == part.casefold()), None
            )
            if code is None:
                code = self.create_code(part, parent, **(fields if i == len(parts) - 1 else {}))
            parent = code.id
        assert code is not None
        return code

    def update_code(self, code_id: str, *, expected_version: int | None = None, **fields: object) -> Code:
        """Change any of name, color, definition, inclusion, exclusion, example, parent_id, position."""
        old = self.code(code_id)
        if "name" in fields:
            fields["name"] = check_code_name(str(fields["name"]))
        if "color" in fields:
            fields["color"] = check_color(str(fields["color"]))
        new = replace(old, **fields)  # type: ignore[arg-type]
        label = "Edit code"
        if new.name != old.name:
            label = "Rename code"
        elif new.parent_id != old.parent_id:
            label = "Move code"
        self.execute(cmd.UpdateCode(new, expected_version, text=label))
        return self.code(code_id)

    def move_code(self, code_id: str, parent_id: str | None, position: int | None = None) -> Code:
        siblings = [c for c in self.codes() if c.parent_id == parent_id and c.id != code_id]
        pos = max((c.position for c in siblings), default=-1) + 1 if position is None else position
        return self.update_code(code_id, parent_id=parent_id, position=pos)

    def code_usage(self, code_id: str) -> int:
        """Codings that deleting ``code_id`` would remove (its subcodes' included)."""
        ids = descendants(self.codes(), code_id)
        counts = self.coding_counts()
        return sum(counts.get(i, 0) for i in ids)

    def delete_code(self, code_id: str) -> int:
        """Delete a code with its subcodes and codings; returns how many codings went."""
        n = self.code_usage(code_id)
        self.execute(cmd.DeleteCode(code_id, text=f"Delete code {self.code(code_id).name}"))
        return n

    def merge_codes(self, source_id: str, target_id: str) -> None:
        label = f"Merge {self.code(source_id).name} into {self.code(target_id).name}"
        self.execute(cmd.MergeCodes(source_id, target_id, text=label))

    # --- coders and codings ---------------------------------------------------------------------
    def coders(self) -> list[Coder]:
        with self._store.reader() as repo:
            return repo.coders()

    def coder_by_name(self, name: str) -> Coder | None:
        return next((c for c in self.coders() if c.name.casefold() == name.strip().casefold()), None)

    def ensure_coder(self, name: str, coder_id: str | None = None) -> Coder:
        """The coder called ``name``, registered if new (coders are not undoable)."""
        name = name.strip()
        if not name:
            raise InvalidValue("a coder needs a name")
        existing = self.coder_by_name(name)
        if existing is not None:
            return existing
        coder = Coder(coder_id or new_id(), name)
        changes = ChangeSet().add(Kind.CODER, coder.id)
        with self._store.transaction() as repo:
            repo.insert_coder(coder)
            self._log(repo, changes)
        self._notify(changes)
        return coder

    def codings(
        self,
        document_id: str | None = None,
        code_ids: Sequence[str] | None = None,
        coder_ids: Sequence[str] | None = None,
    ) -> list[Coding]:
        with self._store.reader() as repo:
            return repo.codings(document_id, code_ids, coder_ids)

    def coding(self, coding_id: str) -> Coding:
        with self._store.reader() as repo:
            return repo.get_coding(coding_id)

    def add_coding(self, document_id: str, code_id: str, coder_id: str, start: int, end: int, memo: str = "") -> Coding:
        now = utcnow()
        coding = Coding(new_id(), document_id, code_id, coder_id, start, end, memo, False, now, now)
        self.execute(cmd.AddCodings([coding], text="Code selection"))
        return coding

    def add_codings(self, codings: Sequence[Coding], label: str = "Apply codes") -> None:
        if codings:
            self.execute(cmd.AddCodings(list(codings), text=label))

    def remove_codings(self, coding_ids: Sequence[str]) -> None:
        if coding_ids:
            label = "Remove coding" if len(coding_ids) == 1 else "Remove codings"
            self.execute(cmd.RemoveCodings(list(coding_ids), text=label))

    def update_coding(self, coding_id: str, **fields: object) -> Coding:
        """Change start, end, code_id, memo or exemplar of a coding."""
        old = self.coding(coding_id)
        new = replace(old, **fields)  # type: ignore[arg-type]
        label = "Edit memo" if "memo" in fields else "Star excerpt" if "exemplar" in fields else "Change coding"
        self.execute(cmd.UpdateCoding(new, text=label))
        return self.coding(coding_id)

    # --- assignments, blind mode, audit log ----------------------------------------------------------
    def assignments(self) -> dict[str, set[str]]:
        """coder id -> documents assigned to that coder (coders without an entry: all documents)."""
        with self._store.reader() as repo:
            return repo.assignments()

    def assign_documents(self, coder_id: str, document_ids: Sequence[str]) -> None:
        self.execute(cmd.SetAssignments(coder_id, list(document_ids)))

    @property
    def blind_mode(self) -> bool:
        """While on, each coder's window shows only their own codings (the lead turns it off)."""
        with self._store.reader() as repo:
            return repo.get_meta("blind_mode") == "on"

    def set_blind_mode(self, on: bool) -> None:
        if self.role is not Role.LEAD:
            raise PermissionDenied("only a lead may switch blind mode")
        changes = ChangeSet().change(Kind.PROJECT, "blind_mode")
        with self._store.transaction() as repo:
            repo.set_meta("blind_mode", "on" if on else "off")
            self._log(repo, changes)
        self._notify(changes)

    def audit_log(self) -> list[tuple[str, datetime, str, str, dict[str, Any]]]:
        with self._store.reader() as repo:
            return repo.audit_log()

    # --- memos ------------------------------------------------------------------------------------
    def memo(self, kind: MemoTarget, target_id: str = "") -> str:
        with self._store.reader() as repo:
            m = repo.get_memo(kind, target_id)
            return m.text if m else ""

    def set_memo(self, kind: MemoTarget, target_id: str, text: str) -> None:
        self.execute(cmd.SetMemo(kind, target_id, text))

    def memos(self) -> list[Memo]:
        with self._store.reader() as repo:
            return repo.memos()

    # --- whole-project views -------------------------------------------------------------------
    def snapshot(self, with_text: bool = True) -> ProjectSnapshot:
        """The whole project as plain records (for analysis, exports, merging)."""
        with self._store.reader() as repo:
            infos = repo.document_infos()
            texts = repo.document_texts() if with_text else {}
            return ProjectSnapshot(
                name=repo.get_meta("name") or "",
                documents=[Document(i, texts.get(i.id, "")) for i in infos],
                speakers=repo.speakers(),
                turns=repo.turns(),
                participants=repo.participants(),
                attributes=repo.attributes(),
                codes=repo.codes(),
                coders=repo.coders(),
                codings=repo.codings(),
                memos=repo.memos(),
            )
