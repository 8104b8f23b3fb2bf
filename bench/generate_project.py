"""Generate the large benchmark project through the service API.

150 documents of ~60,000 characters (speaker-labelled interviews built from the sample
transcripts' sentences), 60 codes in a two-level tree, 3 coders, ~30,000 codings, with
site and stakeholder_group attributes and linked participants.

    python bench/generate_project.py [OUT.qcoder] [--docs 150] [--chars 60000] [--codings 30000]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

from qcoder.app import Project
from qcoder.core.model import AttributeScope, Coding, new_id, utcnow
from qcoder.importers import import_file
from qcoder.importers.base import ImportedDocument
from qcoder.importers.speakers import detect_turns

ROOT = Path(__file__).resolve().parents[1]
SITES = [
    "Harbor City",
    "Pine Valley",
    "Lakeshore County",
    "Red Mesa",
    "Northfield",
    "Cedar Falls",
    "Bay County",
    "Summit",
    "River Bend",
    "Eastport",
]
GROUPS = ["law enforcement", "prosecutor", "victim service provider", "other"]


def sentence_pool() -> list[str]:
    sentences: list[str] = []
    for path in sorted((ROOT / "sample_transcripts").glob("*.txt")):
        try:
            text = import_file(path).text
        except Exception:
            continue
        sentences += [s.strip() for s in re.split(r"(?<=[.?!])\s+", text) if 30 < len(s) < 300 and ":" not in s[:25]]
    return sentences or ["We talked about the task force and how the partners share information."]


def make_text(rng: random.Random, pool: list[str], chars: int, respondent: str) -> str:
    parts: list[str] = []
    size = 0
    while size < chars:
        q = "Interviewer: " + rng.choice(pool)
        a = f"{respondent}: " + " ".join(rng.choice(pool) for _ in range(rng.randint(3, 9)))
        parts += [q, a]
        size += len(q) + len(a) + 4
    return "\n\n".join(parts)


def generate(out: Path, docs: int, chars: int, codings: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    pool = sentence_pool()
    for p in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
        p.unlink(missing_ok=True)
    project = Project.create(out, name="benchmark")
    t0 = time.perf_counter()
    doc_ids: list[tuple[str, int]] = []
    doc_attrs: dict[str, dict[str, str]] = {}
    for i in range(docs):
        group = GROUPS[i % len(GROUPS)]
        respondent = f"Respondent {i + 1}"
        text = make_text(rng, pool, chars, respondent)
        info = project.add_document(
            ImportedDocument(text, f"doc{i + 1:03}.txt", "txt", detect_turns(text)), f"doc{i + 1:03}"
        )
        doc_ids.append((info.id, info.chars))
        doc_attrs[info.id] = {"site": SITES[i % len(SITES)], "stakeholder_group": group}
    project.set_attributes(AttributeScope.DOCUMENT, doc_attrs)
    t_docs = time.perf_counter() - t0

    parents = [project.create_code(f"Theme {p + 1}") for p in range(6)]
    leaves = [project.create_code(f"Subtheme {p + 1}.{c + 1}", parents[p].id) for p in range(6) for c in range(9)]
    codes = parents + leaves
    coders = [project.ensure_coder(n) for n in ("Maya Chen", "Jordan Reyes", "Sam Patel")]
    per_doc = codings // docs
    now = utcnow()
    t1 = time.perf_counter()
    for doc_id, length in doc_ids:
        batch = []
        for _ in range(per_doc):
            start = rng.randrange(0, length - 400)
            end = start + rng.randint(40, 400)
            batch.append(
                Coding(new_id(), doc_id, rng.choice(codes).id, rng.choice(coders).id, start, end, "", False, now, now)
            )
        project.add_codings(batch)
    t_codings = time.perf_counter() - t1
    project.history.clear()
    project.close()
    print(f"generated {out}: {docs} documents in {t_docs:.1f} s, {per_doc * docs} codings in {t_codings:.1f} s")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", default=str(ROOT / "bench" / "out" / "large.qcoder"))
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--chars", type=int, default=60_000)
    parser.add_argument("--codings", type=int, default=30_000)
    args = parser.parse_args()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    generate(out, args.docs, args.chars, args.codings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
