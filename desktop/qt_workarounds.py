"""Work-arounds for defects of the Qt binding that the app would otherwise hit.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a Qt method that
returns nothing. After some hundred thousand calls (a few hundred reloads of a large plan) ``None``
would be freed and the interpreter aborts ("Fatal Python error: none_dealloc"). From Python 3.12
``None`` is immortal and the defect is harmless; before that we give ``None`` a reference count so
large that the lost references can never bring it to zero.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # about 10^12 calls' worth of lost references


def keep_none_alive() -> bool:
    """Make ``None`` effectively immortal on Pythons where it is not. True when a reserve was added."""
    if sys.version_info >= (3, 12) or getattr(keep_none_alive, "done", False):
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    before = sys.getrefcount(None)
    refcount.value += RESERVE
    if abs(sys.getrefcount(None) - before - RESERVE) > 1000:  # not the layout we expected: undo it
        refcount.value -= RESERVE
        return False
    keep_none_alive.done = True  # type: ignore[attr-defined]
    return True
