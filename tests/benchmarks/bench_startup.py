"""Benchmark: cold start of the desktop app, and how a 1,000-item table responds.

Run on demand (not part of the test suite; pyproject ignores tests/benchmarks)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_startup.py
    ... bench_startup.py --imports    # also: the child's -X importtime, summarised
    ... bench_startup.py --profile    # also: cProfile of one start, step-by-step start breakdown
    ... bench_startup.py --savings    # also: what making a module lazy or skipping a call would save
    ... bench_startup.py --evicted    # drop venv/stdlib/system-library pages before every start

Targets (from the product issue):
(1) process start to a usable main window on the demo database: median <= 0.8 s on the 2-core VM;
(2) peak memory <= 200 MiB with a 10-year database;
(3) scrolling and filtering a 1,000-item table without a visible pause: every operation < 100 ms.

How it measures (see tests/benchmarks/README.md):
* Databases are built in a temp folder through db.services: the demo (create_demo: 102 items,
  2566-2570), a "10-year" file (the demo plus a 2561-2564 plan of 128 items copied from it) and
  a 1,000-item plan (the demo plan padded with copies).
* Start: the real ``.venv/bin/sujarit --db FILE`` in a fresh process. A ``sitecustomize`` written
  to the temp folder (found through PYTHONPATH) wraps ``desktop.main_window.MainWindow`` in a
  subclass, in the child only, that installs an event filter and prints ``time.perf_counter()``
  at the window's first QEvent.Paint (CLOCK_MONOTONIC, so comparable with the parent's clock taken
  just before the spawn), then quits once that frame is done. The parent reads the wall time and
  ru_maxrss with os.wait4. One warm-up start, then the median of N (>= 5).
* Table: in this process, the real MainWindow on the 1,000-item plan (offscreen), timing model
  loading, filters (proxy.set_filters and typing into the search box), sorting and scrolling,
  each followed by the repaint it causes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TARGET_START_S = 0.8
TARGET_PEAK_MIB = 200.0
TARGET_TABLE_MS = 100.0

BIG_ITEMS = 1000
OLD_FRAMEWORK = "nacc-2561-2564"
OLD_YEARS = (2018, 2021)  # พ.ศ. 2561-2564; no bundled framework covers 2565, so 9 distinct years
OLD_PLAN_ITEMS = 128  # 128 x 4 years + 102 x 5 years = 1,022 item-years, i.e. 10 years of 102 items
CHILD_TIMEOUT_S = 120

#: PySide6 6.12.0 on CPython 3.11 (None is not immortal before 3.12) drops one reference to None on
#: every call of a Qt method returning void; the process aborts with "Fatal Python error:
#: none_dealloc" once the count reaches 0. Each window.reload() on 1,000 items loses about 3,100,
#: so the table benchmark holds extra references to None to finish, and reports the loss.
NONE_BALLAST: list[None] = []
#: Where the children keep their bytecode (set by main; empty with --compile-each-start).
PYCACHE_PREFIX = ""

# ------------------------------------------------------------------------------------------------
# The probe the child runs as sitecustomize (stdlib only until the app has imported PySide6).
# ------------------------------------------------------------------------------------------------
PROBE = r'''
"""Written by tests/benchmarks/bench_startup.py: marks the start path of the real sujarit command."""
import os
import sys
import time

_marks = {"python_ready": time.perf_counter()}
_profile = None
if os.environ.get("SUJARIT_BENCH_PROFILE"):
    import cProfile

    _profile = cProfile.Profile()
    _profile.enable()


def _mark(name):
    _marks.setdefault(name, time.perf_counter())


def _memory():
    out = {}
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    out[line.split(":")[0]] = int(line.split()[1])
    except OSError:
        pass
    return out


def _report(**extra):
    if _profile is not None:
        _profile.disable()
        _profile.dump_stats(os.environ["SUJARIT_BENCH_PROFILE"])
    import json

    record = {"marks": _marks, "memory_kib": _memory(), "modules": len(sys.modules), **extra}
    sys.stdout.write("SUJARIT_BENCH " + json.dumps(record) + "\n")
    sys.stdout.flush()


def _timed(name, fn):
    def wrapper(*args, **kwargs):
        _mark(name + "_start")
        try:
            return fn(*args, **kwargs)
        finally:
            _mark(name + "_end")

    wrapper.__wrapped__ = fn
    return wrapper


def _patch_cli(module):
    _mark("cli_imported")


def _patch_app(module):
    _mark("app_imported")
    module.run_app = _timed("run_app", module.run_app)
    module.open_workspace = _timed("open_workspace", module.open_workspace)


def _patch_fonts(module):
    module.load_ui_font = _timed("load_ui_font", module.load_ui_font)


def _patch_main_window(module):
    _mark("main_window_imported")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    base = module.MainWindow

    class FirstPaint(QObject):
        def __init__(self, parent):
            super().__init__(parent)
            self.seen = False

        def eventFilter(self, watched, event):
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                _mark("first_paint")
                QTimer.singleShot(0, self.frame_done)  # after the whole first frame is painted
            return False

        def frame_done(self):
            _mark("frame_done")
            _report(title=self.parent().windowTitle(), rows=self.parent().proxy.rowCount())
            QApplication.quit()

    class MainWindow(base):
        def __init__(self, *args, **kwargs):
            _mark("window_start")
            super().__init__(*args, **kwargs)
            _mark("window_end")
            self._bench_first_paint = FirstPaint(self)
            self.installEventFilter(self._bench_first_paint)
            QTimer.singleShot(60000, QApplication.quit)  # never hang the benchmark

        def show(self):
            _mark("show_start")
            super().show()
            _mark("show_end")

    module.MainWindow = MainWindow


_PATCHES = {
    "desktop.cli": _patch_cli,
    "desktop.app": _patch_app,
    "desktop.fonts": _patch_fonts,
    "desktop.main_window": _patch_main_window,
}


class _PatchAfterImport:
    """Lets the app import its modules exactly as usual, then patches them (import order unchanged)."""

    def find_spec(self, name, path=None, target=None):
        patch = _PATCHES.pop(name, None)
        if patch is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                break
        else:
            return None
        exec_module = spec.loader.exec_module

        def exec_and_patch(module):
            exec_module(module)
            patch(module)

        spec.loader.exec_module = exec_and_patch
        return spec


sys.meta_path.insert(0, _PatchAfterImport())
'''

# Phases of one start, from the probe's marks: (label, from mark, to mark).
PHASES = (
    ("interpreter + site (to sitecustomize)", "spawn", "python_ready"),
    ("import desktop.cli", "python_ready", "cli_imported"),
    ("argparse + import desktop.app (ORM, alembic, services)", "cli_imported", "app_imported"),
    ("import PySide6 widgets + desktop.main_window", "run_app_start", "main_window_imported"),
    ("QApplication()", "main_window_imported", "load_ui_font_start"),
    ("load_ui_font (4 TTF)", "load_ui_font_start", "load_ui_font_end"),
    ("open_workspace (check, migrate?, sync frameworks)", "open_workspace_start", "open_workspace_end"),
    ("list_offices + QSettings", "open_workspace_end", "window_start"),
    ("MainWindow.__init__ (widgets + services)", "window_start", "window_end"),
    ("show()", "show_start", "show_end"),
    ("show() -> first paint event", "show_end", "first_paint"),
    ("first paint -> frame complete", "first_paint", "frame_done"),
    ("teardown (frame complete -> exit)", "frame_done", "exit"),
)


# ------------------------------------------------------------------------------------------------
# Small helpers
# ------------------------------------------------------------------------------------------------
def loadavg() -> str:
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "?"


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def child_env(settings_home: Path, probe_dir: Path | None = None, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(settings_home)  # QSettings: never the user's own Sujarit.conf
    if PYCACHE_PREFIX:
        # As an installed app runs: bytecode compiled once (in the warm-up), then read. The prefix
        # keeps those .pyc files in the work folder, out of the source tree.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = PYCACHE_PREFIX
    else:
        # --compile-each-start: what a shell with PYTHONDONTWRITEBYTECODE=1 and no __pycache__ pays.
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    if probe_dir is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(probe_dir), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def sujarit_command(db: Path) -> list[str]:
    """The real console script, run by this interpreter (exactly what its shebang does)."""
    script = Path(sys.executable).with_name("sujarit")
    if script.is_file():
        return [sys.executable, str(script), "--db", str(db)]
    return [sys.executable, "-m", "desktop", "--db", str(db)]


# ------------------------------------------------------------------------------------------------
# Databases, built through the services
# ------------------------------------------------------------------------------------------------
def _copies(items: list[Any], count: int, label: str) -> list[Any]:
    """``count`` drafts cycling through ``items``, each name made unique with ``label`` and a number."""
    out = []
    for n in range(count):
        item = items[n % len(items)]
        out.append(replace(item.as_draft(), name=f"{item.name} ({label} {n // len(items) + 1})"))
    return out


def build_databases(work: Path) -> dict[str, dict[str, Any]]:
    from db.services.demo import create_demo
    from db.services.frameworks import get_framework
    from db.services.items import add_items_in_session, list_items
    from db.services.plans import create_plan, list_plans, plan_by_uuid
    from db.services.workspace import open_workspace

    built: dict[str, dict[str, Any]] = {}

    def fresh(name: str) -> Path:
        path = work / f"{name}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return path

    # demo: exactly what `sujarit demo --db FILE` makes
    started = time.perf_counter()
    path = fresh("demo")
    database = open_workspace(path)
    try:
        demo = create_demo(database)
    finally:
        database.dispose()
    built["demo"] = {
        "path": path,
        "plan": demo.plan.uuid,
        "what": f"demo: 1 office, 1 plan 2566-2570, {demo.item_count} items x 5 years",
        "seconds": time.perf_counter() - started,
    }

    # 10-year: the demo plus a 2561-2564 plan (older framework), items copied from the demo plan
    started = time.perf_counter()
    path = fresh("ten-year")
    database = open_workspace(path)
    try:
        demo = create_demo(database)
        old_framework = get_framework(database, OLD_FRAMEWORK)
        leaves: dict[int, list[str]] = {}
        for node in old_framework.walk():
            if not node.children:
                leaves.setdefault(node.dimension, []).append(node.code)
        old = create_plan(
            database,
            office_uuid=demo.office.uuid,
            framework_code=OLD_FRAMEWORK,
            first_fiscal_year=OLD_YEARS[0],
            last_fiscal_year=OLD_YEARS[1],
        )
        shift = demo.plan.first_fiscal_year - OLD_YEARS[0]
        items = list_items(database, demo.plan.uuid)
        drafts = []
        for n in range(OLD_PLAN_ITEMS):
            item = items[n % len(items)]
            codes = leaves[int(item.framework_codes[0].split(".")[0])]
            drafts.append(
                replace(
                    item.as_draft(),
                    name=item.name if n < len(items) else f"{item.name} (รอบ 2)",
                    framework_codes=(codes[n % len(codes)],),  # a code of the old framework, same มิติ
                    catalog_seq=None,
                    years=tuple(
                        replace(y, fiscal_year=y.fiscal_year - shift)
                        for y in item.years
                        if y.fiscal_year - shift <= OLD_YEARS[1]
                    ),
                )
            )
        with database.session() as session:
            add_items_in_session(session, plan_by_uuid(session, old.uuid), drafts)
        plans = list_plans(database)
        item_years = sum(p.item_count * len(p.fiscal_years) for p in plans)
        years = sorted({y for p in plans for y in p.fiscal_years})
    finally:
        database.dispose()
    built["ten-year"] = {
        "path": path,
        "plan": demo.plan.uuid,  # the clerk's last plan (pre-set in the child's QSettings)
        "what": (
            f"10-year: demo + plan 2561-2564 ({len(drafts)} items x 4 years); "
            f"{len(years)} fiscal years with plans, {item_years} item-years"
        ),
        "seconds": time.perf_counter() - started,
    }

    # 1,000 items: the demo plan padded with numbered copies of its own items
    started = time.perf_counter()
    path = fresh("big")
    database = open_workspace(path)
    try:
        demo = create_demo(database)
        items = list(list_items(database, demo.plan.uuid))
        drafts = _copies(items, BIG_ITEMS - len(items), "ชุดที่")
        with database.session() as session:
            add_items_in_session(session, plan_by_uuid(session, demo.plan.uuid), drafts)
        count = len(list_items(database, demo.plan.uuid))
    finally:
        database.dispose()
    built["big"] = {
        "path": path,
        "plan": demo.plan.uuid,
        "what": f"1,000 items: demo plan 2566-2570 padded to {count} items x 5 years",
        "seconds": time.perf_counter() - started,
    }
    for entry in built.values():
        entry["size_mib"] = entry["path"].stat().st_size / 2**20
    return built


def write_settings(home: Path, plan_uuid: str | None) -> None:
    """A QSettings file (INI, as Qt writes it on Linux) that remembers the clerk's last plan."""
    conf = home / "Sujarit" / "Sujarit.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text(f"[main]\nplan={plan_uuid}\n" if plan_uuid else "", encoding="utf-8")


