"""Languages (issue 19) for the viewer, codebook, coding, survey, documents, excerpts, search,
memos and attributes: every string of these modules goes through ``translate`` with the module's
own context, and the Spanish and French catalogues are complete and used by the panels."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from qcoder.gui import i18n

GUI = Path(i18n.__file__).resolve().parent
PARTS = GUI / "translations"  # the merged catalogues (the parts were folded into them)
MODULES = [
    *sorted((GUI / "viewer").glob("*.py")),
    *sorted((GUI / "codebook").glob("*.py")),
    *sorted((GUI / "coding").glob("*.py")),
    *sorted((GUI / "survey").glob("*.py")),
    *(
        GUI / f"{name}.py"
        for name in (
            "documents_panel",
            "excerpts_panel",
            "excerpt_rows",
            "excerpt_table",
            "search_panel",
            "memos_panel",
            "memo_dialog",
            "memo_links_view",
            "note_links",
            "record_model",
            "attributes_editor",
            "attributes_model",
            "grouping",
            "turn_rules",
            "texts",
        )
    ),
]


def _context(path: Path) -> str:
    return ".".join(path.relative_to(GUI).with_suffix("").parts)


def _literal_contexts(path: Path) -> set[str]:
    """The literal first arguments of translate(...) and QT_TRANSLATE_NOOP(...) in ``path``."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("translate", "QT_TRANSLATE_NOOP") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


def test_each_module_translates_in_its_own_context() -> None:
    # codebook.panel sizes its key column by the model's header; dialogs name the themes' titles
    borrowed = {
        "codebook.panel": {"codebook.model"},
        "codebook.dialogs": {"themes"},
        "survey.grid_filter": {"survey.grid_window"},
    }
    for path in MODULES:
        own = _context(path)
        assert _literal_contexts(path) <= {own, *borrowed.get(own, set())}, path


def _release(tmp_path: Path, language: str) -> Path:
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease not installed")
    qm = tmp_path / f"i18nC_{language}.qm"
    subprocess.run([tool, str(PARTS / f"qcoder_{language}.ts"), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def spanish(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(_release(tmp_path, "es")))
    i18n.install_translators("es")  # the locale and plural rule (no shipped catalogue needed)
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
    i18n.remove_translators()


def test_parts_are_complete() -> None:
    sys.path.insert(0, str(GUI.parent.parent))
    from scripts.translations import problems

    assert [p for language in ("es", "fr") for p in problems(PARTS / f"qcoder_{language}.ts")] == []


def test_documents_panel_speaks_spanish(qtbot, ctx, spanish) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from qcoder.gui.documents_panel import DocumentsPanel

    panel = DocumentsPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.count_label.text() == "2 documentos"
    assert panel.import_button.text() == "Importar…"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Documento"
    qtbot.keyClicks(panel.filter_edit, "advocate")
    assert panel.count_label.text() == "1 de 2 documentos"


def _literal_messages(path: Path) -> set[tuple[str, str]]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and len(node.args) == 2:
            if node.func.id in ("translate", "QT_TRANSLATE_NOOP"):
                context, text = node.args
                if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                    found.add((str(context.value), str(text.value)))
    return found


def test_parts_hold_every_message_of_these_modules() -> None:
    """lupdate skips a translate() inside an f-string: every literal message must be in the parts."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(PARTS / "qcoder_es.ts")
    held = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }
    wanted = set().union(*(_literal_messages(path) for path in MODULES))
    borrowed = {m for m in wanted if m[0] in ("themes",)}  # another module's messages
    assert wanted - borrowed - held == set()
