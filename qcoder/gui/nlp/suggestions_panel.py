"""Code suggestions: a small classifier learns the codes from the project's coded excerpts and
proposes codes for the sentences (or turns) the current coder has not coded yet. Each
suggestion is accepted (it becomes an ordinary coding of that coder, one undo step per
click) or rejected (not proposed again in this session)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.suggest import Suggestion, SuggestionModel, SuggestOptions, accept_suggestions, suggest, train_model
from qcoder.core.changes import ChangeSet, Kind
from qcoder.gui.accessibility import a11y, label_for
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import count_text, number, translate
from qcoder.gui.nlp.check_model import CheckTableModel, fit_columns
from qcoder.gui.texts import one_line
from qcoder.gui.worker_progress import WorkerProgress
from qcoder.gui.workers import Worker

ALL = ""


class SuggestionsPanel(QWidget):
    """A dock panel: ``SuggestionsPanel(ctx, parent)``; call :meth:`set_document` with the
    document the viewer shows so "This document" can be chosen."""

    message = Signal(str)  # a one-line status for the window's status bar

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SuggestionsPanel")
        self.trained: SuggestionModel | None = None
        self._trained_key: tuple[Any, ...] | None = None
        self.rejected: set[tuple[str, int, int, str]] = set()
        self.document_id: str | None = None

        row = self._build_controls()
        self.runner = WorkerProgress(
            self, self.suggest_button, lambda text: self.summary.setText(text), on_done=self._update_buttons
        )
        self.progress, self.cancel_button = self.runner.progress, self.runner.cancel_button
        self._build_table()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addLayout(self.runner.row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.model.set_rows([], [])
        self._connect()
        self._reset()

    @property
    def worker(self) -> Worker | None:
        return self.runner.worker

    def _build_controls(self) -> QHBoxLayout:
        self.learn_box = QComboBox(self)
        self.unit_box = QComboBox(self)
        self.unit_box.addItem(translate("nlp.suggestions_panel", "Sentences"), "sentence")
        self.unit_box.addItem(translate("nlp.suggestions_panel", "Speaker turns"), "turn")
        self.scope_box = QComboBox(self)
        self.scope_box.addItem(translate("nlp.suggestions_panel", "All documents"), ALL)
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(0.05, 0.99)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(SuggestOptions().threshold)
        self.threshold.setToolTip(translate("nlp.suggestions_panel", "Show only suggestions at least this confident"))
        self.suggest_button = QPushButton(translate("nlp.suggestions_panel", "Suggest"), self)
        row = QHBoxLayout()
        for label, w in (
            (translate("nlp.suggestions_panel", "Learn from"), self.learn_box),
            (translate("nlp.suggestions_panel", "Units"), self.unit_box),
            (translate("nlp.suggestions_panel", "In"), self.scope_box),
            (translate("nlp.suggestions_panel", "Confidence ≥"), self.threshold),
        ):
            row.addWidget(label_for(QLabel(label, self), w))
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.suggest_button)
        return row

    def _build_table(self) -> None:
        self.model = CheckTableModel(
            [
                (translate("nlp.suggestions_panel", "Confidence"), lambda s: number(s.confidence, 2), None),
                (translate("nlp.suggestions_panel", "Code"), lambda s: s.code_path, lambda s: s.code_path),
                (translate("nlp.suggestions_panel", "Document"), lambda s: s.document_name, None),
                (translate("nlp.suggestions_panel", "Speaker"), lambda s: s.speaker, None),
                (translate("nlp.suggestions_panel", "Text"), lambda s: one_line(s.text), lambda s: s.text),
            ],
            self,
        )
        self.table = QTableView(self)
        a11y(
            self.table,
            translate("nlp.suggestions_panel", "Code suggestions"),
            translate(
                "nlp.suggestions_panel", "Tick the suggestions to accept: confidence, code, document, speaker, text"
            ),
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table, (95, 220, 100, 110))

    def _build_buttons(self) -> QHBoxLayout:
        self.summary = QLabel(
            translate("nlp.suggestions_panel", "Suggestions are learnt from this project's codings, on this computer."),
            self,
        )
        self.summary.setWordWrap(True)
        self.accept_button = QPushButton(translate("nlp.suggestions_panel", "Accept"), self)
        self.reject_button = QPushButton(translate("nlp.suggestions_panel", "Reject"), self)
        self.accept_button.setToolTip(
            translate("nlp.suggestions_panel", "Code the ticked suggestions (or the selected ones) as you")
        )
        self.reject_button.setToolTip(translate("nlp.suggestions_panel", "Do not suggest these again"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        return buttons

    def _connect(self) -> None:
        self.suggest_button.clicked.connect(lambda: self.start())
        self.cancel_button.clicked.connect(self.cancel)
        self.accept_button.clicked.connect(lambda: self.accept_rows())
        self.reject_button.clicked.connect(lambda: self.reject_rows())
        self.table.doubleClicked.connect(self._show)
        self.ctx.project_opened.connect(self._reset)
        self.ctx.project_closed.connect(self._reset)
        self.ctx.changed.connect(self._on_changed)
        self.ctx.coder_changed.connect(self._update_buttons)

    # --- state ------------------------------------------------------------------------------------
    def _reset(self) -> None:
        self.cancel()
        self.trained, self._trained_key = None, None
        self.rejected.clear()
        self.model.set_rows([], [])
        self.learn_box.clear()
        self.learn_box.addItem(translate("nlp.suggestions_panel", "All coders"), ALL)
        project = self.ctx.project
        if project is not None:
            for c in project.coders():
                self.learn_box.addItem(c.name, c.id)
        self._update_buttons()

    def set_document(self, document_id: str) -> None:
        """The document shown in the viewer ("This document" in the scope box)."""
        self.document_id = document_id or None
        if self.scope_box.count() == 1:
            self.scope_box.addItem(translate("nlp.suggestions_panel", "This document"), "doc")

    def _on_changed(self, changes: object) -> None:
        if isinstance(changes, ChangeSet) and (changes.touches(Kind.CODING) or changes.touches(Kind.DOCUMENT)):
            self.trained = None  # learn again from the new codings next time
        if isinstance(changes, ChangeSet) and changes.touches(Kind.CODER):
            current = self.learn_box.currentData()
            self._reset_coders(current)

    def _reset_coders(self, keep: Any) -> None:
        project = self.ctx.project
        self.learn_box.clear()
        self.learn_box.addItem(translate("nlp.suggestions_panel", "All coders"), ALL)
        if project is not None:
            for c in project.coders():
                self.learn_box.addItem(c.name, c.id)
        self.learn_box.setCurrentIndex(max(self.learn_box.findData(keep), 0))

    def options(self) -> SuggestOptions:
        learn = self.learn_box.currentData()
        return SuggestOptions(
            unit=self.unit_box.currentData(),
            train_coder_ids=(learn,) if learn else None,
            threshold=round(self.threshold.value(), 2),
        )

    # --- suggesting -----------------------------------------------------------------------------------
    def start(self) -> Worker | None:
        project, coder = self.ctx.project, self.ctx.coder
        if project is None or self.worker is not None:
            return None
        if coder is None:
            self.summary.setText(translate("nlp.suggestions_panel", "Choose who you are first (Edit ▸ Switch coder)."))
            return None
        options = self.options()
        key = (options.unit, options.train_coder_ids)
        model = self.trained if self._trained_key == key else None
        docs = [self.document_id] if self.scope_box.currentData() == "doc" and self.document_id else None
        coder_id, rejected = coder.id, set(self.rejected)

        def task(progress: Any, cancel: Any) -> tuple[SuggestionModel, list[Suggestion]]:
            trained = model or train_model(project, options, progress, cancel)
            if model is not None and model.options.threshold != options.threshold:
                trained = SuggestionModel(
                    model.classifier, options, model.examples, model.positives, model.skipped_codes, model.train_seconds
                )
            return trained, suggest(project, trained, coder_id, docs, progress, cancel, rejected=rejected)

        self.model.set_rows([], [])
        self.summary.setText(
            translate("nlp.suggestions_panel", "Learning from the coded excerpts…")
            if model is None
            else translate("nlp.suggestions_panel", "Suggesting…")
        )
        return self.runner.start(task, lambda result: self._on_suggested(result, key))

    def cancel(self) -> None:
        self.runner.cancel()

    def _on_suggested(self, result: tuple[SuggestionModel, list[Suggestion]], key: tuple[Any, ...]) -> None:
        trained, found = result
        self.trained, self._trained_key = trained, key
        self.model.set_rows(found, [False] * len(found))
        few = len(trained.skipped_codes)
        suggestions = count_text(
            len(found),
            translate("nlp.suggestions_panel", "{n} suggestion"),
            translate("nlp.suggestions_panel", "{n} suggestions"),
        )
        codes = count_text(
            len(trained.code_ids),
            translate("nlp.suggestions_panel", "{n} code"),
            translate("nlp.suggestions_panel", "{n} codes"),
        )
        examples = count_text(trained.examples, *options_unit(trained))
        text = translate("nlp.suggestions_panel", "{suggestions} from {codes} learnt from {examples}").format(
            suggestions=suggestions, codes=codes, examples=examples
        )
        if few:
            text += count_text(
                few,
                translate("nlp.suggestions_panel", "; {n} code had too few examples"),
                translate("nlp.suggestions_panel", "; {n} codes had too few examples"),
            )
        self.summary.setText(
            text + translate("nlp.suggestions_panel", ". Confidence ranks suggestions; it is not a probability.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.model.rows()) and self.ctx.coder is not None
        self.accept_button.setEnabled(has)
        self.reject_button.setEnabled(has)

    # --- deciding ---------------------------------------------------------------------------------------
    def _chosen_rows(self) -> list[int]:
        ticked = [r for r in range(len(self.model.rows())) if self.model.is_checked(r)]
        if ticked:
            return ticked
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def accept_rows(self, rows: list[int] | None = None) -> int:
        project, coder = self.ctx.project, self.ctx.coder
        rows = self._chosen_rows() if rows is None else rows
        if project is None or coder is None or not rows:
            return 0
        try:
            new = accept_suggestions(project, [self.model.record(r) for r in rows], coder.id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.summary.setText(user_message(exc))
            return 0
        self.model.remove_rows(rows)
        suggestions = count_text(
            len(new),
            translate("nlp.suggestions_panel", "{n} suggestion"),
            translate("nlp.suggestions_panel", "{n} suggestions"),
        )
        self.summary.setText(
            translate("nlp.suggestions_panel", "Coded {suggestions} as {name}. Edit ▸ Undo takes them back.").format(
                suggestions=suggestions, name=coder.name
            )
        )
        self.message.emit(translate("nlp.suggestions_panel", "Accepted {suggestions}.").format(suggestions=suggestions))
        self._update_buttons()
        return len(new)

    def reject_rows(self, rows: list[int] | None = None) -> int:
        rows = self._chosen_rows() if rows is None else rows
        for r in rows:
            s: Suggestion = self.model.record(r)
            self.rejected.add((s.document_id, s.start, s.end, s.code_id))
        self.model.remove_rows(rows)
        self._update_buttons()
        return len(rows)

    def _show(self, index: QModelIndex) -> None:
        s: Suggestion = self.model.record(index.row())
        self.ctx.document_requested.emit(s.document_id, s.start, s.end)


def options_unit(model: SuggestionModel) -> tuple[str, str]:
    """The unit learnt from, singular and plural with a {n} field (translated)."""
    if model.options.unit == "turn":
        return translate("nlp.suggestions_panel", "{n} speaker turn"), translate(
            "nlp.suggestions_panel", "{n} speaker turns"
        )
    return translate("nlp.suggestions_panel", "{n} sentence"), translate("nlp.suggestions_panel", "{n} sentences")
