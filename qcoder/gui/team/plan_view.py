"""A preview of what a merge or a REFI-QDA import will do, before anything is written.

One tree: per source file, sections for documents, codes, coders, participants, attributes,
codings and memos (added / matched), the conflicts (our values are kept, every one listed)
and, for REFI-QDA files, what the file could not carry over and how positions were read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from qcoder.app.merge import MergePlan
from qcoder.gui.accessibility import a11y
from qcoder.gui.texts import plural
from qcoder.gui.themes import current as theme

WARN = "warn"  # a theme colour role (qcoder.gui.themes)
_OPEN_ROLE = Qt.ItemDataRole.UserRole + 1  # sections shown unfolded whatever their length
MUTED = "muted"


def plan_summary(plan: MergePlan) -> str:
    """One line: what merging ``plan`` adds (or that it adds nothing)."""
    parts = []
    if plan.documents_added:
        parts.append(plural(len(plan.documents_added), "new document"))
    if plan.codes_added:
        parts.append(plural(len(plan.codes_added), "new code"))
    if plan.coders_added:
        parts.append(plural(len(plan.coders_added), "new coder"))
    if plan.codings_added:
        parts.append(plural(plan.codings_added, "coding"))
    if plan.participants_added:
        parts.append(plural(len(plan.participants_added), "new participant"))
    if plan.attributes_added:
        parts.append(plural(len(plan.attributes_added), "new attribute"))
    if plan.memos_added:
        parts.append(plural(plan.memos_added, "memo"))
    if plan.summaries_added:
        parts.append(plural(plan.summaries_added, "summary", "summaries"))
    text = ", ".join(parts) if parts else "nothing new"
    if plan.empty:
        text = "nothing new"
    if plan.codings_duplicate:
        text += f" ({plural(plan.codings_duplicate, 'coding')} already here)"
    if plan.conflicts:
        text += f"; {plural(len(plan.conflicts), 'conflict')} (ours kept)"
    return text


def _item(text: str, *, bold: bool = False, color: str | None = None, tip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    if color is not None:
        item.setForeground(QBrush(QColor(getattr(theme(), color))))
    item.setToolTip(tip or text)
    return item


def _section(title: str, lines: Sequence[tuple[str, str]], color: str | None = None) -> QStandardItem:
    """``lines``: (prefix, text) children."""
    head = _item(title, bold=True, color=color)
    head.setData(color == WARN, _OPEN_ROLE)
    for prefix, text in lines:
        head.appendRow(_item(f"{prefix}{text}" if prefix else text, color=color if color == WARN else None))
    return head


def plan_sections(plan: MergePlan) -> list[QStandardItem]:
    out = []

    def both(kind: str, added: list[str], matched: list[str], matched_word: str = "already here") -> None:
        if not added and not matched:
            return
        title = f"{kind}: {len(added):,} new, {len(matched):,} {matched_word}"
        out.append(_section(title, [("New: ", a) for a in added] + [("Matched: ", m) for m in matched]))

    both("Documents", plan.documents_added, plan.documents_matched, "matched by text")
    both("Codes", plan.codes_added, plan.codes_matched)
    both("Coders", plan.coders_added, plan.coders_matched)
    if plan.participants_added:
        out.append(
            _section(
                f"Participants: {len(plan.participants_added):,} new", [("New: ", p) for p in plan.participants_added]
            )
        )
    if plan.attributes_added:
        out.append(
            _section(f"Attributes: {len(plan.attributes_added):,} new", [("New: ", a) for a in plan.attributes_added])
        )
    title = f"Codings: {plan.codings_added:,} new"
    if plan.codings_duplicate:
        title += f", {plan.codings_duplicate:,} already here (skipped)"
    out.append(_item(title, bold=True))
    if plan.memos_added:
        out.append(_item(f"Memos: {plan.memos_added:,} new", bold=True))
    if plan.summaries_added:
        out.append(_item(f"Framework summaries: {plan.summaries_added:,} new", bold=True))
    if plan.conflicts:
        out.append(
            _section(
                f"Conflicts: {len(plan.conflicts):,} (our values are kept; nothing is lost)",
                [("", c) for c in plan.conflicts],
                WARN,
            )
        )
    return out


def report_sections(report: Any) -> list[QStandardItem]:
    """Sections for a REFI-QDA :class:`~qcoder.exchange.refiqda.ImportReport`."""
    out = []
    if report.losses:
        out.append(
            _section(
                f"Not carried over: {len(report.losses):,}",
                [(f"{loss.kind}: ", f"{loss.subject} — {loss.detail}") for loss in report.losses],
                WARN,
            )
        )
    else:
        out.append(_item("Not carried over: nothing — the file comes across completely", bold=True))
    if report.positions:
        head = _item("Text positions read as", bold=True)
        for p in report.positions:
            placed = f"{p.mapped:,} of {plural(p.selections, 'coding')} placed"
            why = _EVIDENCE.get(str(p.evidence), str(p.evidence))
            head.appendRow(
                _item(
                    f"{p.source_name}: {p.convention.label}; {placed}",
                    tip=f"{p.source_name}: {p.convention.label}, because {why}. {placed}.",
                )
            )
        out.append(head)
    if report.notices:
        out.append(_section(f"Notes: {len(report.notices):,}", [("", n) for n in report.notices], MUTED))
    return out


_EVIDENCE = {
    "no-selections": "there are no codings to place",
    "indistinguishable": "every way of counting gives the same positions in this text",
    "names": "the excerpts' names match the text when counted this way",
    "range": "only this way keeps every coding inside the text",
    "boundaries": "the other ways would split characters or line breaks",
    "tool": "it is ambiguous, and this is the known habit of the program that wrote the file",
    "standard": "it is ambiguous, and this is the standard's way",
}


class PlanTree(QTreeView):
    """The preview tree (a ``QStandardItemModel``: a few hundred lines at most)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_model = QStandardItemModel(self)
        a11y(self, "What will be written", "The changes this step makes, before anything is written")
        self.setModel(self.plan_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(False)

    def show_plans(self, entries: Sequence[tuple[str, MergePlan, Any]]) -> None:
        """``entries``: (source name, plan, REFI-QDA import report or None)."""
        self.plan_model.clear()
        root = self.plan_model.invisibleRootItem()
        single = len(entries) == 1
        for name, plan, report in entries:
            sections = plan_sections(plan) + (report_sections(report) if report is not None else [])
            if single:
                for s in sections:
                    root.appendRow(s)
                continue
            head = _item(f"{name} — {plan_summary(plan)}", bold=True)
            for s in sections:
                head.appendRow(s)
            root.appendRow(head)
        self._expand_defaults(not single)

    def _expand_defaults(self, multi: bool) -> None:
        """Unfold files, conflicts, losses and short sections; leave long lists folded."""

        def walk(parent: QStandardItem, depth: int) -> None:
            for row in range(parent.rowCount()):
                child = parent.child(row)
                if child is None or not child.hasChildren():
                    continue
                if (multi and depth == 0) or child.rowCount() <= 8 or child.data(_OPEN_ROLE):
                    self.setExpanded(child.index(), True)
                walk(child, depth + 1)

        walk(self.plan_model.invisibleRootItem(), 0)

    def lines(self) -> list[str]:
        """Every line of the tree, indented by depth (for tests and copying)."""
        out: list[str] = []

        def walk(parent: QStandardItem, depth: int) -> None:
            for row in range(parent.rowCount()):
                child = parent.child(row)
                if child is not None:
                    out.append("  " * depth + child.text())
                    walk(child, depth + 1)

        walk(self.plan_model.invisibleRootItem(), 0)
        return out
