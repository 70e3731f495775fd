#!/usr/bin/env python3
"""bench/run.py — runs each benchmark under minipy and python3 side by side, in the same run.

For every case in bench/cases/ (or the names given), both interpreters run it REPEAT times,
alternating, and the median wall time of each is reported with the ratio minipy / python3
(below 1.0: minipy is faster). Outputs are compared too: a benchmark whose output differs
is reported as WRONG instead of timed.

    python3 bench/run.py [--minipy build/minipy] [--repeat 5] [case ...]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_once(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - t0, p.returncode, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minipy", default=os.path.join(HERE, "..", "build", "minipy"))
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()
    cases = args.cases or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "cases")) if f.endswith(".py"))
    print(f"{'case':<16} {'minipy (s)':>11} {'python3 (s)':>12} {'ratio':>7}")
    for case in cases:
        path = os.path.join(HERE, "cases", case + ".py")
        mt, pt = [], []
        outs = set()
        ok = True
        for _ in range(args.repeat):
            t, rc, out = run_once([args.minipy, path])
            ok &= rc == 0
            mt.append(t)
            outs.add(out)
            t, rc, out = run_once([args.python, path])
            pt.append(t)
            outs.add(out)
        if not ok or len(outs) != 1:
            print(f"{case:<16} {'WRONG':>11}")
            continue
        m, p = statistics.median(mt), statistics.median(pt)
        print(f"{case:<16} {m:>11.3f} {p:>12.3f} {m / p:>7.2f}")


if __name__ == "__main__":
    main()
