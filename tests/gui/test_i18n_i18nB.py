"""Issue 19 for the team, safety and language-processing windows: every string is looked up
in its module's context, and the Spanish and French catalogues of these windows are complete
and are used (the part files compiled here, as the release does for the whole catalogue)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from qcoder.app import Project
from qcoder.core.model import AttributeScope
from qcoder.gui import i18n
from qcoder.importers.base import finish

GUI = Path(__file__).resolve().parents[2] / "qcoder" / "gui"
PARTS = GUI / "translations"  # the merged catalogues (the parts were folded into them)
FILES = sorted(p for folder in ("team", "safety", "nlp") for p in (GUI / folder).glob("*.py"))


def _contexts(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("translate", "QT_TRANSLATE_NOOP"):
            first = node.args[0] if node.args else None
            found.add(str(first.value) if isinstance(first, ast.Constant) else "<not a literal>")
    return found


def _module(path: Path) -> str:
    return ".".join(path.relative_to(GUI).with_suffix("").parts)


def test_each_module_uses_its_own_literal_context() -> None:
    """A module's own strings are in its context; a constant defined in another module is
    translated in that module's context (``translate("team.rows_view", ROUNDS_MEANING)``)."""
    modules = {_module(p) for p in FILES}
    for path in FILES:
        used = _contexts(path)
        assert used <= modules, path
        assert not used or _module(path) in used or path.name == "__init__.py", path


def test_parts_are_complete_with_their_fields() -> None:
    sys.path.insert(0, str(GUI.parents[1]))
    try:
        from scripts.translations import problems
    finally:
        sys.path.pop(0)
    for language in ("es", "fr"):
        assert problems(PARTS / f"qcoder_{language}.ts") == []


@pytest.fixture
def spanish(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    lrelease = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
    if not lrelease:
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run(
        [lrelease, str(PARTS / "qcoder_es.ts"), "-qm", str(tmp_path / "qcoder_es.qm")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    assert i18n.install_translators("es", QApplication.instance()) == "es"
    try:
        yield
    finally:
        i18n.remove_translators(QApplication.instance())


def test_agreement_dialog_in_spanish(qtbot, spanish, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.context import AppContext
    from qcoder.gui.team.agreement_view import TAB_DISAGREEMENTS, AgreementDialog

    project = Project.create(tmp_path / "two.qcoder", name="Two coders")
    doc = project.add_document(finish("We met every week and shared the case files openly."[:50], "d.txt", "txt"))
    project.set_attributes(AttributeScope.DOCUMENT, {doc.id: {"site": "Harbor City"}})
    code = project.create_code("Information sharing")
    maya, jordan = project.ensure_coder("Maya"), project.ensure_coder("Jordan")
    project.add_coding(doc.id, code.id, maya.id, 0, 25)
    project.add_coding(doc.id, code.id, jordan.id, 0, 20)
    project.add_coding(doc.id, code.id, jordan.id, 25, 35)
    ctx = AppContext(settings)
    ctx.open_project(project)
    dialog = AgreementDialog(ctx)
    qtbot.addWidget(dialog)
    try:
        assert dialog.windowTitle() == "Acuerdo y conciliación"
        assert dialog.compute_button.text() == "Calcular"
        qtbot.waitUntil(lambda: dialog.choices_ready, timeout=30000)
        dialog.set_coders(["Maya", "Jordan"])
        with qtbot.waitSignal(dialog.computed, timeout=30000):
            dialog.compute()
        assert dialog.tabs.tabText(TAB_DISAGREEMENTS) == "Desacuerdos (2)"
        assert dialog.disagreements.summary.text() == "2 desacuerdos por resolver — los mayores primero"
        overall = dialog.figures.codes_model.index(0, 1).data()
        assert overall == "70,0\u00a0%"  # the locale's decimal sign and percent form
        assert dialog.figures.codes_model.index(0, 0).data() == "Todos los códigos (agrupadas)"
    finally:
        dialog.done(0)
        ctx.close_project()
