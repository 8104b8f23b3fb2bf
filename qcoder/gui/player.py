"""The recording player dock: the shown document's recording beside its transcript.

Qt Multimedia (the ``media`` extra: PySide6-Addons, which bundles FFmpeg) plays WAV, MP3,
M4A/AAC and MP4 without a system player. Without it the dock says how to enable it and
everything else works. Play/pause (F4), back and forward 5 s (F3, F5) and "play from here"
(F8, and the transcript's context menu) work while the transcript has focus. During playback
the turn being spoken is highlighted and, with "Follow", scrolled into view. A missing recording
offers "Re-link…" (the file, or a folder holding it, chosen in a dialog opening in its last
folder; the other missing recordings found in that folder are re-linked with it); "Read times
from the text" reads the times written in the shown transcript into its turns (one undoable
step). The coded-excerpts panel's context menu "Play from here" shows the excerpt and plays
from its time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from qcoder.app import media
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.media import MEDIA_SUFFIXES, TimedTurns, hms, is_video
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import number, translate
from qcoder.gui.shortcuts import bind

try:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget

    HAVE_MEDIA = True
except ImportError:  # the media extra is not installed
    HAVE_MEDIA = False

if TYPE_CHECKING:
    from qcoder.gui.main_window import MainWindow

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
STEP_MS = 5000


def media_hint() -> str:
    """What to install to play recordings (``qcoder.app.media.MEDIA_EXTRA_HINT``, translated)."""
    return translate("player", "install the media extra to play recordings: {command}").format(
        command="pip install 'qcoder[media]'"
    )


class PlayerPanel(QWidget):
    """Plays the recording linked to the document the viewer shows."""

    message = Signal(str)
    turn_changed = Signal(int, int)  # the span of the turn being spoken (-1, -1: none)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.document_id = ""
        self.cursor_offset: Callable[[], int] = lambda: 0  # the transcript's cursor (the window sets it)
        self.timed: TimedTurns | None = None
        self.current_turn: int | None = None
        self.missing = False  # the linked recording's file is missing (the "Re-link…" button shows)
        self._pending: int | None = None  # where to play from once the recording being loaded is in
        self.status = QLabel(translate("player", "Open a document with a recording."), self)
        self.status.setWordWrap(True)
        self.link_button = QPushButton(translate("player", "Link a recording…"), self)
        self.link_button.clicked.connect(self.choose_recording)
        self.relink_button = self._relink_button()
        self.times_action = QAction(translate("player", "Read times from the text"), self)
        self.times_action.setToolTip(
            translate("player", "Give turns without a time the time written in them: [00:01:23], (01:23)…")
        )
        self.times_action.triggered.connect(self.read_times)
        self.times_button = QPushButton(self.times_action.text(), self)
        self.times_button.setToolTip(self.times_action.toolTip())
        self.times_button.clicked.connect(self.times_action.trigger)
        self.follow = QCheckBox(translate("player", "Follow"), self)
        self.follow.setChecked(True)
        self.follow.setToolTip(translate("player", "Follow the transcript: scroll to the turn being spoken"))
        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.player: QMediaPlayer | None = None
        self.video: QVideoWidget | None = None
        if HAVE_MEDIA:
            self._make_player(layout)
        else:
            self.follow.hide()  # laid out with the player's controls only (it overlapped the status)
            self.status.setText(translate("player", "Recordings cannot be played: {hint}.").format(hint=media_hint()))
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.relink_button)
        row.addWidget(self.link_button)
        row.addStretch(1)
        layout.addLayout(row)
        second = QHBoxLayout()
        second.addWidget(self.times_button)
        second.addStretch(1)
        layout.addLayout(second)
        if self.video is not None:
            layout.addWidget(self.video, 1)  # under the controls and the status: they stay in view
        else:
            layout.addStretch(1)
        ctx.changed.connect(self._on_changed)
        ctx.project_closed.connect(lambda: self.load(""))
        self._update_enabled()

    def _relink_button(self) -> QPushButton:
        """Re-link…: shown while the linked recording's file is missing."""
        button = QPushButton(translate("player", "Re-link…"), self)
        button.setToolTip(
            translate(
                "player", "Find the missing recording (the others missing from the same folder are re-linked too)"
            )
        )
        relink_menu = QMenu(button)
        relink_menu.addAction(translate("player", "Choose the file…"), self.choose_relink)
        relink_menu.addAction(translate("player", "Choose a folder…"), lambda: self.choose_relink(folder=True))
        button.setMenu(relink_menu)
        button.hide()
        return button

    # --- building -----------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(text: str, binding: str, slot: object) -> QAction:
            a = QAction(text, self)
            bind(a, binding)
            a.triggered.connect(slot)
            return a

        self.play_action = action(translate("player", "Play / pause"), "media.play", self.toggle_play)
        self.back_action = action(translate("player", "Back 5 s"), "media.back", lambda: self.step(-STEP_MS))
        self.forward_action = action(translate("player", "Forward 5 s"), "media.forward", lambda: self.step(STEP_MS))
        self.here_action = action(
            translate("player", "Play from here"), "media.here", lambda: self.play_at_offset(self.cursor_offset())
        )
        self.actions_ = [self.play_action, self.back_action, self.forward_action, self.here_action]

    def _make_player(self, layout: QVBoxLayout) -> None:
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.video = QVideoWidget(self)
        self.video.setMinimumHeight(120)
        self.video.hide()
        self.player.setVideoOutput(self.video)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(translate("player", "Position in the recording"))
        self.slider.sliderMoved.connect(lambda ms: self.player.setPosition(ms) if self.player else None)
        self.time_label = QLabel("00:00:00 / 00:00:00", self)
        layout.addWidget(self.slider)
        buttons = QHBoxLayout()
        made = []
        pixmaps = QStyle.StandardPixmap
        for a, glyph in (
            (self.back_action, pixmaps.SP_MediaSeekBackward),
            (self.play_action, pixmaps.SP_MediaPlay),
            (self.forward_action, pixmaps.SP_MediaSeekForward),
        ):
            b = QPushButton(self.style().standardIcon(glyph), "", self)
            b.setAccessibleName(a.text())
            b.setMinimumWidth(36)  # icons: the dock beside the codebook is narrow
            b.setToolTip(a.toolTip())
            b.clicked.connect(a.trigger)
            buttons.addWidget(b)
            made.append(b)
        self.play_button = made[1]
        self.speed = QComboBox(self)
        self.speed.setAccessibleName(translate("player", "Playback speed"))
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda _i: self.set_speed(float(self.speed.currentData())))
        buttons.addWidget(self.speed)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        below = QHBoxLayout()
        below.addWidget(self.time_label)
        below.addStretch(1)
        below.addWidget(self.follow)
        layout.addLayout(below)
        self.player.positionChanged.connect(self._on_position)
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.durationChanged.connect(lambda ms: self.slider.setRange(0, int(ms)))
        self.player.playbackStateChanged.connect(lambda _s: self._update_enabled())
        self.player.errorOccurred.connect(
            lambda _e, text: self.status.setText(
                translate("player", "Cannot play the recording: {reason}").format(reason=text)
            )
        )

    # --- loading ------------------------------------------------------------------------------
    def load(self, document_id: str) -> None:
        """Load the recording of ``document_id`` ("" or no recording: none)."""
        self.document_id = document_id
        self.timed = None
        self._pending = None
        self._set_turn(None)
        project = self._ctx.project
        link = media.media_of(project, document_id) if project is not None and document_id else None
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())
        if project is None or not document_id:
            self.status.setText(translate("player", "Open a document with a recording."))
        elif link is None:
            self.status.setText(translate("player", "No recording is linked to this document."))
        else:
            path = media.resolve(project, link.path)
            self.timed = media.timed_turns(project, document_id)
            if not path.is_file():
                self.status.setText(
                    translate("player", "The recording is missing: {path}. Re-link it to play it.").format(
                        path=link.path
                    )
                )
            elif self.player is None:
                self.status.setText(f"{path.name}: {media_hint()}.")
            else:
                self.player.setSource(QUrl.fromLocalFile(str(path)))
                if self.video is not None:
                    self.video.setVisible(is_video(path))
                timed = translate("player", "{name} — {n} turns timed").format(
                    name=path.name, n=number(self.timed.timed)
                )
                if self.timed.estimated:
                    timed += translate("player", ", {n} estimated").format(n=number(self.timed.estimated))
                self.status.setText(timed)
        self.link_button.setText(
            translate("player", "Link a recording…") if link is None else translate("player", "Link another recording…")
        )
        self.missing = link is not None and project is not None and not media.resolve(project, link.path).is_file()
        self.relink_button.setVisible(self.missing)
        self.link_button.setVisible(not self.missing)
        self._update_enabled()

    def has_recording(self) -> bool:
        return self.player is not None and not self.player.source().isEmpty()

    def choose_recording(self) -> None:
        project = self._ctx.project
        if project is None or not self.document_id:
            return
        suffixes = " ".join(f"*{s}" for s in MEDIA_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("player", "Link a recording"),
            "",
            translate("player", "Recordings ({patterns})").format(patterns=suffixes),
        )
        if not path:
            return
        try:
            media.link_media(project, self.document_id, Path(path))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.status.setText(user_message(exc))

    def choose_relink(self, folder: bool = False) -> None:
        """The "Re-link…" button: pick the recording (or with ``folder`` a folder holding it),
        starting in the folder it was last in."""
        project = self._ctx.project
        link = media.media_of(project, self.document_id) if project is not None and self.document_id else None
        if project is None or link is None:
            return
        suffixes = " ".join(f"*{s}" for s in MEDIA_SUFFIXES)
        start = str(media.last_folder(project, link.path))
        if folder:
            path = QFileDialog.getExistingDirectory(
                self, translate("player", "Re-link the recordings found in a folder"), start
            )
        else:
            path, _ = QFileDialog.getOpenFileName(
                self,
                translate("player", "Re-link the recording"),
                start,
                translate("player", "Recordings ({patterns})").format(patterns=suffixes),
            )
        if path:
            self.relink(Path(path))

    def relink(self, chosen: Path) -> None:
        """Re-link this document's recording to ``chosen`` (a file), or find it in ``chosen`` (a
        folder); every other missing recording found in that folder is re-linked too."""
        project = self._ctx.project
        if project is None or not self.document_id:
            return
        try:
            done = media.relink(project, self.document_id, chosen)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.status.setText(user_message(exc))
            return
        others = len([d for d in done if d != self.document_id])
        text = translate("player", "Re-linked {n} recording(s)").format(n=number(len(done)))
        if others:
            text += translate("player", ", {n} of other documents").format(n=number(others))
        self.message.emit(text)

    def read_times(self) -> None:
        """Read the times written in the shown document's text into its turns (undoable)."""
        project = self._ctx.project
        if project is None or not self.document_id:
            return
        count = media.read_time_markers(project, [self.document_id])
        self.message.emit(
            translate("player", "{n} turn(s) got a time from the text").format(n=number(count))
            if count
            else translate("player", "No new times found in the text")
        )

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.document_id and self.document_id in changes.changed.get(Kind.DOCUMENT, set()):
            self.load(self.document_id)  # a recording linked or unlinked, times read

    # --- playing ------------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if not self.has_recording():
            self.message.emit(translate("player", "No recording to play: link one to this document"))
            return
        assert self.player is not None
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def step(self, ms: int) -> None:
        if self.has_recording():
            assert self.player is not None
            self.player.setPosition(max(0, self.player.position() + ms))

    def set_speed(self, rate: float) -> None:
        if self.player is not None:
            self.player.setPlaybackRate(rate)
        index = SPEEDS.index(rate) if rate in SPEEDS else -1
        if HAVE_MEDIA and index >= 0 and self.speed.currentIndex() != index:
            self.speed.setCurrentIndex(index)

    def play_at_offset(self, offset: int) -> bool:
        """Play from the time of ``offset`` in the transcript (False: no time known there)."""
        if not self.has_recording() or self.timed is None:
            self.message.emit(translate("player", "No recording to play: link one to this document"))
            return False
        seconds = self.timed.time_of(offset)
        if seconds is None:
            self.message.emit(translate("player", "No time is known for this place in the transcript"))
            return False
        assert self.player is not None
        if self.player.mediaStatus() in (QMediaPlayer.MediaStatus.NoMedia, QMediaPlayer.MediaStatus.LoadingMedia):
            self._pending = int(seconds * 1000)  # just loaded: a seek now would be lost (played once loaded)
            return True
        self.player.setPosition(int(seconds * 1000))
        self.player.play()
        return True

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._pending is not None and self.player is not None and status == QMediaPlayer.MediaStatus.LoadedMedia:
            ms, self._pending = self._pending, None
            self.player.setPosition(ms)
            self.player.play()

    def play_paragraph(self, offset: int) -> bool:
        """A paragraph's number was clicked (``offset``: where its line starts, before any
        speaker label): play from the turn the paragraph holds."""
        if not self.has_recording() or self.timed is None:
            return False
        turn = next((t for t in self.timed.turns if t.end > offset), None)
        return self.play_at_offset(max(offset, turn.start) if turn is not None else offset)

    def _on_position(self, ms: int) -> None:
        if HAVE_MEDIA:
            self.slider.setValue(int(ms))
            total = self.player.duration() if self.player is not None else 0
            self.time_label.setText(f"{hms(ms / 1000)} / {hms(total / 1000)}")
        if self.timed is not None:
            self._set_turn(self.timed.turn_at(ms / 1000))

    def _set_turn(self, index: int | None) -> None:
        if index == self.current_turn:
            return
        self.current_turn = index
        if index is None or self.timed is None:
            self.turn_changed.emit(-1, -1)
        else:
            t = self.timed.turns[index]
            self.turn_changed.emit(t.start, t.end)

    def _update_enabled(self) -> None:
        has = self.has_recording()
        for a in (self.play_action, self.back_action, self.forward_action, self.here_action):
            a.setEnabled(has or a is self.play_action)
        shown = self._ctx.project is not None and bool(self.document_id)
        self.link_button.setEnabled(shown)
        self.times_action.setEnabled(shown)
        self.times_button.setEnabled(shown)
        if HAVE_MEDIA and self.player is not None:
            playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
            glyph = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
            self.play_button.setIcon(self.style().standardIcon(glyph))
            self.play_button.setAccessibleName(translate("player", "Pause") if playing else translate("player", "Play"))

    def add_to_menu(self, menu: QMenu, offset: int) -> None:
        """The transcript's context menu: "Play from here" when the document has a recording."""
        if self.has_recording():
            menu.addSeparator()
            menu.addAction(translate("player", "Play from here"), lambda: self.play_at_offset(offset))

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()


