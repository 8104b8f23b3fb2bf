"""The project's audit log (merges, consensus seeding, reconciliation decisions), newest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from qcoder.gui.accessibility import a11y
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, translate
from qcoder.gui.team.stats_model import Index

AuditRow = tuple[str, datetime, str, str, dict[str, Any]]
ACTION_LABELS = {
    "merge": QT_TRANSLATE_NOOP("team.audit_view", "Merge"),
    "reconcile": QT_TRANSLATE_NOOP("team.audit_view", "Reconcile"),
    "seed consensus": QT_TRANSLATE_NOOP("team.audit_view", "Start consensus"),
}
METHOD_LABELS = {
    "accept": QT_TRANSLATE_NOOP("team.audit_view", "accepted {who}'s version"),
    "union": QT_TRANSLATE_NOOP("team.audit_view", "union"),
    "intersection": QT_TRANSLATE_NOOP("team.audit_view", "intersection"),
}


def describe(action: str, detail: dict[str, Any]) -> str:
    """One readable line for an audit entry."""
    if action == "reconcile":
        method = str(detail.get("method"))
        how = (
            translate("team.audit_view", METHOD_LABELS[method])
            if method in METHOD_LABELS
            else str(detail.get("method", ""))
        )
        how = how.format(who=detail.get("accepted", "?"))
        codes = ", ".join(detail.get("codes", []))
        return (
            f"{detail.get('document', '?')} [{detail.get('start', '?')}–{detail.get('end', '?')}) "
            f"{codes} ({detail.get('kind', '')}): {how} → {detail.get('consensus', '')}"
        )
    if action == "seed consensus":
        coders = ", ".join(detail.get("coders", []))
        codings = count_text(
            int(detail.get("codings", 0)),
            translate("team.audit_view", "{n} coding"),
            translate("team.audit_view", "{n} codings"),
        )
        return translate("team.audit_view", "{consensus} started from {codings} on which {coders} agreed").format(
            consensus=detail.get("consensus", "Consensus"), codings=codings, coders=coders
        )
    if action == "merge":
        codings = detail.get("codings", {})
        codes = detail.get("codes", {})
        docs = detail.get("documents", {})
        parts = [
            count_text(
                int(codings.get("added", 0)),
                translate("team.audit_view", "{n} coding"),
                translate("team.audit_view", "{n} codings"),
            ),
            count_text(
                len(codes.get("added", [])),
                translate("team.audit_view", "{n} new code"),
                translate("team.audit_view", "{n} new codes"),
            ),
            count_text(
                len(docs.get("added", [])),
                translate("team.audit_view", "{n} new document"),
                translate("team.audit_view", "{n} new documents"),
            ),
        ]
        conflicts = detail.get("conflicts", [])
        if conflicts:
            parts.append(
                count_text(
                    len(conflicts),
                    translate("team.audit_view", "{n} conflict (ours kept)"),
                    translate("team.audit_view", "{n} conflicts (ours kept)"),
                )
            )
        return f"{detail.get('source', '')}: " + ", ".join(parts)
    return "; ".join(f"{k}: {v}" for k, v in detail.items())


class AuditLogModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("team.audit_view", "When"),
        QT_TRANSLATE_NOOP("team.audit_view", "Who"),
        QT_TRANSLATE_NOOP("team.audit_view", "What"),
        QT_TRANSLATE_NOOP("team.audit_view", "Details"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str, str]] = []

    def set_entries(self, entries: Sequence[AuditRow]) -> None:
        rows = []
        for _id, at, actor, action, detail in sorted(entries, key=lambda e: e[1], reverse=True):
            local = at.astimezone() if at.tzinfo else at
            rows.append(
                (
                    local.strftime("%Y-%m-%d %H:%M"),
                    actor,
                    translate("team.audit_view", ACTION_LABELS[action]) if action in ACTION_LABELS else action,
                    describe(action, detail),
                    local.strftime("%Y-%m-%d %H:%M:%S %Z"),
                )
            )
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return translate("team.audit_view", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row[4] if index.column() == 0 else row[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AuditLogView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit_model = AuditLogModel(self)
        a11y(self, translate("team.audit_view", "Audit log"), translate("team.audit_view", "Who changed what and when"))
        self.setModel(self.audit_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((130, 110, 120)):
            header.resizeSection(col, width)
