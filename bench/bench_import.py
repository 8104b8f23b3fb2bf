"""Benchmark the transcript importers.

Generates a corpus of speaker-labelled interview transcripts (default: 150 documents of
about 60,000 characters), writes each as .docx and .txt (optionally .vtt/.odt too) into a
temporary directory, then times ``qcoder.importers.import_file`` over all of them and
prints documents per second for each format.

    PYTHONPATH=. python bench/bench_import.py [--docs 150] [--chars 60000] [--formats docx,txt]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qcoder.importers import import_file  # noqa: E402

WORDS = (
    "the task force officer case victim we they said it was really about trust and time "
    "referral shelter housing court prosecutor detective advocate meeting county grant "
    "training protocol because so um you know I think what happened then after before "
    "interview survivor services funding partner agency weekly hard good better worse "
    "café naïve über señora façade"
).split()
SPEAKERS = ["Interviewer", "Det. Ortega", "SGT. DAWSON", "Ms. Alvarez", "Respondent"]


def make_turns(rng: random.Random, chars: int) -> list[tuple[str, str]]:
    speakers = ["Interviewer", rng.choice(SPEAKERS[1:])]
    turns: list[tuple[str, str]] = []
    total = 0
    i = 0
    while total < chars:
        n = rng.randint(8, 40) if i % 2 == 0 else rng.randint(30, 220)
        words = [rng.choice(WORDS) for _ in range(n)]
        sentence = " ".join(words).capitalize() + rng.choice([".", "?", "!", "..."])
        turns.append((speakers[i % 2], sentence))
        total += len(sentence) + len(speakers[i % 2]) + 3
        i += 1
    return turns


def write_txt(path: Path, title: str, turns: list[tuple[str, str]]) -> None:
    body = "\n\n".join(f"{who}: {said}" for who, said in turns)
    path.write_text(f"{title}\nDate: 2021-03-04\n\n{body}\n", encoding="utf-8")


def write_docx(path: Path, title: str, turns: list[tuple[str, str]]) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = title
    d.add_heading(title, level=1)
    d.add_paragraph("Date: 2021-03-04")
    for who, said in turns:
        p = d.add_paragraph()
        p.add_run(f"{who}:").bold = True
        p.add_run(f" {said}")
    d.save(str(path))


def write_vtt(path: Path, title: str, turns: list[tuple[str, str]]) -> None:
    lines = ["WEBVTT", ""]
    t = 0.0
    for n, (who, said) in enumerate(turns, start=1):
        for k in range(0, len(said), 80):
            start, t = t, t + 3.0
            stamp = f"{int(start // 3600):02d}:{int(start // 60 % 60):02d}:{start % 60:06.3f}"
            end = f"{int(t // 3600):02d}:{int(t // 60 % 60):02d}:{t % 60:06.3f}"
            lines += [f"{n}-{k}", f"{stamp} --> {end}", f"<v {who}>{said[k : k + 80]}</v>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_odt(path: Path, title: str, turns: list[tuple[str, str]]) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    d = OpenDocumentText()
    d.text.addElement(P(text=title))
    for who, said in turns:
        d.text.addElement(P(text=f"{who}: {said}"))
    d.save(str(path))


WRITERS = {"docx": write_docx, "txt": write_txt, "vtt": write_vtt, "odt": write_odt}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--chars", type=int, default=60_000)
    ap.add_argument("--formats", default="docx,txt", help="comma list of: " + ",".join(WRITERS))
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    rng = random.Random(args.seed)
    corpus = [(f"Interview {i:03d}", make_turns(rng, args.chars)) for i in range(args.docs)]
    with tempfile.TemporaryDirectory(prefix="qcoder-bench-import-") as tmp:
        for fmt in formats:
            folder = Path(tmp, fmt)
            folder.mkdir()
            t0 = time.perf_counter()
            paths = []
            for i, (title, turns) in enumerate(corpus):
                path = folder / f"doc{i:03d}.{fmt}"
                WRITERS[fmt](path, title, turns)
                paths.append(path)
            written = time.perf_counter() - t0
            per_doc: list[float] = []
            chars = turns_found = 0
            t0 = time.perf_counter()
            for path in paths:
                t1 = time.perf_counter()
                doc = import_file(path)
                per_doc.append(time.perf_counter() - t1)
                chars += len(doc.text)
                turns_found += len(doc.turns)
            elapsed = time.perf_counter() - t0
            size = sum(p.stat().st_size for p in paths) / len(paths) / 1024
            print(
                f"{fmt:5s} {len(paths)} docs, {chars / len(paths):,.0f} chars/doc, {size:,.0f} KiB/file: "
                f"{len(paths) / elapsed:6.1f} docs/s, {chars / elapsed / 1e6:5.2f} M chars/s, "
                f"median {statistics.median(per_doc) * 1000:6.1f} ms, max {max(per_doc) * 1000:6.1f} ms "
                f"per doc, {turns_found / len(paths):.0f} turns/doc (corpus written in {written:.1f} s)"
            )


if __name__ == "__main__":
    main()
