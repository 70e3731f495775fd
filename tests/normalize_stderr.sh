#!/usr/bin/env bash
# Normalizes a stderr capture for comparison: reads stdin, writes stdout.
# Usage: normalize_stderr.sh SCRIPT_DIR [INTERPRETER]
#  * "<script dir>/" prefixes become "" (CPython prints absolute paths; checkouts differ);
#  * the interpreter's absolute path (-m errors start with it: "/usr/bin/python3: No module
#    named x") becomes "<executable>";
#  * traceback frames of CPython's runpy ('File "<frozen runpy>", ...'; frozen frames show no
#    source line), which head every traceback of a module run with -m, are dropped: minipy runs
#    such modules natively, without those two frames;
#  * PEP 657 marker lines (only ^ and ~) under traceback *frame* lines are dropped: minipy does
#    not draw them. SyntaxError carets (their "File" line has no ", in <name>") are kept.
dir=$1
exe=${2:-}
awk -v dir="$dir/" -v exe="$exe" '
  {
    line = $0
    if (exe != "")
      while ((i = index(line, exe)) > 0) line = substr(line, 1, i - 1) "<executable>" substr(line, i + length(exe))
    if (line ~ /^  File "<frozen runpy>", line [0-9]+, in /) next
    while ((i = index(line, dir)) > 0) line = substr(line, 1, i - 1) substr(line, i + length(dir))
    if (state == 2 && line ~ /^[ \t]*[\^~]+[ \t]*$/) { state = 0; next }
    if (line ~ /^  File ".*", line [0-9]+, in /) state = 1
    else if (state == 1) state = 2
    else state = 0
    print line
  }'
