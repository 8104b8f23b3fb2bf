"""Small building blocks shared by the team dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from qcoder.gui.team.tasks import Job

MUTED_STYLE = "color: #6B7280;"
ERROR_COLOR = "#B00020"


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
    label.setStyleSheet(MUTED_STYLE)
    return label


class WorkingPage(QWidget):
    """A progress line, a bar and Cancel, following one :class:`Job` at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel("Working…", self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton("Cancel", self)
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
            self.label.setText(message)

    def cancel(self) -> None:
        if self._job is not None and self._job.running():
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText("Cancelling…")
