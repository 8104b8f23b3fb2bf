"""Fetch the real transcripts listed in tests/data/real/SOURCES.md into a local cache.

    python scripts/fetch_real_corpus.py [DIR]      # default ~/.cache/qcoder-real

Needs network access to GitHub. Then: QCODER_REAL_CORPUS=DIR python -m pytest tests/importers/test_real_corpus.py
"""

from __future__ import annotations

import io
import sys
import tarfile
import urllib.request
from pathlib import Path

SOURCES = [
    # (name, archive URL, folders to keep)
    (
        "quality_issues_in_MLSSs",
        "https://codeload.github.com/poclecoqq/quality_issues_in_MLSSs/tar.gz/c354182",
        ("interviews/transcripts/", "interviews/coded_transcripts/"),
    ),
]


def fetch(target: Path) -> int:
    count = 0
    for name, url, keep in SOURCES:
        with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310 - fixed https URLs
            data = response.read()
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            for member in tar.getmembers():
                inner = member.name.split("/", 1)[-1]
                if member.isfile() and inner.startswith(keep):
                    out = target / name / inner
                    out.parent.mkdir(parents=True, exist_ok=True)
                    extracted = tar.extractfile(member)
                    if extracted is not None:
                        out.write_bytes(extracted.read())
                        count += 1
    return count


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else Path.home() / ".cache" / "qcoder-real"
    target.mkdir(parents=True, exist_ok=True)
    n = fetch(target)
    print(f"{n} files in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
