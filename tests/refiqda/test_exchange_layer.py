"""The exchange package stands below the service layer: it needs nothing from app, gui or cli."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import qcoder.exchange
for info in pkgutil.walk_packages(qcoder.exchange.__path__, prefix="qcoder.exchange."):
    importlib.import_module(info.name)
above = sorted(n for n in sys.modules if n.split(".")[:2] in (["qcoder", "app"], ["qcoder", "gui"], ["qcoder", "cli"]))
assert not above, above
"""


def test_exchange_imports_nothing_from_app_gui_or_cli() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
