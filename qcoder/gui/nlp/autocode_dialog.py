"""Auto-code with preview: choose a code and a rule, see every hit in context, untick the
false ones, then code the rest as one undoable step.

The search runs in a worker (it may parse the documents the first time); coding the chosen
hits runs on the GUI thread through the undo stack.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.autocode import AutocodeHit, AutocodePreview, AutocodeRule, Mode, Scope, apply_hits, find_hits
from qcoder.core.model import AttributeScope
from qcoder.gui.accessibility import a11y
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, number, translate
from qcoder.gui.nlp.check_model import CheckTableModel, fit_columns
from qcoder.gui.screen_fit import compact, wrapping
from qcoder.gui.texts import attribute_label, one_line
from qcoder.gui.worker_progress import WorkerProgress
from qcoder.gui.workers import Worker

MODES = (
    (
        Mode.KEYWORDS,
        QT_TRANSLATE_NOOP("nlp.autocode_dialog", "Keywords or phrases"),
        QT_TRANSLATE_NOOP("nlp.autocode_dialog", "turnover, promot*, transfer, burnout"),
    ),
    (
        Mode.LEMMAS,
        QT_TRANSLATE_NOOP("nlp.autocode_dialog", "Lemmas (any form of the word)"),
        QT_TRANSLATE_NOOP("nlp.autocode_dialog", "turnover, promote, transfer, burnout"),
    ),
    (Mode.REGEX, QT_TRANSLATE_NOOP("nlp.autocode_dialog", "Regular expression"), r"\bMOUs?\b"),
    (Mode.SPEAKER_GROUP, QT_TRANSLATE_NOOP("nlp.autocode_dialog", "All turns of a speaker group"), ""),
    (Mode.INTERVIEWER, QT_TRANSLATE_NOOP("nlp.autocode_dialog", "All interviewer turns"), ""),
)
SCOPES = (
    (Scope.HIT, QT_TRANSLATE_NOOP("nlp.autocode_dialog", "the words found")),
    (Scope.SENTENCE, QT_TRANSLATE_NOOP("nlp.autocode_dialog", "their sentence")),
    (Scope.TURN, QT_TRANSLATE_NOOP("nlp.autocode_dialog", "their speaker turn")),
)
CODE_CHARACTERS = 32  # the code choice is this wide whatever its longest path (its list shows them whole)
GROUP_CHARACTERS = 14


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _context(h: AutocodeHit) -> str:
    """The coded text with the (first) match in «», elided around it so the match shows; a
    hit coded on its own is shown with the words around it."""
    ms, me = h.match_start - h.start, h.match_end - h.start
    head, match, tail = _flat(h.text[:ms]), _flat(h.text[ms:me]), _flat(h.text[me:])
    if (ms, me) == (0, len(h.text)):  # the hit itself is coded
        return f"…{_flat(h.before)[-50:]}«{match}»{_flat(h.after)[:70]}…"
    if len(head) > 60:
        head = "…" + head[-60:]
    if len(tail) > 110:
        tail = tail[:110] + "…"
    return f"{head}«{match}»{tail}"


def _tooltip(h: AutocodeHit) -> str:
    return f"{one_line(h.before)} [{one_line(h.text)}] {one_line(h.after)}"


class AutocodeDialog(QDialog):
    """``AutocodeDialog(ctx, parent, code_id=None).exec()``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, code_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("nlp.autocode_dialog", "Auto-code"))
        self.setObjectName("AutocodeDialog")
        self.resize(900, 620)
        self.preview: AutocodePreview | None = None

        form = self._build_form()
        self.runner = WorkerProgress(
            self,
            self.find_button,
            lambda text: self.summary.setText(text),
            message_text=lambda m: translate("nlp.autocode_dialog", "Reading {name}…").format(name=m),
        )
        self.progress, self.cancel_button = self.runner.progress, self.runner.cancel_button
        self._build_table()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.runner.row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._connect()

        self._fill_codes(code_id)
        self._fill_attributes()
        self._on_mode()

    @property
    def worker(self) -> Worker | None:
        return self.runner.worker

    def _build_form(self) -> QFormLayout:
        self.code_box = compact(QComboBox(self), CODE_CHARACTERS)
        self.code_box.currentTextChanged.connect(self.code_box.setToolTip)  # the whole path, if elided
        self.mode_box = QComboBox(self)
        for mode, label, _ in MODES:
            self.mode_box.addItem(translate("nlp.autocode_dialog", label), mode.value)
        self.terms_edit = QLineEdit(self)
        a11y(
            self.terms_edit,
            translate("nlp.autocode_dialog", "Terms"),
            translate("nlp.autocode_dialog", "The words, phrase or pattern to find"),
        )
        self.ignore_case = QCheckBox(translate("nlp.autocode_dialog", "Ignore case"), self)
        self.attribute_box = compact(QComboBox(self), GROUP_CHARACTERS)
        self.value_box = compact(QComboBox(self), GROUP_CHARACTERS)
        self.value_box.setEditable(True)
        self.scope_box = QComboBox(self)
        for scope, label in SCOPES:
            self.scope_box.addItem(translate("nlp.autocode_dialog", label), scope.value)
        self.find_button = QPushButton(translate("nlp.autocode_dialog", "Find"), self)
        self.find_button.setDefault(True)

        form = QFormLayout()
        form.addRow(translate("nlp.autocode_dialog", "Code"), self.code_box)
        form.addRow(translate("nlp.autocode_dialog", "Find"), self.mode_box)
        terms_row = QHBoxLayout()
        terms_row.addWidget(self.terms_edit, 1)
        terms_row.addWidget(self.ignore_case)
        self.terms_label = QLabel(translate("nlp.autocode_dialog", "Words"), self)
        form.addRow(self.terms_label, terms_row)
        group_row = QHBoxLayout()
        group_row.addWidget(self.attribute_box)
        group_row.addWidget(self.value_box, 1)
        self.group_label = QLabel(translate("nlp.autocode_dialog", "Group"), self)
        form.addRow(self.group_label, group_row)
        self.scope_label = QLabel(translate("nlp.autocode_dialog", "Code"), self)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_box)
        scope_row.addStretch(1)
        scope_row.addWidget(self.find_button)
        form.addRow(self.scope_label, scope_row)
        return form

    def _build_table(self) -> None:
        self.model = CheckTableModel(
            [
                (translate("nlp.autocode_dialog", "Document"), lambda h: h.document_name, None),
                (translate("nlp.autocode_dialog", "Speaker"), lambda h: h.speaker, None),
                (translate("nlp.autocode_dialog", "What would be coded («match»)"), _context, _tooltip),
            ],
            self,
        )
        self.table = QTableView(self)
        a11y(
            self.table,
            translate("nlp.autocode_dialog", "Matches"),
            translate("nlp.autocode_dialog", "The passages found: tick those to code"),
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table, (130, 130))

    def _build_buttons(self) -> QHBoxLayout:
        self.summary = QLabel(
            translate(
                "nlp.autocode_dialog",
                "Choose a code and what to look for, then Find. Nothing is coded until you confirm.",
            ),
            self,
        )
        wrapping(self.summary)  # a long code path in it wraps; it never widens the dialog
        self.all_button = QPushButton(translate("nlp.autocode_dialog", "Select all"), self)
        self.none_button = QPushButton(translate("nlp.autocode_dialog", "Select none"), self)
        self.apply_button = QPushButton(translate("nlp.autocode_dialog", "Code"), self)
        self.apply_button.setEnabled(False)
        self.close_button = QPushButton(translate("nlp.autocode_dialog", "Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        return buttons

    def _connect(self) -> None:
        self.mode_box.currentIndexChanged.connect(self._on_mode)
        self.attribute_box.currentIndexChanged.connect(self._fill_values)
        self.find_button.clicked.connect(self.search)
        self.terms_edit.returnPressed.connect(self.search)
        self.cancel_button.clicked.connect(self.cancel)
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.model.checks_changed.connect(self._update_summary)
        self.table.doubleClicked.connect(self._show)

    # --- form -------------------------------------------------------------------------------------
    def _fill_codes(self, code_id: str | None) -> None:
        project = self.ctx.project
        if project is None:
            return
        for cid, path in sorted(project.code_paths().items(), key=lambda kv: kv[1].casefold()):
            self.code_box.addItem(path, cid)
        if code_id is not None:
            self.code_box.setCurrentIndex(max(self.code_box.findData(code_id), 0))

    def _fill_attributes(self) -> None:
        project = self.ctx.project
        if project is None:
            return
        names = []
        for a in project.attributes(AttributeScope.PARTICIPANT) + project.attributes(AttributeScope.DOCUMENT):
            if a.name not in names:
                names.append(a.name)
        for name in names:
            self.attribute_box.addItem(attribute_label(name), name)
        self.attribute_box.setCurrentIndex(max(self.attribute_box.findData("stakeholder_group"), 0))

    def _fill_values(self) -> None:
        project = self.ctx.project
        name = self.attribute_box.currentData()
        self.value_box.clear()
        if project is None or not name:
            return
        values = {p.attributes.get(name, "") for p in project.participants()}
        values |= {d.attributes.get(name, "") for d in project.documents()}
        for v in sorted(v for v in values if v):
            self.value_box.addItem(v)

    def mode(self) -> Mode:
        return Mode(self.mode_box.currentData())

    def _on_mode(self) -> None:
        mode = self.mode()
        texts = mode in (Mode.KEYWORDS, Mode.LEMMAS, Mode.REGEX)
        for w in (self.terms_label, self.terms_edit, self.scope_label, self.scope_box):
            w.setVisible(texts)
        self.ignore_case.setVisible(mode is Mode.REGEX)
        for w in (self.group_label, self.attribute_box, self.value_box):
            w.setVisible(mode is Mode.SPEAKER_GROUP)
        self.terms_label.setText(
            translate("nlp.autocode_dialog", "Pattern")
            if mode is Mode.REGEX
            else translate("nlp.autocode_dialog", "Words")
        )
        example = next(p for m, _, p in MODES if m is mode)
        self.terms_edit.setPlaceholderText(
            translate("nlp.autocode_dialog", example) if example and mode is not Mode.REGEX else example
        )

    def rule(self) -> AutocodeRule:
        mode = self.mode()
        scope = Scope(self.scope_box.currentData())
        text = self.terms_edit.text().strip()
        if mode is Mode.KEYWORDS:
            return AutocodeRule.keywords(text, scope)
        if mode is Mode.LEMMAS:
            return AutocodeRule.lemmas(text, scope)
        if mode is Mode.REGEX:
            return AutocodeRule.regex(text, scope, self.ignore_case.isChecked())
        if mode is Mode.SPEAKER_GROUP:
            return AutocodeRule.speaker_group(
                self.value_box.currentText().strip(), str(self.attribute_box.currentData() or "stakeholder_group")
            )
        return AutocodeRule.interviewer()

    # --- finding ------------------------------------------------------------------------------------
    def search(self) -> Worker | None:
        project, coder = self.ctx.project, self.ctx.coder
        if project is None or self.worker is not None:
            return None
        if coder is None:
            self.summary.setText(
                translate(
                    "nlp.autocode_dialog", "Choose who you are first (Edit ▸ Switch coder): codings belong to a coder."
                )
            )
            return None
        code_id = self.code_box.currentData()
        if not code_id:
            self.summary.setText(translate("nlp.autocode_dialog", "The codebook is empty: create a code first."))
            return None
        try:
            rule = self.rule()
            from qcoder.app.autocode import check_rule

            check_rule(rule)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.summary.setText(user_message(exc))
            return None
        self.model.set_rows([])
        self.preview = None
        self.apply_button.setEnabled(False)
        coder_id = coder.id

        def task(progress: Any, cancel: Any) -> AutocodePreview:
            return find_hits(project, code_id, coder_id, rule, progress, cancel)

        self.summary.setText(translate("nlp.autocode_dialog", "Looking…"))
        return self.runner.start(task, self._on_found)

    def cancel(self) -> None:
        if self.worker is not None:
            self.runner.cancel()
            self.summary.setText(translate("nlp.autocode_dialog", "Cancelling…"))

    def _on_found(self, preview: AutocodePreview) -> None:
        self.preview = preview
        self.model.set_rows(preview.hits)
        self._update_summary()

    def _update_summary(self) -> None:
        preview = self.preview
        if preview is None:
            return
        n, total = self.model.checked_count(), len(preview.hits)
        hits = count_text(
            total, translate("nlp.autocode_dialog", "{n} hit"), translate("nlp.autocode_dialog", "{n} hits")
        )
        parts = [
            translate("nlp.autocode_dialog", "{selected} of {hits} selected").format(selected=number(n), hits=hits)
        ]
        if preview.duplicates:
            parts.append(
                count_text(
                    preview.duplicates,
                    translate("nlp.autocode_dialog", "{n} hit already coded with this code by you (left out)"),
                    translate("nlp.autocode_dialog", "{n} hits already coded with this code by you (left out)"),
                )
            )
        if preview.pipeline:
            parts.append(translate("nlp.autocode_dialog", "language: {pipeline}").format(pipeline=preview.pipeline))
        self.summary.setText(
            translate("nlp.autocode_dialog", "{parts}. Untick false hits, then code the rest.").format(
                parts=" · ".join(parts)
            )
        )
        self.apply_button.setText(
            count_text(
                n,
                translate("nlp.autocode_dialog", "Code {n} excerpt"),
                translate("nlp.autocode_dialog", "Code {n} excerpts"),
            )
        )
        self.apply_button.setEnabled(n > 0)

    # --- applying -------------------------------------------------------------------------------------
    def apply(self) -> int:
        """Code the ticked hits (one undo step); returns how many codings were made."""
        project, preview = self.ctx.project, self.preview
        if project is None or preview is None:
            return 0
        try:
            new = apply_hits(project, preview, self.model.checked_rows())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.summary.setText(user_message(exc))
            return 0
        self.preview = None
        self.model.set_rows([])
        self.apply_button.setEnabled(False)
        excerpts = count_text(
            len(new), translate("nlp.autocode_dialog", "{n} excerpt"), translate("nlp.autocode_dialog", "{n} excerpts")
        )
        self.summary.setText(
            translate("nlp.autocode_dialog", "Coded {excerpts} with {code}. Edit ▸ Undo takes them all back.").format(
                excerpts=excerpts, code=self.code_box.currentText()
            )
        )
        return len(new)

    def _show(self, index: QModelIndex) -> None:
        hit: AutocodeHit = self.model.record(index.row())
        self.ctx.document_requested.emit(hit.document_id, hit.start, hit.end)

    def done(self, result: int) -> None:  # noqa: A003 - Qt override
        self.runner.stop()
        super().done(result)
