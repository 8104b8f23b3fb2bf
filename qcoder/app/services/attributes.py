"""Participants and attributes of documents and participants."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from qcoder.app.services.core import ProjectCore
from qcoder.core import commands as cmd
from qcoder.core.attributes import canonical_value, infer_type
from qcoder.core.changes import Kind
from qcoder.core.errors import InvalidValue, NotFound
from qcoder.core.model import AttributeDef, AttributeScope, AttributeType, Participant, new_id


class AttributeService:
    """Participants and document/participant attributes."""

    def __init__(self, core: ProjectCore) -> None:
        self._core = core
        self._store = core.store

    def participants(self) -> list[Participant]:
        with self._store.reader() as repo:
            return repo.participants()

    def participant_by_name(self, name: str) -> Participant | None:
        return next((p for p in self.participants() if p.name == name), None)

    def add_participant(self, name: str, attributes: dict[str, str] | None = None) -> Participant:
        participant = Participant(id=new_id(), name=name.strip())
        if not participant.name:
            raise InvalidValue("a participant needs a name")
        self._core.execute(cmd.AddParticipant(participant, text=f"Add participant {participant.name}"))
        if attributes:
            self.set_attributes(AttributeScope.PARTICIPANT, {participant.id: attributes})
        return next(p for p in self.participants() if p.id == participant.id)

    def rename_participant(self, participant_id: str, name: str) -> None:
        if not name.strip():
            raise InvalidValue("a participant needs a name")
        self._core.execute(cmd.RenameParticipant(participant_id, name.strip()))

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
        self._core.execute(cmd.DefineAttribute(attribute, text=f"Add attribute {name}"))
        return attribute

    def update_attribute(self, attribute: AttributeDef) -> None:
        self._core.execute(cmd.UpdateAttribute(attribute))

    def delete_attribute(self, attribute_id: str) -> None:
        self._core.execute(cmd.DeleteAttribute(attribute_id))

    def set_attributes(self, scope: AttributeScope, values: dict[str, dict[str, str]], *, create: bool = True) -> None:
        """Set attribute values: ``{target id: {attribute name: value}}``, one undo step.

        Unknown attributes are created (type inferred from the values) when ``create`` is true.
        Values are validated against the attribute's type; an empty value clears it. Category
        values that are not yet allowed are added to the allowed list.
        """
        steps = self.attribute_commands(scope, values, create=create)
        if steps:
            self._core.execute(cmd.Batch(steps, text="Set attributes"))

    def attribute_commands(
        self, scope: AttributeScope, values: dict[str, dict[str, str]], *, create: bool = True
    ) -> list[cmd.Command]:
        """The commands :meth:`set_attributes` runs (to run them in a larger step)."""
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
        return steps
