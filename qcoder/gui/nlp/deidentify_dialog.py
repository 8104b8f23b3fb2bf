"""De-identification review: rosters to look for, the findings to accept or reject (with
their placeholders), then a redacted copy of the project — or, after a backup, the project
itself redacted as one undoable step."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.deidentify import (
    DeidOptions,
    DeidReview,
    RedactionReport,
    default_backup_path,
    default_roster,
    find_identifiers,
    redact_in_place,
    redacted_copy,
)
from qcoder.gui.accessibility import a11y
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, number, translate
from qcoder.gui.nlp.check_model import CheckTableModel, fit_columns
from qcoder.gui.screen_fit import wrapping
from qcoder.gui.texts import one_line
from qcoder.gui.worker_progress import WorkerProgress
from qcoder.gui.workers import Worker
from qcoder.nlp.deid import Candidate, Roster
from qcoder.nlp.pipeline import pipeline_info

SOURCES = {
    "roster": QT_TRANSLATE_NOOP("nlp.deidentify_dialog", "your list"),
    "pattern": QT_TRANSLATE_NOOP("nlp.deidentify_dialog", "pattern"),
    "ner": QT_TRANSLATE_NOOP("nlp.deidentify_dialog", "language model"),
    "propagated": QT_TRANSLATE_NOOP("nlp.deidentify_dialog", "same words"),
    "speaker": QT_TRANSLATE_NOOP("nlp.deidentify_dialog", "speaker label"),
}
PLACEHOLDER = 3


def _source_label(c: Candidate) -> str:
    return translate("nlp.deidentify_dialog", SOURCES[c.source]) if c.source in SOURCES else c.source


def _key(c: Candidate) -> tuple[str, str]:
    return c.document_id, " ".join(c.text.split()).casefold()


class DeidentifyDialog(QDialog):
    """``DeidentifyDialog(ctx, parent).exec()``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("nlp.deidentify_dialog", "De-identify"))
        self.setObjectName("DeidentifyDialog")
        self.resize(1000, 700)
        self.review: DeidReview | None = None
        self.last_report: RedactionReport | None = None
        self._texts: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._propagating = False
        self._labels: list[Candidate] = []  # speaker labels: replaced by the speaker's pseudonym, not listed

        info = pipeline_info()
        grid = self._build_rosters()
        options = self._build_options(info.entities)
        self.runner = WorkerProgress(
            self, self.find_button, lambda text: self.summary.setText(text), on_done=self._set_buttons
        )
        self.progress, self.cancel_button = self.runner.progress, self.runner.cancel_button
        self._build_table()
        review, buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(options)
        layout.addWidget(self.note)
        layout.addLayout(self.runner.row)
        layout.addWidget(self.table, 1)
        layout.addLayout(review)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._connect()

    @property
    def worker(self) -> Worker | None:
        return self.runner.worker

    def _build_rosters(self) -> QGridLayout:
        project = self.ctx.project
        roster = default_roster(project) if project is not None else Roster()
        self.names_edit = self._roster_box("\n".join(roster.names))
        a11y(
            self.names_edit,
            translate("nlp.deidentify_dialog", "Names to replace"),
            translate("nlp.deidentify_dialog", "One per line"),
        )
        self.places_edit = self._roster_box("\n".join(roster.places))
        a11y(
            self.places_edit,
            translate("nlp.deidentify_dialog", "Places to replace"),
            translate("nlp.deidentify_dialog", "One per line"),
        )
        self.agencies_edit = self._roster_box("\n".join(roster.agencies))
        a11y(
            self.agencies_edit,
            translate("nlp.deidentify_dialog", "Agencies to replace"),
            translate("nlp.deidentify_dialog", "One per line"),
        )
        grid = QGridLayout()
        for col, (label, edit) in enumerate(
            (
                (translate("nlp.deidentify_dialog", "People's names"), self.names_edit),
                (translate("nlp.deidentify_dialog", "Places"), self.places_edit),
                (translate("nlp.deidentify_dialog", "Agencies and organisations"), self.agencies_edit),
            )
        ):
            grid.addWidget(QLabel(label, self), 0, col)
            grid.addWidget(edit, 1, col)
        return grid

    def _build_options(self, entities: bool) -> QHBoxLayout:
        self.ner_check = QCheckBox(translate("nlp.deidentify_dialog", "Names found by the language model"), self)
        self.ner_check.setChecked(entities)
        self.ner_check.setEnabled(entities)
        if not entities:
            self.ner_check.setToolTip(
                translate("nlp.deidentify_dialog", "Needs a trained English model: pip install 'qcoder[model]'")
            )
        self.pattern_check = QCheckBox(
            translate("nlp.deidentify_dialog", "Phone numbers, e-mail, dates, addresses, case numbers"), self
        )
        self.pattern_check.setChecked(True)
        self.numbered_check = QCheckBox(
            translate("nlp.deidentify_dialog", "Number placeholders ([name 1], [name 2])"), self
        )
        self.find_button = QPushButton(translate("nlp.deidentify_dialog", "Find"), self)
        self.find_button.setDefault(True)
        # the options in a column: side by side they made the dialog wider than a laptop's
        # screen at 150 % (issue 18), in English as in French and Spanish
        checks = QVBoxLayout()
        for w in (self.ner_check, self.pattern_check, self.numbered_check):
            checks.addWidget(w)
        options = QHBoxLayout()
        options.addLayout(checks)
        options.addStretch(1)
        options.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.note = wrapping(QLabel(self))  # wraps; never widens the dialog
        note = translate(
            "nlp.deidentify_dialog",
            "Lists: one per line (the project's participants, speakers, sites and agencies are filled in).",
        )
        if not entities:
            note += " " + translate(
                "nlp.deidentify_dialog",
                "No trained language model is installed: only your lists and the "
                "patterns are used, so read the transcripts for names they miss.",
            )
        self.note.setText(note)
        return options

    def _build_table(self) -> None:
        edit_tip = translate("nlp.deidentify_dialog", "Double-click to change (same words, same text)")
        self.model = CheckTableModel(
            [
                (translate("nlp.deidentify_dialog", "Document"), lambda c: self._names.get(c.document_id, ""), None),
                (translate("nlp.deidentify_dialog", "Found"), lambda c: c.text, None),
                (translate("nlp.deidentify_dialog", "Kind"), lambda c: c.kind, None),
                (translate("nlp.deidentify_dialog", "Replace with"), lambda c: c.placeholder, lambda c: edit_tip),
                (translate("nlp.deidentify_dialog", "Found by"), _source_label, None),
                (translate("nlp.deidentify_dialog", "In context"), self._context, None),
            ],
            self,
            editable={PLACEHOLDER: lambda c, text: replace(c, placeholder=text)},
        )
        self.table = QTableView(self)
        a11y(
            self.table,
            translate("nlp.deidentify_dialog", "Replacements"),
            translate("nlp.deidentify_dialog", "What is found and what replaces it: tick those to apply"),
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table, (120, 150, 70, 110, 100))

    def _build_buttons(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The row under the table (tick, untick) and the row that writes or closes: in one
        row they were wider than a laptop's screen in Spanish and French."""
        self.summary = wrapping(QLabel(self))  # a long path in it included
        self.summary.setText(
            translate(
                "nlp.deidentify_dialog",
                "Find, then untick what is not identifying. The project is not changed until you save.",
            )
        )
        self.all_button = QPushButton(translate("nlp.deidentify_dialog", "Accept all"), self)
        self.none_button = QPushButton(translate("nlp.deidentify_dialog", "Reject all"), self)
        self.same_button = QPushButton(translate("nlp.deidentify_dialog", "Reject these words everywhere"), self)
        self.copy_button = QPushButton(translate("nlp.deidentify_dialog", "Save redacted copy…"), self)
        self.inplace_button = QPushButton(translate("nlp.deidentify_dialog", "Redact this project…"), self)
        self.close_button = QPushButton(translate("nlp.deidentify_dialog", "Close"), self)
        for b in (self.copy_button, self.inplace_button, self.same_button):
            b.setEnabled(False)
        review = QHBoxLayout()
        for b in (self.all_button, self.none_button, self.same_button):
            review.addWidget(b)
        review.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.copy_button, self.inplace_button, self.close_button):
            buttons.addWidget(b)
        return review, buttons

    def _connect(self) -> None:
        self.find_button.clicked.connect(self.search)
        self.cancel_button.clicked.connect(self.cancel)
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.same_button.clicked.connect(self.reject_same_words)
        self.copy_button.clicked.connect(lambda: self.save_copy())
        self.inplace_button.clicked.connect(lambda: self.redact_here())
        self.close_button.clicked.connect(self.reject)
        self.model.checks_changed.connect(self._update_summary)
        self.model.dataChanged.connect(self._on_edited)
        self.table.doubleClicked.connect(self._show)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.same_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )

    def _roster_box(self, text: str) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setPlainText(text)
        box.setMaximumHeight(110)
        return box

    def roster(self) -> Roster:
        def lines(edit: QPlainTextEdit) -> tuple[str, ...]:
            return tuple(x.strip() for x in edit.toPlainText().splitlines() if x.strip())

        return Roster(lines(self.names_edit), lines(self.places_edit), lines(self.agencies_edit))

    def _context(self, c: Candidate) -> str:
        text = self._texts.get(c.document_id, "")
        return one_line(f"…{text[max(0, c.start - 45) : c.start]}[{c.text}]{text[c.end : c.end + 45]}…")

    # --- finding -----------------------------------------------------------------------------------
    def search(self) -> Worker | None:
        project = self.ctx.project
        if project is None or self.worker is not None:
            return None
        options = DeidOptions(
            roster=self.roster(),
            use_ner=self.ner_check.isChecked(),
            use_patterns=self.pattern_check.isChecked(),
            numbered=self.numbered_check.isChecked(),
        )

        def task(progress: Any, cancel: Any) -> tuple[DeidReview, dict[str, str], dict[str, str]]:
            review = find_identifiers(project, options, progress, cancel)
            docs = project.documents()
            return review, {d.id: d.name for d in docs}, {d.id: project.document(d.id).text for d in docs}

        self.model.set_rows([])
        self.review = None
        self._set_buttons()
        self.summary.setText(translate("nlp.deidentify_dialog", "Looking for names, places and contact details…"))
        return self.runner.start(task, self._on_found)

    def cancel(self) -> None:
        self.runner.cancel()

    def _on_found(self, result: tuple[DeidReview, dict[str, str], dict[str, str]]) -> None:
        review, names, texts = result
        self.review, self._names, self._texts = review, names, texts
        self._labels = [c for c in review.candidates if c.source == "speaker"]
        listed = [c for c in review.candidates if c.source != "speaker"]
        self.model.set_rows(listed, [c.accepted for c in listed])
        self._update_summary()

    def _set_buttons(self) -> None:
        ready = self.review is not None and self.worker is None
        self.copy_button.setEnabled(ready)
        self.inplace_button.setEnabled(ready and self.ctx.project is not None)

    def _update_summary(self) -> None:
        if self.review is None:
            return
        n, total = self.model.checked_count(), len(self.model.rows())
        if self.review.ner_used:
            ner = translate("nlp.deidentify_dialog", "with the language model")
        else:
            ner = translate("nlp.deidentify_dialog", "without a language model (lists and patterns)")
        people = len(self.review.participant_pseudonyms)
        findings = count_text(
            total, translate("nlp.deidentify_dialog", "{n} finding"), translate("nlp.deidentify_dialog", "{n} findings")
        )
        participants = count_text(
            people,
            translate("nlp.deidentify_dialog", "{n} participant"),
            translate("nlp.deidentify_dialog", "{n} participants"),
        )
        labels = count_text(
            len(self._labels),
            translate("nlp.deidentify_dialog", "{n} label"),
            translate("nlp.deidentify_dialog", "{n} labels"),
        )
        first = translate("nlp.deidentify_dialog", "{selected} of {findings} will be replaced; found {how}.").format(
            selected=number(n), findings=findings, how=ner
        )
        second = translate(
            "nlp.deidentify_dialog",
            "{participants} and their speaker labels ({labels} in the text) become “Participant 1”, “Participant 2”….",
        ).format(participants=participants, labels=labels)
        self.summary.setText(f"{first} {second}")

    # --- editing -----------------------------------------------------------------------------------
    def _on_edited(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        if self._propagating or top.column() > PLACEHOLDER or bottom.column() < PLACEHOLDER:
            return
        if top.row() != bottom.row():
            return
        edited: Candidate = self.model.record(top.row())
        self._propagating = True
        try:  # the same words in the same document get the same placeholder
            for row, c in enumerate(self.model.rows()):
                if row != top.row() and _key(c) == _key(edited) and c.placeholder != edited.placeholder:
                    self.model.replace_record(row, replace(c, placeholder=edited.placeholder))
        finally:
            self._propagating = False

    def reject_same_words(self) -> None:
        words = {
            " ".join(self.model.record(i.row()).text.split()).casefold()
            for i in self.table.selectionModel().selectedRows()
        }
        rows = [r for r, c in enumerate(self.model.rows()) if " ".join(c.text.split()).casefold() in words]
        self.model.set_checked(rows, False)

    def decided_review(self) -> DeidReview | None:
        if self.review is None:
            return None
        cands = [replace(c, accepted=self.model.is_checked(r)) for r, c in enumerate(self.model.rows())]
        return replace(self.review, candidates=sorted([*cands, *self._labels], key=lambda c: (c.document_id, c.start)))

    # --- writing -------------------------------------------------------------------------------------
    def save_copy(self, target: Path | None = None) -> Worker | None:
        project, review = self.ctx.project, self.decided_review()
        if project is None or review is None or self.worker is not None:
            return None
        if target is None:
            start = project.path.with_name(project.path.stem + "-deidentified.qcoder") if project.path else Path.home()
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("nlp.deidentify_dialog", "Save redacted copy"),
                str(start),
                translate("nlp.deidentify_dialog", "qcoder projects (*.qcoder)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
            if target.exists():  # the file dialog asked already
                target.unlink()
        destination = target

        def task(progress: Any, cancel: Any) -> RedactionReport:
            return redacted_copy(project, review, destination, progress, cancel)

        self.summary.setText(translate("nlp.deidentify_dialog", "Writing {name}…").format(name=destination.name))
        return self.runner.start(task, self._on_copied)

    def _on_copied(self, report: RedactionReport) -> None:
        self.last_report = report
        documents, replacements = _documents_and_replacements(report)
        codings = count_text(
            report.codings,
            translate("nlp.deidentify_dialog", "{n} coding"),
            translate("nlp.deidentify_dialog", "{n} codings"),
        )
        self.summary.setText(
            translate(
                "nlp.deidentify_dialog",
                "Saved {path}: {documents}, {replacements}, {codings} carried over ({snapped} adjusted to a "
                "placeholder's edge). This project is unchanged.",
            ).format(
                path=report.path,
                documents=documents,
                replacements=replacements,
                codings=codings,
                snapped=number(report.codings_snapped),
            )
        )

    def redact_here(self, backup: Path | None = None, ask: bool = True) -> RedactionReport | None:
        """Redact the open project itself after a backup; one step on the undo stack."""
        project, review = self.ctx.project, self.decided_review()
        if project is None or review is None or self.worker is not None:
            return None
        backup = backup or default_backup_path(project)
        if ask:
            where = (
                translate("nlp.deidentify_dialog", "A backup of the original goes to {path}.").format(path=backup)
                if backup
                else translate(
                    "nlp.deidentify_dialog",
                    "This is a server project: no backup file is made; Edit ▸ Undo restores the text.",
                )
            )
            question = translate(
                "nlp.deidentify_dialog", "Replace the accepted findings in this project's transcripts?"
            )
            warning = translate(
                "nlp.deidentify_dialog",
                "The backup still contains the identifying text: keep it somewhere safe or delete it.",
            )
            answer = QMessageBox.question(
                self, translate("nlp.deidentify_dialog", "Redact this project"), f"{question} {where}\n\n{warning}"
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        try:
            report = redact_in_place(project, review, backup)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.summary.setText(user_message(exc))
            return None
        self.last_report = report
        self.review = None
        self.model.set_rows([])
        self._set_buttons()
        documents, replacements = _documents_and_replacements(report)
        text = translate(
            "nlp.deidentify_dialog", "Redacted {documents} ({replacements}). Edit ▸ Undo restores them."
        ).format(documents=documents, replacements=replacements)
        if report.backup:
            text += " " + translate("nlp.deidentify_dialog", "The original is in {path}.").format(path=report.backup)
        self.summary.setText(text)
        return report

    def _show(self, index: QModelIndex) -> None:
        if index.column() == PLACEHOLDER:
            return  # double-click edits the placeholder
        c: Candidate = self.model.record(index.row())
        self.ctx.document_requested.emit(c.document_id, c.start, c.end)

    def done(self, result: int) -> None:  # noqa: A003 - Qt override
        self.runner.stop()
        super().done(result)


def _documents_and_replacements(report: RedactionReport) -> tuple[str, str]:
    """ "3 documents", "12 replacements": what a redaction changed, for its summary line."""
    documents = count_text(
        report.documents,
        translate("nlp.deidentify_dialog", "{n} document"),
        translate("nlp.deidentify_dialog", "{n} documents"),
    )
    replacements = count_text(
        report.replacements,
        translate("nlp.deidentify_dialog", "{n} replacement"),
        translate("nlp.deidentify_dialog", "{n} replacements"),
    )
    return documents, replacements
