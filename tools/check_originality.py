#!/usr/bin/env python3
"""tools/check_originality.py — how much of stdlib/lib/*.py reads like CPython's own Lib/.

minipy's Python modules must be written by us (CPython is the reference for behaviour, not a
source to copy). This compares each module with the CPython file of the same name, ignoring blank
lines and comments, and reports the longest runs of identical consecutive lines. Long identical
runs mean copied code; short ones are natural (a one-line function, `return self`).

    python3 tools/check_originality.py [--cpython-lib DIR] [--max-run N]

Exits 1 when some module has an identical run longer than --max-run (default 6).
"""
import argparse
import difflib
import os
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))


def lines(path):
    out = []
    for line in open(path, encoding="utf-8"):
        s = line.strip()
        if s and not s.startswith("#"):
            out.append(s)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cpython-lib", default=sysconfig.get_paths()["stdlib"])
    ap.add_argument("--max-run", type=int, default=6)
    a = ap.parse_args()
    root = os.path.join(HERE, "..", "stdlib", "lib")
    worst = 0
    for dirpath, _, files in os.walk(root):
        for f in sorted(files):
            if not f.endswith(".py"):
                continue
            ours = os.path.join(dirpath, f)
            rel = os.path.relpath(ours, root)
            theirs = os.path.join(a.cpython_lib, rel)
            if not os.path.exists(theirs):
                continue
            x, y = lines(ours), lines(theirs)
            sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
            runs = sorted((m for m in sm.get_matching_blocks() if m.size), key=lambda m: -m.size)
            longest = runs[0].size if runs else 0
            worst = max(worst, longest)
            flag = "  <-- too similar" if longest > a.max_run else ""
            print(f"{rel:<40} longest identical run {longest:3d}{flag}")
            if longest > a.max_run:
                m = runs[0]
                for s in x[m.a:m.a + min(m.size, 4)]:
                    print(f"        | {s}")
    return 1 if worst > a.max_run else 0


if __name__ == "__main__":
    raise SystemExit(main())
