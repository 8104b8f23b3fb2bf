"""Builders for small REFI-QDA files written by the tests, mimicking each tool's dialect.

Positions are computed here independently of the code under test: UTF-16 lengths with
``str.encode("utf-16-le")``, CRLF-as-one with ``str.replace``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

NS = "urn:QDA-XML:project:1.0"


def units(prefix: str, convention: str) -> int:
    """Length of ``prefix`` (raw text, BOM excluded) as a tool counting ``convention`` sees it."""
    if convention.endswith("-lf"):
        prefix = prefix.replace("\r\n", "\n")
    if convention.startswith("utf16"):
        return len(prefix.encode("utf-16-le")) // 2
    return len(prefix)


def span(raw: str, excerpt: str, convention: str, occurrence: int = 0) -> tuple[int, int]:
    """Positions of ``excerpt`` in ``raw`` under a convention (``raw`` without BOM)."""
    at = -1
    for _ in range(occurrence + 1):
        at = raw.index(excerpt, at + 1)
    return units(raw[:at], convention), units(raw[: at + len(excerpt)], convention)


def attr(name: str, value: str | None) -> str:
    return "" if value is None else f" {name}={quoteattr(value)}"


def selection(
    guid: str,
    start: int,
    end: int,
    code: str,
    user: str | None = None,
    name: str | None = None,
    coding_guid: str | None = None,
    inner: str = "",
) -> str:
    cg = coding_guid or "c0dec0de" + guid[8:]
    return (
        f'<PlainTextSelection guid="{guid}" startPosition="{start}" endPosition="{end}"'
        f'{attr("name", name)}{attr("creatingUser", user)} creationDateTime="2021-03-04T10:00:00Z">'
        f"{inner}"
        f'<Coding guid="{cg}"{attr("creatingUser", user)} creationDateTime="2021-03-04T10:00:00Z">'
        f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>'
    )


def project(body: str, name: str = "Study", origin: str | None = None, ns: str | None = NS) -> str:
    xmlns = f' xmlns="{ns}"' if ns else ""
    head = f'<?xml version="1.0" encoding="utf-8"?>\n<Project{xmlns} name={quoteattr(name)}{attr("origin", origin)}>'
    return f"{head}{body}</Project>"


def write_qdpx(
    path: Path, qde: str | bytes, files: dict[str, bytes] | None = None, qde_name: str = "project.qde"
) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(qde_name, qde.encode("utf-8") if isinstance(qde, str) else qde)
        for name, data in (files or {}).items():
            zf.writestr(name, data)
    return path
