"""Team server parts of the window: live refresh between two clients, the status indicator
(identity, role, blind mode), blind-mode visibility, clear messages for concurrent edits and
permissions, and the open-server dialog (the password never leaves memory)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from qcoder.app import Project
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.errors import ConcurrentEdit
from qcoder.core.permissions import PermissionDenied, Role
from qcoder.gui.team import TeamActions, explain_error, explain_text, visible_coder_ids
from qcoder.gui.team.server import POLL_INTERVAL_MS, LiveRefresh, OpenServerDialog, TeamStatus
from tests.gui.helpers import when_modal


def test_live_refresh_brings_another_clients_change(qtbot, ctx, project) -> None:
    default = LiveRefresh(ctx)
    assert not default.active  # a local file is not polled by default (the server is)
    live = LiveRefresh(ctx, backends=("postgresql", "sqlite"))  # poll_changes works on SQLite too
    assert live.active and live.timer.interval() == POLL_INTERVAL_MS == 2000
    with Project.open(project.path) as other:
        doc = other.documents()[0]
        code = other.codes()[0]
        bob = other.coder_by_name("Bob")
        assert bob is not None

        def has_coding(changes: object) -> bool:
            return isinstance(changes, ChangeSet) and coding_id[0] in changes.ids(Kind.CODING)

        coding_id = [""]
        with qtbot.waitSignal(ctx.changed, timeout=10000, check_params_cb=has_coding):
            coding_id[0] = other.add_coding(doc.id, code.id, bob.id, 0, 5).id
        assert any(c.id == coding_id[0] for c in project.codings())

        # nothing new: the next polls stay quiet
        assert live.poll() == ChangeSet()
    ctx.close_project()
    assert not live.active


def test_status_shows_identity_role_and_blind_mode(qtbot, ctx, project) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    live = LiveRefresh(ctx, backends=("sqlite",))
    status = TeamStatus(ctx, live, window)
    assert status.text().startswith("Alice (lead)") and "live" in status.text()
    alice = project.coder_by_name("Alice")
    bob = project.coder_by_name("Bob")
    assert alice is not None and bob is not None
    assert visible_coder_ids(project, alice.id) is None

    # another client (the lead) switches blind mode on: it shows after the next poll
    with Project.open(project.path) as other:
        with qtbot.waitSignal(ctx.changed, timeout=10000):
            other.set_blind_mode(True)
    assert "blind mode" in status.text()
    assert visible_coder_ids(project, alice.id) == {alice.id}
    assert visible_coder_ids(project, None) == set()
    window.show()
    status.show()
    status.adjustSize()

    # members: Alice is lead, Bob a coder; switching the window's coder switches the role
    project.set_member(alice.id, Role.LEAD)
    project.set_member(bob.id, Role.CODER)
    ctx.set_coder("Bob")
    assert project.role is Role.CODER and status.text().startswith("Bob (coder)")


def test_blind_mode_action_is_for_the_lead(qtbot, ctx, project) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    actions = TeamActions(ctx, window)
    assert actions.blind_action.isEnabled() and not actions.blind_action.isChecked()
    actions.blind_action.trigger()
    assert project.blind_mode and actions.blind_action.isChecked()
    actions.blind_action.trigger()
    assert not project.blind_mode

    alice, bob = project.coder_by_name("Alice"), project.coder_by_name("Bob")
    assert alice is not None and bob is not None
    project.set_member(alice.id, Role.LEAD)
    project.set_member(bob.id, Role.CODER)
    ctx.set_coder("Bob")
    assert not actions.blind_action.isEnabled()
    assert not actions.merge_action.isEnabled() and actions.agreement_action.isEnabled()
    assert actions.export_codings_action.isEnabled()


def test_concurrent_edit_message_names_the_current_state(qtbot, ctx, project) -> None:
    code = project.codes()[0]
    with Project.open(project.path) as other:
        other.update_code(code.id, expected_version=code.version, name="Funding")
    with pytest.raises(ConcurrentEdit) as caught:
        project.update_code(code.id, expected_version=code.version, name="Money")
    shown: list[str] = []

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    when_modal(close)
    with qtbot.waitSignal(ctx.changed, timeout=5000):  # the views reload what the other client did
        text = explain_error(None, caught.value, project, code_id=code.id)
    assert shown == [text]
    assert "The code is now called “Funding”." in text and "not saved" in text

    project.delete_code(code.id)
    title, text = explain_text(caught.value, project, code.id)
    assert title == "Changed by someone else" and "has since been deleted" in text


def test_permission_message_says_who_you_are(ctx, project) -> None:
    alice, bob = project.coder_by_name("Alice"), project.coder_by_name("Bob")
    assert alice is not None and bob is not None
    project.set_member(alice.id, Role.LEAD)
    project.set_member(bob.id, Role.CODER)
    project.identify(bob.id)
    with pytest.raises(PermissionDenied) as caught:
        project.set_blind_mode(True)
    title, text = explain_text(caught.value, project)
    assert title == "Not allowed"
    assert text.startswith("Only a lead may switch blind mode.")
    assert "You are working as Bob (coder)" in text


def test_open_server_dialog_never_shows_or_keeps_the_password(qtbot, ctx, settings, tmp_path: Path) -> None:
    dialog = OpenServerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_url("not a url")
    assert not dialog.open_button.isEnabled()
    assert "postgresql+psycopg://user@host/db" in dialog.shown.text()
    dialog.set_url("postgresql+psycopg://maya:typed-secret@127.0.0.1:1/ecm")
    assert dialog.open_button.isEnabled()
    assert "typed-secret" not in dialog.shown.text() and "***" in dialog.shown.text()
    dialog.set_url("postgresql+psycopg://maya@127.0.0.1:1/ecm")  # port 1: nothing listens
    dialog.set_password("s3cret-pw")
    with qtbot.waitSignal(dialog.opened, timeout=60000) as blocker:
        dialog.start_open()
    assert blocker.args[0] is None
    assert "cannot be reached" in dialog.message.text()
    assert "s3cret-pw" not in dialog.message.text() and dialog.password_edit.text() == ""
    settings.sync()
    ini = (tmp_path / "settings.ini").read_text(encoding="utf-8") if (tmp_path / "settings.ini").exists() else ""
    assert "s3cret-pw" not in ini


@pytest.mark.postgres
def test_open_a_server_project(qtbot, ctx, settings, pg_database: str, tmp_path: Path) -> None:
    from qcoder.app.team import push
    from qcoder.store.urls import redact

    push(Path(ctx.project.path), pg_database)
    plain = redact(pg_database).replace(":***@", "@")
    password = pg_database.split("://", 1)[1].split("@", 1)[0].partition(":")[2]
    live = LiveRefresh(ctx)
    status = TeamStatus(ctx, live)
    qtbot.addWidget(status)
    dialog = OpenServerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_url(plain)
    dialog.set_password(password)
    with qtbot.waitSignal(dialog.opened, timeout=60000) as blocker:
        dialog.start_open()
    project = blocker.args[0]
    assert project is not None, dialog.message.text()
    assert ctx.project is project and project.backend == "postgresql"
    assert live.active and status.text().startswith("Server · Alice (lead)")
    assert {d.name for d in project.documents()} == {"Interview A", "Interview B"}
    settings.sync()
    if password:
        ini = (tmp_path / "settings.ini").read_text(encoding="utf-8")
        secret = f":{password}@"  # the password as it would appear inside a URL
        assert secret not in ini and secret not in status.toolTip() and f"={password}" not in ini
    QApplication.processEvents()
