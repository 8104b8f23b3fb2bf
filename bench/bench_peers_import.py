"""Import the same transcript files into qcoder and into Taguette 1.5, side by side.

Writes ``--docs`` interview transcripts of about ``--chars`` characters (~6,000 words) per
format, with the generators of bench_import.py:

- ``.vtt``: WebVTT captions. ``--vtt-style mixed`` (default) alternates Teams-style files
  (``<v Speaker>`` voice spans) and Zoom-style files (``Speaker: text`` cue lines). Cue
  identifiers are numeric (``--vtt-ids numeric``) because Taguette's caption parser
  (subtitle-parser 2.x) rejects any other identifier: with ``--vtt-ids dashed`` (bench_import's
  ``12-0``, the shape of Teams' ``<guid>/12-0``) every file fails in Taguette with "Invalid
  subtitle number", although such identifiers are valid WebVTT.
- ``.txt``: ``Speaker: text`` paragraphs.

Then times, on the same files, ``--repeat`` times each (median reported):

qcoder whole command
    ``python -m qcoder.cli new P.qcoder`` + ``python -m qcoder.cli import P.qcoder FOLDER`` as
    a user types them: two processes, interpreter start-up and imports included.
qcoder in-process
    ``Project.create`` + ``qcoder.app.importing.import_paths`` (what ``qcoder import`` calls)
    timed inside one process, after its imports.
Taguette
    Its document-upload handler (``taguette.web.api.DocumentAdd.post``) replayed for each file,
    in a process run with Taguette's own Python: validate name and file name, get the project
    membership, close the session, ``taguette.convert.to_html_chunks`` (subtitle-parser for
    .vtt/.srt, bs4 + bleach for .html, calibre's ``ebook-convert`` for everything else, .txt
    included), then a new session adds the ``Document``, flushes, adds its
    ``Command.document_add``, commits and refreshes the command, one commit per document as
    the handler does. Before that, the process creates a fresh SQLite database the way Taguette
    does (``taguette.database.connect``: tables + alembic stamp), the ``admin`` user, and a
    project as the ProjectAdd view does (membership + default tag). The whole process (start
    to end) is timed, and inside it the per-file part. Not replayed: the HTTP request
    (multipart parsing, XSRF, JSON reply) and the change notification to open browsers, which
    favours Taguette. Taguette's interface uploads one file per dialog; there is no folder
    import.

Taguette lives in its own virtual environment (never qcoder's)::

    python3 -m venv /work/peers/taguette-venv && /work/peers/taguette-venv/bin/pip install 'taguette>=1.5,<1.6'

Without it, only qcoder is measured. Without calibre (``ebook-convert`` on PATH or in
``$CALIBRE``), Taguette cannot import .txt: the run says so and records its error per file.

    PYTHONPATH=. python bench/bench_peers_import.py [--docs 143] [--chars 36000] [--formats vtt,txt]
        [--repeat 3] [--json] [--keep] [--taguette-python PATH] [--qcoder-root DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import make_turns, write_txt, write_vtt  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
TAGUETTE_PYTHON = "/work/peers/taguette-venv/bin/python"
TAGUETTE_SETUP_HINT = (
    "python3 -m venv /work/peers/taguette-venv && /work/peers/taguette-venv/bin/pip install 'taguette>=1.5,<1.6'"
)
FORMATS = ("vtt", "txt")

_DASHED_ID = re.compile(r"(?m)^\d+-\d+$")
_VOICE_CUE = re.compile(r"(?m)^<v ([^>]+)>(.*)</v>$")


def write_vtt_file(path: Path, title: str, turns: list[tuple[str, str]], style: str, ids: str) -> None:
    """bench_import.write_vtt (Teams-style ``<v Name>`` cues, ``n-k`` identifiers), then optionally
    numeric identifiers and/or Zoom-style ``Name: text`` cue lines."""
    write_vtt(path, title, turns)
    if style == "voice" and ids == "dashed":
        return
    text = path.read_text(encoding="utf-8")
    if ids == "numeric":
        counter = iter(range(1, 10**9))
        text = _DASHED_ID.sub(lambda _m: str(next(counter)), text)
    if style == "prefix":
        text = _VOICE_CUE.sub(lambda m: f"{m.group(1)}: {m.group(2)}", text)
    path.write_text(text, encoding="utf-8")


def write_corpus(folder: Path, fmt: str, corpus: list[tuple[str, list[tuple[str, str]]]], args) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    for i, (title, turns) in enumerate(corpus):
        path = folder / f"interview{i:03d}.{fmt}"
        if fmt == "txt":
            write_txt(path, title, turns)
        else:
            style = args.vtt_style if args.vtt_style != "mixed" else ("voice", "prefix")[i % 2]
            write_vtt_file(path, title, turns, style, args.vtt_ids)
        paths.append(path)
    return paths


# --- qcoder -----------------------------------------------------------------------------------------

QCODER_IN_PROCESS = r"""
import json, sys, time
t0 = time.perf_counter()
import qcoder
from qcoder.app import Project
from qcoder.app.importing import import_paths
t1 = time.perf_counter()
project = Project.create(sys.argv[1])
t2 = time.perf_counter()
report = import_paths(project, [sys.argv[2]])
project.close()
t3 = time.perf_counter()
print(json.dumps({"imports_s": t1 - t0, "create_s": t2 - t1, "import_s": t3 - t2, "total_s": t3 - t1,
                  "imported": len(report.imported), "failed": [[p.path, p.reason] for p in report.failed],
                  "skipped": len(report.skipped), "qcoder_file": qcoder.__file__}))
