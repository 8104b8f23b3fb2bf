"""Speakers dialog: turns per speaker, rename, merge, interviewer, link to participants."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from qcoder.gui.speakers_dialog import INTERVIEWER, LABEL, PARTICIPANT, TURNS, SpeakersDialog, SpeakersModel


def _doc_a(project):  # type: ignore[no-untyped-def]
    return next(d for d in project.documents() if d.name == "Interview A")


def _rows(model: SpeakersModel) -> dict[str, list]:  # type: ignore[type-arg]
    return {
        model.index(r, LABEL).data(): [
            model.index(r, TURNS).data(Qt.ItemDataRole.EditRole),
            model.index(r, INTERVIEWER).data(Qt.ItemDataRole.CheckStateRole),
            model.index(r, PARTICIPANT).data(),
        ]
        for r in range(model.rowCount())
    }


def _dialog(qtbot, ctx, project) -> SpeakersDialog:  # type: ignore[no-untyped-def]
    dialog = SpeakersDialog(ctx, _doc_a(project).id)
    qtbot.addWidget(dialog)
    return dialog


def test_model_lists_speakers_with_turns(ctx, project, qtmodeltester) -> None:
    model = SpeakersModel(ctx, _doc_a(project).id)
    assert _rows(model) == {
        "Det. Ortega": [2, Qt.CheckState.Unchecked, ""],
        "Interviewer": [2, Qt.CheckState.Checked, ""],
    }
    row = model.row_of(next(s.id for s in project.speakers(_doc_a(project).id) if s.label == "Det. Ortega"))
    assert model.index(row, 5).data().startswith("We had a grant")
    qtmodeltester.check(model)


def test_rename_in_place_and_interviewer_check(qtbot, ctx, project) -> None:
    dialog = _dialog(qtbot, ctx, project)
    model = dialog.model
    ortega = next(r for r in range(model.rowCount()) if model.index(r, LABEL).data() == "Det. Ortega")
    assert model.setData(model.index(ortega, LABEL), "Detective Ortega")
    assert sorted(s.label for s in project.speakers(_doc_a(project).id)) == ["Detective Ortega", "Interviewer"]
    assert model.setData(model.index(ortega, INTERVIEWER), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert all(s.is_interviewer for s in project.speakers(_doc_a(project).id))
    assert not model.setData(model.index(ortega, LABEL), "  ")
    assert "label" in dialog.status.text()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert _rows(model)["Det. Ortega"] == [2, Qt.CheckState.Unchecked, ""]


def test_merge_two_speakers_and_undo(qtbot, ctx, project) -> None:
    dialog = _dialog(qtbot, ctx, project)
    speakers = {s.label: s.id for s in project.speakers(_doc_a(project).id)}
    dialog.select_speaker(speakers["Interviewer"])
    dialog._fill_merge_menu()  # what the "Merge into" button shows
    actions = dialog.merge_menu.actions()
    assert [a.text() for a in actions] == ["Det. Ortega (2 turns)"]
    actions[0].trigger()
    assert _rows(dialog.model) == {"Det. Ortega": [4, Qt.CheckState.Unchecked, ""]}
    assert "Merged “Interviewer” into “Det. Ortega”" in dialog.status.text()
    ctx.undo_stack.undo()
    assert set(_rows(dialog.model)) == {"Det. Ortega", "Interviewer"}
    assert _rows(dialog.model)["Det. Ortega"][0] == 2


def test_link_to_new_participant_is_one_undo_step(qtbot, ctx, project) -> None:
    dialog = _dialog(qtbot, ctx, project)
    ortega = next(s for s in project.speakers(_doc_a(project).id) if s.label == "Det. Ortega")
    before = ctx.undo_stack.count()
    participant = dialog.link_new(ortega.id, "Luis Ortega", {"stakeholder_group": "law enforcement"})
    assert participant is not None
    assert ctx.undo_stack.count() == before + 1
    assert next(s for s in project.speakers() if s.id == ortega.id).participant_id == participant.id
    assert project.participants()[0].attributes == {"stakeholder_group": "law enforcement"}
    row = dialog.model.row_of(ortega.id)
    assert dialog.model.index(row, PARTICIPANT).data() == "Luis Ortega"
    assert dialog.model.index(row, PARTICIPANT + 1).data() == "law enforcement"
    ctx.undo_stack.undo()
    assert project.participants() == []
    assert next(s for s in project.speakers() if s.id == ortega.id).participant_id is None


def test_link_menu_links_to_an_existing_participant_and_unlinks(qtbot, ctx, project) -> None:
    existing = project.add_participant("Luis Ortega", {"stakeholder_group": "law enforcement"})
    dialog = _dialog(qtbot, ctx, project)
    ortega = next(s for s in project.speakers(_doc_a(project).id) if s.label == "Det. Ortega")
    dialog.select_speaker(ortega.id)
    dialog._fill_link_menu()
    texts = [a.text() for a in dialog.link_menu.actions()]
    assert texts == ["New participant…", "", "Luis Ortega — law enforcement"]
    dialog.link_menu.actions()[2].trigger()
    assert next(s for s in project.speakers() if s.id == ortega.id).participant_id == existing.id
    dialog._fill_link_menu()
    unlink = next(a for a in dialog.link_menu.actions() if a.text().startswith("Unlink"))
    unlink.trigger()
    assert next(s for s in project.speakers() if s.id == ortega.id).participant_id is None


def test_new_participant_form_offers_group_values(qtbot, ctx, project) -> None:
    from qcoder.gui.speakers_dialog import ParticipantDialog

    project.add_participant("Pam", {"stakeholder_group": "prosecutor"})
    form = ParticipantDialog(ctx, "Det. Ortega")
    qtbot.addWidget(form)
    assert form.name() == "Det. Ortega"
    group = form.fields["stakeholder_group"]
    assert [group.itemText(i) for i in range(group.count())] == ["", "prosecutor"]  # type: ignore[union-attr]
    form.set_value("stakeholder_group", "law enforcement")  # a new value may be typed
    assert form.attributes() == {"stakeholder_group": "law enforcement"}


def test_new_participant_form_offers_the_documents_allowed_groups(qtbot, ctx, project) -> None:
    """Issue 18 item 10: the stakeholder-group combo was empty although the study's allowed
    groups were defined (on documents, from the attribute sheet) and no participant existed."""
    from qcoder.core.model import AttributeScope, AttributeType
    from qcoder.gui.speakers_dialog import ParticipantDialog

    groups = ("law enforcement", "prosecutor", "victim service provider")
    project.define_attribute("stakeholder_group", AttributeType.CATEGORY, AttributeScope.DOCUMENT, groups)
    project.define_attribute("site", AttributeType.CATEGORY, AttributeScope.DOCUMENT, ("Northfield",))
    form = ParticipantDialog(ctx, "Det. Ortega")
    qtbot.addWidget(form)
    group = form.fields["stakeholder_group"]
    assert [group.itemText(i) for i in range(group.count())] == ["", *groups]  # type: ignore[union-attr]
    site = form.fields["site"]
    assert [site.itemText(i) for i in range(site.count())] == ["", "Northfield"]  # type: ignore[union-attr]


def test_a_document_without_speakers_gets_turns_in_one_step(qtbot, ctx) -> None:
    """Issue 23 item 4: documents imported with 0 speakers get a one-step fix in the window."""
    from qcoder.importers.base import finish

    project = ctx.project
    doc = project.add_document(
        finish("- How did it start?\nSlowly.\n- Who leads it?\nThe DA.\n", "qa.txt", "txt"), name="QA"
    )
    assert project.speakers(doc.id) == []
    dialog = SpeakersDialog(ctx, doc.id)
    qtbot.addWidget(dialog)
    assert dialog.no_speakers.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.no_speakers.marker_edit, "- ")
    with qtbot.waitSignal(dialog.no_speakers.marked) as blocker:
        qtbot.mouseClick(dialog.no_speakers.marker_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [4]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert not dialog.no_speakers.isVisibleTo(dialog) and dialog.intro.text().startswith("2 speakers")
    labels = {s.label: s.is_interviewer for s in project.speakers(doc.id)}
    assert labels == {"Interviewer": True, "Respondent": False}
    ctx.undo_stack.undo()
    assert project.speakers(doc.id) == []


def test_a_real_file_without_speakers_gets_the_hint_and_the_fix_in_the_window(qtbot, ctx) -> None:
    """Issue 23: QualCoder's sample .docx (a real file, no speaker labels) opens with the hint
    in the viewer's header; its link asks for the speakers dialog, where one click gives the
    paragraphs to an interviewer and a respondent."""
    from qcoder.app.importing import import_paths
    from qcoder.gui.viewer.document_viewer import DocumentViewer

    real = Path(__file__).resolve().parents[1] / "data" / "real" / "qualcoder_examples" / "ID1.docx"
    [imported] = import_paths(ctx.project, [real]).imported
    assert imported.speakers == 0 and any("no speaker labels found" in w for w in imported.warnings)
    viewer = DocumentViewer(ctx)
    qtbot.addWidget(viewer)
    viewer.show_document(imported.document_id)
    assert "no speaker labels found" in viewer.subtitle.text() and "<a href=" in viewer.subtitle.text()
    with qtbot.waitSignal(viewer.speakers_requested):
        viewer.subtitle.linkActivated.emit("speakers")
    dialog = SpeakersDialog(ctx, imported.document_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.no_speakers.marked) as blocker:
        qtbot.mouseClick(dialog.no_speakers.alternate_button, Qt.MouseButton.LeftButton)
    text = ctx.project.document(imported.document_id).text
    turns = ctx.project.turns(imported.document_id)
    assert blocker.args == [3] and [text[t.start : t.end] for t in turns] == text.split("\n")
    qtbot.waitUntil(lambda: "speakers: Interviewer, Respondent" in viewer.subtitle.text())
