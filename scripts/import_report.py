"""How real files import: one line per file with what a coder would notice first.

    python scripts/import_report.py FOLDER_OR_FILES... [--json]

For each file (folders are searched like `qcoder import` does): imported or not (and why),
characters, paragraphs, speakers and turns found, and the marks of a bad conversion — tab
characters, runs of several spaces, words split inside ("To ol": a lower-case fragment of one
or two letters glued to the next word), and the longest paragraph. Nothing is written.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from qcoder.app.importing import collect_files
from qcoder.core.errors import ImportFailed
from qcoder.importers import import_file

_MULTI_SPACE = re.compile(r" {2,}")
# "To ol", "ex ample": one- or two-letter lower-case fragments that are not words of their own
_SHORT = re.compile(r"(?<![\w'’])[a-z]{1,2}(?![\w'’])")
_SHORT_WORDS = frozenset(
    "a i am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ye yo uh um mm hm eh ah "
    "de la le el en et un il ne se je tu du da di ja du er es zu im um ob ab wo".split()
)


@dataclass
class Row:
    file: str
    imported: bool
    reason: str = ""
    chars: int = 0
    paragraphs: int = 0
    longest_paragraph: int = 0
    speakers: int = 0
    turns: int = 0
    tabs: int = 0
    multi_spaces: int = 0
    split_words: int = 0
    warnings: int = 0


def report(path: Path) -> Row:
    try:
        doc = import_file(path)
    except ImportFailed as exc:
        return Row(str(path), False, str(exc))
    paragraphs = [p for p in re.split(r"\n\s*\n|\n", doc.text) if p.strip()]
    return Row(
        str(path),
        True,
        chars=len(doc.text),
        paragraphs=len(paragraphs),
        longest_paragraph=max((len(p) for p in paragraphs), default=0),
        speakers=len(doc.speakers),
        turns=len(doc.turns),
        tabs=doc.text.count("\t"),
        multi_spaces=len(_MULTI_SPACE.findall(doc.text)),
        split_words=sum(1 for w in _SHORT.findall(doc.text) if w not in _SHORT_WORDS),
        warnings=len(doc.warnings),
    )


def main(argv: list[str]) -> int:
    as_json = "--json" in argv
    paths = [Path(a) for a in argv if a != "--json"]
    if not paths:
        print(__doc__)
        return 2
    files, missing, skipped = collect_files(paths)
    rows = [report(f) for f in files]
    if as_json:
        out = {
            "files": [asdict(r) for r in rows],
            "skipped": [{"path": p.path, "reason": p.reason} for p in skipped],
            "missing": [p.path for p in missing],
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(
        f"{'file':40} {'ok':3} {'chars':>8} {'paras':>6} {'longest':>8} {'spk':>4} {'turns':>6} "
        f"{'tabs':>5} {'2sp':>5} {'split':>5}"
    )
    for r in rows:
        name = Path(r.file).name[:40]
        if not r.imported:
            print(f"{name:40} no  {r.reason}")
            continue
        print(
            f"{name:40} yes {r.chars:8,} {r.paragraphs:6,} {r.longest_paragraph:8,} {r.speakers:4} {r.turns:6,} "
            f"{r.tabs:5,} {r.multi_spaces:5,} {r.split_words:5,}"
        )
    for p in skipped:
        print(f"{Path(p.path).name[:40]:40} --  skipped: {p.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