"""


def _qcoder_env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(root) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def qcoder_whole(python: str, root: Path, folder: Path, work: Path) -> dict[str, float | int]:
    """``qcoder new`` + ``qcoder import`` as two commands, wall time of each."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    project = work / "bench.qcoder"
    env = _qcoder_env(root)
    cli = [python, "-m", "qcoder.cli"]
    t0 = time.perf_counter()
    subprocess.run([*cli, "new", str(project)], check=True, capture_output=True, env=env, cwd=root)
    t1 = time.perf_counter()
    imp = [*cli, "import", str(project), str(folder)]
    proc = subprocess.run(imp, capture_output=True, text=True, env=env, cwd=root)
    t2 = time.perf_counter()
    if proc.returncode != 0:
        raise RuntimeError(f"qcoder import failed ({proc.returncode}): {proc.stderr[-2000:]}")
    # not timed: how many documents the project holds now
    listed = subprocess.run(
        [*cli, "documents", str(project), "--json"], check=True, capture_output=True, text=True, env=env, cwd=root
    )
    return {"new_s": t1 - t0, "import_s": t2 - t1, "whole_s": t2 - t0, "imported": len(json.loads(listed.stdout))}


def qcoder_in_process(python: str, root: Path, folder: Path, work: Path) -> dict:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    proc = subprocess.run(
        [python, "-c", QCODER_IN_PROCESS, str(work / "bench.qcoder"), str(folder)],
        capture_output=True,
        text=True,
        env=_qcoder_env(root),
        cwd=root,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"qcoder in-process import failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- Taguette ---------------------------------------------------------------------------------------

# Run with Taguette's own Python. Mirrors taguette/main.py (admin user), web/views.py ProjectAdd and
# web/api.py DocumentAdd.post of Taguette 1.5.
TAGUETTE_IMPORT = r"""
import asyncio, json, mimetypes, sys, time
t0 = time.perf_counter()
import taguette
from sqlalchemy.orm import joinedload
from taguette import convert, database, validate

# taguette.main.DEFAULT_CONFIG, the keys the conversion reads
CONFIG = {"CONVERT_TO_HTML_TIMEOUT": 3 * 60, "OPF_OUT_SIZE_LIMIT": 5000000, "HTML_OUT_SIZE_LIMIT": 2000000}
USER = "admin"


def setup(db_url):
    DBSession = database.connect(db_url)  # creates the tables and stamps alembic head, as on first start
    db = DBSession()
    db.add(database.User(login=USER))  # main.py, single-user mode: the 'admin' user
    db.commit()
    project = database.Project(name="bench", description="")  # views.ProjectAdd.post
    db.add(project)
    db.add(database.ProjectMember(project=project, user_login=USER, privileges=database.Privileges.ADMIN))
    db.add(database.Tag(project=project, path="interesting", description="Further review required"))
    db.commit()
    project_id = project.id
    db.close()
    return DBSession, project_id


async def document_add(DBSession, project_id, path):
    # api.DocumentAdd.post; the browser sends the file name as the document name (taguette.js)
    db = DBSession()
    member = (
        db.query(database.ProjectMember)
        .options(joinedload(database.ProjectMember.project))
        .get((project_id, USER))
    )
    project, privileges = member.project, member.privileges
    assert privileges.can_add_document()
    name = path.name[:50]
    validate.document_name(name)
    description = ""
    validate.description(description)
    body = path.read_bytes()  # what tornado hands over as file.body
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    filename = validate.fix_filename(path.name)
    direction = database.TextDirection["LEFT_TO_RIGHT"]
    db.close()  # "Close DB connection to not overflow the connection pool"
    try:
        html = await convert.to_html_chunks(body, content_type, filename, CONFIG)
    except convert.ConversionError as err:
        return None, str(err)
    db = DBSession()
    doc = database.Document(name=name, description=description, filename=filename, project=project,
                            text_direction=direction, contents=html)
    db.add(doc)
    db.flush()
    cmd = database.Command.document_add(USER, doc)
    db.add(cmd)
    size = len(doc.contents)  # the handler logs it here
    db.commit()
    db.refresh(cmd)
    doc_id = doc.id  # the handler's reply {'created': doc.id}
    db.close()
    return doc_id, size


async def run(DBSession, project_id, paths):
    per_file, imported, chars, failed = [], 0, 0, []
    for path in paths:
        t = time.perf_counter()
        doc_id, info = await document_add(DBSession, project_id, path)
        per_file.append(time.perf_counter() - t)
        if doc_id is None:
            failed.append([path.name, info])
        else:
            imported += 1
            chars += info
    return per_file, imported, chars, failed


from pathlib import Path
paths = sorted(p for p in Path(sys.argv[2]).iterdir() if p.is_file())
t1 = time.perf_counter()
DBSession, project_id = setup("sqlite:///" + sys.argv[1])
t2 = time.perf_counter()
per_file, imported, chars, failed = asyncio.run(run(DBSession, project_id, paths))
t3 = time.perf_counter()
print(json.dumps({"version": taguette.__version__, "imports_s": t1 - t0, "setup_s": t2 - t1, "files_s": t3 - t2,
                  "in_process_s": t3 - t1, "per_file_median_s": sorted(per_file)[len(per_file) // 2],
                  "imported": imported, "html_chars": chars, "failed": failed}))
"""


def taguette_import(python: str, folder: Path, work: Path) -> dict:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [python, "-c", TAGUETTE_IMPORT, str(work / "taguette.sqlite3"), str(folder)],
        capture_output=True,
        text=True,
        cwd=work,
    )
    whole = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"Taguette run failed ({proc.returncode}): {proc.stderr[-3000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["whole_s"] = whole
    return out


