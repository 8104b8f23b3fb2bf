"""Style isolation (issue 18 item 1): speaker-label formatting never leaks into body text,
whatever the cursor position when another document is shown."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from qcoder.gui.viewer.document_viewer import DocumentViewer


def _body_formats_plain(viewer: DocumentViewer) -> list[str]:
    """Every character outside speaker labels whose format is not the plain body format."""
    state = viewer.state
    labels = [(viewer.state.offsets.to_qt(s), viewer.state.offsets.to_qt(e)) for s, e in state.labels.values()]
    bad = []
    block = viewer.view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            pos = frag.position()
            in_label = any(s <= pos < e for s, e in labels)
            fmt = frag.charFormat()
            if not in_label and (
                fmt.fontWeight() > QFont.Weight.Normal or fmt.hasProperty(fmt.Property.ForegroundBrush)
            ):
                bad.append(frag.text()[:30])
            it += 1
        block = block.next()
    return bad


def _positions(viewer: DocumentViewer) -> dict[str, int]:
    """One cursor position of each kind: just after a label, inside a label, a turn start, in
    a coded span, the very start and end."""
    state = viewer.state
    to_qt = state.offsets.to_qt
    out = {"start": 0, "end": to_qt(len(state.text))}
    if state.labels:
        s, e = next(iter(state.labels.values()))
        out |= {"after label": to_qt(e), "in label": to_qt(s + 1), "label start": to_qt(s)}
    codings = viewer.ctx.project.codings(viewer.document_id)
    if codings:
        out["in coding"] = to_qt(codings[0].start + 1)
    return out


@pytest.mark.parametrize("which", ["small", "demo"])
def test_body_text_keeps_the_body_format_whatever_the_cursor(qtbot, request, which) -> None:
    ctx = request.getfixturevalue("ctx" if which == "small" else "demo_ctx")
    viewer = DocumentViewer(ctx)
    qtbot.addWidget(viewer)
    viewer.resize(900, 600)
    viewer.show()
    qtbot.waitExposed(viewer)
    docs = [d.id for d in ctx.project.documents()]
    for i, first in enumerate(docs):
        viewer.show_document(first)
        for _kind, pos in _positions(viewer).items():
            viewer.show_document(first)
            cursor = viewer.view.textCursor()
            cursor.setPosition(pos)
            viewer.view.setTextCursor(cursor)
            for other in (docs[(i + 1) % len(docs)], first):  # the next document, then itself
                viewer.show_document(other)
                assert _body_formats_plain(viewer) == [], (first, _kind, other)


def test_the_text_does_not_reflow_when_the_first_coding_appears(qtbot, ctx) -> None:
    """Issue 18 item 10: the stripes margin grew with the first coding and the text reflowed."""
    viewer = DocumentViewer(ctx)
    qtbot.addWidget(viewer)
    viewer.resize(900, 600)
    viewer.show()
    qtbot.waitExposed(viewer)
    project = ctx.project
    doc = project.document_by_name("Interview A")
    project.remove_codings([c.id for c in project.codings(doc.id)])
    viewer.show_document(doc.id)
    margins = viewer.view.viewportMargins()
    width = viewer.view.viewport().width()
    text = viewer.state.text
    s = text.index("Trust took years")
    project.add_coding(doc.id, project.code_by_path("Resources").id, ctx.coder.id, s, s + 5)
    qtbot.waitUntil(lambda: len(viewer.view.stripes.stripes()) == 1)
    assert viewer.view.viewportMargins() == margins and viewer.view.viewport().width() == width


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
@pytest.mark.parametrize("color", ["#F0E442", "#FFFF00", "#FFFFFF", "#56B4E9", "#FCD34D", "#000000", "#E69F00"])
def test_stripe_labels_read_on_the_margin_whatever_the_code_colour(qapp, color: str, theme: str) -> None:
    """Issue 18 item 10: stripe labels of pale codes (yellow) were unreadable; issue 19: in
    every theme (dark codes on the dark margin too)."""
    from PySide6.QtGui import QColor

    from qcoder.gui.themes import THEMES
    from qcoder.gui.viewer.margins import contrast, label_color

    margin = QColor(THEMES[theme].margin)
    assert contrast(label_color(QColor(color), margin), margin) >= 4.5
