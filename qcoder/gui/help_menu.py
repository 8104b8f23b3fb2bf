"""The Help menu: User guide (F1), Guided tour, Keyboard shortcuts, About qcoder.

The guide and the tour live in their own modules (``qcoder.gui.guide_window``,
``qcoder.gui.tour``), imported when chosen; where one is missing the action logs that and
does nothing.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from qcoder.gui.i18n import translate
from qcoder.gui.shortcuts import bind

log = logging.getLogger(__name__)


def call_optional(module: str, function: str, window: QWidget) -> bool:
    """``module.function(window)`` if that module is there; False (logged) when it is not."""
    try:
        target = getattr(importlib.import_module(module), function)
    except (ImportError, AttributeError):
        log.info("%s.%s is not available", module, function)
        return False
    target(window)
    return True


def show_about(window: Any) -> None:
    from qcoder.gui.about_dialog import AboutDialog

    dialog = AboutDialog(window.ctx, window)
    window.about_dialog = dialog  # tests and the screen clamp find it
    dialog.exec()


def install_help_menu(window: Any, menu: QMenu) -> None:
    """Fill ``menu`` (the window's Help menu) with its actions; they are kept on the menu."""
    guide = QAction(translate("help_menu", "User guide"), menu)
    bind(guide, "help.guide")
    guide.triggered.connect(lambda: call_optional("qcoder.gui.guide_window", "open_guide", window))
    tour = QAction(translate("help_menu", "Guided tour"), menu)
    tour.triggered.connect(lambda: call_optional("qcoder.gui.tour", "start_tour", window))
    keys = QAction(translate("help_menu", "Keyboard shortcuts"), menu)
    keys.triggered.connect(lambda: window._show_shortcuts())
    about = QAction(translate("help_menu", "About qcoder"), menu)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: show_about(window))
    menu.addAction(guide)
    menu.addAction(tour)
    menu.addAction(keys)
    menu.addSeparator()
    menu.addAction(about)
    window.help_actions = {"guide": guide, "tour": tour, "shortcuts": keys, "about": about}
