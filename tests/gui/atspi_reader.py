"""A screen reader's view of qcoder through the accessibility bus (AT-SPI), run with the
system's Python and pyatspi by ``atspi_app.py``: find the application by its process id, then
read the documents table, the transcript's text and description, the codebook's items and a
matrix cell as names, descriptions and text. Prints one JSON object."""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]


def _app(pid: int):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # noqa: BLE001 - an application going away
                continue
        time.sleep(0.3)
    raise SystemExit(f"no accessible application with pid {pid} on the bus")


def _find(root, role: str, name: str):  # type: ignore[no-untyped-def]
    found = pyatspi.findDescendant(root, lambda a: a.getRoleName() == role and a.name == name, True)
    if found is None:
        raise SystemExit(f"no {role} named {name!r}")
    return found


def _cells(table, limit: int = 400) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    out = []
    for i in range(min(table.childCount, limit)):
        cell = table.getChildAtIndex(i)
        if cell is not None:
            out.append({"role": cell.getRoleName(), "name": cell.name, "description": cell.description})
    return out


def main() -> None:
    app = _app(int(sys.argv[1]))
    report: dict[str, object] = {"application": app.name}
    documents = _find(app, "table", "Documents")
    report["documents"] = {"description": documents.description, "cells": _cells(documents)}
    transcript = _find(app, "text", "Transcript")
    text = transcript.queryText()
    report["transcript"] = {
        "text": text.getText(0, -1),
        "description": transcript.description,
        "editable": transcript.getState().contains(pyatspi.STATE_EDITABLE),
    }
    codebook = _find(app, "tree", "Codebook")
    report["codebook"] = {"role": codebook.getRoleName(), "cells": _cells(codebook)}
    matrix = _find(app, "table", "Matrix")
    table = matrix.queryTable()
    report["matrix"] = {
        "rows": table.nRows,
        "columns": table.nColumns,
        "cell_0_0": {"name": table.getAccessibleAt(0, 0).name, "description": table.getAccessibleAt(0, 0).description},
        "row_header_0": table.getRowDescription(0),
        "column_header_0": table.getColumnDescription(0),
    }
    report["announcements"] = _announcements(app)
    print(json.dumps(report))


def _announcements(app, seconds: float = 8.0) -> list[str]:  # type: ignore[no-untyped-def]
    """What the application announces while listened to (the probe app shows a status message
    every half second): what a screen reader would say."""
    from gi.repository import GLib  # type: ignore[import-not-found]

    heard: list[str] = []

    def on_event(event) -> None:  # type: ignore[no-untyped-def]
        heard.append(str(event.any_data))
        pyatspi.Registry.stop()

    pyatspi.Registry.registerEventListener(on_event, "object:announcement")
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop() or False)
    pyatspi.Registry.start()
    return heard


if __name__ == "__main__":
    main()
