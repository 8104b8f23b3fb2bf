"""The disagreement list (largest first) and the side-by-side view of the coders' codings
on the selected text, with the reconciliation buttons (accept one coder's version, union,
intersection). The panel only shows and asks: the dialog runs the decisions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qcoder.analysis.agreement.disagreements import Disagreement, Kind, Method
from qcoder.app.agreement import AgreementInputs
from qcoder.gui.accessibility import a11y
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, number, translate
from qcoder.gui.style import html_color, set_tone
from qcoder.gui.team.excerpt_html import coder_html
from qcoder.gui.team.pages import esc
from qcoder.gui.team.stats_model import Index
from qcoder.gui.themes import current as theme

KIND_LABELS = {
    Kind.OMISSION: QT_TRANSLATE_NOOP("team.disagreements_view", "Omission"),
    Kind.BOUNDARY: QT_TRANSLATE_NOOP("team.disagreements_view", "Boundary"),
    Kind.CONFUSION: QT_TRANSLATE_NOOP("team.disagreements_view", "Confusion"),
}
# the kind in running text ("…: omission on Turnover")
KIND_WORDS = {
    Kind.OMISSION: QT_TRANSLATE_NOOP("team.disagreements_view", "omission"),
    Kind.BOUNDARY: QT_TRANSLATE_NOOP("team.disagreements_view", "boundary"),
    Kind.CONFUSION: QT_TRANSLATE_NOOP("team.disagreements_view", "confusion"),
}
KIND_TIPS = {
    Kind.OMISSION: QT_TRANSLATE_NOOP(
        "team.disagreements_view", "Some coders applied the code here and the others applied nothing in its place"
    ),
    Kind.BOUNDARY: QT_TRANSLATE_NOOP(
        "team.disagreements_view", "The coders applied the same code with different extents"
    ),
    Kind.CONFUSION: QT_TRANSLATE_NOOP("team.disagreements_view", "The coders applied different codes to the same text"),
}
DecidedKey = tuple[str, int, int, tuple[str, ...]]


def decided_key(document: str, start: int, end: int, codes: Sequence[str]) -> DecidedKey:
    """Identifies a decision in the audit log: document name, region, code paths."""
    return (document, start, end, tuple(codes))


def decided_keys(audit: Sequence[tuple[Any, ...]], consensus: str) -> set[DecidedKey]:
    out = set()
    for _id, _at, _actor, action, detail in audit:
        if action == "reconcile" and detail.get("consensus", consensus) == consensus:
            out.add(
                decided_key(
                    str(detail.get("document", "")),
                    int(detail.get("start", -1)),
                    int(detail.get("end", -1)),
                    [str(c) for c in detail.get("codes", [])],
                )
            )
    return out


@dataclass(frozen=True, slots=True)
class Row:
    item: Disagreement
    document: str
    codes: tuple[str, ...]  # code paths
    who: str  # "Maya: Turnover; Jordan: —"
    decided: bool
    key: DecidedKey


class DisagreementsModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("team.disagreements_view", "Kind"),
        QT_TRANSLATE_NOOP("team.disagreements_view", "Document"),
        QT_TRANSLATE_NOOP("team.disagreements_view", "Codes"),
        QT_TRANSLATE_NOOP("team.disagreements_view", "Characters"),
        QT_TRANSLATE_NOOP("team.disagreements_view", "Who applied what"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return translate("team.disagreements_view", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            kind = translate("team.disagreements_view", KIND_LABELS[r.item.kind]) + (" ✓" if r.decided else "")
            return (kind, r.document, ", ".join(r.codes), number(r.item.characters), r.who)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                tip = translate("team.disagreements_view", KIND_TIPS[r.item.kind])
                return translate("team.disagreements_view", "{tip} (decided)").format(tip=tip) if r.decided else tip
            where = f"{r.document} [{number(r.item.start)}–{number(r.item.end)})"
            return (None, where, "\n".join(r.codes), None, r.who)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and r.decided:
            return QColor(theme().placeholder)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def make_rows(items: Sequence[Disagreement], inputs: AgreementInputs, decided: set[DecidedKey]) -> list[Row]:
    """Display rows (pure: built in the worker, so the window only resets its model)."""
    rows = []
    code_names, coder_names, doc_names = inputs.code_names, inputs.coder_names, inputs.doc_names
    paths: dict[tuple[str, ...], tuple[str, ...]] = {}  # the same few patterns repeat across thousands of items
    whos: dict[tuple[tuple[str, tuple[str, ...]], ...], str] = {}
    for item in items:
        doc = doc_names.get(item.document, item.document)
        codes = paths.get(item.codes)
        if codes is None:
            codes = paths[item.codes] = tuple(code_names.get(c, c) for c in item.codes)
        who = whos.get(item.values)
        if who is None:
            who = whos[item.values] = "; ".join(
                f"{coder_names.get(r, r)}: {', '.join(code_names.get(c, c) for c in v) or '—'}" for r, v in item.values
            )
        key = (doc, item.start, item.end, codes)
        rows.append(Row(item, doc, codes, who, key in decided, key))
    return rows


class SideBySide(QWidget):
    """One column per coder: the excerpt with that coder's codings of the codes in question."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.columns_box = QHBoxLayout()
        self.columns_box.setSpacing(8)
        self.browsers: dict[str, QTextBrowser] = {}
        self.applied: dict[str, QLabel] = {}
        self._frames: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(self.columns_box, 1)
        self.clear()

    def clear(self, text: str = "") -> None:
        text = text or translate("team.disagreements_view", "Select a disagreement to compare the coders' versions.")
        self.header.setText(f"<span style='color:{html_color('muted')}'>{esc(text)}</span>")
        for frame in self._frames:
            frame.setParent(None)
            frame.deleteLater()
        self._frames, self.browsers, self.applied = [], {}, {}

    def show_item(self, row: Row, text: str, inputs: AgreementInputs, colors: Mapping[str, str]) -> None:
        self.clear()
        item = row.item
        kind = translate("team.disagreements_view", KIND_WORDS[item.kind])
        header = translate(
            "team.disagreements_view", "{document}, characters {start}–{end} ({length}): {kind} on {codes}"
        ).format(
            document=f"<b>{esc(row.document)}</b>",
            start=number(item.start),
            end=number(item.end),
            length=number(item.characters),
            kind=kind,
            codes=esc(", ".join(row.codes)),
        )
        if row.decided:
            decided = esc(translate("team.disagreements_view", "decided"))
            header += f" — <span style='color:{html_color('good')}'>{decided}</span>"
        self.header.setText(header)
        values = dict(item.values)
        for coder in item.coders:
            spans = {c: list(inputs.data.spans.get((item.document, c, coder), ())) for c in item.codes}
            frame = QFrame(self)
            frame.setFrameShape(QFrame.Shape.NoFrame)
            box = QVBoxLayout(frame)
            box.setContentsMargins(0, 0, 0, 0)
            name = QLabel(f"<b>{esc(inputs.coder_names.get(coder, coder))}</b>", frame)
            browser = QTextBrowser(frame)
            browser.setOpenLinks(False)
            browser.setHtml(coder_html(text, (item.start, item.end), spans, colors, inputs.code_names))
            applied = values.get(coder, ())
            label = QLabel(frame)
            label.setTextFormat(Qt.TextFormat.PlainText)  # code paths hold ">": never HTML here
            names = ", ".join(inputs.code_names.get(c, c) for c in applied) or translate(
                "team.disagreements_view", "nothing"
            )
            label.setText(translate("team.disagreements_view", "Applied here: {codes}").format(codes=names))
            label.setWordWrap(True)
            set_tone(label, "muted")
            box.addWidget(name)
            box.addWidget(browser, 1)
            box.addWidget(label)
            self.columns_box.addWidget(frame, 1)
            self._frames.append(frame)
            self.browsers[coder] = browser
            self.applied[coder] = label


