"""The look: Fusion with the palette and style sheet of a theme (qcoder.gui.themes), and the
text size (the application font scaled).

``apply_style(app)`` applies the theme ``QCODER_THEME`` names, else light (tests, callers
with no settings); the window applies the user's choice with :func:`apply_theme`.
Widgets that paint their own colours read :func:`qcoder.gui.themes.current` at paint time,
and repaint on the ``ApplicationPaletteChange`` event a theme change sends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from qcoder.gui import themes
from qcoder.gui.settings import TEXT_SIZES
from qcoder.gui.themes import Theme

__all__ = ["TEXT_SIZES", "apply_style", "apply_text_size", "apply_theme", "html_color", "set_tone"]

BASE_POINT_SIZE = 10.0  # the application font at 100 %
_BASE_FONT_PROPERTY = "qcoder_base_point_size"
_TEXT_SIZE_PROPERTY = "qcoder_text_size"


def text_scale() -> float:
    """The text size in force as a factor (1.0 at 100 %)."""
    app = QApplication.instance()
    value = app.property(_TEXT_SIZE_PROPERTY) if app is not None else None
    return int(value) / 100 if isinstance(value, int) and value > 0 else 1.0


def style_sheet(t: Theme, scale: float = 1.0) -> str:
    """The application style sheet for theme ``t`` at text scale ``scale`` (``tone``
    properties colour messages)."""
    title, placeholder = round(13 * scale, 1), round(12 * scale, 1)
    return f"""
QMainWindow::separator {{ background: {t.border}; width: 1px; height: 1px; }}
QDockWidget {{ font-weight: 600; color: {t.text}; }}
QDockWidget::title {{ background: {t.window}; padding: 6px 8px; border-bottom: 1px solid {t.border}; }}
QToolBar {{ background: {t.window}; border: none; spacing: 2px; padding: 2px 4px; }}
QToolBar QToolButton {{ padding: 3px 6px; border-radius: 4px; }}
QToolBar QToolButton:hover {{ background: {t.hover}; }}
QStatusBar {{ background: {t.window}; color: {t.muted}; border-top: 1px solid {t.border}; }}
QLineEdit {{ padding: 4px 6px; border: 1px solid {t.border}; border-radius: 4px; background: {t.base};
    color: {t.text}; }}
QLineEdit:focus {{ border-color: {t.accent}; }}
QTreeView, QTableView, QListView {{ border: 1px solid {t.border}; background: {t.base}; }}
QTreeView::item {{ padding: 3px 0; }}
QHeaderView::section {{ background: {t.window}; color: {t.muted}; border: none;
    border-bottom: 1px solid {t.border}; padding: 4px 6px; }}
QTableCornerButton::section {{ background: {t.window}; border: none; }}
QToolTip {{ color: {t.text}; background: {t.base}; border: 1px solid {t.border}; }}
#ViewerHeader {{ background: {t.base}; border-bottom: 1px solid {t.border}; }}
#ViewerTitle {{ font-size: {title}pt; font-weight: 600; color: {t.text}; }}
#ViewerSubtitle {{ color: {t.muted}; }}
#ViewerHeader QToolButton {{ border: 1px solid {t.border}; border-radius: 4px; padding: 3px 8px;
    background: {t.base}; }}
#Placeholder {{ color: {t.muted}; font-size: {placeholder}pt; background: {t.base}; }}
#FindBar {{ background: {t.window}; border-top: 1px solid {t.border}; }}
#FinderHint {{ color: {t.muted}; }}
#CoderButton {{ border: none; padding: 2px 8px; color: {t.text}; }}
#AnalysisNote, #AnalysisStatus, #DrillHint {{ color: {t.muted}; }}
#DrillTitle {{ font-weight: 600; color: {t.text}; }}
#AnalysisMatrix QHeaderView::section:vertical {{ color: {t.text}; background: {t.base};
    border: none; border-bottom: 1px solid {t.border}; padding: 0 8px 0 6px; }}
