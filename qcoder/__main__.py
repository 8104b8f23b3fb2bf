"""``python -m qcoder``: the command line (``qcoder``)."""

from qcoder.cli import main

raise SystemExit(main())
