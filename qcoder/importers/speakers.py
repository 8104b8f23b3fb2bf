"""Speaker detection (minimal: ``Name:`` at paragraph start). The importers work extends it."""

from __future__ import annotations

import re

from qcoder.importers.base import ImportedTurn

_LABEL = re.compile(r"^([A-Z][\w.'\- ]{0,40}?):[ \t]+(?=\S)", re.MULTILINE)


def detect_turns(text: str) -> list[ImportedTurn]:
    """Turns start at ``Label: `` lines and run to the next label (trailing blank lines excluded)."""
    matches = list(_LABEL.finditer(text))
    turns: list[ImportedTurn] = []
    for i, m in enumerate(matches):
        start = m.end()
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            turns.append(ImportedTurn(speaker=m.group(1).strip(), start=start, end=end))
    return turns
