"""The application context passed to every widget (no globals).

It holds the open project, the UI settings, the current coder and the undo stack, and
re-emits the project's change sets as a Qt signal so views refresh precisely.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from qcoder.app import Project
from qcoder.core.changes import ChangeSet
from qcoder.core.model import Coder
from qcoder.gui.settings import Settings
from qcoder.gui.undo import UndoStackHistory


class AppContext(QObject):
    project_opened = Signal()
    project_closed = Signal()
    changed = Signal(object)  # ChangeSet, delivered on the GUI thread
    coder_changed = Signal()
    # show a document and select/scroll to a code-point span (start = end = -1: just open it)
    document_requested = Signal(str, int, int)
    codes_selected = Signal(list)  # code ids selected in the codebook
    view_settings_changed = Signal()  # quick-code keys or show-codings filters changed in settings

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.project: Project | None = None
        self.coder: Coder | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(1000)
        self.history: UndoStackHistory | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._project_id = ""

    # --- project lifecycle ------------------------------------------------------------------
    def open_project(self, project: Project) -> None:
        """Make ``project`` the open project (closing any other), with undo through the stack.

        The coder is taken from the settings when one is remembered; otherwise ``coder`` stays
        None until :meth:`set_coder` (the window asks on first run).
        """
        if self.project is not None:
            self.close_project()
        self.project = project
        self._project_id = project.project_id
        self.history = UndoStackHistory(project, self.undo_stack)
        project.history = self.history
        self._unsubscribe = project.subscribe(self._on_project_changed)
        if project.path is not None:
            folder = Path(project.path).resolve().parent
            self.settings.add_recent_project(Path(project.path).resolve())
            if not self.settings.last_directory():  # file dialogs start next to the project
                self.settings.set_last_directory(folder)
        elif isinstance(project.location, Path):
            self.settings.add_recent_project(project.location.resolve())
        name = self.settings.coder_name()
        if name and project.read_only:  # a read-only project cannot register a new coder
            self.coder = project.coder_by_name(name)
        else:
            self.coder = project.ensure_coder(name) if name else None
        self._identify()
        self.project_opened.emit()

    def close_project(self) -> None:
        if self.project is None:
            return
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.undo_stack.clear()
        project, self.project, self.history, self.coder = self.project, None, None, None
        self.project_closed.emit()
        project.close()

    def _on_project_changed(self, changes: ChangeSet) -> None:
        # may run on a worker thread (imports): Qt queues the emission to the GUI thread's receivers
        self.changed.emit(changes)

    # --- coder identity ---------------------------------------------------------------------
    def set_coder(self, name: str) -> Coder:
        """Code as ``name`` from now on (registered in the project if new; remembered)."""
        self.settings.set_coder_name(name)
        if self.project is None:
            raise RuntimeError("no project is open")
        self.coder = self.project.ensure_coder(name)
        self._identify()
        self.coder_changed.emit()
        return self.coder

    def _identify(self) -> None:
        """Tell the project who acts (its role decides what a team member may change)."""
        identify = getattr(self.project, "identify", None)
        if self.coder is not None and identify is not None:
            identify(self.coder.id)

    def poll(self) -> None:
        """Fetch other clients' changes now; listeners hear them as ordinary change sets.
        (The window's live refresh, qcoder.gui.team.server.LiveRefresh, polls on a timer.)"""
        project = self.project
        if project is not None and hasattr(project, "poll_changes"):
            try:
                project.poll_changes()
            except Exception:  # noqa: BLE001 - a dropped connection must not break the window
                pass

    # --- convenience ------------------------------------------------------------------------
    @property
    def project_id(self) -> str:
        """The open project's id (cached at open; "" when none is open)."""
        return self._project_id if self.project is not None else ""

    def require_project(self) -> Project:
        if self.project is None:
            raise RuntimeError("no project is open")
        return self.project
