"""Codebook dialogs: a code's name, color, definition, inclusion, exclusion and example, and the
code memo beside them (the coders' analytic notes, kept apart from the definition)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.core.codes import PALETTE
from qcoder.core.colors import MARK_CONTRAST, check_color
from qcoder.core.model import Code
from qcoder.gui.codebook.model import color_icon
from qcoder.gui.screen_fit import fit_anywhere
from qcoder.gui.style import set_tone
from qcoder.gui.themes import THEMES, mark_backgrounds

FIELDS = (
    ("definition", "Definition", "What this code means."),
    ("inclusion", "Include when", "When to apply it."),
    ("exclusion", "Exclude when", "When not to apply it (and which code to use instead)."),
    ("example", "Example", "A typical excerpt."),
)


class CodeDialog(QDialog):
    """Create or edit a code; :meth:`values` gives the fields to save (one undo step)."""

    def __init__(
        self,
        code: Code | None,
        parent_path: str = "",
        default_color: str = PALETTE[0],
        parent: QWidget | None = None,
        memo: str | None = None,
        memo_byline: str = "",
        others: Mapping[str, str] | None = None,
    ) -> None:
        """``memo``: the code memo to show and edit (None: no memo field); ``others``: the
        other codes' colours by name (a colour too close to one of them is warned about)."""
        super().__init__(parent)
        self.setWindowTitle("Edit code" if code else "New code")
        self._color = code.color if code else default_color
        self._others = dict(others or {})
        self.name = QLineEdit(code.name if code else "", self)
        self.name.setPlaceholderText("Code name")
        self._make_color_row()
        form = QFormLayout()
        if parent_path:
            form.addRow("Under", QLineEdit(parent_path, self, readOnly=True))
        form.addRow("Name", self.name)
        form.addRow("Color", self.color_button)
        form.addRow("", self.color_warning)
        self.edits: dict[str, QPlainTextEdit] = {}
        for key, label, hint in FIELDS:
            edit = QPlainTextEdit(getattr(code, key) if code else "", self)
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            self.edits[key] = edit
            form.addRow(label, edit)
        self.memo: QPlainTextEdit | None = None
        if memo is not None:
            self.memo = QPlainTextEdit(memo, self)
            self.memo.setPlaceholderText("Your notes on this code: how its use evolves, doubts, ideas.")
            self.memo.setTabChangesFocus(True)
            self.memo.setFixedHeight(80)
            self.memo.setToolTip(memo_byline or "The code memo (a note in REFI-QDA exports)")
            form.addRow("Memo", self.memo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(bool(self.name.text().strip()))
        # Ctrl+Return accepts from any field (Return alone adds a line in the text fields)
        self._accept_keys = [QShortcut(QKeySequence(keys), self) for keys in ("Ctrl+Return", "Ctrl+Enter")]
        for shortcut in self._accept_keys:
            shortcut.activated.connect(self._accept)
        self.ok_button.setToolTip("Save the code (Ctrl+Return)")
        fields = QWidget(self)
        fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(fit_anywhere(fields), 1)  # the fields scroll on a small or scaled screen
        layout.addWidget(buttons)  # OK and Cancel always in view
        # as tall as the fields want: the screen clamp shortens it on a small screen, then they scroll
        self.resize(480, fields.sizeHint().height() + buttons.sizeHint().height() + 3 * layout.spacing() + 24)

    def _make_color_row(self) -> None:
        """The colour button and, under it, the warning about a poor colour."""
        self.color_button = QPushButton(self)
        self.color_button.clicked.connect(self._pick_color)
        self.color_warning = QLabel(self)
        self.color_warning.setWordWrap(True)
        set_tone(self.color_warning, "warn")
        self._show_color()

    def _show_color(self) -> None:
        self.color_button.setIcon(color_icon(self._color, 16))
        self.color_button.setText(self._color.upper())
        warning = color_warning(self._color, self._others)
        self.color_warning.setText(warning)
        self.color_warning.setVisible(bool(warning))

    def _pick_color(self) -> None:
        color = pick_code_color(self, self._color, "Code color", self._others)
        if color:
            self.set_color(color)

    def set_color(self, color: str) -> None:
        self._color = color.upper()
        self._show_color()

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()

    def values(self) -> dict[str, str]:
        out = {"name": self.name.text().strip(), "color": self._color.upper()}
        for key, edit in self.edits.items():
            out[key] = edit.toPlainText().strip()
        return out

    def memo_text(self) -> str | None:
        """The memo as edited (None: the dialog has no memo field)."""
        return None if self.memo is None else self.memo.toPlainText().strip()


def color_warning(color: str, others: Mapping[str, str]) -> str:
    """Why ``color`` is a poor choice for a code, in words ("" when it is fine): too little
    contrast on the stripe margin of a theme, or too close to another code's colour (also as
    seen with a colour-vision deficiency)."""
    names = {t.margin: t.title for t in THEMES.values()}
    problems = check_color(color, mark_backgrounds(), others.values())
    by_color: dict[str, list[str]] = {}
    for name, other in others.items():
        by_color.setdefault(other.upper(), []).append(name)
    parts: list[str] = []
    low = [p for p in problems if p.kind == "contrast"]
    if low:
        where = " and ".join(names.get(p.other, p.other) for p in low)
        worst = min(p.value for p in low)
        theme_word = "themes" if len(low) > 1 else "theme"
        parts.append(f"Low contrast on the {where} {theme_word} ({worst:.1f}:1; stripes need {MARK_CONTRAST:.0f}:1).")
    close = sorted((p for p in problems if p.kind == "close"), key=lambda p: p.value)
    if close:
        shown = [f"“{n}”" for p in close[:3] for n in by_color.get(p.other, [p.other])[:1]]
        more = f" and {len(close) - 3} more" if len(close) > 3 else ""
        how = "" if close[0].vision == "normal" else f" (for people with {close[0].vision})"
        parts.append(f"Hard to tell from {', '.join(shown)}{more}{how}.")
    return " ".join(parts)


def code_color_dialog(parent: QWidget | None, color: str, title: str, others: Mapping[str, str]) -> QColorDialog:
    """The colour picker for a code, with a line under the colours that warns, as the colour
    changes, when it is too close to another code's or too faint (:func:`color_warning`)."""
    dialog = QColorDialog(QColor(color), parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
    warning = QLabel(dialog)
    warning.setObjectName("ColorWarning")
    warning.setWordWrap(True)
    set_tone(warning, "warn")
    layout = dialog.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(max(0, layout.count() - 1), warning)  # above the buttons

    def show(chosen: QColor) -> None:
        text = color_warning(chosen.name(), others) if chosen.isValid() else ""
        warning.setText(text)
        warning.setVisible(bool(text))

    dialog.currentColorChanged.connect(show)
    show(QColor(color))
    return dialog


def pick_code_color(parent: QWidget | None, color: str, title: str, others: Mapping[str, str]) -> str | None:
    """The colour chosen in :func:`code_color_dialog` (``#RRGGBB``), None when cancelled."""
    dialog = code_color_dialog(parent, color, title, others)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedColor().isValid():
            return None
        return dialog.selectedColor().name().upper()
    finally:
        dialog.deleteLater()
