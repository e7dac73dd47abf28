"""Regenerate the English UI translation from the desktop sources.

resources/locale/sujarit_en.ts is updated by lupdate: translations already made are kept, texts
no longer in the sources are dropped, new texts arrive unfinished. sujarit_en.qm, which the app
loads, is then compiled from it by lrelease. The exit code is 1 while any text is untranslated:
translate it in the .ts (Qt Linguist or any text editor) and run this again.

Run: .venv/bin/python scripts/update_translations.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
TS_FILE = LOCALE / "sujarit_en.ts"
QM_FILE = LOCALE / "sujarit_en.qm"
#: The command line's help is bilingual by itself and does not go through Qt.
NOT_TRANSLATED = ("desktop/cli.py",)


def sources() -> list[str]:
    """The desktop modules whose tr() texts are translated, relative to the repository."""
    paths = (path.relative_to(ROOT).as_posix() for path in (ROOT / "desktop").rglob("*.py"))
    return sorted(path for path in paths if path not in NOT_TRANSLATED)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the development dependencies (PySide6 tools)")
    return found


def update_ts(ts_file: Path) -> None:
    """Bring ``ts_file`` up to date with the sources (an existing file keeps its translations)."""
    command = [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete"]
    command += ["-source-language", "th_TH", "-target-language", "en", *sources(), "-ts", str(ts_file)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    command = [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def messages(ts_file: Path) -> list[tuple[str, str, str | None]]:
    """(context, source, translation) for every message; the translation is None when unfinished."""
    found = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and translation.text
            found.append((name, message.findtext("source", ""), translation.text if done else None))
    return found


def main() -> int:
    update_ts(TS_FILE)
    compile_qm(TS_FILE, QM_FILE)
    missing = [(context, source) for context, source, translation in messages(TS_FILE) if translation is None]
    for context, source in missing:
        print(f"untranslated in {context}: {source}")
    print(f"{TS_FILE.relative_to(ROOT)}: {len(missing)} untranslated; {QM_FILE.relative_to(ROOT)} written")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
