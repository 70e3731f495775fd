#!/usr/bin/env python3
"""bench/gil/run.py — the GIL probes of docs/performance.md, minipy and python3 in one run.

    python3 bench/gil/run.py [--minipy build/minipy] [--repeat 3]

Reports medians over REPEAT runs of each probe:
  * threads_scaling: the seed loop in 1 and 4 threads; the 4/1 time ratio (CPU-bound threads
    do not speed up under a GIL: about 4.0 means "no parallelism, no overhead");
  * sleep_latency: mean time.sleep(0.001) next to a spinning thread, in ms;
  * pipe_convoy: 64 KiB os.write+os.read round trips on one pipe, alone and next to a spinning
    thread, in us (median and mean: the convoy shows in the mean first).
minipy runs with the default (CPython-faithful) GIL policy, with -X gil_policy=priority, and,
for scaling, with --no-gil.
"""
import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=600)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd} failed: {p.stderr.strip()[-300:]}")
    return [float(x) for x in p.stdout.split()]


def median_of(cmd, repeat):
    results = [run(cmd) for _ in range(repeat)]
    return [statistics.median(col) for col in zip(*results)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minipy", default=os.path.join(HERE, "..", "..", "build", "minipy"))
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    probe = lambda name: os.path.join(HERE, name)
    configs = [
        ("python3", [a.python]),
        ("minipy", [a.minipy]),
        ("minipy priority", [a.minipy, "-X", "gil_policy=priority"]),
    ]
    print("threads_scaling (seconds; 4-thread / 1-thread ratio)")
    for label, cmd in configs + [("minipy --no-gil", [a.minipy, "--no-gil"])]:
        try:
            t1 = median_of(cmd + [probe("threads_scaling.py"), "1"], a.repeat)[0]
            t4 = median_of(cmd + [probe("threads_scaling.py"), "4"], a.repeat)[0]
            print(f"  {label:<18} 1 thread {t1:7.3f}   4 threads {t4:7.3f}   ratio {t4 / t1:5.2f}")
        except RuntimeError as e:
            print(f"  {label:<18} FAILED: {e}")
    print("sleep_latency (mean ms of time.sleep(0.001) next to a spinning thread)")
    for label, cmd in configs:
        try:
            (ms,) = median_of(cmd + [probe("sleep_latency.py")], a.repeat)
            print(f"  {label:<18} {ms:7.3f} ms")
        except RuntimeError as e:
            print(f"  {label:<18} FAILED: {e}")
    print("pipe_convoy (64 KiB os.write+os.read round trips; us alone / next to a spinning thread)")
    for label, cmd in configs:
        try:
            am, cm, aa, ca = median_of(cmd + [probe("pipe_convoy.py")], a.repeat)
            print(f"  {label:<18} median {am:7.1f} / {cm:8.1f} (x{cm / am:6.1f})"
                  f"   mean {aa:7.1f} / {ca:8.1f} (x{ca / aa:6.1f})")
        except RuntimeError as e:
            print(f"  {label:<18} FAILED: {e}")


if __name__ == "__main__":
    main()
