"""The de-identification review dialog: find, reject, change a placeholder, save a redacted
copy (in a worker) or redact in place (one undo step)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qcoder.app import Project
from qcoder.gui.nlp.deidentify_dialog import PLACEHOLDER, DeidentifyDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _blank_pipeline(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QCODER_SPACY_MODEL", "blank")
    monkeypatch.setenv("QCODER_NLP_CACHE", str(tmp_path / "nlpcache"))


def _wait(qtbot, dialog, worker):  # type: ignore[no-untyped-def]
    assert worker is not None
    # not waitSignal(worker.done): a fast worker can finish before the blocker connects
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)


def _dialog(qtbot, ctx):  # type: ignore[no-untyped-def]
    dialog = DeidentifyDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ner_check.isEnabled()  # the blank pipeline has no named entities
    dialog.names_edit.setPlainText("Ortega\nTrust")  # "Trust" is a false finding the user rejects
    dialog.agencies_edit.setPlainText("Safe Harbor")
    _wait(qtbot, dialog, dialog.search())
    return dialog


def test_review_reject_edit_and_save_copy(qtbot, ctx, tmp_path, qtmodeltester):
    dialog = _dialog(qtbot, ctx)
    qtmodeltester.check(dialog.model)
    found = [(c.text, c.placeholder) for c in dialog.model.rows()]
    assert found == [("Safe Harbor", "[agency]"), ("Trust", "[name]")]
    assert "labels" in dialog.summary.text()  # "Det. Ortega:" labels become a pseudonym, not listed
    # change the placeholder of "Safe Harbor"
    row = next(r for r, c in enumerate(dialog.model.rows()) if c.text == "Safe Harbor")
    assert dialog.model.setData(dialog.model.index(row, PLACEHOLDER), "[shelter]", Qt.ItemDataRole.EditRole)
    assert dialog.model.record(row).placeholder == "[shelter]"
    # reject "Trust" everywhere through the selection
    dialog.table.selectRow(next(r for r, c in enumerate(dialog.model.rows()) if c.text == "Trust"))
    qtbot.mouseClick(dialog.same_button, Qt.MouseButton.LeftButton)
    assert not any(dialog.model.is_checked(r) for r, c in enumerate(dialog.model.rows()) if c.text == "Trust")
    target = tmp_path / "copy.qcoder"
    _wait(qtbot, dialog, dialog.save_copy(target))
    assert dialog.last_report is not None and dialog.last_report.codings == 3
    assert "This project is unchanged" in dialog.summary.text()
    with Project.open(target) as copy:
        texts = [copy.document(d.id).text for d in copy.documents()]
        assert "Ortega" not in texts[0] and "Participant 1: " in texts[0] and "Trust took years" in texts[0]
        coded = {copy.document(c.document_id).text[c.start : c.end] for c in copy.codings()}
        assert "The prosecutors came in early" in coded and "[shelter] was there from day one" in coded
        assert {s.label for s in copy.speakers()} == {"Interviewer", "Participant 1", "Advocate"}
    assert "Ortega" in ctx.project.document(ctx.project.documents()[0].id).text  # original untouched


def test_redact_in_place_is_one_undo_step(qtbot, ctx, tmp_path):
    dialog = _dialog(qtbot, ctx)
    project = ctx.project
    before = project.snapshot()
    steps = ctx.undo_stack.count()
    report = dialog.redact_here(tmp_path / "backup.qcoder", ask=False)
    assert report is not None and report.backup == tmp_path / "backup.qcoder" and report.backup.exists()
    assert ctx.undo_stack.count() == steps + 1
    text = project.document(before.documents[0].id).text
    assert "Ortega" not in text and "Participant 1: " in text and "[agency] was there" in text
    ctx.undo_stack.undo()
    assert [d.text for d in project.snapshot().documents] == [d.text for d in before.documents]
    assert sorted(project.codings(), key=lambda c: c.id) == sorted(before.codings, key=lambda c: c.id)


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_dialog_fits_the_smallest_screen_in_every_language(qtbot, demo_ctx, language) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: its three options side by side and its six buttons in one row made the dialog
    about 1,550 pixels wide at the largest text size, so on 1440x900 at 150 % its buttons were
    off the screen. Now the options form a column and the buttons two rows; a long path in the
    summary wraps instead of widening the dialog."""
    from tests.gui.test_screen_fit import fits_smallest, in_language_at_largest_text

    with in_language_at_largest_text(language):
        dialog = DeidentifyDialog(demo_ctx, None)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.summary.setText("/home/someone/" + "a-very-long-folder-name/" * 8 + "demo-deidentified.qcoder")
        assert fits_smallest(dialog.minimumSizeHint()), dialog.minimumSizeHint()
        assert dialog.summary.hasHeightForWidth() and dialog.note.hasHeightForWidth()
