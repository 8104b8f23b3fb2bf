"""What the viewer shows for one document, held in memory (Qt-free).

Built once per opened document from the service API; the highlighter, the margins and the
tooltips read only from here, never from the project.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from qcoder.core.codepath import code_paths
from qcoder.core.model import Code, Coder, Coding, Document, Speaker, Turn
from qcoder.gui.i18n import number, translate
from qcoder.gui.offsets import OffsetMap
from qcoder.gui.settings import CodingFilter
from qcoder.gui.viewer.index import CodingIndex, LineIndex


@dataclass
class Codebook:
    """Codes by id with their paths and display order (codebook tree order)."""

    codes: dict[str, Code] = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, codes: Sequence[Code]) -> Codebook:
        by_parent: dict[str | None, list[Code]] = {}
        for c in codes:
            by_parent.setdefault(c.parent_id, []).append(c)
        order: dict[str, int] = {}

        def walk(parent: str | None) -> None:
            for c in sorted(by_parent.get(parent, []), key=lambda c: (c.position, c.name.casefold())):
                order[c.id] = len(order)
                walk(c.id)

        walk(None)
        return cls({c.id: c for c in codes}, code_paths(list(codes)), order)

    def color(self, code_id: str) -> str:
        code = self.codes.get(code_id)
        return code.color if code else "#808080"

    def name(self, code_id: str) -> str:
        code = self.codes.get(code_id)
        return code.name if code else "?"


class ViewState:
    """One document with its turns, labels and (filtered) codings."""

    def __init__(
        self,
        document: Document,
        turns: Sequence[Turn],
        speakers: Sequence[Speaker],
        codings: Iterable[Coding],
        codebook: Codebook,
        coders: Sequence[Coder],
        coding_filter: CodingFilter,
        my_coder_id: str | None,
        paragraph_times: Sequence[tuple[int, float]] = (),
    ) -> None:
        self.document = document
        self.paragraph_times = list(paragraph_times)
        self.text = document.text
        self.offsets = OffsetMap(self.text)
        self.lines = LineIndex(self.text)
        self.codebook = codebook
        self.coder_names = {c.id: c.name for c in coders}
        self.filter = coding_filter
        self.my_coder_id = my_coder_id
        self.selected_coding: str | None = None
        self.set_turns(turns, speakers)
        self.index = CodingIndex(self.lines, (c for c in codings if self.shows(c)))
        self.columns: dict[str, int] = {}
        self.update_columns()

    # --- turns and labels ------------------------------------------------------------------------
    def set_turns(self, turns: Sequence[Turn], speakers: Sequence[Speaker]) -> None:
        self.turns = sorted(turns, key=lambda t: t.start)
        self.speakers = {s.id: s for s in speakers}
        # line -> (label start, label end) in code points; the label is what precedes a turn's
        # first character on its line ("Det. Ortega: ")
        self.labels: dict[int, tuple[int, int]] = {}
        self.turn_first_lines: set[int] = set()
        self.interviewer_lines: set[int] = set()
        # line -> seconds into the recording where its paragraph or turn starts (captions)
        self.line_times = {self.lines.line_of(o): t for o, t in self.paragraph_times}
        for t in self.turns:
            line = self.lines.line_of(t.start)
            line_start = self.lines.starts[line]
            self.turn_first_lines.add(line)
            if t.start_time is not None:
                self.line_times[line] = t.start_time
            if line_start < t.start:
                self.labels[line] = (line_start, t.start)
            sp = self.speakers.get(t.speaker_id)
            if sp is not None and sp.is_interviewer and t.end > t.start:
                self.interviewer_lines.update(self.lines.lines_of_span(t.start, t.end))
        # paragraph numbers: non-empty lines counted from 1 (0 for blank lines)
        numbers: list[int] = []
        n = 0
        text = self.text
        for i, s in enumerate(self.lines.starts):
            e = self.lines.starts[i + 1] - 1 if i + 1 < len(self.lines.starts) else len(text)
            if text[s:e].strip():
                n += 1
                numbers.append(n)
            else:
                numbers.append(0)
        self.paragraph_numbers = numbers

    def describe_line(self, line: int) -> str:
        """The tooltip of a paragraph number: the paragraph and, for captions, its start time."""
        n = self.paragraph_numbers[line] if 0 <= line < len(self.paragraph_numbers) else 0
        if not n:
            return ""
        seconds = self.line_times.get(line)
        if seconds is None:
            return translate("viewer.state", "Paragraph {n}").format(n=number(n))
        return translate("viewer.state", "Paragraph {n}, starting at {time} in the recording").format(
            n=number(n), time=clock(seconds)
        )

    # --- codings -----------------------------------------------------------------------------------
    def shows(self, coding: Coding) -> bool:
        return self.filter.shows(coding.code_id, coding.coder_id, self.my_coder_id)

    def update_columns(self) -> bool:
        """One stripe column per code present, in codebook order; True when they changed."""
        present = sorted(self.index.codes(), key=lambda c: (self.codebook.order.get(c, 1 << 30), c))
        columns = {c: i for i, c in enumerate(present)}
        changed = columns != self.columns
        self.columns = columns
        return changed

    def describe(self, coding: Coding) -> str:
        """Rich-text tooltip for one coding: code path, coder, memo, exemplar star."""
        path = self.codebook.paths.get(coding.code_id, self.codebook.name(coding.code_id))
        coder = self.coder_names.get(coding.coder_id) or translate("viewer.state", "unknown coder")
        color = self.codebook.color(coding.code_id)
        star = " ★" if coding.exemplar else ""
        html = (
            f"<span style='color:{color}'>■</span> <b>{_esc(path)}</b>{star}"
            "<br><span style='color:#666'>"
            + translate("viewer.state", "coded by {coder}").format(coder=_esc(coder))
            + "</span>"
        )
        if coding.memo:
            html += f"<br><i>{_esc(coding.memo)}</i>"
        return html


def clock(seconds: float) -> str:
    """``1:02:03`` or ``02:03`` (with tenths when the time has them: ``02:03.5``)."""
    tenths = round(seconds * 10)
    whole, tenth = divmod(tenths, 10)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    out = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return f"{out}.{tenth}" if tenth else out


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
