"""The Windows and macOS packaging, checked here although it is built only on GitHub's runners.

Nothing is built: the workflow (.github/workflows/installers.yml) is parsed and each job checked,
the Inno Setup script is read for its per-user install and file associations, the Info.plist keys
and the Windows version resource of packaging/platform_bits.py are checked (the version resource
through PyInstaller's own parser when PyInstaller is installed), the shell scripts pass ``bash -n``
and the PowerShell script names the same spec and installer as the rest.
"""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
WORKFLOW = REPO / ".github" / "workflows" / "installers.yml"
ISS = PACKAGING / "windows" / "qcoder.iss"
BUILD_PS1 = PACKAGING / "windows" / "build.ps1"
MACOS_BUILD = PACKAGING / "macos" / "build.sh"


def _platform_bits() -> ModuleType:
    """packaging/platform_bits.py, loaded from its file (packaging/ is not a Python package)."""
    spec = importlib.util.spec_from_file_location("qcoder_platform_bits", PACKAGING / "platform_bits.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _workflow() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml", reason="PyYAML (the test extra) reads the workflow")
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _job_text(job: dict[str, Any]) -> str:
    """Every command a job runs, as one text."""
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def _uploads(job: dict[str, Any]) -> list[str]:
    return [
        str(step["with"]["path"])
        for step in job["steps"]
        if str(step.get("uses", "")).startswith("actions/upload-artifact@")
    ]


# --- the workflow -------------------------------------------------------------------------------


def test_workflow_runs_on_version_tags_and_by_hand():
    data = _workflow()
    triggers = data.get("on", data.get(True))  # YAML 1.1 reads the key `on` as true
    assert triggers["push"]["tags"] == ["v*"]
    assert "workflow_dispatch" in triggers


def test_windows_job_builds_installs_silently_and_smoke_tests():
    job = _workflow()["jobs"]["windows"]
    assert job["runs-on"] == "windows-latest"
    text = _job_text(job)
    assert "choco install innosetup" in text
    assert "packaging/windows/build.ps1" in text
    assert "/VERYSILENT" in text and "/CURRENTUSER" in text
    assert "Programs\\qcoder" in text  # {autopf} of a per-user install: %LOCALAPPDATA%\Programs
    assert '"--help"' in text and '"demo", "--no-gui"' in text
    assert "qcoder.project" in text and "qcoder.qdpx" in text  # the associations are in the registry
    assert _uploads(job) == ["dist/qcoder-*-setup.exe"]


def test_macos_jobs_build_one_dmg_per_architecture():
    job = _workflow()["jobs"]["macos"]
    matrix = {entry["arch"]: entry["runner"] for entry in job["strategy"]["matrix"]["include"]}
    assert matrix["arm64"] == "macos-14"
    assert matrix["x86_64"].startswith("macos-") and "intel" in matrix["x86_64"]
    text = _job_text(job)
    assert "packaging/macos/build.sh" in text
    assert "hdiutil attach" in text and '"$exe" --help' in text and '"$exe" demo --no-gui' in text
    assert _uploads(job) == ["dist/qcoder-*-${{ matrix.arch }}.dmg"]


def test_linux_jobs_build_the_deb_on_both_ubuntus():
    job = _workflow()["jobs"]["linux"]
    assert job["strategy"]["matrix"]["os"] == ["ubuntu-22.04", "ubuntu-24.04"]
    assert job["runs-on"] == "${{ matrix.os }}"
    text = _job_text(job)
    assert "packaging/linux/build.sh" in text
    assert "qcoder --help" in text and "qcoder demo --no-gui" in text
    assert _uploads(job) == ["dist/qcoder_*_amd64.deb"]


def test_every_job_has_a_timeout_and_pinned_actions():
    jobs = _workflow()["jobs"]
    for name, job in jobs.items():
        assert isinstance(job.get("timeout-minutes"), int), name
        for step in job["steps"]:
            uses = step.get("uses")
            assert uses is None or re.fullmatch(r"actions/[a-z-]+@v\d+", uses), (name, uses)
    assert jobs["release"]["needs"] == ["windows", "macos", "linux"]
    assert jobs["release"]["if"] == "startsWith(github.ref, 'refs/tags/v')"


# --- Windows: the Inno Setup script and the PowerShell build ----------------------------------


