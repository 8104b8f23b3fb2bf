"""The frozen bundle's entry point (packaging/qcoder.spec): ``qcoder`` with no arguments or with
a project file opens the window, anything else runs the command line (``qcoder.cli.main`` decides).

``freeze_support`` first: a frozen program that starts worker processes (multiprocessing's spawn
method) re-runs this file in the child, which must not start a second window."""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()
    from qcoder.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
