"""Commands on documents, speakers, participants and attributes."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.commands.base import Command
from qcoder.core.errors import AlreadyImported, DuplicateName, InvalidValue
from qcoder.core.model import (
    LANGUAGE_ATTRIBUTE,
    AttributeDef,
    AttributeScope,
    AttributeType,
    Coding,
    Document,
    MediaLink,
    Memo,
    MemoTarget,
    Participant,
    Speaker,
    Turn,
    new_id,
)
from qcoder.core.names import clean_free_text
from qcoder.core.repository import Repository

# --- documents ---------------------------------------------------------------------------


@dataclass
class AddDocument(Command):
    document: Document
    speakers: list[Speaker] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    text: str = "Import document"
    # an import: refused (AlreadyImported) when the same text is stored already, and given a free
    # name ("d2 (2)") when only the name is taken -- decided inside the writing transaction, so
    # two imports running at once never store one text twice
    once: bool = False
    # (offset, seconds) of paragraphs without a speaker (captions without speaker labels)
    times: list[tuple[int, float]] = field(default_factory=list)
    # the detected language ("es"), stored as the document attribute "language" ("": none)
    language: str = ""
    _attribute: AttributeDef | None = None  # the "language" attribute this import defined

    def do(self, repo: Repository) -> ChangeSet:
        if self.once:
            self._claim(repo)
        repo.insert_document(self.document)
        repo.insert_speakers(self.speakers)
        repo.insert_turns(self.turns)
        if self.times:
            repo.set_paragraph_times(self.document.id, self.times)
        changes = ChangeSet().add(Kind.DOCUMENT, self.document.id)
        if self.language:
            self._store_language(repo)
            if self._attribute is not None:
                changes.add(Kind.ATTRIBUTE, self._attribute.id)
        return changes

    def _store_language(self, repo: Repository) -> None:
        """Set the document's "language" value, defining the attribute when the project has
        none. A category attribute that does not allow the value is left alone (the language
        is then detected when it is needed)."""
        scope = AttributeScope.DOCUMENT
        attribute = next((a for a in repo.attributes() if a.name == LANGUAGE_ATTRIBUTE and a.scope == scope), None)
        if attribute is None:
            position = max((a.position for a in repo.attributes() if a.scope == scope), default=-1) + 1
            attribute = AttributeDef(new_id(), LANGUAGE_ATTRIBUTE, AttributeType.TEXT, scope, position=position)
            repo.insert_attribute(attribute)
            self._attribute = attribute
        if attribute.type in (AttributeType.TEXT, AttributeType.CATEGORY) and (
            not attribute.allowed or self.language in attribute.allowed
        ):
            repo.set_attribute_value(attribute.id, self.document.id, self.language)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.delete_document(self.document.id)
        changes = ChangeSet().remove(Kind.DOCUMENT, self.document.id)
        if self._attribute is not None:
            repo.delete_attribute(self._attribute.id)
            changes.remove(Kind.ATTRIBUTE, self._attribute.id)
            self._attribute = None
        return changes

    def _claim(self, repo: Repository) -> None:
        info = self.document.info
        repo.claim_text(info.sha256)  # a server import of the same text waits for this one
        same = [i for i in repo.document_ids_by_sha(info.sha256) if i != info.id]
        if same:
            raise AlreadyImported(info.name, repo.get_document(same[0]).name)
        wanted, name, n = info.name, info.name, 2
        while repo.document_id_by_name(name) not in (None, info.id):
            name = f"{wanted} ({n})"
            n += 1
        if name != wanted:
            self.document = Document(replace(info, name=name), self.document.text)


@dataclass
class AddDocuments(Command):
    """Many new documents (with their speakers and turns) in bulk statements: a survey import
    stores thousands of short answers. Their names must be free (refused otherwise)."""

    documents: list[Document]
    speakers: list[Speaker] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    text: str = "Import documents"

    def do(self, repo: Repository) -> ChangeSet:
        repo.insert_documents(self.documents)
        repo.insert_speakers(self.speakers)
        repo.insert_turns(self.turns)
        return ChangeSet().add(Kind.DOCUMENT, *(d.id for d in self.documents))

    def undo(self, repo: Repository) -> ChangeSet:
        repo.delete_documents([d.id for d in self.documents])
        return ChangeSet().remove(Kind.DOCUMENT, *(d.id for d in self.documents))


@dataclass
class DeleteDocument(Command):
    document_id: str
    text: str = "Delete document"
    _saved: tuple[Document, list[Speaker], list[Turn], list[Coding], dict[str, str], Memo | None] | None = None
    _media: MediaLink | None = None
    _times: list[tuple[int, float]] = field(default_factory=list)

    def do(self, repo: Repository) -> ChangeSet:
        doc = repo.get_document(self.document_id)
        self._times = repo.paragraph_times(self.document_id)
        self._saved = (
            doc,
            repo.speakers(self.document_id),
            repo.turns(self.document_id),
            repo.codings(document_id=self.document_id),
            repo.values_of_target(self.document_id),
            repo.get_memo(MemoTarget.DOCUMENT, self.document_id),
        )
        self._media = repo.get_media(self.document_id)
        repo.set_memo(MemoTarget.DOCUMENT, self.document_id, None)
        repo.delete_document(self.document_id)
        return ChangeSet().remove(Kind.DOCUMENT, self.document_id)

    def undo(self, repo: Repository) -> ChangeSet:
        assert self._saved is not None
        doc, speakers, turns, codings, values, memo = self._saved
        repo.insert_document(doc)
        repo.insert_speakers(speakers)
        repo.insert_turns(turns)
        repo.insert_codings(codings)
        if self._times:
            repo.set_paragraph_times(doc.id, self._times)
        for attribute_id, value in values.items():
            repo.set_attribute_value(attribute_id, doc.id, value)
        if memo is not None:
            repo.set_memo(MemoTarget.DOCUMENT, doc.id, memo)
        if self._media is not None:
            repo.set_media(doc.id, self._media)
        return ChangeSet().add(Kind.DOCUMENT, doc.id)


@dataclass
class RenameDocument(Command):
    document_id: str
    name: str
    text: str = "Rename document"
    _old: str = ""

    def do(self, repo: Repository) -> ChangeSet:
        self._old = repo.get_document(self.document_id).name
        repo.rename_document(self.document_id, self.name)
        return ChangeSet().change(Kind.DOCUMENT, self.document_id)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.rename_document(self.document_id, self._old)
        return ChangeSet().change(Kind.DOCUMENT, self.document_id)


# --- speakers and participants --------------------------------------------------------------


@dataclass
class UpdateSpeaker(Command):
    """Rename a speaker label, mark it as interviewer, or link it to a participant."""

    speaker: Speaker
    text: str = "Edit speaker"
    _old: Speaker | None = None

    def do(self, repo: Repository) -> ChangeSet:
        self._old = next(s for s in repo.speakers(self.speaker.document_id) if s.id == self.speaker.id)
        repo.update_speaker(self.speaker)
        return ChangeSet().change(Kind.SPEAKER, self.speaker.id).change(Kind.DOCUMENT, self.speaker.document_id)

    def undo(self, repo: Repository) -> ChangeSet:
        assert self._old is not None
        repo.update_speaker(self._old)
        return ChangeSet().change(Kind.SPEAKER, self.speaker.id).change(Kind.DOCUMENT, self.speaker.document_id)


@dataclass
class MergeSpeakers(Command):
    """Give all turns of ``source`` to ``target`` (same document) and drop ``source``."""

    source_id: str
    target_id: str
    document_id: str
    text: str = "Merge speakers"
    _source: Speaker | None = None
    _turn_ids: list[str] = field(default_factory=list)

    def do(self, repo: Repository) -> ChangeSet:
        self._source = next(s for s in repo.speakers(self.document_id) if s.id == self.source_id)
        self._turn_ids = [t.id for t in repo.turns(self.document_id) if t.speaker_id == self.source_id]
        repo.reassign_turns(self._turn_ids, self.target_id)
        repo.delete_speaker(self.source_id)
        return (
            ChangeSet()
            .remove(Kind.SPEAKER, self.source_id)
            .change(Kind.SPEAKER, self.target_id)
            .change(Kind.DOCUMENT, self.document_id)
        )

    def undo(self, repo: Repository) -> ChangeSet:
        assert self._source is not None
        repo.insert_speakers([self._source])
        repo.reassign_turns(self._turn_ids, self.source_id)
        return (
            ChangeSet()
            .add(Kind.SPEAKER, self.source_id)
            .change(Kind.SPEAKER, self.target_id)
            .change(Kind.DOCUMENT, self.document_id)
        )


@dataclass
class AddTurns(Command):
    """Speakers and turns for a document that has none yet (a rule applied by the user)."""

    document_id: str
    speakers: list[Speaker]
    turns: list[Turn]
    text: str = "Mark speaker turns"

    def do(self, repo: Repository) -> ChangeSet:
        if repo.turns(self.document_id):
            raise InvalidValue("the document already has speaker turns")
        repo.insert_speakers(self.speakers)
        repo.insert_turns(self.turns)
        changes = ChangeSet().change(Kind.DOCUMENT, self.document_id)
        for sp in self.speakers:
            changes.add(Kind.SPEAKER, sp.id)
        return changes

    def undo(self, repo: Repository) -> ChangeSet:
        changes = ChangeSet().change(Kind.DOCUMENT, self.document_id)
        for sp in self.speakers:
            repo.delete_speaker(sp.id)  # its turns go with it
            changes.remove(Kind.SPEAKER, sp.id)
        return changes


@dataclass
class AddParticipant(Command):
    participant: Participant
    text: str = "Add participant"

    def do(self, repo: Repository) -> ChangeSet:
        if any(p.name == self.participant.name for p in repo.participants()):
            raise DuplicateName("participant", self.participant.name)
        repo.insert_participant(self.participant)
        return ChangeSet().add(Kind.PARTICIPANT, self.participant.id)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.delete_participant(self.participant.id)
        return ChangeSet().remove(Kind.PARTICIPANT, self.participant.id)


@dataclass
class AddParticipants(Command):
    """Several participants in one step (a survey import adds thousands: the names are checked once)."""

    participants: list[Participant]
    text: str = "Add participants"

    def do(self, repo: Repository) -> ChangeSet:
        taken = {p.name for p in repo.participants()}
        for participant in self.participants:
            if participant.name in taken:
                raise DuplicateName("participant", participant.name)
            taken.add(participant.name)
        repo.insert_participants(self.participants)
        return ChangeSet().add(Kind.PARTICIPANT, *(p.id for p in self.participants))

    def undo(self, repo: Repository) -> ChangeSet:
        repo.delete_participants([p.id for p in self.participants])
        return ChangeSet().remove(Kind.PARTICIPANT, *(p.id for p in self.participants))


# --- attributes -----------------------------------------------------------------------------


@dataclass
class RenameParticipant(Command):
    participant_id: str
    name: str
    text: str = "Rename participant"
    _old: str = ""

    def do(self, repo: Repository) -> ChangeSet:
        people = repo.participants()
        if any(p.name == self.name and p.id != self.participant_id for p in people):
            raise DuplicateName("participant", self.name)
        self._old = next(p.name for p in people if p.id == self.participant_id)
        repo.update_participant(Participant(self.participant_id, self.name))
        return ChangeSet().change(Kind.PARTICIPANT, self.participant_id)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.update_participant(Participant(self.participant_id, self._old))
        return ChangeSet().change(Kind.PARTICIPANT, self.participant_id)


@dataclass
class DefineAttribute(Command):
    attribute: AttributeDef
    text: str = "Add attribute"

    def do(self, repo: Repository) -> ChangeSet:
        if any(a.name == self.attribute.name and a.scope == self.attribute.scope for a in repo.attributes()):
            raise DuplicateName("attribute", self.attribute.name)
        repo.insert_attribute(self.attribute)
        return ChangeSet().add(Kind.ATTRIBUTE, self.attribute.id)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.delete_attribute(self.attribute.id)
        return ChangeSet().remove(Kind.ATTRIBUTE, self.attribute.id)


@dataclass
class UpdateAttribute(Command):
    """Change an attribute's name, type or allowed values (values are validated by the caller)."""

    attribute: AttributeDef
    text: str = "Edit attribute"
    _old: AttributeDef | None = None

    def do(self, repo: Repository) -> ChangeSet:
        self._old = next(a for a in repo.attributes() if a.id == self.attribute.id)
        repo.update_attribute(self.attribute)
        return ChangeSet().change(Kind.ATTRIBUTE, self.attribute.id)

    def undo(self, repo: Repository) -> ChangeSet:
        assert self._old is not None
        repo.update_attribute(self._old)
        return ChangeSet().change(Kind.ATTRIBUTE, self.attribute.id)


