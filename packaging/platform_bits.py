"""Windows and macOS pieces of the frozen bundle, for packaging/qcoder.spec.

Pure Python and standard library only: the spec imports this module while PyInstaller runs, and
the tests (tests/test_packaging_scripts.py) import it on any platform without PyInstaller.

- :func:`windows_version_file` writes the version resource of ``qcoder.exe`` (what Explorer shows
  under Properties → Details) in the text form PyInstaller's ``EXE(version=...)`` reads.
- :func:`macos_info_plist` gives the keys ``BUNDLE(info_plist=...)`` adds to ``qcoder.app``'s
  Info.plist: identity, version, Retina, the minimum macOS, and the document types: a ``.qcoder``
  project (qcoder owns it) and a REFI-QDA ``.qdpx`` exchange file (qcoder opens it as an
  alternative to the tool that made it).

The spec puts this folder on ``sys.path`` and runs ``import platform_bits``; this folder is not a
Python package (an ``__init__.py`` here would shadow the ``packaging`` library of PyPI).
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

APP_NAME = "qcoder"
COMPANY = "qcoder project"
DESCRIPTION = "qcoder: qualitative coding of interview transcripts"
COPYRIGHT = "Copyright (c) qcoder contributors. MIT License."
BUNDLE_ID = "org.qcoder.qcoder"
# the oldest macOS the app claims to run on, when no bundled wheel says more (PySide6 6.8's);
# the real one is read from the wheels the build bundles: see macos_minimum()
MACOS_MINIMUM = "12.0"
# the languages the window is translated into (qcoder/gui/translations): macOS then also shows
# its own parts of the window (standard dialogs, the application menu) in them
LANGUAGES = ["en", "es", "fr"]

PROJECT_UTI = "org.qcoder.project"
PROJECT_MIME = "application/x-qcoder-project"
QDPX_UTI = "org.qdasoftware.refi-qda.project"
QDPX_MIME = "application/x-refi-qda-project"
ICON_FILE = "qcoder.icns"  # BUNDLE(icon=".../qcoder.icns") copies it into Contents/Resources

DEFAULT_BUILD_DIR = Path(__file__).resolve().parents[1] / "build"

_VERSION_TEMPLATE = """\
# UTF-8
# The version resource of qcoder.exe, written by packaging/platform_bits.py for PyInstaller.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [{strings}])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants for a version: "1.2.3" -> (1, 2, 3, 0); "0.2.0rc1" -> (0, 2, 0, 0)."""
    match = re.match(r"\s*v?(\d+(?:\.\d+)*)", version)
    if match is None:
        raise ValueError(f"not a version number: {version!r}")
    parts = [int(p) for p in match.group(1).split(".")][:4]
    parts += [0] * (4 - len(parts))
    if any(p > 0xFFFF for p in parts):
        raise ValueError(f"a Windows version number is at most 65535: {version!r}")
    return parts[0], parts[1], parts[2], parts[3]


def version_file_text(version: str) -> str:
    """The VSVersionInfo text (PyInstaller's format: a Python expression) for ``version``."""
    numbers = version_numbers(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": APP_NAME,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    items = ",\n         ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return _VERSION_TEMPLATE.format(numbers=numbers, strings=items)


def windows_version_file(version: str, directory: Path | None = None, platform: str = sys.platform) -> str | None:
    """Write the version resource file for ``qcoder.exe`` and return its path; None off Windows.

    The file goes to ``directory`` (default: the repository's ``build/`` folder, ignored by git).
    """
    if not platform.startswith("win"):
        return None
    folder = DEFAULT_BUILD_DIR if directory is None else Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "qcoder-version-info.txt"
    path.write_text(version_file_text(version), encoding="utf-8")
    return str(path)


def macos_minimum(distributions: Iterable[importlib.metadata.Distribution] | None = None) -> str:
    """The newest macOS any installed wheel is built for: what the bundle needs at least.

    A wheel's tag names the oldest macOS its binaries run on (``macosx_13_0_universal2``: 13.0), and
    PySide6 raises it from release to release (6.9: 12, 6.11: 13, 6.12: 14), so the build reads
    it from the wheels in its own environment instead of trusting a number written here.
    """
    newest = tuple(int(p) for p in MACOS_MINIMUM.split("."))
    for dist in importlib.metadata.distributions() if distributions is None else distributions:
        for major, minor in re.findall(r"^Tag: .*-macosx_(\d+)_(\d+)_\w+$", dist.read_text("WHEEL") or "", re.M):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def _document_types() -> list[dict[str, Any]]:
    return [
        {
            "CFBundleTypeName": "qcoder project",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [PROJECT_UTI],
            "CFBundleTypeIconFile": ICON_FILE,
        },
        {
            "CFBundleTypeName": "REFI-QDA project",
            "CFBundleTypeRole": "Viewer",
            "LSHandlerRank": "Alternate",
            "LSItemContentTypes": [QDPX_UTI],
        },
    ]


def _type_declaration(uti: str, description: str, extension: str, mime: str, conforms: list[str]) -> dict[str, Any]:
    return {
        "UTTypeIdentifier": uti,
        "UTTypeDescription": description,
        "UTTypeConformsTo": conforms,
        "UTTypeTagSpecification": {"public.filename-extension": [extension], "public.mime-type": [mime]},
    }


def macos_info_plist(version: str, minimum: str | None = None) -> dict[str, Any]:
    """The Info.plist keys of qcoder.app (merged over PyInstaller's own by ``BUNDLE(info_plist=...)``).

    ``minimum``: the oldest macOS (LSMinimumSystemVersion); by default :func:`macos_minimum`.
    """
    project = _type_declaration(
        PROJECT_UTI, "qcoder project", "qcoder", PROJECT_MIME, ["public.data", "public.database"]
    )
    project["UTTypeIconFile"] = ICON_FILE
    qdpx = _type_declaration(QDPX_UTI, "REFI-QDA project", "qdpx", QDPX_MIME, ["public.data", "public.zip-archive"])
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": LANGUAGES,
        "NSHumanReadableCopyright": COPYRIGHT,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "LSMinimumSystemVersion": macos_minimum() if minimum is None else minimum,
        "LSApplicationCategoryType": "public.app-category.productivity",
        # a window with a Dock icon and a menu bar even if the spec's EXE says console=True
        # (PyInstaller then sets LSBackgroundOnly, which hides both)
        "LSBackgroundOnly": False,
        "CFBundleDocumentTypes": _document_types(),
        "UTExportedTypeDeclarations": [project],
        "UTImportedTypeDeclarations": [qdpx],
    }
