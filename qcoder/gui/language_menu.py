"""View → Language: the window's language (System, English, Español, Français).

The choice is kept in the settings and takes effect when qcoder next starts: every label is
built once, in the language of the translators installed at start (qcoder.gui.i18n). After a
change the menu offers to restart at once, reopening the open project. ``QCODER_LANG``
overrides the setting; the menu then says so and is disabled.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from qcoder.gui import i18n
from qcoder.gui.i18n import translate
from qcoder.gui.settings import Settings


def restart_arguments(project: str | None) -> tuple[str, list[str]]:
    """The program and arguments that start qcoder again (from a checkout, an installed
    package or a frozen bundle), with ``project`` opened."""
    if getattr(sys, "frozen", False):
        program, args = sys.executable, ["gui"]
    else:
        program, args = sys.executable, ["-m", "qcoder", "gui"]
    return program, [*args, project] if project else args


class LanguageMenu(QObject):
    """The Language submenu. ``current_project`` tells which project to reopen on restart."""

    def __init__(self, settings: Settings, parent: QWidget, current_project: Callable[[], str | None]) -> None:
        super().__init__(parent)
        self.settings = settings
        self._window = parent
        self._current_project = current_project
        self.menu = QMenu(translate("language_menu", "Interface &language"), parent)
        self.actions: dict[str, QAction] = {}
        group = QActionGroup(parent)
        system_name = i18n.LANGUAGES[i18n.system_language()]
        titles = {
            i18n.SYSTEM: translate("language_menu", "System ({language})").format(language=system_name),
            **i18n.LANGUAGES,
        }
        for name in i18n.CHOICES:
            act = self.menu.addAction(titles[name], partial(self.choose, name))
            act.setCheckable(True)
            group.addAction(act)
            self.actions[name] = act
        self.actions[settings.language()].setChecked(True)
        forced = i18n.env_language()
        if forced:
            self.menu.addSeparator()
            note = translate("language_menu", "Set by {variable}={value}").format(variable=i18n.ENV_VAR, value=forced)
            self.menu.addAction(note).setEnabled(False)
            for act in self.actions.values():
                act.setEnabled(False)

    def choose(self, name: str) -> None:
        """Keep ``name``; if it changes the language in use, offer to restart now."""
        self.settings.set_language(name)
        self.settings.sync()
        self.actions[self.settings.language()].setChecked(True)
        wanted = i18n.resolve(self.settings.language())
        if wanted == i18n.active_language():
            return
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("language_menu", "Language"))
        box.setText(
            translate("language_menu", "qcoder will use {language} from its next start.").format(
                language=i18n.LANGUAGES[wanted]
            )
        )
        box.setInformativeText(
            translate("language_menu", "Restart now? The open project is reopened; nothing is lost.")
        )
        restart = box.addButton(translate("language_menu", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("language_menu", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            self.restart()

    def restart(self) -> None:
        """Start a new qcoder with the open project, then close this one."""
        project = self._current_project()
        program, args = restart_arguments(project)
        self._window.close()  # closes the project cleanly before the new process opens it
        if self._window.isVisible():
            return  # closing was refused (a question answered Cancel)
        app = QApplication.instance()
        for server in app.findChildren(QLocalServer) if app is not None else []:
            server.close()  # the new process must become the one window, not hand over to this one
        QProcess.startDetached(program, args)
        if app is not None:
            app.quit()
