"""The code suggestions panel, the NLP status label and the sentence index for coding actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qcoder.gui.nlp.status import NlpStatusLabel, status_text
from qcoder.gui.nlp.suggestions_panel import SuggestionsPanel
from qcoder.nlp.pipeline import pipeline_info

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _blank_pipeline(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QCODER_SPACY_MODEL", "blank")
    monkeypatch.setenv("QCODER_NLP_CACHE", str(tmp_path / "nlpcache"))


def _more_codings(project):  # type: ignore[no-untyped-def]
    """Alice codes three more "Resources" sentences so the code can be learnt."""
    alice = project.coder_by_name("Alice")
    code = project.code_by_path("Resources")
    b = project.documents()[1]
    text = project.document(b.id).text
    for s in ("We rely on interpreters", "Yes, always.", "Some clients speak only"):
        start = text.index(s)
        end = text.index(".", start) + 1
        project.add_coding(b.id, code.id, alice.id, start, end)


def test_suggest_accept_and_reject(qtbot, ctx, qtmodeltester):
    project = ctx.project
    _more_codings(project)
    ctx.set_coder("Bob")
    panel = SuggestionsPanel(ctx, None)
    qtbot.addWidget(panel)
    panel.show()
    panel.threshold.setValue(0.05)
    worker = panel.start()
    assert worker is not None
    # not waitSignal(worker.done): a fast worker can finish before the blocker connects
    qtbot.waitUntil(lambda: panel.worker is None, timeout=60000)
    qtmodeltester.check(panel.model)
    rows = panel.model.rows()
    assert rows and {s.code_path for s in rows} == {"Resources"}
    assert "learnt from" in panel.summary.text()
    steps = ctx.undo_stack.count()
    old = {c.id for c in project.codings()}
    before = len(old)
    first = rows[0]
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert len(project.codings()) == before + 1 and ctx.undo_stack.count() == steps + 1
    new = [c for c in project.codings() if c.id not in old]
    assert [(c.start, c.end, c.code_id, c.coder_id) for c in new] == [
        (first.start, first.end, first.code_id, ctx.coder.id)
    ]
    assert first not in panel.model.rows()
    n = len(panel.model.rows())
    if n:
        gone = panel.model.record(0)
        assert panel.model.setData(panel.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
        assert len(panel.model.rows()) == n - 1
        assert (gone.document_id, gone.start, gone.end, gone.code_id) in panel.rejected


def test_status_label_says_what_is_missing(qtbot, ctx):
    label = NlpStatusLabel(ctx, None)
    qtbot.addWidget(label)
    info = pipeline_info()
    assert label.text() == status_text(info) == "Language: basic (no named entities)"
    assert "named entities" in label.toolTip() and "pip install" in label.toolTip()
    from qcoder.nlp.corpus import sentences

    sentences(ctx.project, ctx.project.documents()[0].id)
    assert label.clear_cache() >= 1


def test_sentence_index_prepares_in_the_background(qtbot, ctx):
    from qcoder.gui.nlp.sentences import SentenceIndex

    index = SentenceIndex(ctx)
    doc = ctx.project.documents()[1]  # emoji and non-Latin text: code-point offsets
    text = ctx.project.document(doc.id).text
    assert index.sentence_at(doc.id, 0) is None  # not known yet: the caller falls back
    with qtbot.waitSignal(index.ready, timeout=60000) as blocker:
        index.prepare(doc.id)
    assert blocker.args == [doc.id]
    offset = text.index("small")
    s, e = index.sentence_at(doc.id, offset)
    assert text[s:e] == "It is small 😊 but safe."
    a = text.index("but safe")
    b = text.index("interpreters")
    s, e = index.snap(doc.id, a, b)
    assert text[s:e].startswith("It is small") and text[s:e].endswith("a lot.")
    index2 = SentenceIndex(ctx)  # a second window: straight from the cache, no worker
    assert index2.prepare(doc.id) is None and index2.sentences(doc.id) == index.sentences(doc.id)
