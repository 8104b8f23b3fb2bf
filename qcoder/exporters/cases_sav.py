"""SPSS .sav output of the case × code table, through pyreadstat (the optional ``survey`` extra)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qcoder.core.errors import ImportFailed


def write_sav(
    path: Path, columns: list[str], labels: list[str], rows: Sequence[Sequence[object]], presence: Sequence[str]
) -> None:
    """Write ``rows`` under the variable ``columns`` with their ``labels``; the ``presence``
    variables get the value labels 0 = absent, 1 = present and the nominal measure."""
    try:
        import pandas as pd
        import pyreadstat
    except ImportError:
        raise ImportFailed(
            "writing SPSS .sav files needs the pyreadstat package: pip install 'qcoder[survey]'"
        ) from None
    frame = pd.DataFrame([list(r) for r in rows], columns=columns)
    for column in columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].astype(str)
    value_labels: dict[str, dict[int | float, str]] = {c: {0: "absent", 1: "present"} for c in presence}
    measure = {c: "nominal" for c in presence}
    pyreadstat.write_sav(
        frame,
        str(path),
        column_labels=dict(zip(columns, labels, strict=True)),
        variable_value_labels=value_labels,
        variable_measure=measure,
    )