def git_head(root: Path) -> str | None:
    proc = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True)
    return proc.stdout.strip() if proc.returncode == 0 and (root / ".git").exists() else None


def calibre_available() -> bool:
    return bool(shutil.which("ebook-convert")) or bool(
        os.environ.get("CALIBRE") and Path(os.environ["CALIBRE"], "ebook-convert").exists()
    )


# --- main -------------------------------------------------------------------------------------------


def median_of(runs: list[dict], key: str) -> float:
    return statistics.median(float(r[key]) for r in runs)


def measure(fmt: str, folder: Path, files: int, tmp: Path, args, taguette: bool) -> dict:
    q_whole: list[dict] = []
    q_inproc: list[dict] = []
    t_runs: list[dict] = []
    for _ in range(args.repeat):  # interleaved so that drift hits both tools alike
        q_whole.append(qcoder_whole(args.qcoder_python, args.qcoder_root, folder, tmp / "q-whole"))
        q_inproc.append(qcoder_in_process(args.qcoder_python, args.qcoder_root, folder, tmp / "q-inproc"))
        if taguette:
            t_runs.append(taguette_import(args.taguette_python, folder, tmp / "taguette"))
    row: dict = {
        "format": fmt,
        "files": files,
        "qcoder_whole_s": round(median_of(q_whole, "whole_s"), 3),
        "qcoder_new_s": round(median_of(q_whole, "new_s"), 3),
        "qcoder_import_command_s": round(median_of(q_whole, "import_s"), 3),
        "qcoder_in_process_s": round(median_of(q_inproc, "total_s"), 3),
        "qcoder_imported": q_whole[-1]["imported"],
        "qcoder_file": q_inproc[-1]["qcoder_file"],
        "qcoder_failed": q_inproc[-1]["failed"][:3],
        "qcoder_whole_runs_s": [round(r["whole_s"], 3) for r in q_whole],
        "qcoder_in_process_runs_s": [round(r["total_s"], 3) for r in q_inproc],
    }
    if t_runs:
        last = t_runs[-1]
        row.update(
            taguette_version=last["version"],
            taguette_s=round(median_of(t_runs, "whole_s"), 3),
            taguette_in_process_s=round(median_of(t_runs, "in_process_s"), 3),
            taguette_files_s=round(median_of(t_runs, "files_s"), 3),
            taguette_per_file_median_ms=round(median_of(t_runs, "per_file_median_s") * 1000, 1),
            taguette_imported=last["imported"],
            taguette_failed=len(last["failed"]),
            taguette_errors=sorted({err for _name, err in last["failed"]}),
            taguette_runs_s=[round(r["whole_s"], 3) for r in t_runs],
        )
        if last["imported"] == files and row["qcoder_imported"] == files:
            row["ratio"] = round(row["taguette_s"] / row["qcoder_whole_s"], 2)
            row["ratio_in_process"] = round(row["taguette_in_process_s"] / row["qcoder_in_process_s"], 2)
        else:
            row["ratio"] = None  # not the same work: one side did not import every file
    return row


