"""The analysis view's controls: columns, count, coders, interviewers, rows and shading.

Layout only: the view reads the choices (:meth:`AnalysisControls.options`, ``kind``,
``shading``) when ``options_changed`` (counts must be computed anew) or ``display_changed``
(only the figures shown change) is emitted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.analysis.matrix import UNIT_ATTRIBUTE, CountKind, Options, RowMode
from qcoder.gui.accessibility import a11y
from qcoder.gui.analysis.matrix_model import Shading, kind_text
from qcoder.gui.i18n import translate
from qcoder.gui.texts import attribute_label

CONSENSUS = "consensus"


class AnalysisControls(QWidget):
    options_changed = Signal()
    display_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._coders: dict[str, str] = {}  # id -> name, in menu order
        self._chosen: set[str] = set()  # coder ids; empty = all
        self._filling = False

        self._make_widgets()
        for combo in (
            self.attribute_combo,
            self.attribute2_combo,
            self.rows_combo,
            self.kind_combo,
            self.shading_combo,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.attribute_combo, self.attribute2_combo, self.rows_combo):
            combo.currentIndexChanged.connect(self._options_changed)
        self.interviewers_check.toggled.connect(self._options_changed)
        for combo in (self.kind_combo, self.shading_combo):
            combo.currentIndexChanged.connect(self._display_changed)

        self._arrange()
        self.set_coders({})

    def _make_widgets(self) -> None:
        self.attribute_combo = QComboBox(self)
        a11y(
            self.attribute_combo,
            translate("analysis.controls", "Columns"),
            translate("analysis.controls", "The attribute whose values make the columns"),
        )
        self.attribute_combo.setToolTip(
            translate(
                "analysis.controls",
                "The attribute whose values make the columns (a participant's value, or else the document's)",
            )
        )
        self.attribute2_combo = QComboBox(self)
        a11y(
            self.attribute2_combo,
            translate("analysis.controls", "Columns split by"),
            translate("analysis.controls", "A second attribute that splits each column"),
        )
        self.attribute2_combo.setToolTip(
            translate("analysis.controls", "Split each column by a second attribute (e.g. group × site)")
        )
        self.kind_combo = QComboBox(self)
        a11y(
            self.kind_combo,
            translate("analysis.controls", "Count"),
            translate("analysis.controls", "What each cell counts"),
        )
        for kind in CountKind:
            self.kind_combo.addItem(kind_text(kind), kind.value)
        self.kind_combo.setToolTip(translate("analysis.controls", "What each cell counts"))
        self.coders_button = QToolButton(self)
        self.coders_button.setObjectName("MenuButton")
        self.coders_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.coders_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.coders_button.setToolTip(
            translate("analysis.controls", "Count the codings of every coder, of one, of several, or of the consensus")
        )
        self.coders_menu = QMenu(self)
        self.coders_button.setMenu(self.coders_menu)
        self.interviewers_check = QCheckBox(translate("analysis.controls", "Include interviewers"), self)
        self.interviewers_check.setToolTip(
            translate("analysis.controls", "Count passages spoken by interviewers as well (off: respondents only)")
        )
        self._make_row_widgets()

    def _make_row_widgets(self) -> None:
        """The second row's choices: which codes are rows, and the shading."""
        self.rows_combo = QComboBox(self)
        a11y(
            self.rows_combo,
            translate("analysis.controls", "Rows"),
            translate("analysis.controls", "Which codes are rows"),
        )
        self.rows_combo.addItem(
            translate("analysis.controls", "All codes, parents include subcodes"), RowMode.ROLLUP.value
        )
        self.rows_combo.addItem(translate("analysis.controls", "All codes, own codings only"), RowMode.OWN.value)
        self.rows_combo.addItem(translate("analysis.controls", "Top-level themes only"), RowMode.TOP.value)
        self.rows_combo.setToolTip(
            translate(
                "analysis.controls", "Which codes are rows, and whether a parent's row counts its subcodes' excerpts"
            )
        )
        self.shading_combo = QComboBox(self)
        a11y(
            self.shading_combo,
            translate("analysis.controls", "Shading"),
            translate("analysis.controls", "Heat-map scale of the cells"),
        )
        self.shading_combo.addItem(translate("analysis.controls", "Shade each column"), Shading.COLUMN.value)
        self.shading_combo.addItem(translate("analysis.controls", "Shade whole table"), Shading.TABLE.value)
        self.shading_combo.addItem(translate("analysis.controls", "No shading"), Shading.OFF.value)
        self.shading_combo.setToolTip(
            translate("analysis.controls", "Heat-map scale: darkest = largest figure of the column, or of the table")
        )

    def _arrange(self) -> None:
        """Columns, count, coders and interviewers on the first row; rows and shading (and the
        view's export buttons) on the second."""
        row1 = QHBoxLayout()
        row1.setContentsMargins(0, 0, 0, 0)
        row1.addWidget(QLabel(translate("analysis.controls", "Columns"), self))
        row1.addWidget(self.attribute_combo)
        row1.addWidget(QLabel("×", self))
        row1.addWidget(self.attribute2_combo)
        row1.addSpacing(12)
        row1.addWidget(QLabel(translate("analysis.controls", "Count"), self))
        row1.addWidget(self.kind_combo)
        row1.addSpacing(12)
        row1.addWidget(self.coders_button)
        row1.addSpacing(6)
        row1.addWidget(self.interviewers_check)
        row1.addStretch(1)
        self.row2 = QHBoxLayout()
        self.row2.setContentsMargins(0, 0, 0, 0)
        self.row2.addWidget(QLabel(translate("analysis.controls", "Rows"), self))
        self.row2.addWidget(self.rows_combo)
        self.row2.addSpacing(12)
        self.row2.addWidget(self.shading_combo)
        self.row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row1)
        layout.addLayout(self.row2)

    # --- choices ----------------------------------------------------------------------------
    def options(self) -> Options:
        return Options(
            attribute=self.attribute_combo.currentData() or "",
            attribute2=self.attribute2_combo.currentData() or "",
            coders=frozenset(self._chosen) if self._chosen else None,
            include_interviewers=self.interviewers_check.isChecked(),
            rows=RowMode(self.rows_combo.currentData() or RowMode.ROLLUP.value),
        )

    def kind(self) -> CountKind:
        return CountKind(self.kind_combo.currentData() or CountKind.EXCERPTS.value)

    def shading(self) -> Shading:
        return Shading(self.shading_combo.currentData() or Shading.COLUMN.value)

    def set_kind(self, kind: CountKind) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind.value), 0))

    def chosen_coders(self) -> set[str]:
        return set(self._chosen)

    # --- filling ----------------------------------------------------------------------------
    def set_attributes(self, names: list[str], options: Options) -> None:
        """Offer ``names`` and show ``options``' attributes (without emitting)."""
        self._filling = True
        try:
            items = [(attribute_label(n), n) for n in names]
            self._set_items(self.attribute_combo, items, options.attribute)
            self._set_items(self.attribute2_combo, [("—", "")] + items, options.attribute2)
            has_unit = UNIT_ATTRIBUTE in names
            model = self.kind_combo.model()
            i = self.kind_combo.findData(CountKind.UNITS.value)
            item = model.item(i) if hasattr(model, "item") else None
            if item is not None:
                item.setEnabled(has_unit)
            if not has_unit and self.kind() == CountKind.UNITS:
                self.kind_combo.setCurrentIndex(0)
        finally:
            self._filling = False

    @staticmethod
    def _set_items(combo: QComboBox, items: list[tuple[str, str]], current: str) -> None:
        combo.blockSignals(True)
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] != items:
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def set_coders(self, coders: dict[str, str], chosen: frozenset[str] | None = None) -> None:
        """Offer ``coders`` (id -> name): a consensus coder first, then the others by name."""
        order = sorted(coders.items(), key=lambda kv: (kv[1].casefold() != CONSENSUS, kv[1].casefold()))
        self._coders = dict(order)
        self._chosen = {c for c in (chosen or ()) if c in self._coders}
        self.coders_menu.clear()
        everyone = QAction(translate("analysis.controls", "All coders"), self.coders_menu)
        everyone.setCheckable(True)
        everyone.setChecked(not self._chosen)
        everyone.triggered.connect(lambda: self._choose(set()))
        self.coders_menu.addAction(everyone)
        self.coders_menu.addSeparator()
        for cid, name in self._coders.items():
            act = QAction(name, self.coders_menu)
            act.setCheckable(True)
            act.setChecked(cid in self._chosen)
            act.setData(cid)
            act.triggered.connect(lambda on, cid=cid: self._toggle_coder(cid, on))
            self.coders_menu.addAction(act)
        self._update_coders_text()

    def coder_action(self, name: str) -> QAction:
        """The menu entry of coder ``name`` ("All coders" for every coder)."""
        return next(a for a in self.coders_menu.actions() if a.text() == name)

    def _toggle_coder(self, coder_id: str, on: bool) -> None:
        chosen = set(self._chosen)
        if on:
            chosen.add(coder_id)
        else:
            chosen.discard(coder_id)
        self._choose(chosen)

    def _choose(self, chosen: set[str]) -> None:
        self._chosen = chosen
        for act in self.coders_menu.actions():
            cid = act.data()
            if act.isCheckable():
                act.setChecked(cid in chosen if cid else not chosen)
        self._update_coders_text()
        self._options_changed()

    def _update_coders_text(self) -> None:
        if not self._chosen:
            text = translate("analysis.controls", "Coders: all")
        elif len(self._chosen) == 1:
            text = translate("analysis.controls", "Coder: {name}").format(
                name=self._coders.get(next(iter(self._chosen)), "?")
            )
        else:
            text = translate("analysis.controls", "Coders: {n} of {total}").format(
                n=len(self._chosen), total=len(self._coders)
            )
        self.coders_button.setText(text)

    def _options_changed(self) -> None:
        if not self._filling:
            self.options_changed.emit()

    def _display_changed(self) -> None:
        if not self._filling:
            self.display_changed.emit()
