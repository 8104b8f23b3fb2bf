"""Every string the window shows goes through Qt's translation system (issue 19).

A pseudo-translator marks whatever ``QCoreApplication.translate`` returns (``⟦…⟧``); the main
window, its docks, every window and dialog its menus open and the inner dialogs are then built
and walked. A label, button, menu item, title, tooltip, placeholder, header or accessible name
whose letters fall outside the marks (once the project's own data — document, code, coder and
attribute names — is set aside) was never translated and fails the test, with where it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from tests.gui.test_accessibility import _dialogs
from tests.gui.test_every_action import SKIP, _actions, answered, close_modals  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("answered")

OPEN, CLOSE = "⟦", "⟧"
MARKED = re.compile(f"{OPEN}.*?{CLOSE}", re.S)
INNERMOST = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
WORD = re.compile(r"[^\W\d_]{3,}")
# never translated: the program's name, formats and standards named as such
PROPER = {"qcoder", "REFI", "QDA", "qdpx", "qdc", "NVivo", "MAXQDA", "ATLAS", "QualCoder", "DOCX", "XLSX", "CSV"}
PROPER |= {"PNG", "SVG", "PDF", "VTT", "SRT", "SPSS", "Stata", "PostgreSQL", "SQLite", "spaCy", "Ctrl", "Shift"}
PROPER |= {"Alt", "Esc", "Tab", "Del", "Ins", "Home", "End", "PgUp", "PgDown", "Space", "Return", "Enter"}
PROPER |= {"Backspace", "Meta", "Krippendorff", "Cohen", "Fleiss", "Gwet", "Scott", "English", "Español"}
PROPER |= {"Français", "Helvetica", "Arial", "Right", "Left", "Down", "Delete", "Insert", "Backtab"}


class PseudoTranslator(QTranslator):
    """Marks every translated string, whatever its context (Qt's own included)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def pseudo(qapp):  # type: ignore[no-untyped-def]
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def untranslated(text: str, data: list[str]) -> bool:
    """Whether ``text`` has words outside the marks that are neither data nor proper names."""
    if "://" in text:  # a URL template (a server address), not prose
        return False
    rest = text.replace("&", "")
    while True:  # marks nest where a translated piece is formatted into a translated sentence
        inner = INNERMOST.sub(" ", rest)
        if inner == rest:
            break
        rest = inner
    for item in data:
        rest = rest.replace(item, " ")
    return any(w not in PROPER for w in WORD.findall(rest))


def _texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every visible string of ``top`` and its children."""
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        kind = type(w).__name__
        if w.isWindow():
            yield f"{kind} title", w.windowTitle()
        for what, text in (("tooltip", w.toolTip()), ("accessible name", w.accessibleName())):
            yield f"{kind} {what}", text
        yield f"{kind} accessible description", w.accessibleDescription()
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText and not w.text().startswith("<"):
            yield "label", w.text()
        elif isinstance(w, QAbstractButton):
            yield f"{kind} text", w.text()
        elif isinstance(w, QGroupBox):
            yield "group title", w.title()
        elif isinstance(w, QLineEdit):
            yield "placeholder", w.placeholderText()
        elif isinstance(w, QTabWidget):
            yield from (("tab", w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a model that hides columnCount (QStringListModel)
                columns = 1
            for col in range(columns):
                value = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                yield f"{kind} header", str(value or "")
        elif isinstance(w, QMenu):
            for action in w.actions():
                yield "menu item", action.text()
        for action in w.actions():
            yield f"{kind} action", action.text()
            yield f"{kind} action tooltip", action.toolTip() if action.toolTip() != action.text() else ""


def _project_data(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    project = ctx.project
    data = [d.name for d in project.documents()]
    data += [c.name for c in project.codes()] + list(project.code_paths().values())
    data += [c.name for c in project.coders()]
    for doc in project.documents():
        data += [str(v) for v in (doc.attributes or {}).values()] if hasattr(doc, "attributes") else []
    for attribute in project.attributes():  # names as stored and as headers show them
        data += [attribute.name, attribute.name.replace("_", " "), attribute.name.replace("_", " ").capitalize()]
    for participant in project.participants() if hasattr(project, "participants") else []:
        data.append(participant.name)
    return sorted({d for d in data if d}, key=len, reverse=True)


def _collect(found: dict[str, list[str]], where: str, top: QWidget, data: list[str]) -> None:
    bad = [f"{what}: {text!r}" for what, text in _texts(top) if text and untranslated(text, data)]
    if bad:
        found.setdefault(where, [])
        found[where] += [b for b in bad if b not in found[where]]


def test_every_string_of_every_window_and_dialog_is_translated(qtbot, demo_ctx, pseudo) -> None:
    from qcoder.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window._show_document(demo_ctx.project.documents()[0].id, -1, -1)
    for key in window.docks:
        window.open_dock(key)
    data = _project_data(demo_ctx)
    found: dict[str, list[str]] = {}
    _collect(found, "main window", window, data)
    label = [""]

    timer = close_modals(lambda modal: _collect(found, f"{label[0]} ({type(modal).__name__})", modal, data))
    try:
        for text, action in list(_actions(window)):
            plain = action.text().replace(OPEN, "").replace(CLOSE, "").replace("&", "")
            if plain in SKIP or not action.isEnabled():
                continue
            label[0] = text
            action.trigger()
            QApplication.processEvents()
            for top in QApplication.topLevelWidgets():
                if top is not window and top.isVisible() and top.isWindow():
                    _collect(found, f"{text} ({type(top).__name__})", top, data)
                    top.reject() if isinstance(top, QDialog) else top.close()
    finally:
        timer.stop()
    given = ["Export", "a note", "a memo", "Maya", "test"]  # what the test hands the inner dialogs
    for dialog in _dialogs(demo_ctx, window):
        dialog.show()
        _collect(found, type(dialog).__name__, dialog, given + data)
        dialog.reject()
    assert not found, "\n".join(f"{where}:\n  " + "\n  ".join(m) for where, m in sorted(found.items()))


def test_the_pseudo_translator_marks_and_the_check_sees_through_data() -> None:
    assert untranslated("Open project", [])
    assert not untranslated(f"{OPEN}Open project{CLOSE}", [])
    assert not untranslated(f"{OPEN}Delete{CLOSE} HC-LE-01", ["HC-LE-01"])
    assert untranslated(f"{OPEN}Delete{CLOSE} the code", [])
    assert not untranslated("Ctrl+Shift+I", [])
    assert not untranslated(f"{OPEN}Low contrast on the {OPEN}Light{CLOSE} theme{CLOSE}", [])
    assert untranslated(f"{OPEN}Low contrast on the {OPEN}Light{CLOSE}{CLOSE} theme", [])
