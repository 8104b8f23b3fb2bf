"""The analysis windows in Spanish and French: their strings reach the catalogue under the
contexts the code asks for (a wrong context or a non-literal string would leave English)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from qcoder.analysis.matrix import CountKind
from qcoder.gui import i18n

TRANSLATIONS = Path(i18n.__file__).resolve().parent / "translations"


def _catalogue(language: str, tmp_path: Path) -> Path:
    """The merged catalogue, compiled."""
    source = TRANSLATIONS / f"qcoder_{language}.ts"
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    lrelease = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
    if lrelease is None or not source.exists():
        pytest.skip("no pyside6-lrelease or no catalogue")
    target = tmp_path / f"qcoder_{language}.qm"
    subprocess.run([lrelease, str(source), "-qm", str(target)], check=True, capture_output=True)
    return target


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    code: str = request.param
    translator = QTranslator(qapp)
    assert translator.load(str(_catalogue(code, tmp_path)))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    i18n._active = code  # the plural rule of count_text
    yield code
    qapp.removeTranslator(translator)
    i18n.remove_translators(qapp)


@pytest.mark.parametrize("language", ["es", "fr"], indirect=True)
def test_the_matrix_controls_speak_the_language(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.analysis.controls import AnalysisControls

    controls = AnalysisControls()
    qtbot.addWidget(controls)
    expected = {"es": ("Incluir entrevistadores", "Fragmentos"), "fr": ("Inclure les enquêteurs", "Extraits")}
    assert (controls.interviewers_check.text(), controls.kind_combo.itemText(0)) == expected[language]
    assert controls.coders_button.text() == {"es": "Codificadores: todos", "fr": "Codeurs\u00a0: tous"}[language]


@pytest.mark.parametrize("language", ["es", "fr"], indirect=True)
def test_the_analysis_view_counts_in_the_language(qtbot, demo_ctx, language: str) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.analysis.view import AnalysisView

    view = AnalysisView(demo_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.model.matrix is not None and not view.is_computing(), timeout=30000)
    summary = view.status.text()
    assert {"es": "documentos", "fr": "documents"}[language] in summary
    assert "coded by" not in summary and "respondents" not in summary
    view.controls.set_kind(CountKind.PARTICIPANTS)
    assert view.chart.title().startswith({"es": "Participantes", "fr": "Participants"}[language])
    assert view.model.column_title(0) == {"es": "Todos", "fr": "Tous"}[language]
