"""Load test of team server mode: N simulated coders apply codings concurrently to one
project on a real local PostgreSQL (started by this script in a temporary directory), for a
fixed time. Afterwards every acknowledged coding must be on the server.

    python bench/bench_team.py [--coders 10] [--seconds 20] [--url URL]

Run as root on these machines (the server runs as the ``postgres`` user via runuser), or
pass --url of an existing empty database.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qcoder.app import Project
from qcoder.importers.base import ImportedDocument
from qcoder.importers.speakers import detect_turns

PORT = 55433


def start_postgres() -> tuple[str, Path, str]:
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    if not bins:
        sys.exit("PostgreSQL server binaries not found (apt-get install postgresql)")
    pg_bin = str(bins[-1])
    work = Path(tempfile.mkdtemp(prefix="qcoder-bench-pg-"))
    shutil.chown(work, "postgres")
    run = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*run, f"{pg_bin}/initdb", "-D", str(work / "data"), "--auth=trust", "-U", "postgres"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *run,
            f"{pg_bin}/pg_ctl",
            "-D",
            str(work / "data"),
            "-l",
            str(work / "log"),
            "-w",
            "-o",
            f"-p {PORT} -k {work} -c listen_addresses=127.0.0.1 -c max_connections=100",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *run,
            f"{pg_bin}/psql",
            "-h",
            "127.0.0.1",
            "-p",
            str(PORT),
            "-U",
            "postgres",
            "-c",
            "CREATE DATABASE qcoder_bench",
        ],
        check=True,
        capture_output=True,
    )
    return f"postgresql+psycopg://postgres@127.0.0.1:{PORT}/qcoder_bench", work, pg_bin


def stop_postgres(work: Path, pg_bin: str) -> None:
    subprocess.run(
        ["runuser", "-u", "postgres", "--", f"{pg_bin}/pg_ctl", "-D", str(work / "data"), "-m", "fast", "stop"],
        capture_output=True,
    )
    shutil.rmtree(work, ignore_errors=True)


def coder(url: str, name: str, seconds: float, out: mp.Queue) -> None:  # type: ignore[type-arg]
    rng = random.Random(name)
    with Project.open(url) as project:
        me = project.ensure_coder(name)
        docs = project.documents()
        codes = project.codes()
        acked: list[str] = []
        latencies: list[float] = []
        errors = 0
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            doc = rng.choice(docs)
            start = rng.randrange(0, doc.chars - 200)
            t = time.perf_counter()
            try:
                coding = project.add_coding(doc.id, rng.choice(codes).id, me.id, start, start + rng.randint(20, 200))
            except Exception:
                errors += 1
                continue
            latencies.append(time.perf_counter() - t)
            acked.append(coding.id)  # acknowledged: the call returned
            if len(acked) % 20 == 0:
                project.poll_changes()  # as the window does, to see the others' codings
    out.put((name, acked, latencies, errors))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--coders", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--url", help="an existing empty database (default: start a private server)")
    args = parser.parse_args()
    server = None
    url = args.url
    if url is None:
        url, work, pg_bin = start_postgres()
        server = (work, pg_bin)
    try:
        with Project.create(url, name="load test") as project:
            text = "\n\n".join(
                f"{'Interviewer' if i % 2 == 0 else 'Respondent'}: " + "We talk about the work. " * 40
                for i in range(40)
            )
            for i in range(5):
                project.add_document(ImportedDocument(text + f" {i}", f"doc{i}.txt", "txt", detect_turns(text)))
            for i in range(10):
                project.create_code(f"Theme {i}")
        ctx = mp.get_context("spawn")
        queue = ctx.Queue()
        procs = [
            ctx.Process(target=coder, args=(url, f"Coder {i + 1}", args.seconds, queue)) for i in range(args.coders)
        ]
        t0 = time.perf_counter()
        for p in procs:
            p.start()
        results = [queue.get(timeout=args.seconds + 120) for _ in procs]
        for p in procs:
            p.join()
        wall = time.perf_counter() - t0
        acked = [i for r in results for i in r[1]]
        latencies = sorted(x for r in results for x in r[2])
        errors = sum(r[3] for r in results)
        with Project.open(url) as project:
            stored = {c.id for c in project.codings()}
        missing = set(acked) - stored
        q = statistics.quantiles(latencies, n=100)
        print(
            f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
            f"PostgreSQL on loopback"
        )
        print(
            f"{args.coders} coders for {args.seconds:.0f} s: {len(acked)} codings acknowledged "
            f"({len(acked) / args.seconds:.0f} per second), {errors} errors, wall {wall:.1f} s"
        )
        print(
            f"latency per coding: median {q[49] * 1000:.1f} ms, p95 {q[94] * 1000:.1f} ms, "
            f"p99 {q[98] * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms"
        )
        print(f"acknowledged codings missing on the server: {len(missing)}")
        return 1 if missing else 0
    finally:
        if server is not None:
            stop_postgres(*server)


if __name__ == "__main__":
    sys.exit(main())
