"""View → Theme and View → Text size: the two appearance settings, applied at once and kept.

The theme menu offers "System" (the default: the system's colour scheme), Light, Dark and
High contrast; ``QCODER_THEME`` overrides the setting (the menu then says so and is disabled).
The text size scales the application font (panels, menus, dialogs) and the transcript.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from qcoder.gui import themes
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate
from qcoder.gui.settings import TEXT_SIZES, Settings
from qcoder.gui.style import apply_text_size, apply_theme, system_is_dark

TEXT_SIZE_TITLES = {  # translated where shown
    100: QT_TRANSLATE_NOOP("appearance", "Normal"),
    115: QT_TRANSLATE_NOOP("appearance", "Large"),
    130: QT_TRANSLATE_NOOP("appearance", "Larger"),
    150: QT_TRANSLATE_NOOP("appearance", "Largest"),
}


class AppearanceMenus(QObject):
    """The Theme and Text size submenus; ``on_text_size`` runs after the font changed (the
    window re-applies the transcript font). While the setting is "System", a change of the
    system's colour scheme is followed at once."""

    def __init__(self, settings: Settings, parent: QWidget, on_text_size: Callable[[], None]) -> None:
        super().__init__(parent)
        self.settings = settings
        self._on_text_size = on_text_size
        self.theme_menu = QMenu(translate("appearance", "Theme"), parent)
        self.text_size_menu = QMenu(translate("appearance", "Text size"), parent)
        self.theme_actions: dict[str, QAction] = {}
        self.size_actions: dict[int, QAction] = {}
        group = QActionGroup(parent)
        titles = {
            themes.SYSTEM: translate("appearance", "System"),
            **{t.name: translate("themes", t.title) for t in themes.THEMES.values()},
        }
        for name in themes.CHOICES:
            act = self.theme_menu.addAction(titles[name], partial(self.set_theme, name))
            act.setCheckable(True)
            group.addAction(act)
            self.theme_actions[name] = act
        forced = themes.env_theme()
        if forced:
            self.theme_menu.addSeparator()
            self.theme_menu.addAction(
                translate("appearance", "Set by {setting}").format(setting=f"{themes.ENV_VAR}={forced}")
            ).setEnabled(False)
            for act in self.theme_actions.values():
                act.setEnabled(False)
        self.theme_actions[settings.theme()].setChecked(True)
        sizes = QActionGroup(parent)
        for percent in TEXT_SIZES:
            name = translate("appearance", TEXT_SIZE_TITLES[percent]) if percent in TEXT_SIZE_TITLES else ""
            title = translate("appearance", "{name} ({percent})").format(name=name, percent=f"{percent} %")
            act = self.text_size_menu.addAction(title, partial(self.set_text_size, percent))
            act.setCheckable(True)
            sizes.addAction(act)
            self.size_actions[percent] = act
        self.size_actions[settings.text_size()].setChecked(True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._follow_system)

    def _follow_system(self, _scheme: object = None) -> None:
        window = self.parent()
        if isinstance(window, QWidget) and not window.isVisible():
            return  # a closed window's settings no longer decide
        if self.settings.theme() == themes.SYSTEM:
            self.set_theme(themes.SYSTEM)

    def set_theme(self, name: str) -> None:
        """Keep ``name`` ("system", "light", "dark", "contrast") and apply it now."""
        self.settings.set_theme(name)
        self.theme_actions[self.settings.theme()].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, themes.resolve(self.settings.theme(), system_is_dark()))

    def set_text_size(self, percent: int) -> None:
        """Keep ``percent`` and scale the fonts now."""
        self.settings.set_text_size(percent)
        self.size_actions[self.settings.text_size()].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_size(app, self.settings.text_size())
        self._on_text_size()
