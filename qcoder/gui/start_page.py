"""The start page, shown when no project is open: new, open, recent, server, demo.

Errors are shown on the page itself (no modal boxes), so a wrong path or an unreachable
server is one glance away from its fix. The demo project is built from the bundled sample
transcripts in a worker, into the user's data folder, and reopened from there afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from qcoder.app import Project
from qcoder.core.errors import Cancelled
from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import translate
from qcoder.gui.record_model import Index
from qcoder.gui.safety.open_flow import create_project_interactive, open_project_interactive
from qcoder.gui.style import set_tone
from qcoder.gui.tour import TourOffer
from qcoder.gui.workers import run_with_progress

SUFFIX = ".qcoder"
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
EXISTS_ROLE = Qt.ItemDataRole.UserRole + 2
_MISSING = QColor("#9A9A9A")


def hide_password(text: str) -> str:
    """``postgresql://ann:secret@host/db`` -> ``postgresql://ann:***@host/db`` (messages are shown)."""
    return re.sub(r"(://[^:/@\s]+:)[^@\s]+@", r"\1***@", text)


def default_demo_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "demo"


@dataclass(frozen=True, slots=True)
class Recent:
    location: str
    exists: bool


class RecentProjectsModel(QAbstractListModel):
    """The recent projects from the settings; files that no longer exist are greyed out."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[Recent] = []
        self.refresh()

    def refresh(self) -> None:
        """Re-read the list (and check which files exist: never in ``data()``)."""
        self.beginResetModel()
        self._rows = [Recent(p, "://" in p or Path(p).exists()) for p in self._ctx.settings.recent_projects()]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        recent = self._rows[index.row()]
        path = Path(recent.location)
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{path.stem}    {path.parent}"
            return text if recent.exists else text + "    " + translate("start_page", "(not found)")
        if role == Qt.ItemDataRole.ToolTipRole:
            if recent.exists:
                return recent.location
            return recent.location + "\n" + translate("start_page", "This file no longer exists.")
        if role == Qt.ItemDataRole.ForegroundRole and not recent.exists:
            return _MISSING
        if role == PATH_ROLE:
            return recent.location
        if role == EXISTS_ROLE:
            return recent.exists
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RecentDelegate(QStyledItemDelegate):
    """Two lines per project: its name (bold) and its folder (smaller, grey)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        location = str(index.data(PATH_ROLE))
        exists = bool(index.data(EXISTS_ROLE))
        path = Path(location)
        name, where = (
            (location, translate("start_page", "server")) if "://" in location else (path.stem, str(path.parent))
        )
        if not exists:
            where += "  " + translate("start_page", "(not found)")
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        main = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = opt.rect.adjusted(8, 3, -8, -3)
        half = rect.height() // 2
        bold = QFont(opt.font)
        bold.setBold(True)
        small = QFont(opt.font)
        small.setPointSizeF(opt.font.pointSizeF() * 0.9)
        painter.save()
        painter.setFont(bold)
        painter.setPen(main if exists else _MISSING)
        top = QRect(rect.left(), rect.top(), rect.width(), half)
        painter.drawText(
            top,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(small)
        painter.setPen(main if selected else _MISSING)
        bottom = QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half)
        painter.drawText(
            bottom,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(small).elidedText(where, Qt.TextElideMode.ElideMiddle, rect.width()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, option.fontMetrics.height() * 2 + 12)


class StartPage(QWidget):
    """New project, open project (file or server URL), recent projects, demo project."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encrypt_new = False  # set by the new-project dialog's question
        self._ctx = ctx
        self.demo_dir = default_demo_dir()
        self.last_error = ""

        start = self._start_box()
        recent = self._recent_box()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._arrange(start, recent)

        self.recent_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.recent_model.modelReset.connect(self._update_buttons)
        ctx.project_opened.connect(self.recent_model.refresh)
        ctx.project_closed.connect(self.recent_model.refresh)
        self._update_buttons()

    def _start_box(self) -> QGroupBox:
        """New, open, the demo project, and a team project on a server."""
        start = QGroupBox(translate("start_page", "Start"), self)
        self.new_button = QPushButton(translate("start_page", "New project…"), start)
        self.new_button.clicked.connect(self.new_project_dialog)
        self.open_button = QPushButton(translate("start_page", "Open project…"), start)
        self.open_button.clicked.connect(self.open_project_dialog)
        self.demo_button = QPushButton(translate("start_page", "Open the demo project"), start)
        self.demo_button.clicked.connect(self.open_demo)
        demo_note = QLabel(
            translate(
                "start_page",
                "Fifteen sample interviews from a multi-site task force evaluation, "
                "with attributes, a codebook and codings by two coders.",
            ),
            start,
        )
        demo_note.setWordWrap(True)
        self.url_edit = QLineEdit(start)
        self.url_edit.setPlaceholderText(translate("start_page", "postgresql+psycopg://user:password@server/database"))
        self.url_edit.returnPressed.connect(lambda: self.open_project(self.url_edit.text().strip()))
        self.connect_button = QPushButton(translate("start_page", "Connect"), start)
        self.connect_button.clicked.connect(lambda: self.open_project(self.url_edit.text().strip()))
        self.create_on_server_button = QPushButton(translate("start_page", "Create"), start)
        self.create_on_server_button.setToolTip(translate("start_page", "Create a new project in an empty database"))
        self.create_on_server_button.clicked.connect(lambda: self.new_project(self.url_edit.text().strip()))
        line = QFrame(start)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        server_row = QHBoxLayout()
        server_row.addStretch(1)
        server_row.addWidget(self.connect_button)
        server_row.addWidget(self.create_on_server_button)
        box = QVBoxLayout(start)
        box.addWidget(self.new_button)
        box.addWidget(self.open_button)
        box.addSpacing(8)
        box.addWidget(self.demo_button)
        box.addWidget(demo_note)
        self.tour_offer = TourOffer(self._ctx.settings, start)  # the 2-minute tour (issue 20)
        box.addWidget(self.tour_offer)
        box.addSpacing(8)
        box.addWidget(line)
        box.addWidget(QLabel(translate("start_page", "Team project on a PostgreSQL server:"), start))
        box.addWidget(self.url_edit)
        box.addLayout(server_row)
        box.addStretch(1)

        return start

    def _recent_box(self) -> QGroupBox:
        """The recent projects with Open and Remove."""
        recent = QGroupBox(translate("start_page", "Recent projects"), self)
        self.recent_model = RecentProjectsModel(self._ctx, self)
        self.recent_view = QListView(recent)
        self.recent_view.setModel(self.recent_model)
        self.recent_view.setItemDelegate(RecentDelegate(self.recent_view))
        self.recent_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_view.setUniformItemSizes(True)
        self.recent_view.activated.connect(self._on_recent_activated)
        self.open_recent_button = QPushButton(translate("start_page", "Open"), recent)
        self.open_recent_button.clicked.connect(self._open_selected_recent)
        self.remove_recent_button = QPushButton(translate("start_page", "Remove from list"), recent)
        self.remove_recent_button.clicked.connect(self._remove_selected_recent)
        self.recent_empty = QLabel(translate("start_page", "Projects you open appear here."), recent)
        recent_buttons = QHBoxLayout()
        recent_buttons.addStretch(1)
        recent_buttons.addWidget(self.open_recent_button)
        recent_buttons.addWidget(self.remove_recent_button)
        rbox = QVBoxLayout(recent)
        rbox.addWidget(self.recent_view, 1)
        rbox.addWidget(self.recent_empty)
        rbox.addLayout(recent_buttons)

        return recent

    def _arrange(self, start: QGroupBox, recent: QGroupBox) -> None:
        """Title, the two boxes side by side and the message line, in a readable centred column."""
        title = QLabel("qcoder", self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(translate("start_page", "Qualitative coding of interview transcripts"), self)

        grid = QGridLayout()
        grid.addWidget(start, 0, 0)
        grid.addWidget(recent, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        content = QWidget(self)
        content.setMaximumSize(1100, 760)  # a readable column on wide screens, centred
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addSpacing(16)
        inner.addLayout(grid, 1)
        inner.addWidget(self.message)
        content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(content, 100)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(row, 100)
        layout.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:
        self.recent_model.refresh()
        super().showEvent(event)

    # --- messages ---------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.last_error = message
        self.message.setText(message)

    def _clear_error(self) -> None:
        self.last_error = ""
        self.message.setText("")

    def _update_buttons(self) -> None:
        has = bool(self.recent_view.selectionModel().selectedRows())
        self.open_recent_button.setEnabled(has)
        self.remove_recent_button.setEnabled(has)
        empty = self.recent_model.rowCount() == 0
        self.recent_empty.setVisible(empty)

    # --- new / open -------------------------------------------------------------------------
    def new_project(self, location: str | Path) -> bool:
        """Create a project at a file path (``.qcoder`` is added) or in an empty server database."""
        self._clear_error()
        if not str(location).strip():
            self.show_error(translate("start_page", "Enter the server address (a postgresql+psycopg:// URL) first."))
            return False
        is_url = "://" in str(location)
        if not is_url:
            path = Path(location)
            location = path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)
            if location.exists():
                self.show_error(
                    translate(
                        "start_page", "{location} already exists. Open it, or choose another name for the new project."
                    ).format(location=location)
                )
                return False
        name = "" if is_url else Path(location).stem
        if is_url:
            return self._open_with(
                lambda: Project.create(location, name=name), translate("start_page", "Creating the project"), True
            )
        encrypted = self.encrypt_new
        # a file project holds the window lock; an encrypted one asks for a new passphrase
        return self._open_with(
            lambda: create_project_interactive(self, Path(location), name, encrypted=encrypted),
            translate("start_page", "Creating the project"),
            False,
        )

    def open_project(self, location: str | Path) -> bool:
        """Open a project file or a server URL (connecting runs in a worker)."""
        self._clear_error()
        if not str(location).strip():
            self.show_error(translate("start_page", "Enter the server address (a postgresql+psycopg:// URL) first."))
            return False
        is_url = "://" in str(location)
        if not is_url and not Path(location).exists():
            self.show_error(
                translate("start_page", "{location} was not found. It may have been moved, renamed or deleted.").format(
                    location=location
                )
            )
            self.recent_model.refresh()
            return False
        if is_url:
            return self._open_with(
                lambda: Project.open(location), translate("start_page", "Connecting to the server"), True
            )
        # files: the passphrase of an encrypted project, the window lock, a damaged file's backups
        return self._open_with(
            lambda: open_project_interactive(self, location), translate("start_page", "Opening the project"), False
        )

    def _open_with(self, make: Any, title: str, in_worker: bool) -> bool:
        try:
            if in_worker:  # a server may take a while to answer
                worker = run_with_progress(self, title, lambda progress, cancel: make())
                if worker.outcome != "finished":
                    if worker.outcome == "failed" and worker.error is not None:
                        self.show_error(hide_password(user_message(worker.error)))
                    return False
                project = worker.result
            else:
                project = make()
        except Exception as exc:  # noqa: BLE001 - any failure to open is shown on the page
            self.show_error(user_message(exc))
            return False
        if project is None:  # the user gave up (passphrase, lock, damaged-file dialogs)
            return False
        if project.path is not None:
            self._ctx.settings.set_last_directory(project.path.parent)
        self._ctx.open_project(project)
        return True

    def new_project_dialog(self) -> None:
        start = Path(self._ctx.settings.last_directory() or Path.home()) / f"project{SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("start_page", "New project"),
            str(start),
            translate("start_page", "qcoder projects ({pattern})").format(pattern=f"*{SUFFIX}"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            answer = QMessageBox.question(
                self,
                translate("start_page", "New project"),
                translate(
                    "start_page",
                    "Encrypt the new project with a passphrase?\n\nEncrypt it if the interviews hold personal "
                    "or sensitive information: an encrypted project and its backups cannot be read without "
                    "the passphrase. If the passphrase is lost, nobody can recover the project.",
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            self.encrypt_new = answer == QMessageBox.StandardButton.Yes
            try:
                self.new_project(path)
            finally:
                self.encrypt_new = False

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("start_page", "Open project"),
            self._ctx.settings.last_directory(),
            translate("start_page", "qcoder projects ({pattern})").format(pattern=f"*{SUFFIX}")
            + ";;"
            + translate("start_page", "All files (*)"),
        )
        if path:
            self.open_project(path)

    # --- recent -----------------------------------------------------------------------------
    def _selected_recent(self) -> str | None:
        rows = self.recent_view.selectionModel().selectedRows()
        return str(rows[0].data(PATH_ROLE)) if rows else None

    def _on_recent_activated(self, index: Index) -> None:
        self.open_project(str(index.data(PATH_ROLE)))

    def _open_selected_recent(self) -> None:
        location = self._selected_recent()
        if location:
            self.open_project(location)

    def _remove_selected_recent(self) -> None:
        location = self._selected_recent()
        if location:
            self.remove_recent(location)

    def remove_recent(self, location: str) -> None:
        self._ctx.settings.remove_recent_project(location)
        self.recent_model.refresh()
        self._clear_error()

    # --- demo -------------------------------------------------------------------------------
    def open_demo(self) -> bool:
        """Open the demo project, building it first (in a worker) if it does not exist yet."""
        self._clear_error()
        path = self.demo_dir / "demo.qcoder"
        if not path.exists() and not self.build_demo():
            return False
        return self.open_project(path)

    def build_demo(self) -> bool:
        from qcoder.app.demo import build_demo

        out = self.demo_dir

        def task(progress: ProgressCallback, cancel: CancelToken) -> object:
            def report(done: int, total: int, message: str) -> None:
                cancel.check()  # raises Cancelled between files
                progress(
                    done,
                    total,
                    translate("start_page", "Importing {name}").format(name=message)
                    if message
                    else translate("start_page", "Adding the codebook and codings…"),
                )

            return build_demo(out, progress=report)

        worker = run_with_progress(self, translate("start_page", "Building the demo project"), task)
        if worker.outcome == "finished":
            return True
        if worker.outcome == "failed" and worker.error is not None and not isinstance(worker.error, Cancelled):
            self.show_error(
                translate("start_page", "The demo project could not be built: {reason}").format(
                    reason=user_message(worker.error)
                )
            )
        for name in ("demo.qcoder", "demo.qcoder-wal", "demo.qcoder-shm"):
            (out / name).unlink(missing_ok=True)  # a half-built demo is rebuilt next time
        return False
