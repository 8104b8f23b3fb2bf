"""Legacy Word 97–2003 .doc files, converted by an external program when one is installed.

LibreOffice (``soffice --headless --convert-to txt``) is tried first, then ``antiword``;
both are found with :func:`shutil.which` and run with a timeout in a fresh process group
(killed whole on timeout, since soffice forks). Without either, the import fails with a
message that says what to install.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from qcoder.core.errors import ImportFailed
from qcoder.importers._textenc import decode_bytes
from qcoder.importers.base import ImportedDocument, finish

CONVERT_TIMEOUT_SECONDS = 120.0

NO_CONVERTER = (
    "legacy Word .doc files need a converter: install LibreOffice (or antiword) and try again, "
    "or open the file in Word and save it as .docx"
)


def _run(cmd: list[str], cwd: str, timeout: float) -> subprocess.CompletedProcess[bytes]:
    proc = subprocess.Popen(
        cmd,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            proc.kill()
        proc.communicate()
        raise ImportFailed(
            f"converting the .doc file took longer than {timeout:.0f} seconds and was stopped "
            f"({Path(cmd[0]).name}); the file may be damaged — save it as .docx in Word"
        ) from None
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def _with_soffice(exe: str, path: Path, timeout: float) -> str:
    with tempfile.TemporaryDirectory(prefix="qcoder-doc-") as tmp:
        profile = Path(tmp, "profile").as_uri()  # own profile: works beside a running LibreOffice
        src = Path(tmp, "in.doc")
        shutil.copyfile(path, src)
        result = _run(
            # --infilter: without it LibreOffice falls back to its plain-text filter for files
            # it does not recognise and "converts" binary junk into garbage text
            [
                exe,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--infilter=MS Word 97",
                "--convert-to",
                "txt:Text (encoded):UTF8",
                "--outdir",
                tmp,
                str(src),
            ],
            tmp,
            timeout,
        )
        out = Path(tmp, "in.txt")
        if result.returncode != 0 or not out.exists():
            detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
            raise ImportFailed(
                "LibreOffice could not convert the .doc file"
                + (f" ({detail[-1]})" if detail else "")
                + "; it may be damaged or password-protected"
            )
        return decode_bytes(out.read_bytes()).text


def _with_antiword(exe: str, path: Path, timeout: float) -> str:
    result = _run([exe, "-w", "0", "-m", "UTF-8.txt", str(path.resolve())], str(path.parent), timeout)
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ImportFailed(
            "antiword could not convert the .doc file"
            + (f" ({detail[-1]})" if detail else "")
            + "; it may be damaged, password-protected or not a Word document"
        )
    return decode_bytes(result.stdout).text if result.stdout.strip() else ""


def read(path: Path, timeout: float = CONVERT_TIMEOUT_SECONDS) -> ImportedDocument:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    antiword = shutil.which("antiword")
    if soffice:
        text, tool = _with_soffice(soffice, path, timeout), "libreoffice"
    elif antiword:
        text, tool = _with_antiword(antiword, path, timeout), "antiword"
    else:
        raise ImportFailed(NO_CONVERTER)
    return finish(
        text,
        path.name,
        "doc",
        metadata={"converter": tool},
        warnings=[f"converted from legacy .doc with {tool}: tables and layout are simplified"],
        empty_reason="the .doc file contains no text (or the converter found none)",
    )
