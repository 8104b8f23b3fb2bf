"""The Word theme report from the window: the options of ``qcoder report`` (one
:class:`~qcoder.app.reports.ReportOptions` for both) and the report written in a worker with
progress and Cancel.

:func:`export_word_report` is what a menu action calls: it opens :class:`ReportDialog` (window
modal, not blocking) and returns it. The dialog lists the coders (none ticked: every coder) or
a consensus coder, the grouping attribute, the themes of the codebook (none ticked: every
theme; a ticked parent brings its subcodes), the summary-table checkbox, the quotes per theme
and the output file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.reports import DEFAULT_GROUP, DEFAULT_QUOTES, MAX_QUOTES, ReportOptions, theme_choices, write_report
from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.gui.accessibility import a11y
from qcoder.gui.analysis.layout import save_start
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import translate
from qcoder.gui.screen_fit import fitted_size
from qcoder.gui.texts import attribute_label
from qcoder.gui.worker_progress import WorkerProgress
from qcoder.gui.workers import Worker

NO_GROUPING = ""
_PATH = Qt.ItemDataRole.UserRole


def _checklist(parent: QWidget, items: list[tuple[str, str]], tip: str) -> QListWidget:
    """A list of checkable (label, data) items, none checked."""
    widget = QListWidget(parent)
    widget.setToolTip(tip)
    for label, data in items:
        item = QListWidgetItem(label, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(_PATH, data)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    items = (widget.item(i) for i in range(widget.count()))
    return tuple(str(it.data(_PATH)) for it in items if it.checkState() == Qt.CheckState.Checked)


def check_items(widget: QListWidget, wanted: set[str]) -> None:
    """Tick the items whose data is in ``wanted`` (and untick the others)."""
    for i in range(widget.count()):
        item = widget.item(i)
        on = str(item.data(_PATH)) in wanted
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class ReportDialog(QDialog):
    """``ReportDialog(ctx, parent)``: set the options, then Write report."""

    written = Signal(str)  # the path of the written report

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("report_dialog", "Word theme report"))
        self.setObjectName("ReportDialog")
        self._build()
        self.resize(fitted_size(self, QSize(640, 660)))

    # -- widgets -----------------------------------------------------------------------------

    def _build(self) -> None:
        project = self.ctx.project
        coders = [c.name for c in project.coders()] if project is not None else []
        self._whose(coders)
        self.group = QComboBox(self)
        self.group.addItem(translate("report_dialog", "(no grouping)"), NO_GROUPING)
        names = sorted({a.name for a in project.attributes()}) if project is not None else []
        for name in names:
            self.group.addItem(attribute_label(name), name)
        self.group.setCurrentIndex(max(0, self.group.findData(DEFAULT_GROUP)))
        self.themes = _checklist(
            self,
            self._theme_items(),
            translate("report_dialog", "None ticked: every theme; a parent brings its subcodes"),
        )
        a11y(
            self.themes,
            translate("report_dialog", "Themes"),
            translate("report_dialog", "Tick the themes the report covers; none ticked: every theme"),
        )
        self.summary_table = QCheckBox(translate("report_dialog", "Open with the theme × group table"), self)
        self.summary_table.setChecked(True)
        self.quotes = QSpinBox(self)
        self.quotes.setRange(0, MAX_QUOTES)
        self.quotes.setValue(DEFAULT_QUOTES)
        self.output = QLineEdit(save_start(self.ctx, "theme-report.docx"), self)
        a11y(
            self.output,
            translate("report_dialog", "Save as"),
            translate("report_dialog", "The Word file the report is written to"),
        )
        self.browse = QPushButton(translate("report_dialog", "Browse…"), self)
        self.browse.clicked.connect(self._ask_output)
        self.write_button = QPushButton(translate("report_dialog", "Write report"), self)
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.run)
        self.close_button = QPushButton(translate("report_dialog", "Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.job = WorkerProgress(
            self,
            self.write_button,
            self.status.setText,
            message_text=lambda m: translate("report_dialog", "Writing: {step}").format(step=m),
        )
        self.job.cancel_button.clicked.connect(self.job.cancel)
        self._layout()
        self._whose_changed()

    def _whose(self, coders: list[str]) -> None:
        """Every coder ticked or none (none: all), or one consensus coder."""
        self.by_coders = QRadioButton(translate("report_dialog", "Coders (none ticked: every coder)"), self)
        self.by_consensus = QRadioButton(translate("report_dialog", "Consensus coder"), self)
        self.by_coders.setChecked(True)
        whose = QButtonGroup(self)
        whose.addButton(self.by_coders)
        whose.addButton(self.by_consensus)
        self.coders = _checklist(
            self, [(n, n) for n in coders], translate("report_dialog", "None ticked: every coder's codings")
        )
        a11y(
            self.coders,
            translate("report_dialog", "Coders"),
            translate("report_dialog", "Tick the coders whose codings the report quotes; none ticked: every coder"),
        )
        self.consensus = QComboBox(self)
        self.consensus.addItems(coders)
        found = next((i for i, n in enumerate(coders) if n.casefold() == "consensus"), -1)
        if found >= 0:
            self.consensus.setCurrentIndex(found)
        self.by_coders.toggled.connect(self._whose_changed)

    def _theme_items(self) -> list[tuple[str, str]]:
        project = self.ctx.project
        if project is None:
            return []
        return [("    " * depth + name, path) for name, depth, path in theme_choices(project)]

    def _layout(self) -> None:
        form = QFormLayout()
        whose = QVBoxLayout()
        whose.addWidget(self.by_coders)
        whose.addWidget(self.coders)
        consensus = QHBoxLayout()
        consensus.addWidget(self.by_consensus)
        consensus.addWidget(self.consensus, 1)
        whose.addLayout(consensus)
        form.addRow(translate("report_dialog", "Whose codings:"), whose)
        form.addRow(translate("report_dialog", "Group respondents by:"), self.group)
        themes = QVBoxLayout()
        themes.addWidget(self.themes, 1)
        note = QLabel(
            translate("report_dialog", "None ticked: every theme. A ticked theme brings its sub-themes."), self
        )
        note.setStyleSheet("color: palette(mid);")
        themes.addWidget(note)
        form.addRow(translate("report_dialog", "Themes:"), themes)
        form.addRow("", self.summary_table)
        form.addRow(translate("report_dialog", "Quotes per theme:"), self.quotes)
        out = QHBoxLayout()
        out.addWidget(self.output, 1)
        out.addWidget(self.browse)
        form.addRow(translate("report_dialog", "Save as:"), out)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.close_button)
        main = QVBoxLayout(self)
        main.addLayout(form, 1)
        main.addLayout(self.job.row)
        main.addLayout(buttons)
        line = self.fontMetrics().height()
        self.coders.setMinimumHeight(line * 3)
        self.coders.setMaximumHeight(line * 6)
        self.themes.setMinimumHeight(line * 8)

    def _whose_changed(self) -> None:
        self.coders.setEnabled(self.by_coders.isChecked())
        self.consensus.setEnabled(self.by_consensus.isChecked() and self.consensus.count() > 0)

    def _ask_output(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("report_dialog", "Save the report"),
            self.output.text(),
            translate("report_dialog", "Word ({pattern})").format(pattern="*.docx"),
        )
        if name:
            self.ctx.settings.set_last_directory(Path(name).parent)
            self.output.setText(name if name.lower().endswith(".docx") else name + ".docx")

    # -- options and running -----------------------------------------------------------------

    def options(self) -> ReportOptions:
        """The options as set in the dialog."""
        consensus = self.by_consensus.isChecked() and self.consensus.count() > 0
        return ReportOptions(
            coders=() if consensus else _checked(self.coders),
            consensus=self.consensus.currentText() if consensus else None,
            group_by=str(self.group.currentData() or NO_GROUPING),
            themes=_checked(self.themes),
            summary_table=self.summary_table.isChecked(),
            quotes=self.quotes.value(),
        )

    def run(self) -> Worker | None:
        """Write the report in a worker (progress and Cancel below the options)."""
        project = self.ctx.project
        text = self.output.text().strip()
        if project is None or self.job.worker is not None:
            return None
        if not text:
            self.status.setText(translate("report_dialog", "Choose where to save the report."))
            return None
        target = Path(text if text.lower().endswith(".docx") else text + ".docx")
        options = self.options()

        def task(progress: ProgressCallback, cancel: CancelToken) -> str:
            return str(write_report(project, options, target, progress, cancel))

        self.status.setText(translate("report_dialog", "Writing {name}…").format(name=target.name))
        return self.job.start(task, self._on_written)

    def _on_written(self, path: str) -> None:
        self.status.setText(translate("report_dialog", "Saved {name}").format(name=Path(path).name))
        self.written.emit(path)

    def reject(self) -> None:
        self.job.stop()
        super().reject()


def export_word_report(parent: QWidget | None, ctx: AppContext) -> ReportDialog | None:
    """Open the report dialog over ``parent`` (window modal, returns at once); None without a
    project."""
    if ctx.project is None:
        return None
    dialog = ReportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
