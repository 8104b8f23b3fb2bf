"""A qcoder process to be killed (SIGKILL) at a random moment by tests/safety/test_crash.py and
bench/bench_crash.py. It prints ``READY`` once working, then ``ACK <id>`` for every coding
(``codings`` mode) or document (``import`` mode) whose service call has returned.

    python tests/safety/crash_child.py codings PROJECT SEED
    python tests/safety/crash_child.py import PROJECT FOLDER
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from qcoder.app.safety import open_project
from qcoder.core.model import Coding, new_id, utcnow


def ack(*ids: str) -> None:
    sys.stdout.write("".join(f"ACK {i}\n" for i in ids))
    sys.stdout.flush()


def codings(project_path: str, seed: int) -> None:
    rng = random.Random(seed)
    project = open_project(project_path)
    docs = project.documents()
    codes = [c.id for c in project.codes()]
    coder = project.ensure_coder(f"coder-{seed % 3}")
    print("READY", flush=True)
    while True:
        doc = rng.choice(docs)
        start = rng.randrange(0, doc.chars - 1)
        end = rng.randint(start + 1, min(doc.chars, start + 400))
        if rng.random() < 0.2:  # a burst: several codings in one command
            now = utcnow()
            batch = []
            for _ in range(rng.randint(2, 30)):
                s = rng.randrange(0, doc.chars - 1)
                batch.append(
                    Coding(
                        new_id(),
                        doc.id,
                        rng.choice(codes),
                        coder.id,
                        s,
                        rng.randint(s + 1, min(doc.chars, s + 300)),
                        "burst",
                        False,
                        now,
                        now,
                    )
                )
            project.add_codings(batch)
            ack(*(c.id for c in batch))
        else:
            coding = project.add_coding(doc.id, rng.choice(codes), coder.id, start, end, memo="m" * rng.randint(0, 50))
            ack(coding.id)


def import_folder(project_path: str, folder: str) -> None:
    from qcoder.app.importing import Imported, import_paths

    project = open_project(project_path)
    print("READY", flush=True)

    def stored(batch: list[Imported]) -> None:
        # called after each committed batch: these documents are in the project
        ack(*(Path(i.path).stem for i in batch))

    import_paths(project, [folder], on_stored=stored)
    print("DONE", flush=True)


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "codings":
        codings(path, int(sys.argv[3]))
    else:
        import_folder(path, sys.argv[3])
