"""The look: Fusion with a calm light palette, readable fonts, a light style sheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

WINDOW = "#F4F5F7"
BASE = "#FFFFFF"
TEXT = "#1F2937"
MUTED = "#6B7280"
ACCENT = "#2563EB"
BORDER = "#DDE1E6"

STYLE_SHEET = f"""
QMainWindow::separator {{ background: {BORDER}; width: 1px; height: 1px; }}
QDockWidget {{ font-weight: 600; color: {TEXT}; }}
QDockWidget::title {{ background: {WINDOW}; padding: 6px 8px; border-bottom: 1px solid {BORDER}; }}
QToolBar {{ background: {WINDOW}; border: none; spacing: 2px; padding: 2px 4px; }}
QToolBar QToolButton {{ padding: 3px 6px; border-radius: 4px; }}
QToolBar QToolButton:hover {{ background: #E5E7EB; }}
QStatusBar {{ background: {WINDOW}; color: {MUTED}; border-top: 1px solid {BORDER}; }}
QLineEdit {{ padding: 4px 6px; border: 1px solid {BORDER}; border-radius: 4px; background: {BASE}; }}
QLineEdit:focus {{ border-color: {ACCENT}; }}
QTreeView, QTableView, QListView {{ border: 1px solid {BORDER}; background: {BASE}; }}
QTreeView::item {{ padding: 3px 0; }}
QHeaderView::section {{ background: {WINDOW}; color: {MUTED}; border: none;
    border-bottom: 1px solid {BORDER}; padding: 4px 6px; }}
#ViewerHeader {{ background: {BASE}; border-bottom: 1px solid {BORDER}; }}
#ViewerTitle {{ font-size: 13pt; font-weight: 600; color: {TEXT}; }}
#ViewerSubtitle {{ color: {MUTED}; }}
#ViewerHeader QToolButton {{ border: 1px solid {BORDER}; border-radius: 4px; padding: 3px 8px; background: {BASE}; }}
#Placeholder {{ color: {MUTED}; font-size: 12pt; background: {BASE}; }}
#FindBar {{ background: {WINDOW}; border-top: 1px solid {BORDER}; }}
#FinderHint {{ color: {MUTED}; }}
#CoderButton {{ border: none; padding: 2px 8px; color: {TEXT}; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Base, QColor(BASE))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#F9FAFB"))
    pal.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Button, QColor("#F9FAFB"))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#BFDBFE"))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.ToolTipBase, QColor("#FFFFFF"))
    pal.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9CA3AF"))
    pal.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(pal)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
