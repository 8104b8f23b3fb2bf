"""A check box whose long text wraps (qcoder.gui.wrapping_check)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from qcoder.gui.wrapping_check import wrapping_check_box

TEXT = "Include the codings and framework summaries this coder already made here " * 2


def test_the_text_wraps_and_a_click_on_it_toggles_the_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    box, row = wrapping_check_box(TEXT, parent)
    label = row.findChild(QLabel)
    assert label is not None and label.wordWrap() and box.text() == ""
    assert label.alignment() & Qt.AlignmentFlag.AlignTop  # its first line beside the box (seen on screen)
    assert box.accessibleName() == TEXT.replace("&", "")  # a screen reader reads the option
    assert row.minimumSizeHint().width() < 300  # however long the text
    parent.show()
    qtbot.waitExposed(parent)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    box.setEnabled(False)
    assert not label.isEnabled()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert not box.isChecked()  # a disabled option stays as it is
