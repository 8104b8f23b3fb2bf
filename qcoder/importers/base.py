"""The structure every importer returns, whatever the source format."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ImportedTurn:
    """A speaker turn: ``text[start:end]`` is what ``speaker`` said (no label included)."""

    speaker: str
    start: int
    end: int
    start_time: float | None = None  # seconds, from VTT/SRT cues or timestamp lines
    end_time: float | None = None


@dataclass(slots=True)
class ImportedDocument:
    """Normalized text (LF line endings) + speaker turns + metadata.

    ``turns`` are sorted, non-overlapping, and each lies inside ``text``.
    """

    text: str
    source_name: str
    source_format: str  # "txt", "docx", "vtt", ...
    turns: list[ImportedTurn] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def speakers(self) -> list[str]:
        seen: dict[str, None] = {}
        for t in self.turns:
            seen.setdefault(t.speaker, None)
        return list(seen)
