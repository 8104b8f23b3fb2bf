"""Names arriving in a merge (another project, a ``.qcodings`` or ``.qdpx`` file) made to follow
the rules every entry path follows (:mod:`qcoder.core.names`), by mapping rather than refusing:
a code name loses its control characters and has ``>`` replaced by ``›`` (``>`` separates
the levels of a code path, so "Age > 65" would come back from a codings sheet as two codes),
an empty code name becomes "(unnamed code)", a coder name loses its control characters
("Unknown coder" when nothing is left). Each mapping is listed in the merge's conflicts;
free text (memos, definitions, attribute values) is cleaned by the commands that write it.
"""

from __future__ import annotations

from dataclasses import replace

from qcoder.core.codes import map_code_name
from qcoder.core.names import map_name
from qcoder.core.snapshot import ProjectSnapshot

UNKNOWN_CODER = "Unknown coder"


def mapped_names(other: ProjectSnapshot) -> tuple[ProjectSnapshot, list[str]]:
    """``other`` with its code and coder names mapped, and one line per name that changed in
    more than white space."""
    notes: list[str] = []
    codes = []
    for code in other.codes:
        name = map_code_name(code.name)
        if name != " ".join(code.name.split()):
            notes.append(
                f"code name {code.name!r} is merged as {name!r} (code names hold no '>', "
                "control characters or empty names)"
            )
        codes.append(code if name == code.name else replace(code, name=name))
    coders = []
    for coder in other.coders:
        name = map_name(coder.name, UNKNOWN_CODER)
        if name != " ".join(coder.name.split()):
            notes.append(f"coder name {coder.name!r} is merged as {name!r} (no control characters or empty names)")
        coders.append(coder if name == coder.name else replace(coder, name=name))
    if codes == other.codes and coders == other.coders:
        return other, notes
    return replace(other, codes=codes, coders=coders), notes