@dataclass
class DeleteAttribute(Command):
    attribute_id: str
    text: str = "Delete attribute"
    _old: AttributeDef | None = None
    _values: dict[str, str] = field(default_factory=dict)

    def do(self, repo: Repository) -> ChangeSet:
        self._old = next(a for a in repo.attributes() if a.id == self.attribute_id)
        self._values = repo.attribute_values(self.attribute_id)
        repo.delete_attribute(self.attribute_id)
        return ChangeSet().remove(Kind.ATTRIBUTE, self.attribute_id)

    def undo(self, repo: Repository) -> ChangeSet:
        assert self._old is not None
        repo.insert_attribute(self._old)
        for target, value in self._values.items():
            repo.set_attribute_value(self.attribute_id, target, value)
        return ChangeSet().add(Kind.ATTRIBUTE, self.attribute_id)


@dataclass
class SetAttributeValues(Command):
    """Set (or clear, with ``None``) values of one attribute on several targets at once."""

    attribute_id: str
    values: dict[str, str | None]  # target id -> new value
    target_kind: Kind = Kind.DOCUMENT
    text: str = "Set attribute values"
    _old: dict[str, str | None] = field(default_factory=dict)

    def do(self, repo: Repository) -> ChangeSet:
        self.values = {t: clean_free_text(v) if v else v for t, v in self.values.items()}
        current = repo.attribute_values(self.attribute_id)
        self._old = {t: current.get(t) for t in self.values}
        repo.set_attribute_values(self.attribute_id, self.values)
        return ChangeSet().change(self.target_kind, *self.values)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.set_attribute_values(self.attribute_id, self._old)
        return ChangeSet().change(self.target_kind, *self._old)


# --- codebook -------------------------------------------------------------------------------
