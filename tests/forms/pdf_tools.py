"""Reading our PDFs back the way a clerk's viewer would: pdftotext per page, and metadata."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

# On a developer's machine without poppler-utils the read-back tests skip; in CI they must run.
requires_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None and not os.environ.get("CI"), reason="pdftotext (poppler-utils) missing"
)


def pdf_pages(pdf: bytes, tmp_path: Path, *, layout: bool = False) -> list[str]:
    """The text of every page, in order (form feeds split the pages).

    Without ``layout`` the text comes in drawing order (``-raw``), so every table cell's lines are
    contiguous; with it, lines are laid out as on the page (a table row reads left to right).
    """
    source = tmp_path / "read-back.pdf"
    source.write_bytes(pdf)
    args = ["pdftotext", "-enc", "UTF-8", "-layout" if layout else "-raw", str(source), "-"]
    text = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def squeeze(text: str) -> str:
    """Text without any white space, to compare wrapped paragraphs with their source."""
    return "".join(text.split())


def pdf_info(pdf: bytes, tmp_path: Path) -> dict[str, str]:
    source = tmp_path / "info.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(["pdfinfo", str(source)], capture_output=True, check=True).stdout.decode("utf-8")
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines()) if v}