# ------------------------------------------------------------------------------------------------
# Page-cache eviction (--evicted), as in desktop-notes.md: posix_fadvise(DONTNEED), no drop_caches
# ------------------------------------------------------------------------------------------------
def eviction_roots() -> list[Path]:
    roots = [
        Path(sys.prefix),
        REPO / "db",
        REPO / "desktop",
        REPO / "forms",
        REPO / "resources",
        Path(sys.base_prefix) / "lib",
        Path(os.path.realpath(sys.executable)).parent,
        Path("/usr/lib/x86_64-linux-gnu"),
        Path("/usr/share/fonts"),
        *([Path(PYCACHE_PREFIX)] if PYCACHE_PREFIX else []),
    ]
    return [r for r in roots if r.exists()]


def evict_page_cache(roots: list[Path]) -> tuple[int, int]:
    files = size = 0
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = os.path.join(folder, name)
                try:
                    if os.path.islink(path):
                        continue
                    fd = os.open(path, os.O_RDONLY)
                except OSError:
                    continue
                try:
                    size += os.fstat(fd).st_size
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                    files += 1
                except OSError:
                    pass
                finally:
                    os.close(fd)
    return files, size


# ------------------------------------------------------------------------------------------------
# (1)/(2) whole-process start of the real app
# ------------------------------------------------------------------------------------------------
def start_once(
    db: Path, probe_dir: Path, settings_home: Path, work: Path, **env_extra: str
) -> dict[str, Any]:
    out, err = work / "child.out", work / "child.err"
    env = child_env(settings_home, probe_dir, **env_extra)
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        spawn = time.perf_counter()
        proc = subprocess.Popen(sujarit_command(db), stdout=stdout, stderr=stderr, env=env, cwd=work)
        deadline = spawn + CHILD_TIMEOUT_S
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        end = time.perf_counter()
    proc.returncode = os.waitstatus_to_exitcode(status)
    record = None
    for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("SUJARIT_BENCH "):
            record = json.loads(line.split(" ", 1)[1])
    if record is None or "first_paint" not in record["marks"]:
        raise RuntimeError(
            f"start of {db.name} failed (exit {proc.returncode}):\n"
            + err.read_text(encoding="utf-8", errors="replace")[-3000:]
        )
    marks = {"spawn": spawn, **record["marks"], "exit": end}
    return {
        "marks": marks,
        "first_paint": marks["first_paint"] - spawn,
        "frame_done": marks["frame_done"] - spawn,
        "wall": end - spawn,
        "peak_mib": usage.ru_maxrss / 1024,  # KiB on Linux
        "rss_at_paint_mib": record["memory_kib"].get("VmRSS", 0) / 1024,
        "hwm_at_paint_mib": record["memory_kib"].get("VmHWM", 0) / 1024,
        "modules": record["modules"],
        "title": record.get("title"),
        "rows": record.get("rows"),
        "exit_code": proc.returncode,
        "stderr": err.read_text(encoding="utf-8", errors="replace"),
    }


