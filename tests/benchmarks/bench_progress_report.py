"""Benchmark: the 66-item 6-month round report of seed 004, built and printed in-process.

Run on demand (not part of the test suite)::

    .venv/bin/python tests/benchmarks/bench_progress_report.py [--runs N] [--out DIR]

The database is the real round of seed 004 (tests/fixtures/round004.py: 66 items, their budgets,
results and the summary page). Timed, after one warm-up, as the median of N runs:

* report: ``build_progress_report`` + ``render_progress_report`` (cover, introduction, the 11-column
  form, the narrative, the summary page and the statistics page) — the target is <= 1.0 s;
* form only: the same with the narrative and text pages left out (what the table itself costs);
* baseline: the annual plan table of the demo office for 2567 (102 items, the plan-table form), built
  and rendered in the same process, so the printed ratio does not depend on the machine's speed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TARGET_SECONDS = 1.0


def median_time(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up: fonts, word caches
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (median; >= 3)")
    parser.add_argument("--out", type=Path, help="keep the database and PDFs in this folder")
    args = parser.parse_args(argv)

    from db.services.demo import create_demo
    from db.services.plan_table import build_plan_table
    from db.services.progress_report import build_progress_report
    from db.services.workspace import open_workspace
    from forms.plan_table import render_plan_table
    from forms.progress_report import ProgressReportRenderer, render_progress_report
    from tests.fixtures.round004 import load_round_004

    scratch = tempfile.TemporaryDirectory(prefix="bench-progress-")
    work = args.out or Path(scratch.name)
    work.mkdir(parents=True, exist_ok=True)
    seed = open_workspace(work / "round-004.db")
    demo_db = open_workspace(work / "demo.db")
    try:
        round_uuid = load_round_004(seed).round.uuid
        demo = create_demo(demo_db)

        def report() -> bytes:
            return render_progress_report(build_progress_report(seed, round_uuid=round_uuid))

        class FormOnly(ProgressReportRenderer):
            def _story(self, data):  # type: ignore[no-untyped-def]
                return [self._dimension_table(d, self._form_frame_height) for d in data.dimensions]

        def form_only() -> bytes:
            return FormOnly().render(build_progress_report(seed, round_uuid=round_uuid))

        def baseline() -> bytes:
            return render_plan_table(build_plan_table(demo_db, plan_uuid=demo.plan.uuid, fiscal_year=2024))

        results = {
            name: median_time(action, args.runs)
            for name, action in (("report", report), ("form", form_only), ("baseline", baseline))
        }
        if args.out:
            (work / "round-004.pdf").write_bytes(report())
            (work / "plan-table.pdf").write_bytes(baseline())
    finally:
        seed.dispose()
        demo_db.dispose()
        scratch.cleanup()

    print(f"seed-004 round report, 66 items (median of {args.runs}):")
    print(f"  whole report (build + render)      {results['report']:.3f} s")
    print(f"  the 11-column form only            {results['form']:.3f} s")
    print(f"  baseline: plan table, 102 items    {results['baseline']:.3f} s")
    print(f"  ratio report / baseline            {results['report'] / results['baseline']:.2f}")
    ok = results["report"] <= TARGET_SECONDS
    print(f"target: whole report <= {TARGET_SECONDS:.1f} s -> {'PASS' if ok else 'FAIL'}")
    if args.out:
        print(f"kept: {work}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
