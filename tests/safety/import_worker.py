"""Import files one by one in this process and report each outcome as a JSON line; run by the
fuzz tests in a subprocess with a memory limit, so that a hang, a crash or a memory blow-up of
an importer fails the test instead of the test run.

    python tests/safety/import_worker.py [--memory-mb N] [--seconds S] FILE...
"""

from __future__ import annotations

import json
import signal
import sys
import time
from pathlib import Path


class Hang(Exception):
    pass


def _alarm(_sig: int, _frame: object) -> None:
    raise Hang()


def check_document(doc: object) -> list[str]:
    """Invariants of a correct ImportedDocument."""
    text = doc.text  # type: ignore[attr-defined]
    problems = []
    if not isinstance(text, str):
        problems.append("text is not a str")
        return problems
    if "\r" in text:
        problems.append("text keeps a CR (line endings must be LF)")
    last_end = 0
    for t in doc.turns:  # type: ignore[attr-defined]
        if not 0 <= t.start <= t.end <= len(text):
            problems.append(f"turn [{t.start}, {t.end}) outside the text ({len(text)})")
        if t.start < last_end:
            problems.append(f"turn [{t.start}, {t.end}) overlaps the previous one")
        last_end = t.end
    return problems


def main(argv: list[str]) -> int:
    memory_mb, seconds = 3000, 120
    files: list[str] = []
    it = iter(argv)
    for arg in it:
        if arg == "--memory-mb":
            memory_mb = int(next(it))
        elif arg == "--seconds":
            seconds = int(next(it))
        else:
            files.append(arg)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 2**20, memory_mb * 2**20))
    except (ImportError, ValueError, OSError):
        pass
    from qcoder.core.errors import ImportFailed
    from qcoder.importers import import_file

    signal.signal(signal.SIGALRM, _alarm)
    for name in files:
        print(json.dumps({"start": name}), flush=True)
        t0 = time.perf_counter()
        signal.alarm(seconds)
        result: dict[str, object] = {"file": name}
        try:
            doc = import_file(Path(name))
            result.update(
                outcome="ok",
                chars=len(doc.text),
                turns=len(doc.turns),
                problems=check_document(doc),
                warnings=list(doc.warnings),
                # what an entity attack would put into the text
                expanded=any(s in doc.text for s in ("root:x:0", "lollollollol")),
            )
        except ImportFailed as exc:
            result.update(outcome="ImportFailed", message=str(exc))
        except Hang:
            result.update(outcome="hang", message=f"still running after {seconds} s")
        except BaseException as exc:  # noqa: BLE001 - exactly what the test looks for
            result.update(outcome="crash", message=f"{type(exc).__name__}: {exc}")
        finally:
            signal.alarm(0)
        result["seconds"] = round(time.perf_counter() - t0, 3)
        print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
