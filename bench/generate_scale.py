"""Generate a project at survey scale: thousands of documents mixing interviews and short answers.

Writes a corpus of ``.txt`` files (every ``--interview-every``-th one a speaker-labelled
interview of about ``--chars`` characters, the others open-ended survey answers of one to five
sentences), imports it through ``qcoder.app.importing.import_paths`` (the path ``qcoder import``
takes) while timing each document, then adds site / stakeholder_group attributes, a two-level
codebook of 60 codes, 3 coders and ``--codings`` codings spread over the documents by length.

    python bench/generate_scale.py OUT.qcoder [--docs 10000] [--codings 500000]

Prints the import timings (whole; per document for the first 100 and the last 100 files, each
imported as one command) as JSON on the last line.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_import import WORDS, make_turns, write_txt  # noqa: E402
from generate_project import GROUPS, SITES  # noqa: E402 - the large project's sites and groups

from qcoder.app import Project  # noqa: E402
from qcoder.app.importing import import_paths  # noqa: E402
from qcoder.core.model import AttributeScope, Coding, new_id, utcnow  # noqa: E402


def survey_answer(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(1, 5)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 28))]
        sentences.append(" ".join(words).capitalize() + rng.choice([".", ".", "?", "!"]))
    return " ".join(sentences) + "\n"


def write_corpus(folder: Path, docs: int, chars: int, interview_every: int, seed: int = 11) -> list[Path]:
    """``docs`` text files named so that they sort in generation order (interviews evenly spread)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(docs):
        if i % interview_every == 0:
            path = folder / f"{i:05d}_interview.txt"
            write_txt(path, f"Interview {i}", make_turns(rng, chars))
        else:
            path = folder / f"{i:05d}_answer.txt"
            path.write_text(survey_answer(rng), encoding="utf-8")
        paths.append(path)
    return paths


def timed_import(project: Project, folder: Path) -> dict[str, float]:
    """Import a folder as three commands (the first 100 files, the middle, the last 100; each
    command ends with its commit) and report the cost per document of the first and the last."""
    files = sorted(folder.iterdir())
    window = min(100, max(1, len(files) // 3))
    parts = [files[:window], files[window:-window], files[-window:]]
    seconds: list[float] = []
    imported = failed = 0
    for part in parts:
        t0 = time.perf_counter()
        report = import_paths(project, part)
        seconds.append(time.perf_counter() - t0)
        imported += len(report.imported)
        failed += len(report.failed)
    return {
        "documents": imported,
        "failed": failed,
        "import_s": round(sum(seconds), 2),
        "first_100_ms": round(seconds[0] / window * 1000, 2),
        "last_100_ms": round(seconds[2] / window * 1000, 2),
    }


def add_analysis_data(project: Project, codings: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    docs = project.documents()
    values = {
        d.id: {"site": SITES[i % len(SITES)], "stakeholder_group": GROUPS[i % len(GROUPS)]} for i, d in enumerate(docs)
    }
    project.set_attributes(AttributeScope.DOCUMENT, values)
    parents = [project.create_code(f"Theme {p + 1}") for p in range(6)]
    leaves = [project.create_code(f"Subtheme {p + 1}.{c + 1}", parents[p].id) for p in range(6) for c in range(9)]
    codes = [c.id for c in parents + leaves]
    coders = [project.ensure_coder(n).id for n in ("Maya Chen", "Jordan Reyes", "Sam Patel")]
    total_chars = sum(d.chars for d in docs)
    now = utcnow()
    batch: list[Coding] = []
    for d in docs:
        n = max(1, round(codings * d.chars / total_chars))
        for _ in range(n):
            start = rng.randrange(0, max(1, d.chars - 40))
            end = min(d.chars, start + rng.randint(20, 400))
            batch.append(Coding(new_id(), d.id, rng.choice(codes), rng.choice(coders), start, end, "", False, now, now))
        if len(batch) >= 20_000:
            project.add_codings(batch)
            batch = []
    project.add_codings(batch)
    project.history.clear()


def generate(out: Path, docs: int, codings: int, chars: int = 36_000, interview_every: int = 10) -> dict[str, float]:
    for p in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
        p.unlink(missing_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="qcoder-scale-"))
    try:
        write_corpus(tmp / "corpus", docs, chars, interview_every)
        project = Project.create(out, name=f"scale {docs}")
        try:
            timings = timed_import(project, tmp / "corpus")
            t0 = time.perf_counter()
            add_analysis_data(project, codings)
            timings["codings"] = len(project.snapshot(with_text=False).codings)
            timings["analysis_data_s"] = round(time.perf_counter() - t0, 1)
        finally:
            project.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--codings", type=int, default=500_000)
    parser.add_argument("--chars", type=int, default=36_000, help="characters per interview (about 6,000 words)")
    parser.add_argument("--interview-every", type=int, default=10)
    args = parser.parse_args()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    print(json.dumps(generate(out, args.docs, args.codings, args.chars, args.interview_every)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
