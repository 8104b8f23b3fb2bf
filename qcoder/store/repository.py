"""The SQL implementation of :class:`qcoder.core.repository.Repository`, plus bulk reads.

One instance wraps one SQLAlchemy session, i.e. one transaction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from qcoder.core.errors import ConcurrentEdit, DuplicateName, NotFound
from qcoder.core.model import (
    AttributeDef,
    AttributeScope,
    Code,
    Coder,
    Coding,
    Document,
    DocumentInfo,
    Participant,
    Speaker,
    Turn,
)
from qcoder.core.snapshot import CodingColumns
from qcoder.store.dialect import lock_text_claim
from qcoder.store.quick_read import read_document_infos
from qcoder.store.repository_meta import MetaTables
from qcoder.store.repository_team import TeamTables
from qcoder.store.rows import (
    CODE_COLS,
    CODING_COLS,
    DOC_INFO_COLS,
    all_codings,
    attribute_from_row,
    aware,
    chunks,
    code_from_row,
    coding_from_row,
    coding_to_row,
)
from qcoder.store.rows import (
    coding_columns as read_coding_columns,
)
from qcoder.store.schema import (
    AttributeRow,
    AttributeValueRow,
    CodeRow,
    CoderRow,
    CodingRow,
    DocumentRow,
    DocumentTextRow,
    ParticipantRow,
    SpeakerRow,
    TurnRow,
    table,
)


class SqlRepository(TeamTables, MetaTables):
    def __init__(self, session: Session) -> None:
        self.s = session

    # --- documents --------------------------------------------------------------------------
    def document_infos(self, with_counts: bool = True) -> list[DocumentInfo]:
        """Every document without its text, with attributes, speakers and (``with_counts``)
        coding counts (a pass over every coding: 0.1 s at 500k); read through the driver's
        cursor (:func:`qcoder.store.quick_read.read_document_infos`)."""
        return read_document_infos(self.s.connection().connection.dbapi_connection, with_counts)

    def document_info(self, document_id: str) -> DocumentInfo:
        r = self.s.execute(select(*DOC_INFO_COLS).where(DocumentRow.id == document_id)).first()
        if r is None:
            raise NotFound("document", document_id)
        count = self.s.scalar(select(func.count()).where(CodingRow.document_id == document_id)) or 0
        labels = self.s.scalars(
            select(SpeakerRow.label).where(SpeakerRow.document_id == document_id).order_by(SpeakerRow.label)
        ).all()
        return DocumentInfo(
            id=r.id,
            name=r.name,
            chars=r.chars,
            sha256=r.sha256,
            source_name=r.source_name,
            source_format=r.source_format,
            imported_at=aware(r.imported_at),
            attributes=self._named_values(document_id),
            speakers=tuple(labels),
            codings=count,
        )

    def get_document(self, document_id: str) -> Document:
        text = self.s.scalar(select(DocumentTextRow.text).where(DocumentTextRow.document_id == document_id))
        if text is None:
            raise NotFound("document", document_id)
        return Document(info=self.document_info(document_id), text=text)

    def document_length(self, document_id: str) -> int:
        chars = self.s.scalar(select(DocumentRow.chars).where(DocumentRow.id == document_id))
        if chars is None:
            raise NotFound("document", document_id)
        return chars

    def document_texts(self) -> dict[str, str]:
        return dict(self.s.execute(select(DocumentTextRow.document_id, DocumentTextRow.text)).all())

    def document_texts_of(self, document_ids: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in chunks(list(document_ids)):
            q = select(DocumentTextRow.document_id, DocumentTextRow.text).where(DocumentTextRow.document_id.in_(chunk))
            out.update(self.s.execute(q).all())
        return out

    def document_names(self) -> dict[str, str]:
        """id -> name of every document, in project order (one cheap query)."""
        q = select(DocumentRow.id, DocumentRow.name).order_by(DocumentRow.position, DocumentRow.name)
        return dict(self.s.execute(q).all())

    def document_names_and_hashes(self) -> list[tuple[str, str]]:
        """(name, sha256) of every document: what an import checks new files against (from the
        listing index alone: 10 ms at 10,000 documents, where the full listing takes 250 ms)."""
        return [(name, sha) for name, sha in self.s.execute(select(DocumentRow.name, DocumentRow.sha256))]

    def document_id_by_name(self, name: str) -> str | None:
        return self.s.scalar(select(DocumentRow.id).where(DocumentRow.name == name))

    def document_ids_by_sha(self, sha: str) -> list[str]:
        return list(self.s.scalars(select(DocumentRow.id).where(DocumentRow.sha256 == sha)))

    def claim_text(self, sha: str) -> None:
        """Until this transaction ends, another one claiming the same text waits (see
        :func:`qcoder.store.dialect.lock_text_claim`)."""
        lock_text_claim(self.s, sha)

    def insert_document(self, document: Document) -> None:
        info = document.info
        if self.document_id_by_name(info.name) is not None:
            raise DuplicateName("document", info.name)
        position = (self.s.scalar(select(func.max(DocumentRow.position))) or 0) + 1
        self.s.connection().execute(
            insert(table(DocumentRow)).values(
                id=info.id,
                name=info.name,
                chars=len(document.text),
                sha256=info.sha256,
                source_name=info.source_name,
                source_format=info.source_format,
                imported_at=info.imported_at,
                position=position,
            )
        )
        self.s.connection().execute(insert(table(DocumentTextRow)).values(document_id=info.id, text=document.text))

    def insert_documents(self, documents: Sequence[Document]) -> None:
        """:meth:`insert_document` for many documents in bulk statements (one name check)."""
        names = [d.info.name for d in documents]
        taken = next(
            (
                n
                for chunk in chunks(names)
                for n in self.s.scalars(select(DocumentRow.name).where(DocumentRow.name.in_(chunk)))
            ),
            None,
        )
        if taken is not None or len(set(names)) < len(names):
            raise DuplicateName("document", taken or next(n for n in names if names.count(n) > 1))
        position = (self.s.scalar(select(func.max(DocumentRow.position))) or 0) + 1
        rows = [
            {
                "id": d.info.id,
                "name": d.info.name,
                "chars": len(d.text),
                "sha256": d.info.sha256,
                "source_name": d.info.source_name,
                "source_format": d.info.source_format,
                "imported_at": d.info.imported_at,
                "position": position + i,
            }
            for i, d in enumerate(documents)
        ]
        if rows:
            conn = self.s.connection()
            conn.execute(insert(table(DocumentRow)), rows)  # Core executemany
            conn.execute(
                insert(table(DocumentTextRow)), [{"document_id": d.info.id, "text": d.text} for d in documents]
            )

    def delete_documents(self, document_ids: Sequence[str]) -> None:
        """:meth:`delete_document` for many documents, a chunk of ids per statement."""
        for chunk in chunks(list(document_ids)):
            for row in (CodingRow, TurnRow, SpeakerRow, DocumentTextRow):
                self.s.execute(delete(row).where(row.document_id.in_(chunk)))
            self.s.execute(delete(AttributeValueRow).where(AttributeValueRow.target_id.in_(chunk)))
            self.s.execute(delete(DocumentRow).where(DocumentRow.id.in_(chunk)))

    def delete_document(self, document_id: str) -> None:
        # explicit deletes: the ORM-level statements do not rely on ON DELETE CASCADE support
        self.set_paragraph_times(document_id, [])
        self.s.execute(delete(CodingRow).where(CodingRow.document_id == document_id))
        self.s.execute(delete(TurnRow).where(TurnRow.document_id == document_id))
        self.s.execute(delete(SpeakerRow).where(SpeakerRow.document_id == document_id))
        self.s.execute(delete(AttributeValueRow).where(AttributeValueRow.target_id == document_id))
        self.s.execute(delete(DocumentTextRow).where(DocumentTextRow.document_id == document_id))
        self.s.execute(delete(DocumentRow).where(DocumentRow.id == document_id))

    def rename_document(self, document_id: str, name: str) -> None:
        other = self.document_id_by_name(name)
        if other is not None and other != document_id:
            raise DuplicateName("document", name)
        self.s.execute(update(DocumentRow).where(DocumentRow.id == document_id).values(name=name))

    # --- speakers, turns, participants ---------------------------------------------------------
    def speakers(self, document_id: str | None = None) -> list[Speaker]:
        q = select(SpeakerRow).order_by(SpeakerRow.document_id, SpeakerRow.label)
        if document_id is not None:
            q = q.where(SpeakerRow.document_id == document_id)
        return [
            Speaker(
                id=r.id,
                document_id=r.document_id,
                label=r.label,
                participant_id=r.participant_id,
                is_interviewer=bool(r.is_interviewer),
            )
            for r in self.s.scalars(q)
        ]

    def turns(self, document_id: str | None = None) -> list[Turn]:
        q = select(
            TurnRow.id,
            TurnRow.document_id,
            TurnRow.speaker_id,
            TurnRow.start,
            TurnRow.end,
            TurnRow.start_time,
            TurnRow.end_time,
        ).order_by(TurnRow.document_id, TurnRow.start)
        if document_id is not None:
            q = q.where(TurnRow.document_id == document_id)
        return [Turn(*r) for r in self.s.connection().execute(q)]

    def insert_speakers(self, speakers: Iterable[Speaker]) -> None:
        rows = [
            {
                "id": s.id,
                "document_id": s.document_id,
                "label": s.label,
                "participant_id": s.participant_id,
                "is_interviewer": s.is_interviewer,
            }
            for s in speakers
        ]
        if rows:
            self.s.connection().execute(insert(table(SpeakerRow)), rows)  # Core executemany

    def set_turn_times(self, times: Mapping[str, tuple[float | None, float | None]]) -> None:
        for turn_id, (start, end) in times.items():
            self.s.execute(update(TurnRow).where(TurnRow.id == turn_id).values(start_time=start, end_time=end))

    def insert_turns(self, turns: Iterable[Turn]) -> None:
        rows = [
            {
                "id": t.id,
                "document_id": t.document_id,
                "speaker_id": t.speaker_id,
                "start": t.start,
                "end": t.end,
                "start_time": t.start_time,
                "end_time": t.end_time,
            }
            for t in turns
        ]
        if rows:
            self.s.connection().execute(insert(table(TurnRow)), rows)  # Core executemany

    def update_speaker(self, speaker: Speaker) -> None:
        clash = self.s.scalar(
            select(SpeakerRow.id).where(
                SpeakerRow.document_id == speaker.document_id,
                SpeakerRow.label == speaker.label,
                SpeakerRow.id != speaker.id,
            )
        )
        if clash is not None:
            raise DuplicateName("speaker", speaker.label)
        self.s.execute(
            update(SpeakerRow)
            .where(SpeakerRow.id == speaker.id)
            .values(label=speaker.label, participant_id=speaker.participant_id, is_interviewer=speaker.is_interviewer)
        )

    def delete_speaker(self, speaker_id: str) -> None:
        self.s.execute(delete(SpeakerRow).where(SpeakerRow.id == speaker_id))

    def reassign_turns(self, turn_ids: Iterable[str], speaker_id: str) -> None:
        for chunk in chunks(list(turn_ids)):
            self.s.execute(update(TurnRow).where(TurnRow.id.in_(chunk)).values(speaker_id=speaker_id))

    def participants(self) -> list[Participant]:
        values = self._values_by_target(AttributeScope.PARTICIPANT)
        return [
            Participant(id=r.id, name=r.name, attributes=values.get(r.id, {}))
            for r in self.s.scalars(select(ParticipantRow).order_by(ParticipantRow.name))
        ]

    def insert_participant(self, participant: Participant) -> None:
        self.s.execute(insert(ParticipantRow).values(id=participant.id, name=participant.name))

    def insert_participants(self, participants: Sequence[Participant]) -> None:
        """:meth:`insert_participant` for many, in one statement."""
        rows = [{"id": p.id, "name": p.name} for p in participants]
        if rows:
            self.s.connection().execute(insert(table(ParticipantRow)), rows)  # Core executemany

    def delete_participants(self, participant_ids: Sequence[str]) -> None:
        """:meth:`delete_participant` for many, a chunk of ids per statement."""
        for chunk in chunks(list(participant_ids)):
            self.s.execute(update(SpeakerRow).where(SpeakerRow.participant_id.in_(chunk)).values(participant_id=None))
            self.s.execute(delete(AttributeValueRow).where(AttributeValueRow.target_id.in_(chunk)))
            self.s.execute(delete(ParticipantRow).where(ParticipantRow.id.in_(chunk)))

    def update_participant(self, participant: Participant) -> None:
        self.s.execute(update(ParticipantRow).where(ParticipantRow.id == participant.id).values(name=participant.name))

    def delete_participant(self, participant_id: str) -> None:
        self.s.execute(
            update(SpeakerRow).where(SpeakerRow.participant_id == participant_id).values(participant_id=None)
        )
        self.s.execute(delete(AttributeValueRow).where(AttributeValueRow.target_id == participant_id))
        self.s.execute(delete(ParticipantRow).where(ParticipantRow.id == participant_id))

    # --- attributes -------------------------------------------------------------------------
    def attributes(self) -> list[AttributeDef]:
        q = select(AttributeRow).order_by(AttributeRow.scope, AttributeRow.position, AttributeRow.name)
        return [attribute_from_row(r) for r in self.s.scalars(q)]

    def insert_attribute(self, attribute: AttributeDef) -> None:
        self.s.execute(
            insert(AttributeRow).values(
                id=attribute.id,
                name=attribute.name,
                type=attribute.type.value,
                scope=attribute.scope.value,
                allowed=json.dumps(list(attribute.allowed)),
                position=attribute.position,
            )
        )

    def update_attribute(self, attribute: AttributeDef) -> None:
        self.s.execute(
            update(AttributeRow)
            .where(AttributeRow.id == attribute.id)
            .values(
                name=attribute.name,
                type=attribute.type.value,
                allowed=json.dumps(list(attribute.allowed)),
                position=attribute.position,
            )
        )

    def delete_attribute(self, attribute_id: str) -> None:
        self.s.execute(delete(AttributeValueRow).where(AttributeValueRow.attribute_id == attribute_id))
        self.s.execute(delete(AttributeRow).where(AttributeRow.id == attribute_id))

    def attribute_values(self, attribute_id: str) -> dict[str, str]:
        q = select(AttributeValueRow.target_id, AttributeValueRow.value).where(
            AttributeValueRow.attribute_id == attribute_id
        )
        return dict(self.s.execute(q).all())

    def values_of_target(self, target_id: str) -> dict[str, str]:
        q = select(AttributeValueRow.attribute_id, AttributeValueRow.value).where(
            AttributeValueRow.target_id == target_id
        )
        return dict(self.s.execute(q).all())

    def set_attribute_value(self, attribute_id: str, target_id: str, value: str | None) -> None:
        self.s.execute(
            delete(AttributeValueRow).where(
                AttributeValueRow.attribute_id == attribute_id, AttributeValueRow.target_id == target_id
            )
        )
        if value is not None and value != "":
            row = {"attribute_id": attribute_id, "target_id": target_id, "value": value}
            self.s.execute(insert(AttributeValueRow).values(**row))

    def set_attribute_values(self, attribute_id: str, values: dict[str, str | None]) -> None:
        """:meth:`set_attribute_value` for many targets in two bulk statements (a survey import
        sets thousands)."""
        for chunk in chunks(list(values)):
            self.s.execute(
                delete(AttributeValueRow).where(
                    AttributeValueRow.attribute_id == attribute_id, AttributeValueRow.target_id.in_(chunk)
                )
            )
        rows = [{"attribute_id": attribute_id, "target_id": t, "value": v} for t, v in values.items() if v]
        if rows:
            self.s.connection().execute(insert(table(AttributeValueRow)), rows)  # Core executemany

    def _values_by_target(self, scope: AttributeScope) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = defaultdict(dict)
        q = (
            select(AttributeValueRow.target_id, AttributeRow.name, AttributeValueRow.value)
            .join(AttributeRow, AttributeRow.id == AttributeValueRow.attribute_id)
            .where(AttributeRow.scope == scope.value)
            .order_by(AttributeRow.position, AttributeRow.name)
        )
        for target, name, value in self.s.execute(q):
            out[target][name] = value
        return out

    def _named_values(self, target_id: str) -> dict[str, str]:
        q = (
            select(AttributeRow.name, AttributeValueRow.value)
            .join(AttributeRow, AttributeRow.id == AttributeValueRow.attribute_id)
            .where(AttributeValueRow.target_id == target_id)
            .order_by(AttributeRow.position, AttributeRow.name)
        )
        return dict(self.s.execute(q).all())

    # --- codebook ---------------------------------------------------------------------------
    def codes(self) -> list[Code]:
        q = select(*CODE_COLS).order_by(CodeRow.position, CodeRow.name)
        return [code_from_row(r) for r in self.s.connection().execute(q)]

    def get_code(self, code_id: str) -> Code:
        r = self.s.connection().execute(select(*CODE_COLS).where(CodeRow.id == code_id)).first()
        if r is None:
            raise NotFound("code", code_id)
        return code_from_row(r)

    def insert_code(self, code: Code) -> None:
        self.s.execute(
            insert(CodeRow).values(
                id=code.id,
                parent_id=code.parent_id,
                name=code.name,
                color=code.color,
                definition=code.definition,
                inclusion=code.inclusion,
                exclusion=code.exclusion,
                example=code.example,
                position=code.position,
                version=code.version,
            )
        )
        self.s.expire_all()

    def update_code(self, code: Code, expected_version: int) -> Code:
        result = self.s.execute(
            update(CodeRow)
            .where(CodeRow.id == code.id, CodeRow.version == expected_version)
            .values(
                parent_id=code.parent_id,
                name=code.name,
                color=code.color,
                definition=code.definition,
                inclusion=code.inclusion,
                exclusion=code.exclusion,
                example=code.example,
                position=code.position,
                version=expected_version + 1,
            )
            .execution_options(synchronize_session=False)
        )
        self.s.expire_all()
        if result.rowcount != 1:  # type: ignore[attr-defined]
            if self.s.get(CodeRow, code.id) is None:
                raise NotFound("code", code.id)
            raise ConcurrentEdit(f"code {code.name!r} was changed by someone else; reload and try again")
        return self.get_code(code.id)

    def delete_code(self, code_id: str) -> None:
        self.s.execute(delete(CodeRow).where(CodeRow.id == code_id).execution_options(synchronize_session=False))
        self.s.expire_all()

    def coding_counts_by_coder(self) -> dict[str, int]:
        q = select(CodingRow.coder_id, func.count()).group_by(CodingRow.coder_id)
        return dict(self.s.execute(q).all())

    def coding_counts(self, code_ids: Sequence[str] | None = None) -> dict[str, int]:
        q = select(CodingRow.code_id, func.count()).group_by(CodingRow.code_id)
        if code_ids is None:
            return dict(self.s.execute(q).all())
        out: dict[str, int] = {}
        for chunk in chunks(list(code_ids)):
            out.update(self.s.execute(q.where(CodingRow.code_id.in_(chunk))).all())
        return out

    def document_coding_counts(self, document_ids: Sequence[str]) -> dict[str, int]:
        q = select(CodingRow.document_id, func.count()).group_by(CodingRow.document_id)
        out: dict[str, int] = {}
        for chunk in chunks(list(document_ids)):
            out.update(self.s.execute(q.where(CodingRow.document_id.in_(chunk))).all())
        return out

    # --- coders and codings ----------------------------------------------------------------------
    def coders(self) -> list[Coder]:
        return [Coder(id=r.id, name=r.name) for r in self.s.scalars(select(CoderRow).order_by(CoderRow.name))]

    def insert_coder(self, coder: Coder) -> None:
        self.s.execute(insert(CoderRow).values(id=coder.id, name=coder.name))

    def rename_coder(self, coder_id: str, name: str) -> None:
        self.s.execute(update(CoderRow).where(CoderRow.id == coder_id).values(name=name))

    def get_coding(self, coding_id: str) -> Coding:
        r = self.s.execute(select(*CODING_COLS).where(CodingRow.id == coding_id)).first()
        if r is None:
            raise NotFound("coding", coding_id)
        return coding_from_row(r)

    def coding_columns(self, with_ids: bool = False) -> CodingColumns:
        """Every coding as columns (document, code, coder, start, end; ``with_ids``: id and
        star too): counting without records."""
        return read_coding_columns(self.s.connection(), with_ids)

    def codings_of_documents(self, document_ids: Sequence[str]) -> list[Coding]:
        """The codings of these documents (a page of the survey grid), a chunk of ids per query."""
        out: list[Coding] = []
        conn = self.s.connection()
        for chunk in chunks(list(document_ids)):
            q = select(*CODING_COLS).where(CodingRow.document_id.in_(chunk))
            out.extend(coding_from_row(r) for r in conn.execute(q.order_by(CodingRow.document_id, CodingRow.start)))
        return out

    def codings_with_memos(self) -> list[Coding]:
        """The codings whose memo is not empty (few rows made into records, not 500k)."""
        q = select(*CODING_COLS).where(CodingRow.memo != "").order_by(CodingRow.document_id, CodingRow.start)
        return [coding_from_row(r) for r in self.s.connection().execute(q) if r.memo.strip()]

    def codings(
        self,
        document_id: str | None = None,
        code_ids: Sequence[str] | None = None,
        coder_ids: Sequence[str] | None = None,
    ) -> list[Coding]:
        q = select(*CODING_COLS).order_by(CodingRow.document_id, CodingRow.start, CodingRow.end)
        if document_id is not None:
            q = q.where(CodingRow.document_id == document_id)
        if coder_ids is not None:
            q = q.where(CodingRow.coder_id.in_(list(coder_ids)))
        conn = self.s.connection()  # Core execution: no ORM row bookkeeping for bulk reads
        if code_ids is None and coder_ids is None and document_id is None:
            return all_codings(conn)
        if code_ids is None:
            return [coding_from_row(r) for r in conn.execute(q)]
        out: list[Coding] = []
        for chunk in chunks(list(code_ids)):
            out.extend(coding_from_row(r) for r in conn.execute(q.where(CodingRow.code_id.in_(chunk))))
        out.sort(key=lambda c: (c.document_id, c.start, c.end))
        return out

    def insert_codings(self, codings: Iterable[Coding]) -> None:
        rows = [coding_to_row(c) for c in codings]
        if rows:
            self.s.connection().execute(insert(table(CodingRow)), rows)  # Core executemany

    def update_coding(self, coding: Coding) -> None:
        row = coding_to_row(coding)
        del row["id"]
        self.s.execute(update(CodingRow).where(CodingRow.id == coding.id).values(**row))

    def delete_codings(self, coding_ids: Iterable[str]) -> None:
        for chunk in chunks(list(coding_ids)):
            self.s.execute(delete(CodingRow).where(CodingRow.id.in_(chunk)))

    def reassign_codings(self, coding_ids: Iterable[str], code_id: str) -> None:
        for chunk in chunks(list(coding_ids)):
            self.s.execute(update(CodingRow).where(CodingRow.id.in_(chunk)).values(code_id=code_id))