def _iss_setup() -> dict[str, str]:
    """The [Setup] directives of qcoder.iss."""
    section = ISS.read_text(encoding="utf-8").split("[Setup]", 1)[1].split("\n[", 1)[0]
    pairs = (line.split("=", 1) for line in section.splitlines() if "=" in line and not line.startswith(";"))
    return {key.strip(): value.strip() for key, value in pairs}


def test_installer_is_per_user_without_admin_rights():
    setup = _iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == "{autopf}\\qcoder"  # %LOCALAPPDATA%\Programs\qcoder per user
    assert setup["ChangesAssociations"] == "yes"
    assert setup["OutputBaseFilename"] == "qcoder-{#AppVersion}-setup"
    assert setup["SetupIconFile"] == "..\\..\\resources\\icons\\qcoder.ico"
    assert setup["AppVersion"] == "{#AppVersion}"  # the version of the build, given by build.ps1


def test_installer_associates_both_file_types_and_makes_a_start_menu_entry():
    text = ISS.read_text(encoding="utf-8")
    opens = '"""{app}\\{#AppExeName}"" gui ""%1"""'
    for ext, progid in ((".qcoder", "qcoder.project"), (".qdpx", "qcoder.qdpx")):
        progids = f'Root: HKA; Subkey: "Software\\Classes\\{ext}\\OpenWithProgids"; ValueType: string; '
        assert f'{progids}ValueName: "{progid}"' in text
        command = f'Root: HKA; Subkey: "Software\\Classes\\{progid}\\shell\\open\\command"; ValueType: string; '
        assert f'{command}ValueName: ""; ValueData: {opens}' in text
    assert 'Name: "{autoprograms}\\qcoder"; Filename: "{app}\\{#AppExeName}"' in text
    assert 'Name: "{autodesktop}\\qcoder"' in text and "Tasks: desktopicon" in text
    assert text.isascii()  # ISCC reads a file without a byte-order mark as ANSI


def _iss_entries(section: str) -> list[dict[str, str]]:
    """The entries of one qcoder.iss section, parsed as ISCC does: `Name: value` parameters parted by
    `;`, a quoted value with `""` for a quote inside."""
    text = ISS.read_text(encoding="utf-8").split(f"\n[{section}]\n", 1)[1].split("\n[", 1)[0]
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith(";"):
            continue
        params = re.findall(r'\s*([A-Za-z]+): ("(?:[^"]|"")*"|[^;"]*)\s*(?:;|$)', line)
        rebuilt = "; ".join(f"{name}: {value.strip()}" for name, value in params)
        assert rebuilt == line.strip(), f"[{section}] entry not in ISCC's form: {line}"
        entries.append(
            {
                name: value.strip()[1:-1].replace('""', '"') if value.startswith('"') else value.strip()
                for name, value in params
            }
        )
    return entries


ISS_PARAMETERS = {
    "Registry": {"Root", "Subkey", "ValueType", "ValueName", "ValueData", "Flags"},
    "Icons": {"Name", "Filename", "Comment", "Tasks"},
    "Files": {"Source", "DestDir", "Flags"},
    "Tasks": {"Name", "Description", "GroupDescription", "Flags"},
    "Run": {"Filename", "Description", "Flags"},
    "Languages": {"Name", "MessagesFile"},
    "InstallDelete": {"Type", "Name"},
}


def test_installer_entries_parse_as_iscc_reads_them():
    for section, known in ISS_PARAMETERS.items():
        entries = _iss_entries(section)
        assert entries, section
        for entry in entries:
            assert set(entry) <= known, (section, entry)
    commands = [e["ValueData"] for e in _iss_entries("Registry") if e["Subkey"].endswith("\\shell\\open\\command")]
    assert commands and set(commands) == {'"{app}\\{#AppExeName}" gui "%1"'}
    assert {e["Root"] for e in _iss_entries("Registry")} == {"HKA"}  # HKCU in a per-user install


def test_powershell_build_names_the_spec_the_script_and_the_installer():
    text = BUILD_PS1.read_text(encoding="utf-8")
    assert '"packaging\\qcoder.spec"' in text
    assert '"packaging\\windows\\qcoder.iss"' in text
    assert 'pip install --quiet ".[media,survey]" pyinstaller' in text
    # the installer's name: what qcoder.iss's OutputBaseFilename makes of the version passed to it
    assert '"qcoder-$Version-setup.exe"' in text
    assert '"/DAppVersion=$Version"' in text and '"/DOutputDir=$Dist"' in text
    assert '$ErrorActionPreference = "Stop"' in text
    assert text.count("{") == text.count("}") and text.count("(") == text.count(")")


