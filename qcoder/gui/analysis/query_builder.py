"""The query builder of the Query window: code pickers joined by AND / OR / AND NOT / NEAR /
FOLLOWED BY rows that write the expression, an expression box with completion (codes and
keywords) for anything the rows cannot say, the scope, and the restrictions (attributes,
speakers, coder, text). :meth:`QueryBuilder.spec` is the query as :class:`QuerySpec`."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.analysis.query_parse import KEYWORDS, quote_path
from qcoder.app.project import Project
from qcoder.app.queries import QuerySpec
from qcoder.gui.accessibility import a11y
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate

JOINS = ("AND", "OR", "AND NOT", "NEAR", "FOLLOWED BY")  # the query language's keywords: not translated
SCOPES = (
    (QT_TRANSLATE_NOOP("analysis.query_builder", "Overlapping"), "overlap"),
    (QT_TRANSLATE_NOOP("analysis.query_builder", "Same sentence"), "sentence"),
    (QT_TRANSLATE_NOOP("analysis.query_builder", "Same turn"), "turn"),
    (QT_TRANSLATE_NOOP("analysis.query_builder", "Same paragraph"), "paragraph"),
    (QT_TRANSLATE_NOOP("analysis.query_builder", "Same document"), "document"),
    (QT_TRANSLATE_NOOP("analysis.query_builder", "Within N characters"), "chars"),
)


class _Row(QWidget):
    changed = Signal()
    removed = Signal(object)

    def __init__(self, paths: list[str], first: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.join = QComboBox(self)
        a11y(
            self.join,
            translate("analysis.query_builder", "Join"),
            translate("analysis.query_builder", "How this code combines with the ones above: AND, OR, NOT…"),
        )
        self.join.addItems(JOINS)
        self.join.setVisible(not first)
        self.code = QComboBox(self)
        a11y(self.code, translate("analysis.query_builder", "Code"))
        self.code.setEditable(True)
        self.code.addItems(paths)
        self.code.setMinimumContentsLength(28)
        self.code.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        picker = QCompleter(paths, self.code)
        picker.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        picker.setFilterMode(Qt.MatchFlag.MatchContains)
        self.code.setCompleter(picker)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(translate("analysis.query_builder", "Remove this code"))
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.join)
        box.addWidget(self.code, 1)
        box.addWidget(self.remove)
        self.join.currentIndexChanged.connect(self.changed)
        self.code.currentTextChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.removed.emit(self))


class QueryBuilder(QWidget):
    """Rows of codes, the expression, the scope and the restrictions."""

    edited = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self.paths = sorted(project.code_paths().values(), key=str.casefold)
        self.rows: list[_Row] = []
        self.rows_box = QVBoxLayout()
        self.add_button = QPushButton(translate("analysis.query_builder", "Add code"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.expression = QLineEdit(self)
        a11y(
            self.expression,
            translate("analysis.query_builder", "Query expression"),
            translate("analysis.query_builder", "Codes combined with AND, OR, NOT, NEAR; quoted code paths"),
        )
        self.expression.setPlaceholderText(
            translate("analysis.query_builder", '"Challenges > Turnover" AND NOT "Recommendations > Joint training"')
        )
        words = [quote_path(p) for p in self.paths] + [k for k in KEYWORDS if k != "BY"] + ["FOLLOWED BY", "NEAR/turn"]
        self.completer = QCompleter(QStringListModel(words, self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setWidget(self.expression)
        self.completer.activated.connect(self._complete)
        self.expression.textEdited.connect(self._on_typed)
        self._restrictions()
        self._layout()
        self.add_row()

    def _restrictions(self) -> None:
        self.scope = QComboBox(self)
        a11y(
            self.scope,
            translate("analysis.query_builder", "Nearness"),
            translate("analysis.query_builder", "What NEAR means: same turn, paragraph, or a number of characters"),
        )
        for label, value in SCOPES:
            self.scope.addItem(translate("analysis.query_builder", label), value)
        self.chars = QSpinBox(self)
        a11y(self.chars, translate("analysis.query_builder", "Characters apart"))
        self.chars.setRange(0, 100_000)
        self.chars.setValue(200)
        self.chars.setSuffix(translate("analysis.query_builder", " characters"))
        self.chars.setEnabled(False)
        self.scope.currentIndexChanged.connect(lambda: self.chars.setEnabled(self.scope.currentData() == "chars"))
        self.attribute = QComboBox(self)
        a11y(self.attribute, translate("analysis.query_builder", "Attribute"))
        names = list(dict.fromkeys(a.name for a in self._project.attributes()))
        self.attribute.addItems(names)
        self.value = QComboBox(self)
        a11y(self.value, translate("analysis.query_builder", "Attribute value"))
        self.value.setEditable(True)
        self.attribute.currentTextChanged.connect(self._fill_values)
        self._fill_values(self.attribute.currentText())
        self.add_where = QPushButton(translate("analysis.query_builder", "Add"), self)
        self.add_where.clicked.connect(self._add_where)
        self.where = QLineEdit(self)
        a11y(
            self.where,
            translate("analysis.query_builder", "Attribute restrictions"),
            translate("analysis.query_builder", "ATTR=VALUE; one value of each attribute"),
        )
        self.where.setPlaceholderText(
            translate("analysis.query_builder", "ATTR=VALUE; … (one value of each attribute)")
        )
        self.speakers = QLineEdit(self)
        a11y(
            self.speakers,
            translate("analysis.query_builder", "Speakers"),
            translate("analysis.query_builder", "Speaker labels, comma-separated"),
        )
        self.speakers.setPlaceholderText(translate("analysis.query_builder", "speaker labels, comma-separated"))
        labels = sorted({s.label for s in self._project.speakers() if not s.is_interviewer}, key=str.casefold)
        speaker_completer = QCompleter(labels, self)
        speaker_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.speakers.setCompleter(speaker_completer)
        self.coder = QComboBox(self)
        a11y(self.coder, translate("analysis.query_builder", "Coder"))
        self.coder.addItem(translate("analysis.query_builder", "All coders"), "")
        for c in self._project.coders():
            self.coder.addItem(c.name, c.name)
        self.text = QLineEdit(self)
        a11y(
            self.text,
            translate("analysis.query_builder", "Containing text"),
            translate("analysis.query_builder", "Only excerpts containing these words"),
        )
        self.text.setPlaceholderText(translate("analysis.query_builder", "excerpts containing…"))
        self.interviewers = QCheckBox(translate("analysis.query_builder", "Interviewer turns too"), self)

    def _layout(self) -> None:
        codes = QVBoxLayout()
        codes.addLayout(self.rows_box)
        add = QHBoxLayout()
        add.addWidget(self.add_button)
        add.addStretch(1)
        codes.addLayout(add)
        form = QFormLayout()
        form.addRow(translate("analysis.query_builder", "Codes:"), codes)
        form.addRow(translate("analysis.query_builder", "Expression:"), self.expression)
        scope = QHBoxLayout()
        scope.addWidget(self.scope)
        scope.addWidget(self.chars)
        scope.addStretch(1)
        form.addRow(translate("analysis.query_builder", "Near means:"), scope)
        where = QHBoxLayout()
        where.addWidget(self.attribute)
        where.addWidget(self.value, 1)
        where.addWidget(self.add_where)
        where.addWidget(self.where, 2)
        form.addRow(translate("analysis.query_builder", "Respondents:"), where)
        who = QHBoxLayout()
        who.addWidget(self.speakers, 2)
        who.addWidget(self.coder, 1)
        who.addWidget(self.text, 2)
        who.addWidget(self.interviewers)
        form.addRow(translate("analysis.query_builder", "Speakers:"), who)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(form)

    # -- rows --------------------------------------------------------------------------------

    def add_row(self, path: str = "", join: str = "AND") -> None:
        row = _Row(self.paths, first=not self.rows, parent=self)
        row.code.setCurrentText(path)
        row.join.setCurrentText(join)
        row.changed.connect(self._rows_to_expression)
        row.removed.connect(self._remove_row)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self._rows_to_expression()

    def _remove_row(self, row: _Row) -> None:
        if len(self.rows) == 1:
            row.code.setCurrentText("")
            return
        self.rows.remove(row)
        row.deleteLater()
        self.rows[0].join.setVisible(False)
        self._rows_to_expression()

    def _rows_to_expression(self) -> None:
        """The rows, read left to right: ((first JOIN second) JOIN third) …"""
        text, count = "", 0
        for row in self.rows:
            path = row.code.currentText().strip()
            if not path:
                continue
            code = quote_path(path)
            count += 1
            if count == 1:
                text = code
                continue
            left = f"({text})" if count > 2 else text
            text = f"{left} {row.join.currentText()} {code}"
        self.expression.setText(text)
        self.edited.emit()

    # -- completion of the expression ---------------------------------------------------------

    def _word_at_cursor(self) -> tuple[int, str]:
        text, pos = self.expression.text(), self.expression.cursorPosition()
        start = pos
        quoted = text[:pos].count('"') % 2 == 1
        while start > 0 and (text[start - 1] not in " ()" or quoted) and not (quoted and text[start - 1] == '"'):
            start -= 1
        if quoted:
            start -= 1
        return start, text[start:pos]

    def _on_typed(self) -> None:
        _, word = self._word_at_cursor()
        if len(word.strip('"')) < 2:
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()
            return
        self.completer.setCompletionPrefix(word.strip('"'))
        rect = self.expression.cursorRect()
        rect.setWidth(360)
        self.completer.complete(rect)
        self.edited.emit()

    def _complete(self, choice: str) -> None:
        start, _ = self._word_at_cursor()
        text, pos = self.expression.text(), self.expression.cursorPosition()
        self.expression.setText(text[:start] + choice + " " + text[pos:].lstrip())
        self.expression.setCursorPosition(start + len(choice) + 1)

    # -- restrictions ---------------------------------------------------------------------------

    def _fill_values(self, name: str) -> None:
        values: set[str] = set()
        for d in self._project.documents():
            if d.attributes.get(name):
                values.add(d.attributes[name])
        for p in self._project.participants():
            if p.attributes.get(name):
                values.add(p.attributes[name])
        self.value.clear()
        self.value.addItems(sorted(values, key=str.casefold))

    def _add_where(self) -> None:
        name, value = self.attribute.currentText().strip(), self.value.currentText().strip()
        if name and value:
            items = [w for w in self.where_items() if w]
            self.where.setText("; ".join([*items, f"{name}={value}"]))

    def where_items(self) -> list[str]:
        return [w.strip() for w in self.where.text().split(";") if w.strip()]

    # -- the query ------------------------------------------------------------------------------

    def scope_value(self) -> str:
        value = str(self.scope.currentData())
        return str(self.chars.value()) if value == "chars" else value

    def spec(self) -> QuerySpec:
        return QuerySpec(
            self.expression.text().strip(),
            self.scope_value(),
            tuple(self.where_items()),
            (str(self.coder.currentData()),) if self.coder.currentData() else (),
            tuple(s.strip() for s in self.speakers.text().split(",") if s.strip()),
            self.text.text().strip(),
            self.interviewers.isChecked(),
        )

    def set_spec(self, spec: QuerySpec) -> None:
        """Show a saved query (its expression in the box; the rows are cleared)."""
        for row in self.rows[1:]:
            self.rows.remove(row)
            row.deleteLater()
        self.rows[0].code.blockSignals(True)
        self.rows[0].code.setCurrentText("")
        self.rows[0].code.blockSignals(False)
        self.expression.setText(spec.query)
        within = spec.within.strip()
        if within.isdigit():
            self.scope.setCurrentIndex(self.scope.findData("chars"))
            self.chars.setValue(int(within))
        else:
            self.scope.setCurrentIndex(max(self.scope.findData(within), 0))
        self.where.setText("; ".join(spec.where))
        self.coder.setCurrentIndex(max(self.coder.findData(spec.coders[0]) if spec.coders else 0, 0))
        self.speakers.setText(", ".join(spec.speakers))
        self.text.setText(spec.text)
        self.interviewers.setChecked(spec.interviewers)