def start_runs(
    db: Path, probe_dir: Path, settings_home: Path, work: Path, runs: int, evict: list[Path] | None
) -> dict[str, Any]:
    warm_up = start_once(db, probe_dir, settings_home, work)
    results = []
    for _ in range(runs):
        if evict:
            evict_page_cache(evict)
        results.append(start_once(db, probe_dir, settings_home, work))
    return {"warm_up": warm_up, "runs": results}


def phase_medians(runs: list[dict[str, Any]]) -> list[tuple[str, float]]:
    out = []
    for label, start, end in PHASES:
        values = [
            r["marks"][end] - r["marks"][start] for r in runs if start in r["marks"] and end in r["marks"]
        ]
        if values:
            out.append((label, median(values)))
    return out


# ------------------------------------------------------------------------------------------------
# --imports: the child's -X importtime
# ------------------------------------------------------------------------------------------------
IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)")
WATCH_PACKAGES = (
    "sqlalchemy",
    "alembic",
    "mako",
    "pygments",
    "db.models",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "desktop.printing",
    "db.services.demo",
    "asyncio",
    "ssl",
)


def parse_importtime(text: str) -> list[dict[str, Any]]:
    """Entries in the order printed (children before their parent), each with its parent index."""
    entries: list[dict[str, Any]] = []
    for line in text.splitlines():
        match = IMPORT_LINE.match(line)
        if match:
            entries.append(
                {
                    "self": int(match.group(1)) / 1e6,
                    "cum": int(match.group(2)) / 1e6,
                    "depth": len(match.group(3)) // 2,
                    "name": match.group(4),
                    "parent": None,
                }
            )
    waiting: dict[int, list[int]] = {}
    for index, entry in enumerate(entries):
        for child in waiting.pop(entry["depth"] + 1, []):
            entries[child]["parent"] = index
        waiting.setdefault(entry["depth"], []).append(index)
    return entries


def _chain(entries: list[dict[str, Any]], index: int) -> str:
    names = []
    current: int | None = index
    while current is not None:
        names.append(entries[current]["name"])
        current = entries[current]["parent"]
    return " <- ".join(names)