# --- macOS: the build script ------------------------------------------------------------------


@pytest.mark.parametrize("script", ["macos/build.sh", "linux/build.sh"])
def test_shell_scripts_parse(script):
    path = PACKAGING / script
    if not path.exists():
        pytest.skip(f"packaging/{script} is not in this tree yet")
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    subprocess.run([bash, "-n", str(path)], check=True)


def test_macos_build_signs_and_makes_a_dmg_per_architecture():
    text = MACOS_BUILD.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n") and "set -euo pipefail" in text
    assert "SPEC=packaging/qcoder.spec" in text
    assert 'pip install --quiet ".[media,survey]" pyinstaller' in text
    assert "codesign --force --deep -s -" in text
    assert "-format UDZO" in text and 'ln -s /Applications "$STAGE/Applications"' in text
    assert "DMG=dist/qcoder-$VERSION-$ARCH.dmg" in text
    assert "xcrun notarytool submit" in text  # optional, with the APPLE_* variables
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements["com.apple.security.cs.disable-library-validation"] is True


# --- platform_bits: Info.plist and the Windows version resource -------------------------------


def test_info_plist_declares_both_document_types():
    bits = _platform_bits()
    keys = bits.macos_info_plist("1.2.3")
    again = plistlib.loads(plistlib.dumps(keys))  # a valid property list
    assert again["CFBundleIdentifier"] == "org.qcoder.qcoder"
    assert again["CFBundleShortVersionString"] == "1.2.3"
    assert again["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", again["LSMinimumSystemVersion"])
    owner, viewer = again["CFBundleDocumentTypes"]
    assert (owner["LSHandlerRank"], viewer["LSHandlerRank"]) == ("Owner", "Alternate")
    assert viewer["CFBundleTypeRole"] == "Viewer"
    exported = {t["UTTypeIdentifier"]: t for t in again["UTExportedTypeDeclarations"]}
    imported = {t["UTTypeIdentifier"]: t for t in again["UTImportedTypeDeclarations"]}
    assert owner["LSItemContentTypes"] == list(exported)
    assert viewer["LSItemContentTypes"] == list(imported)
    extension = "public.filename-extension"
    assert [t["UTTypeTagSpecification"][extension] for t in exported.values()] == [["qcoder"]]
    assert [t["UTTypeTagSpecification"][extension] for t in imported.values()] == [["qdpx"]]
    assert "public.zip-archive" in next(iter(imported.values()))["UTTypeConformsTo"]


class _Wheel:
    """Stands in for an installed distribution: only its WHEEL file."""

    def __init__(self, *tags: str) -> None:
        self.text = "Wheel-Version: 1.0\nRoot-Is-Purelib: false\n" + "".join(f"Tag: {t}\n" for t in tags)

    def read_text(self, name: str) -> str | None:
        return self.text if name == "WHEEL" else None


def test_macos_minimum_is_the_newest_any_bundled_wheel_needs():
    bits = _platform_bits()
    wheels = [
        _Wheel("cp310-abi3-macosx_13_0_universal2"),  # PySide6 6.11
        _Wheel("cp311-cp311-macosx_11_0_arm64"),
        _Wheel("py3-none-any"),
        _Wheel("cp311-cp311-manylinux_2_34_x86_64"),
    ]
    assert bits.macos_minimum(wheels) == "13.0"
    assert bits.macos_minimum([_Wheel("py3-none-any")]) == bits.MACOS_MINIMUM  # nothing says more
    assert bits.macos_minimum([_Wheel("cp311-cp311-macosx_14_2_arm64")]) == "14.2"
    assert bits.macos_info_plist("1.0", minimum="13.0")["LSMinimumSystemVersion"] == "13.0"


def test_version_numbers():
    bits = _platform_bits()
    assert bits.version_numbers("1.2.3") == (1, 2, 3, 0)
    assert bits.version_numbers("0.2.0rc1") == (0, 2, 0, 0)
    assert bits.version_numbers("1.2.3.4.5") == (1, 2, 3, 4)
    with pytest.raises(ValueError):
        bits.version_numbers("latest")


