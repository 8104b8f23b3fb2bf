"""Import the same transcripts into qcoder and into Taguette, side by side.

Writes ``--docs`` interview transcripts (~6,000 words each) as WebVTT captions (``<v Name>``
voices, as Teams exports them), then times, on the same files:

- qcoder as a user runs it: ``qcoder import P FOLDER`` into a new project (process start-up
  included; creating the project is not timed, as for Taguette);
- Taguette 1.5 through its own import path, in its own virtual environment: for each file
  ``taguette.convert.to_html_chunks`` (what its document-upload handler calls: subtitle-parser
  for .vtt/.srt, calibre for other formats), then a ``Document`` row and its ``document_add``
  command committed per document, as the handler does (the HTTP request itself is not counted,
  which favours Taguette). The process start-up is counted; creating its database is not.

Taguette's plain-text and Word import needs calibre's ``ebook-convert``; it is measured only when
that is installed. Create Taguette's environment with::

    python3 -m venv /work/peers/taguette-venv && /work/peers/taguette-venv/bin/pip install taguette

    python bench/bench_peers_import.py [--docs 143] [--chars 36000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import make_turns, write_txt, write_vtt  # noqa: E402

TAGUETTE_PYTHON = "/work/peers/taguette-venv/bin/python"
WRITERS = {"vtt": write_vtt, "txt": write_txt}

TAGUETTE_SETUP = """
import sys
from taguette import database

db = database.connect("sqlite:///" + sys.argv[1])()
db.add(database.User(login="admin"))
project = database.Project(name="bench", description="")
db.add(project)
db.add(database.ProjectMember(project=project, user_login="admin", privileges=database.Privileges.ADMIN))
db.commit()
"""

TAGUETTE_IMPORT = """
import asyncio, sys
from pathlib import Path
from taguette import convert, database

db = database.connect("sqlite:///" + sys.argv[1])()
project = db.get(database.Project, 1)
failed = 0
for path in sorted(Path(sys.argv[2]).iterdir()):
    try:
        html = asyncio.run(convert.to_html_chunks(path.read_bytes(), "", path.name, {}))
    except Exception as exc:
        failed += 1
        print("failed", path.name, exc, file=sys.stderr)
        continue
    doc = database.Document(name=path.stem, description="", filename=path.name, project=project,
                            text_direction=database.TextDirection.LEFT_TO_RIGHT, contents=html)
    db.add(doc)
    db.flush()
    db.add(database.Command.document_add("admin", doc))
    db.commit()
print(failed)
"""


def qcoder_import(folder: Path, work: Path) -> float:
    """``qcoder import`` into a new, empty project (created beforehand, not timed)."""
    project = work / "q.qcoder"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    subprocess.run([sys.executable, "-m", "qcoder.cli", "new", str(project)], check=True, capture_output=True)
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "qcoder.cli", "import", str(project), str(folder), "--json"],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - t0


def taguette_import(python: str, folder: Path, work: Path) -> tuple[float, int]:
    """Taguette's import path into a new, empty project (created beforehand, not timed)."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    db = str(work / "t.sqlite3")
    subprocess.run([python, "-c", TAGUETTE_SETUP, db], check=True, capture_output=True)
    t0 = time.perf_counter()
    proc = subprocess.run([python, "-c", TAGUETTE_IMPORT, db, str(folder)], capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"Taguette failed: {proc.stderr[-2000:]}")
    return elapsed, int(proc.stdout.split()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=143)
    parser.add_argument("--chars", type=int, default=36_000)
    parser.add_argument("--formats", default="vtt,txt")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--taguette-python", default=TAGUETTE_PYTHON)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    taguette = Path(args.taguette_python).exists()
    if not taguette:
        print(f"Taguette not found at {args.taguette_python}: measuring qcoder only (see --help)", file=sys.stderr)
    calibre = shutil.which("ebook-convert") is not None
    rng = random.Random(1)
    corpus = [(f"Interview {i:03d}", make_turns(rng, args.chars)) for i in range(args.docs)]
    rows = []
    with tempfile.TemporaryDirectory(prefix="qcoder-bench-peers-") as tmp:
        for fmt in args.formats.split(","):
            folder = Path(tmp, fmt)
            folder.mkdir()
            for i, (title, turns) in enumerate(corpus):
                WRITERS[fmt](folder / f"interview{i:03d}.{fmt}", title, turns)
            q = statistics.median(qcoder_import(folder, Path(tmp, "q")) for _ in range(args.repeat))
            row: dict[str, object] = {"format": fmt, "files": args.docs, "qcoder_s": round(q, 2)}
            if taguette and (fmt in ("vtt", "srt") or calibre):
                runs = [taguette_import(args.taguette_python, folder, Path(tmp, "t")) for _ in range(args.repeat)]
                t = statistics.median(r[0] for r in runs)
                row.update(taguette_s=round(t, 2), taguette_failed=runs[0][1], ratio=round(t / q, 1))
            elif taguette:
                row["taguette_s"] = "needs calibre (ebook-convert), not installed"
            rows.append(row)
    if args.json:
        print(json.dumps(rows))
        return 0
    print("format  files  qcoder (s)  Taguette (s)  Taguette / qcoder")
    for r in rows:
        taguette = str(r.get("taguette_s", "-"))
        print(f"{r['format']:6s}  {r['files']:5}  {r['qcoder_s']:>10}  {taguette:>12}  {r.get('ratio', '-')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
