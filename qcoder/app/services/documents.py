"""Documents with their speakers and turns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from qcoder.app.services.core import ProjectCore
from qcoder.core import commands as cmd
from qcoder.core.errors import InvalidValue, NotFound
from qcoder.core.model import DEFAULT_LANGUAGE, Document, DocumentInfo, MediaLink, Speaker, Turn, new_id, utcnow
from qcoder.core.text import text_sha256
from qcoder.importers.base import ImportedDocument
from qcoder.importers.speakers import looks_like_interviewer
from qcoder.nlp.language import detect

KEEP = "\x00keep"  # sentinel: "leave this field as it is"


def _language_to_store(text: str) -> str:
    """The detected language of an imported text, or "" for the default (English: not stored)."""
    language = detect(text)
    return "" if language == DEFAULT_LANGUAGE else language


class DocumentService:
    """Documents, their speakers and turns."""

    def __init__(self, core: ProjectCore) -> None:
        self._core = core
        self._store = core.store

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

    def media_links(self) -> list[MediaLink]:
        with self._store.reader() as repo:
            return repo.media_links()

    def paragraph_times(self, document_id: str) -> list[tuple[int, float]]:
        """(offset, seconds): where each paragraph without a speaker starts, and when in the
        recording (captions without speaker labels); empty for other documents."""
        with self._store.reader() as repo:
            return repo.paragraph_times(document_id)

    def all_paragraph_times(self) -> dict[str, list[tuple[int, float]]]:
        with self._store.reader() as repo:
            return repo.all_paragraph_times()

    def document_names_and_hashes(self) -> list[tuple[str, str]]:
        """(name, sha256) of every document (cheap at any size)."""
        with self._store.reader() as repo:
            return repo.document_names_and_hashes()

    def unique_document_name(self, wanted: str) -> str:
        with self._store.reader() as repo:
            name, n = wanted, 2
            while repo.document_id_by_name(name) is not None:
                name = f"{wanted} ({n})"
                n += 1
            return name

    def add_document(self, imported: ImportedDocument, name: str | None = None) -> DocumentInfo:
        """Store an imported document with its speakers and turns (one undoable step)."""
        command = self.add_document_command(imported, name)
        self._core.execute(command)
        return self.document_info(command.document.id)

    def add_documents(
        self, items: Sequence[tuple[ImportedDocument, str]], text: str = "", once: bool = False
    ) -> list[DocumentInfo]:
        """Store several imported documents in ONE transaction (one undoable step): a batch import
        pays one synced commit for many documents. All or none: a failing document fails all.
        ``once``: refuse (``AlreadyImported``) a text already stored, and take a free name for a
        name already taken, inside the transaction (parallel imports never store a text twice)."""
        commands = [self.add_document_command(imported, name) for imported, name in items]
        for command in commands:
            command.once = once
        if not commands:
            return []
        self._core.execute(cmd.batch_of(commands, text or f"Import {len(commands)} documents"))
        return [c.document.info for c in commands]

    @staticmethod
    def add_document_command(
        imported: ImportedDocument, name: str | None = None, *, detect_language: bool = True
    ) -> cmd.AddDocument:
        """The command that stores ``imported`` (checked: every turn lies inside the text) with
        its detected language (``detect_language`` False: none, analysed as English)."""
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
        info = replace(info, speakers=tuple(sorted(speakers)))
        times = [(o, t) for o, t in imported.paragraph_times if 0 <= o <= len(text)]
        return cmd.AddDocument(
            Document(info, text),
            list(speakers.values()),
            turns,
            text=f"Import {info.name}",
            times=times,
            language=_language_to_store(text) if detect_language else "",
        )

    def rename_document(self, document_id: str, name: str) -> None:
        if not name.strip():
            raise InvalidValue("a document needs a name")
        self._core.execute(cmd.RenameDocument(document_id, name.strip()))

    def delete_document(self, document_id: str) -> None:
        self._core.execute(cmd.DeleteDocument(document_id))

    def update_speaker(
        self,
        speaker_id: str,
        *,
        label: str | None = None,
        is_interviewer: bool | None = None,
        participant_id: str | None = KEEP,
    ) -> Speaker:
        """Rename, mark as interviewer, or link to a participant (``None`` unlinks)."""
        old = next((s for s in self.speakers() if s.id == speaker_id), None)
        if old is None:
            raise NotFound("speaker", speaker_id)
        new = replace(
            old,
            label=old.label if label is None else label.strip(),
            is_interviewer=old.is_interviewer if is_interviewer is None else is_interviewer,
            participant_id=old.participant_id if participant_id is KEEP else participant_id,
        )
        if not new.label:
            raise InvalidValue("a speaker needs a label")
        self._core.execute(cmd.UpdateSpeaker(new))
        return new

    def merge_speakers(self, source_id: str, target_id: str) -> None:
        speakers = {s.id: s for s in self.speakers()}
        if source_id not in speakers or target_id not in speakers:
            raise NotFound("speaker", source_id if source_id not in speakers else target_id)
        if speakers[source_id].document_id != speakers[target_id].document_id:
            raise InvalidValue("only speakers of the same document can be merged")
        self._core.execute(cmd.MergeSpeakers(source_id, target_id, speakers[source_id].document_id))

    def mark_turns(self, document_id: str, rule: str, marker: str = "", interviewer_first: bool = True) -> int:
        """Speaker turns for a document in which import found no speaker label, by a rule:
        ``"alternate"`` (paragraphs alternate interviewer / respondent) or ``"marker"``
        (paragraphs starting with ``marker`` are the interviewer's). One undo step; returns
        the number of turns. The interviewer speaker is marked as interviewer."""
        from qcoder.core import turns as rules

        text = self.document(document_id).text
        if rule == "alternate":
            found = rules.alternating(text, interviewer_first)
        elif rule == "marker":
            found = rules.by_marker(text, marker)
        else:
            raise InvalidValue(f"unknown rule {rule!r} (alternate or marker)")
        if not found:
            raise InvalidValue("the document has no paragraphs to give to speakers")
        speakers = {
            label: Speaker(new_id(), document_id, label, is_interviewer=label == rules.INTERVIEWER)
            for label in dict.fromkeys(label for label, _s, _e in found)
        }
        times = dict(self.paragraph_times(document_id))  # a caption paragraph's time goes to its turn
        turns = [Turn(new_id(), document_id, speakers[label].id, s, e, times.get(s)) for label, s, e in found]
        self._core.execute(cmd.AddTurns(document_id, list(speakers.values()), turns))
        return len(turns)
