"""Work-arounds for defects of the Qt binding that the app would otherwise hit.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a Qt method that
returns nothing (and to ``True``/``False`` on some calls), as if they were immortal — they are only
from Python 3.12. After some thousands of calls (a few hundred reloads of a large plan, or a long
editing session) the count reaches zero and the interpreter aborts ("none_dealloc"/"bool_dealloc").
Before 3.12 we give the three singletons a reference count so large that the lost references can
never bring it to zero.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # about 10^12 calls' worth of lost references


def _reserve(singleton: object) -> bool:
    refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is every object's first field
    before = sys.getrefcount(singleton)
    refcount.value += RESERVE
    if abs(sys.getrefcount(singleton) - before - RESERVE) > 1000:  # not the layout we expected: undo it
        refcount.value -= RESERVE
        return False
    return True


def keep_singletons_alive() -> bool:
    """Make None, True and False effectively immortal where they are not. True when reserves were added."""
    if sys.version_info >= (3, 12) or getattr(keep_singletons_alive, "done", False):
        return False
    keep_singletons_alive.done = True  # type: ignore[attr-defined]
    return all([_reserve(None), _reserve(True), _reserve(False)])