class DisagreementsPanel(QWidget):
    """Emits ``decide(method, coder name or "")`` for the selected disagreements."""

    decide = Signal(object, str)
    open_requested = Signal(str, int, int)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DisagreementsModel(self)
        self._all: list[Row] = []
        self._inputs: AgreementInputs | None = None
        self._texts: dict[str, str] = {}
        self._colors: dict[str, str] = {}
        self._text_source: Any = None  # callable document id -> text
        self.summary = QLabel(self)
        self.hide_decided = QCheckBox(translate("team.disagreements_view", "Hide decided"), self)
        self.hide_decided.setChecked(True)
        self.hide_decided.toggled.connect(lambda _on: self._apply_filter())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.hide_decided)

        self.view = self._make_table()

        self.side = SideBySide(self)
        self._make_buttons()
        self.note = QLabel(self)
        set_tone(self.note, "muted")
        self.note.setWordWrap(True)

        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.side, 1)
        lower_box.addLayout(self.buttons_row)
        lower_box.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.can_decide = True
        self._update_buttons()

    def _make_table(self) -> QTableView:
        """The disagreements, one per row, several selectable at once."""
        view = QTableView(self)
        a11y(
            view,
            translate("team.disagreements_view", "Disagreements"),
            translate(
                "team.disagreements_view", "One per row: where the coders differ and how. Several can be chosen."
            ),
        )
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((100, 160, 200, 96)):
            header.resizeSection(col, width)
        view.selectionModel().selectionChanged.connect(self._on_selection)
        view.doubleClicked.connect(self._open_selected)
        return view

    def _make_buttons(self) -> None:
        """Accept one coder's version (a button per coder, filled in later), union,
        intersection, and show in document."""
        self.buttons_row = QHBoxLayout()
        self.accept_buttons: dict[str, QPushButton] = {}
        self.union_button = QPushButton(
            translate("team.disagreements_view", "&Union"), self
        )  # Alt+U; Alt+1, Alt+2… accept a coder
        self.union_button.setToolTip(translate("team.disagreements_view", "Keep what any coder applied here"))
        self.union_button.clicked.connect(lambda: self.decide.emit(Method.UNION, ""))
        self.intersection_button = QPushButton(translate("team.disagreements_view", "&Intersection"), self)
        self.intersection_button.setToolTip(
            translate("team.disagreements_view", "Keep only what every coder applied here")
        )
        self.intersection_button.clicked.connect(lambda: self.decide.emit(Method.INTERSECTION, ""))
        self.open_button = QPushButton(translate("team.disagreements_view", "&Show in document"), self)
        self.open_button.clicked.connect(self._open_selected)
        self._accept_box = QHBoxLayout()
        self.buttons_row.addLayout(self._accept_box)
        self.buttons_row.addWidget(self.union_button)
        self.buttons_row.addWidget(self.intersection_button)
        self.buttons_row.addStretch(1)
        self.buttons_row.addWidget(self.open_button)

    # --- content --------------------------------------------------------------------------------
    def set_data(self, rows: Sequence[Row], inputs: AgreementInputs, colors: Mapping[str, str], text_of: Any) -> None:
        """Show ``rows`` (from :func:`make_rows`, largest first); keeps the selected position."""
        row = self.current_row_number()
        self._inputs = inputs
        self._colors = dict(colors)
        self._text_source = text_of
        self._texts = {}
        self._all = list(rows)
        self._make_accept_buttons(inputs)
        self._apply_filter(row)

    def mark_decided(self, decided: set[DecidedKey]) -> None:
        """Decisions changed (made, undone): flag the rows again without recomputing anything."""
        row = self.current_row_number()
        self._all = [r if (r.key in decided) == r.decided else replace(r, decided=not r.decided) for r in self._all]
        self._apply_filter(row)

    def _apply_filter(self, keep_row: int = -1) -> None:
        rows = [r for r in self._all if not (r.decided and self.hide_decided.isChecked())]
        self.model.set_rows(rows)
        left = sum(not r.decided for r in self._all)
        done = len(self._all) - left
        to_decide = count_text(
            left,
            translate("team.disagreements_view", "{n} disagreement to decide"),
            translate("team.disagreements_view", "{n} disagreements to decide"),
        )
        if done:
            to_decide = translate("team.disagreements_view", "{to_decide}, {n} decided").format(
                to_decide=to_decide, n=number(done)
            )
        self.summary.setText(
            translate("team.disagreements_view", "{to_decide} — largest first").format(to_decide=to_decide)
        )
        if rows:
            self.select_row(min(max(keep_row, 0), len(rows) - 1))
        else:
            self.side.clear(
                translate("team.disagreements_view", "No disagreements left.")
                if self._all
                else translate("team.disagreements_view", "The coders agree everywhere.")
            )
            self._update_buttons()

    def _make_accept_buttons(self, inputs: AgreementInputs) -> None:
        for button in self.accept_buttons.values():
            button.setParent(None)
            button.deleteLater()
        self.accept_buttons = {}
        for n, coder in enumerate(inputs.coder_ids, start=1):
            name = inputs.coder_names.get(coder, coder)
            button = QPushButton(translate("team.disagreements_view", "Accept {name}").format(name=name), self)
            keys = f"Alt+{n}" if n < 10 else ""
            button.setShortcut(QKeySequence(keys))
            tip = translate("team.disagreements_view", "Keep {name}'s version of this text").format(name=name)
            button.setToolTip(f"{tip} ({keys})" if keys else tip)
            button.clicked.connect(lambda _c=False, n=name: self.decide.emit(Method.ACCEPT, n))
            self._accept_box.addWidget(button)
            self.accept_buttons[name] = button
        self._update_buttons()

    def rows(self) -> list[Row]:
        return self.model.rows()

    def all_rows(self) -> list[Row]:
        return list(self._all)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def current_row_number(self) -> int:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return min((i.row() for i in rows), default=-1)

    def selected(self) -> list[Disagreement]:
        return [
            self.model.row(i.row()).item
            for i in sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        ]

    def _on_selection(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if len(rows) == 1 and self._inputs is not None:
            row = self.model.row(rows[0].row())
            self.side.show_item(row, self._text(row.item.document), self._inputs, self._colors)
        elif rows:
            self.side.clear(
                translate(
                    "team.disagreements_view", "{n} disagreements selected: a decision applies to each of them."
                ).format(n=number(len(rows)))
            )
        else:
            self.side.clear()
        self._update_buttons()
        self.selection_changed.emit()

    def _text(self, doc_id: str) -> str:
        if doc_id not in self._texts and self._text_source is not None:
            self._texts[doc_id] = self._text_source(doc_id)
        return self._texts.get(doc_id, "")

    def _update_buttons(self) -> None:
        any_selected = bool(self.view.selectionModel().selectedRows())
        for button in (*self.accept_buttons.values(), self.union_button, self.intersection_button):
            button.setEnabled(any_selected and self.can_decide)
        self.open_button.setEnabled(len(self.view.selectionModel().selectedRows()) == 1)
        self.note.setText(
            translate(
                "team.disagreements_view",
                "Decisions go into the coder “Consensus”, each with an entry in the audit log; "
                "Edit → Undo takes a decision back.",
            )
            if self.can_decide
            else translate("team.disagreements_view", "Only a lead can reconcile disagreements.")
        )

    def set_can_decide(self, on: bool) -> None:
        self.can_decide = on
        self._update_buttons()

    def _open_selected(self, *_args: object) -> None:
        items = self.selected()
        if len(items) == 1:
            self.open_requested.emit(items[0].document, items[0].start, items[0].end)
