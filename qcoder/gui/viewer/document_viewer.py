"""The document viewer: a header, the transcript view with its margins, and the find bar.

It loads one document through the service API into a :class:`ViewState` and then keeps it
current from the project's change sets, re-highlighting only the lines that changed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.errors import NotFound
from qcoder.core.model import Coding
from qcoder.gui.accessibility import a11y
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import count_text, number, translate
from qcoder.gui.settings import SHOW_ALL, SHOW_MINE, SHOW_SELECTED, CodingFilter
from qcoder.gui.viewer.caret_codings import CaretCodings
from qcoder.gui.viewer.find_bar import FindBar
from qcoder.gui.viewer.index import CodingIndex
from qcoder.gui.viewer.state import Codebook, ViewState
from qcoder.gui.viewer.text_view import TranscriptView

# above this many changed codings, reload the document's codings in one query
_BULK = 40


class DocumentViewer(QWidget):
    coding_selected = Signal(object)  # coding id or None
    document_shown = Signal(str)  # document id ("" when closed)
    speakers_requested = Signal()  # the header's "give its paragraphs to speakers" link

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state: ViewState | None = None
        self._codebook = Codebook()
        self._blind = False  # the project's blind mode: each coder sees only their own codings

        header = self._make_header()

        self.view = TranscriptView(self)
        self.view.set_reading_font(ctx.settings.viewer_font_size())
        self.view.snap_words = ctx.settings.snap_to_words()
        self.caret = CaretCodings(self.view)  # the codings at the caret, for screen readers
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.find_bar.hits_changed.connect(self._on_find_hits)
        # the bar hides with the focus in it: Qt would pass focus to the next widget in the
        # chain (the codebook's filter box); it goes back to the transcript instead
        self.find_bar.closed.connect(lambda: self.view.setFocus(Qt.FocusReason.OtherFocusReason))

        self.placeholder = QLabel(
            translate("viewer.document_viewer", "Open a document from the list to start coding."), self
        )
        self.placeholder.setObjectName("Placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        page = QWidget(self)
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(0)
        pl.addWidget(header)
        pl.addWidget(self.view, 1)
        pl.addWidget(self.find_bar)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.view.coding_activated.connect(self.select_coding)
        ctx.changed.connect(self.apply_changes)
        ctx.coder_changed.connect(self._on_coder_changed)
        ctx.view_settings_changed.connect(self._on_view_settings_changed)
        ctx.project_closed.connect(self.clear)
        ctx.project_opened.connect(self._on_project_opened)
        if ctx.project is not None:
            self._on_project_opened()

    def _make_header(self) -> QWidget:
        """The document's name and figures, with the "Showing: …" codings filter."""
        self.title = QLabel(self)
        self.title.setObjectName("ViewerTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("ViewerSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.linkActivated.connect(lambda _link: self.speakers_requested.emit())
        self.filter_button = QToolButton(self)
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter_menu = QMenu(self)
        self.filter_menu.aboutToShow.connect(self._fill_filter_menu)
        self.filter_button.setMenu(self.filter_menu)
        self.filter_button.setToolTip(translate("viewer.document_viewer", "Which codings to show"))
        a11y(
            self.filter_button,
            translate("viewer.document_viewer", "Show codings"),
            translate("viewer.document_viewer", "Which codings the transcript shows: coders and codes"),
        )

        header = QWidget(self)
        header.setObjectName("ViewerHeader")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(14, 8, 10, 8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        hl.addLayout(titles, 1)
        hl.addWidget(self.filter_button)
        return header

    # --- opening ------------------------------------------------------------------------------
    @property
    def codebook(self) -> Codebook:
        """The project's codebook as the viewer last read it (current after every change set)."""
        return self._codebook

    @property
    def document_id(self) -> str:
        return self.state.document.id if self.state is not None else ""

    def _on_project_opened(self) -> None:
        project = self.ctx.require_project()
        self._codebook = Codebook.of(project.codes())
        self._blind = bool(getattr(project, "blind_mode", False))
        self.clear()

    def clear(self) -> None:
        self.state = None
        self.view.set_state(None)
        self.stack.setCurrentIndex(0)
        self.find_bar.close_bar()
        self._update_filter_label()
        self.document_shown.emit("")

    def coding_filter(self) -> CodingFilter:
        """The show-codings filter in force (blind mode overrides the coder choice)."""
        f = self.ctx.settings.coding_filter(self.ctx.project_id) if self.ctx.project else CodingFilter()
        return CodingFilter(SHOW_MINE, frozenset(), f.hidden_codes) if self._blind else f

    def show_document(self, document_id: str, start: int = -1, end: int = -1) -> None:
        """Show a document (reusing it when already shown) and select ``[start, end)`` when given."""
        project = self.ctx.require_project()
        if self.state is None or self.state.document.id != document_id:
            document = project.document(document_id)
            self.state = ViewState(
                document,
                project.turns(document_id),
                project.speakers(document_id),
                project.codings(document_id),
                self._codebook,
                project.coders(),
                self.coding_filter(),
                self.ctx.coder.id if self.ctx.coder else None,
                project.paragraph_times(document_id),
            )
            self.view.set_state(self.state)
            self.find_bar.set_text(self.state.text)
            self.stack.setCurrentIndex(1)
            self._update_header()
            self.document_shown.emit(document_id)
        if 0 <= start < end:
            self.view.select_span(start, end)
        self.view.setFocus()

    def _update_header(self) -> None:
        state = self.state
        if state is None:
            return
        info = state.document.info
        self.title.setText(info.name)
        speakers = sorted({s.label for s in state.speakers.values()})
        parts = [
            count_text(
                info.chars,
                translate("viewer.document_viewer", "{n} character"),
                translate("viewer.document_viewer", "{n} characters"),
            )
        ]
        if speakers:
            names = ", ".join(speakers[:6]) + ("…" if len(speakers) > 6 else "")
            parts.append(translate("viewer.document_viewer", "speakers: {names}").format(names=names))
        else:  # the one-step fix, where the reader sees that nothing is attributed
            parts.append(
                translate(
                    "viewer.document_viewer",
                    "no speaker labels found: <a href='speakers'>give its paragraphs to speakers…</a>",
                )
            )
        self.subtitle.setText("  ·  ".join(html.escape(p) if "<a " not in p else p for p in parts))
        self._update_filter_label()

    # --- selection --------------------------------------------------------------------------------
    def selected_coding(self) -> Coding | None:
        if self.state is None or self.state.selected_coding is None:
            return None
        return self.state.index.get(self.state.selected_coding)

    def select_coding(self, coding_id: str | None, *, select_text: bool = True) -> None:
        state = self.state
        if state is None:
            return
        if coding_id is not None and coding_id not in state.index:
            coding_id = None
        state.selected_coding = coding_id
        coding = state.index.get(coding_id) if coding_id else None
        if coding is not None and select_text:
            self.view.select_span(coding.start, coding.end, center=False)
        self.view.refresh_lines(set())
        self.coding_selected.emit(coding_id)

    # --- find -------------------------------------------------------------------------------------
    def open_find(self) -> None:
        if self.state is None:
            return
        cursor = self.view.textCursor()
        self.find_bar.open_bar(cursor.selectedText() if cursor.hasSelection() else "")

    def _on_find_hits(self, hits: list[tuple[int, int]], current: int) -> None:
        self.view.set_find_hits(hits, current)
        if 0 <= current < len(hits):
            s, e = hits[current]
            self.view.select_span(s, e)

    # --- filters ------------------------------------------------------------------------------------
    def set_coding_filter(self, value: CodingFilter) -> None:
        if self.ctx.project is not None:
            self.ctx.settings.set_coding_filter(self.ctx.project_id, value)
            self.ctx.view_settings_changed.emit()

    def _on_view_settings_changed(self) -> None:
        self.view.snap_words = self.ctx.settings.snap_to_words()
        self._update_filter_label()
        if self.state is not None and self.state.filter != self.coding_filter():
            self.reload_codings()

    def _fill_filter_menu(self) -> None:
        menu = self.filter_menu
        menu.clear()
        project = self.ctx.project
        if project is None:
            return
        current = self.coding_filter()
        if self._blind:
            note = QAction(
                translate("viewer.document_viewer", "Blind coding is on: only your own codings are shown"), menu
            )
            note.setEnabled(False)
            menu.addAction(note)
            return
        group = QActionGroup(menu)
        for mode, label in (
            (SHOW_MINE, translate("viewer.document_viewer", "My codings")),
            (SHOW_ALL, translate("viewer.document_viewer", "All coders")),
        ):
            act = QAction(label, menu, checkable=True)
            act.setChecked(current.coder_mode == mode)
            act.triggered.connect(
                lambda _=False, m=mode: self.set_coding_filter(CodingFilter(m, current.coder_ids, current.hidden_codes))
            )
            group.addAction(act)
            menu.addAction(act)
        menu.addSection(translate("viewer.document_viewer", "Selected coders"))
        for coder in project.coders():
            act = QAction(coder.name, menu, checkable=True)
            act.setChecked(current.coder_mode == SHOW_SELECTED and coder.id in current.coder_ids)
            act.triggered.connect(lambda checked, cid=coder.id: self._toggle_coder(cid, checked))
            menu.addAction(act)
        if current.hidden_codes:
            menu.addSeparator()
            n = len(current.hidden_codes)
            act = QAction(translate("viewer.document_viewer", "Show all codes ({n} hidden)").format(n=number(n)), menu)
            act.triggered.connect(
                lambda: self.set_coding_filter(CodingFilter(current.coder_mode, current.coder_ids, frozenset()))
            )
            menu.addAction(act)

    def _stored_filter(self) -> CodingFilter:
        return self.ctx.settings.coding_filter(self.ctx.project_id) if self.ctx.project else CodingFilter()

    def _toggle_coder(self, coder_id: str, checked: bool) -> None:
        f = self._stored_filter()
        ids = set(f.coder_ids) if f.coder_mode == SHOW_SELECTED else set()
        (ids.add if checked else ids.discard)(coder_id)
        self.set_coding_filter(CodingFilter(SHOW_SELECTED if ids else SHOW_ALL, frozenset(ids), f.hidden_codes))

    def set_code_hidden(self, code_ids: list[str], hidden: bool) -> None:
        f = self._stored_filter()
        codes = set(f.hidden_codes)
        for cid in code_ids:
            (codes.add if hidden else codes.discard)(cid)
        self.set_coding_filter(CodingFilter(f.coder_mode, f.coder_ids, frozenset(codes)))

    def _update_filter_label(self) -> None:
        f = self.coding_filter()
        if self._blind:
            text = translate("viewer.document_viewer", "Blind coding: my codings only")
        elif f.coder_mode == SHOW_MINE:
            text = translate("viewer.document_viewer", "Showing: my codings")
        elif f.coder_mode == SHOW_SELECTED:
            names = self.state.coder_names if self.state else {}
            text = translate("viewer.document_viewer", "Showing: {coders}").format(
                coders=", ".join(sorted(names.get(c, "?") for c in f.coder_ids))
            )
        else:
            text = translate("viewer.document_viewer", "Showing: all coders")
        if f.hidden_codes:
            n = len(f.hidden_codes)
            text += " · " + count_text(
                n,
                translate("viewer.document_viewer", "{n} code hidden"),
                translate("viewer.document_viewer", "{n} codes hidden"),
            )
        self.filter_button.setText(text + "  ")

    def _on_coder_changed(self) -> None:
        if self.state is not None:
            self.state.my_coder_id = self.ctx.coder.id if self.ctx.coder else None
            if self.state.filter.coder_mode == SHOW_MINE:
                self.reload_codings()

    def reload_codings(self) -> None:
        """Rebuild the coding index from the project (after a filter change or a bulk change)."""
        state = self.state
        self._update_filter_label()
        if state is None:
            return
        project = self.ctx.require_project()
        state.filter = self.coding_filter()
        state.coder_names = {c.id: c.name for c in project.coders()}
        state.index = CodingIndex(state.lines, (c for c in project.codings(state.document.id) if state.shows(c)))
        state.update_columns()
        if state.selected_coding not in state.index:
            state.selected_coding = None
        self.view.refresh_all()
        self._update_filter_label()

    # --- change sets ------------------------------------------------------------------------------------
    def apply_changes(self, changes: ChangeSet) -> None:
        project = self.ctx.project
        if project is None:
            return
        if changes.touches(Kind.CODE):
            self._codebook = Codebook.of(project.codes())
        if "blind_mode" in changes.ids(Kind.PROJECT):
            self._blind = bool(getattr(project, "blind_mode", False))
            self.reload_codings()
        state = self.state
        if state is None:
            return
        self.caret.schedule()
        doc_id = state.document.id
        if doc_id in changes.removed.get(Kind.DOCUMENT, set()):
            self.clear()
            return
        if changes.touches(Kind.CODER):
            state.coder_names = {c.id: c.name for c in project.coders()}
        if changes.touches(Kind.SPEAKER) and doc_id in self._speaker_documents(changes):
            state.set_turns(project.turns(doc_id), project.speakers(doc_id))
            scrolled = self.view.verticalScrollBar().value()
            self.view.set_state(state)  # labels are document formats: lay the text out again
            self.view.verticalScrollBar().setValue(scrolled)
            self._update_header()
        elif doc_id in changes.changed.get(Kind.DOCUMENT, set()) and not changes.touches(Kind.CODING):
            # a rename (coding changes name their document too: those need no re-read)
            info = project.document_info(doc_id)
            if info.name != state.document.name:
                state.document = type(state.document)(info, state.text)
                self._update_header()
                self.document_shown.emit(doc_id)
        lines: set[int] = set()
        if changes.touches(Kind.CODE):
            state.codebook = self._codebook
            if self.view.painter is not None:
                self.view.painter.invalidate_formats()
            for cid in changes.changed.get(Kind.CODE, set()) | changes.added.get(Kind.CODE, set()):
                lines |= state.index.lines_of_code(cid)
        if changes.touches(Kind.CODING):
            lines |= self._apply_coding_changes(changes)
        if changes.touches(Kind.CODING) or changes.touches(Kind.CODE):
            if state.update_columns():
                self.view.update_margins()
            if state.selected_coding is not None and state.selected_coding not in state.index:
                state.selected_coding = None
                self.coding_selected.emit(None)
            self.view.refresh_lines(lines)

    def _speaker_documents(self, changes: ChangeSet) -> set[str]:
        """Documents whose speakers changed (the change set names them; else assume ours)."""
        named = changes.ids(Kind.DOCUMENT)
        return named if named else {self.document_id}

    def _apply_coding_changes(self, changes: ChangeSet) -> set[int]:
        state = self.state
        project = self.ctx.project
        assert state is not None and project is not None
        lines: set[int] = set()
        for cid in changes.removed.get(Kind.CODING, set()):
            lines |= state.index.remove(cid)
        wanted = changes.added.get(Kind.CODING, set()) | changes.changed.get(Kind.CODING, set())
        if len(wanted) > _BULK:
            fresh = {c.id: c for c in project.codings(state.document.id)}
            for cid in wanted:
                lines |= state.index.remove(cid)
                c = fresh.get(cid)
                if c is not None and state.shows(c):
                    lines |= state.index.add(c)
            return lines
        for cid in wanted:
            try:
                c = project.coding(cid)
            except NotFound:
                lines |= state.index.remove(cid)
                continue
            if c.document_id != state.document.id or not state.shows(c):
                lines |= state.index.remove(cid)
            else:
                lines |= state.index.add(c)
        return lines
