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

# The transcripts whose licence does not let qcoder redistribute them (tests/data/real/SOURCES.md);
# the redistributable ones are committed under tests/data/real/.
SOURCES = [
    # (name, archive URL, path prefixes to keep)
    (
        "quality_issues_in_MLSSs",
        "https://codeload.github.com/poclecoqq/quality_issues_in_MLSSs/tar.gz/c354182",
        ("interviews/transcripts/", "interviews/coded_transcripts/"),
    ),
    (
        # Mannheimer (2022), QDR data project, reused by a Carpentries lesson: Otter.ai
        # transcripts as .docx and .txt, and the Word-exported PDF/A versions
        "mannheimer_qdr",
        "https://codeload.github.com/ndporter/open-qualitative-research-qualcoder/tar.gz/3dfc5ed",
        ("episodes/data/mannheimer_refi_qda_project_recoded.qda/documents/", ".backup_data/Mannheimer_BSR"),
    ),
    (
        # a German bachelor thesis: 4 interviews exported from Google Docs (Skia/PDF)
        "reem_thesis_transcripts",
        "https://codeload.github.com/Reem00/Interviews-Bachelor-Thesis/tar.gz/ecf55a1",
        ("Interview",),
    ),
    (
        # a Dutch master thesis: 4 interviews as Markdown ("### Interviewer" above each turn)
        "thesis_transcriptions",
        "https://codeload.github.com/CVSpaendonck/ThesisTranscriptions/tar.gz/3361ec3",
        ("Evaluation Interviews/", "Validation Interview /"),
    ),
    (
        # an interview bot's log as SubRip captions (Host/Guest)
        "ai_interview_bot",
        "https://codeload.github.com/shaiss/ai_interview_bot/tar.gz/49d343c",
        ("transcript.srt",),
    ),
]


def extract(data: bytes, name: str, keep: tuple[str, ...], target: Path) -> int:
    """Write the files of a GitHub archive (a .tar.gz whose paths start with one folder)
    under ``keep`` to ``target/name/...``; return how many."""
    count = 0
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tar:
        for member in tar.getmembers():
            inner = member.name.split("/", 1)[-1]
            if member.isfile() and inner.startswith(keep):
                # a folder import skips hidden folders: ".backup_data" is kept as "backup_data"
                out = target / name / "/".join(part.lstrip(".") or part for part in inner.split("/"))
                out.parent.mkdir(parents=True, exist_ok=True)
                extracted = tar.extractfile(member)
                if extracted is not None:
                    out.write_bytes(extracted.read())
                    count += 1
    return count


def fetch(target: Path) -> int:
    count = 0
    for name, url, keep in SOURCES:
        with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310 - fixed https URLs
            count += extract(response.read(), name, keep, target)
    return count


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else Path.home() / ".cache" / "qcoder-real"
    target.mkdir(parents=True, exist_ok=True)
    n = fetch(target)
    print(f"{n} files in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
