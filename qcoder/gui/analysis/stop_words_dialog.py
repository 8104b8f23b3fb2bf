"""Editing the project's stop words: the whole effective list in a text box (spaCy's English
list with the project's additions and removals), saved in the project."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.core.stop_words import StopWords
from qcoder.gui.accessibility import a11y
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate
from qcoder.gui.screen_fit import fitted_size
from qcoder.nlp.words import default_stop_words

HELP = QT_TRANSLATE_NOOP(
    "analysis.stop_words_dialog",
    "Words left out of the frequencies, one per line (or separated by commas). A word matches its lemma or any form of it: “be” leaves out “was” too. Saved in the project, for everyone who opens it and for <code>qcoder words</code>.",  # noqa: E501 - one literal for lupdate
)


def parse_words(text: str) -> list[str]:
    return [w for w in (part.strip() for part in re.split(r"[\n,;]+", text)) if w]


class StopWordsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("analysis.stop_words_dialog", "Stop words"))
        self._ctx = ctx
        self._defaults = default_stop_words()
        project = ctx.require_project()
        self.editor = QPlainTextEdit(self)
        a11y(
            self.editor,
            translate("analysis.stop_words_dialog", "Stop words"),
            translate("analysis.stop_words_dialog", "One word per line: words left out of the counts"),
        )
        self.editor.setPlainText("\n".join(project.stop_words().effective(self._defaults)))
        note = QLabel(translate("analysis.stop_words_dialog", HELP), self)
        note.setWordWrap(True)
        reset = QPushButton(translate("analysis.stop_words_dialog", "Restore the default list"), self)
        reset.clicked.connect(lambda: self.editor.setPlainText("\n".join(sorted(self._defaults))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(reset, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(note)
        box.addWidget(self.editor, 1)
        box.addWidget(buttons)
        self.resize(fitted_size(self, QSize(420, 560)))

    def choice(self) -> StopWords:
        return StopWords.from_list(parse_words(self.editor.toPlainText()), self._defaults)

    def save(self) -> None:
        try:
            self._ctx.require_project().set_stop_words(self.choice())
        except Exception as exc:  # noqa: BLE001 - shown to the user (read-only, permissions)
            QMessageBox.warning(
                self,
                translate("analysis.stop_words_dialog", "Stop words"),
                translate("analysis.stop_words_dialog", "The stop words were not saved.\n\n{error}").format(
                    error=user_message(exc)
                ),
            )
            return
        self.accept()
