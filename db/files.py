"""Writing the user's output files so that a failure never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from db.errors import BadInput


def write_atomically(path: Path, write: Callable[[str], None]) -> None:
    """Call ``write(temporary_path)`` in ``path``'s folder, then move the result over ``path``."""
    path = Path(path)
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".sujarit-", suffix=path.suffix, dir=path.parent)
        os.close(handle)
        write(temporary)
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise BadInput(
            f"บันทึกไฟล์ {path.name} ไม่ได้ ไฟล์อาจเปิดอยู่ในโปรแกรมอื่น หรือโฟลเดอร์ไม่อนุญาตให้เขียน กรุณาปิดไฟล์หรือเลือกที่บันทึกอื่น"
        ) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def write_bytes_atomically(path: Path, data: bytes) -> None:
    write_atomically(path, lambda temporary: Path(temporary).write_bytes(data))
