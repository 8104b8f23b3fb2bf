"""One window per user: ``qcoder gui PATH`` while a window runs hands PATH to that window.

The running window listens on a local socket (:class:`InstanceServer`) whose name is a hash
of the user and the settings folder, so two users on one machine (or two test settings
folders) never meet. A later start first tries :func:`send_to_running`; if a window answers,
the paths go to it and the new process exits. A socket left by a crashed window answers no
one: it is removed and the new window becomes the server.

``QCODER_NO_SINGLE_INSTANCE=1`` turns all this off (and the tests do).

The message is UTF-8 JSON, ``{"open": [paths]}`` followed by a newline.
"""

from __future__ import annotations

import ctypes
import getpass
import hashlib
import json
import os
import sys

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ENV_OFF = "QCODER_NO_SINGLE_INSTANCE"
TIMEOUT_MS = 1000
ASFW_ANY = -1  # AllowSetForegroundWindow: any process may take the foreground


def disabled() -> bool:
    return os.environ.get(ENV_OFF, "").strip() not in ("", "0")


def server_name(config_dir: str | None = None) -> str:
    """The per-user socket name: a hash of the user name and the settings folder."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    folder = config_dir or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:16]
    return f"qcoder-{digest}"


def encode(paths: list[str]) -> bytes:
    return json.dumps({"open": paths}).encode() + b"\n"


def decode(data: bytes) -> list[str]:
    """The paths in a message (an empty list: just raise the window); [] for anything malformed."""
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []
    paths = message.get("open") if isinstance(message, dict) else None
    return [p for p in paths if isinstance(p, str)] if isinstance(paths, list) else []


def send_to_running(name: str, paths: list[str], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Hand ``paths`` to the window listening on ``name``; False when none is listening (a
    stale socket refuses the connection)."""
    allow_foreground_handover()
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(encode(paths))
    socket.flush()  # usually writes it all (then waitForBytesWritten has nothing to wait for)
    while socket.bytesToWrite() and socket.waitForBytesWritten(timeout_ms):
        pass
    sent = socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    return sent


def allow_foreground_handover() -> bool:
    """On Windows, let the running window come to the front when this start hands it a file.

    Windows lets only the process the user just started take the foreground; without this the
    running window's ``activateWindow`` merely flashes its taskbar button. The new process grants
    the right before it hands over (``AllowSetForegroundWindow(ASFW_ANY)``). Elsewhere: nothing."""
    user32 = getattr(getattr(ctypes, "windll", None), "user32", None) if sys.platform == "win32" else None
    if user32 is None:
        return False
    return bool(user32.AllowSetForegroundWindow(ASFW_ANY))


class InstanceServer(QObject):
    """Listens for later starts; emits :attr:`received` with their paths (possibly none)."""

    received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Become the server; a stale socket (its window gone) is removed first. False when
        another window is listening. (The probe comes first: with an access option, Qt's
        ``listen`` renames its socket over an existing one, live or not.)"""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(300):
            probe.disconnectFromServer()
            return False  # a live window
        QLocalServer.removeServer(self.name)
        return bool(self.server.listen(self.name))

    def close(self) -> None:
        self.server.close()
        self._buffers.clear()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(self._read)  # bound methods: no lambda keeps a socket alive
            socket.disconnected.connect(self._drop)
            if socket.bytesAvailable():
                self._read_from(socket)

    def _read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read_from(socket)

    def _read_from(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            self._buffers[socket] = data[:1_000_000]
            return
        self._buffers[socket] = b""
        paths = decode(data.split(b"\n", 1)[0])
        # later, outside the socket's signal: opening a project may spin an event loop in which
        # the sender disconnects and this socket is deleted under the running slot
        QTimer.singleShot(0, self, lambda: self.received.emit(paths))

    def _drop(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._buffers.pop(socket, None)
            socket.deleteLater()
