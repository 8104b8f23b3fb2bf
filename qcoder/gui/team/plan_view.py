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
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, number, translate
from qcoder.gui.themes import current as theme

WARN = "warn"  # a theme colour role (qcoder.gui.themes)
_OPEN_ROLE = Qt.ItemDataRole.UserRole + 1  # sections shown unfolded whatever their length
MUTED = "muted"


def _added(plan: MergePlan) -> list[tuple[int, str, str]]:
    """(count, singular, plural) of what ``plan`` adds, in the summary's order."""
    return [
        (
            len(plan.documents_added),
            translate("team.plan_view", "{n} new document"),
            translate("team.plan_view", "{n} new documents"),
        ),
        (
            len(plan.codes_added),
            translate("team.plan_view", "{n} new code"),
            translate("team.plan_view", "{n} new codes"),
        ),
        (
            len(plan.coders_added),
            translate("team.plan_view", "{n} new coder"),
            translate("team.plan_view", "{n} new coders"),
        ),
        (plan.codings_added, translate("team.plan_view", "{n} coding"), translate("team.plan_view", "{n} codings")),
        (
            len(plan.participants_added),
            translate("team.plan_view", "{n} new participant"),
            translate("team.plan_view", "{n} new participants"),
        ),
        (
            len(plan.attributes_added),
            translate("team.plan_view", "{n} new attribute"),
            translate("team.plan_view", "{n} new attributes"),
        ),
        (plan.memos_added, translate("team.plan_view", "{n} memo"), translate("team.plan_view", "{n} memos")),
        (
            plan.summaries_added,
            translate("team.plan_view", "{n} summary"),
            translate("team.plan_view", "{n} summaries"),
        ),
    ]


def plan_summary(plan: MergePlan) -> str:
    """One line: what merging ``plan`` adds (or that it adds nothing)."""
    parts = [count_text(n, one, many) for n, one, many in _added(plan) if n]
    text = ", ".join(parts) if parts and not plan.empty else translate("team.plan_view", "nothing new")
    if plan.codings_duplicate:
        text += count_text(
            plan.codings_duplicate,
            translate("team.plan_view", " ({n} coding already here)"),
            translate("team.plan_view", " ({n} codings already here)"),
        )
    if plan.conflicts:
        text += count_text(
            len(plan.conflicts),
            translate("team.plan_view", "; {n} conflict (ours kept)"),
            translate("team.plan_view", "; {n} conflicts (ours kept)"),
        )
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
    new, matched = translate("team.plan_view", "New: "), translate("team.plan_view", "Matched: ")

    def both(title: str, added: list[str], matched_names: list[str]) -> None:
        if not added and not matched_names:
            return
        title = title.format(new=number(len(added)), matched=number(len(matched_names)))
        out.append(_section(title, [(new, a) for a in added] + [(matched, m) for m in matched_names]))

    both(
        translate("team.plan_view", "Documents: {new} new, {matched} matched by text"),
        plan.documents_added,
        plan.documents_matched,
    )
    both(translate("team.plan_view", "Codes: {new} new, {matched} already here"), plan.codes_added, plan.codes_matched)
    both(
        translate("team.plan_view", "Coders: {new} new, {matched} already here"), plan.coders_added, plan.coders_matched
    )
    if plan.participants_added:
        title = translate("team.plan_view", "Participants: {n} new").format(n=number(len(plan.participants_added)))
        out.append(_section(title, [(new, p) for p in plan.participants_added]))
    if plan.attributes_added:
        title = translate("team.plan_view", "Attributes: {n} new").format(n=number(len(plan.attributes_added)))
        out.append(_section(title, [(new, a) for a in plan.attributes_added]))
    title = translate("team.plan_view", "Codings: {n} new").format(n=number(plan.codings_added))
    if plan.codings_duplicate:
        title += translate("team.plan_view", ", {n} already here (skipped)").format(n=number(plan.codings_duplicate))
    out.append(_item(title, bold=True))
    if plan.memos_added:
        out.append(_item(translate("team.plan_view", "Memos: {n} new").format(n=number(plan.memos_added)), bold=True))
    if plan.summaries_added:
        title = translate("team.plan_view", "Framework summaries: {n} new").format(n=number(plan.summaries_added))
        out.append(_item(title, bold=True))
    if plan.conflicts:
        title = translate("team.plan_view", "Conflicts: {n} (our values are kept; nothing is lost)").format(
            n=number(len(plan.conflicts))
        )
        out.append(_section(title, [("", c) for c in plan.conflicts], WARN))
    return out


def report_sections(report: Any) -> list[QStandardItem]:
    """Sections for a REFI-QDA :class:`~qcoder.exchange.refiqda.ImportReport`."""
    out = []
    if report.losses:
        out.append(
            _section(
                translate("team.plan_view", "Not carried over: {n}").format(n=number(len(report.losses))),
                [(f"{loss.kind}: ", f"{loss.subject} — {loss.detail}") for loss in report.losses],
                WARN,
            )
        )
    else:
        out.append(
            _item(
                translate("team.plan_view", "Not carried over: nothing — the file comes across completely"), bold=True
            )
        )
    if report.positions:
        head = _item(translate("team.plan_view", "Text positions read as"), bold=True)
        for p in report.positions:
            codings = count_text(
                p.selections, translate("team.plan_view", "{n} coding"), translate("team.plan_view", "{n} codings")
            )
            placed = translate("team.plan_view", "{mapped} of {codings} placed").format(
                mapped=number(p.mapped), codings=codings
            )
            evidence = str(p.evidence)
            why = translate("team.plan_view", _EVIDENCE[evidence]) if evidence in _EVIDENCE else evidence
            head.appendRow(
                _item(
                    f"{p.source_name}: {p.convention.label}; {placed}",
                    tip=translate("team.plan_view", "{name}: {convention}, because {why}. {placed}.").format(
                        name=p.source_name, convention=p.convention.label, why=why, placed=placed
                    ),
                )
            )
        out.append(head)
    if report.notices:
        title = translate("team.plan_view", "Notes: {n}").format(n=number(len(report.notices)))
        out.append(_section(title, [("", n) for n in report.notices], MUTED))
    return out


_EVIDENCE = {
    "no-selections": QT_TRANSLATE_NOOP("team.plan_view", "there are no codings to place"),
    "indistinguishable": QT_TRANSLATE_NOOP(
        "team.plan_view", "every way of counting gives the same positions in this text"
    ),
    "names": QT_TRANSLATE_NOOP("team.plan_view", "the excerpts' names match the text when counted this way"),
    "range": QT_TRANSLATE_NOOP("team.plan_view", "only this way keeps every coding inside the text"),
    "boundaries": QT_TRANSLATE_NOOP("team.plan_view", "the other ways would split characters or line breaks"),
    "tool": QT_TRANSLATE_NOOP(
        "team.plan_view", "it is ambiguous, and this is the known habit of the program that wrote the file"
    ),
    "standard": QT_TRANSLATE_NOOP("team.plan_view", "it is ambiguous, and this is the standard's way"),
}


class PlanTree(QTreeView):
    """The preview tree (a ``QStandardItemModel``: a few hundred lines at most)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_model = QStandardItemModel(self)
        a11y(
            self,
            translate("team.plan_view", "What will be written"),
            translate("team.plan_view", "The changes this step makes, before anything is written"),
        )
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
