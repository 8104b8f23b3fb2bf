"""The window in Spanish and French (issue 19): the shipped catalogues are complete and current,
the language follows the system unless View → Language or ``QCODER_LANG`` names one, and a
translated window really shows the translations (a string looked up under the wrong context
would stay English: the walk below catches that)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from qcoder.gui import i18n
from tests.gui.test_translated import _project_data, _texts

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from scripts import translations  # noqa: E402


def _catalogue(language: str) -> dict[tuple[str, str], str]:
    tree = ET.parse(translations.ts_path(language))
    out = {}
    for context, message in translations.messages(tree):
        out[(context, message.findtext("source") or "")] = message.findtext("translation") or ""
    return out


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_catalogues_are_complete_compiled_and_shipped(language: str, tmp_path: Path) -> None:
    assert translations.problems(translations.ts_path(language)) == []
    assert len(_catalogue(language)) > 1800
    qm = i18n.catalogue(language)
    fresh = tmp_path / qm.name  # the shipped .qm is the .ts compiled (run scripts/translations.py release)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), str(translations.ts_path(language)), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert qm.read_bytes() == fresh.read_bytes()


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    """lupdate over the code now finds no message the committed .ts lacks."""
    fresh = tmp_path / "fresh_es.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    cmd = [str(lupdate), *map(str, translations.sources()), "-no-obsolete", "-locations", "none"]
    subprocess.run([*cmd, "-ts", str(fresh)], check=True, stdout=subprocess.DEVNULL)
    found = {(c, m.findtext("source") or "") for c, m in translations.messages(ET.parse(fresh))}
    missing = sorted(found - set(_catalogue("es")))
    assert not missing, f"run scripts/translations.py update: {missing[:20]}"


def test_the_language_follows_the_setting_and_the_environment(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    assert i18n.resolve("fr") == "fr"
    assert i18n.resolve("system") in i18n.LANGUAGES
    monkeypatch.setenv(i18n.ENV_VAR, "es")
    assert i18n.resolve("fr") == "es"
    monkeypatch.setenv(i18n.ENV_VAR, "de")
    assert i18n.resolve("fr") == "fr"  # a language qcoder does not have is ignored


@pytest.fixture
def spanish(qapp):  # type: ignore[no-untyped-def]
    assert i18n.install_translators("es", qapp) == "es"
    yield
    i18n.remove_translators(qapp)


def test_the_window_in_spanish_shows_spanish_everywhere(qtbot, demo_ctx, spanish) -> None:
    from qcoder.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Proyecto" in titles and "Ayuda" in titles, titles
    window._show_document(demo_ctx.project.documents()[0].id, -1, -1)
    for key in window.docks:
        window.open_dock(key)
    english = {}
    for (_context, source), text in _catalogue("es").items():
        if text and text != source:
            english[source] = text
    data = set(_project_data(demo_ctx))  # an attribute called "Site" is data, not a label
    stuck = sorted({f"{what}: {text!r}" for what, text in _texts(window) if text in english and text not in data})
    assert not stuck, "shown in English although translated (wrong context?):\n" + "\n".join(stuck)
    assert i18n.number(1234567) == "1.234.567"
    assert QLocale().language() == QLocale.Language.Spanish


def test_plurals_follow_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    try:
        i18n.install_translators("fr", qapp)
        assert i18n.count_text(0, "{n} document", "{n} documents") == "0 document"
        assert i18n.count_text(2, "{n} document", "{n} documents") == "2 documents"
        i18n.install_translators("es", qapp)
        assert i18n.count_text(0, "{n} documento", "{n} documentos") == "0 documentos"
    finally:
        i18n.remove_translators(qapp)


def test_choosing_a_language_keeps_it_and_offers_a_restart(qtbot, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from qcoder.gui.language_menu import LanguageMenu, restart_arguments

    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = LanguageMenu(settings, parent, lambda: "/tmp/p.qcoder")
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    menu.choose("fr")
    assert settings.language() == "fr" and menu.actions["fr"].isChecked()
    assert asked and "Français" in asked[0]
    program, args = restart_arguments("/tmp/p.qcoder")
    assert args[-2:] == ["gui", "/tmp/p.qcoder"] and program == sys.executable


def test_every_translate_call_names_its_context_as_a_literal() -> None:
    """lupdate reads only literal contexts: ``translate(CTX, …)`` with a variable is never
    extracted, so its strings would silently stay English."""
    import ast

    bad = []
    for path in translations.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            qt_call = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if qt_call and func.value.id == "QCoreApplication"
                else ""
            )  # type: ignore[union-attr]
            if name not in ("translate", "QT_TRANSLATE_NOOP") or path.name == "i18n.py":
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not bad, bad


def test_undo_steps_named_by_the_core_read_in_the_window_language(qapp) -> None:  # type: ignore[no-untyped-def]
    """The core names commands in English; the Edit menu showed "Deshacer New code Trust"."""
    from qcoder.gui.command_names import command_name

    assert command_name("New code Trust") == "New code Trust"  # English: as the core wrote it
    try:
        i18n.install_translators("es", qapp)
        assert command_name("New code Trust") == "Nuevo código Trust"
        assert command_name("Code selection") == "Codificar la selección"
        assert command_name("Reconcile 3 disagreement(s)") == "Conciliar desacuerdos (3)"
        assert command_name("") == "Cambio"
        i18n.install_translators("fr", qapp)
        assert command_name("Delete code Turnover") == "Supprimer le code Turnover"
    finally:
        i18n.remove_translators(qapp)


def test_every_fixed_command_name_of_the_core_is_listed() -> None:
    """A command the core names with a literal (``text: str = "…"``) must be in the list, or its
    undo step stays English in Spanish and French."""
    import re

    from qcoder.gui.command_names import FIXED

    core = ROOT / "qcoder"
    found = set()
    for path in [*core.joinpath("core").rglob("*.py"), *core.joinpath("app").rglob("*.py")]:
        found |= set(re.findall(r'(?:text: str = |recording\(|text=)"([^"{]+)"', path.read_text(encoding="utf-8")))
    found.discard("Advocates share updates with police. Turnover among advocates is high.")  # a summary, in a docstring
    assert sorted(found - set(FIXED)) == []
