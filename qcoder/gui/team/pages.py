"""Small building blocks shared by the team dialogs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.gui.core_texts import core_text
from qcoder.gui.i18n import translate
from qcoder.gui.style import set_tone
from qcoder.gui.team.plan_view import PlanTree
from qcoder.gui.team.tasks import Job


def esc(text: str) -> str:
    """Plain text for a rich-text label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page(parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
    widget = QWidget(parent)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return widget, layout


def muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_tone(label, "muted")
    return label


def selectable(parent: QWidget) -> QLabel:
    """A word-wrapped label whose text can be selected (summaries, reports)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


@dataclass(frozen=True)
class PreviewPage:
    widget: QWidget
    summary: QLabel
    tree: PlanTree
    buttons: QDialogButtonBox
    accept_button: QPushButton


def preview_page(
    parent: QWidget,
    what: str,
    action: str,
    on_accept: Callable[[], object],
    on_reject: Callable[[], object],
    on_back: Callable[[], object] | None = None,
) -> PreviewPage:
    """The page before a team write: a summary, the plan tree, "nothing written yet", then
    Cancel, an optional Back and the ``action`` button (the default). ``what`` is "merge" or
    "import" (which sentence the note says)."""
    widget, layout = page(parent)
    summary = selectable(widget)
    tree = PlanTree(widget)
    if what == "merge":
        text = translate(
            "team.pages", "Nothing has been written yet. The merge is one step: Edit → Undo takes it back."
        )
    else:
        text = translate(
            "team.pages", "Nothing has been written yet. The import is one step: Edit → Undo takes it back."
        )
    note = QLabel(text, widget)
    set_tone(note, "muted")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, widget)
    if on_back is not None:
        back = buttons.addButton(translate("team.pages", "Back"), QDialogButtonBox.ButtonRole.ResetRole)
        back.clicked.connect(on_back)
    accept = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    accept.setDefault(True)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(on_reject)
    layout.addWidget(summary)
    layout.addWidget(tree, 1)
    layout.addWidget(note)
    layout.addWidget(buttons)
    return PreviewPage(widget, summary, tree, buttons, accept)


@dataclass(frozen=True)
class DonePage:
    widget: QWidget
    label: QLabel
    tree: PlanTree | None
    space: QWidget | None


def done_page(parent: QWidget, on_close: Callable[[], object], tree: bool = False, space: bool = False) -> DonePage:
    """The page after a team write: a report, optionally a plan tree and/or a spacer widget
    (shown when there is no tree), and Close."""
    widget, layout = page(parent)
    label = selectable(widget)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, widget)
    close.rejected.connect(on_close)
    layout.addWidget(label)
    plan = PlanTree(widget) if tree else None
    if plan is not None:
        layout.addWidget(plan, 1)
    spacer = QWidget(widget) if space else None
    if spacer is not None:
        layout.addWidget(spacer, 1)
    if plan is None and spacer is None:
        layout.addStretch(1)
    layout.addWidget(close)
    return DonePage(widget, label, plan, spacer)


class WorkingPage(QWidget):
    """A progress line, a bar and Cancel, following one :class:`Job` at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(translate("team.pages", "Working…"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(translate("team.pages", "Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self._job: Job | None = None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def follow(self, job: Job, text: str, cancellable: bool = True) -> None:
        self._job = job
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(cancellable)
        job.progress.connect(self._on_progress)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        if message:
            self.label.setText(core_text(message))

    def cancel(self) -> None:
        if self._job is not None and self._job.running():
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(translate("team.pages", "Cancelling…"))
