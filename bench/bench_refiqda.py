"""Benchmark: REFI-QDA export and import of a large synthetic project.

150 documents x ~60,000 characters (with emoji and non-Latin text), 60 codes in a two-level
tree, 3 coders, 30,000 codings with memos on some. Measures:

- ``export_qdpx`` of the snapshot, and its validation against Project.xsd (xmlschema);
- ``import_qdpx`` of that file (positions are the standard's; names match);
- ``import_qdpx`` of an NVivo-for-Windows-style copy (BOM + CRLF sources, UTF-16 positions),
  where convention detection has to work for every source.

    PYTHONPATH=. python bench/bench_refiqda.py [--docs 150] [--chars 60000] [--codings 30000]
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
import uuid
import zipfile
from bisect import bisect_left
from datetime import UTC, datetime
from pathlib import Path

from qcoder.core.model import (
    AttributeDef,
    AttributeScope,
    AttributeType,
    Code,
    Coder,
    Coding,
    Document,
    DocumentInfo,
    Participant,
)
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.core.text import Utf16Map, text_sha256
from qcoder.exchange.refiqda import PROJECT_XSD, export_qdpx, import_qdpx

WORDS = (
    "task force partners share information victims trust housing shelter advocates police "
    "prosecutor interview night shift rota chaos support 团队 支援 équipe Müller ✓ 😀 🙃 👍"
).split()
T0 = datetime(2024, 1, 1, tzinfo=UTC)


def make_snapshot(docs: int, chars: int, codings: int, seed: int = 7) -> ProjectSnapshot:
    rng = random.Random(seed)

    def rid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def color() -> str:
        return f"#{rng.getrandbits(24):06X}"

    coders = [Coder(rid(), n) for n in ("Ana", "Ben", "Chloé")]
    codes: list[Code] = []
    for p in range(10):
        parent = Code(rid(), f"Theme {p}", None, color(), definition=f"Theme {p} def", inclusion="inc", position=p)
        codes.append(parent)
        codes += [Code(rid(), f"Sub {p}.{c}", parent.id, color(), position=c) for c in range(5)]
    attrs = [
        AttributeDef(rid(), "site", AttributeType.CATEGORY, AttributeScope.DOCUMENT, ("A", "B"), 0),
        AttributeDef(rid(), "group", AttributeType.CATEGORY, AttributeScope.PARTICIPANT, ("x", "y"), 0),
    ]
    documents = []
    for d in range(docs):
        lines, n = [], 0
        while n < chars:
            line = (
                ("Interviewer: " if len(lines) % 2 == 0 else "Respondent: ")
                + " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 40)))
                + "."
            )
            lines.append(line)
            n += len(line) + 1
        text = "\n".join(lines) + "\n"
        documents.append(
            Document(
                DocumentInfo(
                    rid(),
                    f"Interview {d:03d}",
                    len(text),
                    text_sha256(text),
                    f"i{d}.txt",
                    "txt",
                    T0,
                    {"site": rng.choice("AB")},
                ),
                text,
            )
        )
    out: list[Coding] = []
    for _ in range(codings):
        doc = rng.choice(documents)
        start = rng.randrange(0, len(doc.text) - 400)
        end = start + rng.randint(20, 400)
        memo = "memo 📝" if rng.random() < 0.05 else ""
        out.append(Coding(rid(), doc.id, rng.choice(codes).id, rng.choice(coders).id, start, end, memo, False, T0, T0))
    participants = [Participant(rid(), f"P{i}", {"group": rng.choice("xy")}) for i in range(docs)]
    return ProjectSnapshot("Bench", documents, [], [], participants, attrs, codes, coders, out, [])


def nvivo_copy(src: Path, dst: Path) -> None:
    """Rewrite an exported .qdpx as NVivo for Windows would: BOM + CRLF, UTF-16 positions."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        qde = zin.read("project.qde").decode("utf-8")
        texts = {n: zin.read(n).decode("utf-8") for n in zin.namelist() if n.startswith("sources/")}
        maps = {}
        for name, text in texts.items():
            raw = text.replace("\n", "\r\n")
            newlines = [i for i, ch in enumerate(text) if ch == "\n"]
            maps[name.split("/")[1][:-4]] = (newlines, Utf16Map(raw))
            zout.writestr(name, b"\xef\xbb\xbf" + raw.encode("utf-8"))

        def convert(m: re.Match[str]) -> str:
            newlines, u16 = maps[current[0]]
            s, e = int(m.group(1)), int(m.group(2))
            s16 = u16.to_utf16(s + bisect_left(newlines, s))
            e16 = u16.to_utf16(e + bisect_left(newlines, e))
            return f'startPosition="{s16}" endPosition="{e16}"'

        current = [""]
        parts = re.split(r'(<TextSource guid="[^"]+")', qde)
        out = [parts[0]]
        for i in range(1, len(parts), 2):
            current[0] = parts[i].split('"')[1]
            out.append(parts[i])
            out.append(re.sub(r'startPosition="(\d+)" endPosition="(\d+)"', convert, parts[i + 1]))
        zout.writestr("project.qde", "".join(out).replace('origin="qcoder', 'origin="NVivo (Windows) via qcoder'))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--chars", type=int, default=60_000)
    ap.add_argument("--codings", type=int, default=30_000)
    args = ap.parse_args()
    t = time.perf_counter()
    snap = make_snapshot(args.docs, args.chars, args.codings)
    print(
        f"snapshot: {len(snap.documents)} docs, {sum(len(d.text) for d in snap.documents):,} chars, "
        f"{len(snap.codings):,} codings ({time.perf_counter() - t:.2f} s to build)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.qdpx"
        t = time.perf_counter()
        export_qdpx(snap, path)
        print(f"export_qdpx: {time.perf_counter() - t:.2f} s, {path.stat().st_size / 1e6:.1f} MB")
        try:
            import xmlschema

            with zipfile.ZipFile(path) as zf:
                qde = zf.read("project.qde")
            t = time.perf_counter()
            xmlschema.XMLSchema(str(PROJECT_XSD)).validate(qde)
            print(f"xmlschema validation of project.qde ({len(qde) / 1e6:.1f} MB): {time.perf_counter() - t:.2f} s")
        except ImportError:
            print("xmlschema not installed: validation skipped")
        t = time.perf_counter()
        back, report = import_qdpx(path)
        ok = len(back.codings) == len(snap.codings)
        print(f"import_qdpx (standard positions): {time.perf_counter() - t:.2f} s, codings ok: {ok}")
        nv = Path(tmp) / "nvivo.qdpx"
        nvivo_copy(path, nv)
        t = time.perf_counter()
        back, report = import_qdpx(nv)
        elapsed = time.perf_counter() - t
        same = {(c.id, c.start, c.end) for c in back.codings} == {(c.id, c.start, c.end) for c in snap.codings}
        conventions = sorted({p.convention.value for p in report.positions})
        print(
            f"import_qdpx (NVivo-style BOM+CRLF, UTF-16): {elapsed:.2f} s, conventions {conventions}, "
            f"offsets identical: {same}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
