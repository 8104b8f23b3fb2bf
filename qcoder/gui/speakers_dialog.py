"""The speakers of one document: rename, merge, mark the interviewer, link to participants.

Speaker labels come from the transcript ("Det. Ortega:", "I:"); linking a label to a
participant gives its excerpts the participant's attributes (stakeholder group…), and
marking the interviewer keeps questions out of theme counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcoder.core.attributes import NATURAL_CATEGORIES
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.errors import QcoderError
from qcoder.core.model import AttributeScope, AttributeType, Participant, Speaker
from qcoder.gui.accessibility import a11y
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.grouping import one_undo_step
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, number, translate
from qcoder.gui.record_model import ID_ROLE, Index, RecordTableModel
from qcoder.gui.style import set_tone
from qcoder.gui.texts import attribute_label, one_line
from qcoder.gui.turn_rules import NoSpeakersBox

LABEL, TURNS, INTERVIEWER, PARTICIPANT, GROUP, SAMPLE = range(6)
_HEADERS = (  # translated where shown
    QT_TRANSLATE_NOOP("speakers_dialog", "Speaker"),
    QT_TRANSLATE_NOOP("speakers_dialog", "Turns"),
    QT_TRANSLATE_NOOP("speakers_dialog", "Interviewer"),
    QT_TRANSLATE_NOOP("speakers_dialog", "Participant"),
    QT_TRANSLATE_NOOP("speakers_dialog", "Stakeholder group"),
    QT_TRANSLATE_NOOP("speakers_dialog", "First words"),
)
GROUP_ATTRIBUTE = "stakeholder_group"


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    speaker: Speaker
    turns: int
    participant: Participant | None
    sample: str

    @property
    def id(self) -> str:
        return self.speaker.id


class SpeakersModel(RecordTableModel):
    """Rows: the speakers of one document. The label is editable; Interviewer is a check box."""

    error = Signal(str)

    def __init__(self, ctx: AppContext, document_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.document_id = document_id
        self._text: str | None = None
        ctx.changed.connect(self._on_changed)
        self.reset_rows(self._fetch())

    def _fetch(self) -> list[SpeakerRow]:
        project = self._ctx.project
        if project is None:
            return []
        if self._text is None:
            self._text = project.document(self.document_id).text
        turns = project.turns(self.document_id)
        participants = {p.id: p for p in project.participants()}
        rows = []
        for s in project.speakers(self.document_id):
            own = [t for t in turns if t.speaker_id == s.id]
            first = min(own, key=lambda t: t.start) if own else None
            sample = one_line(self._text[first.start : min(first.end, first.start + 160)]) if first else ""
            rows.append(SpeakerRow(s, len(own), participants.get(s.participant_id or ""), sample))
        return rows

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._ctx.project is None:
            return
        if changes.removed.get(Kind.DOCUMENT) and self.document_id in changes.removed[Kind.DOCUMENT]:
            self.reset_rows([])
        elif any(
            changes.touches(k) for k in (Kind.SPEAKER, Kind.PARTICIPANT, Kind.ATTRIBUTE)
        ) or self.document_id in changes.ids(Kind.DOCUMENT):
            self.sync_rows(self._fetch())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return translate("speakers_dialog", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: SpeakerRow = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == LABEL:
                return row.speaker.label
            if col == TURNS:
                return row.turns if role == Qt.ItemDataRole.EditRole else number(row.turns)
            if col == PARTICIPANT:
                return row.participant.name if row.participant else ""
            if col == GROUP:
                return row.participant.attributes.get(GROUP_ATTRIBUTE, "") if row.participant else ""
            if col == SAMPLE:
                return row.sample
            return None
        if role == Qt.ItemDataRole.CheckStateRole and col == INTERVIEWER:
            return Qt.CheckState.Checked if row.speaker.is_interviewer else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col == TURNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == SAMPLE:
            return row.sample
        if role == ID_ROLE:
            return row.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == LABEL:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == INTERVIEWER:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        project = self._ctx.project
        if project is None or not index.isValid():
            return False
        row: SpeakerRow = self._rows[index.row()]
        try:
            if index.column() == LABEL and role == Qt.ItemDataRole.EditRole:
                label = str(value).strip()
                if label == row.speaker.label:
                    return False
                project.update_speaker(row.id, label=label)
            elif index.column() == INTERVIEWER and role == Qt.ItemDataRole.CheckStateRole:
                checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
                project.update_speaker(row.id, is_interviewer=checked)
            else:
                return False
        except QcoderError as exc:
            self.error.emit(user_message(exc))
            return False
        return True


class ParticipantDialog(QDialog):
    """A new participant: name, stakeholder group and the other participant attributes."""

    def __init__(self, ctx: AppContext, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("speakers_dialog", "New participant"))
        project = ctx.require_project()
        self.name_edit = QLineEdit(name, self)
        self.fields: dict[str, QComboBox | QLineEdit] = {}
        form = QFormLayout()
        form.addRow(translate("speakers_dialog", "Name:"), self.name_edit)
        definitions = {a.name: a for a in project.attributes(AttributeScope.PARTICIPANT)}
        # the same attribute on documents (set from the attribute sheet) lends its allowed values
        on_documents = {a.name: a for a in project.attributes(AttributeScope.DOCUMENT)}
        seen: dict[str, set[str]] = {}
        for p in project.participants():
            for k, v in p.attributes.items():
                seen.setdefault(k, set()).add(v)
        names = [GROUP_ATTRIBUTE] + [n for n in NATURAL_CATEGORIES if n in on_documents and n != GROUP_ATTRIBUTE]
        names += [n for n in definitions if n not in names]
        for attr in names:
            definition = definitions.get(attr)
            is_category = (definition is None and attr in NATURAL_CATEGORIES) or (
                definition is not None and definition.type is AttributeType.CATEGORY
            )
            field: QComboBox | QLineEdit
            if is_category:
                field = QComboBox(self)
                field.setEditable(True)  # a new value is added to the category
                values = list(definition.allowed) if definition else []
                borrowed = on_documents.get(attr)
                values += [v for v in (borrowed.allowed if borrowed else ()) if v not in values]
                values += sorted(v for v in seen.get(attr, ()) if v not in values)
                field.addItems([""] + values)
            else:
                field = QLineEdit(self)
                if definition is not None and definition.type is AttributeType.DATE:
                    field.setPlaceholderText(translate("speakers_dialog", "YYYY-MM-DD"))
            self.fields[attr] = field
            form.addRow(translate("speakers_dialog", "{attribute}:").format(attribute=attribute_label(attr)), field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def set_value(self, attribute: str, value: str) -> None:
        field = self.fields[attribute]
        if isinstance(field, QComboBox):
            field.setCurrentText(value)
        else:
            field.setText(value)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def attributes(self) -> dict[str, str]:
        out = {}
        for attr, field in self.fields.items():
            value = (field.currentText() if isinstance(field, QComboBox) else field.text()).strip()
            if value:
                out[attr] = value
        return out


class SpeakersDialog(QDialog):
    """Speakers of one document with their turns; rename in place, merge, link, interviewer."""

    def __init__(self, ctx: AppContext, document_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.document_id = document_id
        info = ctx.require_project().document_info(document_id)
        self.setWindowTitle(translate("speakers_dialog", "Speakers — {name}").format(name=info.name))
        self.resize(900, 380)
        self.model = SpeakersModel(ctx, document_id, self)
        self.view = self._make_table()
        self._name = info.name
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.merge_button = QPushButton(translate("speakers_dialog", "Merge into"), self)
        self.merge_menu = QMenu(self)
        self.merge_menu.aboutToShow.connect(self._fill_merge_menu)
        self.merge_button.setMenu(self.merge_menu)
        self.link_button = QPushButton(translate("speakers_dialog", "Link to participant"), self)
        self.link_menu = QMenu(self)
        self.link_menu.aboutToShow.connect(self._fill_link_menu)
        self.link_button.setMenu(self.link_menu)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        self.no_speakers = NoSpeakersBox(ctx, document_id, self)  # shown while there are none
        self._on_rows()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.no_speakers)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.model.error.connect(self.show_error)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(lambda *_: self._on_rows())
        self.model.rowsRemoved.connect(self._update_buttons)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def _on_rows(self) -> None:
        n = self.model.rowCount()
        one = translate(
            "speakers_dialog",
            "{n} speaker found in “{name}”. Double-click a name to rename it; link speakers "
            "to participants so their excerpts carry the participant's attributes.",
        )
        many = translate(
            "speakers_dialog",
            "{n} speakers found in “{name}”. Double-click a name to rename it; link speakers "
            "to participants so their excerpts carry the participant's attributes.",
        )
        # count_text fills {n} only: {name} is kept (braces doubled) for the next format
        intro = count_text(n, one.replace("{name}", "{{name}}"), many.replace("{name}", "{{name}}"))
        self.intro.setText(intro.format(name=self._name))
        self.no_speakers.setVisible(n == 0)

    # --- selection --------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        """Speakers with their turns; names edited in place."""
        view = QTableView(self)
        a11y(
            view,
            translate("speakers_dialog", "Speakers"),
            translate("speakers_dialog", "One row per speaker: label, participant, turns"),
        )
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((LABEL, 150), (TURNS, 50), (INTERVIEWER, 90), (PARTICIPANT, 150), (GROUP, 150)):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))  # translated: wider in es/fr
            header.resizeSection(col, max(width, header.fontMetrics().horizontalAdvance(title) + 24))
        return view

    def current(self) -> SpeakerRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_speaker(self, speaker_id: str) -> None:
        row = self.model.row_of(speaker_id)
        if row >= 0:
            self.view.selectRow(row)

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.merge_button.setEnabled(has and self.model.rowCount() > 1)
        self.link_button.setEnabled(has)

    def show_error(self, message: str) -> None:
        set_tone(self.status, "error")
        self.status.setText(message)

    def show_info(self, message: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(message)

    # --- menus ------------------------------------------------------------------------------
    def _fill_merge_menu(self) -> None:
        self.merge_menu.clear()
        row = self.current()
        if row is None:
            return
        for other in self.model.records():
            if other.id != row.id:
                action = QAction(
                    translate("speakers_dialog", "{speaker} ({turns})").format(
                        speaker=other.speaker.label,
                        turns=count_text(
                            other.turns,
                            translate("speakers_dialog", "{n} turn"),
                            translate("speakers_dialog", "{n} turns"),
                        ),
                    ),
                    self.merge_menu,
                )
                action.triggered.connect(lambda _=False, s=row.id, t=other.id: self.merge(s, t))
                self.merge_menu.addAction(action)

    def _fill_link_menu(self) -> None:
        self.link_menu.clear()
        row = self.current()
        if row is None:
            return
        new = self.link_menu.addAction(translate("speakers_dialog", "New participant…"))
        new.triggered.connect(self.link_new_dialog)
        if row.participant is not None:
            unlink = self.link_menu.addAction(
                translate("speakers_dialog", "Unlink from {name}").format(name=row.participant.name)
            )
            unlink.triggered.connect(lambda _=False, s=row.id: self.link(s, None))
        participants = self._ctx.require_project().participants()
        if participants:
            self.link_menu.addSeparator()
        for p in participants:
            group = p.attributes.get(GROUP_ATTRIBUTE, "")
            action = QAction(p.name + (f" — {group}" if group else ""), self.link_menu)
            action.setCheckable(True)
            action.setChecked(row.participant is not None and row.participant.id == p.id)
            action.triggered.connect(lambda _=False, s=row.id, pid=p.id: self.link(s, pid))
            self.link_menu.addAction(action)

    # --- operations -------------------------------------------------------------------------
    def rename(self, speaker_id: str, label: str) -> bool:
        return self._run(lambda: self._ctx.require_project().update_speaker(speaker_id, label=label))

    def set_interviewer(self, speaker_id: str, on: bool) -> bool:
        return self._run(lambda: self._ctx.require_project().update_speaker(speaker_id, is_interviewer=on))

    def merge(self, source_id: str, target_id: str) -> bool:
        """Merge ``source_id`` into ``target_id``: its turns become the target's."""
        source = self.model.record(self.model.row_of(source_id)).speaker.label
        target = self.model.record(self.model.row_of(target_id)).speaker.label
        if self._run(lambda: self._ctx.require_project().merge_speakers(source_id, target_id)):
            self.select_speaker(target_id)
            self.show_info(
                translate("speakers_dialog", "Merged “{source}” into “{target}”.").format(source=source, target=target)
            )
            return True
        return False

    def link(self, speaker_id: str, participant_id: str | None) -> bool:
        return self._run(lambda: self._ctx.require_project().update_speaker(speaker_id, participant_id=participant_id))

    def link_new(self, speaker_id: str, name: str, attributes: dict[str, str]) -> Participant | None:
        """Create a participant with ``attributes`` and link the speaker to it (one undo step)."""
        project = self._ctx.require_project()
        created: list[Participant] = []

        def run() -> None:
            with one_undo_step(
                self._ctx,
                translate("speakers_dialog", "Link speaker to new participant {name}").format(name=name.strip()),
            ):
                created.append(project.add_participant(name, attributes))
                project.update_speaker(speaker_id, participant_id=created[0].id)

        self._run(run)
        return created[0] if created else None

    def link_new_dialog(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = ParticipantDialog(self._ctx, row.speaker.label, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.name():
            self.link_new(row.id, dialog.name(), dialog.attributes())

    def _run(self, action: Any) -> bool:
        try:
            action()
        except QcoderError as exc:
            self.show_error(user_message(exc))
            return False
        self.status.setText("")
        return True
