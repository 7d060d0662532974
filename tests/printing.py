"""PDFs made at test time: a page printed by Debian's headless Chromium (skipped without it, but never on CI)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")


def print_to_pdf(tmp: Path, page: str) -> Path:
    """``page`` (HTML) printed to ``tmp/out.pdf`` by headless Chromium with its default print settings."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing on CI; the PDF tests need it")
        pytest.skip(f"{CHROMIUM} is missing")
    source, out = tmp / "in.html", tmp / "out.pdf"
    source.write_text(page, encoding="utf-8")
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={out}", source.as_uri()],
        check=True, capture_output=True, timeout=180,
    )
    return out
