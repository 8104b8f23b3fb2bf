"""The team actions composed into the main window the way main_window.py is meant to wire them
(Team menu, Project-menu exchange entries, status indicator, status messages)."""

from __future__ import annotations

from qcoder.gui.team import AgreementDialog, TeamActions


def test_team_actions_in_the_main_window(qtbot, window, ctx) -> None:
    team = TeamActions(ctx, window)
    bar = window.menuBar()
    help_menu = bar.actions()[-1]
    bar.insertMenu(help_menu, team.menu)
    window.statusBar().addPermanentWidget(team.status)
    team.message.connect(lambda text: window.statusBar().showMessage(text, 6000))

    labels = [a.text() for a in team.menu.actions() if not a.isSeparator()]
    assert labels == [
        "Merge coder projects…",
        "Hand out a copy to a coder…",
        "Export my codings…",
        "Agreement and reconciliation…",
        "Blind mode",
    ]
    assert [a.text() for a in bar.actions()][-2:] == ["&Team", help_menu.text()]
    assert all(a.isEnabled() for a in team.project_actions)
    assert team.status.isVisible() and team.status.text().startswith("Alice (lead)")
    team.status.show_coder = False  # the window's own coder button already names the coder
    team.status.refresh()
    assert team.status.text() == "Role: lead"

    team.agreement_action.trigger()
    dialog = team.agreement_dialog
    assert isinstance(dialog, AgreementDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.computed, timeout=30000):
        dialog.compute()
    assert dialog.figures.codes_model.rowCount() >= 1

    team.blind_action.trigger()
    assert window.statusBar().currentMessage().startswith("Blind mode is on")
    assert "blind mode" in team.status.text()
    team.blind_action.trigger()

    ctx.close_project()
    assert team.agreement_dialog is None and not dialog.isVisible()
    assert not any(a.isEnabled() for a in team.project_actions)
    assert team.open_server_action.isEnabled()  # opening a server project needs no open project
