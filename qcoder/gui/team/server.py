"""Team server in the window: open a project on a PostgreSQL server (the password stays in
memory), follow other clients' changes every two seconds, and show who you are working as.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from qcoder.app import Project
from qcoder.app.locations import describe, has_password, is_server_url, redact, with_password
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.permissions import Role
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.grouping import background_writes
from qcoder.gui.i18n import translate
from qcoder.gui.style import html_color, set_tone
from qcoder.gui.team.pages import esc, muted
from qcoder.gui.team.tasks import Job

POLL_INTERVAL_MS = 2000
PLACEHOLDER_URL = "postgresql+psycopg://user@host/db"


def server_location(project: Project) -> str:
    """The project's location as it may be shown (a server URL without its password)."""
    return redact(str(project.location))


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret else text


def connection_message(exc: BaseException, url: str, password: str) -> str:
    """Why the server could not be opened, in words (never containing the password)."""
    raw = _scrub(str(exc), password)  # the store's message may quote the whole URL
    try:
        user, host = describe(url)
    except Exception:  # noqa: BLE001 - a malformed URL: say so below
        user, host = "", ""
    low = raw.lower()
    if "password" in low:
        if not password:
            text = translate(
                "team.server", "The server at {host} asks for the password of “{user}”. Type it and open again."
            )
        else:
            text = translate(
                "team.server", "The server at {host} did not accept the password for “{user}”. Check it and try again."
            )
        return text.format(host=host, user=user)
    if "could not translate host name" in low or "name or service not known" in low:
        return translate("team.server", "The server name “{host}” is unknown. Check the address.").format(host=host)
    if "connection refused" in low or "timeout" in low or "timed out" in low:
        return translate(
            "team.server", "The server at {host} cannot be reached (is it running, and is the port right?)."
        ).format(host=host)
    return _scrub(user_message(exc), password)


