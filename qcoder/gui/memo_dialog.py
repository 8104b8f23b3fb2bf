"""One memo on a document, a code or a participant, edited where that thing is shown: the
documents list's context menu, the participants tab of the attributes editor (the code dialog
has its own memo field). Saving is one undo step; an empty memo removes it."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from qcoder.core.model import MemoTarget
from qcoder.gui.accessibility import a11y
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, active_language, date_text, translate

_TITLES = {
    MemoTarget.DOCUMENT: QT_TRANSLATE_NOOP("memo_dialog", "Memo on the document {name}"),
    MemoTarget.CODE: QT_TRANSLATE_NOOP("memo_dialog", "Memo on the code {name}"),
    MemoTarget.PARTICIPANT: QT_TRANSLATE_NOOP("memo_dialog", "Memo on the participant {name}"),
}
_HINTS = {
    MemoTarget.DOCUMENT: QT_TRANSLATE_NOOP(
        "memo_dialog", "Your notes on this document: what stands out, questions to follow up, links to themes."
    ),
    MemoTarget.CODE: QT_TRANSLATE_NOOP(
        "memo_dialog", "Your notes on this code: what stands out, questions to follow up, links to themes."
    ),
    MemoTarget.PARTICIPANT: QT_TRANSLATE_NOOP(
        "memo_dialog", "Your notes on this participant: what stands out, questions to follow up, links to themes."
    ),
}


def memo_byline(ctx: AppContext, kind: MemoTarget, target_id: str) -> str:
    """ "Last written by Maya Chen, 4 Dec 2026 09:12", or "" for no memo yet."""
    project = ctx.require_project()
    memo = next((m for m in project.memos() if m.target_kind is kind and m.target_id == target_id), None)
    if memo is None or not memo.text:
        return ""
    names = {c.id: c.name for c in project.coders()}
    who = names.get(memo.author, "")
    moment = memo.updated_at.astimezone()
    when = moment.strftime("%d %b %Y %H:%M") if active_language() == "en" else date_text(moment)
    if who:
        return translate("memo_dialog", "Last written by {who}, {when}").format(who=who, when=when)
    return translate("memo_dialog", "Last written {when}").format(when=when)


class MemoDialog(QDialog):
    """Edit the memo of one document, code or participant."""

    def __init__(self, ctx: AppContext, kind: MemoTarget, target_id: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.kind = kind
        self.target_id = target_id
        self.setWindowTitle(translate("memo_dialog", _TITLES[kind]).format(name=name))
        self.original = ctx.require_project().memo(kind, target_id)
        self.editor = QPlainTextEdit(self.original, self)
        a11y(self.editor, translate("memo_dialog", "Memo text"))
        self.editor.setPlaceholderText(translate("memo_dialog", _HINTS[kind]))
        self.byline = QLabel(memo_byline(ctx, kind, target_id), self)
        self.byline.setEnabled(False)  # secondary text
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            translate("memo_dialog", "Save the memo (Ctrl+Return)")
        )
        self._save_keys = [QShortcut(QKeySequence(keys), self) for keys in ("Ctrl+Return", "Ctrl+Enter")]
        for shortcut in self._save_keys:
            shortcut.activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.byline)
        layout.addWidget(buttons)
        self.resize(520, 320)
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def save(self) -> bool:
        """Write the memo when it changed; True when something was written."""
        if self.text() == self.original.strip():
            return False
        self._ctx.require_project().set_memo(self.kind, self.target_id, self.text())
        return True


def edit_memo(ctx: AppContext, kind: MemoTarget, target_id: str, name: str, parent: QWidget | None = None) -> bool:
    """Show the memo dialog; True when the memo was changed."""
    dialog = MemoDialog(ctx, kind, target_id, name, parent)
    return bool(dialog.exec()) and dialog.save()
