"""Export of an analysis window (framework matrix, group synthesis, saturation): a button per
format asks for a file, then the writer of Project → Export (:mod:`qcoder.app.exports`, the
one the command line's options map to) runs in a worker of the window behind a progress
dialog with Cancel; a status label says where it is. Never over the open project's file; a
cancelled or failed export leaves no file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from qcoder.app.exports import Written, check_target
from qcoder.core.errors import QcoderError
from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.gui.analysis.layout import ask_save
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate
from qcoder.gui.workers import Worker

if TYPE_CHECKING:
    from qcoder.gui.analysis.refreshing import RefreshingDialog

# the title of each export, by file stem (shown as the dialog's and the progress's title)
TITLES = {
    "framework-matrix": QT_TRANSLATE_NOOP("analysis.exporting", "Export the framework matrix"),
    "saturation-table": QT_TRANSLATE_NOOP("analysis.exporting", "Export the saturation table"),
    "group-synthesis": QT_TRANSLATE_NOOP("analysis.exporting", "Export the group synthesis"),
}

Writer = Callable[[Path, ProgressCallback, CancelToken], Written]  # an ``exports.write_*`` with its options bound


class FileExport:
    """``prepare()`` runs on the GUI thread when an export starts: it takes what is shown (the
    chosen cases or groups) and returns the :data:`Writer`, or None when there is no project;
    ``on_done`` gets the written path, ``on_failed`` the message. ``kinds``: a button each."""

    def __init__(
        self,
        owner: QWidget,
        ctx: AppContext,
        runner: RefreshingDialog,
        status: QLabel,
        file_stem: str,
        prepare: Callable[[], Writer | None],
        on_done: Callable[[str], None],
        on_failed: Callable[[str], None],
        kinds: Sequence[str] = ("xlsx", "docx"),
    ) -> None:
        self._owner, self._ctx, self._runner, self._status = owner, ctx, runner, status
        self._stem = file_stem
        self._prepare, self._on_done, self._on_failed = prepare, on_done, on_failed
        self.buttons: dict[str, QPushButton] = {}
        for kind in kinds:
            button = QPushButton(translate("analysis.exporting", "Export {format}…").format(format=kind.upper()), owner)
            button.clicked.connect(partial(self._clicked, kind))
            self.buttons[kind] = button

    @property
    def title(self) -> str:
        if self._stem in TITLES:
            return translate("analysis.exporting", TITLES[self._stem])
        return translate("analysis.exporting", "Export the {what}").format(what=self._stem.replace("-", " "))

    def start(self, path: str | Path) -> Worker | None:
        write, project = self._prepare(), self._ctx.project
        if write is None or project is None:
            return None
        target = Path(path)
        try:
            check_target(project, target)
        except QcoderError as exc:
            self._on_failed(user_message(exc))
            return None

        def done(written: Written) -> None:
            self._status.setText(translate("analysis.exporting", "Saved {file}").format(file=written.path.name))
            self._on_done(str(written.path))

        def cancelled() -> None:
            self._status.setText(
                translate("analysis.exporting", "{title}: cancelled, no file written").format(title=self.title)
            )

        self._status.setText(translate("analysis.exporting", "Writing {file}…").format(file=target.name))
        return self._runner.start_worker(partial(write, target), done, self._on_failed, self.title, cancelled)

    def _clicked(self, kind: str, _checked: bool = False) -> None:
        self.ask(kind)

    def ask(self, kind: str) -> None:
        path = ask_save(self._owner, self._ctx, self.title, f"{self._stem}.{kind}", kind)
        if path is not None:
            self.start(path)
