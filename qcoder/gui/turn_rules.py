"""The one-step fix for a document in which import found no speaker label: its paragraphs go
to an interviewer and a respondent by a rule (alternating, or by how the interviewer's
paragraphs start). Shown in the Speakers dialog while the document has no speakers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from qcoder.core.errors import QcoderError
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import translate
from qcoder.gui.style import set_tone


class NoSpeakersBox(QWidget):
    """Emits ``marked(turns)`` after the rule was applied (one undo step)."""

    marked = Signal(int)

    def __init__(self, ctx: AppContext, document_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.document_id = document_id
        hint = QLabel(
            translate(
                "turn_rules",
                "No speaker labels were found in this document, so its excerpts cannot be attributed to a "
                "speaker. Give its paragraphs to an interviewer and a respondent in one step (Ctrl+Z undoes it):",
            ),
            self,
        )
        hint.setWordWrap(True)
        self.alternate_button = QPushButton(
            translate("turn_rules", "Paragraphs alternate: interviewer, respondent"), self
        )
        self.alternate_button.clicked.connect(lambda: self.apply("alternate"))
        self.marker_edit = QLineEdit(self)
        self.marker_edit.setPlaceholderText(translate("turn_rules", "Q:"))
        self.marker_edit.setMaximumWidth(90)
        self.marker_button = QPushButton(translate("turn_rules", "are the interviewer's"), self)
        self.marker_button.clicked.connect(lambda: self.apply("marker"))
        self.marker_edit.returnPressed.connect(lambda: self.apply("marker"))
        self.message = QLabel(self)
        set_tone(self.message, "error")
        first = QHBoxLayout()  # two rows: the buttons' text is longer in Spanish and French
        first.addWidget(self.alternate_button)
        first.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("turn_rules", "or paragraphs starting with"), self))
        row.addWidget(self.marker_edit)
        row.addWidget(self.marker_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(first)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def apply(self, rule: str) -> int:
        try:
            n = self._ctx.require_project().mark_turns(self.document_id, rule, self.marker_edit.text())
        except QcoderError as exc:
            self.message.setText(user_message(exc))
            return 0
        self.message.setText("")
        self.marked.emit(n)
        return n
