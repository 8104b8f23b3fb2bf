"""Asking for a project's passphrase (to open it) or choosing a new one (to create or encrypt)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qcoder.gui.i18n import translate
from qcoder.gui.style import set_tone

MIN_LENGTH = 8


class PassphraseDialog(QDialog):
    """``new=False``: one field, to open an encrypted project (``error`` says why it is asked
    again). ``new=True``: the passphrase twice, with a warning that it cannot be recovered."""

    def __init__(self, project_name: str, *, new: bool = False, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(
            translate("safety.passphrase_dialog", "Choose a passphrase")
            if new
            else translate("safety.passphrase_dialog", "Encrypted project")
        )
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        if new:
            intro = translate(
                "safety.passphrase_dialog",
                "“{name}” will be encrypted: the project file and its backups can only be "
                "opened with this passphrase.\n\nIf the passphrase is lost, nobody can recover the project "
                "— not even with qcoder's help. Store it somewhere safe.",
            ).format(name=project_name)
        else:
            intro = translate(
                "safety.passphrase_dialog", "“{name}” is encrypted. Enter its passphrase to open it."
            ).format(name=project_name)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        form.addRow(translate("safety.passphrase_dialog", "Passphrase:"), self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeat")
        if new:
            form.addRow(translate("safety.passphrase_dialog", "Repeat:"), self.repeat)
        layout.addLayout(form)
        self.show_text = QCheckBox(translate("safety.passphrase_dialog", "Show passphrase"))
        self.show_text.toggled.connect(self._toggle_echo)
        layout.addWidget(self.show_text)
        self.message = QLabel(error)
        self.message.setObjectName("message")
        set_tone(self.message, "error")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(error))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            translate("safety.passphrase_dialog", "Encrypt") if new else translate("safety.passphrase_dialog", "Open")
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.passphrase, self.repeat):
            field.textChanged.connect(self._update)
        self._update()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def problem(self) -> str:
        """Why the entered passphrase cannot be used yet ("" when it can)."""
        text = self.passphrase.text()
        if not text:
            return translate("safety.passphrase_dialog", "Enter the passphrase.")
        if self.new:
            if len(text) < MIN_LENGTH:
                return translate(
                    "safety.passphrase_dialog", "Use at least {n} characters (a few unrelated words work well)."
                ).format(n=MIN_LENGTH)
            if self.repeat.text() != text:
                return translate("safety.passphrase_dialog", "The two passphrases differ.")
        return ""

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        problem = self.problem()
        ok.setEnabled(not problem)
        if self.new and self.passphrase.text():
            self.message.setText(problem)
            self.message.setVisible(bool(problem))

    def _accept(self) -> None:
        if not self.problem():
            self.accept()

    def value(self) -> str:
        return self.passphrase.text()


def ask_passphrase(parent: QWidget | None, project_name: str, error: str = "") -> str | None:
    dialog = PassphraseDialog(project_name, error=error, parent=parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_passphrase(parent: QWidget | None, project_name: str) -> str | None:
    dialog = PassphraseDialog(project_name, new=True, parent=parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
