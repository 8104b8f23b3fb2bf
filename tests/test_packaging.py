"""The Python package as people install it: ``python -m build`` makes a wheel and an sdist that
pass ``twine check``; the wheel, installed with pipx into an empty environment (its own
PIPX_HOME), builds the demo project from the sample transcripts it carries and lists its
documents. Built from a copy of the source tree, so the checkout is left as it was.

Needs ``build``, ``twine`` and ``pipx`` (the ``test`` extra) and the package index (or pip's
cache) for qcoder's dependencies; a minute or two with a warm pip cache."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SOURCE = ("qcoder", "sample_transcripts", "resources", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md")

pytestmark = pytest.mark.packaging


def _need(module: str) -> None:
    # not importorskip: a build/ folder in the working directory (packaging/linux/build.sh makes
    # one) imports as a namespace package named "build"
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin in (None, "namespace"):
        pytest.skip(f"{module} (the test extra) is not installed")


def _run(args: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, capture_output=True, text=True, timeout=600, **kw)  # type: ignore[call-overload]
    assert done.returncode == 0, f"{args}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _need("build")
    src = tmp_path_factory.mktemp("src")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCE:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, src / name, ignore=ignore)
        else:
            shutil.copy2(REPO / name, src / name)
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", str(out), str(src)], cwd=out)
    return out


def test_wheel_and_sdist_pass_twine_and_carry_the_data(dist: Path) -> None:
    _need("twine")
    wheel, sdist = next(dist.glob("*.whl")), next(dist.glob("*.tar.gz"))
    _run([sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)], cwd=dist)
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "qcoder/data/sample_transcripts/attributes.csv",
        "qcoder/data/resources/sample_codebook.csv",
        "qcoder/exchange/refiqda/schemas/Project.xsd",
        "qcoder/store/migrations/env.py",
        "qcoder/store/sqlite_schema.sql",
    ):
        assert needed in names
    translations = sorted((REPO / "qcoder/gui/translations").glob("*.qm"))
    assert {f"qcoder/gui/translations/{p.name}" for p in translations} <= names


def test_pipx_install_into_an_empty_environment_builds_the_demo(dist: Path, tmp_path: Path) -> None:
    _need("pipx")
    wheel = next(dist.glob("*.whl"))
    home = tmp_path / "pipx"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIPX_", "PYTHONPATH", "VIRTUAL_ENV"))}
    env.update(PIPX_HOME=str(home), PIPX_BIN_DIR=str(home / "bin"), PIPX_MAN_DIR=str(home / "man"))
    _run([sys.executable, "-m", "pipx", "install", "--python", sys.executable, str(wheel)], env=env, cwd=tmp_path)
    qcoder = str(home / "bin" / "qcoder")
    out = tmp_path / "demo"
    _run([qcoder, "demo", "--no-gui", "--out", str(out)], env=env, cwd=tmp_path)
    listed = json.loads(_run([qcoder, "documents", "--json", str(out / "demo.qcoder")], env=env, cwd=tmp_path).stdout)
    assert len(listed) == 15
    assert "usage: qcoder" in _run([qcoder, "--help"], env=env, cwd=tmp_path).stdout