def test_no_version_file_off_windows(tmp_path):
    assert _platform_bits().windows_version_file("1.2.3", tmp_path, platform="linux") is None
    assert list(tmp_path.iterdir()) == []


def test_windows_version_file_is_what_pyinstaller_reads(tmp_path, monkeypatch):
    path = _platform_bits().windows_version_file("1.2.3rc1", tmp_path, platform="win32")
    assert path is not None
    text = Path(path).read_text(encoding="utf-8")
    call = ast.parse(text, mode="eval").body  # PyInstaller eval()s it: one Python expression
    assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "VSVersionInfo"
    strings = {
        node.args[0].value: node.args[1].value
        for node in ast.walk(call)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "StringStruct"
        if isinstance(node.args[0], ast.Constant) and isinstance(node.args[1], ast.Constant)
    }
    assert strings["FileVersion"] == strings["ProductVersion"] == "1.2.3rc1"
    assert strings["CompanyName"] == "qcoder project"
    assert strings["ProductName"] == "qcoder" and strings["OriginalFilename"] == "qcoder.exe"
    assert "MIT" in strings["LegalCopyright"] and strings["FileDescription"]
    assert "filevers=(1, 2, 3, 0)" in text and "prodvers=(1, 2, 3, 0)" in text
    _parse_with_pyinstaller(Path(path), monkeypatch)


