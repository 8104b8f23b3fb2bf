"""The survey grid's filter row: a question, an attribute value, a text to search and "Uncoded
only" narrow thousands of answers to the ones to read or code next (:mod:`qcoder.app.survey_filter`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from qcoder.app.survey_filter import AnswerFilter
from qcoder.gui.accessibility import a11y
from qcoder.gui.i18n import translate

SEARCH_DELAY_MS = 250  # typing pauses this long before the grid filters
PAIR = "\x1f"  # between an attribute's name and value in the combo's item data


class GridFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = a11y(
            QComboBox(self),
            translate("survey.grid_filter", "Question"),
            translate("survey.grid_filter", "Only the answers to this question"),
        )
        self.question.setToolTip(translate("survey.grid_filter", "Only the answers to this question"))
        self.attribute = a11y(
            QComboBox(self),
            translate("survey.grid_filter", "Attribute value"),
            translate("survey.grid_filter", "Only the respondents with this attribute value"),
        )
        self.attribute.setToolTip(translate("survey.grid_filter", "Only the respondents with this attribute value"))
        for combo in (self.question, self.attribute):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            combo.setMaxVisibleItems(20)
            combo.setStyleSheet("combobox-popup: 0")  # a scrolled list, not one item per screen line
            combo.currentIndexChanged.connect(self.changed)
        self.search = a11y(
            QLineEdit(self),
            translate("survey.grid_filter", "Search answers"),
            translate("survey.grid_filter", "Only the answers or respondents containing this text"),
        )
        self.search.setPlaceholderText(translate("survey.grid_filter", "Search answers or respondents…"))
        self.search.setClearButtonEnabled(True)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self.changed)
        self.search.textChanged.connect(self._delay.start)
        self.search.returnPressed.connect(self._search_now)
        self.uncoded = QCheckBox(translate("survey.grid_filter", "Uncoded only"), self)
        self.uncoded.setToolTip(
            translate("survey.grid_filter", "Only the answers nobody has coded (applied again when the filter changes)")
        )
        self.uncoded.toggled.connect(self.changed)
        self.shown = QLabel(self)
        self.shown.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(
                translate("survey.grid_window", "{shown} of {total}").format(shown="99,999", total="99,999")
            )
            + 4
        )
        self.shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("survey.grid_filter", "Show:"), self))
        layout.addWidget(self.question, 1)
        layout.addWidget(self.attribute, 1)
        layout.addWidget(self.search, 2)
        layout.addWidget(self.uncoded)
        layout.addWidget(self.shown)

    def _search_now(self) -> None:
        self._delay.stop()
        self.changed.emit()

    def set_choices(self, questions: list[str], values: dict[str, list[str]]) -> None:
        """Offer these questions and attribute values, keeping what is chosen where still offered."""
        chosen = self.value()
        for combo in (self.question, self.attribute):
            combo.blockSignals(True)
            combo.clear()
        self.question.addItem(translate("survey.grid_filter", "All questions"), "")
        for q in questions:
            self.question.addItem(q, q)
        self.attribute.addItem(translate("survey.grid_filter", "All respondents"), "")
        for name, vals in values.items():
            for v in vals:
                self.attribute.addItem(f"{name}: {v}", f"{name}{PAIR}{v}")
        self.question.setCurrentIndex(max(0, self.question.findData(chosen.question)))
        if chosen.attribute:
            found = self.attribute.findData(f"{chosen.attribute}{PAIR}{chosen.value}")
            self.attribute.setCurrentIndex(max(0, found))
        for combo in (self.question, self.attribute):
            combo.blockSignals(False)

    def value(self) -> AnswerFilter:
        question = self.question.currentData() or ""
        attribute, _, value = str(self.attribute.currentData() or "").partition(PAIR)
        return AnswerFilter(str(question), attribute, value, self.search.text(), self.uncoded.isChecked())
