"""Build hook: the wheel carries the demo's data under ``qcoder/data``.

``sample_transcripts/`` and ``resources/`` stay at the top of the repository (the source of
truth, read directly by a checkout or an editable install); ``build_py`` copies them into the
built package so an installed qcoder (``pipx install``) can build the demo project too.
Everything else is configured in pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_DIRS = ("sample_transcripts", "resources")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the editable install reads the top-level folders in place
        target = Path(self.build_lib) / "qcoder" / "data"
        for name in DATA_DIRS:
            shutil.copytree(ROOT / name, target / name, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithData})
