"""The Linux packaging files agree with each other (no build: packaging/linux/build.sh and
smoke.sh do that, by hand). The menu entry opens the file types the MIME package declares, the
control file's placeholders are the ones build.sh fills, and the PyInstaller spec is valid Python."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LINUX = REPO / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / "qcoder.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_opens_the_declared_file_types() -> None:
    entry = _desktop_entry()
    assert entry["Exec"] == "qcoder gui %f"
    assert entry["Icon"] == "qcoder"
    declared = {
        m.get("type"): [g.get("pattern") for g in m.iter(f"{MIME_NS}glob")]
        for m in ET.parse(LINUX / "qcoder-mime.xml").getroot().iter(f"{MIME_NS}mime-type")
    }
    assert declared == {"application/x-qcoder-project": ["*.qcoder"], "application/x-refi-qda-project": ["*.qdpx"]}
    assert set(filter(None, entry["MimeType"].split(";"))) == set(declared)


def test_control_file_placeholders_are_the_ones_build_sh_fills() -> None:
    control = (LINUX / "control.in").read_text(encoding="utf-8")
    script = (LINUX / "build.sh").read_text(encoding="utf-8")
    for placeholder in ("@VERSION@", "@SIZE@"):
        assert placeholder in control and placeholder in script
    depends = next(line for line in control.splitlines() if line.startswith("Depends:"))
    assert "libxcb-cursor0" in depends and "libxkbcommon-x11-0" in depends  # Qt 6's xcb plugin
    assert "--root-owner-group" in script


def test_maintainer_scripts_and_icons_are_there() -> None:
    for name in ("build.sh", "smoke.sh", "postinst", "postrm", "qcoder.sh"):
        path = LINUX / name
        assert path.stat().st_mode & 0o111, f"{name} is not executable"
        assert path.read_text(encoding="utf-8").startswith("#!")
    icons = REPO / "resources" / "icons"
    for n in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (icons / f"qcoder-{n}.png").is_file()
    for name in ("qcoder.svg", "qcoder.ico", "qcoder.icns"):
        assert (icons / name).is_file()


def test_the_spec_is_valid_python() -> None:
    spec = REPO / "packaging" / "qcoder.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    compile((REPO / "packaging" / "launcher.py").read_text(encoding="utf-8"), "launcher.py", "exec")
