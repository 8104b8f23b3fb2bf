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
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, number, translate
from qcoder.gui.screen_fit import fit_anywhere
from qcoder.gui.style import set_tone
from qcoder.gui.themes import THEMES, mark_backgrounds

FIELDS = (
    (
        "definition",
        QT_TRANSLATE_NOOP("codebook.dialogs", "Definition"),
        QT_TRANSLATE_NOOP("codebook.dialogs", "What this code means."),
    ),
    (
        "inclusion",
        QT_TRANSLATE_NOOP("codebook.dialogs", "Include when"),
        QT_TRANSLATE_NOOP("codebook.dialogs", "When to apply it."),
    ),
    (
        "exclusion",
        QT_TRANSLATE_NOOP("codebook.dialogs", "Exclude when"),
        QT_TRANSLATE_NOOP("codebook.dialogs", "When not to apply it (and which code to use instead)."),
    ),
    (
        "example",
        QT_TRANSLATE_NOOP("codebook.dialogs", "Example"),
        QT_TRANSLATE_NOOP("codebook.dialogs", "A typical excerpt."),
    ),
)

_VISIONS = {
    "protanopia": QT_TRANSLATE_NOOP("codebook.dialogs", "protanopia"),
    "deuteranopia": QT_TRANSLATE_NOOP("codebook.dialogs", "deuteranopia"),
    "tritanopia": QT_TRANSLATE_NOOP("codebook.dialogs", "tritanopia"),
}


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
        self.setWindowTitle(
            translate("codebook.dialogs", "Edit code") if code else translate("codebook.dialogs", "New code")
        )
        self._color = code.color if code else default_color
        self._others = dict(others or {})
        self.name = QLineEdit(code.name if code else "", self)
        self.name.setPlaceholderText(translate("codebook.dialogs", "Code name"))
        self._make_color_row()
        form = QFormLayout()
        if parent_path:
            form.addRow(translate("codebook.dialogs", "Under"), QLineEdit(parent_path, self, readOnly=True))
        form.addRow(translate("codebook.dialogs", "Name"), self.name)
        form.addRow(translate("codebook.dialogs", "Color"), self.color_button)
        form.addRow("", self.color_warning)
        self.edits: dict[str, QPlainTextEdit] = {}
        for key, label, hint in FIELDS:
            edit = QPlainTextEdit(getattr(code, key) if code else "", self)
            edit.setPlaceholderText(translate("codebook.dialogs", hint))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            self.edits[key] = edit
            form.addRow(translate("codebook.dialogs", label), edit)
        self.memo = None if memo is None else self._make_memo(memo, memo_byline)
        if self.memo is not None:
            form.addRow(translate("codebook.dialogs", "Memo"), self.memo)
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
        self.ok_button.setToolTip(translate("codebook.dialogs", "Save the code (Ctrl+Return)"))
        fields = QWidget(self)
        fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(fit_anywhere(fields), 1)  # the fields scroll on a small or scaled screen
        layout.addWidget(buttons)  # OK and Cancel always in view
        # as tall as the fields want: the screen clamp shortens it on a small screen, then they scroll
        self.resize(480, fields.sizeHint().height() + buttons.sizeHint().height() + 3 * layout.spacing() + 24)

    def _make_memo(self, memo: str, byline: str) -> QPlainTextEdit:
        """The code memo field (its tooltip: who wrote it last, and when)."""
        edit = QPlainTextEdit(memo, self)
        edit.setPlaceholderText(
            translate("codebook.dialogs", "Your notes on this code: how its use evolves, doubts, ideas.")
        )
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(80)
        edit.setToolTip(byline or translate("codebook.dialogs", "The code memo (a note in REFI-QDA exports)"))
        return edit

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
        color = pick_code_color(self, self._color, translate("codebook.dialogs", "Code color"), self._others)
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
    names = {t.margin: translate("themes", t.title) for t in THEMES.values()}
    problems = check_color(color, mark_backgrounds(), others.values())
    by_color: dict[str, list[str]] = {}
    for name, other in others.items():
        by_color.setdefault(other.upper(), []).append(name)
    parts: list[str] = []
    low = [p for p in problems if p.kind == "contrast"]
    if low:
        where = translate("codebook.dialogs", " and ").join(names.get(p.other, p.other) for p in low)
        ratio = number(min(p.value for p in low), 1)
        need = number(MARK_CONTRAST, 0)
        if len(low) > 1:
            text = translate(
                "codebook.dialogs", "Low contrast on the {themes} themes ({ratio}:1; stripes need {need}:1)."
            )
        else:
            text = translate(
                "codebook.dialogs", "Low contrast on the {themes} theme ({ratio}:1; stripes need {need}:1)."
            )
        parts.append(text.format(themes=where, ratio=ratio, need=need))
    close = sorted((p for p in problems if p.kind == "close"), key=lambda p: p.value)
    if close:
        quoted = translate("codebook.dialogs", "“{name}”")
        shown = [quoted.format(name=n) for p in close[:3] for n in by_color.get(p.other, [p.other])[:1]]
        more = translate("codebook.dialogs", " and {n} more").format(n=number(len(close) - 3)) if len(close) > 3 else ""
        vision = close[0].vision
        how = "" if vision == "normal" else translate("codebook.dialogs", " (for people with {vision})")
        how = how.format(vision=translate("codebook.dialogs", _VISIONS.get(vision, vision)))
        parts.append(
            translate("codebook.dialogs", "Hard to tell from {codes}{more}{how}.").format(
                codes=", ".join(shown), more=more, how=how
            )
        )
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
