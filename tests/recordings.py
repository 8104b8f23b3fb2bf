"""Recordings made for tests: no sound card, no system encoder needed."""

from __future__ import annotations

import wave
from pathlib import Path


def silence(path: Path, seconds: float) -> Path:
    """A WAV file of ``seconds`` of silence (mono, 16-bit, 8 kHz)."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\0\0" * int(8000 * seconds))
    return path