def _parse_with_pyinstaller(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PyInstaller's own reader, when PyInstaller (and pefile, which it imports) are installed."""
    if importlib.util.find_spec("PyInstaller") is None or importlib.util.find_spec("pefile") is None:
        return
    import PyInstaller.compat

    if not hasattr(PyInstaller.compat, "win32api"):  # only Windows has it; the text reader does not use it
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
        monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo

    info = versioninfo.load_version_info_from_text_file(str(path))
    assert info.ffi.fileVersionMS == (1 << 16) | 2 and info.ffi.fileVersionLS == 3 << 16
    assert len(info.toRaw()) > 0


def test_platform_bits_needs_neither_pyinstaller_nor_qt(monkeypatch):
    for name in ("PyInstaller", "PySide6"):
        monkeypatch.setitem(sys.modules, name, None)  # importing either would now fail
    bits = _platform_bits()
    assert bits.macos_info_plist("0.1.0")["CFBundleShortVersionString"] == "0.1.0"


# --- macOS: build.sh run end to end with stand-ins for the Mac's tools --------------------------

_FAKE_PYTHON = """#!/usr/bin/env bash
# stands in for python3 and for the venv's python: venv, pip, the version, PyInstaller
echo "python $*" >> "$STUB_LOG"
case "$1 $2" in
  "-m venv") mkdir -p "${@: -1}/bin" && cp "$0" "${@: -1}/bin/python" ;;
  "-m pip") ;;
  "-m PyInstaller") "$REAL_PYTHON" "$STUB_DIR/bundle.py" ;;
  *) echo 0.1.0 ;;
esac
"""

# what BUNDLE() does, in short: qcoder.app with PyInstaller's own keys and those of platform_bits
_FAKE_BUNDLE = """import os, plistlib, sys
sys.path.insert(0, "packaging")
import platform_bits
app = "dist/qcoder.app/Contents"
os.makedirs(app + "/MacOS", exist_ok=True)
keys = {"CFBundleExecutable": "qcoder", "CFBundlePackageType": "APPL", "LSBackgroundOnly": True}
keys.update(platform_bits.macos_info_plist("0.1.0"))
with open(app + "/Info.plist", "wb") as f:
    plistlib.dump(keys, f)
with open(app + "/MacOS/qcoder", "w") as f:
    f.write("#!/bin/sh\\necho qcoder 0.1.0\\n")
os.chmod(app + "/MacOS/qcoder", 0o755)
"""

_FAKE_PLISTBUDDY = """import plistlib, sys
key = sys.argv[2].split(":", 1)[1]
with open(sys.argv[3], "rb") as f:
    value = plistlib.load(f)[key]
print(value)
"""

_FAKE_TOOLS = {
    "uname": 'if [ "$1" = -m ]; then echo arm64; else echo Darwin; fi',
    "lipo": "echo arm64",
    "codesign": 'echo "codesign $*" >> "$STUB_LOG"',
    "ditto": 'cp -R "$1" "$2"',
    "hdiutil": 'echo "hdiutil $*" >> "$STUB_LOG"; if [ "$1" = create ]; then touch "${@: -1}"; fi',
    "xcrun": 'echo "xcrun $*" >> "$STUB_LOG"',
}


def _mac_build_tree(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A copy of the macOS build's inputs in tmp_path, and an environment whose tools are stand-ins."""
    tree = tmp_path / "repo"
    (tree / "packaging" / "macos").mkdir(parents=True)
    for name in ("macos/build.sh", "macos/entitlements.plist", "platform_bits.py"):
        shutil.copy2(PACKAGING / name, tree / "packaging" / name)
    (tree / "packaging" / "qcoder.spec").write_text("# stand-in\n", encoding="utf-8")
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    (stubs / "python3").write_text(_FAKE_PYTHON, encoding="utf-8")
    (stubs / "bundle.py").write_text(_FAKE_BUNDLE, encoding="utf-8")
    (stubs / "PlistBuddy").write_text(f'#!/bin/sh\nexec {sys.executable} {stubs / "plistbuddy.py"} "$@"\n')
    (stubs / "plistbuddy.py").write_text(_FAKE_PLISTBUDDY, encoding="utf-8")
    for tool, body in _FAKE_TOOLS.items():
        (stubs / tool).write_text(f"#!/usr/bin/env bash\n{body}\n", encoding="utf-8")
    for path in stubs.iterdir():
        path.chmod(0o755)
    env = {
        "PATH": f"{stubs}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "STUB_DIR": str(stubs),
        "STUB_LOG": str(tmp_path / "calls.log"),
        "REAL_PYTHON": sys.executable,
        "PLISTBUDDY": str(stubs / "PlistBuddy"),
    }
    return tree, env


@pytest.mark.skipif(shutil.which("bash") is None or sys.platform == "win32", reason="needs bash")
def test_macos_build_runs_through_with_stand_in_tools(tmp_path):
    tree, env = _mac_build_tree(tmp_path)
    done = subprocess.run(["bash", "packaging/macos/build.sh"], cwd=tree, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tree / "dist" / "qcoder-0.1.0-arm64.dmg").exists()
    assert (tree / "build" / "dmg-arm64" / "Applications").is_symlink()
    calls = (tmp_path / "calls.log").read_text(encoding="utf-8").splitlines()
    assert "codesign --force --deep -s - dist/qcoder.app" in calls
    assert any(c.startswith("hdiutil create") and "-format UDZO" in c for c in calls)
    assert not any(c.startswith("xcrun") for c in calls)  # no notarization without the APPLE_* variables
    assert "not notarized" in done.stdout


@pytest.mark.skipif(shutil.which("bash") is None or sys.platform == "win32", reason="needs bash")
def test_macos_build_signs_with_a_developer_id_and_notarizes_when_told(tmp_path):
    tree, env = _mac_build_tree(tmp_path)
    env.update(
        CODESIGN_IDENTITY="Developer ID Application: X (T)", APPLE_ID="a@b.c", APPLE_TEAM_ID="T", APPLE_APP_PASSWORD="p"
    )
    done = subprocess.run(["bash", "packaging/macos/build.sh"], cwd=tree, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    calls = (tmp_path / "calls.log").read_text(encoding="utf-8").splitlines()
    assert any("--options runtime" in c and "packaging/macos/entitlements.plist" in c for c in calls)
    assert any(c.startswith("xcrun notarytool submit dist/qcoder-0.1.0-arm64.dmg") for c in calls)
    assert "xcrun stapler staple dist/qcoder-0.1.0-arm64.dmg" in calls


@pytest.mark.skipif(shutil.which("bash") is None or sys.platform == "win32", reason="needs bash")
def test_macos_build_fails_loudly_without_the_app(tmp_path):
    tree, env = _mac_build_tree(tmp_path)
    (tmp_path / "stubs" / "bundle.py").write_text("pass\n", encoding="utf-8")  # PyInstaller made nothing
    done = subprocess.run(["bash", "packaging/macos/build.sh"], cwd=tree, env=env, capture_output=True, text=True)
    assert done.returncode != 0
    assert "PyInstaller did not leave dist/qcoder.app" in done.stderr