class OpenServerDialog(QDialog):
    """Asks for the server URL and, if needed, a password; opens the project in a worker."""

    opened = Signal(object)  # the Project, or None when it could not be opened

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.job: Job | None = None
        self.error = ""
        self.setWindowTitle(translate("team.server", "Open server project"))
        self.resize(560, 260)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText(PLACEHOLDER_URL)
        self.url_edit.textChanged.connect(self._update)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(translate("team.server", "only if the server asks for one"))
        self.shown = QLabel(self)
        set_tone(self.shown, "muted")
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(translate("team.server", "Server project:"), self.url_edit)
        form.addRow(translate("team.server", "Password:"), self.password_edit)
        form.addRow("", self.shown)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(
            translate("team.server", "Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.start_open)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                translate(
                    "team.server",
                    "A project shared on a PostgreSQL server: everyone's codings appear as they are "
                    "made. The password is used for this connection only and never saved "
                    "(qcoder also reads PGPASSWORD and ~/.pgpass).",
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        recent = [r for r in ctx.settings.recent_projects() if is_server_url(r)]
        if recent:
            self.url_edit.setText(redact(recent[0]))
        self._update()

    def set_url(self, url: str) -> None:
        self.url_edit.setText(url)

    def set_password(self, password: str) -> None:
        self.password_edit.setText(password)

    def _url(self) -> str:
        return self.url_edit.text().strip()

    def _valid(self, url: str) -> bool:
        return is_server_url(url) and url.startswith("postgresql")

    def _update(self) -> None:
        url = self._url()
        ok = self._valid(url)
        self.open_button.setEnabled(ok and self.job is None)
        if not url:
            self.shown.setText("")
        elif not ok:
            self.shown.setText(
                translate("team.server", "Expected an address like {example}").format(example=PLACEHOLDER_URL)
            )
        else:
            try:
                if has_password(url):
                    text = translate(
                        "team.server", "Connects to {address} (the password typed in the address is used, not saved)"
                    )
                else:
                    text = translate("team.server", "Connects to {address}")
                self.shown.setText(text.format(address=redact(url)))
            except Exception:  # noqa: BLE001 - half-typed address
                self.shown.setText(
                    translate("team.server", "Expected an address like {example}").format(example=PLACEHOLDER_URL)
                )

    def start_open(self) -> Job | None:
        url = self._url()
        if self.job is not None or not self._valid(url):
            return None
        password = self.password_edit.text()
        try:
            full = with_password(url, password) if password else url
        except Exception as exc:  # noqa: BLE001 - a malformed address
            self.message.setText(
                translate(
                    "team.server", "This address cannot be read; write it like {example} (details: {reason})"
                ).format(example=PLACEHOLDER_URL, reason=_scrub(str(exc), password))
            )
            return None
        secret = password or ""

        def task(progress: Any, cancel: Any) -> Project:
            return Project.open(full)

        self.message.setText("")
        self.busy.show()
        self.url_edit.setEnabled(False)
        self.password_edit.setEnabled(False)
        self.job = Job(task, self)
        self.job.ended.connect(lambda job: self._ended(job, url, secret))
        self._update()
        return self.job.start()

    def _ended(self, job: Job, url: str, secret: str) -> None:
        self.job = None
        self.busy.hide()
        self.url_edit.setEnabled(True)
        self.password_edit.setEnabled(True)
        self.password_edit.clear()  # kept nowhere: the open project's engine holds the connection
        if job.outcome != "finished":
            self.error = (
                connection_message(job.error, url, secret) if job.error else translate("team.server", "Cancelled.")
            )
            self.message.setText(self.error)
            self._update()
            self.opened.emit(None)
            return
        project: Project = job.result
        self._ctx.open_project(project)
        if project.actor_id:  # the database login is a member: work as that coder
            name = next((c.name for c in project.coders() if c.id == project.actor_id), "")
            if name and (self._ctx.coder is None or self._ctx.coder.id != project.actor_id):
                self._ctx.set_coder(name)
        self.opened.emit(project)
        self.accept()

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.finish_now()
        super().done(result)


class LiveRefresh(QObject):
    """Polls the open project for other clients' changes on a timer (projects on a server).

    ``project.poll_changes()`` tells the project's listeners, which the AppContext re-emits
    as ``ctx.changed``: every view refreshes as for a local change.
    """

    polled = Signal(object)  # a non-empty ChangeSet from another client
    state_changed = Signal()  # active / error changed

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        interval_ms: int = POLL_INTERVAL_MS,
        backends: Sequence[str] = ("postgresql",),
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.backends = tuple(backends)
        self.error = ""
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        ctx.project_opened.connect(self._sync)
        ctx.project_closed.connect(self._sync)
        self._sync()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def _sync(self) -> None:
        project = self._ctx.project
        self.error = ""
        if project is not None and project.backend in self.backends:
            self.timer.start()
        else:
            self.timer.stop()
        self.state_changed.emit()

    def poll(self) -> ChangeSet | None:
        project = self._ctx.project
        if project is None:
            return None
        if background_writes():
            # a worker is writing through this project (import, merge…): Project's change
            # bookkeeping is not made for two threads at once, so wait for the next tick
            return None
        try:
            changes = project.poll_changes()
        except Exception as exc:  # noqa: BLE001 - a dropped connection: keep trying, say so
            message = user_message(exc)
            if message != self.error:
                self.error = message
                self.state_changed.emit()
            return None
        if self.error:
            self.error = ""
            self.state_changed.emit()
        if changes:
            self.polled.emit(changes)
        return changes


class TeamStatus(QLabel):
    """Status-bar indicator: the coder identity and role, the server, blind mode, live state.

    On opening a project and on switching coder it calls ``project.identify(coder id)``, so
    the role (from the project's members) follows the coder chosen in the window."""

    def __init__(
        self,
        ctx: AppContext,
        live: LiveRefresh | None = None,
        parent: QWidget | None = None,
        *,
        show_coder: bool = True,
    ) -> None:
        """``show_coder=False`` when the window shows the coder elsewhere (then: "Role: lead")."""
        super().__init__(parent)
        self._ctx = ctx
        self._live = live
        self.show_coder = show_coder
        self.setObjectName("TeamStatus")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setContentsMargins(6, 0, 6, 0)
        ctx.project_opened.connect(self.identify)
        ctx.coder_changed.connect(self.identify)
        ctx.project_closed.connect(self.refresh)
        ctx.changed.connect(self._on_changed)
        if live is not None:
            live.state_changed.connect(self.refresh)
        self.identify()

    def identify(self) -> None:
        project, coder = self._ctx.project, self._ctx.coder
        if project is not None and coder is not None:
            project.identify(coder.id)
        self.refresh()

    def _on_changed(self, changes: object) -> None:
        if isinstance(changes, ChangeSet) and (changes.touches(Kind.PROJECT) or changes.touches(Kind.CODER)):
            self.refresh()

    def refresh(self) -> None:
        project = self._ctx.project
        self.setVisible(project is not None)
        if project is None:
            self.setText("")
            self.setToolTip("")
            return
        coder = self._ctx.coder
        role = translate("team.server", "lead") if project.role is Role.LEAD else translate("team.server", "coder")
        if self.show_coder:
            parts = [f"{esc(coder.name)} ({role})" if coder else f"({role})"]
        else:
            parts = [translate("team.server", "Role: {role}").format(role=role)]
        who = coder.name if coder else translate("team.server", "nobody yet")
        tips = [translate("team.server", "Working as {name}, role: {role}.").format(name=who, role=role)]
        if project.backend == "postgresql":
            where = server_location(project)
            parts.insert(0, translate("team.server", "Server"))
            tips.append(translate("team.server", "Server project {address}.").format(address=where))
        if self._live is not None and self._live.active:
            if self._live.error:
                unreachable = translate("team.server", "server unreachable")
                parts.append(f"<span style='color:{html_color('error')}'>{unreachable}</span>")
                tips.append(
                    translate("team.server", "Live refresh failed: {reason} (retrying).").format(
                        reason=self._live.error
                    )
                )
            else:
                live = translate("team.server", "live")
                parts.append(f"<span style='color:{html_color('good')}'>{live}</span>")
                tips.append(translate("team.server", "Other coders' changes appear within two seconds."))
        if project.blind_mode:
            blind = translate("team.server", "blind mode")
            parts.append(f"<b>{blind}</b>")
            tips.append(translate("team.server", "Blind mode: each coder sees only their own codings."))
        self.setText(" · ".join(parts))
        self.setToolTip("\n".join(tips))
