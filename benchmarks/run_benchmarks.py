"""Scheduler benchmark: solver and greedy on the shared instances, checked independently.

usage: .venv/bin/python benchmarks/run_benchmarks.py [--quick] [--time-limit S] [--only NAME]
                                                     [--jair] [--shared DIR] [--no-resolve]

Prints a markdown table (see benchmarks/README.md for the columns).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desk_app.scheduling import (  # noqa: E402  (needs the path above when run as a script)
    Instance,
    Progress,
    Schedule,
    greedy,
    instance_to_dict,
    load_instance,
    schedule_to_dict,
    solve,
)
from desk_app.scheduling.incremental import resolve_incremental  # noqa: E402
from desk_app.scheduling.scenarios import day_of_changes  # noqa: E402

# shared/benchmarks/*/README.md: synthetic -> b-matching bound and greedy weight;
# JAIR 2022 -> published optimum holes (every request met).
SYNTHETIC_REF = {
    "artois-1": {"bound": 1378, "greedy": 1269, "limit": 5.0},
    "metz-1": {"bound": 1681, "greedy": 1529, "limit": 5.0},
    "large-1": {"bound": 7049, "greedy": 6520, "limit": 20.0},
    "xl-1": {"bound": 23758, "greedy": 21991, "limit": 60.0},
}
JAIR_HOLES = {
    "forum-13": 0, "forum-13crafb": 6, "forum-13crafc": 1, "forum-14": 2,
    "forumt-14": 5, "forumt-14crafc": 5, "forumt-14crafd": 4, "forumt-14crafe": 5,
    "tic-12": 0, "tic-12crafc": 0, "tic-13": 0, "tic-13crafb": 0, "tic-13crafc": 4,
    "tic-14crafa": 0, "tic-14crafc": 0, "tic-14crafd": 0, "ticf-13crafa": 0,
    "ticf-13crafb": 3, "ticf-13crafc": 1, "ticf-14crafa": 0,
}
JAIR_LIMIT = 10.0


def check(checker: Path, inst_path: Path, sched: Schedule) -> str:
    """Run the independent checker; 'ok' or its first error."""
    if not checker.exists():
        return "no checker"
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(schedule_to_dict(sched), f)
    out = subprocess.run(
        [sys.executable, str(checker), str(inst_path), f.name], capture_output=True, text=True
    )
    Path(f.name).unlink()
    res = json.loads(out.stdout)
    if not res["valid"]:
        return "INVALID: " + res["errors"][0]
    if res["weight"] != sched.stats.weight or res["holes"] != sched.stats.holes:
        return "stats differ from checker"
    return "ok"


def run_one(path: Path, limit: float, checker: Path) -> dict[str, object]:
    inst = load_instance(path)
    t = time.perf_counter()
    g = greedy(inst)
    g_secs = time.perf_counter() - t
    first_at: dict[int, float] = {}

    def seen(p: Progress) -> None:
        first_at.setdefault(p.best_weight, p.seconds)

    s = solve(inst, time_limit=limit, progress=seen)
    st = s.stats
    return {
        "name": path.stem,
        "weight": st.weight,
        "bound": st.upper_bound,
        "status": st.status,
        "holes": st.holes,
        "holes_lb": st.holes_lower_bound,
        "seconds": st.seconds,
        "t_weight": first_at.get(st.weight, st.seconds),
        "greedy": g.stats.weight,
        "greedy_s": g_secs,
        "check": check(checker, path, s),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


def ratio(a: object, b: object) -> str:
    if isinstance(a, int) and isinstance(b, int) and b:
        return f"{a / b:.4f}"
    return ""


def print_table(rows: list[dict[str, object]]) -> None:
    print(
        "| instance | weight | bound | weight/bound | status | t weight (s) | holes | holes LB"
        " | ref holes | seconds | greedy | greedy/bound | ref bound | ref greedy | check"
        " | peak MB |"
    )
    print("|" + " --- |" * 16)
    for r in rows:
        ref = SYNTHETIC_REF.get(str(r["name"]), {})
        print(
            f"| {r['name']} | {r['weight']} | {r['bound']} | {ratio(r['weight'], r['bound'])}"
            f" | {r['status']} | {r['t_weight']:.1f} | {r['holes']} | {_s(r['holes_lb'])}"
            f" | {_s(JAIR_HOLES.get(str(r['name'])))} | {r['seconds']:.1f} | {r['greedy']}"
            f" | {ratio(r['greedy'], r['bound'])} | {_s(ref.get('bound'))}"
            f" | {_s(ref.get('greedy'))} | {r['check']} | {r['rss_mb']} |"
        )


def _s(v: object) -> str:
    return "" if v is None else str(v)


def resolve_bench(path: Path, seeds: int, checker: Path) -> None:
    """Same-day re-solve: now = slot 5, 10 absent, 20 new wishes, on the solved event."""
    inst = load_instance(path)
    base = solve(inst, time_limit=10.0)
    times, rows = [], []
    for seed in range(seeds):
        day = day_of_changes(inst, base, now_index=5, absent=10, new_requests=20, seed=seed)
        g = greedy(day)
        t = time.perf_counter()
        s = resolve_incremental(day)
        times.append(time.perf_counter() - t)
        rows.append((g.stats.weight, s.stats.weight, s.stats.changed, _check_day(checker, day, s)))
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(f"\nRe-solve on {path.stem} (now = slot 5, 10 absent, 20 new requests), {seeds} runs:")
    print("| p50 s | p95 s | max s | weight >= greedy | mean gain over greedy | mean changed"
          " | check |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    print(
        f"| {statistics.median(times):.2f} | {p95:.2f} | {times[-1]:.2f}"
        f" | {sum(1 for g, w, _, _ in rows if w >= g)}/{seeds}"
        f" | {statistics.mean(w - g for g, w, _, _ in rows):.1f}"
        f" | {statistics.mean(c for _, _, c, _ in rows):.1f}"
        f" | {'ok' if all(c == 'ok' for *_, c in rows) else 'FAILED'} |"
    )


def _check_day(checker: Path, day: Instance, sched: Schedule) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(instance_to_dict(day), f)
    try:
        return check(checker, Path(f.name), sched)
    finally:
        Path(f.name).unlink()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="skip xl-1, shorter limits")
    ap.add_argument("--time-limit", type=float, help="seconds per instance (default: target)")
    ap.add_argument("--only", help="run instances whose name contains this")
    ap.add_argument("--jair", action="store_true", help="only the 20 JAIR 2022 instances")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--no-resolve", action="store_true", help="skip the re-solve benchmark")
    args = ap.parse_args()
    checker = args.shared / "tools" / "check_schedule.py"
    paths = sorted((args.shared / "benchmarks" / "synthetic").glob("*.json"), key=_size)
    if args.jair:
        paths = []
    paths += sorted((args.shared / "benchmarks" / "jair2022").glob("*.json"))
    rows = []
    for path in paths:
        if args.only and args.only not in path.stem:
            continue
        if args.quick and path.stem == "xl-1":
            continue
        limit = args.time_limit or SYNTHETIC_REF.get(path.stem, {}).get("limit", JAIR_LIMIT)
        if args.quick and not args.time_limit:
            limit = min(limit, 5.0)
        rows.append(run_one(path, float(limit), checker))
        print(f"  {path.stem} done", file=sys.stderr, flush=True)
    print_table(rows)
    large = args.shared / "benchmarks" / "synthetic" / "large-1.json"
    wanted = not args.jair and (not args.only or args.only in "large-1")
    if not args.no_resolve and large.exists() and wanted:
        resolve_bench(large, 5 if args.quick else 20, checker)
    return 0 if all(r["check"] in ("ok", "no checker") for r in rows) else 1


def _size(p: Path) -> int:
    return p.stat().st_size


if __name__ == "__main__":
    raise SystemExit(main())
