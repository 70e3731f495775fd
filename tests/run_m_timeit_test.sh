#!/usr/bin/env bash
# `minipy -m timeit -n 10 -r 2 "x = 1"`: a timing run through -m. Its report holds a time, which no
# expected-output file can, so this checks the shape of the one line and the exit status 0
# (stderr is ignored: timeit may warn there that the times vary too much to be reliable).
set -u
out=$("$1" -m timeit -n 10 -r 2 "x = 1" 2>/dev/null)
status=$?
if [ "$status" -ne 0 ]; then
  echo "exit status $status, expected 0"; exit 1
fi
if ! printf '%s\n' "$out" | grep -Eqx '10 loops, best of 2: [0-9.e+-]+ (nsec|usec|msec|sec) per loop'; then
  echo "unexpected output:"; printf '%s\n' "$out"; exit 1
fi
if [ "$(printf '%s\n' "$out" | wc -l)" -ne 1 ]; then
  echo "expected one line, got:"; printf '%s\n' "$out"; exit 1
fi
