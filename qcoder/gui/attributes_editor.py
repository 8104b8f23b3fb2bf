"""The attributes editor: documents × attributes and participants × attributes, edited in place.

Type or pick a value (categories offer their allowed values), paste a block copied from a
spreadsheet (Ctrl+V: tab-separated cells land from the selected cell on, as one undo step),
copy cells (Ctrl+C), clear them (Delete), and add, edit or delete attributes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.core.errors import QcoderError
from qcoder.core.model import AttributeDef, AttributeScope, AttributeType
from qcoder.gui.accessibility import a11y
from qcoder.gui.attributes_model import AttributeDelegate, AttributeValuesModel, format_block, parse_block
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import count_text, translate
from qcoder.gui.record_model import ID_ROLE
from qcoder.gui.style import set_tone
from qcoder.gui.texts import TYPE_LABELS, attribute_label, type_label


class AttributeDialog(QDialog):
    """Add an attribute (name, type, allowed values) or edit one (name and allowed values)."""

    def __init__(
        self,
        scope: AttributeScope,
        taken: Sequence[str],
        parent: QWidget | None = None,
        attribute: AttributeDef | None = None,
    ) -> None:
        super().__init__(parent)
        self._taken = {n.casefold() for n in taken if attribute is None or n != attribute.name}
        if scope is AttributeScope.DOCUMENT:
            title = (
                translate("attributes_editor", "Edit document attribute")
                if attribute
                else translate("attributes_editor", "Add document attribute")
            )
        else:
            title = (
                translate("attributes_editor", "Edit participant attribute")
                if attribute
                else translate("attributes_editor", "Add participant attribute")
            )
        self.setWindowTitle(title)
        self.name_edit = QLineEdit(attribute.name if attribute else "", self)
        self.name_edit.setPlaceholderText(
            translate("attributes_editor", "e.g. site, stakeholder_group, interview_date")
        )
        self.type_combo = QComboBox(self)
        for kind in TYPE_LABELS:
            self.type_combo.addItem(type_label(kind), kind)
        kind = attribute.type if attribute else AttributeType.CATEGORY
        self.type_combo.setCurrentIndex(self.type_combo.findData(kind))
        self.type_combo.setEnabled(attribute is None)  # changing the type would invalidate stored values
        self.allowed_edit = QPlainTextEdit(self)
        self.allowed_edit.setPlaceholderText(translate("attributes_editor", "One value per line"))
        self.allowed_edit.setPlainText("\n".join(attribute.allowed) if attribute else "")
        self.allowed_edit.setTabChangesFocus(True)
        self.message = QLabel(self)
        set_tone(self.message, "error")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("attributes_editor", "Name:"), self.name_edit)
        form.addRow(translate("attributes_editor", "Type:"), self.type_combo)
        form.addRow(translate("attributes_editor", "Allowed values:"), self.allowed_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.type_combo.currentIndexChanged.connect(self._on_type)
        self._on_type()

    def _on_type(self) -> None:
        self.allowed_edit.setEnabled(self.kind() is AttributeType.CATEGORY)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def kind(self) -> AttributeType:
        return AttributeType(self.type_combo.currentData())

    def allowed(self) -> tuple[str, ...]:
        if self.kind() is not AttributeType.CATEGORY:
            return ()
        lines = (line.strip() for line in self.allowed_edit.toPlainText().splitlines())
        return tuple(dict.fromkeys(v for v in lines if v))

    def accept(self) -> None:
        if not self.name():
            self.message.setText(translate("attributes_editor", "Give the attribute a name."))
        elif self.name().casefold() in self._taken:
            self.message.setText(
                translate("attributes_editor", "There is already an attribute called “{name}”.").format(
                    name=self.name()
                )
            )
        else:
            super().accept()


class AttributeTableView(QTableView):
    """Ctrl+V pastes a spreadsheet block, Ctrl+C copies the selected cells, Delete clears them."""

    message = Signal(str)  # what the last paste did

    def __init__(self, model: AttributeValuesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = model
        self.setModel(model)
        self.setItemDelegate(AttributeDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setResizeContentsPrecision(40)  # fit columns to 40 rows, not all

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
        elif event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.copy_text())
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            self.values.set_values({(i.row(), i.column()): "" for i in self.selectedIndexes() if i.column() > 0})
        else:
            super().keyPressEvent(event)

    def paste(self, text: str) -> int:
        """Paste tab-separated ``text`` at the selection; returns the number of cells written."""
        block = parse_block(text)
        selected = self.selectedIndexes() or ([self.currentIndex()] if self.currentIndex().isValid() else [])
        if not block or not selected:
            return 0
        top = min(i.row() for i in selected)
        left = min(i.column() for i in selected)
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
            # one value into several selected cells: fill them all
            cells = {(i.row(), i.column()): block[0][0] for i in selected if i.column() > 0}
            written = len(cells) if self.values.set_values(cells) else 0
            left_out = 0
        else:
            written, left_out = self.values.paste_block(top, left, block)
        if written:
            info = count_text(
                written,
                translate("attributes_editor", "Pasted {n} value."),
                translate("attributes_editor", "Pasted {n} values."),
            )
            if left_out:
                info += " " + count_text(
                    left_out,
                    translate(
                        "attributes_editor",
                        "{n} value did not fit the table (or fell on the name column) and was left out.",
                    ),
                    translate(
                        "attributes_editor",
                        "{n} values did not fit the table (or fell on the name column) and were left out.",
                    ),
                )
            self.message.emit(info)
        return written

    def copy_text(self) -> str:
        selected = self.selectedIndexes()
        if not selected:
            return ""
        rows = sorted({i.row() for i in selected})
        cols = sorted({i.column() for i in selected})
        chosen = {(i.row(), i.column()) for i in selected}
        block = [[str(self.values.index(r, c).data() or "") if (r, c) in chosen else "" for c in cols] for r in rows]
        return format_block(block)


class AttributeTable(QWidget):
    """One tab: the table with its buttons."""

    def __init__(self, ctx: AppContext, scope: AttributeScope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.scope = scope
        self.model = AttributeValuesModel(ctx, scope, self)
        self.view = AttributeTableView(self.model, self)
        a11y(
            self.view,
            translate("attributes_editor", "Attribute values"),
            translate("attributes_editor", "One row per document or participant, one column per attribute"),
        )
        self.add_button = QPushButton(translate("attributes_editor", "Add attribute…"), self)
        self.add_button.clicked.connect(self.add_attribute_dialog)
        self.edit_button = QPushButton(translate("attributes_editor", "Edit attribute…"), self)
        self.edit_button.clicked.connect(self.edit_attribute_dialog)
        self.delete_button = QPushButton(translate("attributes_editor", "Delete attribute…"), self)
        self.delete_button.clicked.connect(self.delete_attribute_dialog)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        if scope is AttributeScope.PARTICIPANT:
            self.participant_button = QPushButton(translate("attributes_editor", "Add participant…"), self)
            self.participant_button.clicked.connect(self.add_participant_dialog)
            buttons.addWidget(self.participant_button)
            self.memo_button = QPushButton(translate("attributes_editor", "Memo…"), self)
            self.memo_button.setToolTip(translate("attributes_editor", "Your notes on the selected participant"))
            self.memo_button.clicked.connect(self.edit_participant_memo)
            buttons.addWidget(self.memo_button)
        buttons.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.model.error.connect(self.show_error)
        self.view.message.connect(self.show_info)
        self.model.modelReset.connect(self._fit)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._fit()
        self._update_buttons()

    def _fit(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.resizeSection(col, min(max(header.sectionSize(col), 90), 240))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_attribute() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if self.scope is AttributeScope.PARTICIPANT:
            self.memo_button.setEnabled(self.view.currentIndex().isValid())

    def edit_participant_memo(self) -> None:
        from qcoder.core.model import MemoTarget
        from qcoder.gui.memo_dialog import edit_memo

        index = self.view.currentIndex()
        if index.isValid():
            row = index.siblingAtColumn(0)
            edit_memo(self._ctx, MemoTarget.PARTICIPANT, str(row.data(ID_ROLE)), str(row.data()), self)

    def show_error(self, message: str) -> None:
        set_tone(self.status, "error")
        self.status.setText(message)

    def show_info(self, message: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(message)

    def current_attribute(self) -> AttributeDef | None:
        return (
            self.model.attribute_at(self.view.currentIndex().column()) if self.view.currentIndex().isValid() else None
        )

    def paste(self, text: str) -> int:
        return self.view.paste(text)

    def select_ids(self, ids: Sequence[str]) -> None:
        selection = self.view.selectionModel()
        for n, record_id in enumerate(ids):
            row = self.model.row_of(record_id)
            if row >= 0:
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                if n == 0:
                    flags |= QItemSelectionModel.SelectionFlag.Current
                    self.view.scrollTo(self.model.index(row, 0))
                selection.select(self.model.index(row, 0), flags)

    # --- attributes -------------------------------------------------------------------------
    def add_attribute(self, name: str, kind: AttributeType, allowed: Sequence[str] = ()) -> AttributeDef | None:
        try:
            return self._ctx.require_project().define_attribute(name, kind, self.scope, allowed)
        except QcoderError as exc:
            self.show_error(user_message(exc))
            return None

    def add_attribute_dialog(self) -> None:
        dialog = AttributeDialog(self.scope, [a.name for a in self.model.attributes()], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            attribute = self.add_attribute(dialog.name(), dialog.kind(), dialog.allowed())
            if attribute is not None:
                self.show_info(
                    translate("attributes_editor", "Added the attribute “{name}”.").format(
                        name=attribute_label(attribute.name)
                    )
                )

    def edit_attribute_dialog(self) -> None:
        attribute = self.current_attribute()
        if attribute is None:
            return
        dialog = AttributeDialog(self.scope, [a.name for a in self.model.attributes()], self, attribute)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self._ctx.require_project().update_attribute(
                    replace(attribute, name=dialog.name(), allowed=dialog.allowed())
                )
            except QcoderError as exc:
                self.show_error(user_message(exc))

    def delete_attribute_dialog(self) -> None:
        attribute = self.current_attribute()
        if attribute is None:
            return
        used = sum(1 for r in self.model.records() if r.attributes.get(attribute.name))
        label = attribute_label(attribute.name)
        if used:
            rows = count_text(
                used, translate("attributes_editor", "{n} row"), translate("attributes_editor", "{n} rows")
            )
            question = translate("attributes_editor", "Delete the attribute “{name}” and its values on {rows}?").format(
                name=label, rows=rows
            )
        else:
            question = translate("attributes_editor", "Delete the attribute “{name}”?").format(name=label)
        answer = QMessageBox.question(
            self,
            translate("attributes_editor", "Delete attribute"),
            question + "\n\n" + translate("attributes_editor", "You can undo this."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self._ctx.require_project().delete_attribute(attribute.id)
            except QcoderError as exc:
                self.show_error(user_message(exc))

    def add_participant_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            translate("attributes_editor", "Add participant"),
            translate("attributes_editor", "Name of the participant:"),
        )
        if ok and name.strip():
            try:
                self._ctx.require_project().add_participant(name)
            except QcoderError as exc:
                self.show_error(user_message(exc))


class AttributesEditor(QDialog):
    """Documents and participants with their attributes, in two tabs."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        select_ids: Sequence[str] = (),
        scope: AttributeScope = AttributeScope.DOCUMENT,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("attributes_editor", "Attributes"))
        self.resize(960, 560)
        self.documents = AttributeTable(ctx, AttributeScope.DOCUMENT, self)
        self.participants = AttributeTable(ctx, AttributeScope.PARTICIPANT, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.documents, translate("attributes_editor", "Documents"))
        self.tabs.addTab(self.participants, translate("attributes_editor", "Participants"))
        self.tabs.setCurrentWidget(self.participants if scope is AttributeScope.PARTICIPANT else self.documents)
        hint = QLabel(
            translate(
                "attributes_editor",
                "Double-click a cell to edit it. Paste cells copied from a spreadsheet with Ctrl+V; "
                "Ctrl+C copies, Delete clears. Ctrl+Z undoes.",
            ),
            self,
        )
        hint.setWordWrap(True)
        self.undo_action = ctx.undo_stack.createUndoAction(self, translate("attributes_editor", "Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = ctx.undo_stack.createRedoAction(self, translate("attributes_editor", "Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([self.undo_action, self.redo_action])
        undo_button, redo_button = QToolButton(self), QToolButton(self)
        undo_button.setDefaultAction(self.undo_action)
        redo_button.setDefaultAction(self.redo_action)
        for b in (undo_button, redo_button):
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(undo_button)
        bottom.addWidget(redo_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        if select_ids:
            self.documents.select_ids(select_ids)
