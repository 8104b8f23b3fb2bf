"""Screen readers (issue 19): every interactive element of the main window, of its docks and
of every dialog and window reachable from its menus has an accessible name; the item models
say what each row holds; the transcript tells the codings at the caret; status messages are
announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from qcoder.gui.accessibility import unnamed
from tests.gui.test_every_action import SKIP, _actions, answered, close_modals  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("answered")


def _check_modals(found: dict[str, list[str]], label: list[str]) -> QTimer:
    """Check the names of every modal dialog as soon as it shows, then close it."""

    def look(modal: QWidget) -> None:
        missing = _unnamed_on_every_page(modal)
        if missing:
            found[f"{label[0]} ({type(modal).__name__})"] = missing

    return close_modals(look)


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
    missing = _unnamed_on_every_page(window)
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
                    missing = _unnamed_on_every_page(top)
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


# --- what the elements say --------------------------------------------------------------------------


def _caret_to(window, phrase: str, into: int = 3) -> None:  # type: ignore[no-untyped-def]
    view = window.viewer.view
    view.select_span(view.state.text.index(phrase) + into, view.state.text.index(phrase) + into)


def test_the_key_tells_the_codings_at_the_caret_with_their_coders(qtbot, window) -> None:
    from PySide6.QtWidgets import QToolTip

    from qcoder.gui.shortcuts import sequences

    project = window.ctx.project
    doc = project.document_by_name("Interview A")
    window._show_document(doc.id, -1, -1)
    text = project.document(doc.id).text
    start = text.index("honestly nobody knew")
    bob = project.ensure_coder("Bob").id
    resources = next(c.id for c in project.codes() if c.name == "Resources")
    prosecutors = next(c.id for c in project.codes() if c.name == "Prosecutors")
    project.add_coding(doc.id, resources, bob, start, text.index("helped a lot"))  # overlaps Prosecutors (Alice)
    view = window.viewer.view

    _caret_to(window, "prosecutors came in early")
    qtbot.waitUntil(
        lambda: "Codings at the cursor: Prosecutors (Alice), Resources (Bob)." in view.accessibleDescription()
    )
    assert view.accessibleName() == "Transcript"
    view.setFocus()
    qtbot.keyClick(
        view,
        sequences("transcript.codings_here")[0][0].key(),
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: QToolTip.text() == "Prosecutors (Alice), Resources (Bob)")

    _caret_to(window, "honestly nobody knew")
    qtbot.waitUntil(lambda: view.accessibleDescription().endswith(". Codings at the cursor: Resources (Bob)."))
    _caret_to(window, "Interviewer: How did")
    qtbot.waitUntil(lambda: view.accessibleDescription() == "Interview A. No codings at the cursor.")
    assert window.viewer.caret.tell() == "No codings at the cursor"
    # a coding added where the caret is: the description follows
    here = window.viewer.view.cursor_offset()
    project.add_coding(doc.id, prosecutors, bob, here - 2, here + 5)
    qtbot.waitUntil(lambda: view.accessibleDescription().endswith(". Codings at the cursor: Prosecutors (Bob)."))
    assert "Prosecutors (Bob)" in window.viewer.view.stripes.accessibleDescription()


def test_status_messages_are_announced(qtbot, window, monkeypatch) -> None:
    from qcoder.gui import accessibility

    said: list[str] = []
    monkeypatch.setattr(accessibility, "announce", lambda _widget, text, **_k: said.append(text))
    window._status("Backed up to /tmp/x.qcoder")
    assert said == ["Backed up to /tmp/x.qcoder"]
    assert accessibility.accessible_name(window.statusBar()) == "Status bar"


def test_rows_say_what_they_hold(qtbot, window) -> None:
    from qcoder.gui.codebook.model import COL_COUNT, COL_KEY, COL_NAME

    described = Qt.ItemDataRole.AccessibleDescriptionRole
    docs = window.documents.model
    row = next(r for r in range(docs.rowCount()) if docs.record(r).name == "Interview A")
    about = docs.data(docs.index(row, 0), described)
    assert about.startswith("Speakers: Det. Ortega, Interviewer; Codings: 2; Characters: "), about

    ctx = window.ctx
    books = window.codebook.model
    prosecutors = next(c.id for c in ctx.project.codes() if c.name == "Prosecutors")
    ctx.settings.set_quick_codes(ctx.project_id, {3: prosecutors})
    books.reload()
    index = next(i for i in _tree_indexes(books) if i.data() == "Prosecutors")
    about = index.data(described)
    assert about.startswith("under Partnerships; 1 coding; quick key 3; definition: Talk about prosecutors."), about
    text = Qt.ItemDataRole.AccessibleTextRole
    assert index.siblingAtColumn(COL_NAME).data(text) == "Prosecutors"
    assert index.siblingAtColumn(COL_COUNT).data(text) == "1 coding"
    assert index.siblingAtColumn(COL_KEY).data(text) == "quick key 3"
    parent = next(i for i in _tree_indexes(books) if i.data() == "Partnerships")
    assert parent.data(described).startswith("0 codings, 2 with subcodes; no quick key"), parent.data(described)


def _tree_indexes(model, parent=None):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        yield index
        yield from _tree_indexes(model, index)


def test_matrix_cells_read_their_value_row_and_column(qtbot, window) -> None:
    window.open_analysis()
    view = window.analysis
    qtbot.waitUntil(lambda: view.model.matrix is not None and not view.is_computing(), timeout=10000)
    model = view.model
    row = next(i for i, r in enumerate(model.rows()) if r.name == "Prosecutors")
    index = model.index(row, 0)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == f"{model.text(row, 0)}, Prosecutors, All"
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        f"Excerpts: {model.text(row, 0)}. Row: Partnerships > Prosecutors. Column: All respondents."
    )
    assert view.table.accessibleName() == "Matrix"


def test_excerpt_rows_read_their_star_in_words_and_the_rest_of_the_row(qtbot, window) -> None:
    from qcoder.gui.excerpt_table import ExcerptTableModel

    window.open_dock("excerpts")
    prosecutors = next(c.id for c in window.ctx.project.codes() if c.name == "Prosecutors")
    window.codebook.select_code(prosecutors)
    model = window.excerpts.view.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    source = model.sourceModel() if not isinstance(model, ExcerptTableModel) else model
    assert isinstance(source, ExcerptTableModel)
    star = source.index(0, 0)
    assert star.data(Qt.ItemDataRole.AccessibleTextRole) == "not starred"
    about = star.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "The prosecutors came in early" in about and "Alice" in about, about
    assert "not starred" in source.index(0, 2).data(Qt.ItemDataRole.AccessibleDescriptionRole)


def test_before_qt_6_8_an_announcement_becomes_the_description(qtbot, monkeypatch) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLabel

    from qcoder.gui import accessibility

    label = QLabel()
    qtbot.addWidget(label)
    monkeypatch.setattr(accessibility, "_ANNOUNCEMENT", None)
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    accessibility.announce(label, "Backed up")
    assert label.accessibleDescription() == "Backed up"
