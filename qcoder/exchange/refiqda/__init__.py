"""REFI-QDA exchange (QDA-XML 1.0): ``.qdpx`` projects and ``.qdc`` codebooks.

Works on :class:`qcoder.core.snapshot.ProjectSnapshot` records only; the service layer turns a
project into a snapshot and applies an imported one. The official schemas are bundled in
``schemas/`` (MIT, REFI) for validation in tests.
"""

from __future__ import annotations

from pathlib import Path

from qcoder.exchange.refiqda.archive import ArchiveLimits
from qcoder.exchange.refiqda.export import NOT_EXPORTED, export_qdc, export_qdpx
from qcoder.exchange.refiqda.importer import import_qdc, import_qdpx
from qcoder.exchange.refiqda.report import (
    Evidence,
    ImportReport,
    Loss,
    LossKind,
    PositionConvention,
    SourcePositions,
)

SCHEMAS = Path(__file__).parent / "schemas"
PROJECT_XSD = SCHEMAS / "Project.xsd"
CODEBOOK_XSD = SCHEMAS / "Codebook.xsd"

__all__ = [
    "CODEBOOK_XSD",
    "NOT_EXPORTED",
    "PROJECT_XSD",
    "ArchiveLimits",
    "Evidence",
    "ImportReport",
    "Loss",
    "LossKind",
    "PositionConvention",
    "SourcePositions",
    "export_qdc",
    "export_qdpx",
    "import_qdc",
    "import_qdpx",
]
