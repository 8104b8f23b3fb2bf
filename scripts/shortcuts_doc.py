"""Write the keyboard-shortcut table of docs/gui.md from the registry (qcoder/gui/shortcuts.py).

python scripts/shortcuts_doc.py          # rewrite the table
python scripts/shortcuts_doc.py --check  # exit 1 if docs/gui.md is out of date
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from qcoder.gui.shortcuts import markdown_table

DOC = Path(__file__).resolve().parent.parent / "docs" / "gui.md"
BLOCK = re.compile(r"(<!-- shortcuts:begin[^>]*-->\n)(.*?)(<!-- shortcuts:end -->)", re.S)


def render(text: str) -> str:
    if not BLOCK.search(text):
        raise SystemExit(f"{DOC}: no <!-- shortcuts:begin --> … <!-- shortcuts:end --> block")
    return BLOCK.sub(lambda m: m.group(1) + markdown_table() + m.group(3), text)


def main(argv: list[str]) -> int:
    text = DOC.read_text(encoding="utf-8")
    new = render(text)
    if "--check" in argv:
        return 0 if new == text else 1
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
