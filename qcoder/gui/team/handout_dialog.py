"""Hand out a copy to a coder: the codebook and the chosen documents in a project file of
their own (``handout``); the assignment is recorded here, so agreement treats the other
documents as not given to that coder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.merge import handout
from qcoder.gui.accessibility import a11y
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import count_text, translate
from qcoder.gui.style import html_color, set_tone
from qcoder.gui.team.errors import explain_text
from qcoder.gui.team.pages import WorkingPage, done_page, esc, muted
from qcoder.gui.team.pages import page as make_page
from qcoder.gui.team.tasks import Job
from qcoder.gui.wrapping_check import wrapping_check_box

FORM, WORKING, DONE = range(3)


def _safe_file_name(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_()." else "_" for ch in text).strip() or "copy"


class HandoutDialog(QDialog):
    handout_finished = Signal(object)  # the written path, or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.job: Job | None = None
        self.written: Path | None = None
        self.setWindowTitle(translate("team.handout_dialog", "Hand out a copy to a coder"))
        self.resize(620, 560)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._form_page())
        self.working = WorkingPage(self)
        self.pages.addWidget(self.working)
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._fill()
        self._update()

    def _form_page(self) -> QWidget:
        page, layout = make_page(self)
        layout.addWidget(
            muted(
                translate(
                    "team.handout_dialog",
                    "The copy holds the codebook and the chosen documents with their speakers and "
                    "attributes. The coder codes in it and sends it back; merge it with "
                    "Team → Merge coder projects.",
                ),
                page,
            )
        )
        self.coder_box = QComboBox(page)
        self.coder_box.setEditable(True)
        self.coder_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.coder_box.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("team.handout_dialog", "Coder's name"))
        self.coder_box.currentTextChanged.connect(self._coder_changed)
        docs_row = self._documents_row(page)
        self.with_codings, with_codings_row = wrapping_check_box(
            translate(
                "team.handout_dialog", "Include the codings and framework summaries this coder already made here"
            ),
            page,
        )
        path_row = self._path_row(page)
        form = QFormLayout()
        form.addRow(translate("team.handout_dialog", "Coder:"), self.coder_box)
        form.addRow(translate("team.handout_dialog", "Documents:"), docs_row)
        form.addRow("", with_codings_row)
        form.addRow(translate("team.handout_dialog", "Save as:"), path_row)
        self.form_message = QLabel(page)
        self.form_message.setWordWrap(True)
        set_tone(self.form_message, "error")
        self.form_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
        self.create_button = self.form_buttons.addButton(
            translate("team.handout_dialog", "Create copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.form_buttons.accepted.connect(self.start_handout)
        self.form_buttons.rejected.connect(self.reject)
        layout.addLayout(form, 1)
        layout.addWidget(self.form_message)
        layout.addWidget(self.form_buttons)
        return page

    def _documents_row(self, page: QWidget) -> QHBoxLayout:
        self.doc_list = QListWidget(page)
        a11y(
            self.doc_list,
            translate("team.handout_dialog", "Documents"),
            translate("team.handout_dialog", "Tick the documents the coder gets"),
        )
        self.doc_list.itemChanged.connect(lambda _item: self._update())
        all_button = QPushButton(translate("team.handout_dialog", "All"), page)
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button = QPushButton(translate("team.handout_dialog", "None"), page)
        none_button.clicked.connect(lambda: self._check_all(False))
        side = QVBoxLayout()
        side.addWidget(all_button)
        side.addWidget(none_button)
        side.addStretch(1)
        docs_row = QHBoxLayout()
        docs_row.addWidget(self.doc_list, 1)
        docs_row.addLayout(side)
        return docs_row

    def _path_row(self, page: QWidget) -> QHBoxLayout:
        self.path_edit = QLineEdit(page)
        a11y(
            self.path_edit,
            translate("team.handout_dialog", "Save as"),
            translate("team.handout_dialog", "Where the coder's copy is written"),
        )
        self.path_edit.textChanged.connect(lambda _t: self._update())
        browse = QPushButton(translate("team.handout_dialog", "Browse…"), page)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        return path_row

    def _done_page(self) -> QWidget:
        built = done_page(self, self.accept)
        self.done_label = built.label
        return built.widget

    # --- form ---------------------------------------------------------------------------------
    def _fill(self) -> None:
        project = self._ctx.require_project()
        me = self._ctx.coder.id if self._ctx.coder else None
        names = [c.name for c in project.coders() if c.id != me and c.name.casefold() != "consensus"]
        self.coder_box.addItems(names)
        self.coder_box.setCurrentIndex(-1)
        self.coder_box.setEditText("")
        for doc in project.documents():
            item = QListWidgetItem(doc.name, self.doc_list)
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)

    def set_coder(self, name: str) -> None:
        self.coder_box.setEditText(name)

    def set_documents(self, names: list[str]) -> None:
        for i in range(self.doc_list.count()):
            item = self.doc_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)

    def set_path(self, path: str | Path) -> None:
        self.path_edit.setText(str(path))

    def document_ids(self) -> list[str]:
        return [
            str(self.doc_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.doc_list.count())
            if self.doc_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _check_all(self, on: bool) -> None:
        for i in range(self.doc_list.count()):
            self.doc_list.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _coder_changed(self, name: str) -> None:
        """Mark the documents already handed out to this coder; suggest a file name."""
        project = self._ctx.project
        if project is None:
            return
        coder = project.coder_by_name(name) if name.strip() else None
        given = project.assignments().get(coder.id, set()) if coder else set()
        for i in range(self.doc_list.count()):
            item = self.doc_list.item(i)
            doc_id = item.data(Qt.ItemDataRole.UserRole)
            item.setToolTip(
                translate("team.handout_dialog", "Already handed out to {name}").format(name=name)
                if doc_id in given
                else ""
            )
            font = item.font()
            font.setItalic(doc_id in given)
            item.setFont(font)
        if name.strip() and (not self.path_edit.text() or self.path_edit.property("suggested")):
            folder = Path(self._ctx.settings.last_directory() or Path.home())
            stem = _safe_file_name(f"{project.name or 'project'} - {name.strip()}")
            self.path_edit.setText(str(folder / f"{stem}.qcoder"))
            self.path_edit.setProperty("suggested", True)
        self._update()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("team.handout_dialog", "Save the coder's copy as"),
            self.path_edit.text(),
            translate("team.handout_dialog", "qcoder projects (*.qcoder)"),
        )
        if path:
            if not path.lower().endswith(".qcoder"):
                path += ".qcoder"
            self.path_edit.setProperty("suggested", False)
            self.path_edit.setText(path)
            self._ctx.settings.set_last_directory(Path(path).parent)

    def _update(self) -> None:
        n = len(self.document_ids())
        ok = bool(self.coder_box.currentText().strip() and n and self.path_edit.text().strip())
        self.create_button.setEnabled(ok)
        self.create_button.setText(
            count_text(
                n,
                translate("team.handout_dialog", "Create copy with {n} document"),
                translate("team.handout_dialog", "Create copy with {n} documents"),
            )
            if n
            else translate("team.handout_dialog", "Create copy")
        )

    # --- hand out -----------------------------------------------------------------------------
    def start_handout(self) -> Job | None:
        project = self._ctx.project
        name = self.coder_box.currentText().strip()
        ids = self.document_ids()
        text = self.path_edit.text().strip()
        if project is None or self.job is not None or not (name and ids and text):
            return None
        path = Path(text)
        if path.suffix.lower() != ".qcoder":
            path = path.with_name(path.name + ".qcoder")
        if path.exists():
            self.form_message.setText(
                translate("team.handout_dialog", "{name} already exists. Choose another file name.").format(
                    name=path.name
                )
            )
            return None
        if not path.parent.is_dir():
            self.form_message.setText(
                translate("team.handout_dialog", "The folder {folder} does not exist.").format(folder=path.parent)
            )
            return None
        self.form_message.setText("")
        with_codings = self.with_codings.isChecked()

        def task(progress: Any, cancel: Any) -> Path:
            progress(0, 0, translate("team.handout_dialog", "Writing the copy for {name}…").format(name=name))
            return handout(project, name, ids, path, with_codings=with_codings)

        self.job = Job(
            task,
            self,
            ctx=self._ctx,
            undo_text=translate("team.handout_dialog", "Hand out to {name}").format(name=name),
        )
        self.job.ended.connect(self._ended)
        self.working.follow(
            self.job,
            translate("team.handout_dialog", "Writing the copy for {name}…").format(name=name),
            cancellable=False,
        )
        self.pages.setCurrentIndex(WORKING)
        return self.job.start()

    def _ended(self, job: Job) -> None:
        self.job = None
        name = self.coder_box.currentText().strip()
        if job.outcome == "finished":
            self.written = job.result
            n = len(self.document_ids())
            docs = count_text(
                n, translate("team.handout_dialog", "{n} document"), translate("team.handout_dialog", "{n} documents")
            )
            wrote = translate("team.handout_dialog", "Wrote {file}: the codebook and {documents} for {name}.").format(
                file=f"<b>{esc(self.written.name)}</b>", documents=docs, name=f"<b>{esc(name)}</b>"
            )
            advice = translate(
                "team.handout_dialog",
                "Send the file to {name}. When it comes back, merge it with Team → Merge coder projects; "
                "documents not handed out to {name} count as not coded by them (missing), not as coded with nothing.",
            ).format(name=esc(name))
            self.done_label.setText(
                f"{wrote}<br><br>{advice}<br><br>"
                f"<span style='color:{html_color('muted')}'>{esc(str(self.written))}</span>"
            )
        else:
            self.written = None
            text = (
                explain_text(job.error, self._ctx.project)[1]
                if job.error
                else translate("team.handout_dialog", "Cancelled.")
            )
            failed = esc(translate("team.handout_dialog", "The copy could not be written."))
            self.done_label.setText(f"<span style='color:{html_color('error')}'>{failed}</span><br><br>{esc(text)}")
        self.pages.setCurrentIndex(DONE)
        self.handout_finished.emit(self.written)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.finish_now()
        super().done(result)