#AnalysisMatrix QHeaderView::section:horizontal {{ color: {t.text}; padding: 4px 6px; }}
#AnalysisMatrix {{ gridline-color: {t.base}; }}
#AnalysisView QToolButton {{ padding: 3px 8px; border: 1px solid {t.border}; border-radius: 4px;
    background: {t.base}; }}
#AnalysisView QToolButton:hover {{ background: {t.hover}; }}
#MenuButton {{ padding-right: 22px; }}
#MenuButton::menu-indicator {{ subcontrol-origin: padding; subcontrol-position: center right; right: 7px; }}
{_indicators(t) if t.dark else ""}
*[tone="error"] {{ color: {t.error}; }}
*[tone="warn"] {{ color: {t.warn}; }}
*[tone="muted"] {{ color: {t.muted}; }}
*[tone="good"] {{ color: {t.good}; }}
"""


def _indicators(t: Theme) -> str:
    """Check boxes and radio buttons drawn in the theme's colours: Fusion outlines them with a
    shade of the window colour, which vanishes on black."""
    return f"""
QCheckBox::indicator, QRadioButton::indicator {{ width: 12px; height: 12px; border: 1px solid {t.muted};
    background: {t.base}; }}
QCheckBox::indicator {{ border-radius: 2px; }}
QRadioButton::indicator {{ border-radius: 7px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {t.accent}; border-color: {t.text}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {t.border}; }}
"""


def palette(t: Theme) -> QPalette:
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, t.window),
        (roles.WindowText, t.text),
        (roles.Base, t.base),
        (roles.AlternateBase, t.alt_base),
        (roles.Text, t.text),
        (roles.Button, t.button),
        (roles.ButtonText, t.text),
        (roles.BrightText, t.error),
        (roles.Highlight, t.selection),
        (roles.HighlightedText, t.selection_text),
        (roles.ToolTipBase, t.base),
        (roles.ToolTipText, t.text),
        (roles.PlaceholderText, t.placeholder),
        (roles.Link, t.accent),
        (roles.LinkVisited, t.accent),
        (roles.Light, t.hover),
        (roles.Midlight, t.border),
        (roles.Mid, t.border),
        (roles.Dark, t.muted),
        (roles.Shadow, "#000000"),
    ):
        pal.setColor(role, QColor(value))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.placeholder))
    return pal


def system_is_dark() -> bool:
    """Whether the system asks for a dark colour scheme (Qt ≥ 6.5; light when unknown)."""
    return bool(QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark)


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Make ``theme`` the look of every window (open ones repaint)."""
    themes.set_current(theme)
    app.setStyle("Fusion")
    app.setPalette(palette(theme))
    app.setStyleSheet(style_sheet(theme, text_scale()))


def apply_text_size(app: QApplication, percent: int) -> None:
    """Scale the application font (panels, menus, dialogs) to ``percent`` of its base size."""
    base = app.property(_BASE_FONT_PROPERTY)
    if not isinstance(base, float):
        base = max(BASE_POINT_SIZE, app.font().pointSizeF())
        app.setProperty(_BASE_FONT_PROPERTY, base)
    app.setProperty(_TEXT_SIZE_PROPERTY, int(percent))
    font = QFont(app.font())
    font.setPointSizeF(base * percent / 100)
    app.setFont(font)
    app.setStyleSheet(style_sheet(themes.current(), text_scale()))


def apply_style(app: QApplication, setting: str = "light", text_size: int = 100) -> None:
    """Apply the theme (``QCODER_THEME`` overrides ``setting``; "system" follows the system)
    and the text size."""
    apply_theme(app, themes.resolve(setting, system_is_dark()))
    apply_text_size(app, text_size)


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour a label's text by meaning ("error", "warn", "muted", "good", "" for none), in
    the colour of the theme in force, also after a theme change."""
    widget.setProperty("tone", tone)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def html_color(role: str) -> str:
    """A theme colour for an HTML snippet ("muted", "error", "warn", "good", "mark")."""
    return str(getattr(themes.current(), role))
