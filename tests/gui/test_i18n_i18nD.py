"""Translated texts of the main window's own modules (issue 19): the shortcut help is
translated while the generated docs stay English, error sentences translate the core's kinds,
and texts built from several translated parts keep user data intact."""

from __future__ import annotations

import pytest

from qcoder.core import errors as e
from qcoder.gui import shortcuts
from qcoder.gui.errors import user_message
from tests.gui.test_translated import pseudo  # noqa: F401 - the fixture: marks every translated string ⟦…⟧


@pytest.mark.usefixtures("pseudo")
def test_the_shortcut_help_is_translated_and_the_docs_stay_english() -> None:
    assert "⟦code the sentence at the cursor⟧" not in shortcuts.markdown_table()
    assert "| Ctrl+K | find a code by typing, Enter applies it to the selection |" in shortcuts.markdown_table()
    html = shortcuts.html_table()
    assert "⟦find a code by typing, Enter applies it to the selection⟧" in html
    assert "⟦delete the selected code⟧ (⟦in the codebook⟧)" in html


@pytest.mark.usefixtures("pseudo")
def test_error_sentences_translate_the_kind() -> None:
    text = user_message(e.NotFound("code", "5f0c6a2e-3b1d-4c8e-9a57-0d2b7f1e4c33"))  # an id: the item went
    assert text == "⟦The {kind} no longer exists (it may have been deleted or undone).⟧".replace("{kind}", "⟦code⟧")
    assert "“{a}”" in user_message(e.DuplicateName("document", "{a}"))  # user data with braces kept as typed


def test_english_without_a_translator(qapp) -> None:  # type: ignore[no-untyped-def]
    expected = "There is already a code called “Trust”. Choose another name."
    assert user_message(e.DuplicateName("code", "Trust")) == expected


def test_the_speakers_intro_keeps_a_name_with_braces(qtbot, demo_ctx) -> None:
    from qcoder.gui.speakers_dialog import SpeakersDialog

    doc = demo_ctx.project.documents()[0]
    dialog = SpeakersDialog(demo_ctx, doc.id)
    qtbot.addWidget(dialog)
    dialog._name = "odd {n} name"
    dialog._on_rows()
    assert dialog.intro.text().startswith(f"{dialog.model.rowCount()} speakers found in “odd {{n}} name”.")
