"""Undoable commands. Each mutation of a project is one of these.

A command's ``do`` and ``undo`` run inside one storage transaction (the service layer opens
it) and return a :class:`ChangeSet` naming what changed. Commands capture whatever they need
to undo themselves while doing, so undo restores rows with their original ids.

``from qcoder.core import commands as cmd; cmd.X`` works for every command: the interface is in
:mod:`.base`, document/participant/attribute commands in :mod:`.documents`, codebook, coding,
memo and audit commands in :mod:`.codebook`, saved queries in :mod:`.queries`, the compound command and
recordings in :mod:`.compound`, recordings linked to documents and turn times in :mod:`.media`.
"""

from __future__ import annotations

from qcoder.core.commands.base import Command
from qcoder.core.commands.codebook import (
    AddCodings,
    AuditEntry,
    CreateCode,
    DeleteCode,
    MergeCodes,
    RemoveCodings,
    SetAssignments,
    SetMemo,
    UpdateCode,
    UpdateCoding,
)
from qcoder.core.commands.compound import Batch, Recording, active_recording, batch_of, push_or_record, recording
from qcoder.core.commands.documents import (
    AddDocument,
    AddDocuments,
    AddParticipant,
    AddParticipants,
    AddTurns,
    DefineAttribute,
    DeleteAttribute,
    DeleteDocument,
    MergeSpeakers,
    RenameDocument,
    RenameParticipant,
    SetAttributeValues,
    UpdateAttribute,
    UpdateSpeaker,
)
from qcoder.core.commands.media import SetMedia, SetTurnTimes
from qcoder.core.commands.queries import SaveQuery
from qcoder.core.commands.summaries import SetSummary

__all__ = [
    "AddCodings",
    "AddDocument",
    "AddDocuments",
    "AddParticipant",
    "AddParticipants",
    "AuditEntry",
    "Batch",
    "Command",
    "CreateCode",
    "DefineAttribute",
    "DeleteAttribute",
    "DeleteCode",
    "DeleteDocument",
    "MergeCodes",
    "MergeSpeakers",
    "AddTurns",
    "Recording",
    "RemoveCodings",
    "RenameDocument",
    "RenameParticipant",
    "SetAssignments",
    "SetAttributeValues",
    "SaveQuery",
    "SetMedia",
    "SetTurnTimes",
    "SetMemo",
    "SetSummary",
    "UpdateAttribute",
    "UpdateCode",
    "UpdateCoding",
    "UpdateSpeaker",
    "active_recording",
    "batch_of",
    "push_or_record",
    "recording",
]