def _in_package(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def report_imports(text: str, top: int = 15) -> None:
    entries = parse_importtime(text)
    total = sum(e["self"] for e in entries)
    print(f"\n== Imports of one start (-X importtime; {len(entries)} modules, {ms(total)} summed self time)")
    print("   (importtime inflates everything by roughly 10-20 %; compare entries with each other)")
    print("\nImports at top level, in start order (cumulative >= 5 ms):")
    for e in entries:
        if e["depth"] == 0 and e["cum"] >= 0.005:
            print(f"  {e['cum'] * 1000:7.1f} ms  {e['name']}")
    packages: dict[str, list[float]] = {}
    for e in entries:
        parts = e["name"].split(".")
        key = ".".join(parts[:2]) if parts[0] in ("db", "desktop", "PySide6") else parts[0]
        packages.setdefault(key, [0.0, 0])
        packages[key][0] += e["self"]
        packages[key][1] += 1
    print("\nSelf time by package (top 15):")
    for key, (seconds, count) in sorted(packages.items(), key=lambda kv: -kv[1][0])[:15]:
        print(f"  {seconds * 1000:7.1f} ms  {count:4d} modules  {key}")
    print(f"\nTop {top} modules by self time:")
    for e in sorted(entries, key=lambda e: -e["self"])[:top]:
        print(f"  {e['self'] * 1000:7.1f} ms  {e['name']}")
    print("\nWatched packages: first import (cumulative) and who pulls it in:")
    for package in WATCH_PACKAGES:
        roots = [
            i
            for i, e in enumerate(entries)
            if _in_package(e["name"], package)
            and (e["parent"] is None or not _in_package(entries[e["parent"]]["name"], package))
        ]
        if not roots:
            print(f"  {'-':>7}     {package}: not imported")
            continue
        cum = sum(entries[i]["cum"] for i in roots)
        print(f"  {cum * 1000:7.1f} ms  {_chain(entries, roots[0])}")


# ------------------------------------------------------------------------------------------------
# --profile: cProfile of one start, and a step-by-step breakdown in fresh processes
# ------------------------------------------------------------------------------------------------
def report_profile(stats_path: Path, top: int = 25) -> None:
    import pstats

    stats = pstats.Stats(str(stats_path))
    raw = stats.stats  # type: ignore[attr-defined]
    total = max((v[3] for v in raw.values()), default=0.0)
    imports = sum(
        v[3] for k, v in raw.items() if k[2] == "_find_and_load" and "importlib" in k[0]
    )  # recursion-aware cumulative: the outermost calls only
    print(f"\n== cProfile of one start (to frame complete; profiled {total:.2f} s, cProfile adds ~1.5-2x)")
    print(f"   time under import machinery (_find_and_load): {imports:.2f} s")

    def label(key: tuple[str, int, str]) -> str:
        path, line, name = key
        try:
            path = str(Path(path).relative_to(REPO))
        except ValueError:
            path = Path(path).name
        return f"{path}:{line}({name})"

    app_code = [
        (k, v)
        for k, v in raw.items()
        if k[0].startswith(str(REPO))
        and "/tests/" not in k[0]
        and "/.venv/" not in k[0]
        and k[2] != "<module>"
    ]
    print(f"\nApp functions by cumulative time (top {top}; ncalls, cumulative, own):")
    for key, value in sorted(app_code, key=lambda kv: -kv[1][3])[:top]:
        print(f"  {value[1]:5d}  {value[3] * 1000:8.1f} ms  {value[2] * 1000:7.1f} ms  {label(key)}")
    services = [
        (k, v)
        for k, v in app_code
        if "/db/services/" in k[0] or k[0].endswith(("db/migrate.py", "db/session.py"))
    ]
    print("\nService / database calls on the start path (ncalls, cumulative):")
    for key, value in sorted(services, key=lambda kv: -kv[1][3])[:20]:
        print(f"  {value[1]:5d}  {value[3] * 1000:8.1f} ms  {label(key)}")
    print("\nAll functions by own time (top 15):")
    for key, value in sorted(raw.items(), key=lambda kv: -kv[1][2])[:15]:
        print(f"  {value[1]:6d}  {value[2] * 1000:8.1f} ms  {label(key)}")


def child_breakdown(db_path: str) -> None:
    """Run (not measure from outside) the start path step by step in this fresh process."""
    steps: list[tuple[str, float]] = []
    last = time.perf_counter()

    def step(label: str) -> None:
        nonlocal last
        now = time.perf_counter()
        steps.append((label, now - last))
        last = now

    import desktop.cli

    step("import desktop.cli")
    import desktop.app

    step("import desktop.app (db.services.demo/offices/workspace: ORM, models, alembic)")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    step("import PySide6.QtCore/QtWidgets")
    import desktop.fonts
    import desktop.main_window

    step("import desktop.main_window (+ printing/print_preview/QtPdf, models, services)")
    QCoreApplication.setOrganizationName(desktop.app.ORGANISATION)
    QCoreApplication.setApplicationName(desktop.app.APPLICATION)
    app = QApplication(sys.argv[:1])
    step("QApplication()")
    app.setFont(desktop.fonts.load_ui_font())
    step("load_ui_font() + setFont")

    from sqlalchemy.orm import configure_mappers

    from db.migrate import current_revision, head_revision, sanity_check
    from db.services.frameworks import get_framework, sync_frameworks
    from db.services.items import list_items
    from db.services.multiyear import build_multiyear_plan
    from db.services.offices import list_offices
    from db.services.plan_overview import item_rows
    from db.services.plans import list_plans
    from db.session import Database

    path = Path(db_path)
    step("(imports already loaded)")
    sanity_check(path)
    step("open_workspace: sanity_check (PRAGMA quick_check)")
    database = Database(path)
    step("open_workspace: Database() (engine)")
    revision = current_revision(database)
    step("open_workspace: current_revision (alembic MigrationContext)")
    head = head_revision()
    step("open_workspace: head_revision (alembic ScriptDirectory)")
    assert revision == head, (revision, head)
    configure_mappers()
    step("configure_mappers (first ORM use)")
    sync_frameworks(database)
    step("open_workspace: sync_frameworks (read + hash 2 JSON files, 2 queries)")
    offices = list_offices(database)
    step("run_app: list_offices")
    settings = QSettings()
    step("QSettings()")
    # MainWindow.__init__ -> reload_plans -> _plan_chosen -> reload, the same calls in the same order
    plans = list_plans(database, offices[0].uuid)
    step("service: list_plans(office)")
    plan = next(p for p in list_plans(database) if p.uuid == (settings.value("main/plan") or plans[0].uuid))
    step("service: list_plans() (in _plan_chosen)")
    get_framework(database, plan.framework_code)
    step("service: get_framework")
    plan = next(p for p in list_plans(database) if p.uuid == plan.uuid)
    step("service: list_plans() (in reload)")
    item_rows(database, plan_uuid=plan.uuid, fiscal_year=None)
    step("service: item_rows (get_plan, list_offices, list_items, check_item)")
    build_multiyear_plan(database, plan_uuid=plan.uuid)
    step("service: build_multiyear_plan (get_plan, list_offices, get_framework, list_items)")
    list_items(database, plan.uuid)
    step("  of which list_items, warm (called twice per reload)")
    list_plans(database)
    step("  of which list_plans, warm (called 3x per start)")
    window = desktop.main_window.MainWindow(database, settings)
    step("MainWindow() with every service warm (widgets, models, tree)")
    window.show()
    app.processEvents()
    step("show() + processEvents (first frame)")
    print("SUJARIT_STEPS " + json.dumps(steps), flush=True)
    database.dispose()


def breakdown_runs(db: Path, settings_home: Path, work: Path, runs: int) -> list[tuple[str, float]]:
    collected: list[list[tuple[str, float]]] = []
    for _ in range(runs + 1):
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child-breakdown", str(db)],
            capture_output=True,
            text=True,
            env=child_env(settings_home),
            cwd=work,
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
        line = next((x for x in proc.stdout.splitlines() if x.startswith("SUJARIT_STEPS ")), None)
        if line is None:
            raise RuntimeError("breakdown child failed:\n" + proc.stderr[-3000:])
        collected.append(json.loads(line.split(" ", 1)[1]))
    collected = collected[1:]  # the first is the warm-up
    return [(label, median(run[i][1] for run in collected)) for i, (label, _) in enumerate(collected[0])]


# ------------------------------------------------------------------------------------------------
# --savings: marginal cost of an import given what the start path has loaded before it
# ------------------------------------------------------------------------------------------------
MARGINAL_SNIPPET = r"""
import sys, time
{block}
{before}
t = time.perf_counter()
{target}
print("SUJARIT_MARGINAL", time.perf_counter() - t, flush=True)
"""

MARGINALS: tuple[tuple[str, str, str, str], ...] = (
    # (label, imported before (not timed), timed import, modules blocked as missing)
    (
        "alembic as db.migrate imports it (incl. mako, pygments)",
        "import desktop.cli, sqlalchemy.orm, db.session, db.models, db.backup",
        "import alembic.command, alembic.config, alembic.runtime.migration, alembic.script",
        "",
    ),
    (
        "the same alembic without pygments (a release build has no pytest, so no pygments)",
        "import desktop.cli, sqlalchemy.orm, db.session, db.models, db.backup",
        "import alembic.command, alembic.config, alembic.runtime.migration, alembic.script",
        "pygments",
    ),
    (
        "db.services.demo + catalog, once main_window's imports are loaded",
        "import desktop.cli, db.services.workspace, db.services.offices, desktop.main_window",
        "import db.services.demo",
        "",
    ),
    (
        "desktop.printing + print_preview (QtPdf, QtPdfWidgets, QtPrintSupport)",
        "import desktop.cli, PySide6.QtWidgets, db.services.workspace, desktop.background",
        "import desktop.printing",
        "",
    ),
    (
        "the whole ORM: sqlalchemy.orm + db.models + db.session (the notes' big lever)",
        "import desktop.cli",
        "import sqlalchemy.orm, db.models, db.session",
        "",
    ),
    (
        "PySide6.QtCore + QtGui + QtWidgets",
        "import desktop.cli",
        "import PySide6.QtWidgets",
        "",
    ),
    (
        "db.migrate after the ORM (its own code + alembic)",
        "import desktop.cli, sqlalchemy.orm, db.session, db.models",
        "import db.migrate",
        "",
    ),
)


def marginal_import(before: str, target: str, blocked: str, work: Path, runs: int) -> tuple[float, float]:
    block = "\n".join(f"sys.modules[{name!r}] = None" for name in blocked.split() if name)
    code = MARGINAL_SNIPPET.format(block=block, before=before, target=target)
    values, walls = [], []
    for index in range(runs + 1):
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=child_env(work / "settings-savings"),
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
        wall = time.perf_counter() - started
        line = next((x for x in proc.stdout.splitlines() if x.startswith("SUJARIT_MARGINAL")), None)
        if line is None:
            raise RuntimeError(f"marginal import failed: {target}\n{proc.stderr[-2000:]}")
        if index:  # the first is the warm-up
            values.append(float(line.split()[1]))
            walls.append(wall)
    return median(values), median(walls)


def in_process_calls(databases: dict[str, dict[str, Any]], repeats: int) -> list[tuple[str, str, float]]:
    """Warm, in-process cost of the start path's repeated/avoidable calls, per database."""
    from db.migrate import head_revision, sanity_check
    from db.services.frameworks import get_framework, sync_frameworks
    from db.services.items import list_items
    from db.services.offices import list_offices
    from db.services.plans import list_plans
    from db.services.workspace import open_workspace

    out = []
    for key in ("demo", "ten-year", "big"):
        entry = databases[key]
        database = open_workspace(entry["path"])
        try:
            plan = next(p for p in list_plans(database) if p.uuid == entry["plan"])
            calls: list[tuple[str, Callable[[], Any]]] = [
                ("sanity_check (PRAGMA quick_check)", lambda e=entry: sanity_check(e["path"])),
                ("head_revision (ScriptDirectory)", head_revision),
                ("sync_frameworks (nothing to do)", lambda d=database: sync_frameworks(d)),
                ("list_offices", lambda d=database: list_offices(d)),
                ("list_plans", lambda d=database: list_plans(d)),
                ("get_framework", lambda d=database, p=plan: get_framework(d, p.framework_code)),
                ("list_items (the selected plan)", lambda d=database, p=plan: list_items(d, p.uuid)),
            ]
            for label, call in calls:
                call()
                out.append((key, label, median(timed(call) for _ in range(repeats))))
        finally:
            database.dispose()
    return out


# ------------------------------------------------------------------------------------------------
# (3) the 1,000-item table, in this process
# ------------------------------------------------------------------------------------------------
def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def table_benchmark(big: dict[str, Any], settings_home: Path, repeats: int) -> dict[str, Any]:
    os.environ["XDG_CONFIG_HOME"] = str(settings_home)
    write_settings(settings_home, big["plan"])
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from db.services.plan_overview import item_rows
    from db.services.workspace import open_workspace
    from desktop.app import APPLICATION, ORGANISATION
    from desktop.fonts import load_ui_font
    from desktop.main_window import MainWindow
    from desktop.models.item_table_model import ItemFilterProxy, ItemTableModel

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setFont(load_ui_font())

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    if sys.version_info < (3, 12):
        NONE_BALLAST.extend([None] * 2_000_000)
    database = open_workspace(big["path"])
    results: dict[str, Any] = {"ops": {}, "info": {}, "none_refs": {}}
    try:
        started = time.perf_counter()
        window = MainWindow(database, QSettings())
        results["info"]["MainWindow() on the 1,000-item plan (in-process, imports warm)"] = [
            time.perf_counter() - started
        ]
        window.show()
        for _ in range(5):
            app.processEvents()
        table, proxy, filters = window.table, window.proxy, window.filters
        viewport = table.viewport()
        painted = PaintCounter(viewport)
        viewport.installEventFilter(painted)
        plan_uuid = window.plan.uuid
        results["rows"] = window.table_model.rowCount()
        results["visible_rows"] = proxy.rowCount()

        def settle() -> None:
            app.processEvents()
            app.processEvents()

        def measure(kind: str, label: str, action: Callable[[], Any], *, repaint: bool = True) -> None:
            """Time ``action`` plus the events/paint it causes; a forced repaint when it posted none."""
            before = painted.count
            started = time.perf_counter()
            action()
            settle()
            if repaint and painted.count == before:
                viewport.repaint()
            results[kind].setdefault(label, []).append(time.perf_counter() - started)

        rows = item_rows(database, plan_uuid=plan_uuid, fiscal_year=None)
        for _ in range(repeats):
            measure(
                "info",
                "service item_rows(): 1,000 ItemRows (not a Qt operation)",
                lambda: item_rows(database, plan_uuid=plan_uuid, fiscal_year=None),
                repaint=False,
            )

        def standalone() -> None:
            model = ItemTableModel()
            model_proxy = ItemFilterProxy()
            model_proxy.setSourceModel(model)
            model.set_rows(rows)
            model_proxy.sort(ItemTableModel.COL_NUMBER, Qt.SortOrder.AscendingOrder)
            model_proxy.rowCount()

        standalone()
        for _ in range(repeats):
            measure(
                "ops",
                "build ItemTableModel + ItemFilterProxy (1,000 rows, sorted)",
                standalone,
                repaint=False,
            )
            measure(
                "ops",
                "load rows into the window's table (set_rows, filter, sort, repaint)",
                lambda: window.table_model.set_rows(rows),
            )

        texts = ("อบรม", "กองช่าง", "2.2", "ชุดที่ 7", "ไม่มีคำนี้", "")
        for _ in range(repeats):
            for text in texts:
                measure(
                    "ops",
                    "filter: proxy.set_filters(text=...) + repaint",
                    lambda t=text: proxy.set_filters(text=t),
                )
        word = "ประเมินความพึงพอใจ"
        for _ in range(repeats):
            filters.search.clear()
            settle()
            for end in range(1, len(word) + 1):
                measure(
                    "ops",
                    f"filter: typing '{word}' in the search box, per keystroke",
                    lambda e=end: filters.search.setText(word[:e]),
                )
            measure("ops", "filter: clearing the search box", filters.search.clear)
        for _ in range(repeats):
            for name, combo in (
                ("kind", filters.kind),
                ("dimension", filters.dimension),
                ("unit", filters.responsible),
                ("quarter", filters.quarter),
            ):
                for index in [*range(1, combo.count()), 0]:
                    measure(
                        "ops",
                        f"filter: {name} combo, each choice then back to all",
                        lambda c=combo, i=index: c.setCurrentIndex(i),
                    )
            for checked in (True, False):
                measure(
                    "ops",
                    "filter: 'only incomplete' check box",
                    lambda c=checked: filters.incomplete.setChecked(c),
                )
        settle()

        bar = table.verticalScrollBar()
        results["scroll_range"] = (bar.maximum(), bar.pageStep())
        for _ in range(repeats):
            bar.setValue(0)
            settle()
            for value in range(bar.pageStep(), bar.maximum() + bar.pageStep(), bar.pageStep()):
                measure("ops", "scroll: one page (PageDown), per step", lambda v=value: bar.setValue(v))
            for value in range(bar.maximum() - 3, -1, -3)[:150]:
                measure(
                    "ops", "scroll: 3 rows (mouse wheel notch), per step", lambda v=value: bar.setValue(v)
                )
            measure("ops", "scroll: jump to the end (Ctrl+End)", lambda: bar.setValue(bar.maximum()))
            measure("ops", "scroll: jump to the start (Ctrl+Home)", lambda: bar.setValue(0))
        results["scroll_paints"] = painted.count

        # Where a relaxed filter spends its time: the proxy re-inserting ~1,000 rows in sorted order
        # (two Python data() calls per comparison). The source rows are already in number order, so
        # an unsorted proxy shows the same order; that variant is the saving, measured here.
        for sort_column, variant in (
            (ItemTableModel.COL_NUMBER, "view sorted by number (as the app does)"),
            (-1, "proxy unsorted (already number order)"),
        ):
            table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
            settle()
            for _ in range(repeats):
                proxy.set_filters(text="ไม่มีคำนี้")
                settle()
                measure(
                    "info",
                    f"filter: no rows -> all 1,000 rows, {variant}",
                    lambda: proxy.set_filters(text=""),
                )
        table.sortByColumn(ItemTableModel.COL_NUMBER, Qt.SortOrder.AscendingOrder)
        for _ in range(repeats):
            for column in (ItemTableModel.COL_BUDGET, ItemTableModel.COL_NAME, ItemTableModel.COL_CHECK):
                measure(
                    "info",
                    "sort by clicking a column header (budget, name, check)",
                    lambda c=column: table.sortByColumn(c, Qt.SortOrder.DescendingOrder),
                )
            measure(
                "info",
                "sort back by number",
                lambda: table.sortByColumn(ItemTableModel.COL_NUMBER, Qt.SortOrder.AscendingOrder),
            )
        for _ in range(repeats):
            measure("info", "window.reload(): everything read again (plan or file switched)", window.reload)
        edited = window.table_model.rows()[len(window.table_model.rows()) // 2].uuid
        for _ in range(repeats):
            measure(
                "ops",
                "an edit's reload: one item read again (services + table + tree)",
                lambda: window.reload({edited}),
            )
        for _ in range(min(repeats, 3)):
            measure(
                "info",
                "choosing a fiscal year in the toolbar (reload)",
                lambda: window.year_box.setCurrentIndex(1),
            )
            measure(
                "info", "choosing the whole plan again (reload)", lambda: window.year_box.setCurrentIndex(0)
            )
        if sys.version_info < (3, 12):
            import gc

            checks: tuple[tuple[str, Callable[[], Any]], ...] = (
                ("(processEvents twice: subtracted from the others)", lambda: None),
                ("window.reload() on 1,000 items", window.reload),
                (
                    "one keystroke in the search box",
                    lambda: filters.search.setText(filters.search.text() + "ก"),
                ),
                ("one scroll step", lambda: bar.setValue((bar.value() + 3) % max(1, bar.maximum()))),
                ("label.setText('x') (any void Qt method)", lambda: window.status.setText("x")),
            )
            for label, action in checks:
                action()
                settle()
                gc.collect()
                before = sys.getrefcount(None)
                for _ in range(3):
                    action()
                    settle()
                gc.collect()
                lost = (before - sys.getrefcount(None)) / 3
                baseline = results["none_refs"].get("(processEvents twice: subtracted from the others)", 0)
                results["none_refs"][label] = lost - baseline if results["none_refs"] else lost
            results["none_refs_now"] = sys.getrefcount(None) - len(NONE_BALLAST)
        window.close()
    finally:
        database.dispose()
    return results


# ------------------------------------------------------------------------------------------------
# Report
# ------------------------------------------------------------------------------------------------
def print_start_table(label: str, data: dict[str, Any]) -> dict[str, float]:
    runs = data["runs"]
    paint = [r["first_paint"] for r in runs]
    frame = [r["frame_done"] for r in runs]
    wall = [r["wall"] for r in runs]
    peak = [r["peak_mib"] for r in runs]
    warm = data["warm_up"]

    def line(name: str, values: list[float], fmt: Callable[[float], str], first: float) -> None:
        print(
            f"  {name:34s} median {fmt(median(values)):>9s}   min {fmt(min(values)):>9s}"
            f"   max {fmt(max(values)):>9s}   warm-up {fmt(first):>9s}"
        )

    seconds = lambda v: f"{v:.3f} s"  # noqa: E731
    mib = lambda v: f"{v:.0f} MiB"  # noqa: E731
    print(f"\n{label}: window '{warm['title']}', {warm['rows']} rows in the table, {warm['modules']} modules")
    line("spawn -> first paint", paint, seconds, warm["first_paint"])
    line("spawn -> first frame complete", frame, seconds, warm["frame_done"])
    line("process wall (incl. teardown)", wall, seconds, warm["wall"])
    line("peak RSS (ru_maxrss)", peak, mib, warm["peak_mib"])
    line("RSS at first frame", [r["rss_at_paint_mib"] for r in runs], mib, warm["rss_at_paint_mib"])
    line("peak RSS up to first frame", [r["hwm_at_paint_mib"] for r in runs], mib, warm["hwm_at_paint_mib"])
    print("  runs (first paint): " + " ".join(f"{v:.3f}" for v in paint))
    crashed = [r for r in [warm, *runs] if r["exit_code"] != 0]
    if crashed:
        fatal = next(
            (x for x in crashed[0]["stderr"].splitlines() if x.startswith(("Fatal", "Traceback"))), "?"
        )
        print(
            f"  WARNING: {len(crashed)} of {len(runs) + 1} starts exited with code "
            f"{sorted({r['exit_code'] for r in crashed})} after the first frame: {fatal}"
        )
    return {
        "paint": median(paint),
        "frame": median(frame),
        "wall": median(wall),
        "peak": max(peak),
        "peak_median": median(peak),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="measured starts per database (>= 5), default 7")
    parser.add_argument("--repeats", type=int, default=5, help="repeats of each table operation, default 5")
    parser.add_argument("--imports", action="store_true", help="summarise the child's -X importtime")
    parser.add_argument("--profile", action="store_true", help="cProfile one start + step breakdown")
    parser.add_argument("--savings", action="store_true", help="measure what lazy imports/skipped calls save")
    parser.add_argument("--evicted", action="store_true", help="posix_fadvise(DONTNEED) before each start")
    parser.add_argument(
        "--compile-each-start",
        action="store_true",
        help="children compile the app from source every time (PYTHONDONTWRITEBYTECODE=1, no cache)",
    )
    parser.add_argument("--skip-start", action="store_true", help="only the table benchmark")
    parser.add_argument("--skip-table", action="store_true", help="only the start benchmark")
    parser.add_argument("--work", type=Path, help="folder for databases and logs (kept); default: temp")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--child-breakdown", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_breakdown:
        child_breakdown(args.child_breakdown)
        return 0
    if args.runs < 5:
        parser.error("--runs must be at least 5")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    work = args.work or Path(tempfile.mkdtemp(prefix="bench-startup-"))
    work.mkdir(parents=True, exist_ok=True)
    # The parent's own QSettings (table benchmark) also stays out of the user's config.
    os.environ["XDG_CONFIG_HOME"] = str(work / "settings-parent")
    global PYCACHE_PREFIX
    PYCACHE_PREFIX = "" if args.compile_each_start else str(work / "pycache")
    probe_dir = work / "probe"
    probe_dir.mkdir(exist_ok=True)
    (probe_dir / "sitecustomize.py").write_text(PROBE, encoding="utf-8")

    import PySide6

    load_start = loadavg()
    print(
        f"bench_startup: Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}, "
        f"{os.cpu_count()} CPUs, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}, "
        f"{'EVICTED page cache before each start' if args.evicted else 'warm page cache'}, "
        + ("app compiled from source at every start" if args.compile_each_start else "bytecode cached")
    )
    print(f"load average at start: {load_start}")
    print(f"work folder: {work}")

    started = time.perf_counter()
    databases = build_databases(work)
    print(f"\nDatabases (built in {time.perf_counter() - started:.1f} s through db.services):")
    for key, entry in databases.items():
        print(f"  {key:9s} {entry['size_mib']:5.1f} MiB  {entry['what']}  ({entry['seconds']:.1f} s)")

    summary: dict[str, dict[str, float]] = {}
    phases: dict[str, list[tuple[str, float]]] = {}
    evict = eviction_roots() if args.evicted else None
    if evict:
        files, size = evict_page_cache(evict)
        print(f"eviction: {files} files, {size / 2**30:.2f} GiB under " + ", ".join(str(r) for r in evict))
    if not args.skip_start:
        print(
            f"\n== Start of the real app: `sujarit --db FILE`, spawn -> first paint (1 warm-up + {args.runs})"
        )
        for key, label in (
            ("demo", "demo database (target 1)"),
            ("ten-year", "10-year database (target 2)"),
            ("big", "1,000-item plan (not judged)"),
        ):
            entry = databases[key]
            home = work / f"settings-{key}"
            write_settings(home, entry["plan"])
            data = start_runs(entry["path"], probe_dir, home, work, args.runs, evict)
            summary[key] = print_start_table(label, data)
            phases[key] = phase_medians(data["runs"])
        print("\nWhere a start goes (median of the runs; demo | 10-year | 1,000 items):")
        for label, value in phases["demo"]:
            others = [dict(phases[k]).get(label) for k in ("ten-year", "big")]
            print(
                f"  {label:52s} {value * 1000:7.1f} | "
                + " | ".join(f"{v * 1000:7.1f}" if v is not None else "      -" for v in others)
                + " ms"
            )

    if args.imports and not args.skip_start:
        home = work / "settings-demo"
        err = work / "importtime.txt"
        start_once(databases["demo"]["path"], probe_dir, home, work)  # warm
        proc = subprocess.run(
            sujarit_command(databases["demo"]["path"]),
            env=child_env(home, probe_dir, PYTHONPROFILEIMPORTTIME="1"),
            capture_output=True,
            text=True,
            cwd=work,
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
        err.write_text(proc.stderr, encoding="utf-8")
        report_imports(proc.stderr)
        print(f"   (full log: {err})")

    if args.profile and not args.skip_start:
        home = work / "settings-demo"
        stats = work / "start.prof"
        start_once(databases["demo"]["path"], probe_dir, home, work, SUJARIT_BENCH_PROFILE=str(stats))
        report_profile(stats)
        print(f"   (stats file: {stats}; open with python -m pstats)")
        steps = breakdown_runs(databases["demo"]["path"], home, work, 5)
        print("\n== Start path step by step on the demo database (fresh process each, median of 5)")
        for label, value in steps:
            if not label.startswith("(imports"):
                print(f"  {value * 1000:8.1f} ms  {label}")

    if args.savings:
        print("\n== What making things lazy would save (fresh process each, 1 warm-up + median of 5)")
        print("   marginal import = time of the import once what the start path loads before it is loaded")
        for label, before, target, blocked in MARGINALS:
            value, _wall = marginal_import(before, target, blocked, work, 5)
            print(f"  {value * 1000:7.1f} ms  {label}")
        print("\n   warm in-process calls (median of 5; demo | 10-year | 1,000 items):")
        calls = in_process_calls(databases, 5)
        labels = list(dict.fromkeys(label for _, label, _ in calls))
        costs = {(k, label): v for k, label, v in calls}
        for label in labels:
            values = " | ".join(f"{costs[(k, label)] * 1000:6.1f}" for k in ("demo", "ten-year", "big"))
            print(f"  {values} ms  {label}")

    table: dict[str, Any] | None = None
    if not args.skip_table:
        print(
            f"\n== 1,000-item table in the real MainWindow, in-process (1 warm-up + {args.repeats} repeats)"
        )
        table = table_benchmark(databases["big"], work / "settings-table", args.repeats)
        print(
            f"  {table['rows']} items, {table['visible_rows']} shown (included in some year); "
            f"scroll range 0..{table['scroll_range'][0]}, page {table['scroll_range'][1]} rows"
        )
        for kind, title in (("ops", "judged: every operation < 100 ms"), ("info", "not judged")):
            print(f"  -- {title}")
            for label, values in table[kind].items():
                worst = max(values)
                flag = "" if kind == "ops" or worst < TARGET_TABLE_MS / 1000 else "  (> 100 ms)"
                print(
                    f"  {label[:78]:78s} n={len(values):4d}  median {ms(median(values)):>9s}"
                    f"  worst {ms(worst):>9s}{flag}"
                )

    if table is not None and table["none_refs"]:
        print(
            "  -- PySide6/CPython < 3.12 check: references to None lost per call "
            f"(None's count now {table['none_refs_now']:+d} without the benchmark's ballast; "
            "the process aborts at 0)"
        )
        for label, lost in table["none_refs"].items():
            print(f"  {lost:9.1f}  {label}")

    load_end = loadavg()
    print(f"\nload average at end: {load_end}")
    print("\n== Targets")
    print(f"  {'target':62s} {'measured':>12s} {'limit':>10s}  verdict")
    failed = False

    def judge(name: str, measured: str, limit: str, ok: bool) -> None:
        nonlocal failed
        failed |= not ok
        print(f"  {name:62s} {measured:>12s} {limit:>10s}  {verdict(ok)}")

    if summary:
        demo = summary["demo"]
        judge(
            "(1) demo DB: spawn -> first paint, median",
            f"{demo['paint']:.3f} s",
            f"<= {TARGET_START_S} s",
            demo["paint"] <= TARGET_START_S,
        )
        print(f"      (first frame complete, median: {demo['frame']:.3f} s; not judged)")
        ten = summary["ten-year"]
        judge(
            "(2) 10-year DB: peak RSS, worst of the runs",
            f"{ten['peak']:.0f} MiB",
            f"<= {TARGET_PEAK_MIB:.0f} MiB",
            ten["peak"] <= TARGET_PEAK_MIB,
        )
        print(f"      (10-year DB start, first paint median: {ten['paint']:.3f} s; not judged)")
    if table is not None:
        ops = table["ops"]
        build = max(v for k, vs in ops.items() if k.startswith(("build", "load")) for v in vs)
        filt = max(v for k, vs in ops.items() if k.startswith("filter") for v in vs)
        scroll = max(v for k, vs in ops.items() if k.startswith("scroll") for v in vs)
        judge(
            "(3) 1,000 items: model + proxy build / load, worst",
            ms(build),
            "< 100 ms",
            build < TARGET_TABLE_MS / 1000,
        )
        judge(
            "(3) 1,000 items: any filter change, worst", ms(filt), "< 100 ms", filt < TARGET_TABLE_MS / 1000
        )
        judge(
            "(3) 1,000 items: any scroll step, worst", ms(scroll), "< 100 ms", scroll < TARGET_TABLE_MS / 1000
        )
        edit = max(v for k, vs in ops.items() if k.startswith("an edit") for v in vs)
        judge(
            "(3) 1,000 items: reload after an edit, worst",
            ms(edit),
            "< 100 ms",
            edit < TARGET_TABLE_MS / 1000,
        )
    if args.work or args.imports or args.profile:
        print(f"\nwork folder kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if (failed and args.strict) else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter finalisation: with PySide6 6.12 on CPython 3.11 the table benchmark leaves
    # None's reference count short (see NONE_BALLAST) and finalisation would abort the process.
    os._exit(code)
