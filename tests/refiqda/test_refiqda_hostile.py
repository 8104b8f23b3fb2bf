"""Hostile files are refused with ImportFailed before anything is read or written."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
from refiqda_helpers import project, write_qdpx

from qcoder.core.errors import ImportFailed
from qcoder.exchange.refiqda import ArchiveLimits, import_qdc, import_qdpx

QDE = project("").encode()


def _zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return path


@pytest.mark.parametrize("name", ["../evil.txt", "sources/../../evil.txt", "sources\\..\\..\\evil.txt"])
def test_path_traversal_is_refused(tmp_path: Path, name: str) -> None:
    path = _zip(tmp_path / "t.qdpx", [("project.qde", QDE), (zipfile.ZipInfo(name), b"x")])
    with pytest.raises(ImportFailed, match="leaves the archive"):
        import_qdpx(path)
    assert not (tmp_path.parent / "evil.txt").exists()


@pytest.mark.parametrize("name", ["/etc/passwd", "C:/Windows/evil.txt", "\\\\server\\share\\x"])
def test_absolute_paths_are_refused(tmp_path: Path, name: str) -> None:
    info = zipfile.ZipInfo("placeholder")
    info.filename = name  # ZipInfo() may tidy the name; write it as a hostile tool would
    path = _zip(tmp_path / "a.qdpx", [("project.qde", QDE), (info, b"x")])
    with pytest.raises(ImportFailed, match="absolute path"):
        import_qdpx(path)


def test_symlink_entries_are_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("sources/link.txt")
    link.create_system = 3  # Unix
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = _zip(tmp_path / "s.qdpx", [("project.qde", QDE), (link, b"/etc/passwd")])
    with pytest.raises(ImportFailed, match="symbolic link"):
        import_qdpx(path)


def test_zip_bomb_by_ratio_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.qdpx", [("project.qde", QDE), ("sources/big.txt", b"\0" * (40 * 1024 * 1024))])
    assert path.stat().st_size < 200_000
    with pytest.raises(ImportFailed, match="zip bomb"):
        import_qdpx(path)


def test_total_uncompressed_size_is_limited(tmp_path: Path) -> None:
    data = bytes(range(256)) * 400  # ~100 kB, barely compressible
    path = _zip(tmp_path / "big.qdpx", [("project.qde", QDE)] + [(f"sources/{i}.txt", data) for i in range(5)])
    with pytest.raises(ImportFailed, match="would unpack to"):
        import_qdpx(path, limits=ArchiveLimits(max_total=300_000))
    import_qdpx(path)  # the default limit (2 GiB) lets it through


def test_entry_that_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    path = write_qdpx(tmp_path / "lie.qdpx", project(""))
    raw = bytearray(path.read_bytes())
    # shrink the declared uncompressed size of project.qde in the central directory
    cd = raw.rfind(b"PK\x01\x02")
    raw[cd + 24 : cd + 28] = (5).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    with pytest.raises(ImportFailed):
        import_qdpx(path)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Project [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>
"""

XXE_PARAMETER = b"""<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>
<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>
"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE, XXE_PARAMETER], ids=["billion-laughs", "xxe", "xxe-param"])
def test_entity_attacks_in_project_are_refused(tmp_path: Path, payload: bytes) -> None:
    path = write_qdpx(tmp_path / "x.qdpx", payload)
    with pytest.raises(ImportFailed, match="entities|refused"):
        import_qdpx(path)
    bare = tmp_path / "x.qde"
    bare.write_bytes(payload)
    with pytest.raises(ImportFailed, match="entities|refused"):
        import_qdpx(bare)


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_entity_attacks_in_codebook_are_refused(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "x.qdc"
    path.write_bytes(payload.replace(b"Project", b"CodeBook"))
    with pytest.raises(ImportFailed, match="entities|refused"):
        import_qdc(path)
