#!/usr/bin/env python3
"""Parses Python's own standard library with minipy and compares the trees with CPython's.

Usage: tests/unit/front/compare_stdlib.py BUILD/minipy [LIMIT]

For every /usr/lib/python3.X/**/*.py that CPython parses (files with `match` statements are
skipped: minipy leaves them out), `minipy --dump-ast` must print exactly
ast.dump(ast.parse(src), indent=2). A developer tool, not part of CTest (it takes minutes).
"""
import ast
import glob
import os
import subprocess
import sys
import sysconfig

minipy = sys.argv[1]
limit = int(sys.argv[2]) if len(sys.argv) > 2 else 10**9
root = sysconfig.get_paths()["stdlib"]
files = sorted(glob.glob(os.path.join(root, "*.py")) + glob.glob(os.path.join(root, "*", "*.py")))[:limit]
same = differ = skipped = 0
for path in files:
    try:
        src = open(path, encoding="utf-8").read()
        tree = ast.parse(src)
    except (SyntaxError, UnicodeDecodeError, ValueError):
        skipped += 1
        continue
    if any(isinstance(n, ast.Match) for n in ast.walk(tree)):
        skipped += 1
        continue
    out = subprocess.run([minipy, "--dump-ast", path], capture_output=True, text=True).stdout
    if out.rstrip("\n") == ast.dump(tree, indent=2):
        same += 1
    else:
        differ += 1
        print("DIFFERS:", path)
print(f"{same} same, {differ} differ, {skipped} skipped")
sys.exit(1 if differ else 0)
