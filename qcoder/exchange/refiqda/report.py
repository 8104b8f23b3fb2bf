"""What a REFI-QDA import could not carry over, and how positions were read.

The REFI-QDA standard asks importers to warn about data loss. :class:`ImportReport` is that
warning, as data: the CLI and GUI word it for the user. Each :class:`Loss` already carries a
specific, readable ``detail`` because it names things from the user's own file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PositionConvention(StrEnum):
    """How a tool counted ``startPosition``/``endPosition`` in one source.

    The BOM is never counted. "raw" means on the text as stored in the archive (CRLF counts
    as two characters); "lf" means on the text with CRLF collapsed to one character.
    """

    CODEPOINTS_RAW = "codepoints-raw"  # the standard: Unicode code points, text as stored
    CODEPOINTS_LF = "codepoints-lf"  # ATLAS.ti: CRLF in the file but counted as one
    UTF16_RAW = "utf16-raw"  # NVivo for Windows: UTF-16 code units, CRLF counted as two
    UTF16_LF = "utf16-lf"  # UTF-16 code units with CRLF counted as one

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    PositionConvention.CODEPOINTS_RAW: "Unicode code points (the standard)",
    PositionConvention.CODEPOINTS_LF: "Unicode code points, CRLF counted as one",
    PositionConvention.UTF16_RAW: "UTF-16 code units, CRLF counted as two",
    PositionConvention.UTF16_LF: "UTF-16 code units, CRLF counted as one",
}


class Evidence(StrEnum):
    """Why a convention was chosen for a source."""

    NO_SELECTIONS = "no-selections"  # nothing to map
    INDISTINGUISHABLE = "indistinguishable"  # every convention gives the same spans
    NAMES = "names"  # the selections' names (excerpt text) matched best under it
    RANGE = "range"  # the only convention keeping every selection inside the text
    BOUNDARIES = "boundaries"  # the others split a CRLF pair or a surrogate pair
    TOOL = "tool"  # ambiguous; chose the known habit of the tool that wrote the file
    STANDARD = "standard"  # ambiguous; chose the standard's convention


@dataclass(frozen=True, slots=True)
class SourcePositions:
    source_id: str
    source_name: str
    convention: PositionConvention
    evidence: Evidence
    selections: int  # PlainTextSelection elements in the source
    mapped: int  # of which carried over as codings' spans
    names_matched: int = 0  # selections whose name attribute matched the excerpt
    names_present: int = 0


class LossKind(StrEnum):
    SOURCE = "source"  # picture, PDF, audio, video sources; text sources without text
    SELECTION = "selection"  # a selection or coding that could not be mapped
    GRAPH = "graph"
    LINK = "link"
    SET = "set"
    CASE_LINK = "case link"  # cases' references to sources and selections
    VALUE = "value"  # a variable value that could not be read
    UNKNOWN_ELEMENT = "unknown element"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Loss:
    kind: LossKind
    subject: str  # what, in the file's own words (a source name, an element name…)
    detail: str  # why it was not carried over, or what was done instead


@dataclass
class ImportReport:
    origin: str = ""  # the tool that wrote the file (Project/@origin), when it says
    losses: list[Loss] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # adjustments that lose nothing
    positions: list[SourcePositions] = field(default_factory=list)

    @property
    def lossless(self) -> bool:
        return not self.losses

    def lose(self, kind: LossKind, subject: str, detail: str) -> None:
        self.losses.append(Loss(kind, subject, detail))

    def note(self, text: str) -> None:
        if text not in self.notices:
            self.notices.append(text)

    def losses_of(self, kind: LossKind) -> list[Loss]:
        return [loss for loss in self.losses if loss.kind is kind]

    def positions_of(self, source_id: str) -> SourcePositions | None:
        for p in self.positions:
            if p.source_id == source_id:
                return p
        return None
