"""The qcoder command line. A stable contract: keep names and output shapes, add freely.

:mod:`~qcoder.cli.parser` assembles the parser from one module per topic (``project``,
``codebook``, ``codings``, ``analysis``, ``team``, ``safety``, ``nlp``, ``gui_command``);
every command opens projects through :func:`qcoder.cli.common.open_project`.
"""

from __future__ import annotations

from qcoder.cli.parser import main

__all__ = ["main"]
