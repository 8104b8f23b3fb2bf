"""The main window: composes the start page, the viewer, the panels as docks, menus and toolbar.

No logic of its own beyond wiring: every action belongs to a panel or a controller.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from qcoder.gui import shortcuts
from qcoder.gui.accessibility import announce_status, name_overflow
from qcoder.gui.analysis import AnalysisView
from qcoder.gui.analysis.framework_view import FrameworkDialog
from qcoder.gui.analysis.saturation import SaturationDialog
from qcoder.gui.analysis_windows import AnalysisWindows
from qcoder.gui.appearance import AppearanceMenus
from qcoder.gui.attributes_editor import AttributesEditor
from qcoder.gui.codebook.panel import CodebookPanel
from qcoder.gui.coder import ask_coder
from qcoder.gui.coding.controller import CodingController
from qcoder.gui.context import AppContext
from qcoder.gui.documents_panel import DocumentsPanel
from qcoder.gui.errors import user_message
from qcoder.gui.excerpts_panel import ExcerptsPanel
from qcoder.gui.export_menu import ExportMenu
from qcoder.gui.help_menu import install_help_menu
from qcoder.gui.history_actions import HistoryActions
from qcoder.gui.i18n import translate
from qcoder.gui.icons import icon
from qcoder.gui.import_dialog import ImportDialog
from qcoder.gui.keyboard import PANEL_ORDER, DialogTabOrder, PanelCycle
from qcoder.gui.language_menu import LanguageMenu
from qcoder.gui.memos_panel import MemosPanel
from qcoder.gui.nlp import AutocodeDialog, DeidentifyDialog, NlpStatusLabel, SentenceIndex, SuggestionsPanel
from qcoder.gui.note_links import wire_note_opening
from qcoder.gui.player import PlayerPanel, connect_player
from qcoder.gui.safety.open_flow import (
    AutoBackupTimer,
    back_up_now,
    encrypt_open_project,
    open_project_interactive,
    restore_open_project,
)
from qcoder.gui.screen_fit import clamp_to_screen, fit_anywhere, fitted_size
from qcoder.gui.search_panel import SearchPanel
from qcoder.gui.shortcuts import bind
from qcoder.gui.speakers_dialog import SpeakersDialog
from qcoder.gui.start_page import StartPage
from qcoder.gui.survey.grid_window import SurveyGridDialog
from qcoder.gui.team.actions import TeamActions
from qcoder.gui.viewer.document_viewer import DocumentViewer

APP_NAME = "qcoder"


class MainWindow(AnalysisWindows, HistoryActions, QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")
        self.setDockNestingEnabled(True)

        self.viewer = DocumentViewer(ctx, self)
        self.start_page = StartPage(ctx, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(fit_anywhere(self.start_page))  # scrolls on a small screen
        self.pages.addWidget(self.viewer)
        self.setCentralWidget(self.pages)

        self.codebook = CodebookPanel(ctx, self)
        self.coding = CodingController(ctx, self.viewer, self)
        self.documents = DocumentsPanel(ctx, self)
        self.excerpts = ExcerptsPanel(ctx, self)
        self.search = SearchPanel(ctx, self)
        self.analysis = AnalysisView(ctx, self)
        self.suggestions = SuggestionsPanel(ctx, self)
        self.memos = MemosPanel(ctx, self)
        self.player = PlayerPanel(ctx, self)
        self.sentences = SentenceIndex(ctx, self)
        self.coding.sentence_index = self.sentences
        self.team = TeamActions(ctx, self, show_coder=False)
        self.exports = ExportMenu(ctx, self)
        self.auto_backup = AutoBackupTimer(ctx, parent=self)
        self.saturation_dialog: SaturationDialog | None = None
        self.framework_dialog: FrameworkDialog | None = None
        self.survey_dialog: SurveyGridDialog | None = None

        self._make_docks()
        self._make_actions()
        self._keyboard_paths()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self._wire()
        self._default_layout()
        self._restore_layout()
        # docks the user keeps open (restored above); all are hidden while no project is open
        self._dock_wanted = {k: not d.isHidden() for k, d in self.docks.items()}
        self._was_open = False
        self._on_project_state()

    # --- composition ------------------------------------------------------------------------------
    def _make_docks(self) -> None:
        """The panels as docks: left, right, and the bottom ones tabbed together."""
        self.docks: dict[str, QDockWidget] = {}
        area = Qt.DockWidgetArea
        for key, title, widget, where in (
            ("documents", translate("main_window", "Documents"), self.documents, area.LeftDockWidgetArea),
            ("codebook", translate("main_window", "Codebook"), self.codebook, area.RightDockWidgetArea),
            ("excerpts", translate("main_window", "Coded excerpts"), self.excerpts, area.BottomDockWidgetArea),
            ("search", translate("main_window", "Search"), self.search, area.BottomDockWidgetArea),
            ("analysis", translate("main_window", "Analysis"), self.analysis, area.BottomDockWidgetArea),
            ("suggestions", translate("main_window", "Code suggestions"), self.suggestions, area.BottomDockWidgetArea),
            ("memos", translate("main_window", "Memos"), self.memos, area.BottomDockWidgetArea),
            ("player", translate("main_window", "Recording"), self.player, area.RightDockWidgetArea),
        ):
            self._dock(key, title, widget, where)
        tabbed = [self.docks[k] for k in ("excerpts", "search", "analysis", "suggestions", "memos") if k in self.docks]
        for other in tabbed[1:]:
            self.tabifyDockWidget(tabbed[0], other)
        if tabbed:
            tabbed[0].raise_()

    def _dock(self, key: str, title: str, widget: QWidget | None, area: Qt.DockWidgetArea) -> None:
        if widget is None:
            return
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{key}")
        dock.setWidget(fit_anywhere(widget))
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        self.docks[key] = dock

    def _keyboard_paths(self) -> None:
        self.panel_cycle = PanelCycle(self, self._panels)  # F6 / Shift+F6, Shift+F10
        self.tab_order = DialogTabOrder(self)  # Tab in every dialog follows its layout
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.tab_order)

    def _panels(self) -> list[tuple[str, QWidget]]:
        """The panels in F6 order: the transcript is the start page while no project is open."""
        central = self.viewer.view if self.pages.currentIndex() == 1 else self.pages
        keys = [*PANEL_ORDER, *(k for k in self.docks if k not in PANEL_ORDER)]
        return [
            (k, central if k == "transcript" else self.docks[k]) for k in keys if k in self.docks or k == "transcript"
        ]

    def _make_actions(self) -> None:
        undo_stack = self.ctx.undo_stack
        self.undo_action = QAction(icon("undo"), translate("main_window", "Undo"), self)
        bind(self.undo_action, "edit.undo")
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(icon("redo"), translate("main_window", "Redo"), self)
        bind(self.redo_action, "edit.redo")  # Ctrl+Shift+Z once: twice would be ambiguous
        self.redo_action.triggered.connect(self.redo)
        undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # bound methods, not lambdas: Qt drops them with the window (the context may outlive it)
        undo_stack.undoTextChanged.connect(self._on_undo_text)
        undo_stack.redoTextChanged.connect(self._on_redo_text)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.find_action = QAction(icon("find"), translate("main_window", "Find in document"), self)
        bind(self.find_action, "edit.find")
        self.find_action.triggered.connect(self.viewer.open_find)
        self.coder_action = QAction(icon("coder"), translate("main_window", "Switch coder…"), self)
        self.coder_action.triggered.connect(lambda: ask_coder(self.ctx, self))
        self.close_action = QAction(translate("main_window", "Close project"), self)
        bind(self.close_action, "project.close")
        self.close_action.triggered.connect(self.ctx.close_project)
        self.quit_action = QAction(translate("main_window", "Quit"), self)
        bind(self.quit_action, "project.quit")
        self.quit_action.triggered.connect(self.close)
        self.bigger_action = QAction(translate("main_window", "Larger text"), self)
        bind(self.bigger_action, "view.bigger")
        self.bigger_action.triggered.connect(lambda: self._font_step(1))
        self.smaller_action = QAction(translate("main_window", "Smaller text"), self)
        bind(self.smaller_action, "view.smaller")
        self.smaller_action.triggered.connect(lambda: self._font_step(-1))
        self.snap_words_action = QAction(translate("main_window", "Snap selections to whole words"), self)
        self.snap_words_action.setCheckable(True)
        self.snap_words_action.setChecked(self.ctx.settings.snap_to_words())
        self.snap_words_action.setStatusTip(
            translate("main_window", "A drag that starts or ends inside a word takes the whole word (Alt: exact)")
        )
        self.snap_words_action.toggled.connect(self._set_snap_words)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self._project_menu(bar.addMenu(translate("main_window", "&Project")))
        edit = bar.addMenu(translate("main_window", "&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self.find_action)
        edit.addSeparator()
        edit.addAction(self.coder_action)

        code = bar.addMenu(translate("main_window", "&Code"))
        for act in self.coding.coding_actions:
            code.addAction(act)
        code.addSeparator()
        quick = code.addMenu(translate("main_window", "Quick codes (keys 1–9)"))
        quick.aboutToShow.connect(lambda: self._fill_quick(quick))
        code.addSeparator()
        coding = code.addMenu(translate("main_window", "Selected coding"))
        for act in self.coding.menu_actions:
            coding.addAction(act)
        code.addSeparator()
        code.addAction(self.codebook.new_action)
        self.code_menu = code

        self._view_menu(bar.addMenu(translate("main_window", "&View")))

        self._analysis_menu(bar.addMenu(translate("main_window", "&Analysis")))
        lang = bar.addMenu(translate("main_window", "&Language"))
        self.project_actions.append(lang.addAction(translate("main_window", "Auto-code…"), self.open_autocode))
        self.project_actions.append(lang.addAction(translate("main_window", "De-identify…"), self.open_deidentify))
        lang.addAction(self.docks["suggestions"].toggleViewAction())

        bar.addMenu(self.team.menu)
        install_help_menu(self, bar.addMenu(translate("main_window", "&Help")))  # guide, tour, keys, About
        for act in (*self.coding.coding_actions, *self.coding.menu_actions, self.find_action):
            if act is not self.coding.remove_action:  # Delete removes a coding only in the viewer
                self.addAction(act)

    def _project_menu(self, project: QMenu) -> None:
        project.addAction(icon("new"), translate("main_window", "New project…"), self.start_page.new_project_dialog)
        project.addAction(icon("open"), translate("main_window", "Open project…"), self.start_page.open_project_dialog)
        self.recent_menu = project.addMenu(translate("main_window", "Open recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        project.addAction(self.team.open_server_action)
        project.addAction(self.close_action)
        project.addSeparator()
        self.project_actions: list[QAction] = [self.close_action]
        for label, slot in (
            (translate("main_window", "Import transcripts…"), self.open_import),
            (
                translate("main_window", "Survey answers…"),
                lambda: self._open_dialog("survey_dialog", lambda: SurveyGridDialog(self.ctx, self)),
            ),
            (translate("main_window", "Attributes…"), self.open_attributes),
            (translate("main_window", "Speakers of this document…"), self.open_speakers),
        ):
            self.project_actions.append(project.addAction(label, slot))
        project.addSeparator()
        self.project_actions.append(
            project.addAction(
                icon("import"), translate("main_window", "Import codebook…"), lambda: self.codebook.import_codebook()
            )
        )
        project.addAction(self.team.import_refi_action)
        project.addSeparator()
        project.addMenu(self.exports.menu)  # every report: workbook, matrix, REFI-QDA, memos…
        self.project_actions += self.exports.actions
        project.addSeparator()
        self.project_actions.append(project.addAction(translate("main_window", "Back up now"), self._back_up))
        self.project_actions.append(
            project.addAction(
                translate("main_window", "Restore from backup…"), lambda: restore_open_project(self, self.ctx)
            )
        )
        self.project_actions.append(
            project.addAction(
                translate("main_window", "Encrypt project…"), lambda: encrypt_open_project(self, self.ctx)
            )
        )
        project.addSeparator()
        project.addAction(self.quit_action)

    def _view_menu(self, view: QMenu) -> None:
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addAction(self.panel_cycle.next_action)
        view.addAction(self.panel_cycle.previous_action)
        view.addSeparator()
        view.addMenu(self.viewer.filter_menu).setText(translate("main_window", "Show codings"))
        view.addSeparator()
        self.appearance = AppearanceMenus(self.ctx.settings, self, lambda: self._font_step(0))
        view.addMenu(self.appearance.theme_menu)
        view.addMenu(self.appearance.text_size_menu)
        self.language_menu = LanguageMenu(self.ctx.settings, self, self._project_location)
        view.addMenu(self.language_menu.menu)
        view.addAction(self.bigger_action)
        view.addAction(self.smaller_action)
        view.addAction(self.snap_words_action)
        view.addAction(translate("main_window", "Reset layout"), self._reset_layout)

    def _make_toolbar(self) -> None:
        tb = name_overflow(self.addToolBar(translate("main_window", "Main")))
        tb.setObjectName("toolbar-main")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addAction(self.undo_action)
        tb.addAction(self.redo_action)
        tb.addSeparator()
        tb.addAction(self.coding.finder_action)
        tb.addAction(self.coding.in_vivo_action)
        tb.addAction(self.find_action)
        self.toolbar = tb

    def _make_status_bar(self) -> None:
        self.coder_button = QToolButton(self)
        self.coder_button.setObjectName("CoderButton")
        self.coder_button.setIcon(icon("coder"))
        self.coder_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.coder_button.setToolTip(translate("main_window", "The coder recorded with new codings — click to switch"))
        self.coder_button.clicked.connect(lambda: ask_coder(self.ctx, self))
        self.statusBar().addPermanentWidget(NlpStatusLabel(self.ctx, self))
        self.statusBar().addPermanentWidget(self.team.status)  # role, server, blind mode, live state
        self.statusBar().addPermanentWidget(self.coder_button)
        announce_status(self.statusBar())  # screen readers say what a sighted user sees there

    def _wire(self) -> None:
        ctx = self.ctx
        ctx.project_opened.connect(self._on_project_state)
        ctx.project_closed.connect(self._on_project_state)
        ctx.coder_changed.connect(self._update_coder)
        ctx.changed.connect(self._on_changed)
        ctx.document_requested.connect(self._show_document)
        self.documents.document_activated.connect(lambda doc_id: self._show_document(doc_id, -1, -1))
        self.codebook.code_clicked.connect(self.coding.click_code)
        self.codebook.code_activated.connect(lambda cid: self.coding.apply_code(cid))
        self.codebook.span_dropped.connect(self.coding.apply_code_to_span)
        self.codebook.message.connect(self._status)
        self.coding.message.connect(self._status)
        self.team.message.connect(self._status)
        self.exports.message.connect(self._status)
        self.analysis.message.connect(self._status)
        self.suggestions.message.connect(self._status)
        self.memos.message.connect(self._status)
        self.memos.code_requested.connect(self._show_code)
        wire_note_opening(self)
        connect_player(self)
        self.viewer.document_shown.connect(self.suggestions.set_document)
        self.viewer.document_shown.connect(self.sentences.prepare)
        self.viewer.document_shown.connect(lambda _id: self._update_title())
        self.viewer.speakers_requested.connect(self.open_speakers)

    # --- layout persistence -------------------------------------------------------------------------
    def _default_layout(self) -> None:
        size = fitted_size(self, QSize(1360, 860))
        self.resize(size)
        # docks take a share of a small screen, their usual size on a big one: the transcript
        # keeps most of the room at 1366x768 and at 150 % on 1440x900
        left = [self.docks[k] for k in ("documents",) if k in self.docks]
        right = [self.docks[k] for k in ("codebook",) if k in self.docks]
        bottom = [self.docks[k] for k in ("excerpts",) if k in self.docks]
        if left:
            self.resizeDocks(left, [min(270, size.width() * 18 // 100)], Qt.Orientation.Horizontal)
        if right:
            self.resizeDocks(right, [min(330, size.width() * 28 // 100)], Qt.Orientation.Horizontal)
        if bottom:
            self.resizeDocks(bottom, [min(210, size.height() * 24 // 100)], Qt.Orientation.Vertical)
        for key in ("analysis", "suggestions", "memos", "player"):  # opened when wanted
            self.docks[key].hide()
        self._default_state = self.saveState()

    def _restore_layout(self) -> None:
        geometry = self.ctx.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.ctx.settings.window_state()
        if state is not None:
            self.restoreState(state)
        clamp_to_screen(self)  # saved on a bigger screen, or at another scale

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        clamp_to_screen(self)

    def _reset_layout(self) -> None:
        if self.isMaximized() or self.isFullScreen():
            self.showNormal()
        self.resize(fitted_size(self, QSize(1360, 860)))
        self.restoreState(self._default_state)
        self._dock_wanted = {k: k not in ("analysis", "suggestions") for k in self.docks}
        for key, dock in self.docks.items():
            dock.setVisible(self.ctx.project is not None and self._dock_wanted[key])

    def save_layout(self) -> None:
        self.ctx.settings.set_window_geometry(self.saveGeometry())
        self.ctx.settings.set_window_state(self.saveState())
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # every action is already committed: closing never asks to save
        self.save_layout()
        self.ctx.close_project()
        event.accept()

    # --- project state ---------------------------------------------------------------------------------
    def open_project_path(self, location: str) -> bool:
        """Open a project (through the safety open flow when present: passphrase, locks,
        damaged files, cloud folders)."""
        try:
            project = open_project_interactive(self, location)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            QMessageBox.warning(
                self,
                translate("main_window", "Open project"),
                translate("main_window", "The project could not be opened.\n\n{reason}").format(
                    reason=user_message(exc)
                ),
            )
            return False
        if project is None:
            return False
        self.ctx.open_project(project)
        return True

    def _back_up(self) -> None:
        path = back_up_now(self, self.ctx)
        if path is not None:
            self._status(translate("main_window", "Backed up to {path}").format(path=path))

    def _on_project_state(self) -> None:
        is_open = self.ctx.project is not None
        self.pages.setCurrentIndex(1 if is_open else 0)
        if self._was_open and not is_open:
            self._dock_wanted = {k: not d.isHidden() for k, d in self.docks.items()}
        for key, dock in self.docks.items():
            dock.setVisible(is_open and self._dock_wanted.get(key, True))
        self._was_open = is_open
        for act in (*self.project_actions, self.find_action, self.coder_action, *self.coding.coding_actions):
            act.setEnabled(is_open)
        self.toolbar.setVisible(is_open)
        self.code_menu.setEnabled(is_open)
        self._update_title()
        self._update_coder()
        if is_open:
            self.activateWindow()  # back from the start page's dialogs: keys go to the workbench
            # focus starts in the documents list (arrows + Enter open one), never in a filter box
            # where the first quick-code key would be typed as a filter
            self.documents.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if is_open and self.ctx.coder is None:
            QTimer.singleShot(
                0,
                lambda: (
                    self.ctx.project is not None
                    and self.ctx.coder is None
                    and ask_coder(self.ctx, self, first_run=True)
                ),
            )

    def _update_title(self) -> None:
        project = self.ctx.project
        if project is None:
            self.setWindowTitle(APP_NAME)
            return
        name = project.name or (project.path.stem if project.path else str(project.location))
        doc = self.viewer.state.document.name if self.viewer.state else ""
        title = (
            translate("main_window", "{document} — {project} — {app}")
            if doc
            else translate("main_window", "{project} — {app}")
        )
        self.setWindowTitle(title.format(document=doc, project=name, app=APP_NAME))

    def _project_location(self) -> str | None:
        """The open project's file or server URL (reopened when the language changes)."""
        project = self.ctx.project
        return None if project is None else str(project.path or project.location)

    def _update_coder(self) -> None:
        coder = self.ctx.coder
        self.coder_button.setText(
            translate("main_window", "Coder: {name}").format(name=coder.name)
            if coder
            else translate("main_window", "Coder: (not set)")
        )
        self.coder_button.setVisible(self.ctx.project is not None)

    def _on_changed(self, changes: object) -> None:
        from qcoder.core.changes import ChangeSet, Kind

        if isinstance(changes, ChangeSet) and changes.touches(Kind.PROJECT):  # (renames: document_shown)
            self._update_title()

    def _show_document(self, document_id: str, start: int, end: int) -> None:
        try:
            self.viewer.show_document(document_id, start, end)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self._status(user_message(exc))
            return
        self.viewer.view.setFocus(Qt.FocusReason.OtherFocusReason)  # quick keys code right away

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # --- actions ------------------------------------------------------------------------------------------
    def _set_snap_words(self, on: bool) -> None:
        self.ctx.settings.set_snap_to_words(on)
        self.ctx.view_settings_changed.emit()

    def _font_step(self, delta: int) -> None:
        size = max(8, min(24, self.ctx.settings.viewer_font_size() + delta))
        self.ctx.settings.set_viewer_font_size(size)
        self.viewer.view.set_reading_font(size)
        self.viewer.view.refresh_all()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        opener = self.start_page.open_project
        for location in self.ctx.settings.recent_projects():
            self.recent_menu.addAction(location, partial(opener, location))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("main_window", "(none)")).setEnabled(False)

    def _fill_quick(self, menu: Any) -> None:
        menu.clear()
        bindings = self.ctx.settings.quick_codes(self.ctx.project_id)
        paths = self.viewer.codebook.paths
        for n in range(1, 10):
            cid = bindings.get(n)
            act = menu.addAction(f"{n}   {paths.get(cid, '—') if cid else '—'}", lambda n=n: self.coding.quick_code(n))
            act.setEnabled(bool(cid))
        menu.addSeparator()
        menu.addAction(translate("main_window", "Bind keys: right-click a code in the codebook")).setEnabled(False)

    def open_import(self) -> None:
        if self.ctx.project is not None:
            ImportDialog(self.ctx, self).exec()

    def open_attributes(self) -> None:
        if self.ctx.project is not None:
            AttributesEditor(self.ctx, self).exec()

    def open_speakers(self) -> None:
        if self.ctx.project is None:
            return
        if not self.viewer.document_id:
            self._status(translate("main_window", "Open a document first."))
            return
        SpeakersDialog(self.ctx, self.viewer.document_id, self).exec()

    def open_dock(self, key: str, min_share: float = 0.0) -> None:
        """Show a dock; ``min_share``: a docked dock is made at least that share of the window high."""
        dock = self.docks[key]
        self._dock_wanted[key] = True
        dock.show()
        dock.raise_()
        wanted = int(self.height() * min_share)
        if not dock.isFloating() and dock.height() < wanted:
            self.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)

    def _show_code(self, code_id: str) -> None:
        self.open_dock("codebook")
        self.codebook.select_code(code_id)

    def open_autocode(self) -> None:
        if self.ctx.project is not None:
            AutocodeDialog(self.ctx, self, code_id=self.codebook.current_id()).exec()

    def open_deidentify(self) -> None:
        if self.ctx.project is not None:
            DeidentifyDialog(self.ctx, self).exec()

    def documents_row_count(self) -> int:
        return int(self.documents.model.rowCount())

    def _show_shortcuts(self) -> None:
        QMessageBox.information(self, translate("main_window", "Keyboard shortcuts"), shortcuts.html_table())

    def restore_state_bytes(self, state: QByteArray) -> bool:
        return bool(self.restoreState(state))
