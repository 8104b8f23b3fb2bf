"""Coding actions: selection → code (click, drop, quick key 1–9, finder), in-vivo, code the
sentence / paragraph / turn around the cursor, and edits of the selected coding (bounds,
memo, exemplar star, removal). Every change goes through the service API, so it lands on the
undo stack and the views refresh from its change set."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from qcoder.core import commands as cmd
from qcoder.core.errors import ConcurrentEdit
from qcoder.core.model import Code, Coding, new_id, utcnow
from qcoder.core.permissions import PermissionDenied
from qcoder.gui.coder import ask_coder
from qcoder.gui.coding import spans
from qcoder.gui.coding.finder import choose_code
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import translate
from qcoder.gui.icons import icon
from qcoder.gui.keyboard import ask_text
from qcoder.gui.shortcuts import bind
from qcoder.gui.team.errors import explain_error
from qcoder.gui.viewer.document_viewer import DocumentViewer


class CodingController(QObject):
    message = Signal(str)  # status-bar text

    def __init__(self, ctx: AppContext, viewer: DocumentViewer, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.viewer = viewer
        self.window = window
        self.selected_codes: list[str] = []
        # spaCy sentence boundaries (qcoder.gui.nlp.SentenceIndex) when the window has them; the
        # regex splitter in spans.py is the fallback while a document is still being parsed
        self.sentence_index: Any = None
        # more entries for the transcript's context menu (menu, offset): e.g. the player's
        self.text_menu_extras: list[Callable[[QMenu, int], None]] = []
        ctx.codes_selected.connect(self._on_codes_selected)
        viewer.view.text_menu_requested.connect(self._text_menu)
        viewer.view.coding_menu_requested.connect(self._coding_menu)
        viewer.coding_selected.connect(lambda _cid: self._update_actions())
        viewer.document_shown.connect(lambda _id: self._update_actions())
        viewer.view.selectionChanged.connect(self._update_actions)

        self._make_coding_actions()
        self._make_edit_actions()
        self.quick_actions = []
        for n in range(1, 10):
            act = bind(QAction(translate("coding.controller", "Quick code {n}").format(n=n), self), f"code.quick_{n}")
            act.triggered.connect(lambda _=False, n=n: self.quick_code(n))
            viewer.view.addAction(act)
            self.quick_actions.append(act)
        viewer.view.addAction(self.remove_action)  # Delete in the transcript (the codebook has its own)
        self._update_actions()

    def _make_coding_actions(self) -> None:
        """Actions that code the selection or the text around the cursor."""
        a = self._make
        self.finder_action = a(
            translate("coding.controller", "Apply code…"),
            self.open_finder,
            "code.finder",
            "quick",
            translate("coding.controller", "Type to find a code and apply it to the selection"),
        )
        self.in_vivo_action = a(
            translate("coding.controller", "In-vivo code"),
            self.in_vivo,
            "code.in_vivo",
            "in-vivo",
            translate("coding.controller", "Create a code named from the selected words and apply it"),
        )
        self.sentence_action = a(
            translate("coding.controller", "Code sentence"), lambda: self.code_around("sentence"), "code.sentence"
        )
        self.paragraph_action = a(
            translate("coding.controller", "Code paragraph"), lambda: self.code_around("paragraph"), "code.paragraph"
        )
        self.turn_action = a(
            translate("coding.controller", "Code speaker turn"), lambda: self.code_around("turn"), "code.turn"
        )
        self.snap_action = a(
            translate("coding.controller", "Snap selection to sentences"),
            self.snap_to_sentences,
            "code.snap_sentences",
            "",
            translate("coding.controller", "Widen the selection to whole sentences"),
        )
        self.pick_action = a(
            translate("coding.controller", "Select coding at cursor"),
            self.select_coding_at_cursor,
            "coding.pick",
            "",
            translate("coding.controller", "Select the coding under the cursor; again: the next one there"),
        )

    def _make_edit_actions(self) -> None:
        """Actions on the selected coding: remove, memo, star, fit and nudge its edges."""
        a = self._make
        self.remove_action = a(
            translate("coding.controller", "Remove coding"), self.remove_selected, "coding.remove", "delete"
        )
        self.memo_action = a(translate("coding.controller", "Coding memo…"), self.edit_memo, "coding.memo", "memo")
        self.star_action = a(
            translate("coding.controller", "Star as exemplar"), self.toggle_star, "coding.star", "star"
        )
        self.fit_action = a(
            translate("coding.controller", "Fit coding to selection"), self.fit_to_selection, "coding.fit"
        )
        self.extend_end = a(
            translate("coding.controller", "Extend coding end by a word"),
            lambda: self.nudge("end", True),
            "coding.extend_end",
        )
        self.shrink_end = a(
            translate("coding.controller", "Shrink coding end by a word"),
            lambda: self.nudge("end", False),
            "coding.shrink_end",
        )
        self.extend_start = a(
            translate("coding.controller", "Extend coding start by a word"),
            lambda: self.nudge("start", True),
            "coding.extend_start",
        )
        self.shrink_start = a(
            translate("coding.controller", "Shrink coding start by a word"),
            lambda: self.nudge("start", False),
            "coding.shrink_start",
        )

    def _make(
        self, text: str, slot: Callable[[], object], binding_id: str, icon_name: str = "", tip: str = ""
    ) -> QAction:
        """An action with its keys from the shortcut registry (:mod:`qcoder.gui.shortcuts`)."""
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setToolTip(tip or text)
        bind(action, binding_id)
        action.triggered.connect(lambda _=False: slot())
        return action

    @property
    def coding_actions(self) -> list[QAction]:
        return [
            self.finder_action,
            self.in_vivo_action,
            self.sentence_action,
            self.paragraph_action,
            self.turn_action,
            self.snap_action,
        ]

    @property
    def menu_actions(self) -> list[QAction]:
        """For the "Selected coding" menu: pick one, then edit it."""
        return [self.pick_action, *self.edit_actions]

    @property
    def edit_actions(self) -> list[QAction]:
        return [
            self.remove_action,
            self.memo_action,
            self.star_action,
            self.fit_action,
            self.extend_end,
            self.shrink_end,
            self.extend_start,
            self.shrink_start,
        ]

    def _update_actions(self) -> None:
        has_doc = self.viewer.state is not None
        has_sel = has_doc and self.viewer.view.selection_span() is not None
        has_coding = self.viewer.selected_coding() is not None
        # the selection actions stay enabled while a document is shown: without a selection
        # their shortcut says what to do (a disabled action would swallow Ctrl+K silently)
        for act in (
            self.finder_action,
            self.in_vivo_action,
            self.snap_action,
            self.sentence_action,
            self.paragraph_action,
            self.turn_action,
            self.pick_action,
        ):
            act.setEnabled(has_doc)
        for act in self.edit_actions:
            act.setEnabled(has_coding)
        self.fit_action.setEnabled(has_coding and has_sel)

    def _on_codes_selected(self, ids: list[str]) -> None:
        self.selected_codes = list(ids)

    # --- helpers -----------------------------------------------------------------------------------
    def _coder_id(self) -> str | None:
        if self.ctx.coder is None and not ask_coder(self.ctx, self.window, first_run=True):
            self.message.emit(translate("coding.controller", "Coding needs a coder name."))
            return None
        return self.ctx.coder.id if self.ctx.coder else None

    def _run(self, fn: Callable[[], object]) -> bool:
        try:
            fn()
        except (ConcurrentEdit, PermissionDenied) as exc:
            explain_error(self.window, exc, self.ctx.project)
            return False
        except Exception as exc:  # noqa: BLE001 - worded for the user
            QMessageBox.warning(self.window, translate("coding.controller", "Coding"), user_message(exc))
            return False
        return True

    def _codes(self) -> tuple[list[Code], dict[str, str]]:
        book = self.viewer.codebook
        return list(book.codes.values()), dict(book.paths)

    def _code_name(self, code_id: str) -> str:
        state = self.viewer.state
        return state.codebook.paths.get(code_id, "?") if state else "?"

    # --- applying codes -------------------------------------------------------------------------------
    def apply_code(self, code_id: str, span: tuple[int, int] | None = None) -> Coding | None:
        """Code the viewer's selection (or ``span``) with ``code_id``."""
        state = self.viewer.state
        if state is None:
            self.message.emit(translate("coding.controller", "Open a document first."))
            return None
        span = span or self.viewer.view.selection_span()
        if span is None:
            self.message.emit(translate("coding.controller", "Select some text first, then choose a code."))
            return None
        return self.apply_code_to_span(code_id, state.document.id, *span)

    def apply_code_to_span(self, code_id: str, document_id: str, start: int, end: int) -> Coding | None:
        coder_id = self._coder_id()
        if coder_id is None:
            return None
        project = self.ctx.require_project()
        result: list[Coding] = []
        if not self._run(lambda: result.append(project.add_coding(document_id, code_id, coder_id, start, end))):
            return None
        self.message.emit(
            translate("coding.controller", "Coded as “{code}” — Ctrl+Z to undo").format(code=self._code_name(code_id))
        )
        if self.viewer.document_id == document_id:
            # however the code was applied (key, click, Ctrl+K, drop), the selection is used up:
            # a later click on a code only browses it instead of coding the same text again
            cursor = self.viewer.view.textCursor()
            cursor.clearSelection()
            self.viewer.view.setTextCursor(cursor)
        return result[0]

    def click_code(self, code_id: str) -> None:
        """A click on a code in the codebook codes the selection, if there is one."""
        if self.viewer.view.selection_span() is not None:
            self.apply_code(code_id)

    def quick_code(self, n: int) -> None:
        code_id = self.ctx.settings.quick_codes(self.ctx.project_id).get(n)
        if code_id is None or (self.viewer.state and code_id not in self.viewer.state.codebook.codes):
            self.message.emit(
                translate(
                    "coding.controller",
                    "No code is bound to key {n}: right-click a code in the codebook → Quick-code key.",
                ).format(n=n)
            )
            return
        self.apply_code(code_id)

    def open_finder(self, span: tuple[int, int] | None = None) -> None:
        span = span or self.viewer.view.selection_span()
        if self.viewer.state is None or span is None:
            self.message.emit(translate("coding.controller", "Select some text first, then choose a code."))
            return
        codes, paths = self._codes()
        keys = {v: k for k, v in self.ctx.settings.quick_codes(self.ctx.project_id).items()}
        code_id = choose_code(self.window, codes, paths, translate("coding.controller", "Apply code"), keys=keys)
        if code_id:
            self.apply_code(code_id, span)

    def in_vivo(self) -> None:
        state = self.viewer.state
        span = self.viewer.view.selection_span()
        if state is None or span is None:
            self.message.emit(translate("coding.controller", "Select the words to use as the code name."))
            return
        name = spans.in_vivo_name(state.text[span[0] : span[1]])
        if not name:
            return
        coder_id = self._coder_id()
        if coder_id is None:
            return
        project = self.ctx.require_project()
        existing = next(
            (c for c in state.codebook.codes.values() if c.parent_id is None and c.name.casefold() == name.casefold()),
            None,
        )
        if existing is not None:
            self.apply_code(existing.id, span)
            return
        from qcoder.core.codes import least_used_color

        code = Code(
            new_id(),
            name,
            None,
            least_used_color(c.color for c in state.codebook.codes.values()),
            position=max((c.position for c in state.codebook.codes.values() if c.parent_id is None), default=-1) + 1,
        )
        now = utcnow()
        coding = Coding(new_id(), state.document.id, code.id, coder_id, span[0], span[1], "", False, now, now)
        # one undo step: the new code and its first coding
        if self._run(
            lambda: project.execute(
                cmd.Batch(
                    [cmd.CreateCode(code), cmd.AddCodings([coding])],
                    text=translate("coding.controller", "In-vivo code {name}").format(name=name),
                )
            )
        ):
            self.message.emit(
                translate("coding.controller", "New in-vivo code “{name}” — Ctrl+Z to undo").format(name=name)
            )

    def code_around(self, unit: str) -> None:
        """Code the sentence / paragraph / speaker turn around the cursor with the code selected in
        the codebook (or one chosen in the finder)."""
        state = self.viewer.state
        if state is None:
            return
        offset = self.viewer.view.cursor_offset()
        if unit == "sentence":
            span: tuple[int, int] | None = None
            if self.sentence_index is not None and self.viewer.document_id:
                span = self.sentence_index.sentence_at(self.viewer.document_id, offset)
            if span is None:
                span = spans.sentence_span(state.text, offset, state.turns)
        elif unit == "paragraph":
            span = spans.paragraph_span(state.text, offset, state.turns)
        else:
            span = spans.turn_span(state.text, offset, state.turns)
        if span is None or span[0] >= span[1]:
            missing = {
                "sentence": translate("coding.controller", "There is no sentence at the cursor."),
                "paragraph": translate("coding.controller", "There is no paragraph at the cursor."),
            }.get(unit, translate("coding.controller", "There is no speaker turn at the cursor."))
            self.message.emit(missing)
            return
        self.viewer.view.select_span(*span, center=False)
        if len(self.selected_codes) == 1 and self.selected_codes[0] in state.codebook.codes:
            self.apply_code(self.selected_codes[0], span)
        else:
            self.open_finder(span)

    def snap_to_sentences(self) -> None:
        """Widen the selection to the sentences it touches (spaCy's, or the regex splitter's)."""
        state = self.viewer.state
        selection = self.viewer.view.selection_span()
        if state is None or selection is None:
            self.message.emit(
                translate("coding.controller", "Select some text first: it widens to the sentences it touches.")
            )
            return
        start, end = selection
        span = None
        if self.sentence_index is not None and self.viewer.document_id:
            span = self.sentence_index.snap(self.viewer.document_id, start, end)
        if span is None:
            first = spans.sentence_span(state.text, start, state.turns)
            last = spans.sentence_span(state.text, max(start, end - 1), state.turns)
            if first is None or last is None:
                return
            span = (first[0], last[1])
        self.viewer.view.select_span(*span, center=False)

    # --- the selected coding -------------------------------------------------------------------------
    def select_coding_at_cursor(self) -> None:
        """Select the (innermost) coding at the text cursor; repeated, cycle through the others there."""
        state = self.viewer.state
        if state is None:
            return
        cursor = self.viewer.view.textCursor()
        offset = state.offsets.from_qt(cursor.selectionStart() if cursor.hasSelection() else cursor.position())
        here = sorted(state.index.at(offset), key=lambda c: (c.end - c.start, c.start))
        if not here and offset > 0:  # the caret just after a coding (Left after coding a selection)
            here = sorted(state.index.at(offset - 1), key=lambda c: (c.end - c.start, c.start))
        if not here:
            self.message.emit(translate("coding.controller", "No coding at the cursor."))
            return
        ids = [c.id for c in here]
        current = state.selected_coding
        chosen = ids[(ids.index(current) + 1) % len(ids)] if current in ids else ids[0]
        self.viewer.select_coding(chosen, select_text=False)
        coding = state.index.get(chosen)
        if coding is not None:
            coder = state.coder_names.get(coding.coder_id, "?")
            text = translate("coding.controller", "Selected “{code}” by {coder}").format(
                code=self._code_name(coding.code_id), coder=coder
            )
            if len(ids) > 1:
                text += translate("coding.controller", " ({n} of {total} here)").format(
                    n=ids.index(chosen) + 1, total=len(ids)
                )
            self.message.emit(text)

    def remove_selected(self) -> None:
        coding = self.viewer.selected_coding()
        if coding is not None and self._run(lambda: self.ctx.require_project().remove_codings([coding.id])):
            self.message.emit(translate("coding.controller", "Coding removed — Ctrl+Z to undo"))

    def edit_memo(self) -> None:
        coding = self.viewer.selected_coding()
        if coding is None:
            return
        text, ok = ask_text(
            self.window,
            translate("coding.controller", "Coding memo"),
            translate("coding.controller", "Memo on this “{code}” coding:").format(
                code=self._code_name(coding.code_id)
            ),
            coding.memo,
        )
        if ok and text != coding.memo:
            self._run(lambda: self.ctx.require_project().update_coding(coding.id, memo=text.strip()))

    def toggle_star(self) -> None:
        coding = self.viewer.selected_coding()
        if coding is not None:
            self._run(lambda: self.ctx.require_project().update_coding(coding.id, exemplar=not coding.exemplar))

    def fit_to_selection(self) -> None:
        coding = self.viewer.selected_coding()
        span = self.viewer.view.selection_span()
        if coding is not None and span is not None and span != (coding.start, coding.end):
            self._run(lambda: self.ctx.require_project().update_coding(coding.id, start=span[0], end=span[1]))

    def nudge(self, edge: str, grow: bool) -> None:
        coding = self.viewer.selected_coding()
        state = self.viewer.state
        if coding is None or state is None:
            return
        start, end = spans.nudge(state.text, coding.start, coding.end, edge, grow)
        if (start, end) != (coding.start, coding.end):
            if self._run(lambda: self.ctx.require_project().update_coding(coding.id, start=start, end=end)):
                self.viewer.select_coding(coding.id)

    # --- context menus --------------------------------------------------------------------------------
    def _coding_menu(self, coding_id: str, pos: QPoint) -> None:
        menu = QMenu(self.window)
        self._add_coding_items(menu, coding_id)
        menu.exec(pos)

    def _add_coding_items(self, menu: QMenu, coding_id: str) -> None:
        state = self.viewer.state
        coding = state.index.get(coding_id) if state else None
        if state is None or coding is None:
            return

        def on_it(action: Callable[[], None], select_text: bool = True) -> Callable[[], None]:
            def run() -> None:
                self.viewer.select_coding(coding_id, select_text=select_text)
                action()

            return run

        menu.addAction(translate("coding.controller", "Select"), on_it(lambda: None))
        menu.addAction(icon("memo"), translate("coding.controller", "Memo…"), on_it(self.edit_memo))
        star = (
            translate("coding.controller", "Unstar")
            if coding.exemplar
            else translate("coding.controller", "Star as exemplar")
        )
        menu.addAction(icon("star"), star, on_it(self.toggle_star))
        if self.viewer.view.selection_span() not in (None, (coding.start, coding.end)):
            menu.addAction(
                translate("coding.controller", "Fit to selection"), on_it(self.fit_to_selection, select_text=False)
            )
        menu.addAction(icon("delete"), translate("coding.controller", "Remove"), on_it(self.remove_selected))

    def _text_menu(self, offset: int, pos: QPoint) -> None:
        menu = self.build_text_menu(offset)
        if menu is not None:
            menu.exec(pos)
            menu.deleteLater()

    def build_text_menu(self, offset: int) -> QMenu | None:
        """The context menu for the text at ``offset``: code the selection, code around the
        cursor, and one submenu per coding there (select, memo, star, fit, remove)."""
        state = self.viewer.state
        if state is None:
            return None
        menu = QMenu(self.window)
        span = self.viewer.view.selection_span()
        if span is not None:
            menu.addAction(self.finder_action)
            menu.addAction(self.in_vivo_action)
            bindings = self.ctx.settings.quick_codes(self.ctx.project_id)
            if bindings:
                quick = menu.addMenu(translate("coding.controller", "Quick codes"))
                for n, cid in sorted(bindings.items()):
                    if cid in state.codebook.codes:
                        quick.addAction(f"{n}  {self._code_name(cid)}", partial(self.apply_code, cid))
            menu.addAction(translate("coding.controller", "Copy"), self.viewer.view.copy)
            menu.addSeparator()
        for act in (self.sentence_action, self.paragraph_action, self.turn_action):
            menu.addAction(act)
        codings = state.index.at(offset)
        if codings:
            menu.addSeparator()
            for c in codings:
                coder = state.coder_names.get(c.coder_id, "?")
                sub = menu.addMenu(f"{self._code_name(c.code_id)}  ·  {coder}" + ("  ★" if c.exemplar else ""))
                self._add_coding_items(sub, c.id)
        for extra in self.text_menu_extras:
            extra(menu, offset)
        return menu