def connect_player(window: MainWindow) -> None:
    """Wire the player into the window: its keys work anywhere in the window (the transcript
    included), the shown document's recording is loaded (and the dock shown when there is one),
    the turn being spoken is marked in the transcript, "Play from here" joins its context menu."""
    panel = window.player
    window.addActions(panel.actions_)
    panel.cursor_offset = window.viewer.view.cursor_offset
    panel.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
    window.coding.text_menu_extras.append(panel.add_to_menu)

    def shown(document_id: str) -> None:
        panel.load(document_id)
        if panel.has_recording() or (panel.timed is not None and document_id):
            window.open_dock("player")
            dock = window.docks["player"]
            if not dock.isFloating():  # the controls in view, the codebook above keeps the rest
                wanted = panel.minimumSizeHint().height() + dock.height() - panel.height()
                if panel.video is not None and panel.video.isVisibleTo(panel):
                    wanted = max(wanted, window.height() * 2 // 5)
                window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)

    window.viewer.document_shown.connect(shown)
    window.viewer.view.paragraph_clicked.connect(panel.play_paragraph)
    # the excerpts panel's "Play from here": it shows the excerpt's document first (loading its recording)
    window.excerpts.play_requested.connect(lambda document_id, offset: panel.play_at_offset(offset))
    panel.turn_changed.connect(lambda start, end: window.viewer.view.set_playing(start, end, panel.follow.isChecked()))
