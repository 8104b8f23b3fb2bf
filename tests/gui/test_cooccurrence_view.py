"""The code co-occurrence window (Analysis → Code co-occurrence): the matrix is the workbook's
Co-occurrence sheet, the speaker filter, the network drawing (a click on an edge lists where
the two codes meet, a double-click opens one), PNG/SVG export, and it fits a laptop."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from qcoder.analysis.cooccurrence import compute_cooccurrence
from qcoder.analysis.index import Selection
from qcoder.exporters.xlsx_export import export_xlsx
from qcoder.gui.analysis.cooccurrence_view import CooccurrenceDialog


def _open(qtbot, ctx) -> CooccurrenceDialog:  # type: ignore[no-untyped-def]
    dialog = CooccurrenceDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.counted is not None and not dialog.is_computing(), timeout=20000)
    return dialog


def _overlap(project) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Alice codes Resources over her Prosecutors excerpt in Interview A: the two codes meet once."""
    codes = {c.name: c.id for c in project.codes()}
    alice = project.coder_by_name("Alice").id
    mine = next(c for c in project.codings() if c.code_id == codes["Prosecutors"])
    project.add_coding(mine.document_id, codes["Resources"], alice, mine.start + 4, mine.end + 10)
    return codes["Prosecutors"], codes["Resources"]


def test_matrix_is_the_workbook_sheet(qtbot, qtmodeltester, demo_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, demo_ctx)
    qtmodeltester.check(dialog.model)
    for mode in ("overlap", "turn"):
        with qtbot.waitSignal(dialog.computed, timeout=20000):
            dialog.set_options(mode)  # type: ignore[arg-type]
        export_xlsx(demo_ctx.project.snapshot(), tmp_path / f"{mode}.xlsx", cooccurrence=mode)  # type: ignore[arg-type]
        sheet = load_workbook(tmp_path / f"{mode}.xlsx")["Co-occurrence"]
        rows = [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)]
        shown = dialog.counted.matrix  # type: ignore[union-attr]
        assert [r[0] for r in rows] == shown.paths
        assert [[int(v or 0) for v in r[1:]] for r in rows] == shown.counts
        assert dialog.model.rowCount() == len(shown.paths)
    dialog.wait()


def test_speaker_filter_and_documents_unit(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, demo_ctx)
    with qtbot.waitSignal(dialog.computed, timeout=20000):
        dialog.set_options("overlap", "documents", ("stakeholder_group", "prosecutor"))
    assert dialog.value.currentText() == "prosecutor"
    counted = dialog.counted
    assert counted is not None
    expected = compute_cooccurrence(
        counted.index, Selection(), "overlap", "documents", {"stakeholder_group": ["prosecutor"]}
    )
    assert counted.matrix == expected
    every = compute_cooccurrence(counted.index, Selection(), "overlap", "documents")
    assert sum(map(sum, expected.counts)) < sum(map(sum, every.counts))
    dialog.wait()


def test_edge_click_lists_where_codes_meet_and_opens_one(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    prosecutors, resources = _overlap(window.ctx.project)
    window.windows.cooccurrence_action.trigger()
    dialog = window.windows.open_cooccurrence()
    assert isinstance(dialog, CooccurrenceDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.counted is not None and not dialog.is_computing(), timeout=20000)
    dialog.tabs.setCurrentIndex(1)
    edge = dialog.scene.edge_between(prosecutors, resources)
    assert edge is not None and edge.weight == 1
    names = {c.id: c.name for c in window.ctx.project.codes()}
    # Partnerships rolls Prosecutors up, so it meets Resources too; its links to its own
    # subcodes are left out
    assert {frozenset(names[c] for c in e.codes) for e in dialog.scene.edges} == {
        frozenset({"Prosecutors", "Resources"}),
        frozenset({"Partnerships", "Resources"}),
    }
    point = dialog.view.mapFromScene(edge.line().center())
    with qtbot.waitSignal(dialog.listed, timeout=5000):
        qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert dialog.passages.count() == 1 and edge.isSelected()
    assert "prosecutors came in early" in dialog.passages.item(0).text()
    meeting = dialog.passages.item(0).data(Qt.ItemDataRole.UserRole)
    item_rect = dialog.passages.visualItemRect(dialog.passages.item(0))
    qtbot.mouseClick(dialog.passages.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
    qtbot.mouseDClick(dialog.passages.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
    qtbot.waitUntil(lambda: window.viewer.document_id == meeting.document_id)
    assert window.viewer.view.selection_span(trim=False) == (meeting.start, meeting.end)
    # a matrix cell lists the same
    dialog.tabs.setCurrentIndex(0)
    dialog.passages.clear()
    cell = dialog.model.index_of(resources, prosecutors)
    with qtbot.waitSignal(dialog.listed, timeout=5000):
        qtbot.mouseClick(dialog.grid.viewport(), Qt.MouseButton.LeftButton, pos=dialog.grid.visualRect(cell).center())
    assert dialog.passages.count() == 1
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 700
    dialog.wait()


def test_network_exports_png_and_svg(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _overlap(ctx.project)
    dialog = _open(qtbot, ctx)
    png = dialog.export_drawing(tmp_path / "net.png")
    svg = dialog.export_drawing(tmp_path / "net.svg")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 200 and image.height() > 100
    assert QSvgRenderer(str(svg)).isValid()
    root = ET.parse(svg).getroot()
    texts = "".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Prosecutors" in texts and "Resources" in texts
    dialog.export_matrix(tmp_path / "m.xlsx")
    assert load_workbook(tmp_path / "m.xlsx").active["A1"].value == "code"
    dialog.wait()
