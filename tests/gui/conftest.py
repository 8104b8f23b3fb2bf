"""Fixtures for GUI tests: offscreen Qt, temporary settings, a small project, an AppContext.

``QT_QPA_PLATFORM=offscreen`` is set before anything imports Qt, so the tests run headless
with real widgets and fonts.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QCODER_NO_SINGLE_INSTANCE", "1")  # a test's window never forwards to a real one

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from qcoder.app import Project  # noqa: E402
from qcoder.importers.base import ImportedDocument, finish  # noqa: E402

# Two short interviews. The second has an emoji and non-Latin text (offsets must not drift)
# and came from a CRLF file (normalized to LF by `finish`).
DOC_A = """Interviewer: How did the task force start?

Det. Ortega: We had a grant, and honestly nobody knew what to do with it at first.
The prosecutors came in early, which helped a lot.

Interviewer: And the service providers?

Det. Ortega: Safe Harbor was there from day one. Trust took years.
"""

DOC_B_CRLF = (
    "Interviewer: Can you describe the shelter? 🏠\r\n"
    "\r\n"
    "Advocate: It is small 😊 but safe. Some clients speak only 中文 or Русский.\r\n"
    "We rely on interpreters 👩‍⚕️ a lot.\r\n"
    "\r\n"
    "Interviewer: Is it open at night?\r\n"
    "\r\n"
    "Advocate: Yes, always. Ça marche.\r\n"
)

# code paths (2 levels): name -> parent name
CODEBOOK = {
    "Partnerships": None,
    "Prosecutors": "Partnerships",
    "Service providers": "Partnerships",
    "Resources": None,
}
CODERS = ("Alice", "Bob")


def build_project(path: Path) -> Project:
    """The shared test project (see module docstring); returns it open."""
    project = Project.create(path, name="Test project")
    a = project.add_document(finish(DOC_A, "interview-a.txt", "txt"), name="Interview A")
    b = project.add_document(finish(DOC_B_CRLF, "interview-b.txt", "txt"), name="Interview B")
    ids: dict[str, str] = {}
    for name, parent in CODEBOOK.items():
        ids[name] = project.create_code(
            name, ids[parent] if parent else None, definition=f"Talk about {name.lower()}."
        ).id
    alice = project.ensure_coder(CODERS[0])
    bob = project.ensure_coder(CODERS[1])
    text_a = project.document(a.id).text
    text_b = project.document(b.id).text
    s = text_a.index("The prosecutors came in early")
    project.add_coding(a.id, ids["Prosecutors"], alice.id, s, s + len("The prosecutors came in early"))
    s = text_a.index("Safe Harbor was there")
    project.add_coding(a.id, ids["Service providers"], bob.id, s, s + len("Safe Harbor was there from day one"))
    s = text_b.index("It is small 😊 but safe")
    project.add_coding(b.id, ids["Resources"], alice.id, s, s + len("It is small 😊 but safe"), memo="shelter size")
    project.history.clear()
    return project


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    """UI settings in a temporary INI file (never the user's real settings)."""
    from qcoder.gui.settings import Settings

    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A temp .qcoder project: 2 documents (one with emoji, non-Latin text, CRLF-derived),
    codes Partnerships > {Prosecutors, Service providers} and Resources, coders Alice and Bob,
    and 3 codings (Alice: Prosecutors in A, Resources in B with a memo; Bob: Service providers in A).
    """
    p = build_project(tmp_path / "test.qcoder")
    yield p
    try:
        p.close()
    except Exception:  # noqa: BLE001 - already closed by the context
        pass


@pytest.fixture
def ctx(qapp, settings, project):  # type: ignore[no-untyped-def]
    """An AppContext on ``project`` with coder Alice (undo goes through ctx.undo_stack)."""
    from qcoder.gui.context import AppContext

    settings.set_coder_name(CODERS[0])
    context = AppContext(settings)
    context.open_project(project)
    yield context
    context.close_project()
    context.deleteLater()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project (`qcoder demo`), built once per session; copy it before writing."""
    from qcoder.app.demo import build_demo

    demo = build_demo(tmp_path_factory.mktemp("demo"))
    return Path(demo.path)


@pytest.fixture
def demo_ctx(qapp, settings, demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """An AppContext on a private copy of the demo project, as coder "Evaluator"."""
    import shutil

    from qcoder.gui.context import AppContext

    path = tmp_path / demo_file.name
    shutil.copyfile(demo_file, path)
    settings.set_coder_name("Evaluator")
    context = AppContext(settings)
    context.open_project(Project.open(path))
    yield context
    context.close_project()
    context.deleteLater()


__all__ = ["ImportedDocument", "build_project", "DOC_A", "DOC_B_CRLF", "CODEBOOK", "CODERS"]


@pytest.fixture
def window(qtbot, ctx):  # type: ignore[no-untyped-def]
    """The main window on ``ctx`` (styled, shown offscreen at a laptop size)."""
    from qcoder.gui.main_window import MainWindow
    from qcoder.gui.style import apply_style

    apply_style(qtbot_app())
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def qtbot_app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
