"""The auto-code preview dialog: find in a worker, untick false hits, code the rest as one
undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qcoder.gui.nlp.autocode_dialog import AutocodeDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _blank_pipeline(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QCODER_SPACY_MODEL", "blank")
    monkeypatch.setenv("QCODER_NLP_CACHE", str(tmp_path / "nlpcache"))


def _find(qtbot, dialog):  # type: ignore[no-untyped-def]
    worker = dialog.search()
    assert worker is not None
    # not waitSignal(worker.done): a fast worker can finish before the blocker connects, and the
    # wait then runs to its timeout; the dialog drops its worker once the result is in
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=180000)


def test_keywords_preview_untick_and_apply_as_one_undo_step(qtbot, ctx, qtmodeltester):
    project = ctx.project
    code = project.code_by_path("Resources")
    dialog = AutocodeDialog(ctx, None, code_id=code.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.code_box.currentText() == "Resources"
    dialog.terms_edit.setText("interpreters, shelter, grant")
    _find(qtbot, dialog)
    hits = dialog.model.rows()
    assert [h.text for h in hits] == ["grant", "shelter", "interpreters"]
    qtmodeltester.check(dialog.model)
    assert "3 of 3 hits selected" in dialog.summary.text()
    # untick the first hit with the mouse-equivalent check state
    first = dialog.model.index(0, 0)
    assert dialog.model.setData(first, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert "2 of 3 hits selected" in dialog.summary.text() and dialog.apply_button.text() == "Code 2 excerpts"
    before = len(project.codings())
    steps = ctx.undo_stack.count()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert len(project.codings()) == before + 2
    assert ctx.undo_stack.count() == steps + 1
    assert ctx.undo_stack.undoText().startswith("Auto-code Resources (2 excerpts)")
    new = [c for c in project.codings() if c.code_id == code.id and c.coder_id == ctx.coder.id]
    texts = {project.document(c.document_id).text[c.start : c.end] for c in new}
    assert {"shelter", "interpreters"} <= texts
    ctx.undo_stack.undo()
    assert len(project.codings()) == before


def test_sentence_scope_speaker_group_and_duplicates(qtbot, ctx):
    project = ctx.project
    code = project.code_by_path("Partnerships > Prosecutors")
    dialog = AutocodeDialog(ctx, None, code_id=code.id)
    qtbot.addWidget(dialog)
    dialog.mode_box.setCurrentIndex(dialog.mode_box.findData("lemmas"))
    assert dialog.scope_box.isVisibleTo(dialog) and not dialog.value_box.isVisibleTo(dialog)
    dialog.terms_edit.setText("prosecutor")
    dialog.scope_box.setCurrentIndex(dialog.scope_box.findData("sentence"))
    _find(qtbot, dialog)
    # Alice coded "The prosecutors came in early" already: its sentence is not inside that coding, so it is a hit
    assert [h.text for h in dialog.model.rows()] == ["The prosecutors came in early, which helped a lot."]
    dialog.mode_box.setCurrentIndex(dialog.mode_box.findData("interviewer"))
    assert not dialog.terms_edit.isVisibleTo(dialog)
    _find(qtbot, dialog)
    assert {h.speaker for h in dialog.model.rows()} == {"Interviewer"} and len(dialog.model.rows()) == 4
    assert dialog.apply() == 4
    _find(qtbot, dialog)
    assert dialog.model.rows() == [] and "4 hits already coded" in dialog.summary.text()


def test_double_click_shows_the_hit(qtbot, ctx):
    dialog = AutocodeDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.terms_edit.setText("Safe Harbor")
    _find(qtbot, dialog)
    hit = dialog.model.rows()[0]
    with qtbot.waitSignal(ctx.document_requested) as blocker:
        dialog.table.doubleClicked.emit(dialog.model.index(0, 2))
    assert blocker.args == [hit.document_id, hit.start, hit.end]


def test_bad_pattern_and_no_coder(qtbot, ctx):
    dialog = AutocodeDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.mode_box.setCurrentIndex(dialog.mode_box.findData("regex"))
    dialog.terms_edit.setText("(unclosed")
    assert dialog.search() is None and "regular expression" in dialog.summary.text()
    ctx.coder = None
    dialog.terms_edit.setText("x")
    assert dialog.search() is None and "Switch coder" in dialog.summary.text()


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_dialog_fits_the_smallest_screen_in_every_language(qtbot, demo_ctx, language) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: the code choice was as wide as the demo's longest code path (942 pixels at the
    largest text size), so on 1440x900 at 150 % the dialog's buttons were off the screen. The
    choice now elides (its list and its tooltip show the whole path), in every mode."""
    from tests.gui.test_screen_fit import fits_smallest, in_language_at_largest_text

    with in_language_at_largest_text(language):
        dialog = AutocodeDialog(demo_ctx, None)
        qtbot.addWidget(dialog)
        dialog.show()
        longest = max(range(dialog.code_box.count()), key=lambda i: len(dialog.code_box.itemText(i)))
        dialog.code_box.setCurrentIndex(longest)
        assert dialog.code_box.toolTip() == dialog.code_box.itemText(longest)
        assert dialog.summary.hasHeightForWidth()  # its lines at the dialog's width: no gap above the buttons
        for mode in range(dialog.mode_box.count()):
            dialog.mode_box.setCurrentIndex(mode)
            assert fits_smallest(dialog.minimumSizeHint()), (mode, dialog.minimumSizeHint())
