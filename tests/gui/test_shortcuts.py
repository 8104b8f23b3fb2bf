"""One registry of actions and shortcuts (issue 18): Ctrl+Shift+Z was bound twice to Redo on
Linux (explicitly and as the platform's standard Redo), which Qt calls an "ambiguous shortcut
overload" — and then redo never happened. Now every key comes from qcoder.gui.shortcuts; these
tests check that no two actions of the window share a key, that every advertised key fires its
action (offscreen, and on a real X server under Xvfb, where the standard keys differ), and that
the help window and docs/gui.md are generated from the registry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from qcoder.gui import shortcuts
from tests.gui.helpers import run_on_x11

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("shortcut_probe.py")


def _scope_widgets(action: QAction) -> set[int] | None:
    """None for a window-wide action; else the widgets where its key works."""
    if action.shortcutContext() in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return None
    return {id(w) for w in action.associatedObjects() if isinstance(w, QWidget)}


def test_no_two_actions_of_the_window_share_a_key(qtbot, window) -> None:
    holders: dict[str, list[tuple[str, set[int] | None]]] = {}
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            key = seq.toString(QKeySequence.SequenceFormat.PortableText)
            holders.setdefault(key, []).append((action.objectName() or action.text(), _scope_widgets(action)))
    clashes = {}
    for key, owners in holders.items():
        for i, (name_a, scope_a) in enumerate(owners):
            for name_b, scope_b in owners[i + 1 :]:
                if scope_a is None or scope_b is None or scope_a & scope_b:
                    clashes.setdefault(key, []).append((name_a, name_b))
    assert clashes == {}


def test_a_binding_never_lists_the_same_key_twice(qapp) -> None:
    for b in shortcuts.BINDINGS:
        seqs = [s.toString(QKeySequence.SequenceFormat.PortableText) for s in shortcuts.sequences(b.id)]
        assert len(seqs) == len(set(seqs)), b.id
        assert seqs, f"{b.id} has no key on this platform"


def test_every_action_with_a_key_is_in_the_registry(qtbot, window) -> None:
    known = {b.id for b in shortcuts.BINDINGS}
    loose = [
        a.text() for a in window.findChildren(QAction) if a.shortcuts() and a.objectName() not in known and a.text()
    ]
    # docks' toggle actions and Qt's own have no keys; anything else must be declared
    assert loose == []


def _probe(env: dict[str, str]) -> dict[str, object]:
    for _attempt in range(3):  # a fresh X server may refuse the very first client on a loaded machine
        result = subprocess.run(
            [sys.executable, str(PROBE)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), **env},
            capture_output=True,
            text=True,
            timeout=120,
        )
        if "could not connect to display" not in result.stderr:
            break
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _check(report: dict[str, object]) -> None:
    results = report["results"]
    assert isinstance(results, dict)
    problems = {}
    for binding_id, got in results.items():
        if got["actions"] != 1:
            problems[binding_id] = f"{got['actions']} actions carry this binding"
        for key, fired in got["keys"]:
            if fired != [binding_id]:
                problems[f"{binding_id} {key}"] = fired
    assert problems == {}, report["platform"]


def test_every_advertised_key_fires_its_action_offscreen() -> None:
    _check(_probe({"QT_QPA_PLATFORM": "offscreen"}))


def test_every_advertised_key_fires_its_action_on_x11() -> None:
    """The probe runs under xvfb-run with Qt's xcb platform, where the standard keys are X11's."""
    _check(run_on_x11(PROBE))


def test_the_help_window_is_generated_from_the_registry(qtbot, window, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    window._show_shortcuts()
    assert shown == [shortcuts.html_table()]
    assert "Ctrl+Shift+Z" in shown[0] and "1–9" in shown[0]


def test_docs_table_is_generated_from_the_registry() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/shortcuts_doc.py", "--check"], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}
    )
    assert result.returncode == 0, "docs/gui.md is out of date: run python scripts/shortcuts_doc.py"
