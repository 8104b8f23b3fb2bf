"""Themes and text size (issue 19, "Readable"): light, dark and high-contrast themes that follow
the system by default, a View → Theme setting and QCODER_THEME; a text-size setting; no white
panels in dark mode; the transcript readable in every theme; the colour picker's warning;
overlaps marked by a count, not by colour alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from qcoder.core.codes import PALETTE
from qcoder.core.colors import TEXT_CONTRAST, blend, contrast
from qcoder.gui import themes
from qcoder.gui.screen_fit import FRAME_ALLOWANCE
from qcoder.gui.style import apply_style
from qcoder.gui.themes import THEMES


@pytest.fixture(autouse=True)
def _light_afterwards(qapp, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Every test leaves the application light, at 100 %, with QCODER_THEME unset."""
    monkeypatch.delenv(themes.ENV_VAR, raising=False)
    yield
    monkeypatch.delenv(themes.ENV_VAR, raising=False)
    apply_style(QApplication.instance(), "light", 100)  # type: ignore[arg-type]


def _base() -> QColor:
    return QApplication.instance().palette().color(QPalette.ColorRole.Base)  # type: ignore[union-attr]


def _open_document(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    doc = window.ctx.project.documents()[0]
    window.viewer.show_document(doc.id)
    qtbot.waitUntil(lambda: window.viewer.state is not None)


# --- which theme ------------------------------------------------------------------------------------
def test_the_default_follows_the_system(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert themes.resolve("system", system_dark=True).name == "dark"
    assert themes.resolve("system", system_dark=False).name == "light"
    assert themes.resolve("contrast", system_dark=False).name == "contrast"
    monkeypatch.setenv(themes.ENV_VAR, "dark")
    assert themes.resolve("light", system_dark=False).name == "dark"
    monkeypatch.setenv(themes.ENV_VAR, "no-such-theme")
    assert themes.resolve("light", system_dark=True).name == "light"


def test_settings_keep_the_theme_and_text_size(settings) -> None:  # type: ignore[no-untyped-def]
    assert settings.theme() == "system" and settings.text_size() == 100
    settings.set_theme("contrast")
    settings.set_text_size(130)
    assert settings.theme() == "contrast" and settings.text_size() == 130
    settings.set_theme("purple")
    settings.set_text_size(333)
    assert settings.theme() == "system" and settings.text_size() == 100


def test_qcoder_theme_overrides_the_setting(qtbot, monkeypatch, settings) -> None:  # type: ignore[no-untyped-def]
    settings.set_theme("light")
    monkeypatch.setenv(themes.ENV_VAR, "dark")
    apply_style(QApplication.instance(), settings.theme(), settings.text_size())  # type: ignore[arg-type]
    assert _base() == QColor(THEMES["dark"].base)
    assert themes.current().name == "dark"


def test_the_view_menu_switches_theme_and_keeps_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _open_document(qtbot, window)
    menu = window.appearance
    assert [a.text() for a in menu.theme_menu.actions()] == ["System", "Light", "Dark", "High contrast"]
    menu.theme_actions["dark"].trigger()
    assert window.ctx.settings.theme() == "dark"
    assert _base() == QColor(THEMES["dark"].base)
    view = window.viewer.view
    # speaker labels are re-made in the dark theme's colours
    s, _e = next(iter(window.viewer.state.labels.values()))
    cursor = view.textCursor()
    cursor.setPosition(window.viewer.state.offsets.to_qt(s) + 1)
    assert cursor.charFormat().foreground().color() in (
        QColor(THEMES["dark"].speaker_label),
        QColor(THEMES["dark"].interviewer_label),
    )
    menu.theme_actions["contrast"].trigger()
    assert _base() == QColor("#000000") and window.ctx.settings.theme() == "contrast"


def test_a_system_scheme_change_is_followed_while_the_setting_is_system(qtbot, monkeypatch, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    import qcoder.gui.appearance as appearance

    window.appearance.set_theme("system")
    monkeypatch.setattr(appearance, "system_is_dark", lambda: True)
    QApplication.instance().styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # type: ignore[union-attr]
    assert themes.current().name == "dark" and _base() == QColor(THEMES["dark"].base)
    window.appearance.set_theme("light")
    QApplication.instance().styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # type: ignore[union-attr]
    assert themes.current().name == "light"


def test_qcoder_theme_disables_the_menu(qtbot, monkeypatch, window) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.appearance import AppearanceMenus

    monkeypatch.setenv(themes.ENV_VAR, "contrast")
    menus = AppearanceMenus(window.ctx.settings, window, lambda: None)
    assert not any(a.isEnabled() for a in menus.theme_actions.values())
    assert "QCODER_THEME=contrast" in menus.theme_menu.actions()[-1].text()


def test_dark_theme_has_no_white_panels(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Grab the whole window with a coded document open: hardly any near-white pixel."""
    for dock in window.docks.values():
        dock.show()
    _open_document(qtbot, window)
    window.appearance.set_theme("dark")
    qtbot.waitUntil(lambda: themes.current().name == "dark")
    image = window.grab().toImage()
    step = 3
    samples = bright = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            samples += 1
            bright += c.lightnessF() > 0.85
    assert bright / samples < 0.02, f"{bright / samples:.1%} of the window is near white"


# --- readable in every theme ------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(THEMES))
def test_transcript_text_reads_on_every_background_of_the_theme(name: str) -> None:
    t = THEMES[name]
    for bg in themes.text_backgrounds(t):
        assert contrast(t.text, bg) >= TEXT_CONTRAST, (name, bg)
    for label in (t.speaker_label, t.interviewer_label):
        for bg in (t.base, t.interviewer_band):
            assert contrast(label, bg) >= TEXT_CONTRAST, (name, label, bg)
    for color in (t.muted, t.error, t.warn, t.good):
        assert contrast(color, t.window) >= TEXT_CONTRAST, (name, color)
        assert contrast(color, t.base) >= TEXT_CONTRAST, (name, color)


@pytest.mark.parametrize("name", list(THEMES))
def test_text_reads_over_up_to_three_overlapping_highlights(name: str) -> None:
    from qcoder.gui.viewer.highlighter import HIGHLIGHT_ALPHA

    t = THEMES[name]
    for a in PALETTE:
        for b in PALETTE:
            for c in (None, *PALETTE):
                tint = blend([a, b] + ([c] if c else []), HIGHLIGHT_ALPHA, t.base)
                assert contrast(t.text, tint) >= TEXT_CONTRAST, (name, a, b, c)


@pytest.mark.parametrize("name", list(THEMES))
def test_palette_stripes_stand_out_on_every_margin(name: str) -> None:
    from qcoder.core.colors import MARK_CONTRAST

    for color in PALETTE:
        assert contrast(color, THEMES[name].margin) >= MARK_CONTRAST, (name, color)


def test_icons_follow_the_theme(qtbot) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.icons import icon

    def ink_lightness() -> float:
        image = icon("undo").pixmap(40, 40).toImage()
        inked = [image.pixelColor(x, y) for x in range(40) for y in range(40) if image.pixelColor(x, y).alpha() > 200]
        assert inked
        return sum(c.lightnessF() for c in inked) / len(inked)

    dark_ink = ink_lightness()
    apply_style(QApplication.instance(), "dark")  # type: ignore[arg-type]
    assert ink_lightness() > dark_ink + 0.3


# --- text size ------------------------------------------------------------------------------------------
def test_text_size_scales_panels_and_transcript_and_still_fits_a_laptop(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _open_document(qtbot, window)
    app = QApplication.instance()
    base_panel = app.font().pointSizeF()  # type: ignore[union-attr]
    base_text = window.viewer.view.font().pointSizeF()
    largest = max(window.appearance.size_actions)
    window.appearance.size_actions[largest].trigger()
    assert window.ctx.settings.text_size() == largest
    assert app.font().pointSizeF() == pytest.approx(base_panel * largest / 100)  # type: ignore[union-attr]
    assert window.viewer.view.font().pointSizeF() == pytest.approx(base_text * largest / 100)
    assert window.docks["codebook"].widget().font().pointSizeF() == pytest.approx(base_panel * largest / 100)
    for dock in window.docks.values():
        dock.show()
    window.docks["analysis"].raise_()
    qtbot.waitUntil(lambda: window.docks["analysis"].isVisible())
    hint = window.minimumSizeHint()
    laptop = QSize(1366, 768) - FRAME_ALLOWANCE
    assert hint.width() <= laptop.width() and hint.height() <= laptop.height(), hint
    window.appearance.set_text_size(100)
    assert app.font().pointSizeF() == pytest.approx(base_panel)  # type: ignore[union-attr]


# --- colour picker ------------------------------------------------------------------------------------
def test_the_colour_picker_warns_about_close_or_faint_colours(qtbot) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.codebook.dialogs import CodeDialog

    others = {"Trust": PALETTE[0], "Funding": "#009E73"}
    dialog = CodeDialog(None, others=others, default_color=PALETTE[1])
    qtbot.addWidget(dialog)
    assert dialog.color_warning.isHidden()
    dialog.set_color("#4567CB")  # next to Trust's blue
    assert not dialog.color_warning.isHidden()
    assert "“Trust”" in dialog.color_warning.text()
    dialog.set_color("#FB8072")  # salmon: apart from Funding's green, except for a protanope
    assert "“Funding”" in dialog.color_warning.text() and "protanopia" in dialog.color_warning.text()
    dialog.set_color("#FFF59D")  # pale yellow: invisible on the light margin
    assert "Low contrast on the Light theme" in dialog.color_warning.text()
    dialog.set_color(PALETTE[3])
    assert dialog.color_warning.isHidden()


def test_the_colour_dialog_warns_as_the_colour_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from qcoder.gui.codebook.dialogs import code_color_dialog

    dialog = code_color_dialog(None, PALETTE[3], "Colour of Trust", {"Funding": PALETTE[0]})
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.findChild(QLabel, "ColorWarning")
    assert warning is not None and warning.isHidden()
    dialog.setCurrentColor(QColor("#4567CB"))
    assert not warning.isHidden() and "“Funding”" in warning.text()
    dialog.setCurrentColor(QColor(PALETTE[3]))
    assert warning.isHidden()


# --- overlaps are counted, not only blended -----------------------------------------------------------
def test_overlapping_codings_get_a_count_in_the_margin(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.viewer.document_viewer import DocumentViewer

    project = ctx.project
    viewer = DocumentViewer(ctx)
    qtbot.addWidget(viewer)
    viewer.resize(900, 600)
    viewer.show()
    doc = project.documents()[0]
    viewer.show_document(doc.id)
    text = viewer.state.text
    s = text.index("Trust took years")
    for path in ("Resources", "Partnerships"):
        project.add_coding(doc.id, project.code_by_path(path).id, ctx.coder.id, s, s + 10)
    qtbot.waitUntil(lambda: any(n >= 2 for _y1, _y2, n in viewer.view.stripes.overlaps()))


# --- figures for reports stay light ---------------------------------------------------------------
def test_the_network_is_dark_on_screen_and_light_in_a_report(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from tests.gui.test_cooccurrence_view import _open, _overlap

    _overlap(ctx.project)
    dialog = _open(qtbot, ctx)
    apply_style(QApplication.instance(), "dark")  # type: ignore[arg-type]
    scene = dialog.scene
    assert dialog.view.backgroundBrush().color() == QColor(THEMES["dark"].base)
    qtbot.waitUntil(lambda: all(label.brush().color() == QColor(THEMES["dark"].text) for label in scene.labels))
    png = dialog.export_drawing(tmp_path / "net.png")
    image = QImage(str(png))
    assert image.pixelColor(2, 2) == QColor(THEMES["light"].base)
    assert all(label.brush().color() == QColor(THEMES["dark"].text) for label in scene.labels)
    dialog.wait()
