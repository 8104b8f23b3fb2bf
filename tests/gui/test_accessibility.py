"""Screen readers (issue 19): every interactive element of the main window, of its docks and
of every dialog and window reachable from its menus has an accessible name; the item models
say what each row holds; the transcript tells the codings at the caret; status messages are
announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from qcoder.gui.accessibility import unnamed
from tests.gui.test_every_action import SKIP, _actions, answered  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("answered")


def _check_modals(found: dict[str, list[str]], label: list[str]) -> QTimer:
    """Check the names of every modal dialog as soon as it shows, then reject it."""

    def sweep() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QWidget):
            missing = unnamed(modal)
            if missing:
                found[f"{label[0]} ({type(modal).__name__})"] = missing
            modal.reject() if isinstance(modal, QDialog) else modal.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(sweep)
    timer.start()
    return timer


def test_every_window_and_dialog_names_its_interactive_elements(qtbot, demo_ctx) -> None:
    from qcoder.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window._show_document(demo_ctx.project.documents()[0].id, -1, -1)
    for key in window.docks:
        window.open_dock(key)
    found: dict[str, list[str]] = {}
    for key, dock in window.docks.items():
        missing = unnamed(dock)
        if missing:
            found[f"dock {key}"] = missing
    missing = unnamed(window)
    if missing:
        found["main window"] = missing
    label = [""]
    sweeper = _check_modals(found, label)
    tried = []
    try:
        for text, action in list(_actions(window)):
            if action.text().replace("&", "") in SKIP or not action.isEnabled():
                continue
            label[0] = text
            action.trigger()
            QApplication.processEvents()
            for top in QApplication.topLevelWidgets():
                if isinstance(top, QDialog) and top.isVisible():
                    missing = unnamed(top)
                    if missing:
                        found[f"{text} ({type(top).__name__})"] = missing
                    top.reject()
            tried.append(text)
    finally:
        sweeper.stop()
    assert len(tried) > 30, tried
    assert not found, "\n".join(f"{where}:\n  " + "\n  ".join(m) for where, m in found.items())


def _unnamed_on_every_page(top: QWidget) -> list[str]:
    """``unnamed`` on ``top`` as shown, then with each page of each tab and stacked widget."""
    from PySide6.QtWidgets import QStackedWidget, QTabWidget

    missing = unnamed(top)
    for pages in top.findChildren(QTabWidget) + top.findChildren(QStackedWidget):
        if not pages.isVisible():
            continue
        shown = pages.currentIndex()
        for i in range(pages.count()):
            pages.setCurrentIndex(i)
            missing += [m for m in unnamed(pages) if m not in missing]
        pages.setCurrentIndex(shown)
    return missing


def _dialogs(ctx, window):  # type: ignore[no-untyped-def]
    """Every dialog and window of the package that the menus alone do not open (their inner
    dialogs, the start page's), built as the code builds them."""
    from qcoder.core.model import AttributeScope, MemoTarget
    from qcoder.gui.analysis.stop_words_dialog import StopWordsDialog
    from qcoder.gui.attributes_editor import AttributeDialog, AttributesEditor
    from qcoder.gui.codebook.dialogs import CodeDialog
    from qcoder.gui.coding.finder import CodeFinder
    from qcoder.gui.export_options import ExportOptions
    from qcoder.gui.import_dialog import ImportDialog
    from qcoder.gui.memo_dialog import MemoDialog
    from qcoder.gui.memo_links_view import MemoLinkDialog
    from qcoder.gui.safety.passphrase_dialog import PassphraseDialog
    from qcoder.gui.speakers_dialog import ParticipantDialog, SpeakersDialog
    from qcoder.gui.survey.import_dialog import SurveyImportDialog
    from qcoder.gui.team.server import OpenServerDialog

    project = ctx.project
    codes = project.codes()
    doc = project.documents()[0]
    yield CodeDialog(codes[0], "", parent=window, memo="a memo")
    yield CodeFinder(codes, project.code_paths(), parent=window)
    yield MemoDialog(ctx, MemoTarget.DOCUMENT, doc.id, doc.name, window)
    yield MemoLinkDialog(project, window)
    yield ParticipantDialog(ctx, "Maya", window)
    yield SpeakersDialog(ctx, doc.id, window)
    yield PassphraseDialog("test", new=True, parent=window)
    yield SurveyImportDialog(ctx, window)
    yield StopWordsDialog(ctx, window)
    yield ExportOptions("Export", "a note", window)
    yield AttributeDialog(AttributeScope.DOCUMENT, [], window)
    yield AttributesEditor(ctx, window)
    yield OpenServerDialog(ctx, window)
    yield ImportDialog(ctx, window)


def test_inner_dialogs_and_every_page_name_their_interactive_elements(qtbot, demo_ctx) -> None:
    from qcoder.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.viewer.open_find()  # the find bar
    found: dict[str, list[str]] = {}
    missing = _unnamed_on_every_page(window)
    if missing:
        found["main window"] = missing
    for dialog in _dialogs(demo_ctx, window):
        dialog.show()
        qtbot.waitExposed(dialog)
        missing = _unnamed_on_every_page(dialog)
        if missing:
            found[type(dialog).__name__] = missing
        dialog.reject()
    assert not found, "\n".join(f"{where}:\n  " + "\n  ".join(m) for where, m in found.items())


def test_the_start_page_names_its_interactive_elements(qtbot, ctx) -> None:
    from qcoder.gui.main_window import MainWindow

    ctx.close_project()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.pages.currentIndex() == 0
    assert _unnamed_on_every_page(window) == []
