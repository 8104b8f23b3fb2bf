"""The small options dialog of an export (Project → Export): the command line's options as a
form of choices (a drop-down), check lists (none ticked: all), switches, text fields and
numbers.

Built by the caller field by field; :meth:`ExportOptions.values` gives the chosen value of
each field by its key: a string for a choice or a text field (stripped), a list of strings
for a check list (empty when none is ticked), a bool for a switch, an int or a float for a
number.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qcoder.gui.i18n import translate

Items = Sequence[tuple[str, str]]  # (label, value)


class _FormArea(QScrollArea):
    """The options form, scrolling when the screen is too short for it (a laptop at 150 %),
    and otherwise as tall as the form: QScrollArea's own size hint stops at 24 lines."""

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        inner = QWidget(self)
        inner.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the fields, not the area

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        inner = self.widget()
        hint = inner.sizeHint() if inner is not None else super().sizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), self.fontMetrics().height() * 6)


class ExportOptions(QDialog):
    def __init__(self, title: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("ExportOptions")
        self.choices: dict[str, QComboBox] = {}
        self.checks: dict[str, QListWidget] = {}
        self.flags: dict[str, QCheckBox] = {}
        self.texts: dict[str, QLineEdit] = {}
        self.numbers: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above its list
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.next_button = self.buttons.addButton(
            translate("export_options", "Choose file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.next_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(_FormArea(self.form, self), 1)  # scrolls on a small screen; buttons stay
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)  # a label and its field side by side

    def add_choice(self, key: str, label: str, items: Items, current: str | None = None) -> QComboBox:
        box = QComboBox(self)
        for text, value in items:
            box.addItem(text, value)
        if current is not None and box.findData(current) >= 0:
            box.setCurrentIndex(box.findData(current))
        self.form.addRow(label, box)
        self.choices[key] = box
        return box

    def add_checks(self, key: str, label: str, items: Items, checked: Sequence[str] = (), rows: int = 8) -> QListWidget:
        """A check list (``rows`` high at most); ``label`` should say what none ticked means."""
        view = QListWidget(self)
        for text, value in items:
            item = QListWidgetItem(text, view)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        rows = max(1, min(len(items), rows))
        view.setFixedHeight(view.sizeHintForRow(0) * rows + 2 * view.frameWidth() + 4 if items else 30)
        self.form.addRow(label, view)
        self.checks[key] = view
        return view

    def add_flag(self, key: str, label: str, on: bool = False, tip: str = "") -> QCheckBox:
        box = QCheckBox(label, self)
        box.setChecked(on)
        box.setToolTip(tip)
        self.form.addRow("", box)
        self.flags[key] = box
        return box

    def add_text(self, key: str, label: str, placeholder: str = "", tip: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(tip)
        self.form.addRow(label, edit)
        self.texts[key] = edit
        return edit

    def add_number(
        self, key: str, label: str, value: float, low: float, high: float, decimals: int = 0
    ) -> QSpinBox | QDoubleSpinBox:
        """A whole number (``decimals`` 0: its value is an int) or a decimal one (a float)."""
        box: QSpinBox | QDoubleSpinBox
        if decimals:
            box = QDoubleSpinBox(self)
            box.setDecimals(decimals)
            box.setSingleStep(10**-decimals)
            box.setRange(low, high)
            box.setValue(value)
        else:
            box = QSpinBox(self)
            box.setRange(int(low), int(high))
            box.setValue(int(value))
        self.form.addRow(label, box)
        self.numbers[key] = box
        return box

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {k: str(box.currentData()) for k, box in self.choices.items()}
        for key, view in self.checks.items():
            out[key] = [
                str(view.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(view.count())
                if view.item(i).checkState() == Qt.CheckState.Checked
            ]
        out.update({k: box.isChecked() for k, box in self.flags.items()})
        out.update({k: edit.text().strip() for k, edit in self.texts.items()})
        out.update({k: box.value() for k, box in self.numbers.items()})
        return out

    def ask(self) -> dict[str, object] | None:
        """Show the dialog (modal); the values, or None when cancelled."""
        return self.values() if self.exec() == QDialog.DialogCode.Accepted else None
