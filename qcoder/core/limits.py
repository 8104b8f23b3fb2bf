"""Size limits on every compressed input qcoder reads (zip bombs, gzip bombs).

One set of numbers for the ZIP-based documents (.docx, .odt, .xlsx: ``importers._ziputil``),
REFI-QDA archives (.qdpx: ``exchange.refiqda.archive``) and gzip files (.qcodings, the
language-analysis cache): what one part may unpack to, how much an archive may unpack to in
all, and how far a large part may be compressed. :func:`read_gzip` applies them while it
unpacks, so a bomb is refused after a bounded amount of work and memory, never after it has
filled the memory.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from qcoder.core.errors import ImportFailed

MiB = 1024**2
GiB = 1024**3
MAX_PART_BYTES = 256 * MiB  # one uncompressed part (an XML part, a JSON document)
MAX_TOTAL_BYTES = 1 * GiB  # everything in an archive of documents, uncompressed
MAX_RATIO = 200  # uncompressed / compressed size of one large part of an archive
RATIO_FLOOR = 10 * MiB  # parts smaller than this are not held to MAX_RATIO
MAX_JSON_RATIO = 50  # a gzip'd JSON file of ids and offsets compresses far less than this
_CHUNK = 1 * MiB


def read_gzip(path: Path, kind: str, max_bytes: int = MAX_PART_BYTES, max_ratio: int = MAX_JSON_RATIO) -> bytes:
    """The unpacked content of the gzip file ``path``, read in chunks and refused (ImportFailed
    naming ``kind``, e.g. "codings file") as soon as it exceeds ``max_bytes`` or, beyond
    :data:`RATIO_FLOOR`, ``max_ratio`` times the file's size."""
    try:
        size = path.stat().st_size
        limit = min(max_bytes, max(RATIO_FLOOR, max_ratio * size))
        out = bytearray()
        with gzip.open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                out += chunk
                if len(out) > limit:
                    raise ImportFailed(
                        f"{path.name} was refused: it unpacks to more than {limit // MiB} MB, far more than "
                        f"a {kind} of {max(size // 1024, 1):,} KB can hold (a compression bomb?)"
                    )
    except (OSError, EOFError, zlib.error) as exc:
        raise ImportFailed(f"{path.name} is not a readable {kind} ({exc})") from exc
    return bytes(out)
