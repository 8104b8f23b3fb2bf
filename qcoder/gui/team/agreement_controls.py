"""The agreement dialog's settings row: which coders, the unit, pooled or averaged figures,
the group-by attribute, unitizing with an exclusive group, Compute and Export. Built here
(widgets, texts, layout); the dialog connects them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.analysis.agreement import Pooling, Unit
from qcoder.gui.accessibility import a11y
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate
from qcoder.gui.screen_fit import compact, wrapping
from qcoder.gui.style import set_tone
from qcoder.gui.team.stats_model import pooling_tip

UNITS = (
    (Unit.CHARACTER, QT_TRANSLATE_NOOP("team.agreement_controls", "Characters")),
    (Unit.SENTENCE, QT_TRANSLATE_NOOP("team.agreement_controls", "Sentences")),
    (Unit.PARAGRAPH, QT_TRANSLATE_NOOP("team.agreement_controls", "Paragraphs")),
    (Unit.TURN, QT_TRANSLATE_NOOP("team.agreement_controls", "Speaker turns")),
    (Unit.DOCUMENT, QT_TRANSLATE_NOOP("team.agreement_controls", "Documents")),
)
_EXPORT_TIP = QT_TRANSLATE_NOOP(
    "team.agreement_controls",
    "The methods appendix (Word or Excel: statistics and why, verdicts, the weakest codes' "
    "disagreements quoted), or every breakdown as CSV rows",
)


#: The width, in characters, of the attribute and exclusive-group choices; longer names elide.
_COMBO_CHARACTERS = 18


@dataclass(frozen=True)
class Controls:
    coder_list: QListWidget
    unit_box: QComboBox
    pooling_box: QComboBox
    group_box: QComboBox
    unitizing_box: QCheckBox
    exclusive_box: QComboBox
    compute_button: QPushButton
    export_button: QPushButton
    status: QLabel
    row: QVBoxLayout


def _coder_list(parent: QWidget) -> QListWidget:
    coder_list = QListWidget(parent)
    a11y(
        coder_list,
        translate("team.agreement_controls", "Coders"),
        translate("team.agreement_controls", "Tick the coders to compare"),
    )
    coder_list.setFlow(QListView.Flow.LeftToRight)
    coder_list.setWrapping(True)
    coder_list.setSpacing(2)
    coder_list.setFixedHeight(parent.fontMetrics().height() * 2 + 18)
    coder_list.setToolTip(translate("team.agreement_controls", "The coders to compare (two or more)"))
    coder_list.setMinimumWidth(260)
    coder_list.setMaximumWidth(440)
    return coder_list


def _choice_boxes(parent: QWidget) -> tuple[QComboBox, QComboBox, QComboBox]:
    """The unit, pooling and group-by boxes (the items' data: enum values, attribute names)."""
    unit_box = QComboBox(parent)
    for unit, label in UNITS:
        unit_box.addItem(translate("team.agreement_controls", label), unit.value)  # enums do not survive QVariant
    unit_box.setToolTip(
        translate(
            "team.agreement_controls",
            "What one unit is: every character, or every sentence/paragraph/turn/document "
            "(coded when any coding touches it)",
        )
    )
    pooling_box = QComboBox(parent)
    pooling_box.addItem(translate("team.agreement_controls", "Pooled"), Pooling.POOLED.value)
    pooling_box.addItem(translate("team.agreement_controls", "Averaged"), Pooling.AVERAGED.value)
    pooling_box.setItemData(0, pooling_tip(Pooling.POOLED), Qt.ItemDataRole.ToolTipRole)
    pooling_box.setItemData(1, pooling_tip(Pooling.AVERAGED), Qt.ItemDataRole.ToolTipRole)
    group_box = QComboBox(parent)
    group_box.setToolTip(translate("team.agreement_controls", "A document attribute to break the figures down by"))
    return unit_box, pooling_box, group_box


def _unitizing(parent: QWidget) -> tuple[QCheckBox, QComboBox]:
    unitizing_box = QCheckBox(translate("team.agreement_controls", "Unitizing (Krippendorff 2016)"), parent)
    unitizing_box.setToolTip(
        translate(
            "team.agreement_controls",
            "Also compute agreement on the coded passages themselves (character continuum): α_U (1995/2004) "
            "and uα per code; |uα, cuα and Cuα for a group of exclusive codes",
        )
    )
    exclusive_box = QComboBox(parent)
    exclusive_box.setToolTip(
        translate(
            "team.agreement_controls",
            "A code whose subcodes are mutually exclusive categories: the unitizing alphas of the group",
        )
    )
    return unitizing_box, exclusive_box


def _column(*widgets: QWidget) -> QVBoxLayout:
    box = QVBoxLayout()
    for widget in widgets:
        box.addWidget(widget)
    box.addStretch(1)
    return box


def make_controls(parent: QWidget) -> Controls:
    coder_list = _coder_list(parent)
    unit_box, pooling_box, group_box = _choice_boxes(parent)
    unitizing_box, exclusive_box = _unitizing(parent)
    compute_button = QPushButton(translate("team.agreement_controls", "Compute"), parent)
    compute_button.setDefault(True)
    export_button = QPushButton(translate("team.agreement_controls", "Export…"), parent)
    export_button.setToolTip(translate("team.agreement_controls", _EXPORT_TIP))
    status = QLabel(parent)
    set_tone(status, "muted")
    wrapping(status)  # a long progress or decision text wraps: it never widens the dialog
    for box in (group_box, exclusive_box):  # long attribute names or code paths do not widen it either
        compact(box, _COMBO_CHARACTERS)

    # two rows, so that the dialog fits a laptop at 150 % in every language: who and what is
    # compared, with Compute beside it; then how it is counted, with the status line
    who = QHBoxLayout()
    coders = QVBoxLayout()
    coders.addWidget(QLabel(translate("team.agreement_controls", "Coders:"), parent))
    coders.addWidget(coder_list)
    who.addLayout(coders, 2)
    who.addLayout(_column(unitizing_box, exclusive_box), 1)
    who.addLayout(_column(compute_button, export_button))
    how = QHBoxLayout()
    for label, widget in (
        (translate("team.agreement_controls", "Unit:"), unit_box),
        (translate("team.agreement_controls", "Figures:"), pooling_box),
        (translate("team.agreement_controls", "Group by:"), group_box),
    ):
        how.addLayout(_column(QLabel(label, parent), widget))
    status_box = QVBoxLayout()
    status_box.addStretch(1)
    status_box.addWidget(status)
    how.addLayout(status_box, 1)
    row = QVBoxLayout()
    row.addLayout(who)
    row.addLayout(how)
    return Controls(
        coder_list,
        unit_box,
        pooling_box,
        group_box,
        unitizing_box,
        exclusive_box,
        compute_button,
        export_button,
        status,
        row,
    )