def print_table(rows: list[dict], taguette: bool) -> None:
    print(
        f"{'format':6} {'files':>5} {'qcoder whole-command s':>22} {'qcoder in-process s':>19} "
        f"{'Taguette s':>10} {'ratio':>6}"
    )
    for r in rows:
        tag = "-"
        if taguette:
            tag = f"{r['taguette_s']:.2f}" if r["taguette_imported"] else "failed"
        ratio = f"{r['ratio']:.2f}x" if r.get("ratio") else "-"
        print(
            f"{r['format']:6} {r['files']:5d} {r['qcoder_whole_s']:22.2f} {r['qcoder_in_process_s']:19.2f} "
            f"{tag:>10} {ratio:>6}"
        )
    for r in rows:
        line = (
            f"  {r['format']}: qcoder new {r['qcoder_new_s']:.2f} s + import {r['qcoder_import_command_s']:.2f} s, "
            f"{r['qcoder_imported']}/{r['files']} imported"
        )
        if taguette:
            line += (
                f"; Taguette {r['taguette_version']} in-process {r['taguette_in_process_s']:.2f} s (files "
                f"{r['taguette_files_s']:.2f} s, median {r['taguette_per_file_median_ms']:.0f} ms/file), "
                f"{r['taguette_imported']}/{r['files']} imported"
            )
            if r["taguette_errors"]:
                line += f", errors: {'; '.join(r['taguette_errors'][:3])}"
            if r.get("ratio_in_process"):
                line += f"; ratio in-process {r['ratio_in_process']:.2f}x"
        print(line)
    print("ratio = Taguette s / qcoder whole-command s (medians); '-' where a side did not import every file")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=143)
    parser.add_argument("--chars", type=int, default=36_000)
    parser.add_argument("--formats", default="vtt,txt", help="comma list of: " + ",".join(FORMATS))
    parser.add_argument("--repeat", type=int, default=3, help="runs per tool and format; the median is reported")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--vtt-style", choices=("mixed", "voice", "prefix"), default="mixed")
    parser.add_argument("--vtt-ids", choices=("numeric", "dashed"), default="numeric")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (corpus and databases)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument("--taguette-python", default=TAGUETTE_PYTHON)
    parser.add_argument("--qcoder-python", default=sys.executable, help="Python with qcoder's dependencies")
    parser.add_argument(
        "--qcoder-root", type=Path, default=REPO, help="checkout whose qcoder/ is run (default: this one)"
    )
    args = parser.parse_args()
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        parser.error(f"unknown format(s): {', '.join(unknown)}")
    args.qcoder_root = args.qcoder_root.resolve()

    taguette = Path(args.taguette_python).exists()
    if not taguette:
        print(
            f"Taguette's Python not found at {args.taguette_python}: measuring qcoder only. Create it with\n"
            f"    {TAGUETTE_SETUP_HINT}",
            file=sys.stderr,
        )
    if taguette and "txt" in formats and not calibre_available():
        print(
            "calibre (ebook-convert) is not installed: Taguette converts .txt only through calibre, so its .txt "
            "imports will fail ('Calibre is not available')",
            file=sys.stderr,
        )

    rng = random.Random(args.seed)
    corpus = [(f"Interview {i:03d}", make_turns(rng, args.chars)) for i in range(args.docs)]
    tmp = Path(tempfile.mkdtemp(prefix="qcoder-bench-peers-"))
    rows = []
    try:
        for fmt in formats:
            paths = write_corpus(tmp / "corpus" / fmt, fmt, corpus, args)
            size = sum(p.stat().st_size for p in paths)
            row = measure(fmt, tmp / "corpus" / fmt, len(paths), tmp / "work", args, taguette)
            row["mean_file_kib"] = round(size / len(paths) / 1024, 1)
            rows.append(row)
            print(f"measured {fmt}", file=sys.stderr)
    finally:
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    meta = {
        "docs": args.docs,
        "chars": args.chars,
        "repeat": args.repeat,
        "vtt_style": args.vtt_style,
        "vtt_ids": args.vtt_ids,
        "qcoder_root": str(args.qcoder_root),
        "qcoder_commit": git_head(args.qcoder_root),
        "cpus": os.cpu_count(),
        "calibre": calibre_available(),
    }
    if args.json:
        print(json.dumps({"meta": meta, "rows": rows}, indent=1))
    else:
        print_table(rows, taguette)
    return 0


if __name__ == "__main__":
    sys.exit(main())
