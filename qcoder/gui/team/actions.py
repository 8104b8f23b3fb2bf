"""The team and exchange actions of the window, ready for its menus and status bar.

``TeamActions(ctx, window)`` owns the actions (merge, hand-out, export my codings, blind
mode, agreement, REFI-QDA import/export, open server project), the live refresh timer and
the status indicator; it enables each action for the open project and the user's role.
The main window only places them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from qcoder.app.merge import write_codings_file
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.permissions import Role
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import count_text, translate
from qcoder.gui.team.agreement_view import AgreementDialog
from qcoder.gui.team.errors import explain_error, explain_text
from qcoder.gui.team.exchange_dialog import IMPORT_FILTER, ExchangeImportDialog
from qcoder.gui.team.handout_dialog import HandoutDialog
from qcoder.gui.team.merge_dialog import MergeDialog
from qcoder.gui.team.server import LiveRefresh, OpenServerDialog, TeamStatus
from qcoder.gui.team.tasks import Job


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_()." else "_" for ch in text).strip() or "project"


class TeamActions(QObject):
    message = Signal(str)  # a short line for the status bar
    finished = Signal(object)  # a background export ended: the written Path, or None

    def __init__(self, ctx: AppContext, window: QWidget, *, show_coder: bool = True) -> None:
        """``show_coder=False`` when the window's status bar already names the coder."""
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.jobs: list[Job] = []
        self.agreement_dialog: AgreementDialog | None = None
        self.last_box: QMessageBox | None = None  # the last export's (non-modal) message
        self.live = LiveRefresh(ctx, self)
        self.status = TeamStatus(ctx, self.live, window, show_coder=show_coder)

        self._make_actions()
        self.menu = QMenu(translate("team.actions", "&Team"), window)
        for a in (self.merge_action, self.handout_action, self.export_codings_action):
            self.menu.addAction(a)
        self.menu.addSeparator()
        self.menu.addAction(self.agreement_action)
        self.menu.addSeparator()
        self.menu.addAction(self.blind_action)
        self.project_actions = [
            self.merge_action,
            self.handout_action,
            self.export_codings_action,
            self.agreement_action,
            self.import_refi_action,
        ]
        self.lead_actions = [self.merge_action, self.handout_action, self.import_refi_action, self.blind_action]

        ctx.project_opened.connect(self.update_actions)
        ctx.project_closed.connect(self.update_actions)
        ctx.coder_changed.connect(self.update_actions)
        ctx.changed.connect(self._on_changed)
        self.update_actions()

    def _act(self, text: str, slot: Callable[[], object], tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setToolTip(tip or text.rstrip("…"))
        # never pass the menu's `checked` flag on: several slots take an optional path
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        self.merge_action = self._act(
            translate("team.actions", "Merge coder projects…"),
            self.open_merge,
            translate("team.actions", "Bring coders' copies, codings files or .qdpx projects into this project"),
        )
        self.handout_action = self._act(
            translate("team.actions", "Hand out a copy to a coder…"),
            self.open_handout,
            translate("team.actions", "Write a project file with the codebook and chosen documents for one coder"),
        )
        self.export_codings_action = self._act(
            translate("team.actions", "Export my codings…"),
            self.export_my_codings,
            translate("team.actions", "Write your codings to a small file to send to the lead"),
        )
        self.blind_action = QAction(translate("team.actions", "Blind mode"), self)
        self.blind_action.setStatusTip(
            translate("team.actions", "While on, each coder sees only their own codings (lead only)")
        )
        self.blind_action.setCheckable(True)
        self.blind_action.toggled.connect(self._toggle_blind)
        self.agreement_action = self._act(
            translate("team.actions", "Agreement and reconciliation…"),
            self.open_agreement,
            translate("team.actions", "Compare coders, decide their disagreements, read the audit log"),
        )
        self.import_refi_action = self._act(
            translate("team.actions", "Import REFI-QDA project/codebook…"),
            self.import_refi,
            translate("team.actions", "Import a .qdpx project or .qdc codebook from another QDA program"),
        )
        self.open_server_action = self._act(
            translate("team.actions", "Open server project…"),
            self.open_server,
            translate("team.actions", "Open a project shared on a PostgreSQL server"),
        )

    # --- state ------------------------------------------------------------------------------------
    def update_actions(self) -> None:
        project = self.ctx.project
        is_open = project is not None
        lead = is_open and project is not None and project.role is Role.LEAD
        for a in self.project_actions:
            a.setEnabled(is_open)
        for a in self.lead_actions:
            a.setEnabled(lead)
        self.export_codings_action.setEnabled(is_open and self.ctx.coder is not None)
        self.blind_action.blockSignals(True)
        self.blind_action.setChecked(bool(project is not None and project.blind_mode))
        self.blind_action.blockSignals(False)
        if is_open and not lead:
            self.blind_action.setToolTip(translate("team.actions", "Only a lead can switch blind mode"))

    def _on_changed(self, changes: object) -> None:
        if isinstance(changes, ChangeSet) and (changes.touches(Kind.PROJECT) or changes.touches(Kind.CODER)):
            self.update_actions()

    def _toggle_blind(self, on: bool) -> None:
        project = self.ctx.project
        if project is None:
            return
        try:
            project.set_blind_mode(on)
        except Exception as exc:  # noqa: BLE001 - PermissionDenied for a coder, shown with the role
            explain_error(self.window, exc, project)
        self.update_actions()
        self.message.emit(
            translate("team.actions", "Blind mode is on: each coder sees only their own codings.")
            if project.blind_mode
            else translate("team.actions", "Blind mode is off: everyone's codings are visible.")
        )

    # --- dialogs ------------------------------------------------------------------------------------
    def open_merge(self) -> MergeDialog | None:
        if self.ctx.project is None:
            return None
        dialog = MergeDialog(self.ctx, self.window)
        dialog.exec()
        return dialog

    def open_handout(self) -> HandoutDialog | None:
        if self.ctx.project is None:
            return None
        dialog = HandoutDialog(self.ctx, self.window)
        dialog.exec()
        return dialog

    def open_agreement(self) -> AgreementDialog | None:
        """Non-modal: the lead can look at the documents while reconciling."""
        if self.ctx.project is None:
            return None
        if self.agreement_dialog is None:
            self.agreement_dialog = AgreementDialog(self.ctx, self.window)
            self.ctx.project_closed.connect(self._close_agreement)
        self.agreement_dialog.show()
        self.agreement_dialog.raise_()
        self.agreement_dialog.activateWindow()
        return self.agreement_dialog

    def _close_agreement(self) -> None:
        dialog, self.agreement_dialog = self.agreement_dialog, None
        if dialog is not None:
            self.ctx.project_closed.disconnect(self._close_agreement)
            dialog.done(0)
            dialog.deleteLater()

    def open_server(self) -> OpenServerDialog:
        dialog = OpenServerDialog(self.ctx, self.window)
        dialog.exec()
        return dialog

    def import_refi(self, path: str | Path | None = None) -> ExchangeImportDialog | None:
        if self.ctx.project is None:
            return None
        if not path:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("team.actions", "Import REFI-QDA"),
                self.ctx.settings.last_directory(),
                translate("team.exchange_dialog", IMPORT_FILTER),
            )
            if not chosen:
                return None
            self.ctx.settings.set_last_directory(Path(chosen).parent)
            path = chosen
        dialog = ExchangeImportDialog(self.ctx, path, self.window)
        dialog.start_preview()
        dialog.exec()
        return dialog

    # --- background exports ------------------------------------------------------------------------
    def _save_path(self, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
        start = str(Path(self.ctx.settings.last_directory() or Path.home()) / name)
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, start, file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.ctx.settings.set_last_directory(path.parent)
        return path

    def export_my_codings(self, path: Path | None = None) -> Job | None:
        project, coder = self.ctx.project, self.ctx.coder
        if project is None or coder is None:
            return None
        if path is None:
            path = self._save_path(
                translate("team.actions", "Export my codings"),
                f"{_safe(coder.name)}.qcodings",
                translate("team.actions", "qcoder codings (*.qcodings)"),
                ".qcodings",
            )
            if path is None:
                return None
        target, coder_id = path, coder.id

        def task(progress: object, cancel: object) -> tuple[Path, int]:
            return target, write_codings_file(project, coder_id, target)

        return self._run(
            task,
            translate("team.actions", "Writing {name}…").format(name=path.name),
            translate("team.actions", "Send this file to the lead, who merges it with Team → Merge coder projects."),
        )

    def _run(self, task: object, text: str, note: str) -> Job:
        job = Job(task, self)  # type: ignore[arg-type]
        job.ended.connect(lambda j: self._ended(j, note))
        self.jobs.append(job)
        self.message.emit(text)
        return job.start()

    def _ended(self, job: Job, note: str) -> None:
        self.jobs.remove(job)
        if job.outcome != "finished":
            text = (
                explain_text(job.error, self.ctx.project)[1] if job.error else translate("team.actions", "Cancelled.")
            )
            self.message.emit(translate("team.actions", "Export failed: {reason}").format(reason=text))
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("team.actions", "Export failed"),
                text,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.open()
            self.last_box = box
            self.finished.emit(None)
            return
        result = job.result
        path, count = result if isinstance(result, tuple) else (result, None)
        if count is not None:
            codings = count_text(
                count, translate("team.actions", "{n} coding"), translate("team.actions", "{n} codings")
            )
            wrote = translate("team.actions", "Wrote {codings} to {name}.").format(codings=codings, name=path.name)
        else:
            wrote = translate("team.actions", "Wrote {name}.").format(name=path.name)
        self.message.emit(wrote)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("team.actions", "Exported"),
            f"{wrote}\n\n{note}",
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.open()  # not modal: the window stays usable
        self.last_box = box
        self.finished.emit(path)
